package fpdf

// offprint patch: a walker over Type 2 charstrings that finds the
// subroutines a glyph calls (subset_cff.go).

// csWalker interprets just enough of a Type 2 charstring to follow its
// subroutine calls: the operand stack (for the subroutine numbers) and
// the stem count (for the length of hintmask operators).
type csWalker struct {
	gsubrs, lsubrs cffIndex
	usedG, usedL   []bool
	stack          []float64
	stems          int
	done           bool // endchar seen
	budget         int  // operators left to walk (a damaged font may loop)
}

// walkBudget bounds the operators walked for one glyph, subroutines
// included: a real glyph takes a few hundred.
const walkBudget = 100_000

// bias is the number added to a subroutine operand (Type 2 spec, 4.7).
func bias(n int) int {
	switch {
	case n < 1240:
		return 107
	case n < 33900:
		return 1131
	}
	return 32768
}

// run walks a charstring at call depth depth; false when it cannot tell
// which subroutines are called (an operator it does not follow, a bad
// number), and the caller must keep them all.
func (w *csWalker) run(cs []byte, depth int) bool {
	if depth > 10 {
		return false
	}
	if depth == 0 {
		w.budget = walkBudget
	}
	for i := 0; i < len(cs) && !w.done; {
		if w.budget--; w.budget < 0 {
			return false
		}
		c := cs[i]
		switch {
		case c >= 32 && c <= 246:
			w.stack = append(w.stack, float64(int(c)-139))
			i++
		case c >= 247 && c <= 250 && i+1 < len(cs):
			w.stack = append(w.stack, float64((int(c)-247)*256+int(cs[i+1])+108))
			i += 2
		case c >= 251 && c <= 254 && i+1 < len(cs):
			w.stack = append(w.stack, float64(-(int(c)-251)*256-int(cs[i+1])-108))
			i += 2
		case c == 28 && i+2 < len(cs):
			w.stack = append(w.stack, float64(int16(be16(cs, i+1))))
			i += 3
		case c == 255 && i+4 < len(cs):
			w.stack = append(w.stack, float64(int32(be32(cs, i+1)))/65536)
			i += 5
		case c == 1 || c == 3 || c == 18 || c == 23: // hstem, vstem, hstemhm, vstemhm
			w.stems += len(w.stack) / 2
			w.stack = w.stack[:0]
			i++
		case c == 19 || c == 20: // hintmask, cntrmask
			w.stems += len(w.stack) / 2
			w.stack = w.stack[:0]
			i += 1 + (w.stems+7)/8
		case c == 10 || c == 29: // callsubr, callgsubr
			if len(w.stack) == 0 {
				return false
			}
			subrs, used := w.lsubrs, w.usedL
			if c == 29 {
				subrs, used = w.gsubrs, w.usedG
			}
			k := int(w.stack[len(w.stack)-1]) + bias(len(subrs))
			w.stack = w.stack[:len(w.stack)-1]
			if k < 0 || k >= len(subrs) {
				return false
			}
			used[k] = true
			if !w.run(subrs[k], depth+1) {
				return false
			}
			i++
		case c == 11: // return
			return true
		case c == 14: // endchar
			w.done = true
			return true
		case c == 12: // arithmetic and flex: only flex is expected
			if i+1 >= len(cs) || cs[i+1] < 34 || cs[i+1] > 37 {
				return false
			}
			w.stack = w.stack[:0]
			i += 2
		case c < 32: // path operators clear the stack
			w.stack = w.stack[:0]
			i++
		default:
			return false
		}
	}
	return true
}
