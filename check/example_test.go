package check_test

import (
	"fmt"
	"log"

	"github.com/offprint/offprint/check"
)

// Checking a file prints each problem as "FILE: rule: message", the form
// `offprint check` uses. This EPUB, made by pandoc from a Markdown file
// without a title, lacks the dc:title that EPUB requires, and its landmarks
// name only the title page.
func ExampleFile() {
	const name = "testdata/pandoc-untitled.epub"
	problems, err := check.File(name)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range problems {
		fmt.Printf("%s: %s\n", name, p)
	}
	// Output:
	// testdata/pandoc-untitled.epub: opf-title-missing: EPUB/content.opf has no non-empty dc:title
	// testdata/pandoc-untitled.epub: nav-landmarks-entries: EPUB/nav.xhtml: the landmarks have no entry of epub:type bodymatter (readers open the book and their menus with them)
}
