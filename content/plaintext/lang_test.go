package plaintext

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDetectLanguageCorpus checks the articles of the corpus whose
// language their name gives.
func TestDetectLanguageCorpus(t *testing.T) {
	for file, want := range map[string]string{
		"de-energiewende.txt": "de", "fr-bibliotheques.txt": "fr", "guardian-housing.txt": "en",
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", file))
		if err != nil {
			t.Fatal(err)
		}
		if got := mustRead(t, string(data)).Meta.Language; got != want {
			t.Errorf("%s: language %q, want %q", file, got, want)
		}
	}
}
