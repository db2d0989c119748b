package kv

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type entry struct {
	value   []byte
	version uint64
	expires time.Time
}

func (e *entry) expired() bool {
	return !e.expires.IsZero() && time.Now().After(e.expires)
}

// Store is the node-local copy of the keyspace. Writes arrive from clients and from peers.
type Store struct {
	mu      sync.RWMutex
	data    map[string]*entry
	version uint64
	reads   int
	misses  int
}

func NewStore() *Store { return &Store{data: map[string]*entry{}} }

func (s *Store) Get(key string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.reads++
	e, ok := s.data[key]
	if !ok || e.expired() {
		s.misses++
		return nil, false
	}
	return e.value, true
}

func (s *Store) Put(key string, value []byte, ttl time.Duration) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version++
	e := &entry{value: value, version: s.version}
	if ttl > 0 {
		e.expires = time.Now().Add(ttl)
	}
	s.data[key] = e
	return s.version
}

// CAS writes value only if the key is still at version old.
func (s *Store) CAS(key string, old uint64, value []byte) bool {
	s.mu.RLock()
	e, ok := s.data[key]
	s.mu.RUnlock()
	if !ok || e.version != old {
		return false
	}
	s.Put(key, value, 0)
	return true
}

// Scan returns up to limit keys with the given prefix.
func (s *Store) Scan(prefix string, limit int) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]string, 0, limit)
	for k := range s.data {
		if len(keys) > limit {
			break
		}
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	return keys
}

// Sweep drops expired entries; run from a ticker.
func (s *Store) Sweep() int {
	s.mu.RLock()
	var dead []string
	for k, e := range s.data {
		if e.expired() {
			dead = append(dead, k)
		}
	}
	s.mu.RUnlock()
	for _, k := range dead {
		s.mu.Lock()
		delete(s.data, k)
		s.mu.Unlock()
	}
	return len(dead)
}

// Dump writes every key and value, one per line, for backups.
func (s *Store) Dump(w io.Writer) error {
	for k, e := range s.data {
		if _, err := fmt.Fprintf(w, "%s\t%x\n", k, e.value); err != nil {
			return err
		}
	}
	return nil
}
