package golden

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	a := ParseArchive("-- input.md --\n![x](img/a.png)\n-- img/a.png.gen --\npng 4x3\n-- b.gen --\n jpeg 2x5 \n-- c.gen --\ngif 3x3\n-- want --\nskipped\n")
	a.Extract(t, dir, "want")
	if b, err := os.ReadFile(filepath.Join(dir, "input.md")); err != nil || string(b) != "![x](img/a.png)\n" {
		t.Errorf("input.md = %q, %v", b, err)
	}
	for name, want := range map[string]string{"img/a.png": "png 4x3", "b": "jpeg 2x5", "c": "gif 3x3"} {
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		cfg, format, err := image.DecodeConfig(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := fmt.Sprintf("%s %dx%d", format, cfg.Width, cfg.Height); got != want {
			t.Errorf("%s is %s, want %s", name, got, want)
		}
	}
	for _, name := range []string{"want", "img/a.png.gen"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s was written", name)
		}
	}
}

func TestGenImage(t *testing.T) {
	a, err := genImage("png 3x5")
	if err != nil {
		t.Fatal(err)
	}
	if b := Image(t, "png 3x5"); !bytes.Equal(a, b) {
		t.Error("the same spec gave different images")
	}
	for _, bad := range []string{"", "png", "png 3", "bmp 3x3", "png 0x3", "png -1x3", "png 99999x99999"} {
		if _, err := genImage(bad); err == nil {
			t.Errorf("genImage(%q) gave no error", bad)
		}
	}
}
