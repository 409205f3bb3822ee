package html

import (
	"strings"
	"testing"
	"time"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in, names, bio, date string
	}{
		{"by Ingrid Solberg · November 21, 2023", "Ingrid Solberg", "", "2023-11-21"},
		{"By Henrik Aas, data editor", "Henrik Aas", "data editor", ""},
		{"By Jane Doe, Senior Editor", "Jane Doe", "Senior Editor", ""},
		{"By Jane Doe, Reuters", "Jane Doe", "Reuters", ""},
		{"By Jane Doe and John Smith", "Jane Doe|John Smith", "", ""},
		{"By Jane Doe & John Smith", "Jane Doe|John Smith", "", ""},
		{"By Jane Doe, John Smith and Ann Lee", "Jane Doe|John Smith|Ann Lee", "", ""},
		{"By Jane Doe, John Smith, science reporters", "Jane Doe|John Smith", "science reporters", ""},
		{"By Jane Doe and the editors", "Jane Doe", "the editors", ""},
		{"Jane Doe | Reuters", "Jane Doe", "", ""},
		{"Published 21 November 2023 — by Ana Souza", "Ana Souza", "", "2023-11-21"},
		{"Vincent van Gogh", "Vincent van Gogh", "", ""},
		{"von Anna Müller", "Anna Müller", "", ""},
		{"Par Jean-Paul Sartre", "Jean-Paul Sartre", "", ""},
		{"بقلم ليلى حسن", "ليلى حسن", "", ""},
		{"BY JANE DOE", "JANE DOE", "", ""},
		{"staff", "staff", "", ""},
		{"Doe, Jane", "Jane Doe", "", ""},
		{"By Jane Doe, Updated 3 hours ago", "Jane Doe", "", ""},
		{"By Seán O’Rourke, Harbour Correspondent — Thursday, 14 March 2024", "Seán O’Rourke", "Harbour Correspondent", "2024-03-14"},
		{"Jane Doe | Mon, Oct 14, 2024", "Jane Doe", "", "2024-10-14"},
		{"Jane Doe — Oct 14, 2024", "Jane Doe", "", "2024-10-14"},
		{"14 March 2024 — Jane Doe", "Jane Doe", "", "2024-03-14"},
		{"Thu 14 Mar 2024 | By Jane Doe", "Jane Doe", "", "2024-03-14"},
		{"Jane Doe — Thursday", "Jane Doe", "", ""},
		{"Jane Doe — Monday Night Football", "Jane Doe", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		b := parseByline(tt.in)
		date := ""
		if !b.date.IsZero() {
			date = b.date.Format(time.DateOnly)
		}
		if got := strings.Join(b.names, "|"); got != tt.names || b.bio != tt.bio || date != tt.date {
			t.Errorf("parseByline(%q) = %q, bio %q, date %q; want %q, %q, %q", tt.in, got, b.bio, date, tt.names, tt.bio, tt.date)
		}
	}
}

func TestNameShaped(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Henrik Aas", true},
		{"Jean-Paul Sartre", true},
		{"Vincent van Gogh", true},
		{"O'Brien", true},
		{"李明", true},
		{"ليلى حسن", true},
		{"data editor", false},
		{"Senior Editor", false},
		{"van der", false},
		{"Room 101", false},
		{"November 21", false},
		{"A B C D E F", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := nameShaped(tt.in); got != tt.want {
			t.Errorf("nameShaped(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

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

func FuzzParseByline(f *testing.F) {
	for _, s := range []string{"by Ingrid Solberg · November 21, 2023", "By Henrik Aas, data editor", "Doe, Jane", "By A and B & C, D E", "بقلم ليلى حسن", "|·•"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<10 {
			return
		}
		b := parseByline(s)
		for _, n := range b.names {
			if n == "" || n != strings.TrimSpace(n) || strings.Contains(n, " and ") || strings.Contains(n, ",") {
				t.Fatalf("parseByline(%q) gave the name %q", s, n)
			}
		}
		if len(b.names) == 0 && b.bio != "" {
			t.Fatalf("parseByline(%q): a role %q without a name", s, b.bio)
		}
	})
}
