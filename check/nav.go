package check

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
)

// checkNav checks the EPUB 3 navigation document: a non-empty toc nav and a
// landmarks nav. Its links are checked with all others.
func (c *epubChecker) checkNav(p *opfPackage) {
	if !p.epub3() {
		return
	}
	items := p.itemsWith("nav")
	if len(items) == 0 {
		return // reported as opf-nav
	}
	it := items[0]
	if it.MediaType != "application/xhtml+xml" {
		c.add("opf-nav", "%s: the nav item %s is %s, want application/xhtml+xml", p.path, it.path, it.MediaType)
		return
	}
	doc := c.docs[it.path]
	if doc == nil {
		return // missing or malformed: reported already
	}
	toc, landmarks := -1, -1
	for i, n := range doc.navs {
		if toc < 0 && slices.Contains(n.types, "toc") {
			toc = i
		}
		if landmarks < 0 && slices.Contains(n.types, "landmarks") {
			landmarks = i
		}
	}
	switch {
	case toc < 0:
		c.add("nav-toc-missing", "%s has no <nav epub:type=\"toc\">", it.path)
	case doc.navs[toc].links == 0:
		c.add("nav-toc-missing", "%s: the toc nav has no links", it.path)
	}
	switch {
	case landmarks < 0:
		c.add("nav-landmarks", "%s has no <nav epub:type=\"landmarks\"> (readers use it for bodymatter and cover)", it.path)
	case doc.navs[landmarks].links == 0:
		c.add("nav-landmarks", "%s: the landmarks nav has no links", it.path)
	default:
		c.checkLandmarks(it.path, doc.navs[landmarks].linkTypes, len(p.itemsWith("cover-image")) > 0, p.inSpine[it.path])
	}
}

// checkLandmarks checks that the landmarks name the start of the body, the
// cover when the book has one and the table of contents when the nav
// document is in the spine (a link to a file outside the spine is an
// error): readers open the book and their "go to" menus with them.
func (c *epubChecker) checkLandmarks(name string, types []string, hasCover, navInSpine bool) {
	want := []string{"bodymatter"}
	if navInSpine {
		want = append(want, "toc")
	}
	if hasCover {
		want = append(want, "cover")
	}
	var missing []string
	for _, w := range want {
		if !slices.Contains(types, w) {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		c.add("nav-landmarks-entries", "%s: the landmarks have no entry of epub:type %s (readers open the book and their menus with them)", name, strings.Join(missing, ", "))
	}
}

// ncxPoint is one navPoint of an NCX.
type ncxPoint struct {
	id        string
	playOrder string
	src       string
}

// ncxItem finds the NCX of the package: the spine's toc attribute, else the
// item of the NCX media type.
func (p *opfPackage) ncxItem() *opfItem {
	if it := p.byID[p.Spine.Toc]; p.Spine.Toc != "" && it != nil {
		return it
	}
	for _, it := range p.Manifest {
		if it.MediaType == "application/x-dtbncx+xml" {
			return it
		}
	}
	return nil
}

// checkNCX checks the NCX: present, dtb:uid equal to the package
// identifier, unique ids, sequential playOrder; its targets are checked
// with all other links.
func (c *epubChecker) checkNCX(p *opfPackage) {
	it := p.ncxItem()
	switch {
	case p.Spine.Toc != "" && p.byID[p.Spine.Toc] == nil:
		c.add("ncx-missing", "%s: the spine's toc attribute names %q, which is no manifest id", p.path, p.Spine.Toc)
		return
	case it == nil:
		c.add("ncx-missing", "%s has no NCX (toc.ncx); Kobo shows no table of contents without it", p.path)
		return
	case it.path == "" || c.files[it.path] == nil:
		return // reported as opf-manifest-missing-file
	}
	data, err := c.readFile(it.path)
	if err != nil {
		return
	}
	uid, points, err := parseNCX(data)
	if err != nil {
		c.add("ncx-malformed", "%s is not well-formed: %v", it.path, err)
		return
	}
	if p.identifier != "" && strings.TrimSpace(uid) != p.identifier {
		c.add("ncx-uid", "%s: dtb:uid %q differs from the package identifier %q", it.path, truncate(uid, 80), truncate(p.identifier, 80))
	}
	if len(points) == 0 {
		c.add("ncx-empty", "%s: the navMap has no navPoint", it.path)
	}
	c.checkNCXPoints(it.path, points)
}

// checkNCXPoints checks ids and play order, and records the targets.
func (c *epubChecker) checkNCXPoints(name string, points []ncxPoint) {
	ids := make(map[string]bool)
	want, prevSrc := 1, ""
	// playOrder is optional in practice (readers number points themselves):
	// check it only when some point has one.
	orderOK := slices.ContainsFunc(points, func(p ncxPoint) bool { return p.playOrder != "" })
	for _, pt := range points {
		if pt.id == "" {
			c.add("ncx-duplicate-id", "%s: a navPoint has no id", name)
		} else if ids[pt.id] {
			c.add("ncx-duplicate-id", "%s: navPoint id %q is used more than once", name, pt.id)
		}
		ids[pt.id] = true
		n, err := strconv.Atoi(strings.TrimSpace(pt.playOrder))
		switch {
		case !orderOK:
		case n == want-1 && pt.src == prevSrc && want > 1:
		case err != nil || n != want:
			c.add("ncx-play-order", "%s: navPoint %q has playOrder %q, want %d (sequential in document order)", name, pt.id, pt.playOrder, want)
			orderOK = false
		default:
			want++
		}
		prevSrc = pt.src
		if strings.TrimSpace(pt.src) == "" {
			c.add("ncx-link-broken", "%s: navPoint %q has no <content src>", name, pt.id)
			continue
		}
		c.addLink(link{from: name, href: pt.src, kind: "ncx"})
	}
}

// maxNCXPoints caps the navPoints read from one NCX.
const maxNCXPoints = 1 << 16

// parseNCX returns the dtb:uid and the navPoints of the navMap in document
// order.
func parseNCX(data []byte) (uid string, points []ncxPoint, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var open []int // indexes into points of the open navPoints
	inNavMap := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return uid, points, nil
		}
		if err != nil {
			return "", nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "meta":
				if attr(t, "", "name") == "dtb:uid" {
					uid = attr(t, "", "content")
				}
			case "navMap":
				inNavMap = true
			case "navPoint":
				if !inNavMap {
					continue
				}
				if len(points) >= maxNCXPoints {
					open = append(open, -1)
					continue
				}
				points = append(points, ncxPoint{id: attr(t, "", "id"), playOrder: attr(t, "", "playOrder")})
				open = append(open, len(points)-1)
			case "content":
				if len(open) > 0 && open[len(open)-1] >= 0 && points[open[len(open)-1]].src == "" {
					points[open[len(open)-1]].src = attr(t, "", "src")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "navMap":
				inNavMap = false
			case "navPoint":
				if len(open) > 0 {
					open = open[:len(open)-1]
				}
			}
		}
	}
}
