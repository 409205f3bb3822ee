package markdown

import (
	"fmt"
	"strings"
	"time"

	"github.com/offprint/offprint/content"
)

// frontMatter holds what the front matter said that Meta has no field for.
type frontMatter struct {
	cover string // path or URL of the cover image
}

// The keys applyFrontMatter understands, with their synonyms (compared
// case-insensitively). Other keys are ignored.
var (
	keysTitle       = []string{"title"}
	keysSubtitle    = []string{"subtitle", "dek", "standfirst"}
	keysAuthor      = []string{"author", "authors", "byline", "creator"}
	keysDate        = []string{"date", "published", "pubdate", "publishdate"}
	keysLang        = []string{"lang", "language"}
	keysPublisher   = []string{"publisher", "site", "site_name", "publication"}
	keysSource      = []string{"source", "url", "source_url", "canonical_url", "canonical", "link"}
	keysDescription = []string{"description", "summary", "abstract", "excerpt"}
	keysKeywords    = []string{"keywords", "tags", "subjects"}
	keysRights      = []string{"rights", "copyright", "license", "licence"}
	keysIdentifier  = []string{"identifier", "isbn", "doi", "uuid"}
	keysCover       = []string{"cover", "cover_image", "image"}
)

// applyFrontMatter copies the front matter n (may be nil) into m.
func applyFrontMatter(m *content.Meta, n *yamlNode, warn func(string)) frontMatter {
	var fm frontMatter
	if n == nil {
		return fm
	}
	m.Title = str(n, keysTitle)
	m.Subtitle = str(n, keysSubtitle)
	m.Authors = authors(first(n, keysAuthor))
	if s := str(n, keysDate); s != "" {
		if d, ok := parseDate(s); ok {
			m.Date = d
		} else {
			warn(fmt.Sprintf("front matter: date %q not understood (use YYYY-MM-DD)", s))
		}
	}
	m.Language = str(n, keysLang)
	m.Publisher = str(n, keysPublisher)
	src := str(n, keysSource)
	switch {
	case content.IsExternalURL(src):
		m.SourceURL = src
	case src != "" && m.Publisher == "":
		m.Publisher = src
	}
	m.Description = str(n, keysDescription)
	m.Keywords = strs(first(n, keysKeywords))
	m.Rights = str(n, keysRights)
	m.Identifier = str(n, keysIdentifier)
	fm.cover = str(n, keysCover)
	return fm
}

func first(n *yamlNode, keys []string) *yamlNode {
	for _, k := range keys {
		if v := n.get(k); v != nil {
			return v
		}
	}
	return nil
}

// str returns the first of keys that holds a scalar, trimmed.
func str(n *yamlNode, keys []string) string {
	v := first(n, keys)
	if v == nil {
		return ""
	}
	if v.isMap() { // e.g. "cover: {image: …}" written as a block
		return str(v, []string{"name", "url", "src", "image", "path", "text"})
	}
	if v.list != nil {
		if len(v.list) > 0 {
			return strings.TrimSpace(v.list[0].scalar)
		}
		return ""
	}
	return strings.TrimSpace(v.scalar)
}

// strs returns a scalar list, or a comma-separated scalar split up.
func strs(v *yamlNode) []string {
	if v == nil {
		return nil
	}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	if v.list == nil {
		for _, s := range strings.Split(v.scalar, ",") {
			add(s)
		}
		return out
	}
	for _, item := range v.list {
		add(item.scalar)
	}
	return out
}

// authors reads "author: Name", "authors: [A, B]", "authors: A and B" or a
// list of mappings with name and bio.
func authors(v *yamlNode) []content.Author {
	if v == nil {
		return nil
	}
	var out []content.Author
	add := func(n *yamlNode) {
		if n.isMap() {
			if name := str(n, []string{"name"}); name != "" {
				out = append(out, content.Author{Name: name, Bio: str(n, []string{"bio", "about", "description"})})
			}
			return
		}
		for _, name := range splitNames(n.scalar) {
			out = append(out, content.Author{Name: name})
		}
	}
	if v.list != nil {
		for _, item := range v.list {
			add(item)
		}
	} else {
		add(v)
	}
	return out
}

// splitNames splits "A, B and C" or "A & B" into names.
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2006-01",
	"2006",
}

// parseDate reads the date formats front matter uses; the result is UTC.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return wallClock(t), true
		}
	}
	return time.Time{}, false
}

// wallClock keeps the date and time as the publisher wrote them, in UTC:
// "2023-05-14T00:30+02:00" stays 14 May, the day printed on the page,
// rather than becoming 13 May at 22:30 UTC.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}
