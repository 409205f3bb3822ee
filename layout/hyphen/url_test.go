package hyphen

import "testing"

func TestURLBreaks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://vox.com/world", "https://|vox|.com/|world"},
		{"https://www.vox.com/world/2024/3/25/isis-k-attack",
			"https://|www|.vox|.com/|world/|2024/|3/|25/|isis|-k|-attack"},
		{"https://example.org/tramway-closure-debates", // the hyphen starts the line
			"https://|example|.org/|tramway|-closure|-debates"},
		{"http://a.example.org/x?q=1&lang=en#top", // before or after = and &
			"http://|a|.example|.org/|x|?q|=|1|&|lang|=|en|#top"},
		{"https://x.org/~user/a%20b,c_d", "https://|x|.org/|~user/|a|%20b|,c|_d"},
		{"https://x.org/a--bc/?a=b", "https://|x|.org/|a|--bc/|?a|=b"}, // a run: only after "/"
		{"//cdn.example.com/lib", "//cdn|.example|.com/|lib"},          // protocol-relative
		{"(https://x.com/ab).", "(https://|x|.com/|ab)."},              // punctuation around
		{"https://x.com/a", "https://|x|.com/a"},                       // no 1-char tail
		{"https://x.com/a/", "https://|x|.com/|a/"},                    // nor a break at the end
		{"https://x.com//ab", "https://|x|.com//|ab"},                  // after the last of a run
		{"svn+ssh://host.org/repo", "svn+ssh://|host|.org/|repo"},      // never inside the scheme
		{"mailto:first.last@example.com", "mailto:first|.last@example|.com"},
		{"first_last@example.co.uk", "first|_last@example|.co|.uk"},
		{"/usr/share/doc", "/usr/|share/|doc"}, // no lone leading "/"
		{"and/or", "and/|or"},
		{"a/b", "a/b"},
		{"", ""},
		{"://", "://"},
		{"https://", "https://"},
		{"“vox.com”", "“vox|.com”"},
	}
	for _, tt := range tests {
		if got := mark(tt.in, URLBreaks(tt.in), "|"); got != tt.want {
			t.Errorf("URLBreaks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://vox.com/world", true},
		{"(https://vox.com/world).", true},
		{"ftp://files.example.org", true},
		{"www.vox.com", true},
		{"WWW.VOX.COM", true},
		{"vox.com", true},
		{"Vox.com", true},
		{"vox.com/world/2024", true},
		{"news.bbc.co.uk", true},
		{"example.com:8080/x", true},
		{"name@example.com", true},
		{"<name@example.com>,", true},
		{"mailto:someone@x.org", true},
		{"/usr/share/doc", true},
		{"and/or", true},
		{"hyphenation", false},
		{"ISIS-K", false},
		{"e.g.", false},
		{"i.e.,", false},
		{"U.S.", false},
		{"Ph.D.", false},
		{"end.The", false}, // missing space, not a domain
		{"3.14", false},
		{"v1.2", false},
		{"@journalist", false},
		{"user@", false},
		{"“quoted.”", false},
		{"", false},
		{"...", false},
		{"/", false},
	}
	for _, tt := range tests {
		if got := IsURL(tt.in); got != tt.want {
			t.Errorf("IsURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
