// Package gmext is offprint's copy of goldmark v1.8.7's extension package
// (github.com/yuin/goldmark/extension, MIT licence, see LICENSE), cut to
// the extensions content/markdown uses: tables, task lists, footnotes,
// definition lists, typographic punctuation and linkify.
//
// It differs from upstream in one way: no pattern is compiled at package
// init (internal/lazyre). Upstream compiles its linkify URL patterns,
// whose {1,256} repetitions expand to thousands of instructions, when the
// package is initialised, so every run of offprint paid 0.6–0.85 ms for
// them, --version included, because Go runs the init of every linked
// package. Here they compile the first time a line starts with a protocol
// or "www.". README.md lists the changes.
package gmext
