package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestTabTables(t *testing.T) {
	const head = "Die Tabelle nach dem zehnten Spieltag\n\nDas Portal nimmt strittige Entscheidungen unter die Lupe und rechnet die Tabelle neu, so wie sie ohne die Fehler der Schiedsrichter aussähe.\n\n"
	const tail = "\nSo weit die Tabelle, die am Sonntag nach dem letzten Spiel des Wochenendes neu berechnet und veröffentlicht wurde.\n"
	tests := []struct {
		name, body string
		want       string // the body's dump, less the paragraphs around it
	}{
		{"rows under a header", "Rang\tDFL-Tabelle\tWahre Tabelle\n1.\tLeverkusen (28 Pkt)\tLeverkusen (28 Pkt)\n2.\tBayern (26 Pkt)\tBayern (26 Pkt)\n",
			"table\n  header |\"Rang\" |\"DFL-Tabelle\" |\"Wahre Tabelle\" |\n  row |\"1.\" |\"Leverkusen (28 Pkt)\" |\"Leverkusen (28 Pkt)\" |\n  row |\"2.\" |\"Bayern (26 Pkt)\" |\"Bayern (26 Pkt)\" |\n"},
		{"rows without a header", "Red Hat\t8417\t38.0%\nCollabora\t6531\t29.5%\n",
			"table\n  row |\"Red Hat\" |\"8417\" |\"38.0%\" |\n  row |\"Collabora\" |\"6531\" |\"29.5%\" |\n"},
		{"one line stays a paragraph", "Surface area\t1,893 km2\n",
			"paragraph \"Surface area\\t1,893 km2\"\n"},
		{"a tab after a list's number only", "1.\tPreheat the oven to 200 degrees.\n2.\tButter the tin well.\n",
			"list ordered 1\n  item\n    paragraph \"Preheat the oven to 200 degrees.\"\n  item\n    paragraph \"Butter the tin well.\"\n"},
		{"rows of other widths make two tables", "a\tb\nc\td\ne\tf\tg\nh\ti\tj\n",
			"table\n  row |\"a\" |\"b\" |\n  row |\"c\" |\"d\" |\ntable\n  row |\"e\" |\"f\" |\"g\" |\n  row |\"h\" |\"i\" |\"j\" |\n"},
	}
	for _, tt := range tests {
		doc := mustRead(t, head+tt.body+tail)
		var blocks []content.Block // the body's blocks, less the paragraphs around
		for _, b := range doc.Blocks {
			if p, ok := b.(*content.Paragraph); !ok || !strings.Contains(tail+head, content.PlainText(p.Inlines)) {
				blocks = append(blocks, b)
			}
		}
		if len(doc.Meta.Authors) > 0 {
			t.Errorf("%s: authors %v", tt.name, doc.Meta.Authors)
		}
		got := content.DumpString(&content.Document{Blocks: blocks})
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, strings.ReplaceAll(got, "\n", "⏎"), strings.ReplaceAll(tt.want, "\n", "⏎"))
		}
	}
}
