package layout

import (
	"fmt"
	"testing"
)

func TestSpread(t *testing.T) {
	body := []int{10, 11, 12, 13}
	for _, c := range []struct {
		ks           []int
		slack, limit Length
		want         string // the adds by flow index, then what is left
	}{
		{[]int{0, 2}, 10, 100, "map[10:5 12:5] 0"},
		{[]int{0, 2}, 11, 100, "map[10:6 12:5] 0"},
		{[]int{0, 2}, 30, 4, "map[10:4 12:4] 22"},
		{[]int{0, 1, 2}, 2, 4, "map[10:1 11:1] 0"},
		{nil, 7, 4, "map[] 7"},
	} {
		add := map[int]Length{}
		left := spread(add, body, c.ks, c.slack, c.limit)
		raw := map[int]int64{}
		for k, v := range add {
			if v != 0 {
				raw[k] = int64(v)
			}
		}
		if got := fmt.Sprint(raw, " ", int64(left)); got != c.want {
			t.Errorf("spread(%v, %d, %d) = %s, want %s", c.ks, c.slack, c.limit, got, c.want)
		}
	}
}
