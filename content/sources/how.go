package sources

import "strings"

// skipWords may stand between a verb and how the words were obtained
// ("said Monday in a statement").
var skipWords = set(`monday tuesday wednesday thursday friday saturday sunday
today yesterday tonight last this week month year earlier later night morning
evening afternoon on recently also again`)

var objectPronouns = set(`us them this his hers its yours ours`)

// personalObjects may follow "told" without saying how ("she told me:").
var personalObjects = set(`me us him her them`)

// mediaNouns may end the name of an outlet after "told" ("the BBC’s Today
// programme").
var mediaNouns = set(`programme program show podcast newspaper magazine channel radio`)

var months = set(`january february march april may june july august september
october november december`)

// parseHow reads how a statement was obtained, after the speech verb at v,
// from token i to at most e: "told Vox" (interview with Vox), "in a video
// address", "in a statement to Reuters", "at a news conference", "on
// Twitter", "wrote in The Atlantic". It returns the phrase ("" when the
// text does not say) and the index after what it read.
func parseHow(pa *para, v, i, e int) (string, int) {
	toks := pa.toks
	verb := lower(toks[v].text)
	how := ""
	if (verb == "told" || verb == "tells") && i == v+1 && i < e {
		if j := capRunEnd(toks, i, e); j > i {
			j = outletNounsEnd(toks, j, e) // "told Russian state media"
			how, i = "interview with "+pa.text[toks[i].start:toks[j-1].end], j
		} else if w := lower(toks[i].text); toldObjects.has(w) || (strings.HasSuffix(w, "s") && startsLower(w) && !stopCaps.has(w) && !objectPronouns.has(w)) {
			how, i = "remarks to "+toks[i].text, i+1
		} else if personalObjects.has(w) {
			i++ // "told me": the reporter, whom the text does not name here
		} else {
			return "", i
		}
	}
	for n := 0; i < e && n < 12; n++ {
		w := lower(toks[i].text)
		switch {
		case how == "" && (w == "in" || w == "at" || w == "on") && i+1 < e && howArticles.has(toks[i+1].text):
			h, j := howPhrase(pa, i+2, e)
			if h == "" {
				return how, i
			}
			how, i = h, j
		case how == "" && (w == "in" || w == "on") && (verb == "wrote" || verb == "writes") && capRunEnd(toks, i+1, e) > i+1:
			j := capRunEnd(toks, i+1, e)
			how, i = "writing "+w+" "+pa.text[toks[i+1].start:toks[j-1].end], j
		case how == "" && w == "on" && capRunEnd(toks, i+1, e) > i+1:
			j := capRunEnd(toks, i+1, e)
			how, i = "on "+pa.text[toks[i+1].start:toks[j-1].end], j
		case how == "" && w == "to" && i == v+1 && i+1 < e:
			h, j := audience(pa, i+1, e)
			if h == "" {
				return how, i
			}
			if verb == "wrote" || verb == "writes" {
				how = "writing to " + h
			} else {
				how = "remarks to " + h
			}
			i = j
		case how == "" && w == "," && i+2 < e && (toks[i+1].text == "speaking" || toks[i+1].text == "talking") &&
			(toks[i+2].text == "to" || toks[i+2].text == "with"):
			j := capRunEnd(toks, i+3, e)
			if j == i+3 {
				return how, i
			}
			how, i = "interview with "+pa.text[toks[i+3].start:toks[j-1].end], j
		case toks[i].word && skipWords.has(w):
			i++
		default:
			return how, i
		}
	}
	return how, i
}

// outletNounsEnd extends an outlet's name at j over up to three lower-case
// words that make it a noun phrase ("Russian state media", "Reuters news
// agency"), stopping at time words, prepositions and function words.
func outletNounsEnd(toks []token, j, e int) int {
	k := j
	for k < e && k-j < 3 && toks[k].word && startsLower(toks[k].text) && !toks[k].inQuote &&
		!timeWords.has(toks[k].text) && !rolePreps.has(toks[k].text) && !stopCaps.has(toks[k].text) &&
		!speechVerbs.has(toks[k].text) && !speechAux.has(toks[k].text) && !notModifiers.has(toks[k].text) {
		k++
	}
	return k
}

// audience reads who was addressed after "to": a capitalised name or up to
// three lower-case words ("staff", "the shareholders").
func audience(pa *para, i, e int) (string, int) {
	toks := pa.toks
	if j := capRunEnd(toks, i, e); j > i {
		return pa.text[toks[i].start:toks[j-1].end], j
	}
	j := i
	if j < e && howArticles.has(toks[j].text) {
		j++
	}
	k := j
	for k < e && k-j < 3 && toks[k].word && startsLower(toks[k].text) && !timeWords.has(toks[k].text) && !rolePreps.has(toks[k].text) && !stopCaps.has(toks[k].text) {
		k++
	}
	if k == j {
		return "", i
	}
	return pa.text[toks[i].start:toks[k-1].end], k
}

// howPhrase reads the words after "in a" / "at an": lower-case words, then
// optionally "with", "to", "on" or "for" and a capitalised name ("statement
// to Reuters"). It stops at a time word or punctuation.
func howPhrase(pa *para, i, e int) (string, int) {
	toks := pa.toks
	j := i
	for j < e && j-i < 5 && toks[j].word && !startsUpper(toks[j].text) && !timeWords.has(toks[j].text) && !rolePreps.has(toks[j].text) {
		j++
	}
	if j == i {
		return "", i
	}
	if j+1 < e && (toks[j].text == "with" || toks[j].text == "to" || toks[j].text == "on" || toks[j].text == "for") {
		if k := capRunEnd(toks, j+1, e); k > j+1 {
			j = k
		}
	}
	return pa.text[toks[i].start:toks[j-1].end], j
}

// capRunEnd returns the end of a capitalised name at i ("Vox", "the BBC",
// "The Associated Press", "Face the Nation"), or i when there is none. Days
// and months are not names.
func capRunEnd(toks []token, i, e int) int {
	j := i
	article := j < e && (toks[j].text == "the" || toks[j].text == "The")
	if article {
		j++
	}
	if j >= e || !toks[j].word || !startsUpper(toks[j].text) || skipWords.has(lower(toks[j].text)) ||
		months.has(lower(toks[j].text)) || (stopCaps.has(lower(toks[j].text)) && !article && toks[j].text != "The") {
		return i
	}
	for j < e && toks[j].word && !toks[j].inQuote {
		if startsUpper(toks[j].text) {
			j++
			continue
		}
		if orgConnectors.has(toks[j].text) && j+1 < e && toks[j+1].word && startsUpper(toks[j+1].text) &&
			!skipWords.has(lower(toks[j+1].text)) && !months.has(lower(toks[j+1].text)) {
			j++
			continue
		}
		break
	}
	if j < e && j > i && mediaNouns.has(toks[j].text) {
		j++
	}
	return j
}

// candidate reports whether quotation q is a quotation of speech and not a
// title, a term or a scare quote; short is true for one to three words,
// which count only with an attribution right after them.
func candidate(pa *para, q quoteSpan) (short, ok bool) {
	toks := pa.toks
	end := q.close
	if end < 0 {
		end = len(toks)
	}
	words, caps, long := 0, 0, 0
	for i := q.open + 1; i < end; i++ {
		if !toks[i].word {
			continue
		}
		words++
		if len(toks[i].text) >= 4 {
			long++
			if startsUpper(toks[i].text) {
				caps++
			}
		}
	}
	if words == 0 || (caps >= 2 && caps == long) || cued(toks, q.open) {
		return false, false
	}
	if words > 3 {
		return false, true
	}
	if q.close < 0 || sentenceStart(toks, q.open) != q.open {
		return true, false
	}
	last := toks[q.close-1].text
	return true, last == "," || last == "?" || last == "!"
}

// cued reports whether the words before an opening mark announce a name or
// a label rather than speech ("so-called", "known as", "the book"), or use
// the quotation as a modifier ("the bill’s “…” approach", "a “…” moment").
func cued(toks []token, open int) bool {
	if open > 0 && toks[open-1].word {
		w := lower(toks[open-1].text)
		if _, poss := stripPossessive(w); poss || w == "the" || w == "a" || w == "an" {
			return true
		}
	}
	n := 0
	for i := open - 1; i >= 0 && n < 2; i-- {
		t := toks[i]
		if !t.word {
			if t.text == ":" || t.text == "," {
				continue
			}
			return false
		}
		w := strings.ToLower(t.text)
		if w == "the" || w == "a" || w == "an" || w == "as" || w == "its" || w == "his" || w == "her" || w == "their" {
			continue
		}
		if cueWords.has(w) {
			return true
		}
		n++
	}
	return false
}
