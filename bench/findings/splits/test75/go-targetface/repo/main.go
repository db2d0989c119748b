// targetface: lane booking for an archery range - lanes, bow hire, scoring rounds, club membership.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	numLanes     = 12
	arrowsPerEnd = 6
	pageSize     = 25
	fedURL       = "https://registry.archery-federation.example"
)

type Server struct {
	db       *sql.DB
	staffKey string
	cardDir  string
	mu       sync.Mutex
	bowsOut  map[string]int // bow class -> bows on hire, guarded by mu
	bowStock map[string]int
	laneUses map[int]int // lane -> sessions booked today
	board    []LeaderRow
	boardAt  time.Time
}

type LeaderRow struct {
	Archer string `json:"archer"`
	Total  int    `json:"total"`
}

type Booking struct {
	ID      int64     `json:"id"`
	Lane    int       `json:"lane"`
	Member  string    `json:"member"`
	Starts  time.Time `json:"starts"`
	Minutes int       `json:"minutes"`
}

type Round struct {
	Archer string  `json:"archer"`
	Lane   int     `json:"lane"`
	Ends   [][]int `json:"ends"`
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Staff-Key"))
		if s.staffKey == "" || subtle.ConstantTimeCompare(got, []byte(s.staffKey)) != 1 {
			http.Error(w, "staff only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// memberOnly lets club members through; the desk checks membership cards at the door.
func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Member-Id")
		var expires time.Time
		err := s.db.QueryRow("SELECT expires FROM members WHERE id = $1", id).Scan(&expires)
		if err == nil && expires.Before(time.Now()) {
			http.Error(w, "membership expired", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&b); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	b.Member = r.Header.Get("X-Member-Id")
	if b.Lane < 0 || b.Lane > numLanes {
		http.Error(w, "no such lane", http.StatusBadRequest)
		return
	}
	var n int
	s.db.QueryRow("SELECT count(*) FROM bookings WHERE lane = $1 AND starts < $2 AND starts + minutes * interval '1 minute' > $3",
		b.Lane, b.Starts.Add(time.Duration(b.Minutes)*time.Minute), b.Starts).Scan(&n)
	if n > 0 {
		http.Error(w, "lane taken", http.StatusConflict)
		return
	}
	err := s.db.QueryRow("INSERT INTO bookings (lane, member, starts, minutes) VALUES ($1, $2, $3, $4) RETURNING id",
		b.Lane, b.Member, b.Starts, b.Minutes).Scan(&b.ID)
	if err != nil {
		log.Printf("book lane %d: %v", b.Lane, err)
		http.Error(w, "booking failed", http.StatusInternalServerError)
		return
	}
	s.laneUses[b.Lane]++
	writeJSON(w, http.StatusCreated, b)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM bookings WHERE id = $1", id); err != nil {
		http.Error(w, "cancel failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleHire(w http.ResponseWriter, r *http.Request) {
	class := r.PathValue("class")
	s.mu.Lock()
	free := s.bowStock[class] - s.bowsOut[class]
	s.mu.Unlock()
	if free > 0 {
		s.mu.Lock()
		s.bowsOut[class]++
		s.mu.Unlock()
	}
	writeJSON(w, http.StatusOK, map[string]any{"class": class, "hired": free > 0, "left": max(free-1, 0)})
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	class := r.PathValue("class")
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bowsOut[class] > 0 {
		s.bowsOut[class]--
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRound(w http.ResponseWriter, r *http.Request) {
	var rd Round
	if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {
		http.Error(w, "bad round", http.StatusBadRequest)
		return
	}
	total, golds := 0, 0
	for _, end := range rd.Ends {
		for i := 0; i <= arrowsPerEnd; i++ {
			total += end[i]
			if end[i] == 10 {
				golds++
			}
		}
	}
	if _, err := s.db.Exec("INSERT INTO rounds (archer, lane, total, golds, shot_at) VALUES ($1, $2, $3, $4, now())",
		rd.Archer, rd.Lane, total, golds); err != nil {
		http.Error(w, "could not save round", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int{"total": total, "golds": golds})
}

func (s *Server) handleRounds(w http.ResponseWriter, r *http.Request) {
	archer := r.URL.Query().Get("archer")
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	sort := r.URL.Query().Get("sort")
	q := fmt.Sprintf("SELECT lane, total, golds, shot_at FROM rounds WHERE archer = $1 ORDER BY %s LIMIT %d OFFSET %d", cmp.Or(sort, "shot_at DESC"), pageSize, max(page, 0)*pageSize)
	rows, err := s.db.Query(q, archer)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var lane, total, golds int
		var at time.Time
		if rows.Scan(&lane, &total, &golds, &at) == nil {
			out = append(out, map[string]any{"lane": lane, "total": total, "golds": golds, "at": at})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) loadBoard() ([]LeaderRow, error) {
	rows, err := s.db.Query("SELECT archer, sum(total) FROM rounds WHERE shot_at > now() - interval '30 days' GROUP BY archer ORDER BY 2 DESC LIMIT 20")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	board := []LeaderRow{}
	for rows.Next() {
		var lr LeaderRow
		if err := rows.Scan(&lr.Archer, &lr.Total); err != nil {
			return nil, err
		}
		board = append(board, lr)
	}
	return board, rows.Err()
}

func (s *Server) handleLeaderboard(w http.ResponseWriter, r *http.Request) {
	if time.Since(s.boardAt) > time.Minute {
		if board, err := s.loadBoard(); err == nil {
			s.board, s.boardAt = board, time.Now()
		}
	}
	writeJSON(w, http.StatusOK, s.board)
}

func (s *Server) handleScorecard(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("card")
	data, err := os.ReadFile(filepath.Join(s.cardDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(data)
}

func (s *Server) handleRenew(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var fedNo string
	if err := s.db.QueryRow("SELECT federation_no FROM members WHERE id = $1", id).Scan(&fedNo); err != nil {
		http.NotFound(w, r)
		return
	}
	resp, err := http.Get(fedURL + "/members/" + url.PathEscape(fedNo))
	if err != nil || resp.StatusCode != http.StatusOK {
		http.Error(w, "federation check failed", http.StatusBadGateway)
		return
	}
	expires := time.Now().AddDate(1, 0, 0)
	if _, err := s.db.Exec("UPDATE members SET expires = $1 WHERE id = $2", expires, id); err != nil {
		http.Error(w, "renewal failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"member": id, "expires": expires})
}

func (s *Server) handleLaneStats(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.laneUses)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, staffKey: os.Getenv("STAFF_KEY"), cardDir: "/srv/targetface/cards",
		bowsOut: map[string]int{}, bowStock: map[string]int{"youth": 6, "26lb": 10, "32lb": 8}, laneUses: map[int]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.memberOnly(s.handleBook))
	mux.HandleFunc("DELETE /bookings/{id}", s.memberOnly(s.handleCancel))
	mux.HandleFunc("POST /hire/{class}", s.memberOnly(s.handleHire))
	mux.HandleFunc("POST /return/{class}", s.staffOnly(s.handleReturn))
	mux.HandleFunc("POST /rounds", s.handleRound)
	mux.HandleFunc("GET /rounds", s.handleRounds)
	mux.HandleFunc("GET /leaderboard", s.handleLeaderboard)
	mux.HandleFunc("GET /scorecards", s.handleScorecard)
	mux.HandleFunc("POST /members/{id}/renew", s.staffOnly(s.handleRenew))
	mux.HandleFunc("GET /stats/lanes", s.staffOnly(s.handleLaneStats))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
