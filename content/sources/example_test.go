package sources_test

import (
	"fmt"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/sources"
)

func Example() {
	doc := &content.Document{Blocks: []content.Block{
		&content.Paragraph{Inlines: content.T("The attack is less clear, according to Riccardo Valle, the director of research at the Khorasan Diary.")},
		&content.Paragraph{Inlines: content.T("“There are several hints that could suggest the involvement of the branch,” Valle told Vox.")},
		&content.Paragraph{Inlines: content.T("“These groups are basically fluid,” Valle said.")},
	}}
	atts, err := sources.Annotate(doc, sources.Options{Mode: sources.Notes})
	if err != nil {
		panic(err)
	}
	for _, a := range atts {
		fmt.Printf("%s (%s) by %s, note %v\n", a.Speaker, a.How, a.Rule, a.Note)
	}
	content.NumberNotes(doc)
	fmt.Println(content.InlineString(doc.Blocks[1].(*content.Paragraph).Inlines))
	fmt.Println(doc.Notes[0].Text)
	// Output:
	// Riccardo Valle (interview with Vox) by quote-name-verb, note true
	// Riccardo Valle () by quote-name-verb, note false
	// "“There are several hints that could suggest the involvement of the branch,”" ref[1] " Valle told Vox."
	// Riccardo Valle, director of research at the Khorasan Diary; interview with Vox.
}
