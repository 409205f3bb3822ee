package plaintext

import (
	"strings"

	"github.com/offprint/offprint/content/article"
)

// ruleCardTitle names the title of one card of a list of cards
// (card-title): a paragraph, not a heading.
const ruleCardTitle = "card-title"

// Limits of a list of cards.
const (
	minCards           = 3  // the fewest cards marked the same way
	maxCardButtonWords = 3  // the most words of the button closing a card ("Mehr erfahren")
	maxCardLabelRunes  = 24 // the longest label opening a card's line of facts ("Autor")
)

// cards blocks the titles of a list of cards (card-title): they head
// nothing. A card is a title and what the page prints under it the same
// way each time, at least minCards times:
//   - one paragraph and a button under it ("Mehr erfahren", "Read more";
//     "On" under each of a game's settings), the same button, in any
//     case, under each card, with no candidate over prose between two
//     cards but other cards' titles: teasers for other stories, or the
//     entries of a list of settings. A line that closes sections of
//     several paragraphs ("Back to top") makes no card, nor does a label
//     under which a section of its own comes before the next card
//     ("Lunch" in each day of a meal plan);
//   - a line of facts right under it that opens with the same label each
//     time ("Autor: …, Datum: …"): a blog's list of its other posts.
//
// A section's heading stands over text of its own, not over the same
// furniture as its neighbours.
func (c *classifier) cards(content []int, cand []string, blocked map[int]bool) {
	marked := map[string][]int{} // how a card is marked: the titles of its cards
	for k := range content {
		if key := c.cardMark(content, cand, k); key != "" {
			marked[key] = append(marked[key], k)
		}
	}
	titles := map[int]bool{} // the titles of cards marked the same way often enough
	for _, ks := range marked {
		for _, k := range ks {
			titles[k] = titles[k] || len(ks) >= minCards
		}
	}
	for key, ks := range marked {
		buttons := strings.HasPrefix(key, "button ") // the facts under a post's title tell a card wherever it stands
		for len(ks) > 0 {
			n := 1
			for n < len(ks) && !(buttons && c.headsProseBetween(content, cand, titles, ks[n-1], ks[n])) {
				n++
			}
			if n >= minCards {
				c.blockAs(content, ks[:n], blocked, ruleCardTitle)
			}
			ks = ks[n:]
		}
	}
}

// headsProseBetween reports whether a candidate between content[a] and
// content[b] stands right over prose, other than the titles of cards:
// a section of its own between two cards.
func (c *classifier) headsProseBetween(content []int, cand []string, titles map[int]bool, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if cand[j] != "" && !titles[j] && c.prose(content[j+1]) {
			return true
		}
	}
	return false
}

// blockAs blocks the candidates content[k], k in ks, that are not
// blocked yet, naming rule as what decided them.
func (c *classifier) blockAs(content, ks []int, blocked map[int]bool, rule string) {
	for _, k := range ks {
		if !blocked[k] {
			blocked[k] = true
			c.res[content[k]][0].Rule = rule
		}
	}
}

// cardMark returns how candidate content[k] is marked as a card's title
// (see cards), or "".
func (c *classifier) cardMark(content []int, cand []string, k int) string {
	if cand[k] == "" || k+1 >= len(content) {
		return ""
	}
	under := content[k+1]
	if c.role(under) == RoleParagraph && c.res[under][0].Rule == ruleFactLine {
		label, _, _ := strings.Cut(c.text(under), ":")
		if label = strings.TrimSpace(label); runeCount(label) <= maxCardLabelRunes {
			return "label " + strings.ToLower(label)
		}
		return ""
	}
	if cand[k+1] == "" && c.prose(under) {
		if b := c.nextLine(under); b >= 0 && c.buttonLine(b) {
			return "button " + strings.ToLower(c.text(b))
		}
	}
	return ""
}

// buttonLine reports whether line i reads as a button: a paragraph, or
// dropped furniture, of at most maxCardButtonWords words, without figures
// or final punctuation.
func (c *classifier) buttonLine(i int) bool {
	s, role := c.text(i), c.role(i)
	return (role == RoleParagraph || role == RoleBoilerplate) && article.WordCount(s) <= maxCardButtonWords && !strings.ContainsAny(s, "0123456789.!?:")
}
