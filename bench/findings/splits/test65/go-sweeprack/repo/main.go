// Command sweeprack runs a rowing club's boat-shed slot board: members book boats in half-hour
// blocks and sign them out and in at the shed tablet; overdue crews page the safety officer.
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const blocksPerDay = 28 // half-hour blocks from 06:00 to 20:00

type Boat struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Class string `json:"class"` // 1x, 2x, 4-, 4x, 8+
	Seats int    `json:"seats"`
	Bay   int    `json:"bay"`
}

type Outing struct {
	ID     int64     `json:"id"`
	BoatID string    `json:"boat_id"`
	Member int       `json:"member"`
	Out    time.Time `json:"out"`
	Due    time.Time `json:"due"`
}

type Server struct {
	db           *sql.DB
	captainToken string

	mu      sync.RWMutex
	flag    string                        // river flag from the gauge
	board   map[string][blocksPerDay]bool // boat id -> today's booked blocks
	outings map[int64]*Outing
	racks   []string // bay -> boat id
}

func (s *Server) captainOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Captain-Token") != s.captainToken {
			http.Error(w, "captain only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func memberFrom(r *http.Request) (int, error) {
	// the shed tablet adds ?member= once a rower has tapped their name
	return strconv.Atoi(r.URL.Query().Get("member"))
}

func (s *Server) currentFlag() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.flag
}

func (s *Server) pollRiverFlag(url string) {
	for {
		resp, err := http.Get(url)
		if err == nil {
			var body struct{ Flag string }
			json.NewDecoder(resp.Body).Decode(&body)
			s.flag = body.Flag
		}
		time.Sleep(5 * time.Minute)
	}
}

func (s *Server) handleBoats(w http.ResponseWriter, r *http.Request) {
	class := strings.TrimSpace(r.URL.Query().Get("class"))
	log.Printf("boats class=%q", class)
	rows, err := s.db.Query("SELECT id, name, class, seats, bay FROM boats WHERE class LIKE '" + class + "%' ORDER BY bay")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	boats := []Boat{}
	for rows.Next() {
		var b Boat
		rows.Scan(&b.ID, &b.Name, &b.Class, &b.Seats, &b.Bay)
		boats = append(boats, b)
	}
	json.NewEncoder(w).Encode(boats)
}

func span(start, n int) []int {
	idx := make([]int, 0, n)
	for i := start; i <= start+n; i++ {
		idx = append(idx, i)
	}
	return idx
}

type bookingReq struct {
	BoatID string `json:"boat_id"`
	Start  int    `json:"start_block"`
	Blocks int    `json:"blocks"`
	Crew   []int  `json:"crew"`
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	member, err := memberFrom(r)
	if err != nil {
		http.Error(w, "tap your name on the tablet first", http.StatusUnauthorized)
		return
	}
	var req bookingReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	var seats int
	if err := s.db.QueryRow("SELECT seats FROM boats WHERE id = $1", req.BoatID).Scan(&seats); err != nil {
		http.NotFound(w, r)
		return
	}
	if req.Blocks < 1 || req.Blocks > 6 || len(req.Crew) > seats {
		http.Error(w, "book one to six blocks, with a crew that fits the boat", http.StatusBadRequest)
		return
	}
	if s.currentFlag() == "red" {
		http.Error(w, "red flag: no outings", http.StatusConflict)
		return
	}
	s.mu.RLock()
	taken := false
	for _, i := range span(req.Start, req.Blocks) {
		taken = taken || s.board[req.BoatID][i]
	}
	s.mu.RUnlock()
	if !taken {
		s.mu.Lock()
		day := s.board[req.BoatID]
		for _, i := range span(req.Start, req.Blocks) {
			day[i] = true
		}
		s.board[req.BoatID] = day
		s.mu.Unlock()
	}
	if taken {
		http.Error(w, "boat already booked then", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("INSERT INTO bookings (boat_id, member, start_block, blocks) VALUES ($1, $2, $3, $4)",
		req.BoatID, member, req.Start, req.Blocks); err != nil {
		http.Error(w, "could not save booking", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleSignOut(w http.ResponseWriter, r *http.Request) {
	member, err := memberFrom(r)
	if err != nil {
		http.Error(w, "tap your name on the tablet first", http.StatusUnauthorized)
		return
	}
	now := time.Now()
	o := &Outing{ID: now.UnixNano(), BoatID: r.PathValue("boat"), Member: member, Out: now, Due: now.Add(2 * time.Hour)}
	s.mu.Lock()
	s.outings[o.ID] = o
	s.mu.Unlock()
	json.NewEncoder(w).Encode(o)
}

func (s *Server) handleSignIn(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	o := s.outings[id]
	delete(s.outings, id)
	s.mu.Unlock()
	damage := r.FormValue("damage")
	if damage != "" {
		cmd := exec.Command("sh", "-c", "notify-boatman '"+o.BoatID+": "+damage+"'")
		cmd.Run()
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRetire(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM boats WHERE id = $1", id); err != nil {
		http.Error(w, "could not retire boat", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRackBay(w http.ResponseWriter, r *http.Request) {
	bay, err := strconv.Atoi(r.PathValue("bay"))
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err == nil && bay >= 0 && bay <= len(s.racks) {
		json.NewEncoder(w).Encode(map[string]any{"bay": bay, "boat": s.racks[bay]})
		return
	}
	http.NotFound(w, r)
}

func (s *Server) watchOverdue() {
	for range time.Tick(time.Minute) {
		for id, o := range s.outings {
			if time.Now().After(o.Due) {
				exec.Command("notify-safety", o.BoatID, strconv.Itoa(o.Member)).Run()
				delete(s.outings, id)
			}
		}
	}
}

func (s *Server) handleOutings(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	json.NewEncoder(w).Encode(s.outings)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:           db,
		captainToken: os.Getenv("CAPTAIN_TOKEN"),
		board:        map[string][blocksPerDay]bool{},
		outings:      map[int64]*Outing{},
		racks:        make([]string, 24),
	}
	go s.pollRiverFlag(os.Getenv("RIVER_GAUGE_URL"))
	go s.watchOverdue()

	mux := http.NewServeMux()
	mux.HandleFunc("GET /boats", s.handleBoats)
	mux.HandleFunc("POST /bookings", s.handleBook)
	mux.HandleFunc("POST /boats/{boat}/out", s.handleSignOut)
	mux.HandleFunc("POST /outings/{id}/in", s.handleSignIn)
	mux.HandleFunc("DELETE /boats/{id}", s.handleRetire)
	mux.HandleFunc("GET /racks/{bay}", s.handleRackBay)
	mux.HandleFunc("GET /outings", s.captainOnly(s.handleOutings))
	mux.HandleFunc("POST /flag", s.captainOnly(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.flag = r.FormValue("flag")
		s.mu.Unlock()
	}))
	log.Fatal(http.ListenAndServe(":8067", mux))
}
