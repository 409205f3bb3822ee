package check

// This file checks what a tagged PDF (one whose catalog says /MarkInfo
// <</Marked true>>) promises, by the rules a PDF/UA validator such as
// veraPDF applies first: the structure tree exists, every mark painted on
// a page is either an element's marked content (with an MCID) or an
// artifact, every MCID of a page is in the ParentTree, and every link
// annotation is the kid of a structure element.

import "fmt"

// maxNumsDepth bounds the walk of a number tree.
const maxNumsDepth = 32

// paintOps are the content-stream operators that put marks on the page.
var paintOps = map[string]bool{
	"Tj": true, "TJ": true, "'": true, "\"": true, "Do": true, "sh": true, "BI": true,
	"S": true, "s": true, "f": true, "F": true, "f*": true, "B": true, "B*": true, "b": true, "b*": true,
}

// checkTags runs the tagged-PDF rules when the catalog declares it.
func (c *pdfChecker) checkTags(root pdfDict) {
	mi, _ := c.f.resolve(root["MarkInfo"]).(pdfDict)
	if marked, _ := c.f.resolve(mi["Marked"]).(bool); !marked {
		return
	}
	str, _ := c.f.resolve(root["StructTreeRoot"]).(pdfDict)
	if str == nil {
		c.add("pdf-tag-structure", "the document says it is tagged (/MarkInfo /Marked true) but has no /StructTreeRoot")
		return
	}
	parents := map[int64]any{}
	c.numberTree(str["ParentTree"], parents, 0)
	var unmarked, missing, annots int
	where := ""
	for i, pg := range c.pageDicts {
		key, hasKey := c.f.resolve(pg["StructParents"]).(int64)
		arr, _ := c.f.resolve(parents[key]).(pdfArray)
		mcids, paints := c.markedContent(pg)
		if paints > 0 && unmarked == 0 {
			where = fmt.Sprintf(" (first on page %d)", i+1)
		}
		unmarked += paints
		for _, id := range mcids {
			if !hasKey || id < 0 || id >= int64(len(arr)) || c.f.resolve(arr[id]) == nil {
				missing++
			}
		}
		as, _ := c.f.resolve(pg["Annots"]).(pdfArray)
		for _, a := range as {
			ad, _ := c.f.resolve(a).(pdfDict)
			if ad["Subtype"] != pdfName("Link") {
				continue
			}
			k, ok := c.f.resolve(ad["StructParent"]).(int64)
			if _, isDict := c.f.resolve(parents[k]).(pdfDict); !ok || !isDict {
				annots++
			}
		}
	}
	if unmarked > 0 {
		c.add("pdf-tag-unmarked", "%d painting operators lie outside marked content (neither an element's MCID nor an artifact)%s", unmarked, where)
	}
	if missing > 0 {
		c.add("pdf-tag-parenttree", "%d marked-content sequences (MCIDs) are not in the ParentTree", missing)
	}
	if annots > 0 {
		c.add("pdf-tag-annotation", "%d link annotations are not in the structure tree (no /StructParent to an element)", annots)
	}
}

// numberTree collects the entries of the number tree v into out.
func (c *pdfChecker) numberTree(v any, out map[int64]any, depth int) {
	node, _ := c.f.resolve(v).(pdfDict)
	if node == nil || depth > maxNumsDepth || len(out) > maxPages*4 {
		return
	}
	nums, _ := c.f.resolve(node["Nums"]).(pdfArray)
	for i := 0; i+1 < len(nums); i += 2 {
		if k, ok := nums[i].(int64); ok {
			out[k] = nums[i+1]
		}
	}
	kids, _ := c.f.resolve(node["Kids"]).(pdfArray)
	for _, k := range kids {
		c.numberTree(k, out, depth+1)
	}
}

// markedContent reads a page's content streams and returns the MCIDs of
// its marked-content sequences and how many painting operators lie in
// none that is an MCID sequence or an artifact.
func (c *pdfChecker) markedContent(pg pdfDict) (mcids []int64, unmarked int) {
	var streams []*pdfStream
	switch v := c.f.resolve(pg["Contents"]).(type) {
	case *pdfStream:
		streams = append(streams, v)
	case pdfArray:
		for _, s := range v {
			if st, ok := c.f.resolve(s).(*pdfStream); ok {
				streams = append(streams, st)
			}
		}
	}
	var stack []bool // each open sequence: is it tagged (MCID or artifact)?
	tagged := 0
	for _, s := range streams {
		if c.contentSeen[s] {
			continue // a stream shared by pages is read once
		}
		if c.contentSeen == nil {
			c.contentSeen = map[*pdfStream]bool{}
		}
		c.contentSeen[s] = true
		data, err := c.f.decode(s)
		if err != nil {
			continue
		}
		l := &pdfLexer{data: data}
		var operands []any
		for {
			l.skipSpace()
			if l.pos >= len(l.data) {
				break
			}
			if b := l.data[l.pos]; b == '/' || b == '(' || b == '<' || b == '[' || b == '+' || b == '-' || b == '.' || b >= '0' && b <= '9' {
				v, err := l.object(0)
				if err != nil {
					break
				}
				operands = append(operands, v)
				continue
			}
			start := l.pos
			op := l.keyword()
			if l.pos == start {
				l.pos++ // a stray delimiter
				continue
			}
			switch op {
			case "BMC", "BDC":
				t := len(operands) > 0 && operands[0] == pdfName("Artifact")
				if op == "BDC" && len(operands) == 2 {
					if d, ok := c.f.resolve(operands[1]).(pdfDict); ok {
						if id, ok := d["MCID"].(int64); ok {
							mcids = append(mcids, id)
							t = true
						}
					}
				}
				stack = append(stack, t)
				if t {
					tagged++
				}
			case "EMC":
				if n := len(stack); n > 0 {
					if stack[n-1] {
						tagged--
					}
					stack = stack[:n-1]
				}
			case "BI":
				if tagged == 0 {
					unmarked++
				}
				skipInlineImage(l)
			default:
				if paintOps[op] && tagged == 0 {
					unmarked++
				}
			}
			operands = operands[:0]
		}
	}
	return mcids, unmarked
}

// skipInlineImage moves past the data of an inline image (to after EI).
func skipInlineImage(l *pdfLexer) {
	for l.pos+2 < len(l.data) {
		if l.data[l.pos] == 'E' && l.data[l.pos+1] == 'I' && isPDFSpace(l.data[l.pos-1]) && (isPDFSpace(l.data[l.pos+2]) || isPDFDelim(l.data[l.pos+2])) {
			l.pos += 2
			return
		}
		l.pos++
	}
	l.pos = len(l.data)
}
