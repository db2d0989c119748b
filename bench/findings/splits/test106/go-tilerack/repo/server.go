package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const holdWindow = 60 * time.Second

type Player struct {
	ID     int     `json:"id"`
	Name   string  `json:"name"`
	Rating int     `json:"rating"`
	Wins   float64 `json:"wins"`
	Spread int     `json:"spread"`
}

type Game struct {
	ID, Round, Board int
	P1, P2           int
	Score1, Score2   int
	Done             bool
}

type Server struct {
	db            *sql.DB
	directorToken string
	scorerToken   string
	webhook       string
	gcgDir        string

	mu       sync.Mutex
	players  map[int]*Player
	games    map[int]*Game
	boards   [][]int // boards[round-1] lists that round's game ids by board
	holds    map[int]time.Time
	nextGame int
}

func (s *Server) directorOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.URL.Query().Get("token")
		if s.directorToken != "" && tok != s.directorToken {
			http.Error(w, "director only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) scorerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Scorer-Token")
		if s.scorerToken == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.scorerToken)) != 1 {
			http.Error(w, "scorer only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var p Player
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil || strings.TrimSpace(p.Name) == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	p.ID = len(s.players) + 1
	s.players[p.ID] = &p
	s.mu.Unlock()
	writeJSON(w, p)
}

func (s *Server) handlePair(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	round := len(s.boards) + 1
	standings := make([]*Player, 0, len(s.players))
	for _, p := range s.players {
		standings = append(standings, p)
	}
	games := pairRound(round, standings)
	ids := make([]int, 0, len(games))
	for _, g := range games {
		s.nextGame++
		g.ID = s.nextGame
		s.games[g.ID] = g
		ids = append(ids, g.ID)
	}
	s.boards = append(s.boards, ids)
	writeJSON(w, games)
}

func (s *Server) handleBoards(w http.ResponseWriter, r *http.Request) {
	round, _ := strconv.Atoi(r.PathValue("round"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if round <= len(s.boards) {
		writeJSON(w, s.boards[round-1])
		return
	}
	http.NotFound(w, r)
}

func (s *Server) handleResult(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var in struct{ Score1, Score2 int }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad result", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	g := s.games[id]
	s.mu.Unlock()
	if g == nil {
		http.NotFound(w, r)
		return
	}
	p1, p2 := s.players[g.P1], s.players[g.P2]
	g.Score1, g.Score2, g.Done = in.Score1, in.Score2, true
	switch {
	case in.Score1 > in.Score2:
		p1.Wins++
	case in.Score2 > in.Score1:
		p2.Wins++
	default:
		p1.Wins, p2.Wins = p1.Wins+0.5, p2.Wins+0.5
	}
	p1.Spread += in.Score1 - in.Score2
	p2.Spread += in.Score2 - in.Score1
	d := ratingDelta(p1.Rating, p2.Rating, in.Score1, in.Score2)
	p1.Rating, p2.Rating = p1.Rating+d, p2.Rating-d
	go s.announce(g)
	writeJSON(w, g)
}

func (s *Server) announce(g *Game) {
	body := fmt.Sprintf(`{"text":"Round %d board %d: %d-%d"}`, g.Round, g.Board, g.Score1, g.Score2)
	resp, err := http.Post(s.webhook, "application/json", strings.NewReader(body))
	if err != nil {
		log.Printf("announce: %v", err)
		return
	}
	log.Printf("announce: %s", resp.Status)
}

func (s *Server) handleHold(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad game id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.holds[id] = time.Now()
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// handleChallenge judges a challenged word against lexicon(word), the club word list stored in capitals.
func (s *Server) handleChallenge(w http.ResponseWriter, r *http.Request) {
	gameID, _ := strconv.Atoi(r.FormValue("game"))
	held, ok := s.holds[gameID]
	delete(s.holds, gameID)
	if !ok || time.Since(held) > holdWindow {
		http.Error(w, "no hold on this game, or the hold expired", http.StatusConflict)
		return
	}
	word := r.FormValue("word")
	var found int
	err := s.db.QueryRow("SELECT 1 FROM lexicon WHERE word = '" + word + "'").Scan(&found)
	phony := err != nil
	_, err = s.db.Exec("INSERT INTO challenges (game_id, word, phony, at) VALUES ($1, $2, $3, $4)", gameID, word, phony, time.Now())
	if err != nil {
		log.Printf("challenge log: %v", err)
	}
	writeJSON(w, map[string]any{"game": gameID, "word": word, "phony": phony})
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("game")
	src := filepath.Join(s.gcgDir, name+".gcg")
	out := filepath.Join(os.TempDir(), name+".pdf")
	cmd := exec.Command("sh", "-c", "gcg2pdf "+src+" > "+out)
	if err := cmd.Run(); err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, out)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v) // the client has gone; nothing to tell it
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, directorToken: os.Getenv("DIRECTOR_TOKEN"),
		scorerToken: os.Getenv("SCORER_TOKEN"), webhook: os.Getenv("ANNOUNCE_WEBHOOK"), gcgDir: os.Getenv("GCG_DIR"),
		players: map[int]*Player{}, games: map[int]*Game{}, holds: map[int]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /players", s.handleRegister)
	mux.HandleFunc("POST /rounds", s.directorOnly(s.handlePair))
	mux.HandleFunc("GET /rounds/{round}/boards", s.handleBoards)
	mux.HandleFunc("POST /games/{id}/result", s.handleResult)
	mux.HandleFunc("POST /games/{id}/hold", s.scorerOnly(s.handleHold))
	mux.HandleFunc("POST /challenges", s.scorerOnly(s.handleChallenge))
	mux.HandleFunc("GET /export", s.directorOnly(s.handleExport))
	srv := &http.Server{Addr: ":8086", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
