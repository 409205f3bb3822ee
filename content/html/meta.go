package html

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "github.com/offprint/offprint/internal/readability"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// meta builds the document metadata from readability's findings and the
// page scan: the first source that knows a field wins.
func (c *converter) meta(p *page, a readability.Article) content.Meta {
	ld := p.ldArticle()
	m := content.Meta{
		Title:       title(firstOf(collapse(a.Title()), ldString(ld, "headline"), p.metas["og:title"], p.title), p.h1, p.h2s),
		Subtitle:    firstOf(p.dek, ldString(ld, "alternativeHeadline")),
		Language:    normalizeLang(firstOf(p.lang, a.Language(), ldString(ld, "inLanguage"), p.metas["content-language"], p.metas["og:locale"])),
		Description: collapse(firstOf(p.metas["description"], p.metas["og:description"], p.metas["twitter:description"], ldString(ld, "description"))),
		Rights:      firstOf(p.metas["copyright"], p.metas["dcterms.rights"], p.metas["dc.rights"], ldString(ld, "copyrightNotice"), ldString(ld, "license")),
	}
	var bylineDate time.Time
	m.Authors, bylineDate = c.authors(p, a, ld)
	if m.Date = pageDate(p, a, ld); m.Date.IsZero() {
		m.Date = bylineDate
	}
	m.SourceURL = c.sourceURL(p, ld)
	m.Publisher = firstOf(collapse(a.SiteName()), p.metas["og:site_name"], ldPublisher(ld), p.metas["application-name"], titleSite(p.title, m.Title))
	if m.Publisher == "" && m.SourceURL != "" {
		if u, err := url.Parse(m.SourceURL); err == nil {
			m.Publisher = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	m.Keywords = keywords(p, ld)
	if m.Subtitle == m.Title || m.Subtitle == m.Description && len(m.Subtitle) > 300 {
		m.Subtitle = ""
	}
	return m
}

// title prefers the page's first <h1> when the title found is that
// heading plus the site's name ("Sourdough notes – A Baker's Blog"), and
// else one of its first <h2> when the title found opens with it and adds
// a separator and more ("这个约会软件…_智能_好奇心日报" over the <h2> of
// the headline, the <h1> being the site's name, hidden).
func title(found, h1 string, h2s []string) string {
	switch {
	case found == "":
		return h1
	case h1 != "" && len(h1) < len(found) && strings.Contains(found, h1):
		return h1
	}
	for _, h := range h2s {
		if rest, ok := strings.CutPrefix(found, h); ok && h != "" && titleSuffixRE.MatchString(rest) &&
			utf8.RuneCountInString(rest) < utf8.RuneCountInString(h) {
			return h // "Headline_Section_Site" over an <h2>Headline</h2>
		}
	}
	return found
}

// headlineFromBody makes the article's own <h1> the title when the
// title found names the site, not the article (siteTitle): the <h1> must
// be the body's first heading, within its first maxBlocksOverHeadline
// blocks (under a logo, a date line), and its only <h1>: a page whose
// sections are <h1>s keeps them. It returns the blocks without that
// heading.
func headlineFromBody(m *content.Meta, blocks []content.Block, s site) []content.Block {
	at := -1
	for i, b := range blocks {
		h, ok := b.(*content.Heading)
		switch {
		case !ok:
			continue
		case at < 0 && h.Level == 1 && i < maxBlocksOverHeadline:
			at = i
		case at < 0 || h.Level == 1:
			return blocks
		}
	}
	if at < 0 {
		return blocks
	}
	headline := collapse(content.PlainText(blocks[at].(*content.Heading).Inlines))
	if !siteTitle(m.Title, headline, s) {
		return blocks
	}
	m.Title = headline
	return slices.Delete(blocks, at, at+1)
}

// maxBlocksOverHeadline is how many blocks may stand over the <h1> that
// headlineFromBody makes the title.
const maxBlocksOverHeadline = 3

// site is what a page calls its site: its names (readability's, the
// og:site_name and application-name metas, JSON-LD's publisher) and the
// name in its address ("ekhn" of www.ekhn.de; "" when there is none).
type site struct {
	names []string
	host  string
}

// siteOf collects what the page calls its site.
func (p *page) siteOf(a readability.Article, sourceURL string) site {
	s := site{names: []string{collapse(a.SiteName()), p.metas["og:site_name"], p.metas["application-name"], ldPublisher(p.ldArticle())}}
	if u, err := url.Parse(sourceURL); err == nil {
		labels := strings.Split(strings.TrimPrefix(u.Hostname(), "www."), ".")
		if len(labels) >= 2 {
			s.host = labels[len(labels)-2]
		}
	}
	return s
}

// is reports whether text, in any case, is one of the site's names or
// the name in its address.
func (s site) is(text string) bool {
	text = strings.TrimSpace(text)
	same := func(n string) bool { n = strings.TrimSpace(n); return n != "" && strings.EqualFold(text, n) }
	return slices.ContainsFunc(s.names, same) || same(s.host)
}

// siteTitle reports whether title names the site rather than the
// article headed by headline: one of the site's names, alone or as a
// part of it between separators ("EKHN ǀ Evangelische Kirche in Hessen
// und Nassau"), or a single word where the headline has at least three
// ("Pressemitteilungen", the section; "escenic", the CMS).
func siteTitle(title, headline string, s site) bool {
	if title == "" || headline == "" || strings.EqualFold(title, headline) {
		return false
	}
	if slices.ContainsFunc(titlePartRE.Split(title, -1), s.is) {
		return true
	}
	return article.WordCount(title) == 1 && article.WordCount(headline) >= 3
}

// titlePartRE matches a separator between the parts of a page's title.
var titlePartRE = lazyre.New(`\s+[|ǀ·•—–»-]\s+|\s*::\s*`)

// trimSiteName drops from title a part that names the site, after or
// before the headline and a separator: one of the site's names, or a
// part that holds the name in the page's address as a word ("Kinder und
// Arbeit » ProNATs e.V." on pronats.de, "… - Bundeskanzleramt
// Österreich" on bundeskanzleramt.gv.at). The headline that remains must
// have at least two words.
func trimSiteName(title string, s site) string {
	seps := titlePartRE.FindAllStringIndex(title, -1)
	if len(seps) == 0 {
		return title
	}
	last, first := seps[len(seps)-1], seps[0]
	if rest := strings.TrimSpace(title[:last[0]]); namesSite(title[last[1]:], s) && article.WordCount(rest) >= 2 {
		return rest
	}
	if rest := strings.TrimSpace(title[first[1]:]); namesSite(title[:first[0]], s) && article.WordCount(rest) >= 2 {
		return rest
	}
	return title
}

// maxSiteNameWords is the most words of a part of a title that names
// the site by holding the name in its address.
const maxSiteNameWords = 3

// namesSite reports whether part of a title names the site: it is one of
// the site's names, or, in at most maxSiteNameWords words, holds the
// name in the page's address as a word.
func namesSite(part string, s site) bool {
	if s.is(part) {
		return true
	}
	if s.host == "" || article.WordCount(part) > maxSiteNameWords {
		return false // "DRK: Immer mehr Menschen … angewiesen" on drk.de is a headline
	}
	host := strings.ToLower(s.host)
	for _, w := range strings.FieldsFunc(strings.ToLower(part), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if w == host {
			return true
		}
	}
	return false
}

// titleSuffixRE matches what a <title> adds after the headline: one
// separator ("_" too, as Chinese sites write it; not a colon, which
// opens a subtitle), then more. The addition must be shorter than the
// headline, as a site's name is: "Dezuka Suisan: Deep-Fried Fish Cakes"
// or "Villa Galaxy - Ferienvilla in Florida" stay whole.
var titleSuffixRE = lazyre.New(`^\s*[|·•—–_-]\s*[^|·•—–_\s-]`)

var titleSepRE = lazyre.New(`^\s*(?:[|·•—–-]|::)\s*`)

// titleSite returns the site name a <title> adds after the headline
// ("Configuration · Widgets Docs" gives "Widgets Docs"), or "".
func titleSite(pageTitle, headline string) string {
	if headline == "" {
		return ""
	}
	rest, ok := strings.CutPrefix(pageTitle, headline)
	if !ok {
		return ""
	}
	loc := titleSepRE.FindStringIndex(rest)
	if loc == nil {
		return ""
	}
	site := strings.TrimSpace(rest[loc[1]:])
	if len(strings.Fields(site)) > 6 {
		return ""
	}
	return site
}

// sourceURL is where the article lives: its canonical URL, og:url, the
// URL its JSON-LD gives, the address the browser recorded when saving it,
// or the page URL of a URL input. ld is the page's JSON-LD article.
func (c *converter) sourceURL(p *page, ld map[string]any) string {
	for _, u := range []string{p.canonical, p.metas["og:url"], ldURL(ld), p.savedFrom} {
		if abs := c.absolute(u); content.IsExternalURL(abs) {
			return abs
		}
	}
	if c.opts.BaseURL != "" && content.IsExternalURL(c.opts.BaseURL) {
		return c.opts.BaseURL
	}
	return ""
}

// authors prefers JSON-LD's list of author names, then readability's byline
// ("By A and B", "by A · 21 November 2023", "By A, data editor"), then
// meta author, then JSON-LD's authors that are organisations (a site that
// names itself the author of every page). It also returns a date printed
// in the byline.
func (c *converter) authors(p *page, a readability.Article, ld map[string]any) ([]content.Author, time.Time) {
	var b article.Byline
	var orgs []string
	if ld != nil {
		b.Names, orgs = ldAuthors(ld["author"])
	}
	if bl := collapse(a.Byline()); bl != "" && len(strings.Fields(bl)) <= 16 && !slices.Contains(orgs, bl) && !p.isGenerator(bl) { // readability reads JSON-LD's author too
		parsed := article.ParseByline(bl)
		b.Date = parsed.Date
		if len(b.Names) == 0 {
			b.Names, b.Role = parsed.Names, parsed.Role
		}
	}
	if len(b.Names) == 0 && p.metas["author"] != "" && !p.isGenerator(p.metas["author"]) {
		parsed := article.ParseByline(p.metas["author"])
		b.Names, b.Role = parsed.Names, parsed.Role
	}
	if len(b.Names) == 0 {
		b.Names = orgs
	}
	var out []content.Author
	seen := map[string]bool{}
	for _, n := range b.Names {
		if n = strings.TrimSpace(n); n != "" && !seen[n] && !strings.Contains(n, "://") {
			seen[n] = true
			out = append(out, content.Author{Name: n})
		}
	}
	if len(out) == 1 {
		out[0].Bio = b.Role
	}
	return out, b.Date
}

// isGenerator reports whether s is what the page's generator meta says:
// a CMS that writes its own name, or its maker's, as the author of every
// page ("PMJS - Coordenadoria de TI").
func (p *page) isGenerator(s string) bool {
	g := p.metas["generator"]
	return g != "" && strings.EqualFold(strings.TrimSpace(s), g)
}

// pageDate reads the publication date (UTC) from readability (meta tags,
// JSON-LD), schema.org microdata's datePublished or the first <time
// datetime> of the page.
func pageDate(p *page, a readability.Article, ld map[string]any) time.Time {
	if t, err := a.PublishedTime(); err == nil && t.Year() > 1 {
		return article.WallClock(t)
	}
	candidates := append([]string{ldString(ld, "datePublished"), p.metas["article:published_time"], p.metas["date"], p.metas["dc.date"]}, p.itemDates...)
	candidates = append(candidates, p.times...)
	for _, s := range candidates {
		if t, ok := article.ParseDate(s); ok {
			return t
		}
	}
	for _, s := range p.dateTexts {
		if ds := article.FindDates(s); len(ds) > 0 {
			return ds[0].Time
		}
	}
	return time.Time{}
}

// ldAuthors splits a JSON-LD author value into the names of people (or
// of authors of no given type) and those of organisations.
func ldAuthors(v any) (people, orgs []string) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			p, o := ldAuthors(x)
			people, orgs = append(people, p...), append(orgs, o...)
		}
		return people, orgs
	case map[string]any:
		for _, t := range jsonStrings(v["@type"]) {
			if strings.HasSuffix(t, "Organization") {
				return nil, jsonStrings(v["name"])
			}
		}
	}
	return jsonStrings(v), nil
}

func keywords(p *page, ld map[string]any) []string {
	raw := p.tags
	if len(raw) == 0 {
		raw = strings.Split(p.metas["keywords"], ",")
	}
	if len(strings.Join(raw, "")) == 0 && ld != nil {
		for _, k := range jsonStrings(ld["keywords"]) {
			raw = append(raw, strings.Split(k, ",")...)
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, k := range raw {
		if k = strings.TrimSpace(k); k != "" && !seen[strings.ToLower(k)] && len(out) < 32 {
			seen[strings.ToLower(k)] = true
			out = append(out, k)
		}
	}
	return out
}

// normalizeLang turns "en_US" into "en-US" and drops values that are not
// language tags.
func normalizeLang(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if !langRE.MatchString(s) {
		return ""
	}
	return s
}

var langRE = lazyre.New(`^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$`)

func ldString(ld map[string]any, key string) string {
	if ld == nil {
		return ""
	}
	if s := jsonStrings(ld[key]); len(s) > 0 {
		return collapse(s[0])
	}
	return ""
}

// ldURL returns the article's address from JSON-LD: mainEntityOfPage (a
// URL, or a WebPage object with @id or url), else url.
func ldURL(ld map[string]any) string {
	if ld == nil {
		return ""
	}
	return strings.TrimSpace(strings.SplitN(ldURLValue(ld), "#", 2)[0])
}

func ldURLValue(ld map[string]any) string {
	switch v := ld["mainEntityOfPage"].(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		for _, k := range []string{"@id", "url"} {
			if s, ok := v[k].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	if s, ok := ld["url"].(string); ok {
		return strings.TrimSpace(s)
	}
	return ""
}

func ldPublisher(ld map[string]any) string {
	if ld == nil {
		return ""
	}
	return firstOf(jsonStrings(ld["publisher"])...)
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
