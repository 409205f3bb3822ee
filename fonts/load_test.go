package fonts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestParseEmbeddedBytes reads an embedded face's file as a user's font:
// the same name, metrics and coverage as the embedded face.
func TestParseEmbeddedBytes(t *testing.T) {
	emb := MustGet(Italic)
	f, err := Parse(emb.Data, 0, Italic)
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != emb.Name || f.UnitsPerEm != emb.UnitsPerEm {
		t.Errorf("parsed %q upem %d, want %q upem %d", f.Name, f.UnitsPerEm, emb.Name, emb.UnitsPerEm)
	}
	for _, r := range "Vafi’é" {
		a, _ := f.Advance(r)
		b, _ := emb.Advance(r)
		if a != b {
			t.Errorf("advance of %q: %d, embedded %d", r, a, b)
		}
	}
	if f.Outlines() != "truetype" {
		t.Errorf("outlines %q", f.Outlines())
	}
	if _, err := Parse(emb.Data, 3, Regular); err == nil {
		t.Error("font number 3 of a single font parsed")
	}
	if _, err := Parse([]byte("not a font at all"), 0, Regular); err == nil {
		t.Error("garbage parsed as a font")
	}
}

// TestUserFacesFromFiles sets a typeface from font files, in the order
// regular, bold, italic, bold italic, and refuses a fifth or a missing
// family.
func TestUserFacesFromFiles(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, s := range []Style{Regular, Bold, Italic, BoldItalic} {
		p := filepath.Join(dir, s.String()+".ttf")
		if err := os.WriteFile(p, MustGet(s).Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sys := NewSystem([]string{dir}, true)
	faces, err := sys.UserFaces(paths)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Style{Regular, Italic, Bold, BoldItalic} {
		if faces[s] == nil || faces[s].Name != MustGet(s).Name || faces[s].File == "" {
			t.Errorf("%v: %+v", s, faces[s])
		}
	}
	if _, err := sys.UserFaces(append(paths, paths[0])); err == nil {
		t.Error("five faces accepted")
	}
	if _, err := sys.UserFaces([]string{"No Such Family 42"}); err == nil || !strings.Contains(err.Error(), "No Such Family 42") {
		t.Errorf("missing family: %v", err)
	}
	// the user's folder answers for what it has
	if f := sys.Lookup('é', Bold, "en"); f == nil || !strings.Contains(f.Name, "Bold") {
		t.Errorf("lookup é in bold from the folder: %v", f)
	}
}

// TestSystemFallback finds the machine's faces for the scripts the
// embedded fonts lack (Debian's fonts-noto-core, fonts-noto-cjk and
// fonts-noto-color-emoji): a collection face with its index, the serif
// design and regional forms where the family has them.
func TestSystemFallback(t *testing.T) {
	testtool.Integration(t)
	sys := DefaultSystem()
	tests := []struct {
		r        rune
		style    Style
		lang     string
		name     string // prefix of the PostScript name
		outlines string
	}{
		{'中', Regular, "zh", "NotoSerifCJKsc-Regular", "cff"},
		{'中', Regular, "ja", "NotoSerifCJKjp-Regular", "cff"},
		{'한', Bold, "ko", "NotoSerifCJKkr-Bold", "cff"},
		{'क', Regular, "hi", "NotoSerifDevanagari", "truetype"},
		{'🍵', Regular, "en", "NotoColorEmoji", "bitmap"},
	}
	for _, tt := range tests {
		f := sys.Lookup(tt.r, tt.style, tt.lang)
		switch {
		case f == nil:
			t.Errorf("%q: no face on this machine", tt.r)
		case !strings.HasPrefix(f.Name, tt.name) || f.Outlines() != tt.outlines || !f.Has(tt.r):
			t.Errorf("%q: %s (%s, index %d, %s), want %s (%s)", tt.r, f.Name, f.File, f.Index, f.Outlines(), tt.name, tt.outlines)
		}
	}
}
