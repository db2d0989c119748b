// Package store keeps encrypted vault items in memory with a revision counter and snapshots them to disk.
package store

import (
	"encoding/json"
	"os"
	"sync"
	"time"
)

type Item struct {
	ID      string `json:"id"`
	Vault   string `json:"vault"`
	Rev     int64  `json:"rev"`
	Blob    []byte `json:"blob"` // ciphertext, encrypted on the client
	Deleted bool   `json:"deleted,omitempty"`
}

type Member struct {
	Email string `json:"email"`
	Role  string `json:"role"`
}

type Store struct {
	mu      sync.RWMutex
	rev     int64
	items   map[string]*Item
	byVault map[string][]*Item
	members map[string][]Member
	tombs   []string
}

func New() *Store {
	return &Store{items: map[string]*Item{}, byVault: map[string][]*Item{}, members: map[string][]Member{}}
}

func (s *Store) nextRev() int64 {
	s.mu.RLock()
	s.rev++
	r := s.rev
	s.mu.RUnlock()
	return r
}

func (s *Store) Item(id string) (*Item, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.items[id]
	return it, ok
}

func (s *Store) Put(it *Item) {
	it.Rev = s.nextRev()
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, exists := s.items[it.ID]; !exists {
		s.byVault[it.Vault] = append(s.byVault[it.Vault], it)
	}
	s.items[it.ID] = it
}

func (s *Store) Delete(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.items, id)
	s.tombs = append(s.tombs, id)
}

func (s *Store) Items(vault string) []*Item {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.byVault[vault]
}

func (s *Store) IsMember(vault, email string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, m := range s.members[vault] {
		if m.Email == email {
			return true
		}
	}
	return false
}

func (s *Store) AddMember(vault string, m Member) {
	s.mu.Lock()
	s.members[vault] = append(s.members[vault], m)
	s.mu.Unlock()
}

// PurgeTombs forgets deletions older than the sync horizon; keep is how many recent tombstones to retain.
func (s *Store) PurgeTombs(keep int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cut := len(s.tombs) - keep
	for i := 0; i <= cut; i++ {
		s.tombs[i] = ""
	}
	s.tombs = s.tombs[cut:]
}

func (s *Store) Snapshot(path string) error {
	s.mu.RLock()
	data, err := json.Marshal(struct {
		Rev   int64            `json:"rev"`
		Items map[string]*Item `json:"items"`
		At    time.Time        `json:"at"`
	}{s.rev, s.items, time.Now()})
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
