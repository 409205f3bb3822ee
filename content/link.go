package content

import "strings"

// HasLink reports whether inlines hold a link at any depth.
func HasLink(inlines []Inline) bool {
	for _, in := range inlines {
		if _, ok := in.(*Link); ok || HasLink(Children(in)) {
			return true
		}
	}
	return false
}

// LinkTo makes ins a link to u. A link cannot hold another (XHTML
// forbids nested <a>), so the parts of ins around an inner link link to u
// and the inner link keeps its own URL: both become notes. Spaces at the
// end of ins go after the link ("<a>Hue bridge </a>for"), where the
// writers put the link's note call: inside, the call came after the
// space, which a line's end or the justification then dropped, and
// "bridge¹for" was printed.
func LinkTo(u string, ins []Inline) []Inline {
	text := PlainText(ins)
	if kept := strings.TrimRight(text, " \t\u00a0"); kept != "" && len(kept) < len(text) {
		link := append(SliceInlines(ins, 0, len(kept)), NoteCalls(SliceInlines(ins, len(kept), len(text)))...)
		return append(LinkTo(u, link), &Text{Text: text[len(kept):]})
	}
	if !HasLink(ins) {
		return []Inline{&Link{URL: u, Inlines: ins}}
	}
	var out, run []Inline
	flush := func() {
		if strings.TrimSpace(PlainText(run)) != "" {
			out = append(out, &Link{URL: u, Inlines: run})
		} else {
			out = append(out, run...)
		}
		run = nil
	}
	for _, in := range ins {
		if !HasLink([]Inline{in}) {
			run = append(run, in)
			continue
		}
		flush()
		switch in := in.(type) {
		case *Link:
			out = append(out, in)
		case *Emph:
			out = append(out, &Emph{Inlines: LinkTo(u, in.Inlines)})
		case *Strong:
			out = append(out, &Strong{Inlines: LinkTo(u, in.Inlines)})
		case *Strike:
			out = append(out, &Strike{Inlines: LinkTo(u, in.Inlines)})
		case *Super:
			out = append(out, &Super{Inlines: LinkTo(u, in.Inlines)})
		case *Sub:
			out = append(out, &Sub{Inlines: LinkTo(u, in.Inlines)})
		default:
			out = append(out, in)
		}
	}
	flush()
	return out
}
