// Package lazyre is regexp.MustCompile at first use instead of at program
// start: a package-level pattern declared with New costs nothing until it
// is matched, so that a command that never reads plain text (offprint
// --version, offprint check) does not pay for compiling the readers'
// patterns at init. A Regexp has the methods of *regexp.Regexp that
// offprint uses, with the same meaning, and is safe for concurrent use.
//
// Compiling still costs at first use. A pattern anchored at both ends
// (^…$, $ being the end of the text) is also compiled into a one-pass
// matcher, which for a pattern with repeated Unicode classes
// (\p{Lu}…{1,5}) takes ten times as long as the rest: 0.3–0.5 ms each.
// A pattern matched against one line (text without a newline) can end in
// (?m:$) instead, which matches there exactly where $ does and is not
// compiled one-pass; the plain-text reader's patterns do so.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. New and NewFunc
// make one allocation each (the Regexp itself): some 160 package-level
// patterns are declared at init, for every command.
type Regexp struct {
	expr     string
	build    func() string // NewFunc's pattern, built once; nil for New
	built    sync.Once     // sets expr from build
	compiled sync.Once     // sets rx
	rx       *regexp.Regexp
}

// New returns the pattern expr, compiled (with regexp.MustCompile, so an
// invalid pattern panics) the first time it is used.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// NewFunc is New for a pattern that is itself built (from a table of
// words, say): build runs once, when the pattern is first used or its
// String is asked for, not at package init.
func NewFunc(build func() string) *Regexp { return &Regexp{build: build} }

// re compiles the pattern once. An invalid pattern panics at every use,
// not only the first.
func (r *Regexp) re() *regexp.Regexp {
	r.compiled.Do(func() { r.rx = regexp.MustCompile(r.String()) })
	if r.rx == nil {
		panic("lazyre: invalid pattern " + r.String())
	}
	return r.rx
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

// String returns the source text of the expression, without compiling it.
func (r *Regexp) String() string {
	if r.build != nil {
		r.built.Do(func() { r.expr = r.build() })
	}
	return r.expr
}

// Match is (*regexp.Regexp).Match.
func (r *Regexp) Match(b []byte) bool { return r.re().Match(b) }

// MatchString is (*regexp.Regexp).MatchString.
func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }

// Find is (*regexp.Regexp).Find.
func (r *Regexp) Find(b []byte) []byte { return r.re().Find(b) }

// FindIndex is (*regexp.Regexp).FindIndex.
func (r *Regexp) FindIndex(b []byte) []int { return r.re().FindIndex(b) }

// FindSubmatch is (*regexp.Regexp).FindSubmatch.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.re().FindSubmatch(b) }

// FindSubmatchIndex is (*regexp.Regexp).FindSubmatchIndex.
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.re().FindSubmatchIndex(b) }

// FindAll is (*regexp.Regexp).FindAll.
func (r *Regexp) FindAll(b []byte, n int) [][]byte { return r.re().FindAll(b, n) }

// FindAllIndex is (*regexp.Regexp).FindAllIndex.
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.re().FindAllIndex(b, n) }

// FindAllSubmatch is (*regexp.Regexp).FindAllSubmatch.
func (r *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte { return r.re().FindAllSubmatch(b, n) }

// FindAllSubmatchIndex is (*regexp.Regexp).FindAllSubmatchIndex.
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.re().FindAllSubmatchIndex(b, n)
}

// FindString is (*regexp.Regexp).FindString.
func (r *Regexp) FindString(s string) string { return r.re().FindString(s) }

// FindStringIndex is (*regexp.Regexp).FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int { return r.re().FindStringIndex(s) }

// FindStringSubmatch is (*regexp.Regexp).FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex is (*regexp.Regexp).FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.re().FindStringSubmatchIndex(s) }

// FindAllString is (*regexp.Regexp).FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }

// FindAllStringIndex is (*regexp.Regexp).FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.re().FindAllStringIndex(s, n) }

// FindAllStringSubmatch is (*regexp.Regexp).FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is (*regexp.Regexp).FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAll is (*regexp.Regexp).ReplaceAll.
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.re().ReplaceAll(src, repl) }

// ReplaceAllFunc is (*regexp.Regexp).ReplaceAllFunc.
func (r *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return r.re().ReplaceAllFunc(src, repl)
}

// ReplaceAllLiteral is (*regexp.Regexp).ReplaceAllLiteral.
func (r *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return r.re().ReplaceAllLiteral(src, repl)
}

// ReplaceAllString is (*regexp.Regexp).ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }

// ReplaceAllStringFunc is (*regexp.Regexp).ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}

// ReplaceAllLiteralString is (*regexp.Regexp).ReplaceAllLiteralString.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.re().ReplaceAllLiteralString(src, repl)
}

// Split is (*regexp.Regexp).Split.
func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }

// SubexpNames is (*regexp.Regexp).SubexpNames.
func (r *Regexp) SubexpNames() []string { return r.re().SubexpNames() }

// SubexpIndex is (*regexp.Regexp).SubexpIndex.
func (r *Regexp) SubexpIndex(name string) int { return r.re().SubexpIndex(name) }

// NumSubexp is (*regexp.Regexp).NumSubexp.
func (r *Regexp) NumSubexp() int { return r.re().NumSubexp() }
