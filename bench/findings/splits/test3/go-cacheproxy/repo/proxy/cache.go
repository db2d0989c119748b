package proxy

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

type entry struct {
	status int
	header http.Header
	body   []byte
	stored time.Time
	ttl    time.Duration
}

// Cache is a size-bounded FIFO cache of upstream responses, shared by all request goroutines.
type Cache struct {
	mu           sync.Mutex
	items        map[string]*entry
	order        []string
	size         int
	maxSize      int
	hits, misses int
}

func NewCache(maxSize int) *Cache {
	return &Cache{items: make(map[string]*entry), maxSize: maxSize}
}

func (c *Cache) Get(key string) (*entry, bool) {
	e, ok := c.items[key]
	if !ok || time.Since(e.stored) > e.ttl {
		c.misses++
		return nil, false
	}
	c.hits++
	return e, true
}

func (c *Cache) Set(key string, e *entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = e
	c.order = append(c.order, key)
	c.size += len(e.body)
	for c.size > c.maxSize && len(c.order) > 0 {
		oldest := c.order[0]
		c.order = c.order[1:]
		c.size -= len(c.items[oldest].body)
		delete(c.items, oldest)
	}
}

// PurgePrefix drops every entry whose path starts with prefix and returns how many were dropped.
func (c *Cache) PurgePrefix(prefix string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k := range c.items {
		if strings.HasPrefix(k, prefix) {
			delete(c.items, k)
			n++
		}
	}
	return n
}
