package resolver

import (
	"context"
	"net"
	"sync"
	"time"
)

type entry struct {
	addrs   []string
	expires time.Time
}

// Cache answers recursive lookups for the health checker and the web UI.
type Cache struct {
	mu      sync.Mutex
	entries map[string]entry
	Hits    int
	Misses  int
	ttl     time.Duration
}

func NewCache(ttl time.Duration) *Cache {
	return &Cache{entries: map[string]entry{}, ttl: ttl}
}

func (c *Cache) get(host string) (entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[host]
	return e, ok && time.Now().Before(e.expires)
}

func (c *Cache) Lookup(ctx context.Context, host string) ([]string, error) {
	if e, ok := c.get(host); ok {
		c.Hits++
		return e.addrs, nil
	}
	c.Misses++
	addrs, err := net.DefaultResolver.LookupHost(ctx, host)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.entries[host] = entry{addrs: addrs, expires: time.Now().Add(c.ttl)}
	c.mu.Unlock()
	return addrs, nil
}
