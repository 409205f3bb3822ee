package html

import (
	"encoding/json"
	"testing"
)

func TestEscapeControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a": "two` + "\n" + `lines"}`, `{"a": "two\u000alines"}`},
		{`{"a": "tab` + "\t" + `and \"quote` + "\r" + `"}`, `{"a": "tab\u0009and \"quote\u000d"}`},
		{"{\n\t\"a\": 1\n}", "{\n\t\"a\": 1\n}"}, // outside strings: as it was
		{`{"a": "back\\` + "\n" + `"}`, `{"a": "back\\\u000a"}`},
	}
	for _, tt := range tests {
		got := string(escapeControls([]byte(tt.in)))
		if got != tt.want {
			t.Errorf("escapeControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
		var v any
		if err := json.Unmarshal([]byte(got), &v); err != nil {
			t.Errorf("escapeControls(%q) = %q: %v", tt.in, got, err)
		}
	}
}

func TestDekOf(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a standfirst", `<p class="dek">The city will close the old bridge to cars for two years from March.</p>`, "The city will close the old bridge to cars for two years from March."},
		{"a box: its first paragraph", `<div class="story-subtitle"><p>En las aulas coincidirán tres evaluaciones este año.</p><div class="story-author"><a href="/autor/vdv">Verónica De Vita</a></div><div class="story-meta"><strong>miércoles, 4 de mayo de 2022</strong><time>00:00</time></div></div>`, "En las aulas coincidirán tres evaluaciones este año."},
		{"glued parts", `<div class="summary"><span>Molly Wood</span><a>Ideas</a><time>11.14.2019 09:00 AM</time><h1>The Future of Banking</h1><span>FacebookTwitterEmail</span></div>`, ""},
		{"a picture's credit", `<div class="dek">Patrick Semansky, ASSOCIATED PRESS</div>`, ""},
		{"a labelled credit", `<p class="summary">Credit: lili sams/mashable</p>`, ""},
		{"markup as text", `<p class="excerpt">&lt;img alt='' src='https://example.com/a.jpg'&gt; by J.O. Haselhoef Apr. 26, 2022</p>`, ""},
		{"a breadcrumb", `<div class="intro">Homepage » Militär » CAE bildet künftig Piloten in Bremen aus</div>`, ""},
		{"a cookie notice", `<div class="teaser">Wir nutzen Cookies. Bitte akzeptieren Sie die Cookies, um fortzufahren.</div>`, ""},
		{"a spaced box: its first paragraph", "<div class=\"story-subtitle\">\n<p>Hugo Valencia contó detalles de la tensa situación.</p>\n<div class=\"story-author\"><a href=\"/autor/jcm\"><figure><img src=\"a.jpg\"></figure>Juan Carlos Muñoz C.</a></div>\n<div class=\"story-meta-datetime\"><span><strong>miércoles, 4 de mayo de 2022</strong></span> <span><time datetime=\"2022-05-04T07:59:48-04:00\">07:59</time> hs</span></div>\n</div>", "Hugo Valencia contó detalles de la tensa situación."},
		{"a caption with its credit", `<p class="dek">Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images</p>`, ""},
		{"a date line", `<div class="teaser">21.01.2022 Aktuelle Meldung</div>`, ""},
		{"a reading time", `<p class="intro">Lesezeit: ca. 3 Minuten für diesen Beitrag</p>`, ""},
		{"a sign-up", `<p class="summary">Recevoir nos newsletters</p>`, ""},
		{"a caption's class", `<p class="teaser image-annotation">Vertreterinnen und Vertreter hinter dem Schriftzug #WeRemember</p>`, ""},
		{"a type size named caption", `<h2 class="hero__teaser caption-s5-fx">Eigentlich sollte in Peking der Sport in den Vordergrund rücken.</h2>`, "Eigentlich sollte in Peking der Sport in den Vordergrund rücken."},
	}
	for _, tt := range tests {
		n := firstBodyElement(t, tt.in)
		if got := dekOf(n); got != tt.want {
			t.Errorf("%s: dekOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}
