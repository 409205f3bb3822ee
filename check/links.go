package check

// linkRule names the rule reported for a broken reference of a kind.
func linkRule(kind string) string {
	switch kind {
	case "nav":
		return "nav-link-broken"
	case "resource":
		return "resource-missing"
	case "ncx":
		return "ncx-link-broken"
	}
	return "link-broken"
}

// checkLinks resolves every reference found in the content documents and
// the NCX: the file must exist, the fragment must name an element, the
// element must not be <body> (Kindle), and a noteref must point to a note.
func (c *epubChecker) checkLinks() {
	for _, l := range c.links {
		kind := l.kind
		if l.nav {
			kind = "nav"
		}
		rule := linkRule(kind)
		target, external, ok := splitHref(l.from, l.href)
		switch {
		case external:
			continue
		case !ok:
			c.add(rule, "%s: %q points outside the EPUB", l.from, truncate(l.href, 80))
			continue
		case c.files[target.file] == nil:
			c.add(rule, "%s: %q points to %s, which is not in the EPUB", l.from, truncate(l.href, 80), target.file)
			continue
		}
		if it := c.pkg.byPath[target.file]; l.kind == "a" && it != nil && !c.pkg.inSpine[it.path] &&
			(it.MediaType == "application/xhtml+xml" || it.MediaType == "image/svg+xml") {
			c.add("link-not-in-spine", "%s: %q points to %s, which is not in the spine (add it to the spine, or drop the link)", l.from, truncate(l.href, 80), target.file)
		}
		if target.fragment == "" {
			if l.noteref {
				c.add("footnote-target", "%s: noteref %q has no fragment; it must point to the note's id", l.from, truncate(l.href, 80))
			}
			continue
		}
		doc := c.docs[target.file]
		if doc == nil {
			continue // not a parsed XHTML document: its ids are unknown
		}
		el, found := doc.ids[target.fragment]
		switch {
		case !found:
			c.add(rule, "%s: %q points to no element: %s has no id %q", l.from, truncate(l.href, 80), target.file, target.fragment)
		case el.body:
			c.add("kindle-body-link", "%s: %q points to the id of <body> in %s; Kindle rejects links to <body> (link to the first heading or the file)", l.from, truncate(l.href, 80), target.file)
		case l.noteref && !el.note:
			c.add("footnote-target", "%s: noteref %q points to an element without epub:type footnote/endnote", l.from, truncate(l.href, 80))
		}
	}
}
