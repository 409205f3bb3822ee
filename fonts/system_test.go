package fonts

import (
	"strings"
	"testing"
)

// TestMonoFamilies checks the families code asks for before its script's:
// the generic monospace, and the monospace CJK face for CJK.
func TestMonoFamilies(t *testing.T) {
	for _, c := range []struct {
		r    rune
		lang string
		want string
	}{
		{'中', "", "monospace|Noto Sans Mono CJK SC"},
		{'한', "", "monospace|Noto Sans Mono CJK KR"},
		{'の', "ja", "monospace|Noto Sans Mono CJK JP"},
		{'ἀ', "", "monospace"},
		{'─', "", "monospace"},
	} {
		if got := strings.Join(monoFamilies(scriptFamilies(c.r, c.lang)), "|"); got != c.want {
			t.Errorf("%q: %s, want %s", c.r, got, c.want)
		}
	}
}
