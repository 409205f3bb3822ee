package markdown

import (
	"fmt"
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/didyoumean"
	"github.com/offprint/offprint/internal/yamltree"
)

// frontMatter holds what the front matter said that Meta has no field for.
type frontMatter struct {
	cover    string // path or URL of the cover image
	coverAlt string // its text alternative, when the front matter gives one
}

// The keys applyFrontMatter understands, with their synonyms (compared
// case-insensitively).
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

// otherToolKeys are keys that Hugo, Jekyll, pandoc, Eleventy and blog
// engines write, which mean nothing to offprint: they are ignored without
// a word, even when they look like a misspelt key of ours.
var otherToolKeys = map[string]bool{
	"categories": true, "category": true, "draft": true, "layout": true, "slug": true, "weight": true,
	"aliases": true, "toc": true, "permalink": true, "template": true, "type": true, "series": true,
	"menu": true, "hidden": true, "comments": true, "sitemap": true, "lastmod": true, "expirydate": true,
	"redirect_from": true, "math": true, "mathjax": true, "katex": true, "bibliography": true, "csl": true,
	"output": true, "documentclass": true, "geometry": true, "fontsize": true, "header-includes": true,
	"classoption": true, "mainfont": true, "papersize": true, "numbersections": true, "toc-depth": true,
	"nocite": true, "linkcolor": true, "urlcolor": true, "theme": true, "featured": true, "thumbnail": true,
	"id": true, "uid": true, "status": true, "modified": true, "updated": true, "last_modified_at": true,
	"tags_weight": true, "linktitle": true, "translationkey": true, "resources": true, "outputs": true,
	"cascade": true, "build": true, "markup": true, "headless": true, "nav_order": true, "parent": true,
	"has_children": true, "eleventynavigation": true, "eleventyexcludefromcollections": true,
	"reading_time": true, "showtoc": true, "tocopen": true, "showreadingtime": true, "disqus": true,
}

// allKeys lists every key of ours, for "did you mean" suggestions.
func allKeys() []string {
	var out []string
	for _, ks := range [][]string{keysTitle, keysSubtitle, keysAuthor, keysDate, keysLang, keysPublisher,
		keysSource, keysDescription, keysKeywords, keysRights, keysIdentifier, keysCover} {
		out = append(out, ks...)
	}
	return out
}

// fmReader reads the front matter's values, warning (with the line) about
// a value of the wrong type: that key is ignored, the others still apply.
type fmReader struct {
	root *yamltree.Node
	warn func(string)
}

func (r fmReader) warnf(line int, format string, args ...any) {
	r.warn(fmt.Sprintf("front matter line %d: ", line) + fmt.Sprintf(format, args...))
}

// applyFrontMatter copies the front matter n (may be nil) into m.
func applyFrontMatter(m *content.Meta, n *yamltree.Node, warn func(string)) frontMatter {
	var fm frontMatter
	if n == nil {
		return fm
	}
	r := fmReader{root: n, warn: warn}
	r.unknownKeys()
	m.Title = r.str(keysTitle)
	m.Subtitle = r.str(keysSubtitle)
	m.Authors = r.authors()
	if k, s := r.strKey(keysDate); s != "" {
		if d, ok := article.ParsePartialDate(s); ok {
			m.Date = d
		} else if s != "true" && s != "false" { // Jekyll's "published: false"
			r.warnf(k.Line, "date %q not understood (use YYYY-MM-DD)", s)
		}
	}
	m.Language = r.str(keysLang)
	m.Publisher = r.str(keysPublisher)
	src := r.str(keysSource)
	switch {
	case content.IsExternalURL(src):
		m.SourceURL = src
	case src != "" && m.Publisher == "":
		m.Publisher = src
	}
	m.Description = r.str(keysDescription)
	m.Keywords = r.strs(keysKeywords)
	m.Rights = r.str(keysRights)
	m.Identifier = r.str(keysIdentifier)
	fm.cover, fm.coverAlt = r.cover()
	return fm
}

// unknownKeys warns about a key that is none of ours nor another tool's
// but is close to one of ours ("titel").
func (r fmReader) unknownKeys() {
	known := map[string]bool{}
	for _, k := range allKeys() {
		known[k] = true
	}
	for _, k := range r.root.Keys {
		low := strings.ToLower(k.Name)
		if known[low] || otherToolKeys[low] {
			continue
		}
		if s := didyoumean.Hint(low, allKeys()); s != "" {
			r.warnf(k.Line, "unknown key %q%s; ignored", k.Name, s)
		}
	}
}

// first returns the entry of the first of keys the front matter sets.
func (r fmReader) first(keys []string) *yamltree.Key {
	for _, k := range keys {
		if e := r.root.Key(k); e != nil {
			return e
		}
	}
	return nil
}

// str returns the text of the first of keys, trimmed; "" when it is
// missing or not text (with a warning).
func (r fmReader) str(keys []string) string {
	_, s := r.strKey(keys)
	return s
}

func (r fmReader) strKey(keys []string) (*yamltree.Key, string) {
	k := r.first(keys)
	if k == nil {
		return nil, ""
	}
	if k.Value.Kind != yamltree.Scalar {
		r.warnf(k.Line, "%q should be text, not %s; ignored", k.Name, k.Value.Kind)
		return k, ""
	}
	return k, strings.TrimSpace(k.Value.Value)
}

// strs returns a list of texts, or one text split at its commas.
func (r fmReader) strs(keys []string) []string {
	k := r.first(keys)
	if k == nil {
		return nil
	}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	switch v := k.Value; v.Kind {
	case yamltree.Scalar:
		for _, s := range strings.Split(v.Value, ",") {
			add(s)
		}
	case yamltree.List:
		for _, item := range v.Items {
			if item.Kind != yamltree.Scalar {
				r.warnf(item.Line, "%q: an item should be text, not %s; ignored", k.Name, item.Kind)
				continue
			}
			add(item.Value)
		}
	default:
		r.warnf(k.Line, "%q should be a list or text, not %s; ignored", k.Name, v.Kind)
	}
	return out
}

// authors reads "author: Name", "authors: [A, B]", "authors: A and B", a
// mapping with name and bio, or a list of names and such mappings.
func (r fmReader) authors() []content.Author {
	k := r.first(keysAuthor)
	if k == nil {
		return nil
	}
	var out []content.Author
	add := func(n *yamltree.Node) {
		switch n.Kind {
		case yamltree.Map:
			name := scalarOf(n, "name")
			if name == "" {
				r.warnf(n.Line, "%q: an author needs a name; ignored", k.Name)
				return
			}
			out = append(out, content.Author{Name: name, Bio: firstScalar(n, "bio", "about", "description")})
		case yamltree.Scalar:
			for _, name := range article.SplitNames(n.Value) {
				out = append(out, content.Author{Name: name})
			}
		default:
			r.warnf(n.Line, "%q: an author should be a name, not %s; ignored", k.Name, n.Kind)
		}
	}
	if k.Value.Kind == yamltree.List {
		for _, item := range k.Value.Items {
			add(item)
		}
	} else {
		add(k.Value)
	}
	return out
}

// cover reads "cover: path" or "cover: {image: path, alt: text}".
func (r fmReader) cover() (path, alt string) {
	k := r.first(keysCover)
	if k == nil {
		return "", ""
	}
	switch v := k.Value; v.Kind {
	case yamltree.Scalar:
		return strings.TrimSpace(v.Value), ""
	case yamltree.Map:
		path = firstScalar(v, "image", "src", "path", "url", "file", "name")
		if path == "" {
			r.warnf(k.Line, "%q names no image (give image: PATH); ignored", k.Name)
		}
		return path, firstScalar(v, "alt", "caption", "text")
	default:
		r.warnf(k.Line, "%q should be a path or a mapping, not %s; ignored", k.Name, v.Kind)
	}
	return "", ""
}

// scalarOf returns the trimmed text of key in mapping n, "" when missing
// or not text.
func scalarOf(n *yamltree.Node, key string) string {
	if v := n.Get(key); v != nil && v.Kind == yamltree.Scalar {
		return strings.TrimSpace(v.Value)
	}
	return ""
}

func firstScalar(n *yamltree.Node, keys ...string) string {
	for _, k := range keys {
		if s := scalarOf(n, k); s != "" {
			return s
		}
	}
	return ""
}
