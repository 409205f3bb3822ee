package hyphen

import (
	"strings"
	"sync"
	"sync/atomic"
)

// defaultCacheSize bounds the words one Hyphenator remembers. A long book
// has a few tens of thousands of distinct words; past the bound the cache
// starts afresh, so memory stays bounded on any input.
const defaultCacheSize = 1 << 16

// cache maps a trimmed word to its break offsets. It is safe for concurrent
// use; a nil slice is stored for words with no breaks.
type cache struct {
	m     sync.Map // string → []int
	n     atomic.Int64
	limit int64
}

// newCache returns an empty cache holding at most limit words.
func newCache(limit int) *cache { return &cache{limit: int64(limit)} }

// get returns the cached offsets of word and whether it was cached.
func (c *cache) get(word string) ([]int, bool) {
	v, ok := c.m.Load(word)
	if !ok {
		return nil, false
	}
	return v.([]int), true
}

// put remembers the offsets of word, clearing the cache first when full.
// The key is cloned so that a word sliced from a long text does not keep
// the whole text alive. The stored slice must not be modified afterwards.
func (c *cache) put(word string, pts []int) {
	if c.n.Add(1) > c.limit {
		c.m.Clear()
		c.n.Store(1)
	}
	c.m.Store(strings.Clone(word), pts)
}
