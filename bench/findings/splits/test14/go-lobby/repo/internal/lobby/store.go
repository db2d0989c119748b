package lobby

import (
	"strconv"
	"sync"
)

type Lobby struct {
	ID         string   `json:"id"`
	Host       string   `json:"host"`
	Name       string   `json:"name"`
	MaxPlayers int      `json:"max_players"`
	Password   string   `json:"password"`
	Players    []string `json:"players"`
}

// Remove drops a player from the lobby.
func (l *Lobby) Remove(player string) {
	for i, p := range l.Players {
		if p == player {
			l.Players = append(l.Players[:i], l.Players[i+1:]...)
			return
		}
	}
}

type Store struct {
	mu      sync.Mutex
	lobbies map[string]*Lobby
	ratings map[string]int
	nextID  int
}

func NewStore() *Store {
	return &Store{lobbies: map[string]*Lobby{}, ratings: map[string]int{}}
}

func (s *Store) Create(host, name string, max int, password string) *Lobby {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	l := &Lobby{ID: strconv.Itoa(s.nextID), Host: host, Name: name, MaxPlayers: max, Password: password, Players: []string{host}}
	s.lobbies[l.ID] = l
	return l
}

func (s *Store) Get(id string) (*Lobby, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.lobbies[id]
	return l, ok
}

func (s *Store) List() []*Lobby {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Lobby, 0, len(s.lobbies))
	for _, l := range s.lobbies {
		out = append(out, l)
	}
	return out
}

func (s *Store) ApplyResult(winner, loser string) {
	rw, rl := s.ratings[winner], s.ratings[loser]
	nw, nl := Update(rw, rl, true)
	s.mu.Lock()
	s.ratings[winner], s.ratings[loser] = nw, nl
	s.mu.Unlock()
}
