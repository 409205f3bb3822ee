package readability

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

func TestUnwrapNoscriptLazyCopy(t *testing.T) {
	const gif = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
	tests := []struct {
		name, in, want string
	}{
		{"a lazy img after it",
			`<noscript><img src="/f/cliff.jpg?h=1" alt="Cliff"></noscript><img src="` + gif + `" data-src="/f/cliff.jpg?h=1">`,
			`<img src="` + gif + `" data-src="/f/cliff.jpg?h=1" alt="Cliff"/>`},
		{"a lazy picture with its script",
			`<noscript><img src="/f/cliff.jpg" alt="Cliff"></noscript><picture><source data-srcset="/f/cliff.jpg 1x"><img src="` + gif + `" alt="Cliff"><script>size()</script></picture>`,
			`<picture><source data-srcset="/f/cliff.jpg 1x"/><img src="` + gif + `" alt="Cliff"/><script>size()</script></picture>`},
		{"another picture after it",
			`<noscript><img src="/f/cliff.jpg" alt="Cliff"></noscript><img data-src="/f/cove.jpg">`,
			`<img src="/f/cliff.jpg" alt="Cliff"/><img data-src="/f/cove.jpg"/>`},
		{"text beside the next picture",
			`<noscript><img src="/f/cliff.jpg"></noscript><div><img data-src="/f/cliff.jpg">The cliff</div>`,
			`<img src="/f/cliff.jpg"/><div><img data-src="/f/cliff.jpg"/>The cliff</div>`},
		{"a resizing service's address names no file",
			`<noscript><img src="https://cdn.example/v3/image?url=x.jpg"></noscript><div><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></div>`,
			`<img src="https://cdn.example/v3/image?url=x.jpg"/><div><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"/></div>`},
		{"upstream's case: the picture before it",
			`<img src="` + gif + `" data-src="/f/cliff.jpg"><noscript><img src="/f/cliff.jpg"></noscript>`,
			`<img src="/f/cliff.jpg" data-old-src="` + gif + `" data-src="/f/cliff.jpg"/><noscript><img src="/f/cliff.jpg"></noscript>`}, // removeScripts takes the <noscript> later
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><main>" + tt.in + "</main></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			ps := NewParser()
			ps.unwrapNoscriptImages(doc)
			main := dom.GetElementsByTagName(doc, "main")[0]
			if got := dom.InnerHTML(main); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
