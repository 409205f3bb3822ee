package plaintext

import (
	"strings"

	"github.com/offprint/offprint/content/article"
)

// The recognisers below return the decisions for a line when it is a
// metadata line of their kind, and nil otherwise. They record nothing, so
// the classifier can also use them to look ahead.

// one returns the single decision giving the whole of l a role.
func one(l line, role, rule string) []item {
	return []item{{Decision: Decision{Line: l.num, Text: l.text, Role: role, Rule: rule}}}
}

// frontItems recognises front matter: a date, a byline, an author bio, a
// wire service, a source, or a caption with its credit (and maybe a bio).
func frontItems(l line) []item {
	for _, f := range []func(line) []item{topBylineItems, bioItems, wireItems, sourceItems} {
		if items := f(l); items != nil {
			return items
		}
	}
	return creditItems(l, true, maxFrontCaption)
}

// isFrontLine reports whether l is front matter on its own, a name-only
// byline included.
func isFrontLine(l line) bool {
	return nameBylineItems(l) != nil || frontItems(l) != nil
}

// tailItems recognises the lines that close an article: a source, a
// copyright statement, a date, a byline or an author bio.
func tailItems(l line) []item {
	for _, f := range []func(line) []item{sourceItems, rightsItems, printNoteItems, dateOrBylineItems, bioItems} {
		if items := f(l); items != nil {
			return items
		}
	}
	return nil
}

// dateOrBylineItems recognises a date line or a byline.
func dateOrBylineItems(l line) []item {
	if t, upd, ok := article.ParseDateLine(l.text); ok {
		items := one(l, RoleDate, ruleDateLine)
		items[0].date, items[0].updated = t, upd
		return items
	}
	if b, ok := parseByline(l.text); ok {
		return bylineItems(l, b, ruleByline)
	}
	if b, ok := parsePostedByline(l.text); ok {
		return bylineItems(l, b, ruleBylinePosted)
	}
	if t, upd, ok := article.ParsePlaceDateLine(l.text); ok {
		items := one(l, RoleDate, ruleDatePlace)
		items[0].date, items[0].updated = t, upd
		return items
	}
	return nil
}

// topBylineItems recognises what dateOrBylineItems does and, at the top of
// the article only, a byline in another language ("Von NAME", "Par NAME").
func topBylineItems(l line) []item {
	if items := dateOrBylineItems(l); items != nil {
		return items
	}
	if b, ok := parseForeignByline(l.text); ok {
		return bylineItems(l, b, ruleBylineForeign)
	}
	return nil
}

// bylineItems is the decision for a byline b.
func bylineItems(l line, b byline, rule string) []item {
	items := one(l, RoleByline, rule)
	items[0].names, items[0].date, items[0].updated = b.names, b.date, b.updated
	return items
}

// nameBylineItems recognises a byline without "By".
func nameBylineItems(l line) []item {
	names, ok := nameOnlyByline(l.text)
	if !ok {
		return nil
	}
	items := one(l, RoleByline, ruleBylineName)
	items[0].names = names
	return items
}

// bioItems recognises a line that is an author bio.
func bioItems(l line) []item {
	p, name := findBio(l.text, false)
	if p != 0 {
		return nil
	}
	items := one(l, RoleAuthorBio, ruleBio)
	items[0].names = []string{name}
	return items
}

// wireItems recognises a line naming a news agency as the author.
func wireItems(l line) []item {
	if !article.IsWireService(l.text) {
		return nil
	}
	items := one(l, RoleByline, ruleBylineAgency)
	items[0].names = []string{strings.TrimRight(l.text, ".")}
	return items
}

// sourceItems recognises a source line.
func sourceItems(l line) []item {
	src, rule, ok := parseSourceLine(l.text)
	if !ok {
		return nil
	}
	items := one(l, RoleSource, rule)
	items[0].src = src
	return items
}

// rightsItems recognises a copyright statement.
func rightsItems(l line) []item {
	if !isRightsLine(l.text) {
		return nil
	}
	return one(l, RoleRights, ruleRights)
}

// creditItems recognises a line holding a photo credit, cut into caption
// (at most maxCaption characters), credit and, when bio is set, an author
// bio.
func creditItems(l line, bio bool, maxCaption int) []item {
	cs, ok := splitCredit(l.text, bio)
	if !ok || runeCount(cs.caption) > maxCaption {
		return nil
	}
	var items []item
	if cs.caption != "" {
		items = append(items, item{Decision: Decision{l.num, cs.caption, RoleCaption, ruleCaption}})
	}
	items = append(items, item{Decision: Decision{l.num, cs.credit, RoleCredit, cs.rule}})
	if cs.bio != "" {
		items = append(items, item{Decision: Decision{l.num, cs.bio, RoleAuthorBio, ruleBio}, names: []string{cs.bioName}})
	}
	return items
}

// isRightsLine reports whether s is a copyright statement: "© 2024 Vox
// Media", "Copyright 2024 The Associated Press. All rights reserved."
func isRightsLine(s string) bool {
	return runeCount(s) <= 250 && rightsRE.MatchString(s)
}
