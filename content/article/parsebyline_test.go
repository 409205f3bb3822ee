package article

import (
	"strings"
	"testing"
	"time"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in, names, role, date string
	}{
		{"by Ingrid Solberg · November 21, 2023", "Ingrid Solberg", "", "2023-11-21"},
		{"By Carrie ArnoldNovember 15, 2019", "Carrie Arnold", "", "2019-11-15"},
		{"September 10, 2011 at 1:06 PM ET by Katelyn Sabochik", "Katelyn Sabochik", "", "2011-09-10"},
		{"Posted on February 4, 2024 by Jane Doe · 5 min read", "Jane Doe", "", "2024-02-04"},
		{"ERIC TUCKERAssociated Press", "ERIC TUCKER", "Associated Press", ""},
		{"By Michael R. Bloomberg", "Michael R. Bloomberg", "", ""},
		{"By 2:54pm · 12 May 2022", "", "", "2022-05-12"},
		{"By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press", "LISA MASCARO|MARY CLARE JALONICK|ERIC TUCKER", "Associated Press", ""},
		{"By Jane Doe The Associated Press", "Jane Doe", "The Associated Press", ""},
		{"Jakob UlbrichFollowAug 8 · 5 min read", "Jakob Ulbrich", "", ""},
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
		{"By Aja Romano@ajaromano", "Aja Romano", "", ""},
		{"By Jane Doe (@jdoe) and John Smith @jsmith", "Jane Doe|John Smith", "", ""},
		{"By Jane Doe, jane@example.com", "Jane Doe", "jane@example.com", ""},
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
		b := ParseByline(tt.in)
		date := ""
		if !b.Date.IsZero() {
			date = b.Date.Format(time.DateOnly)
		}
		if got := strings.Join(b.Names, "|"); got != tt.names || b.Role != tt.role || date != tt.date {
			t.Errorf("ParseByline(%q) = %q, role %q, date %q; want %q, %q, %q", tt.in, got, b.Role, date, tt.names, tt.role, tt.date)
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
		if got := NameShaped(tt.in); got != tt.want {
			t.Errorf("NameShaped(%q) = %v, want %v", tt.in, got, tt.want)
		}
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
		b := ParseByline(s)
		for _, n := range b.Names {
			if n == "" || n != strings.TrimSpace(n) || strings.Contains(n, " and ") || strings.Contains(n, ",") {
				t.Fatalf("ParseByline(%q) gave the name %q", s, n)
			}
		}
		if len(b.Names) == 0 && b.Role != "" {
			t.Fatalf("ParseByline(%q): a role %q without a name", s, b.Role)
		}
	})
}

func TestCutByAnyLanguage(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"By Jane Doe", "Jane Doe", true},
		{" by: Jane Doe", "Jane Doe", true},
		{"Reporting by Jane Doe", "Jane Doe", true},
		{"Author: Jane Doe", "Jane Doe", true},
		{"von Anna Müller", "Anna Müller", true},
		{"PAR Jean Dupont", "Jean Dupont", true},
		{"przez Jana Kowalska", "Jana Kowalska", true},
		{"بقلم ليلى حسن", "ليلى حسن", true},
		{"de la Cruz", "de la Cruz", false},
		{"Byron Katie", "Byron Katie", false},
		{"Author Jane Doe", "Author Jane Doe", false},
	}
	for _, tt := range tests {
		if rest, ok := CutByAnyLanguage(tt.in); rest != tt.rest || ok != tt.ok {
			t.Errorf("CutByAnyLanguage(%q) = %q %v; want %q %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}

func TestReadDateLine(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		date string
	}{
		{"Published on 2024-03-25T10:15:00Z", true, "2024-03-25"},
		{"Updated: March 25, 2024.", true, "2024-03-25"},
		{"Last modified 12. März 2024", true, "2024-03-12"},
		{"Thu 14 Mar 2024", true, "2024-03-14"},
		{"miércoles, 4 de mayo de 2022 07:59 hs", true, "2022-05-04"},
		{"Mittwoch, 4. Mai 2022, um 15:30 Uhr", true, "2022-05-04"},
		{"mercredi 4 mai 2022 à 15h30", true, "2022-05-04"},
		{"Lunes de protestas: 4 de mayo de 2022", false, ""},
		{"03/04/2024", true, ""},
		{"Published 03/04/2024, 10:15 AM EST", true, ""},
		{"2024.03.04", true, ""},
		{"21. desember 2023", true, "2023-12-21"},
		{"Opublikowano 21 listopada 2024", false, ""},
		{"Room 12, 2024", false, ""},
		{"March 25, 2024 was the day", false, ""},
		{"Jane Doe", false, ""},
	}
	for _, tt := range tests {
		d, ok := ReadDateLine(tt.in)
		date := ""
		if !d.IsZero() {
			date = d.Format(time.DateOnly)
		}
		if ok != tt.ok || date != tt.date {
			t.Errorf("ReadDateLine(%q) = %q %v; want %q %v", tt.in, date, ok, tt.date, tt.ok)
		}
	}
	for in, want := range map[string]string{"Published on: 5 May 2024": "5 May 2024", "Updated 5 May": "5 May", "Posted by Ann": "by Ann", "Publishing": "Publishing"} {
		if got, _ := CutDateLabel(in); got != want {
			t.Errorf("CutDateLabel(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestByNames(t *testing.T) {
	tests := map[string]string{
		"By Jane Doe":                        "Jane Doe",
		"by Jane Doe and John Smith":         "Jane Doe|John Smith",
		"Written by Ann Lee, Bo Chen":        "Ann Lee|Bo Chen",
		"Author: Ursula von der Leyen":       "Ursula von der Leyen",
		"By the time we arrived, it rained.": "",
		"By Jane":                            "",
		"Jane Doe":                           "",
		"By ":                                "",
	}
	for in, want := range tests {
		if got := strings.Join(ByNames(in), "|"); got != want {
			t.Errorf("ByNames(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestUnglueDate(t *testing.T) {
	for in, want := range map[string]string{
		"By Carrie ArnoldNovember 15, 2019":        "By Carrie Arnold · November 15, 2019",
		"by Jeff FoustMonday, November 18, 2019":   "by Jeff Foust · Monday, November 18, 2019",
		"Von Anna Müller12. März 2024":             "Von Anna Müller12. März 2024",
		"By Ronald McDonald":                       "By Ronald McDonald",
		"By Jane Doe, March 3, 2024":               "By Jane Doe, March 3, 2024",
		"The iPhone Pro":                           "The iPhone Pro",
		"By Ann LeeMarch of the Penguins reviewed": "By Ann LeeMarch of the Penguins reviewed",
	} {
		if got := UnglueDate(in); got != want {
			t.Errorf("UnglueDate(%q) = %q, want %q", in, got, want)
		}
	}
}
