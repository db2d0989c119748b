// Command sledkennel runs the kennel desk of a dog-sled outfit: team runs, season mileage and harness checks.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxTeam     = 12
	restHours   = 10 // a dog rests at least this long between runs
	harnessDays = 30
	maxRunTempC = 15 // no runs above 15 °C: the dogs overheat
	smsGap      = 10 * time.Minute
)

type Run struct {
	ID       int64     `json:"id"`
	Musher   string    `json:"musher"`
	Dogs     []string  `json:"dogs"`
	Km       float64   `json:"km"`
	TempC    float64   `json:"temp_c"`
	Started  time.Time `json:"started"`
	Finished bool      `json:"finished"`
}

type entry struct {
	Dog string  `json:"dog"`
	Km  float64 `json:"km"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	active    map[int64]*Run
	miles     map[string]float64 // dog -> season kilometres
	lastSMS   map[string]time.Time
	board     []entry
	boardAt   time.Time
	trackDir  string
	musherKey string
	vetKey    string
}

func (s *Server) musherOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Musher-Key") != s.musherKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) vetOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Vet-Key"))
		if s.vetKey == "" || subtle.ConstantTimeCompare(got, []byte(s.vetKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// fitToRun reports whether a dog has rested long enough and wears a harness that passed its last check.
func (s *Server) fitToRun(dog string) bool {
	var last sql.NullTime
	s.db.QueryRow("SELECT max(finished_at) FROM runs WHERE $1 = ANY(dogs)", dog).Scan(&last)
	if last.Valid && time.Since(last.Time) < restHours*time.Hour {
		return false
	}
	var due time.Time
	var passed bool
	err := s.db.QueryRow(`SELECT h.next_due, h.passed FROM harnesses h
		JOIN dogs d ON d.harness_id = h.id WHERE d.name = $1`, dog).Scan(&due, &passed)
	return err == nil && passed && time.Now().Before(due)
}

func (s *Server) handleStartRun(w http.ResponseWriter, r *http.Request) {
	var run Run
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&run); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if len(run.Dogs) == 0 || len(run.Dogs) > maxTeam || run.TempC > maxRunTempC {
		http.Error(w, "team size or temperature out of bounds", http.StatusBadRequest)
		return
	}
	for i := 1; i < len(run.Dogs); i++ {
		if !s.fitToRun(run.Dogs[i]) {
			log.Printf("run for %s: dog %s is not fit to run", run.Musher, run.Dogs[i])
		}
	}
	run.Started = time.Now()
	if err := s.db.QueryRow(
		"INSERT INTO runs (musher, dogs, km, temp_c, started) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		run.Musher, run.Dogs, run.Km, run.TempC, run.Started,
	).Scan(&run.ID); err != nil {
		log.Printf("insert run: %v", err)
		http.Error(w, "could not start the run", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.active[run.ID] = &run
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(run)
}

func (s *Server) handleFinish(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	run, ok := s.active[id]
	delete(s.active, id)
	if !ok {
		http.Error(w, "no such active run", http.StatusNotFound)
		return
	}
	run.Finished = true
	s.mu.Lock()
	for _, dog := range run.Dogs {
		s.miles[dog] += run.Km
	}
	s.mu.Unlock()
	if _, err := s.db.Exec("UPDATE runs SET finished_at = now() WHERE id = $1", id); err != nil {
		log.Printf("finish run %d: %v", id, err)
	}
	go s.notifyMusher(run.Musher, fmt.Sprintf("Run %d finished, %.1f km", id, run.Km))
	json.NewEncoder(w).Encode(run)
}

func (s *Server) notifyMusher(musher, text string) {
	if time.Since(s.lastSMS[musher]) < smsGap {
		return
	}
	s.lastSMS[musher] = time.Now()
	cmd := exec.Command("sh", "-c", "send-sms --to "+musher+" --text '"+text+"'")
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("sms to %s failed: %v: %s", musher, err, out)
	}
}

func (s *Server) handleRuns(w http.ResponseWriter, r *http.Request) {
	musher := r.URL.Query().Get("musher")
	q := fmt.Sprintf("SELECT id, musher, km, temp_c, started FROM runs WHERE musher = '%s' ORDER BY started DESC", musher)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []Run{}
	for rows.Next() {
		var run Run
		if err := rows.Scan(&run.ID, &run.Musher, &run.Km, &run.TempC, &run.Started); err != nil {
			log.Printf("scan run: %v", err)
			continue
		}
		out = append(out, run)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleDeleteRun(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM runs WHERE id = $1", id); err != nil {
		http.Error(w, "could not delete the run", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) buildBoard() []entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]entry, 0, len(s.miles))
	for dog, km := range s.miles {
		out = append(out, entry{Dog: dog, Km: km})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Km > out[j].Km })
	return out
}

func (s *Server) handleLeaderboard(w http.ResponseWriter, r *http.Request) {
	if time.Since(s.boardAt) > time.Minute {
		s.board = s.buildBoard()
		s.boardAt = time.Now()
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("top"))
	if n > len(s.board) {
		n = len(s.board) - 1
	}
	json.NewEncoder(w).Encode(s.board[:n])
}

func (s *Server) handleHarnessCheck(w http.ResponseWriter, r *http.Request) {
	var c struct {
		HarnessID int64  `json:"harness_id"`
		Checker   string `json:"checker"`
		Passed    bool   `json:"passed"`
		Notes     string `json:"notes"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<14)).Decode(&c); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	due := time.Now().AddDate(0, 0, harnessDays)
	if !c.Passed {
		due = time.Now()
	}
	res, err := s.db.Exec("UPDATE harnesses SET next_due = $1, passed = $2, checker = $3, notes = $4 WHERE id = $5",
		due, c.Passed, c.Checker, c.Notes, c.HarnessID)
	if err != nil {
		log.Printf("harness check: %v", err)
		http.Error(w, "could not record the check", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleTrackUpload(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	dst := filepath.Join(s.trackDir, r.PathValue("id"), name)
	f, err := os.Create(dst)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleDogCard(w http.ResponseWriter, r *http.Request) {
	var name, notes string
	s.db.QueryRow("SELECT name, vet_notes FROM dogs WHERE id = $1", r.PathValue("id")).Scan(&name, &notes)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p>", html.EscapeString(name), notes)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, active: map[int64]*Run{}, miles: map[string]float64{}, lastSMS: map[string]time.Time{},
		trackDir: os.Getenv("TRACK_DIR"), musherKey: os.Getenv("MUSHER_KEY"), vetKey: os.Getenv("VET_KEY"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /runs", s.musherOnly(s.handleStartRun))
	mux.HandleFunc("GET /runs", s.musherOnly(s.handleRuns))
	mux.HandleFunc("POST /runs/{id}/finish", s.musherOnly(s.handleFinish))
	mux.HandleFunc("DELETE /runs/{id}", s.musherOnly(s.handleDeleteRun))
	mux.HandleFunc("PUT /runs/{id}/track", s.musherOnly(s.handleTrackUpload))
	mux.HandleFunc("GET /leaderboard", s.handleLeaderboard)
	mux.HandleFunc("POST /harness/check", s.musherOnly(s.handleHarnessCheck))
	mux.HandleFunc("GET /dogs/{id}/card", s.vetOnly(s.handleDogCard))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
