// Package version says which offprint this is, and answers
// "offprint --version" before the rest of the program is initialized.
//
// Go initializes a program's packages one at a time: of those whose
// imports are all initialized, the first in import-path order
// (https://go.dev/ref/spec#Program_initialization). This package imports
// nothing but io, os and runtime, which are initialized among the very first,
// so its initializer runs before those of the libraries offprint links
// (go-text's font tables, goldmark's and x/net/html's entity maps, yaml's
// tables), which would otherwise take most of the time of
// "offprint --version". When the command line is exactly
// "offprint --version" (or -v), init prints the version and exits; any
// other command line goes on as usual.
//
// That is also why the package reads the build information itself rather
// than through runtime/debug: importing runtime/debug (or strings,
// strconv, fmt) would hold this initializer back until after the
// libraries'.
package version

import (
	"io"
	"os"
	"runtime"
	_ "unsafe" // for go:linkname
)

// Dev is the version of a build that says nothing else.
const Dev = "0.1.0-dev"

// Version is set at build time with
// -ldflags "-X github.com/offprint/offprint/cmd/offprint/internal/version.Version=…".
var Version = Dev

// modinfo is the build information the go command embeds in the binary,
// between two 16-byte sentinels: the text runtime/debug.ReadBuildInfo
// parses. The runtime provides it to runtime/debug under this name.
//
//go:linkname modinfo runtime/debug.modinfo
func modinfo() string

func init() {
	if IsFlag(os.Args) {
		os.Exit(Print(os.Stdout, os.Stderr))
	}
}

// IsFlag reports whether the command line is "offprint --version" (or -v)
// alone.
func IsFlag(args []string) bool {
	return len(args) == 2 && (args[1] == "--version" || args[1] == "-v")
}

// Print writes "offprint VERSION" and a newline to w and returns the exit
// status: 0, or 1 after a one-line message on stderr when w fails (a full
// disk, a closed pipe).
func Print(w, stderr io.Writer) int {
	if _, err := io.WriteString(w, "offprint "+String()+"\n"); err != nil {
		_, _ = io.WriteString(stderr, "offprint: writing the version: "+err.Error()+"\n")
		return 1
	}
	return 0
}

// String is what --version prints after "offprint ": the version (Version
// when set at build time, else the module version `go install …@vX`
// recorded) and the VCS revision and time the binary was built from, from
// the build information the go command embeds, then the Go version.
func String() string {
	return describe(Version, modinfo(), runtime.Version())
}

// describe reads the build information text data (sentinels included)
// the way runtime/debug.ParseBuildInfo does, for the few fields --version
// shows. Text it cannot read gives v alone, as when a binary has no
// build information.
func describe(v, data, goVersion string) string {
	if len(data) < 32 {
		return v
	}
	b, ok := parse(data[16 : len(data)-16])
	if !ok {
		return v
	}
	if v == Dev && b.modVersion != "" && b.modVersion != "(devel)" {
		v = b.modVersion
	}
	if b.revision == "" {
		return v + " (" + goVersion + ")"
	}
	rev := b.revision
	if len(rev) > 12 {
		rev = rev[:12]
	}
	s := v + " (revision " + rev
	if b.time != "" {
		s += " " + b.time
	}
	if b.modified == "true" {
		s += ", modified"
	}
	return s + ", " + goVersion + ")"
}

// buildInfo holds the fields of the build information --version shows.
type buildInfo struct {
	modVersion, revision, time, modified string
}

// parse reads the lines of the build information. Like
// runtime/debug.ParseBuildInfo it ignores a last line without a newline
// and lines it does not know, and rejects a malformed module or build
// line; unlike it, it does not unquote quoted build keys or values, which
// the go command writes only for text with spaces, quotes or control
// characters (never a revision, a time or a boolean): such a line is left
// out.
func parse(data string) (buildInfo, bool) {
	var b buildInfo
	for {
		line, rest, ok := cut(data, '\n')
		if !ok {
			return b, true
		}
		data = rest
		kind, fields, tab := cut(line, '\t')
		if !tab {
			continue // runtime/debug knows no line without a tab
		}
		switch kind {
		case "mod", "dep":
			n := count(fields, '\t')
			if n != 1 && n != 2 {
				return b, false
			}
			if kind == "mod" {
				_, after, _ := cut(fields, '\t')
				b.modVersion, _, _ = cut(after, '\t')
			}
		case "build":
			if !b.setting(fields) {
				return b, false
			}
		}
	}
}

// setting records one "key=value" build line; it reports false for a
// line runtime/debug rejects.
func (b *buildInfo) setting(kv string) bool {
	if kv == "" || kv[0] == '=' {
		return false
	}
	if kv[0] == '"' || kv[0] == '`' {
		return true // a quoted key: none of ours
	}
	key, value, ok := cut(kv, '=')
	if !ok {
		return false
	}
	if value != "" && (value[0] == '"' || value[0] == '`') {
		return true // a quoted value: none of ours
	}
	switch key {
	case "vcs.revision":
		b.revision = value
	case "vcs.time":
		b.time = value
	case "vcs.modified":
		b.modified = value
	}
	return true
}

// cut is strings.Cut for one byte (see the package comment for why not
// strings).
func cut(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// count is strings.Count for one byte.
func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
