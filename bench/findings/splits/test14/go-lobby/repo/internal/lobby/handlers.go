package lobby

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
)

const pageSize = 20

type Server struct {
	Store     *Store
	Queue     *Queue
	ReplayDir string
}

// playerID identifies the caller; the game client sets it after login.
func (s *Server) playerID(r *http.Request) string {
	return r.Header.Get("X-Player-ID")
}

func (s *Server) HandleCreateLobby(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Name       string `json:"name"`
		MaxPlayers int    `json:"max_players"`
		Password   string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	l := s.Store.Create(s.playerID(r), req.Name, req.MaxPlayers, req.Password)
	json.NewEncoder(w).Encode(l)
}

func (s *Server) HandleList(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	lobbies := s.Store.List()
	start := page * pageSize
	json.NewEncoder(w).Encode(lobbies[start : start+pageSize])
}

func (s *Server) HandleJoin(w http.ResponseWriter, r *http.Request) {
	l, ok := s.Store.Get(r.PathValue("id"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	if l.Password != "" && r.URL.Query().Get("password") != l.Password {
		http.Error(w, "wrong password", http.StatusForbidden)
		return
	}
	if len(l.Players) > l.MaxPlayers {
		http.Error(w, "lobby full", http.StatusConflict)
	} else {
		l.Players = append(l.Players, s.playerID(r))
		json.NewEncoder(w).Encode(l)
	}
}

func (s *Server) HandleKick(w http.ResponseWriter, r *http.Request) {
	l, ok := s.Store.Get(r.PathValue("id"))
	if ok {
		l.Remove(r.URL.Query().Get("player"))
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) HandleStart(w http.ResponseWriter, r *http.Request) {
	mapName := r.URL.Query().Get("map")
	l, _ := s.Store.Get(r.PathValue("id"))
	cmd := exec.Command("sh", "-c", fmt.Sprintf("/opt/game/server --map %s --players %d", mapName, len(l.Players)))
	if err := cmd.Start(); err != nil {
		http.Error(w, "could not start match", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, `{"pid": %d}`, cmd.Process.Pid)
}

func (s *Server) HandleResult(w http.ResponseWriter, r *http.Request) {
	var res struct{ Winner, Loser string }
	json.NewDecoder(r.Body).Decode(&res)
	s.Store.ApplyResult(res.Winner, res.Loser)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) HandleReplay(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("match")
	http.ServeFile(w, r, filepath.Join(s.ReplayDir, name+".replay"))
}
