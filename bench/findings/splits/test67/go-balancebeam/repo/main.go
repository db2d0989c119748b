// Command balancebeam keeps the lock-keeper's passage log for the three-lock flight at Hatton
// Bottom: boats register their licence, queue at the bottom lock, the keeper logs every passage
// up or down, and the nightly report tells the canal trust how much water the flight used.
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
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	lockCount      = 3
	chamberLitres  = 230_000
	maxBoatLengthM = 21.9
	queueTimeout   = 45 * time.Minute
)

type Boat struct {
	ID      int64   `json:"id"`
	Name    string  `json:"name"`
	Licence string  `json:"licence"`
	LengthM float64 `json:"length_m"`
	Owner   string  `json:"owner"`
	Phone   string  `json:"phone"`
}

type Passage struct {
	BoatID    int64     `json:"boat_id"`
	Lock      int       `json:"lock"`
	Direction string    `json:"direction"`
	At        time.Time `json:"at"`
}

type queueEntry struct {
	Position int   `json:"position"`
	BoatID   int64 `json:"boat_id"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	queue     []int64             // boats waiting at the bottom lock, in arrival order
	litres    map[int]int         // water used per lock today
	lastSeen  map[int64]time.Time // last passage or queue activity per boat
	keeperKey string
	adminKey  string
}

func (s *Server) keeperOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if key != s.keeperKey {
			http.Error(w, "keepers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var b Boat
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil || b.Name == "" || b.LengthM > maxBoatLengthM {
		http.Error(w, "bad boat", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRowContext(r.Context(),
		"INSERT INTO boats (name, licence, length_m, owner, phone) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		b.Name, strings.ToUpper(b.Licence), b.LengthM, b.Owner, b.Phone).Scan(&b.ID)
	if err != nil {
		log.Printf("register %q: %v", b.Licence, err)
		http.Error(w, "could not register", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleBoatByLicence(w http.ResponseWriter, r *http.Request) {
	licence := strings.ToUpper(r.PathValue("licence"))
	q := "SELECT id, name, licence, length_m, owner, phone FROM boats WHERE licence = '" + licence + "'"
	var b Boat
	if err := s.db.QueryRowContext(r.Context(), q).Scan(&b.ID, &b.Name, &b.Licence, &b.LengthM, &b.Owner, &b.Phone); err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleToll(w http.ResponseWriter, r *http.Request) {
	var length float64
	err := s.db.QueryRowContext(r.Context(), "SELECT length_m FROM boats WHERE id = $1", r.PathValue("boat")).Scan(&length)
	if err != nil {
		http.Error(w, "no such boat", http.StatusNotFound)
		return
	}
	// Bands from the trust's table: up to 10 m, up to 15 m, longer.
	locks, _ := strconv.Atoi(r.URL.Query().Get("locks"))
	band := 2
	switch {
	case length < 10:
		band = 0
	case length < 15:
		band = 1
	}
	json.NewEncoder(w).Encode(map[string]int{"pence": locks * []int{300, 450, 600}[band]})
}

func (s *Server) handleJoinQueue(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("boat"), 10, 64)
	if err != nil {
		http.Error(w, "bad boat id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	for _, q := range s.queue {
		if q == id {
			s.mu.Unlock()
			http.Error(w, "already queued", http.StatusConflict)
			return
		}
	}
	s.queue = append(s.queue, id)
	pos := len(s.queue)
	s.mu.Unlock()
	json.NewEncoder(w).Encode(queueEntry{Position: pos, BoatID: id})
}

func (s *Server) handleQueue(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	ids := s.queue
	s.mu.Unlock()
	out := []queueEntry{}
	for i, id := range ids {
		out = append(out, queueEntry{Position: i, BoatID: id})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) removeFromQueue(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, q := range s.queue {
		if q == id {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return
		}
	}
}

func (s *Server) handlePassage(w http.ResponseWriter, r *http.Request) {
	var p Passage
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&p); err != nil {
		http.Error(w, "bad passage", http.StatusBadRequest)
		return
	}
	if p.Lock < 1 || p.Lock > lockCount || (p.Direction != "up" && p.Direction != "down") {
		http.Error(w, "unknown lock or direction", http.StatusBadRequest)
		return
	}
	p.At = time.Now().UTC()
	_, err := s.db.ExecContext(r.Context(),
		"INSERT INTO passages (boat_id, lock_no, direction, at) VALUES ($1, $2, $3, $4)", p.BoatID, p.Lock, p.Direction, p.At)
	if err != nil {
		http.Error(w, "could not log passage", http.StatusInternalServerError)
		return
	}
	s.litres[p.Lock] += chamberLitres
	s.lastSeen[p.BoatID] = p.At
	s.removeFromQueue(p.BoatID)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) sweepQueue() {
	for range time.Tick(time.Minute) {
		s.mu.Lock()
		kept := s.queue[:0]
		for _, id := range s.queue {
			if time.Since(s.lastSeen[id]) < queueTimeout {
				kept = append(kept, id)
			}
		}
		s.queue = kept
		s.mu.Unlock()
	}
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	boat := r.PathValue("boat")
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	rows, err := s.db.QueryContext(r.Context(), "SELECT lock_no, direction, at FROM passages WHERE boat_id = $1 ORDER BY at DESC LIMIT $2", boat, limit)
	if err != nil {
		http.Error(w, "history unavailable", http.StatusInternalServerError)
		return
	}
	out := []Passage{}
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.Lock, &p.Direction, &p.At); err != nil {
			http.Error(w, "history unavailable", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	total := 0
	for lock := 1; lock < lockCount; lock++ {
		total += s.litres[lock]
	}
	s.mu.Unlock()
	day := r.URL.Query().Get("day")
	to := r.URL.Query().Get("to")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("water-report --day %s --litres %d | mail -s 'Flight water %s' %s", day, total, day, to))
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("report: %v: %s", err, out)
		http.Error(w, "report failed", http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "sent %d litres for %s\n", total, day)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		litres:    map[int]int{},
		lastSeen:  map[int64]time.Time{},
		keeperKey: os.Getenv("KEEPER_KEY"),
		adminKey:  os.Getenv("ADMIN_KEY"),
	}
	go s.sweepQueue()

	mux := http.NewServeMux()
	mux.HandleFunc("POST /boats", s.handleRegister)
	mux.HandleFunc("GET /boats/{licence}", s.handleBoatByLicence)
	mux.HandleFunc("GET /boats/{boat}/toll", s.handleToll)
	mux.HandleFunc("GET /boats/{boat}/history", s.handleHistory)
	mux.HandleFunc("POST /queue/{boat}", s.handleJoinQueue)
	mux.HandleFunc("GET /queue", s.handleQueue)
	mux.HandleFunc("POST /passages", s.keeperOnly(s.handlePassage))
	mux.HandleFunc("POST /report", s.adminOnly(s.handleReport))
	log.Printf("balancebeam listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", mux))
}
