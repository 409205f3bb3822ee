package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

const auditLine = `    audit.log("receipt_sent", order=order_id, queue="emails", attempt=current_attempt(), worker=worker_name())`

func TestWrapCode(t *testing.T) {
	tests := []struct {
		name string
		line string
		cols int
		want []codeRow
	}{
		{"fits", "x = 1", 8, []codeRow{{"x = 1", 0}}},
		{"empty", "", 8, []codeRow{{"", 0}}},
		{"after a space, under the indentation", auditLine, 64, []codeRow{
			{`    audit.log("receipt_sent", order=order_id, queue="emails", `, 0},
			{`attempt=current_attempt(), worker=worker_name())`, 8},
		}},
		{"twice", auditLine, 40, []codeRow{
			{`    audit.log("receipt_sent", `, 0},
			{`order=order_id, queue="emails", `, 8},
			{`attempt=current_attempt(), `, 8},
			{`worker=worker_name())`, 8},
		}},
		{"after a comma without spaces", "call(alpha,beta,gamma,delta)", 20, []codeRow{
			{"call(alpha,beta,", 0},
			{"gamma,delta)", 4},
		}},
		{"after an opening bracket", "printf(someArgumentName)", 14, []codeRow{
			{"printf(", 0},
			{"someArgume", 4},
			{"ntName)", 4},
		}},
		{"a break point too early: at the limit", "f(someArgumentName)", 12, []codeRow{
			{"f(someArgume", 0},
			{"ntName)", 4},
		}},
		{"an operator stays whole", "aaaaaa->bbbbbbbbbb", 10, []codeRow{
			{"aaaaaa->", 0},
			{"bbbbbb", 4},
			{"bbbb", 4},
		}},
		{"no break point: at the limit", "abcdefghijklmnopqrst", 10, []codeRow{
			{"abcdefghij", 0},
			{"klmnop", 4},
			{"qrst", 4},
		}},
		{"a combining mark stays with its letter", "abcdefge\u0301fgh", 8, []codeRow{
			{"abcdefg", 0},
			{"e\u0301fg", 4},
			{"h", 4},
		}},
		{"deep indentation: hang at column 4", strings.Repeat(" ", 20) + "return someValue + otherValue", 30, []codeRow{
			{strings.Repeat(" ", 20) + "return ", 0},
			{"someValue + otherValue", 4},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrapCode(tt.line, tt.cols)
			if len(got) != len(tt.want) {
				t.Fatalf("wrapCode(%q, %d) = %v, want %v", tt.line, tt.cols, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %q at %d, want %q at %d", i, got[i].text, got[i].col, tt.want[i].text, tt.want[i].col)
				}
			}
		})
	}
}

// checkRows checks the invariants of wrapCode: the rows spell the line, in
// order; each fits; only continuation rows hang, all by the same amount.
func checkRows(t *testing.T, line string, cols int, rows []codeRow) {
	t.Helper()
	var sb strings.Builder
	for i, r := range rows {
		sb.WriteString(r.text)
		if (i == 0) != (r.col == 0) || (i > 1 && r.col != rows[1].col) {
			t.Errorf("wrapCode(%q, %d): row %d starts at column %d", line, cols, i, r.col)
		}
		if n := utf8.RuneCountInString(r.text); n > max(cols-r.col, 1) || (len(rows) > 1 && n == 0) {
			t.Errorf("wrapCode(%q, %d): row %d %q has %d characters", line, cols, i, r.text, n)
		}
	}
	if sb.String() != line {
		t.Errorf("wrapCode(%q, %d) rows spell %q", line, cols, sb.String())
	}
}

func TestWrapCodeKeepsEveryCharacter(t *testing.T) {
	lines := []string{auditLine, "", "    ", "x", strings.Repeat("ab ", 40), strings.Repeat(" ", 50) + "x",
		"for (int i = 0; i < n; i++) { total += values[i] * weights[i]; }", "héllo wörld ✓ " + strings.Repeat("ü", 30)}
	for _, l := range lines {
		for cols := minCodeColumns; cols <= 90; cols++ {
			checkRows(t, l, cols, wrapCode(l, cols))
		}
	}
}

func FuzzWrapCode(f *testing.F) {
	f.Add(auditLine, 64)
	f.Add("call(alpha,beta,gamma,delta)", 8)
	f.Fuzz(func(t *testing.T, line string, cols int) {
		if len(line) > 4096 || !utf8.ValidString(line) || strings.ContainsAny(line, "\n\t") {
			return
		}
		cols = minCodeColumns + int(uint(cols)%200)
		checkRows(t, line, cols, wrapCode(line, cols))
	})
}

// TestCodeBlockContinuation lays out a code line too long for A5 and
// checks the page: the rows read back as the line, the break falls at a
// space, and the continuation row hangs in with a mark drawn before it.
func TestCodeBlockContinuation(t *testing.T) {
	st := DefaultStyle()
	st.PaperWidth, st.PaperHeight, _ = ParsePaper("a5")
	doc := &content.Document{Blocks: []content.Block{&content.CodeBlock{Text: "def f():\n" + auditLine}}}
	res, err := Layout(doc, st)
	if err != nil {
		t.Fatal(err)
	}
	var runs []TextRun
	for _, r := range res.Pages[0].Texts {
		if r.Face == fonts.Mono {
			runs = append(runs, r)
		}
	}
	if len(runs) < 3 {
		t.Fatalf("want the long line wrapped, got runs %v", runs)
	}
	var sb strings.Builder
	for _, r := range runs[1:] {
		sb.WriteString(r.Text)
	}
	if got := sb.String(); got != auditLine {
		t.Errorf("the rows read %q, want %q", got, auditLine)
	}
	for i, r := range runs[2:] {
		prev := runs[i+1]
		if !strings.HasSuffix(prev.Text, " ") {
			t.Errorf("row %q breaks inside a word before %q", prev.Text, r.Text)
		}
		if r.X <= runs[1].X+Length(4)*Pt {
			t.Errorf("continuation %q at x=%v does not hang under %q at x=%v", r.Text, r.X, runs[1].Text, runs[1].X)
		}
		marked := false
		for _, rl := range res.Pages[0].Rules {
			if max(rl.X1, rl.X2) < r.X && min(rl.X1, rl.X2) > runs[1].X && rl.Y1 < r.Y && rl.Y1 > r.Y-r.Size {
				marked = true
			}
		}
		if !marked {
			t.Errorf("continuation %q has no mark before it", r.Text)
		}
		if right := r.X + Length(utf8.RuneCountInString(r.Text))*r.Size*6/10; right > st.PaperWidth {
			t.Errorf("row %q runs off the page", r.Text)
		}
	}
}

// TestCodeFallback checks that a character the monospace face lacks is
// drawn by the fallback face the body text uses, not as U+FFFD: with the
// embedded faces only, Greek with breathings and ℕ come from Noto Serif,
// each run after the one before, the rest of the row in Go Mono.
func TestCodeFallback(t *testing.T) {
	st := DefaultStyle()
	st.PaperWidth, st.PaperHeight, _ = ParsePaper("a5")
	st.NoSystemFonts = true
	doc := &content.Document{Blocks: []content.Block{&content.CodeBlock{Text: "x := \"ἀρχή\" // ℕ ┌─┐"}}}
	res, err := Layout(doc, st)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.MissingGlyphs != 0 || len(res.Warnings) != 0 {
		t.Errorf("missing %d, warnings %q", res.Stats.MissingGlyphs, res.Warnings)
	}
	var text string
	faces := map[fonts.Style]bool{}
	var x Length
	for i, r := range res.Pages[0].Texts {
		if r.Y != res.Pages[0].Texts[0].Y {
			continue // the folio
		}
		text += r.Text
		faces[r.Face] = true
		if strings.ContainsRune(r.Text, '\uFFFD') || len(r.Glyphs) == 0 {
			t.Errorf("run %q: U+FFFD or no glyphs", r.Text)
		}
		if i > 0 && r.X <= x {
			t.Errorf("run %q at %v, not after the one before (%v)", r.Text, r.X, x)
		}
		x = r.X
	}
	if text != "x := \"ἀρχή\" // ℕ ┌─┐" || !faces[fonts.Mono] || !faces[fonts.Regular] {
		t.Errorf("runs give %q in faces %v", text, faces)
	}
}
