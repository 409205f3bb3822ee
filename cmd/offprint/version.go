package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// versionString is what --version prints: the version (set with -ldflags
// "-X main.version=…", else the module version `go install …@vX` recorded)
// and the VCS revision and time the binary was built from, from the build
// information the go command embeds.
func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if mv := info.Main.Version; v == defaultVersion && mv != "" && mv != "(devel)" {
		v = mv
	}
	var rev, when, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev == "" {
		return v + " (" + info.GoVersion + ")"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if when != "" {
		when = " " + when
	}
	return fmt.Sprintf("%s (revision %s%s%s, %s)", v, rev, when, dirty, info.GoVersion)
}

// isVersionArgs reports whether the command line is "offprint --version"
// (or -v) alone, which main answers before anything else is set up.
func isVersionArgs(args []string) bool {
	return len(args) == 2 && (args[1] == "--version" || args[1] == "-v")
}

func printVersion(w io.Writer) {
	fmt.Fprintf(w, "offprint %s\n", versionString())
}
