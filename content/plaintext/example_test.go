package plaintext_test

import (
	"fmt"
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/plaintext"
)

func Example() {
	article := `Night trains are back.
By Lena Fischer | April 2, 2024
A sleeper leaves Vienna. Photo: Jane Doe/Reuters
Operators have added twenty routes since 2020.
The economics are still hard
Sleeper carriages are expensive.
Source: railjournal.eu
`
	doc, err := plaintext.Read(strings.NewReader(article), plaintext.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	content.AssignIDs(doc)
	fmt.Print(content.DumpString(doc))

	ds, _ := plaintext.Explain(strings.NewReader(article), plaintext.Options{})
	for _, d := range ds[:3] {
		fmt.Printf("%d %s (%s)\n", d.Line, d.Role, d.Rule)
	}
	// Output:
	// meta title "Night trains are back"
	// meta author "Lena Fischer"
	// meta date "2024-04-02"
	// meta publisher "Railjournal"
	// meta source-url "https://railjournal.eu"
	// figure credit="Photo: Jane Doe/Reuters" caption="A sleeper leaves Vienna."
	// paragraph "Operators have added twenty routes since 2020."
	// heading 2 #the-economics-are-still-hard "The economics are still hard"
	// paragraph "Sleeper carriages are expensive."
	// 1 title (first-line)
	// 2 byline (byline-by)
	// 3 caption (caption-before-credit)
}
