package main

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// shard is this machine's share of a batch (--shard K/N): the inputs whose
// name, as written on the command line, hashes to K of N. Which shard owns
// an input never depends on its position or on the other inputs; output
// names are planned over the whole command line before a shard keeps its
// share, so N machines given the same command line write, between them,
// exactly the files of one unsharded run.
type shard struct {
	K, N int // 1 ≤ K ≤ N; N == 0 means no sharding
}

// parseShard reads "K/N" (1-based, like Playwright's --shard); "" is no
// sharding.
func parseShard(s string) (shard, error) {
	if strings.TrimSpace(s) == "" {
		return shard{}, nil
	}
	ks, ns, ok := strings.Cut(strings.TrimSpace(s), "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return shard{}, usagef("--shard %q: want K/N with 1 ≤ K ≤ N, e.g. 2/5", s)
	}
	return shard{K: k, N: n}, nil
}

func (s shard) String() string {
	if s.N == 0 {
		return ""
	}
	return strconv.Itoa(s.K) + "/" + strconv.Itoa(s.N)
}

// owns reports whether input arg (as given) belongs to this shard.
func (s shard) owns(arg string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(arg))
	return int(h.Sum64()%uint64(s.N))+1 == s.K
}

// pick returns the positions of args this shard exports, in order.
func (s shard) pick(args []string) []int {
	var out []int
	for i, a := range args {
		if s.owns(a) {
			out = append(out, i)
		}
	}
	return out
}
