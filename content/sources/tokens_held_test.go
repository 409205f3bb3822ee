package sources

import (
	"context"
	"testing"
)

// TestTokensDropped: issue 14 (memory). Once the pass is done no
// paragraph holds its tokens, not even one whose quotation was attributed
// (they took 26 MiB of a 20 MB text's peak): a found quotation keeps the
// byte offsets its note and Find need, and those are where the tokens
// said.
func TestTokensDropped(t *testing.T) {
	doc := docFromLines(`“We will not stop,” said Maria Lopez, the mayor of Springfield.
The council met on Tuesday.
“It is a good day for the town,” Lopez said, “and a better one for us.”
Ann Reed, a resident, said she was pleased: “Finally.”`)
	a := analyse(context.Background(), doc)
	if len(a.found) < 3 {
		t.Fatalf("found %d quotations, want 3 or more", len(a.found))
	}
	for i, pa := range a.paras {
		if pa.toks != nil {
			t.Errorf("paragraph %d still holds %d tokens", i, len(pa.toks))
		}
	}
	for _, f := range a.found {
		toks := paraTokens(f.pa.text)
		if f.q.open >= 0 && f.from != int(toks[f.q.open].end) {
			t.Errorf("%q: quotation starts at %d, want %d", f.pa.text, f.from, toks[f.q.open].end)
		}
		if f.q.close >= 0 && (f.to != int(toks[f.q.close].start) || f.call != int(toks[f.q.close].end)) {
			t.Errorf("%q: quotation ends at %d, call at %d; want %d, %d", f.pa.text, f.to, f.call, toks[f.q.close].start, toks[f.q.close].end)
		}
	}
}
