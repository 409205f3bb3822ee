package layout

// firstFit is the fallback line breaker: it fills each line with as many
// items as fit at their natural width and breaks at the last legal
// breakpoint before the overflow (or at the first one after it, when a
// single box is wider than the line). It always succeeds, which total fit
// does not promise; breakLines uses it when every pass fails.
func firstFit(items []item, widths []Length) []lineBreak {
	var out []lineBreak
	start, line := 0, 0
	var post Length // the widening of a line's first box by the break before it
	for start < len(items) {
		width := widthOf(widths, line)
		used := post
		last := -1
		i := start
		for ; i < len(items); i++ {
			it := items[i]
			if isLegalBreak(items, i) {
				extra := Length(0)
				if it.kind == penaltyItem {
					extra = it.width
				}
				if used+extra > width && last >= 0 {
					break
				}
				last = i
				if it.kind == penaltyItem && it.penalty <= -infPenalty {
					break
				}
			}
			if it.kind != penaltyItem {
				used += it.width
			}
		}
		if last < 0 {
			last = len(items) - 1
		}
		out = append(out, lineBreak{pos: last})
		post = 0
		if items[last].kind == penaltyItem {
			post = items[last].post
		}
		line++
		start = last + 1
		for start < len(items) && items[start].kind != boxItem && !(items[start].kind == penaltyItem && items[start].penalty <= -infPenalty) {
			start++
		}
	}
	return out
}
