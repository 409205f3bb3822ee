package plaintext

import (
	"os"
	"testing"
)

func TestScoreDir(t *testing.T) {
	dir := os.Getenv("SCORE_DIR")
	if dir == "" {
		t.Skip()
	}
	s := scoreSet(t, dir, os.Getenv("SCORE_V") != "")
	t.Logf("%s: precision %.3f recall %.3f (tp %d fp %d fn %d)", dir, s.precision(), s.recall(), s.tp, s.fp, s.fn)
}
