package article

import "testing"

func TestJobWords(t *testing.T) {
	tests := []struct {
		w            string
		noun, titled bool
	}{
		{"reporter", true, true},
		{"Editors", true, true},
		{"staff,", true, true},
		{"Correspondent.", true, true},
		{"Senior", false, true},
		{"Contributing", false, true},
		{"Doe", false, false},
		{"Ross", false, false},
		{"hostess", false, false},
		{"cover", false, false},
	}
	for _, tt := range tests {
		if got := IsJobNoun(tt.w); got != tt.noun {
			t.Errorf("IsJobNoun(%q) = %v, want %v", tt.w, got, tt.noun)
		}
		if got := IsJobTitleWord(tt.w); got != tt.titled {
			t.Errorf("IsJobTitleWord(%q) = %v, want %v", tt.w, got, tt.titled)
		}
	}
}

func TestLastJobMention(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Ellen Ioanes covers breaking news as the weekend reporter at Vox.", 49},
		{"She writes about science.", 4},
		{"He reports on courts for the paper's Metro desk.", 43},
		{"Jane Doe is the author of three novels.", 16},
		{"Jane Doe lives in Ohio with her dog.", -1},
		{"The coverage was wide.", -1},
		{"Two Reporters were there.", 4},
	}
	for _, tt := range tests {
		if got := LastJobMention(tt.s); got != tt.want {
			t.Errorf("LastJobMention(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
