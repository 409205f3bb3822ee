package hyphen

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// liang is a pattern set compiled for Liang's algorithm: a trie of the
// patterns' letters ('.' for a word edge), each node's children in a
// list, the root's ASCII children in a table. The substrings of a word
// starting at one letter are matched by walking down from the root
// letter by letter, until no pattern goes on. Building it is one walk
// per pattern (no hashing, no sorting: the en-us set in well under a
// millisecond), and matching allocates nothing.
type liang struct {
	nodes []trieNode // nodes[0] is the root
	ascii [utf8.RuneSelf]int32
	prio  []byte
}

// trieNode is one letter of one or more patterns.
type trieNode struct {
	r     rune
	child int32 // first child, 0 for none
	next  int32 // next sibling, 0 for none
	prio  int32 // offset in liang.prio of the priorities of the pattern ending here (len+1 bytes), or -1
}

// childOf returns the child of node n for letter r, or 0.
func (l *liang) childOf(n int32, r rune) int32 {
	if n == 0 && r < utf8.RuneSelf {
		return l.ascii[r]
	}
	for c := l.nodes[n].child; c != 0; c = l.nodes[c].next {
		if l.nodes[c].r == r {
			return c
		}
	}
	return 0
}

// addChild returns the child of node n for letter r, adding it if needed.
func (l *liang) addChild(n int32, r rune) int32 {
	if c := l.childOf(n, r); c != 0 {
		return c
	}
	c := int32(len(l.nodes))
	l.nodes = append(l.nodes, trieNode{r: r, next: l.nodes[n].child, prio: -1})
	l.nodes[n].child = c
	if n == 0 && r < utf8.RuneSelf {
		l.ascii[r] = c
	}
	return c
}

// compileLiang reads a hyph-utf8 .pat.txt file: patterns separated by
// white space, each letters with a priority digit between them (".ach4",
// "2b3l"), '.' marking a word edge. A pattern given twice keeps the
// higher priority at each position.
func compileLiang(data string) (*liang, error) {
	l := &liang{nodes: make([]trieNode, 1, 1+len(data)/2), prio: make([]byte, 0, len(data))}
	l.nodes[0].prio = -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRuneInString(data[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		tok, node, off := i, int32(0), int32(len(l.prio))
		var pending byte
		for i < len(data) {
			r, size = utf8.DecodeRuneInString(data[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
			if r >= '0' && r <= '9' {
				pending = byte(r - '0')
				continue
			}
			node = l.addChild(node, r)
			l.prio = append(l.prio, pending)
			pending = 0
		}
		if node == 0 {
			return nil, fmt.Errorf("pattern %q has no letters", data[tok:i])
		}
		l.prio = append(l.prio, pending)
		if old := l.nodes[node].prio; old >= 0 { // given before: merge, drop this copy
			for k := range int(int32(len(l.prio)) - off) {
				l.prio[old+int32(k)] = max(l.prio[old+int32(k)], l.prio[off+int32(k)])
			}
			l.prio = l.prio[:off]
			continue
		}
		l.nodes[node].prio = off
	}
	return l, nil
}

// maxStackRunes is the word length up to which hyphenate works in arrays
// on the stack.
const maxStackRunes = 64

// hyphenate returns the rune positions p (0 < p < runes in word) before
// which word may break: those where the highest priority of the patterns
// matching ".word." (lower-cased) is odd.
func (l *liang) hyphenate(word string) []int {
	var wbuf [maxStackRunes + 2]rune
	var pbuf [maxStackRunes + 3]byte
	w := append(wbuf[:0], '.')
	for _, r := range word {
		w = append(w, unicode.ToLower(r))
	}
	w = append(w, '.')
	n := len(w)
	prio := pbuf[:0]
	for range n + 1 {
		prio = append(prio, 0)
	}
	for i := range n {
		node := int32(0)
		for j := i; j < n; j++ {
			if node = l.childOf(node, w[j]); node == 0 {
				break
			}
			if at := l.nodes[node].prio; at >= 0 {
				for k, v := range l.prio[at : int(at)+j-i+2] {
					prio[i+k] = max(prio[i+k], v)
				}
			}
		}
	}
	var out []int
	for p := 1; p < n-2; p++ { // between two letters of word: before w's rune p+1
		if prio[p+1]%2 == 1 {
			out = append(out, p)
		}
	}
	return out
}
