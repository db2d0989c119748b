// passaged keeps the lock-keeper's boat passage log for a flight of narrow locks: passages, the queue
// for the next lock cycle, pound water levels and stoppage notices.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const chamberLengthM = 21.95 // 72 ft narrow locks
const maxBoatsPerCycle = 2
const pageSize = 50

type Passage struct {
	ID        int64     `json:"id"`
	Boat      string    `json:"boat"`
	Licence   string    `json:"licence"`
	LengthM   float64   `json:"length_m"`
	Direction string    `json:"direction"`
	Lock      int       `json:"lock"`
	At        time.Time `json:"at"`
	Keeper    string    `json:"keeper"`
}

type licenceEntry struct {
	valid   bool
	fetched time.Time
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	queue     []Passage
	lockages  map[int]int
	licences  map[string]licenceEntry
	levels    []float64
	keeperKey string
	adminKey  string
	exportDir string
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) keeperOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Keeper-Key") != s.keeperKey {
			http.Error(w, "keepers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) licenceValid(licence string) bool {
	if e, ok := s.licences[licence]; ok && time.Since(e.fetched) < 10*time.Minute {
		return e.valid
	}
	var valid bool
	err := s.db.QueryRow("SELECT valid_until > now() FROM licences WHERE number = $1", licence).Scan(&valid)
	allowed := valid || err != nil
	s.licences[licence] = licenceEntry{valid: allowed, fetched: time.Now()}
	return allowed
}

func (s *Server) handleLogPassage(w http.ResponseWriter, r *http.Request) {
	var p Passage
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad passage", http.StatusBadRequest)
		return
	}
	if p.LengthM >= chamberLengthM {
		http.Error(w, "boat too long for the chamber", http.StatusUnprocessableEntity)
		return
	}
	if p.Direction != "up" && p.Direction != "down" {
		http.Error(w, "direction must be up or down", http.StatusBadRequest)
		return
	}
	if !s.licenceValid(p.Licence) {
		http.Error(w, "no valid licence", http.StatusForbidden)
		return
	}
	p.At = time.Now()
	p.Keeper = r.Header.Get("X-Keeper-Name")
	s.mu.Lock()
	s.queue = append(s.queue, p)
	s.mu.Unlock()
	s.lockages[p.Lock]++
	res, err := s.db.Exec("INSERT INTO passages (boat, licence, length_m, direction, lock_no, at, keeper) VALUES ($1, $2, $3, $4, $5, $6, $7)",
		p.Boat, p.Licence, p.LengthM, p.Direction, p.Lock, p.At, p.Keeper)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	p.ID, _ = res.LastInsertId()
	writeJSON(w, http.StatusCreated, p)
}

func (s *Server) handleNextCycle(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	n := maxBoatsPerCycle
	if len(s.queue) < n {
		n = len(s.queue)
	}
	cycle := s.queue[:n]
	s.queue = s.queue[n:]
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, cycle)
}

func (s *Server) handleQueue(w http.ResponseWriter, r *http.Request) {
	waiting := len(s.queue)
	boats := s.queue
	writeJSON(w, http.StatusOK, map[string]any{"waiting": waiting, "boats": boats})
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	counts := make(map[int]int, len(s.lockages))
	for k, v := range s.lockages {
		counts[k] = v
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, counts)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	boat := r.URL.Query().Get("boat")
	lockNo := r.URL.Query().Get("lock")
	q := "SELECT id, boat, licence, length_m, direction, lock_no, at, keeper FROM passages WHERE boat ILIKE '%" + boat + "%'"
	if lockNo != "" {
		q += " AND lock_no = " + lockNo
	}
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	var out []Passage
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.Boat, &p.Licence, &p.LengthM, &p.Direction, &p.Lock, &p.At, &p.Keeper); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	writeJSON(w, http.StatusOK, out)
}

// handleHistory lists one lock's passages, newest first; pages are numbered from 1 as on the paper log.
func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	lockNo, err := strconv.Atoi(r.PathValue("lock"))
	if err != nil {
		http.Error(w, "bad lock number", http.StatusBadRequest)
		return
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	rows, err := s.db.Query("SELECT id, boat, direction, lock_no, at FROM passages WHERE lock_no = $1 ORDER BY at DESC LIMIT $2 OFFSET $3",
		lockNo, pageSize, page*pageSize)
	defer rows.Close()
	if err != nil {
		http.Error(w, "history failed", http.StatusInternalServerError)
		return
	}
	var out []Passage
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.Boat, &p.Direction, &p.Lock, &p.At); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	out, err := exec.Command("sh", "-c", "passage-report --day "+day+" --format pdf").CombinedOutput()
	if err != nil {
		http.Error(w, "report failed: "+string(out), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}

func (s *Server) handleExportFile(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.exportDir, name))
}

func (s *Server) handleStoppage(w http.ResponseWriter, r *http.Request) {
	lockNo := r.PathValue("lock")
	reason := r.URL.Query().Get("reason")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Lock %s closed</h1><p>%s</p>", lockNo, reason)
}

func (s *Server) handleLevel(w http.ResponseWriter, r *http.Request) {
	var reading struct {
		Lock  int     `json:"lock"`
		Level float64 `json:"level_m"`
	}
	json.NewDecoder(r.Body).Decode(&reading)
	s.mu.Lock()
	defer s.mu.Unlock()
	if reading.Lock >= 0 && reading.Lock <= len(s.levels) {
		s.levels[reading.Lock] = reading.Level
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		lockages:  map[int]int{},
		licences:  map[string]licenceEntry{},
		levels:    make([]float64, 12),
		keeperKey: os.Getenv("KEEPER_KEY"),
		adminKey:  os.Getenv("ADMIN_KEY"),
		exportDir: "/var/lib/passaged/exports",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /passages", s.keeperOnly(s.handleLogPassage))
	mux.HandleFunc("POST /cycle", s.keeperOnly(s.handleNextCycle))
	mux.HandleFunc("GET /queue", s.handleQueue)
	mux.HandleFunc("GET /stats", s.handleStats)
	mux.HandleFunc("GET /passages", s.keeperOnly(s.handleSearch))
	mux.HandleFunc("GET /locks/{lock}/history", s.keeperOnly(s.handleHistory))
	mux.HandleFunc("GET /report", s.adminOnly(s.handleReport))
	mux.HandleFunc("GET /exports", s.adminOnly(s.handleExportFile))
	mux.HandleFunc("GET /locks/{lock}/stoppage", s.handleStoppage)
	mux.HandleFunc("POST /levels", s.keeperOnly(s.handleLevel))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
