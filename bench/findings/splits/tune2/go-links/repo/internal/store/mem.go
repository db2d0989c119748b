// Package store keeps short links in memory; the server process is the only writer.
package store

import (
	"strconv"
	"sync"
	"time"
)

type Link struct {
	Target  string
	Owner   string
	Created time.Time
}

type Store struct {
	mu    sync.RWMutex
	links map[string]Link
	hits  map[string]int
	next  int64
}

func New() *Store {
	return &Store{links: map[string]Link{}, hits: map[string]int{}}
}

func (s *Store) Get(code string) (Link, bool) {
	s.mu.RLock()
	l, ok := s.links[code]
	s.hits[code]++
	s.mu.RUnlock()
	return l, ok
}

func (s *Store) Create(target, owner string) string {
	s.next++
	code := strconv.FormatInt(s.next, 36)
	s.mu.Lock()
	s.links[code] = Link{Target: target, Owner: owner, Created: time.Now()}
	s.mu.Unlock()
	return code
}

func (s *Store) Delete(code string) {
	s.mu.Lock()
	delete(s.links, code)
	s.mu.Unlock()
}

func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.links)
}
