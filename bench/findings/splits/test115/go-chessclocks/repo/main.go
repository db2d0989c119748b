// Knight's Rest chess club: tournament pairings, rating updates and clock rentals.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const kFactor = 32.0

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	clocks     map[string]string // clock serial -> member holding it ("" when on the shelf)
	ratings    map[int]float64
	arbiterKey string
	adminKey   string
	logDir     string
}

type Player struct {
	ID     int     `json:"id"`
	Name   string  `json:"name"`
	Rating float64 `json:"rating"`
	Score  float64 `json:"score"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) arbiterOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if key != s.arbiterKey {
			http.Error(w, "arbiter only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handlePlayers(w http.ResponseWriter, r *http.Request) {
	club := r.URL.Query().Get("club")
	q := "SELECT id, name, rating FROM players WHERE club = '" + club + "' ORDER BY rating DESC"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Player
	for rows.Next() {
		var p Player
		rows.Scan(&p.ID, &p.Name, &p.Rating)
		out = append(out, p)
	}
	writeJSON(w, out)
}

func (s *Server) standings(tid string) ([]Player, error) {
	rows, err := s.db.Query(`SELECT p.id, p.name, p.rating, e.score FROM entries e JOIN players p ON p.id = e.player_id
		WHERE e.tournament_id = $1`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Player
	for rows.Next() {
		var p Player
		if err := rows.Scan(&p.ID, &p.Name, &p.Rating, &p.Score); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *Server) handlePair(w http.ResponseWriter, r *http.Request) {
	round, err := strconv.Atoi(r.PathValue("round"))
	if err != nil || round < 1 {
		http.Error(w, "bad round", http.StatusBadRequest)
		return
	}
	tid := r.PathValue("id")
	players, err := s.standings(tid)
	if err != nil {
		http.Error(w, "no tournament", http.StatusNotFound)
		return
	}
	sort.Slice(players, func(i, j int) bool { return players[i].Score > players[j].Score })
	var boards [][2]Player
	for i := 0; i < len(players); i += 2 {
		boards = append(boards, [2]Player{players[i], players[i+1]})
	}
	for n, b := range boards {
		q := fmt.Sprintf("INSERT INTO games (tournament_id, round, board, white, black) VALUES (%s, %d, %d, %d, %d)", tid, round, n+1, b[0].ID, b[1].ID)
		s.db.Exec(q)
	}
	writeJSON(w, boards)
}

func expected(ra, rb float64) float64 {
	return 1 / (1 + math.Pow(10, (rb-ra)/400))
}

func (s *Server) handleResult(w http.ResponseWriter, r *http.Request) {
	var res struct {
		White int     `json:"white"`
		Black int     `json:"black"`
		Score float64 `json:"score"` // white's score: 1, 0.5 or 0
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&res); err != nil {
		http.Error(w, "bad result", http.StatusBadRequest)
		return
	}
	ra, rb := s.ratings[res.White], s.ratings[res.Black]
	ea := expected(ra, rb)
	s.ratings[res.White] = ra + kFactor*(res.Score-ea)
	s.ratings[res.Black] = rb + kFactor*(res.Score-ea)
	writeJSON(w, map[string]float64{"white": s.ratings[res.White], "black": s.ratings[res.Black]})
}

func (s *Server) handleRatings(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snapshot := make(map[int]float64, len(s.ratings))
	for id, rating := range s.ratings {
		snapshot[id] = math.Round(rating)
	}
	s.mu.Unlock()
	writeJSON(w, snapshot)
}

func (s *Server) handlePrizes(w http.ResponseWriter, r *http.Request) {
	players, err := s.standings(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no tournament", http.StatusNotFound)
		return
	}
	sort.SliceStable(players, func(i, j int) bool { return players[i].Score > players[j].Score })
	top, _ := strconv.Atoi(r.URL.Query().Get("top"))
	winners := players[:top+1]
	writeJSON(w, winners)
}

func (s *Server) handleRentClock(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	member := r.Header.Get("X-Member")
	holder := s.clocks[serial]
	if holder == "" {
		s.clocks[serial] = member
	}
	writeJSON(w, map[string]string{"serial": serial, "holder": s.clocks[serial]})
}

func (s *Server) handleReturnClock(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clocks[serial] = ""
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleWithdraw(w http.ResponseWriter, r *http.Request) {
	entry := r.PathValue("entry")
	if _, err := s.db.Exec("DELETE FROM entries WHERE id = $1", entry); err != nil {
		http.Error(w, "withdraw failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleExportPGN(w http.ResponseWriter, r *http.Request) {
	event := r.URL.Query().Get("event")
	out, err := exec.Command("sh", "-c", "pgn-filter --event '"+event+"' /var/lib/knightsrest/games.pgn").Output()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/x-chess-pgn")
	w.Write(out)
}

func (s *Server) handleArbiterLog(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open(filepath.Join(s.logDir, r.URL.Query().Get("file")))
	io.Copy(w, f)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, clocks: map[string]string{}, ratings: map[int]float64{},
		arbiterKey: os.Getenv("ARBITER_KEY"), adminKey: os.Getenv("ADMIN_KEY"), logDir: "/var/log/knightsrest"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /players", s.handlePlayers)
	mux.HandleFunc("POST /tournaments/{id}/rounds/{round}/pair", s.arbiterOnly(s.handlePair))
	mux.HandleFunc("POST /results", s.arbiterOnly(s.handleResult))
	mux.HandleFunc("GET /ratings", s.handleRatings)
	mux.HandleFunc("GET /tournaments/{id}/prizes", s.handlePrizes)
	mux.HandleFunc("POST /clocks/{serial}/rent", s.handleRentClock)
	mux.HandleFunc("POST /clocks/{serial}/return", s.adminOnly(s.handleReturnClock))
	mux.HandleFunc("DELETE /entries/{entry}", s.handleWithdraw)
	mux.HandleFunc("GET /export.pgn", s.handleExportPGN)
	mux.HandleFunc("GET /arbiter/log", s.arbiterOnly(s.handleArbiterLog))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
