package html

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestLDURL(t *testing.T) {
	tests := []struct {
		in   map[string]any
		want string
	}{
		{nil, ""},
		{map[string]any{"mainEntityOfPage": " https://a.example/x "}, "https://a.example/x"},
		{map[string]any{"mainEntityOfPage": map[string]any{"@type": "WebPage", "@id": "https://a.example/x#webpage"}}, "https://a.example/x"},
		{map[string]any{"mainEntityOfPage": map[string]any{"url": "https://a.example/y"}}, "https://a.example/y"},
		{map[string]any{"mainEntityOfPage": true, "url": "https://a.example/z"}, "https://a.example/z"},
		{map[string]any{"mainEntityOfPage": map[string]any{"@id": ""}, "url": "https://a.example/z"}, "https://a.example/z"},
		{map[string]any{"headline": "no address"}, ""},
	}
	for _, tt := range tests {
		if got := ldURL(tt.in); got != tt.want {
			t.Errorf("ldURL(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSourceURL checks the order of the places a page gives its address:
// canonical link, og:url, JSON-LD, the browser's "saved from" comment.
func TestSourceURL(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://ld.example/a"}}</script>`
	const body = `<body><article><p>` + "Some article text that is long enough to be read as the body, with commas, and more. " + `</p></article></body></html>`
	tests := []struct {
		name, head, want string
	}{
		{"canonical first", `<link rel="canonical" href="https://canonical.example/a">` + ld, "https://canonical.example/a"},
		{"og:url before JSON-LD", `<meta property="og:url" content="https://og.example/a">` + ld, "https://og.example/a"},
		{"JSON-LD alone", ld, "https://ld.example/a"},
		{"JSON-LD before saved from", "<!-- saved from url=(0022)https://saved.example/a -->" + ld, "https://ld.example/a"},
		{"relative JSON-LD id ignored", `<script type="application/ld+json">{"@type":"Article","mainEntityOfPage":"#main"}</script>`, ""},
		{"none", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader("<html><head>"+tt.head+"</head>"+body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.SourceURL != tt.want {
				t.Errorf("SourceURL = %q, want %q", doc.Meta.SourceURL, tt.want)
			}
		})
	}
}

// TestBylineMeta checks that a date printed in the byline is used only
// when the page gives none elsewhere, and that the role becomes the bio.
func TestBylineMeta(t *testing.T) {
	text := strings.Repeat("Plenty of article text follows here, with commas, to make a body. ", 6)
	page := func(head, byline string) string {
		return `<html><head>` + head + `</head><body><article><h1>T</h1><p class="byline">` + byline + `</p><p>` + text + `</p><p>` + text + `</p></article></body></html>`
	}
	tests := []struct {
		name, head, byline, authors, bio, date string
	}{
		{"date from byline", "", "by Ingrid Solberg · November 21, 2023", "Ingrid Solberg", "", "2023-11-21"},
		{"meta date wins", `<meta property="article:published_time" content="2024-02-01">`, "by Ingrid Solberg · November 21, 2023", "Ingrid Solberg", "", "2024-02-01"},
		{"role as bio", "", "By Henrik Aas, data editor", "Henrik Aas", "data editor", ""},
		{"two authors no bio", "", "By Jane Doe and John Smith, staff writers", "Jane Doe|John Smith", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(page(tt.head, tt.byline)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			bio := ""
			for i, a := range doc.Meta.Authors {
				names = append(names, a.Name)
				if i == 0 {
					bio = a.Bio
				}
			}
			date := ""
			if !doc.Meta.Date.IsZero() {
				date = doc.Meta.Date.Format(time.DateOnly)
			}
			if got := strings.Join(names, "|"); got != tt.authors || bio != tt.bio || date != tt.date {
				t.Errorf("authors %q bio %q date %q; want %q %q %q", got, bio, date, tt.authors, tt.bio, tt.date)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, found, h1 string
		h2s             []string
		want            string
	}{
		{"no h1", "Sourdough notes", "", nil, "Sourdough notes"},
		{"the h1 without the site", "Sourdough notes – A Baker's Blog", "Sourdough notes", nil, "Sourdough notes"},
		{"an h2 without section and site", "这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报", "", []string{"相关文章", "这个约会软件，想用你和对方的相似好恶来帮你找对象"}, "这个约会软件，想用你和对方的相似好恶来帮你找对象"},
		{"an h2 over a longer addition", "Dezuka Suisan - Deep-Fried Fish Cakes, Hot and Fresh", "", []string{"Dezuka Suisan"}, "Dezuka Suisan - Deep-Fried Fish Cakes, Hot and Fresh"},
		{"a colon opens a subtitle", "Dezuka Suisan: Fish Cakes", "", []string{"Dezuka Suisan"}, "Dezuka Suisan: Fish Cakes"},
		{"a double dash is no separator", "A.Word.A.Day --maudlin", "", []string{"A.Word.A.Day"}, "A.Word.A.Day --maudlin"},
		{"an h2 inside the title", "News | Storm season begins", "", []string{"Storm"}, "News | Storm season begins"},
	}
	for _, tt := range tests {
		if got := title(tt.found, tt.h1, tt.h2s); got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSiteTitle(t *testing.T) {
	sites := site{names: []string{"Harbour Gazette", ""}, host: "ekhn"}
	tests := []struct {
		name, title, headline string
		want                  bool
	}{
		{"the site's name", "Harbour Gazette", "Ferry service resumes", true},
		{"the site's name, another case", "harbour gazette", "Ferry service resumes", true},
		{"a part names the site", "EKHN ǀ Evangelische Kirche in Hessen und Nassau", "Pflegefinanzierung: Papier fordert Reform", true},
		{"a section's one word", "Pressemitteilungen", "Olafur Eliasson gestaltet Titelseite", true},
		{"one word over a short heading", "Dunkirk", "Dunkirk review", false},
		{"a headline naming the site inside", "Harbour Gazette wins award for ferry coverage", "Award", false},
		{"a headline", "Storm season begins", "Storm season begins early", false},
		{"the same text", "Ferry service", "Ferry service", false},
	}
	for _, tt := range tests {
		if got := siteTitle(tt.title, tt.headline, sites); got != tt.want {
			t.Errorf("%s: siteTitle(%q, %q) = %v, want %v", tt.name, tt.title, tt.headline, got, tt.want)
		}
	}
}

func TestTrimSiteName(t *testing.T) {
	tests := []struct {
		title string
		sites site
		want  string
	}{
		{"MedienpädagogIn in München gesucht - mediale pfade.de", site{[]string{"mediale pfade.de"}, "medialepfade"}, "MedienpädagogIn in München gesucht"},
		{"Kinder und Arbeit » ProNATs e.V.", site{nil, "pronats"}, "Kinder und Arbeit"},
		{"BMAS - Änderung der Anforderungen an Nachweise", site{nil, "bmas"}, "Änderung der Anforderungen an Nachweise"},
		{"Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de", site{nil, "heizung"}, "Wärmepumpe im Altbau - Wann es sich lohnt"},
		{"UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen", site{nil, "drk"}, "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen"},
		{"Take C.A.R.E. - comwrap auf der DMEXCO 2018", site{nil, "comwrap"}, "Take C.A.R.E. - comwrap auf der DMEXCO 2018"},
		{"Storm - Harbour Gazette", site{[]string{"Harbour Gazette"}, ""}, "Storm - Harbour Gazette"}, // one word would be left
		{"A headline without a site", site{[]string{"Harbour Gazette"}, "gazette"}, "A headline without a site"},
	}
	for _, tt := range tests {
		if got := trimSiteName(tt.title, tt.sites); got != tt.want {
			t.Errorf("trimSiteName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestHiddenHeading(t *testing.T) {
	for src, want := range map[string]bool{
		`<h1 class="hidden">Site</h1>`:             true,
		`<h1 class="logo hide">Site</h1>`:          true,
		`<h1 hidden>Site</h1>`:                     true,
		`<h1 aria-hidden="true">Site</h1>`:         true,
		`<h1 style="display: none">Site</h1>`:      true,
		`<h1 class="sr-only">Site</h1>`:            true,
		`<h1 class="headline">Storm season</h1>`:   false,
		`<h1 class="hidden-xs">Storm season</h1>`:  false,
		`<h1 style="color: red">Storm season</h1>`: false,
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var h *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && d.Data == "h1" {
				h = d
			}
		}
		if got := hiddenHeading(h); got != want {
			t.Errorf("hiddenHeading(%s) = %v", src, got)
		}
	}
}
