package article

import (
	"slices"
	"strconv"
	"testing"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		line, want string
		updated    bool
	}{
		{"March 25, 2024", "2024-03-25", false},
		{"Mar. 25, 2024", "2024-03-25", false},
		{"Sept 5, 2023", "2023-09-05", false},
		{"25 March 2024", "2024-03-25", false},
		{"2024-03-25", "2024-03-25", false},
		{"Monday, March 25, 2024 at 3:40 p.m. ET", "2024-03-25", false},
		{"Updated 4:12 PM GMT+2, March 24, 2024", "2024-03-24", true},
		{"Published March 25, 2024 Updated March 26, 2024", "2024-03-25", false},
		{"February 30, 2024", "", false},
		{"March 25, 2024 was the day everything changed.", "", false},
		{"The vote on March 25, 2024", "", false},
	}
	for _, tt := range tests {
		d, upd, ok := ParseDateLine(tt.line)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want || upd != tt.updated {
			t.Errorf("ParseDateLine(%q) = %q %v, want %q %v", tt.line, got, upd, tt.want, tt.updated)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"KYIV, Ukraine (AP) — Russia launched dozens of drones.", true},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", true},
		{"LONDON, March 25 (Reuters) - Oil prices rose on Monday.", true},
		{"NEW YORK — A judge ruled on Friday.", true},
		{"SÃO PAULO, Brazil — Rains flooded the city.", true},
		{"The Islamic State — the notorious group — claimed the attack.", false},
		{"ISIS released graphic footage via its media apparatus.", false},
		{"Kyiv, Ukraine — a city under fire.", false},
	}
	for _, tt := range tests {
		if got := HasDateline(tt.line); got != tt.want {
			t.Errorf("HasDateline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDatelineDate(t *testing.T) {
	tests := []struct{ para, date string }{
		{"TOWNSVILLE, Australia, 4 June 2024 — Corals hosting a strain survived.", "2024-06-04"},
		{"4 June 2024 — Corals hosting a strain survived.", "2024-06-04"},
		{"WASHINGTON, March 25, 2024 (AP) — The Senate voted.", "2024-03-25"},
		{"Berlin, 12. März 2024 – Die Regierung hat beschlossen.", "2024-03-12"},
		// No year, or no dateline: no date.
		{"LONDON, March 25 (Reuters) - Shares fell.", ""},
		{"KYIV, Ukraine (AP) — Russia launched drones.", ""},
		{"The vote on 4 June 2024 — a Tuesday — was close.", ""},
		{"In 2024 - the year of elections - much changed.", ""},
	}
	for _, tt := range tests {
		var got string
		if d := DatelineDate(tt.para); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tt.date {
			t.Errorf("DatelineDate(%q) = %q, want %q", tt.para, got, tt.date)
		}
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"from March 3, 2024 to 5 April 2024", []string{"2024-03-03@5", "2024-04-05@22"}},
		{"le 1er mars 2024", []string{"2024-03-01@3"}},
		{"am 12. März 2024 und 10.01.2025", []string{"2024-03-12@3", "2025-01-10@22"}},
		{"12 de marzo de 2024", []string{"2024-03-12@0"}},
		{"21. desember 2023, 3 maj 2024", []string{"2023-12-21@0", "2024-05-03@19"}},
		{"21 listopada 2024 r.", []string{"2024-11-21@0"}},
		{"1 października 2024", []string{"2024-10-01@0"}},
		{"ISO 2024-02-29 but not 2023-02-29", []string{"2024-02-29@4"}},
		{"March 25 and 2024", nil},
		{"no digits", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range FindDates(tt.in) {
			got = append(got, d.Time.Format("2006-01-02")+"@"+strconv.Itoa(d.Start))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindDates(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestParsePlaceDateLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Madrid - 12 mar 2024 - 13:45 CET", "2024-03-12"},
		{"Berlin, 12. März 2024", "2024-03-12"},
		{"New York, March 4, 2024", "2024-03-04"},
		{"Madrid - a city of 3 million in 2024", ""},
		{"Di Giulia Rossi, 3 marzo 2024", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, _, ok := ParsePlaceDateLine(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("ParsePlaceDateLine(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsMonthYear(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"April 2024", true},
		{"Sept. 2023", true},
		{"März 2024", true},
		{"septembre 1999", true},
		{"APRIL 2024", true},
		{"April 24", false},
		{"May 2, 2024", false},
		{"April showers", false},
		{"Spring 2024", false},
		{"Mayo 3024", false},
		{"2024", false},
	}
	for _, tt := range tests {
		if got := IsMonthYear(tt.s); got != tt.want {
			t.Errorf("IsMonthYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
