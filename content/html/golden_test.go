package html

import (
	"bytes"
	"flag"
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
)

var update = flag.Bool("update", false, "rewrite the want and warnings sections of testdata/*.txtar")

// archive is a txtar file: a comment, then "-- name --" sections.
type archive struct {
	comment string
	names   []string
	files   map[string]string
}

func parseArchive(data string) *archive {
	a := &archive{files: map[string]string{}}
	cur := ""
	var sb strings.Builder
	flush := func() {
		if cur == "" {
			a.comment = sb.String()
		} else {
			a.names = append(a.names, cur)
			a.files[cur] = sb.String()
		}
		sb.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		t := strings.TrimRight(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			cur = t[3 : len(t)-3]
			continue
		}
		sb.WriteString(line)
	}
	flush()
	return a
}

func (a *archive) format() string {
	var sb strings.Builder
	sb.WriteString(a.comment)
	for _, n := range a.names {
		fmt.Fprintf(&sb, "-- %s --\n%s", n, a.files[n])
	}
	return sb.String()
}

func (a *archive) set(name, body string) {
	if _, ok := a.files[name]; !ok {
		a.names = append(a.names, name)
	}
	a.files[name] = body
}

// materialize writes the archive's files (except input and results) into
// dir. A file named X.gen holds "jpeg|png|gif WxH" and becomes image X.
func materialize(t *testing.T, a *archive, dir string) {
	t.Helper()
	for _, name := range a.names {
		if name == "want" || name == "warnings" || name == "options" {
			continue
		}
		data := []byte(a.files[name])
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
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(raw))
			dir := t.TempDir()
			materialize(t, a, dir)
			var warnings []string
			opts := Options{BaseDir: dir, Warn: func(s string) { warnings = append(warnings, strings.ReplaceAll(s, dir, "$DIR")) }}
			for _, line := range strings.Split(a.files["options"], "\n") {
				if v, ok := strings.CutPrefix(line, "baseurl: "); ok {
					opts.BaseURL = v
				}
			}
			doc, err := Read(strings.NewReader(a.files["input.html"]), opts)
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
			if *update {
				a.set("want", got)
				if gotWarn != "" || a.files["warnings"] != "" {
					a.set("warnings", gotWarn)
				}
				if err := os.WriteFile(file, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != a.files["want"] {
				t.Errorf("dump differs (run go test -update)\n--- got ---\n%s--- want ---\n%s", got, a.files["want"])
			}
			if gotWarn != a.files["warnings"] {
				t.Errorf("warnings differ\n--- got ---\n%s--- want ---\n%s", gotWarn, a.files["warnings"])
			}
		})
	}
}
