package image

import (
	"testing"

	"github.com/offprint/offprint/content"
)

func TestIsGlyph(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want bool
	}{
		{16, 16, true}, {48, 48, true}, {49, 20, false}, {20, 49, false}, {0, 16, false}, {16, 0, false}, {400, 200, false},
	} {
		if got := IsGlyph(c.w, c.h); got != c.want {
			t.Errorf("IsGlyph(%d, %d) = %v, want %v", c.w, c.h, got, c.want)
		}
	}
}

func TestMissingCaption(t *testing.T) {
	link := &content.Link{URL: "https://example.com/", Inlines: content.T("the hall")}
	for _, c := range []struct {
		name    string
		alt     string
		caption []content.Inline
		want    string
	}{
		{"no alt", "", content.T("People lay flowers."), "People lay flowers."},
		{"no caption", "A crowd", nil, "A crowd"},
		{"alt spaces collapsed", "  A \n crowd ", nil, "A crowd"},
		{"both", "A crowd", content.T("People lay flowers."), "[A crowd] People lay flowers."},
		{"alt in caption", "people lay", content.T("People lay flowers."), "People lay flowers."},
		{"caption starts with a link", "A crowd", []content.Inline{link, &content.Text{Text: " at night."}}, "[A crowd] the hall at night."},
		{"nothing", "", nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := MissingCaption(c.alt, c.caption)
			if s := content.PlainText(got); s != c.want {
				t.Errorf("MissingCaption(%q, %q) = %q, want %q", c.alt, content.PlainText(c.caption), s, c.want)
			}
			if len(c.caption) > 0 && c.caption[0] == link && len(got) > 1 && got[1] != link {
				t.Errorf("the caption's link is lost: %#v", got)
			}
		})
	}
}
