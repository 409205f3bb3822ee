package fonts_test

import (
	"fmt"

	"github.com/offprint/offprint/fonts"
)

func ExampleFace_Width() {
	f := fonts.MustGet(fonts.Regular)
	fmt.Printf("%.2f pt\n", f.Width("offprint", 10))
	fmt.Println(f.Has('Ж'), f.Has('漢'))
	// Output:
	// 37.17 pt
	// true false
}
