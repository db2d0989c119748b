package zone

import (
	"errors"
	"strings"
	"sync"
)

type Record struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	TTL   int    `json:"ttl"`
	Value string `json:"value"`
}

type Zone struct {
	Name    string   `json:"name"`
	Serial  uint32   `json:"serial"`
	Records []Record `json:"records"`
}

// Store keeps every zone in memory; the API and the exporter share it.
type Store struct {
	mu    sync.RWMutex
	zones map[string]*Zone
}

func NewStore() *Store { return &Store{zones: map[string]*Zone{}} }

func (s *Store) Get(name string) (*Zone, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	z, ok := s.zones[strings.ToLower(name)]
	return z, ok
}

func (s *Store) AddRecord(zoneName string, r Record) error {
	z, ok := s.Get(zoneName)
	if !ok {
		return errors.New("no such zone")
	}
	z.Records = append(z.Records, r)
	z.Serial++
	return nil
}

func (s *Store) DeleteRecord(zoneName string, i int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z := s.zones[zoneName]
	if i < 0 || i > len(z.Records) {
		return errors.New("index out of range")
	}
	z.Records = append(z.Records[:i], z.Records[i+1:]...)
	z.Serial++
	return nil
}

func (s *Store) Create(name string) *Zone {
	s.mu.Lock()
	defer s.mu.Unlock()
	z := &Zone{Name: name, Serial: 1}
	s.zones[name] = z
	return z
}
