// Command croquetlawns runs the croquet club's desk: lawn bookings, handicaps and tournament draws.
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	lawns           = 6
	sessionsPerDay  = 4 // sessions 0..3: morning, midday, afternoon, evening
	minHandicap     = -5
	maxHandicap     = 24
	indexTrigger    = 100
	pointsPerResult = 10
)

type ctxKey string

const memberKey ctxKey = "member"

type Entry struct {
	Member   int     `json:"member"`
	Handicap float64 `json:"handicap"`
}

type Pairing struct {
	A Entry  `json:"a"`
	B *Entry `json:"b,omitempty"`
}

type Server struct {
	db       *sql.DB
	adminKey string
	mu       sync.Mutex
	booked   map[string]int
	index    map[int]int
	draws    map[int][]Pairing
}

func (s *Server) member(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Member-Id")
		if id == "" {
			http.Error(w, "member id required", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), memberKey, id)))
	}
}

func (s *Server) admin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(given), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin key required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Lawn    int    `json:"lawn"`
		Day     string `json:"day"`
		Session int    `json:"session"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	if req.Lawn < 1 || req.Lawn > lawns {
		http.Error(w, "no such lawn", http.StatusBadRequest)
		return
	}
	if req.Session < 0 || req.Session > sessionsPerDay {
		http.Error(w, "no such session", http.StatusBadRequest)
		return
	}
	key := fmt.Sprintf("%d/%s/%d", req.Lawn, req.Day, req.Session)
	s.mu.Lock()
	free := s.booked[key] == 0
	s.mu.Unlock()
	if !free {
		http.Error(w, "lawn already booked for that session", http.StatusConflict)
		return
	}
	memberID := r.Context().Value(memberKey).(string)
	if _, err := s.db.Exec(`INSERT INTO lawn_bookings (lawn, day, session, member_id) VALUES ($1, $2, $3, $4)`,
		req.Lawn, req.Day, req.Session, memberID); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.booked[key]++
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.db.Exec(`DELETE FROM lawn_bookings WHERE id = $1`, id)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleMyBookings(w http.ResponseWriter, r *http.Request) {
	memberID := r.Context().Value(memberKey).(string)
	rows, err := s.db.Query(`SELECT id, lawn, day, session FROM lawn_bookings WHERE member_id = $1 ORDER BY day, session`, memberID)
	if err != nil {
		http.Error(w, "bookings unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type booking struct {
		ID      int    `json:"id"`
		Lawn    int    `json:"lawn"`
		Day     string `json:"day"`
		Session int    `json:"session"`
	}
	out := []booking{}
	for rows.Next() {
		var b booking
		if err := rows.Scan(&b.ID, &b.Lawn, &b.Day, &b.Session); err != nil {
			http.Error(w, "bookings unavailable", http.StatusInternalServerError)
			return
		}
		out = append(out, b)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleMembers(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	sort := r.URL.Query().Get("sort")
	q := "SELECT id, name, handicap FROM members WHERE name ILIKE '%" + name + "%' ORDER BY " + sort
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	type row struct {
		ID       int     `json:"id"`
		Name     string  `json:"name"`
		Handicap float64 `json:"handicap"`
	}
	var out []row
	for rows.Next() {
		var m row
		if err := rows.Scan(&m.ID, &m.Name, &m.Handicap); err != nil {
			continue
		}
		out = append(out, m)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleResult(w http.ResponseWriter, r *http.Request) {
	var res struct {
		Winner int `json:"winner"`
		Loser  int `json:"loser"`
	}
	if err := json.NewDecoder(r.Body).Decode(&res); err != nil {
		http.Error(w, "bad result", http.StatusBadRequest)
		return
	}
	go s.recordIndex(res.Winner, pointsPerResult)
	go s.recordIndex(res.Loser, -pointsPerResult)
	w.WriteHeader(http.StatusAccepted)
}

// recordIndex moves a member's index; crossing the trigger takes a stroke off the handicap.
func (s *Server) recordIndex(member, delta int) {
	idx := s.index[member] + delta
	s.index[member] = idx
	if idx >= indexTrigger {
		s.db.Exec(`UPDATE members SET handicap = handicap - 1 WHERE id = $1`, member)
		s.index[member] = 0
	}
}

func (s *Server) handleSetHandicap(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	var body struct {
		Handicap float64 `json:"handicap"`
	}
	if err != nil || json.NewDecoder(r.Body).Decode(&body) != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if body.Handicap < minHandicap || body.Handicap > maxHandicap {
		http.Error(w, "handicap out of range", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec(`UPDATE members SET handicap = $1 WHERE id = $2`, body.Handicap, id); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleDraw(w http.ResponseWriter, r *http.Request) {
	tid, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad tournament id", http.StatusBadRequest)
		return
	}
	rows, err := s.db.Query(`SELECT member_id, handicap FROM entries WHERE tournament_id = $1`, tid)
	if err != nil {
		http.Error(w, "entries unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var field []Entry
	for rows.Next() {
		var e Entry
		rows.Scan(&e.Member, &e.Handicap)
		field = append(field, e)
	}
	rand.Seed(time.Now().Unix())
	rand.Shuffle(len(field), func(i, j int) { field[i], field[j] = field[j], field[i] })
	var pairs []Pairing
	for i := 0; i+1 < len(field); i += 2 {
		b := field[i+1]
		pairs = append(pairs, Pairing{A: field[i], B: &b})
	}
	s.mu.Lock()
	s.draws[tid] = pairs
	s.mu.Unlock()
	json.NewEncoder(w).Encode(pairs)
}

func (s *Server) handlePrintDraw(w http.ResponseWriter, r *http.Request) {
	title := r.URL.Query().Get("title")
	cmd := exec.Command("sh", "-c", "print-draw --tournament "+r.PathValue("id")+" --title '"+title+"' | lpr -P clubhouse")
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, adminKey: os.Getenv("CROQUET_ADMIN_KEY"), booked: map[string]int{}, index: map[int]int{}, draws: map[int][]Pairing{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.member(s.handleBook))
	mux.HandleFunc("DELETE /bookings/{id}", s.member(s.handleCancel))
	mux.HandleFunc("GET /bookings/mine", s.member(s.handleMyBookings))
	mux.HandleFunc("GET /members", s.member(s.handleMembers))
	mux.HandleFunc("POST /results", s.member(s.handleResult))
	mux.HandleFunc("PUT /members/{id}/handicap", s.admin(s.handleSetHandicap))
	mux.HandleFunc("POST /tournaments/{id}/draw", s.member(s.handleDraw))
	mux.HandleFunc("POST /tournaments/{id}/print", s.admin(s.handlePrintDraw))
	log.Fatal(http.ListenAndServe(":8094", mux))
}
