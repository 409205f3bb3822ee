package content

import "testing"

func TestLinkTo(t *testing.T) {
	const u = "https://example.com/"
	tests := []struct {
		name string
		in   []Inline
		want string
	}{
		{"plain", T("Hue bridge"), `link<https://example.com/>["Hue bridge"]`},
		{"a space at the end goes after the link", T("Hue bridge "), `link<https://example.com/>["Hue bridge"] " "`},
		{"a no-break space too, as it is", T("@pnrodenbush\u00a0"), `link<https://example.com/>["@pnrodenbush"] "\u00a0"`},
		{"inside emphasis", []Inline{&Emph{Inlines: T("Hue bridge ")}}, `link<https://example.com/>[emph["Hue bridge"]] " "`},
		{"only spaces", T(" "), `link<https://example.com/>[" "]`},
		{"an inner link keeps its URL", []Inline{&Text{Text: "see "}, &Link{URL: "https://x.org/", Inlines: T("x")}},
			`link<https://example.com/>["see "] link<https://x.org/>["x"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InlineString(LinkTo(u, tt.in)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
