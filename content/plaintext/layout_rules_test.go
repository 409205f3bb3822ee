package plaintext

import (
	"slices"
	"strings"
	"testing"
)

// TestApartFromBlockNeedsBlankLines checks that heading-above-block takes
// only a blank line, not a dropped line, for what sets a candidate apart
// from a block: in a text with no blank line a line dropped as
// boilerplate between a label and a run of short lines changes nothing,
// while in a text with blank lines the label set apart stays a heading.
func TestApartFromBlockNeedsBlankLines(t *testing.T) {
	const block = "Four tomato plants\nA bag of compost\nTwo watering cans\n"
	tests := []lineCase{
		{"no blank line: the dropped line sets nothing apart",
			"Title of the piece\n" + lede + "\n" + lede + "\nThe garden list\nAdvertisement\n" + block + lede + "\n",
			4, RoleParagraph, ruleShortRun},
		{"no blank line and no dropped line: the same",
			"Title of the piece\n" + lede + "\n" + lede + "\nThe garden list\n" + block + lede + "\n",
			4, RoleParagraph, ruleShortRun},
		{"blank lines: the label set apart stays a heading",
			"Title of the piece\n\n" + lede + "\n\n" + lede + "\n\nThe garden list\n\nAdvertisement\n\n" + block + "\n" + lede + "\n",
			7, RoleHeading, ruleHeadingShort},
		{"one blank line inside: the dropped line still sets it apart",
			"Title of the piece\n" + lede + "\n\n" + lede + "\nThe garden list\nAdvertisement\n" + block + lede + "\n",
			5, RoleHeading, ruleHeadingShort},
	}
	checkLines(t, tests)
}

// TestNoBlankLines checks noBlankLines: blank lines before the first
// and after the last visible line do not count.
func TestNoBlankLines(t *testing.T) {
	tests := []struct {
		in   []string
		want bool
	}{
		{[]string{"a", "b", "c"}, true},
		{[]string{"", "a", "b", ""}, true},
		{[]string{"a", "", "b"}, false},
		{[]string{"a"}, true},
	}
	for _, tt := range tests {
		var ls []line
		for i, s := range tt.in {
			ls = append(ls, line{num: i + 1, text: s})
		}
		if got := noBlankLines(ls); got != tt.want {
			t.Errorf("noBlankLines(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestOneBlockPerLine checks oneBlockPerLine with counter-cases: verse,
// hard-wrapped text, an email hard-wrapped with its signature, a list
// of short lines and long URLs have no blank line either, and are not
// written one block per line.
func TestOneBlockPerLine(t *testing.T) {
	const (
		para = "The council met on Tuesday night and voted to keep the library open for another year, after a long debate."
		cjk  = "サンセリフの簡素な字形には「ユビキタス」という形容詞がぴったりで、ニューヨークの地下鉄の標識から企業のロゴまで使われている。"
		url  = "https://www.example.com/2024/03/12/the-council-met-on-tuesday-night-and-voted-to-keep-the-library-open/index.html"
	)
	wrapped := func(width int) []string {
		var out []string
		for range 8 {
			out = append(out, wrapText(para+" "+para, width)...)
		}
		return out
	}
	tests := []struct {
		name string
		in   []string
		want bool
	}{
		{"paragraphs on one line each", []string{"Library stays open", para, "About the library", para, para}, true},
		{"CJK paragraphs on one line each", []string{"図書館", cjk, cjk, "見出し", cjk}, true},
		{"a blank line", []string{"Library stays open", para, "", para, para}, false},
		{"two paragraphs only", []string{"Library stays open", para, "About the library", para}, false},
		{"verse", []string{"The river has begun", "to speak again, and", "under the ice, a voice", "clears its throat.", "Seven of them", "stood on the bridge"}, false},
		{"hard-wrapped at 72 columns", wrapped(72), false},
		{"hard-wrapped at 80 columns", wrapped(80), false},
		{"hard-wrapped, three long URLs", append(append(wrapped(80), url, url), append(wrapped(80), url)...), false},
		{"an email hard-wrapped, signed", append(wrapped(72), "Best regards,", "Maya Okonjo", "City Desk", "12 Harbour Street"), false},
		{"a list of short lines", []string{"Four tomato plants", "A bag of compost", "Two watering cans", "A spade", "Seeds"}, false},
		{"three long lines among many short ones", append([]string{para, para, para}, slices.Concat(wrapped(72), wrapped(72), wrapped(72), wrapped(72))...), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []line
			for i, s := range tt.in {
				ls = append(ls, line{num: i + 1, text: s})
			}
			if got := oneBlockPerLine(ls, noBlankLines(ls)); got != tt.want {
				t.Errorf("oneBlockPerLine = %v, want %v", got, tt.want)
			}
		})
	}
}

// wrapText wraps s at width columns, breaking between words.
func wrapText(s string, width int) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && len(cur)+1+len(w) > width {
			out = append(out, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(out, cur)
}

// TestOneBlockPerLineAdjacency checks what a text written one block per
// line changes: a line right under another is a block of its own, as if
// a blank line stood between (a long line without a full stop between
// paragraphs, in an article with long headings, is one more heading, as
// it is with blank lines), while the rules that pair a line with its
// neighbour still pair them (a stanza's line with the line it runs on
// into, a name with its valediction, a credit with its caption, a
// table's title with its row), and hard-wrapped text still runs on.
func TestOneBlockPerLineAdjacency(t *testing.T) {
	const (
		para = "The council met on Tuesday night and voted to keep the library open for another year, after a long debate."
		low  = "the library was built in 1910 and has lent books to the town ever since, from a single room above the post office."
		long = "Library stays open\n" + para + "\n" + para + "\nWhy the council decided to keep the library open\n" + para + "\n" + para +
			"\nWhat the readers told the council last week\n" + para + "\n" + para + "\nThe vote was close and the library may still have to close next spring\n" + para + "\n"
	)
	wrappedPara := strings.Join(wrapText(para, 60), "\n")
	tests := []lineCase{
		{"one block per line: a long heading in a series", long, 10, RoleHeading, ruleLongSeries},
		{"blank lines: the same", strings.ReplaceAll(long, "\n", "\n\n"), 19, RoleHeading, ruleLongSeries},
		{"one block per line: a stanza's line runs on",
			"Library stays open\n" + para + "\n" + para + "\nUnder the ice, a voice\nclears its throat.\n" + para + "\n",
			4, RoleParagraph, ruleRunOn},
		{"hard-wrapped: the short line runs on",
			"Library stays open\n" + wrappedPara + "\n" + wrappedPara + "\nAbout the library\n" + strings.Join(wrapText(low, 60), "\n") + "\n",
			6, RoleParagraph, ruleRunOn},
		{"one block per line: the name under its valediction",
			"Library stays open\n" + para + "\n" + para + "\n" + para + "\nSee you Thursday,\nMaya\n",
			6, RoleParagraph, ruleSignature},
		{"one block per line: the credit under its caption",
			"Library stays open\n" + para + "\nReaders in the reading room of the town library.\nANP\n" + para + "\n" + para + "\n",
			4, RoleCredit, ruleLoneCredit},
		{"one block per line: the table's title over its row",
			"Library stays open\n" + para + "\n" + para + "\nMost active lenders\nBy loans Anna Berg 63 16.6% Jon Lund 56 14.7% Eva Holm 41 10.8% Per Ek 30 7.9% Ola Dahl 22 5.8%\n" + para + "\n",
			4, RoleParagraph, ruleTableTitle},
	}
	checkLines(t, tests)
}

// TestOneBlockPerLineBlocks checks the blocks a text written one block
// per line still has, and what it no longer has: a label that ends with
// a colon is one block with its value under it when the value opens with
// no capital, so a name over the label stands apart from it as with
// blank lines (a capitalised line under the colon is a block of its
// own, and hard-wrapped text keeps its runs); a heading between a fact
// and a short line stands between two runs, not in one (run-item); a
// CJK heading right against a short line is no list's item when every
// line is a block (cjk-heading-in-block), but stays one in a list with
// no blank line in text that is not written one block per line.
func TestOneBlockPerLineBlocks(t *testing.T) {
	const (
		para = "The council met on Tuesday night and voted to keep the library open for another year, after a long debate."
		cjk  = "サンセリフの簡素な字形には「ユビキタス」という形容詞がぴったりで、ニューヨークの地下鉄の標識から企業のロゴまで使われている。"
	)
	bloggers := func(value string) string {
		return "Library bloggers of the year\n" + para + "\n" + para + "\nAnna Berg\nRecipe:\n" + value + " with lemon\n" + para +
			"\nJon Lund\nRecipe:\n" + value + " with beans\n" + para + "\n"
	}
	wrapped := wrapText(para+" "+para, 70)
	hard := strings.Join(wrapped, "\n")
	meals := "Meal plan\n" + para + "\n" + para + "\nBreakfast\nEat within an hour of waking\n" + para +
		"\nPortion: 1 purple cup\nLunch\nEat every 2 to 3 hours\n" + para + "\nPortion: 1 green cup\nDinner\nEat before 8 pm\n" + para + "\n"
	tests := []lineCase{
		{"one block per line: a name over a label and its value", bloggers("pasta"), 4, RoleHeading, ruleHeadingShort},
		{"blank lines: the same", strings.ReplaceAll(strings.ReplaceAll(bloggers("pasta"), "\n", "\n\n"), ":\n\n", ":\n"), 7, RoleHeading, ruleHeadingShort},
		{"one block per line: a capitalised line under the label", bloggers("Pasta"), 4, RoleParagraph, ruleShortRun},
		{"hard-wrapped: the name stays in the run", "Library bloggers of the year\n" + hard + "\nAnna Berg\nRecipe:\npasta with lemon\n" + hard +
			"\nJon Lund\nRecipe:\nrice with beans\n" + hard + "\n", len(wrapped) + 2, RoleParagraph, ruleShortRun},
		{"one block per line: a heading between two runs", meals, 8, RoleHeading, ruleHeadingShort},
		{"one block per line: a CJK heading over a short line", "図書館の一年\n" + cjk + "\n" + cjk + "\n再び、Helveticaに恋に落ちる\n短い一行\n" + cjk + "\n" + cjk + "\n",
			4, RoleHeading, ruleHeadingCJK},
		{"a CJK list with no blank line, short lines", "図書館の一年\n短い段落です。\n連続する母音を無視する\n末尾のe、y、句読記号を取り除く\nスライスを利用する\n短い段落です。\n",
			3, RoleParagraph, ruleCJKBlock},
	}
	checkLines(t, tests)
}
