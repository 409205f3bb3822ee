package sources

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// label is one hand-labelled expectation of a corpus article: the speaker
// whose first quotation starts with quote (or "-" when that quotation must
// get no note), and what the note should say.
type label struct {
	speaker, quote, role, how string
}

func readLabels(t *testing.T, path string) []label {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		for len(parts) < 4 {
			parts = append(parts, "")
		}
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, label{parts[0], parts[1], parts[2], parts[3]})
	}
	return out
}

// corpusScore counts, over the notes of one article, which are right.
type corpusScore struct {
	notes, correct, expected, found, misplaced, roles, rolesOK, hows, howsOK int
}

func scoreArticle(t *testing.T, name, text string, labels []label, atts []Attribution, notes map[string]string) corpusScore {
	var sc corpusScore
	people := map[string]label{}
	for _, l := range labels {
		if l.speaker != "-" {
			people[l.speaker] = l
			sc.expected++
		}
	}
	noted := map[string]bool{}
	for _, a := range atts {
		if !a.Note {
			continue
		}
		sc.notes++
		var hit *label
		for i := range labels {
			if strings.HasPrefix(a.Quote, labels[i].quote) {
				hit = &labels[i]
				break
			}
		}
		for _, s := range []string{a.Speaker, a.Role, a.Org} {
			if !inText(text, s) {
				t.Errorf("%s: note invents %q (not in the text)", name, s)
			}
		}
		switch {
		case hit != nil && hit.speaker != a.Speaker:
			t.Errorf("%s: WRONG PERSON: %q noted as %s, labelled %s", name, a.Quote, a.Speaker, hit.speaker)
		case hit == nil && people[a.Speaker].speaker == "":
			t.Logf("%s: unlabelled note %s on %q", name, a.Speaker, a.Quote)
		default:
			sc.correct++
			noted[a.Speaker] = true
			if hit == nil {
				sc.misplaced++
				t.Logf("%s: %s noted on a later quotation %q", name, a.Speaker, a.Quote)
			}
			l := people[a.Speaker]
			if l.role != "" {
				sc.roles++
				if strings.Contains(notes[a.Speaker], l.role) {
					sc.rolesOK++
				} else {
					t.Logf("%s: %s note %q, want role %q", name, a.Speaker, notes[a.Speaker], l.role)
				}
			}
			if l.how != "" {
				sc.hows++
				if strings.Contains(a.How, l.how) {
					sc.howsOK++
				} else {
					t.Logf("%s: %s how %q, want %q", name, a.Speaker, a.How, l.how)
				}
			}
		}
	}
	for s := range people {
		if noted[s] {
			sc.found++
		} else {
			t.Logf("%s: missed %s", name, s)
		}
	}
	return sc
}

// TestCorpus runs the pass over hand-labelled articles and reports
// precision and recall of the notes. A note naming the wrong person fails.
// testdata/corpus was written while the rules were developed;
// testdata/heldout was labelled before the pass was first run on it.
func TestCorpus(t *testing.T) {
	n := 0
	for _, dir := range []string{"testdata/corpus", "testdata/heldout", "testdata/heldout2", "testdata/heldout3", "testdata/heldout4", "testdata/qa2", "testdata/heldout5"} {
		n += runCorpus(t, dir)
	}
	if n < 8 {
		t.Fatalf("want at least 8 corpus articles, have %d", n)
	}
}

func runCorpus(t *testing.T, dir string) int {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var total corpusScore
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := docFromLines(string(b))
		atts := Find(doc)
		notes := map[string]string{}
		for _, f := range analyse(context.Background(), doc).found {
			if f.note {
				notes[f.p.name] = noteText(f)
			}
		}
		sc := scoreArticle(t, name, string(b), readLabels(t, strings.TrimSuffix(f, ".txt")+".want"), atts, notes)
		total.notes += sc.notes
		total.correct += sc.correct
		total.expected += sc.expected
		total.found += sc.found
		total.misplaced += sc.misplaced
		total.roles += sc.roles
		total.rolesOK += sc.rolesOK
		total.hows += sc.hows
		total.howsOK += sc.howsOK
	}
	precision := float64(total.correct) / float64(max(total.notes, 1))
	recall := float64(total.found) / float64(max(total.expected, 1))
	t.Logf("%s: %d articles, %d notes, precision %.3f (%d/%d), recall %.3f (%d/%d), misplaced %d, roles %d/%d, how %d/%d",
		dir, len(files), total.notes, precision, total.correct, total.notes, recall, total.found, total.expected,
		total.misplaced, total.rolesOK, total.roles, total.howsOK, total.hows)
	if precision < 0.95 {
		t.Errorf("%s: precision %.3f < 0.95", dir, precision)
	}
	if recall < 0.6 {
		t.Errorf("%s: recall %.3f < 0.6", dir, recall)
	}
	return len(files)
}
