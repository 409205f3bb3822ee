package markdown

import (
	"bytes"
	"fmt"
	stdimage "image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"offprint/content"
	"offprint/internal/golden"
)

// materialize writes the archive's files (except input and results) into
// dir. A file named X.gen holds "jpeg|png|gif WxH" and becomes image X.
func materialize(t *testing.T, a *golden.Archive, dir string) {
	t.Helper()
	for _, f := range a.Files {
		name := f.Name
		if name == "want" || name == "warnings" {
			continue
		}
		data := []byte(f.Data)
		if gen, ok := strings.CutSuffix(name, ".gen"); ok {
			name, data = gen, genImage(t, strings.TrimSpace(string(data)))
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func genImage(t *testing.T, spec string) []byte {
	var format string
	var w, h int
	if _, err := fmt.Sscanf(spec, "%s %dx%d", &format, &w, &h); err != nil {
		t.Fatalf("bad image spec %q: %v", spec, err)
	}
	m := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 7)
	}
	m.Set(0, 0, color.Black)
	var buf bytes.Buffer
	switch format {
	case "jpeg":
		jpeg.Encode(&buf, m, nil)
	case "png":
		png.Encode(&buf, m)
	case "gif":
		gif.Encode(&buf, m, nil)
	default:
		t.Fatalf("unknown image format %q", format)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	golden.RunArchives(t, "testdata/*.txtar", func(t *testing.T, path string, a *golden.Archive) {
		dir := t.TempDir()
		materialize(t, a, dir)
		var warnings []string
		opts := Options{BaseDir: dir, Warn: func(s string) { warnings = append(warnings, strings.ReplaceAll(s, dir, "$DIR")) }}
		input, _ := a.Get("input.md")
		doc, err := Read(strings.NewReader(input), opts)
		got := ""
		if err != nil {
			got = "error: " + err.Error() + "\n"
		} else {
			content.NumberNotes(doc)
			got = content.DumpString(doc)
		}
		gotWarn := strings.Join(warnings, "\n")
		if gotWarn != "" {
			gotWarn += "\n"
		}
		golden.CheckArchive(t, path, a, golden.File{Name: "want", Data: got}, golden.File{Name: "warnings", Data: gotWarn})
	})
}
