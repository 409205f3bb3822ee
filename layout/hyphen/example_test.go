package hyphen_test

import (
	"fmt"

	"github.com/offprint/offprint/layout/hyphen"
)

func ExampleHyphenator_Points() {
	h := hyphen.For("en-US")
	for _, word := range []string{"“hyphenation,”", "well-known", "ISIS-K", "2024"} {
		pts := h.Points(word)
		fmt.Print(word, " ", pts, ":")
		last := 0
		for _, p := range pts {
			fmt.Print(" ", word[last:p])
			if !hyphen.Explicit(word, p) {
				fmt.Print("-")
			}
			last = p
		}
		fmt.Println(" " + word[last:])
	}
	// Output:
	// “hyphenation,” [5 9]: “hy- phen- ation,”
	// well-known [5]: well- known
	// ISIS-K []: ISIS-K
	// 2024 []: 2024
}

func ExampleURLBreaks() {
	url := "https://www.vox.com/world-politics"
	fmt.Println(hyphen.IsURL(url))
	last := 0
	for _, p := range hyphen.URLBreaks(url) {
		fmt.Println(url[last:p])
		last = p
	}
	fmt.Println(url[last:])
	// Output:
	// true
	// https://
	// www
	// .vox
	// .com/
	// world
	// -politics
}

func ExampleFor() {
	for _, tag := range []string{"en", "en-GB", "de-CH", "pt-BR", "ru"} {
		if h := hyphen.For(tag); h != nil {
			fmt.Println(tag, "→", h.Lang())
		} else {
			fmt.Println(tag, "→ no patterns")
		}
	}
	// Output:
	// en → en-us
	// en-GB → en-gb
	// de-CH → de
	// pt-BR → pt
	// ru → no patterns
}
