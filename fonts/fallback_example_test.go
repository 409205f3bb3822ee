package fonts_test

import (
	"fmt"

	"github.com/offprint/offprint/fonts"
)

func ExampleFallback() {
	for _, r := range []rune{'a', 'ب', 'ש', '漢'} {
		s, ok := fonts.Fallback(fonts.Bold, r)
		fmt.Println(string(r), s, ok)
	}
	// Output:
	// a NotoSerif-Bold true
	// ب NotoNaskhArabic-Bold true
	// ש NotoSerifHebrew-Bold true
	// 漢 NotoSerif-Bold false
}
