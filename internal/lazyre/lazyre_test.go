package lazyre

import (
	"regexp"
	"testing"
)

func TestSameAsRegexp(t *testing.T) {
	const expr = `(?i)(\w+)@(\w+)\.com`
	lazy, eager := New(expr), regexp.MustCompile(expr)
	s := "Ann@Example.com and bob@x.com"
	if lazy.String() != expr {
		t.Errorf("String() = %q", lazy.String())
	}
	if lazy.MatchString(s) != eager.MatchString(s) ||
		lazy.ReplaceAllString(s, "$1") != eager.ReplaceAllString(s, "$1") ||
		len(lazy.FindAllStringSubmatch(s, -1)) != 2 ||
		lazy.FindStringSubmatch(s)[2] != "Example" ||
		lazy.NumSubexp() != 2 {
		t.Error("a lazy pattern does not match like regexp")
	}
}

func TestCompiledOnce(t *testing.T) {
	r := New(`a+`)
	first := r.Regexp()
	r.MatchString("aa")
	if r.Regexp() != first {
		t.Error("compiled twice")
	}
}

func TestInvalidPanicsAtFirstUse(t *testing.T) {
	r := New(`(`) // no panic here
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic")
		}
	}()
	r.MatchString("x")
}

func TestNewFuncBuildsOnce(t *testing.T) {
	builds := 0
	r := NewFunc(func() string { builds++; return `(?i)\b(` + "jan|feb" + `)\b` })
	if builds != 0 {
		t.Fatal("the pattern was built before its first use")
	}
	if r.String() != `(?i)\b(jan|feb)\b` || !r.MatchString("12 Feb 2024") || r.MatchString("february") {
		t.Errorf("NewFunc's pattern %q does not match as its text does", r.String())
	}
	r.FindStringSubmatch("jan")
	if builds != 1 {
		t.Errorf("built %d times, want once", builds)
	}
}
