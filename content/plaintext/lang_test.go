package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Sample paragraphs written for these tests, one per language.
var langSamples = map[string]string{
	"en": "The council said on Monday that it would not raise the fares this year, but the plan has been criticised by riders who say that the buses are late and that they have waited for more than an hour in the cold.",
	"de": "Die Stadt hat am Montag mitgeteilt, dass sie die Preise in diesem Jahr nicht erhöhen wird. Viele Fahrgäste sind aber mit dem Angebot nicht zufrieden, weil die Busse oft zu spät kommen und man auf der Strecke noch lange warten muss.",
	"fr": "La mairie a annoncé lundi qu’elle n’augmenterait pas les tarifs cette année, mais le projet est critiqué par des usagers qui disent que les bus sont en retard et qu’ils ont attendu plus d’une heure dans le froid.",
	"es": "El ayuntamiento dijo el lunes que no subirá las tarifas este año, pero el plan ha sido criticado por los usuarios, que dicen que los autobuses llegan tarde y que han esperado más de una hora en el frío de la mañana.",
	"it": "Il comune ha detto lunedì che non aumenterà le tariffe quest’anno, ma il piano è stato criticato dagli utenti, che dicono che gli autobus sono in ritardo e che hanno aspettato più di un’ora al freddo della mattina.",
	"pt": "A prefeitura disse na segunda-feira que não vai aumentar as tarifas este ano, mas o plano foi criticado pelos passageiros, que dizem que os ônibus estão atrasados e que esperaram mais de uma hora no frio da manhã.",
	"nl": "De gemeente heeft maandag gezegd dat de tarieven dit jaar niet omhoog gaan, maar het plan wordt bekritiseerd door reizigers die zeggen dat de bussen te laat zijn en dat ze meer dan een uur in de kou hebben gewacht.",
}

func TestDetectLanguage(t *testing.T) {
	for lang, text := range langSamples {
		if got := detectLanguage([]string{text}); got != lang {
			t.Errorf("detectLanguage(%s sample) = %q", lang, got)
		}
	}
	tests := []struct{ name, text string }{
		{"too short", "The end of it."},
		{"no function words", "Kyiv Moscow Berlin Paris London Madrid Rome Lisbon Amsterdam Warsaw Vienna Prague Budapest Athens Oslo"},
		{"half English, half German", langSamples["en"] + " " + langSamples["de"]},
		{"Spanish and Portuguese", langSamples["es"] + " " + langSamples["pt"]},
		{"a list of numbers", strings.Repeat("12 34 56 78 ", 40)},
	}
	for _, tt := range tests {
		if got := detectLanguage([]string{tt.text}); got != "" {
			t.Errorf("%s: detectLanguage = %q, want none", tt.name, got)
		}
	}
}

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

func BenchmarkDetectLanguage(b *testing.B) {
	texts := []string{strings.Repeat(langSamples["fr"]+" ", 40)}
	for b.Loop() {
		detectLanguage(texts)
	}
}
