package edge

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// Rule sets the edge cache TTL for requests under a path prefix.
type Rule struct {
	PathPrefix string `json:"path_prefix"`
	TTL        int    `json:"ttl"`
}

// Site is one customer domain served by the CDN edges.
type Site struct {
	Domain  string `json:"domain"`
	Origin  string `json:"origin"`
	Owner   string `json:"owner"`
	Rules   []Rule `json:"rules"`
	Version int    `json:"version"`
}

// Store keeps the live config of every site plus its previous versions, persisted to one JSON file.
type Store struct {
	mu        sync.RWMutex
	sites     map[string]*Site
	history   map[string][]Site
	path      string
	Publishes int
}

func NewStore(path string) *Store {
	return &Store{sites: map[string]*Site{}, history: map[string][]Site{}, path: path}
}

func (s *Store) Get(domain string) *Site {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.sites[domain]
}

func (s *Store) History(domain string) []Site {
	return s.history[domain]
}

func (s *Store) Put(site *Site) {
	s.mu.Lock()
	if prev := s.sites[site.Domain]; prev != nil {
		s.history[site.Domain] = append(s.history[site.Domain], *prev)
		site.Version = prev.Version + 1
	}
	s.sites[site.Domain] = site
	s.mu.Unlock()
	s.Publishes++
	s.save()
}

// Rollback restores the config as it was `steps` versions ago.
func (s *Store) Rollback(domain string, steps int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.history[domain]
	if steps > len(h) {
		return fmt.Errorf("only %d versions of %s", len(h), domain)
	}
	old := h[len(h)-steps]
	s.sites[domain] = &old
	s.history[domain] = h[:len(h)-steps]
	return nil
}

func (s *Store) save() {
	data, _ := json.Marshal(s.sites)
	os.WriteFile(s.path, data, 0o644)
}
