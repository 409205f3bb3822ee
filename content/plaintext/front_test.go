package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestPullQuoteDropped(t *testing.T) {
	body := "Title\nAn opening paragraph that sets the scene for the reader.\n" +
		"“A reef is a city,” said Ann Lee, who leads the project. “Once the oysters are back, the crabs and the fish follow.”\n"
	tests := []struct {
		name, line, role string
	}{
		{"condensed quotation", "“A reef is a city. Once the oysters are back, everything else follows.”", RolePullQuote},
		{"verbatim", "“Once the oysters are back, the crabs and the fish follow.”", RolePullQuote},
		{"new quotation", "“Nobody had done this at sea at this scale before us.”", RoleParagraph},
		{"too short", "“A reef, a city.”", RoleParagraph},
		{"words from narrative only", "“An opening paragraph that sets the scene.”", RolePullQuote}, // 70% of word pairs
		{"half the words", "“A reef is a city, but the sea is wide and cold and dark.”", RoleParagraph},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roles(t, body+tt.line+"\nA closing paragraph of the story.\n")
			if got[3] != tt.role {
				t.Errorf("roles %q, want line 4 %s", got, tt.role)
			}
		})
	}
	// Two wholly quoted lines repeating each other: only the first goes.
	twice := "Title\nA first paragraph.\n“Every night for thirty years, I knew what mattered.”\n“Every night for thirty years, I knew what mattered.”\nThe end of it all.\n"
	if got := roles(t, twice); got[2] != RolePullQuote || got[3] != RoleParagraph {
		t.Errorf("repeated pair: roles %q", got)
	}
	// An attributed pull quote that repeats the body goes with its attribution.
	attr := body + "“Once the oysters are back, the crabs and the fish follow.”\n— Ann Lee\nThe end of it all.\n"
	if got := roles(t, attr); got[3] != RolePullQuote || got[4] != RolePullQuote {
		t.Errorf("attributed repeat: roles %q", got)
	}
}

func TestContributorCredit(t *testing.T) {
	tests := []struct {
		name, input, credits string // figure credits in order, joined by "; "
	}{
		{"no figure: dropped",
			"Title\nBy Jane Doe\nPhotographs by Ann Lee\nBody text of the article.\n", ""},
		{"figure with its own credit keeps it",
			"Title\nBy Jane Doe\nPhotographs by Ann Lee\nBody text of the article.\nA quay at dawn. (Photo: Ann Lee for The Paper)\nMore text.\n",
			"Photo: Ann Lee for The Paper"},
		{"caption above: a lead figure, not a contributor",
			"Title\nBy Jane Doe\nA quay at dawn\nPhoto: Ann Lee/Reuters\nBody text of the article.\n",
			"Photo: Ann Lee/Reuters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustRead(t, tt.input)
			var got []string
			for _, b := range doc.Blocks {
				if f, ok := b.(*content.Figure); ok {
					got = append(got, content.PlainText(f.Credit))
				}
			}
			if strings.Join(got, "; ") != tt.credits {
				t.Errorf("credits %q, want %q\n%s", got, tt.credits, content.DumpString(doc))
			}
		})
	}
	// The builder gives the contributor credit to a figure without one.
	b := builder{doc: &content.Document{Blocks: []content.Block{&content.Paragraph{}, &content.Figure{Caption: content.T("x")}}}}
	b.contributors = []string{"Photographs by Ann Lee"}
	b.creditContributors()
	if f := b.doc.Blocks[1].(*content.Figure); content.PlainText(f.Credit) != "Photographs by Ann Lee" {
		t.Errorf("figure credit %q", f.Credit)
	}
}

func TestNamedBio(t *testing.T) {
	tests := []roleCase{
		{"under the byline", "Title\nBy Maria Lopez | Updated March 3, 2024\nMaria Lopez is a transportation planner.\nBody text.\n",
			[]string{RoleTitle, RoleByline, RoleAuthorBio, RoleParagraph}},
		{"at the end", "Title\nBy Maria Lopez\nBody text.\nMore body text.\nMaria Lopez teaches planning at the state university.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph, RoleParagraph, RoleAuthorBio}},
		{"someone else", "Title\nBy Maria Lopez\nBody text.\nMore body text.\nJohn Roe is a transportation planner.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph, RoleParagraph, RoleParagraph}},
		{"name without a bio verb", "Title\nBy Maria Lopez\nBody text.\nMore body text.\nMaria Lopez said the plan would fail.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph, RoleParagraph, RoleParagraph}},
		{"in the body", "Title\nBy Maria Lopez\nBody text.\nMaria Lopez is a planner, and she says so.\nMore body text.\nThe end.\nStill the end.\nAnd more.\nLast line.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph}},
		{"print-edition note", "Title\nBy Maria Lopez\nBody text.\nA version of this article appears in print on Sept. 11, 2024, Section B, Page 3.\nSource: example.com\n",
			[]string{RoleTitle, RoleByline, RoleParagraph, RoleBoilerplate, RoleSource}},
	}
	checkRoles(t, tests)
	doc := mustRead(t, tests[0].input)
	if len(doc.Meta.Authors) != 1 || doc.Meta.Authors[0].Bio != "Maria Lopez is a transportation planner." {
		t.Errorf("authors %+v", doc.Meta.Authors)
	}
}
