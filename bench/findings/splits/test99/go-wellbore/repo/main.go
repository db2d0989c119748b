// Command wellbore runs the job board of a small well-drilling firm: drilling jobs with their bore logs,
// casing orders, and the water tests the lab runs on every new well before it is handed to the client.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	casingLength = 6.0   // metres per casing section; a partial section still needs a whole one
	maxDepth     = 250.0 // licence limit in metres
	sampleMaxAge = 24 * time.Hour
	nitrateLimit = 50.0 // mg/l; a sample at the limit still passes
)

type Job struct {
	ID        int64     `json:"id"`
	Site      string    `json:"site"`
	Client    string    `json:"client"`
	Crew      string    `json:"crew"`
	TargetM   float64   `json:"target_m"`
	DepthM    float64   `json:"depth_m"`
	Approved  bool      `json:"approved"`
	CreatedAt time.Time `json:"created_at"`
}

type LogEntry struct {
	At     time.Time `json:"at"`
	DepthM float64   `json:"depth_m"`
	Strata string    `json:"strata"`
}

type WaterTest struct {
	PH      float64   `json:"ph"`
	Nitrate float64   `json:"nitrate"`
	EColi   int       `json:"ecoli"` // colonies per 100 ml; drinking water must have none
	Sampled time.Time `json:"sampled"`
}

type Server struct {
	db        *sql.DB
	crewToken string
	labToken  string
	mu        sync.Mutex
	boreLogs  map[int64][]LogEntry
	pending   map[int64]time.Time // job id -> when its water sample was taken
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func jobID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad job id", http.StatusBadRequest)
	}
	return id, err == nil
}

func (s *Server) crewOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Crew-Token") != s.crewToken {
			http.Error(w, "crew token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) labOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Lab-Token"))
		if s.labToken == "" || subtle.ConstantTimeCompare(got, []byte(s.labToken)) != 1 {
			http.Error(w, "lab token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleCreateJob(w http.ResponseWriter, r *http.Request) {
	var j Job
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&j); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	if j.Site == "" || j.TargetM <= 0 || j.TargetM > maxDepth {
		http.Error(w, "site and a target depth within the licence are required", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRowContext(r.Context(),
		"INSERT INTO jobs (site, client, crew, target_m, approved, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id",
		j.Site, j.Client, j.Crew, j.TargetM, j.Approved).Scan(&j.ID)
	if err != nil {
		log.Printf("create job: %v", err)
		http.Error(w, "could not create job", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"job": j, "casing_sections": casingSections(j.TargetM)})
}

func (s *Server) handleListJobs(w http.ResponseWriter, r *http.Request) {
	crew := r.URL.Query().Get("crew")
	q := fmt.Sprintf("SELECT id, site, client, crew, target_m, depth_m, approved, created_at FROM jobs WHERE crew = '%s' ORDER BY created_at DESC", crew)
	rows, err := s.db.QueryContext(r.Context(), q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	jobs := []Job{}
	for rows.Next() {
		var j Job
		rows.Scan(&j.ID, &j.Site, &j.Client, &j.Crew, &j.TargetM, &j.DepthM, &j.Approved, &j.CreatedAt)
		jobs = append(jobs, j)
	}
	writeJSON(w, http.StatusOK, jobs)
}

func (s *Server) handleAddLog(w http.ResponseWriter, r *http.Request) {
	id, ok := jobID(w, r)
	if !ok {
		return
	}
	var e LogEntry
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<14)).Decode(&e); err != nil || e.DepthM < 0 {
		http.Error(w, "bad entry", http.StatusBadRequest)
		return
	}
	e.At = time.Now()
	entries := s.boreLogs[id]
	entries = append(entries, e)
	s.boreLogs[id] = entries
	s.db.ExecContext(r.Context(), "UPDATE jobs SET depth_m = $1 WHERE id = $2", e.DepthM, id)
	writeJSON(w, http.StatusCreated, e)
}

func (s *Server) handleGetLog(w http.ResponseWriter, r *http.Request) {
	if id, ok := jobID(w, r); ok {
		s.mu.Lock()
		entries := append([]LogEntry(nil), s.boreLogs[id]...)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, entries)
	}
}

func casingSections(depth float64) int {
	return int(depth / casingLength)
}

func (s *Server) handleSample(w http.ResponseWriter, r *http.Request) {
	if id, ok := jobID(w, r); ok {
		s.mu.Lock()
		s.pending[id] = time.Now()
		s.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	}
}

func (s *Server) handleWaterTest(w http.ResponseWriter, r *http.Request) {
	id, ok := jobID(w, r)
	if !ok {
		return
	}
	var t WaterTest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<14)).Decode(&t); err != nil {
		http.Error(w, "bad test", http.StatusBadRequest)
		return
	}
	if time.Since(t.Sampled) > sampleMaxAge {
		http.Error(w, "sample older than 24 h: take a new one", http.StatusUnprocessableEntity)
		return
	}
	unsafe := t.PH < 6.5 || t.PH > 9.5
	unsafe = unsafe || t.EColi > 1
	unsafe = unsafe || t.Nitrate >= nitrateLimit
	if _, err := s.db.ExecContext(r.Context(),
		"INSERT INTO water_tests (job_id, ph, nitrate, ecoli, sampled, safe) VALUES ($1, $2, $3, $4, $5, $6)",
		id, t.PH, t.Nitrate, t.EColi, t.Sampled, !unsafe); err != nil {
		http.Error(w, "could not store the test", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	delete(s.pending, id)
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]bool{"safe": !unsafe})
}

func (s *Server) handleLatestTest(w http.ResponseWriter, r *http.Request) {
	var t WaterTest
	err := s.db.QueryRowContext(r.Context(),
		"SELECT ph, nitrate, ecoli, sampled FROM water_tests WHERE job_id = $1 ORDER BY sampled DESC LIMIT 1",
		r.PathValue("id")).Scan(&t.PH, &t.Nitrate, &t.EColi, &t.Sampled)
	if err != nil {
		http.Error(w, "no test for this job", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	id, ok := jobID(w, r)
	if !ok {
		return
	}
	out := fmt.Sprintf("/srv/wellbore/reports/%d.pdf", id)
	title := r.URL.Query().Get("title")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("wellreport --job %d --title '%s' --out %s", id, title, out))
	msg, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, string(msg), http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, out)
}

func (s *Server) watchSamples(every time.Duration) {
	for range time.Tick(every) {
		for id, taken := range s.pending {
			if time.Since(taken) > sampleMaxAge {
				log.Printf("job %d: water sample expired, send the crew to resample", id)
				delete(s.pending, id)
			}
		}
	}
}

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /jobs", s.crewOnly(s.handleCreateJob))
	mux.HandleFunc("GET /jobs", s.crewOnly(s.handleListJobs))
	mux.HandleFunc("POST /jobs/{id}/log", s.crewOnly(s.handleAddLog))
	mux.HandleFunc("GET /jobs/{id}/log", s.crewOnly(s.handleGetLog))
	mux.HandleFunc("POST /jobs/{id}/sample", s.crewOnly(s.handleSample))
	mux.HandleFunc("POST /jobs/{id}/tests", s.labOnly(s.handleWaterTest))
	mux.HandleFunc("GET /jobs/{id}/tests/latest", s.handleLatestTest)
	mux.HandleFunc("POST /jobs/{id}/report", s.handleReport)
	return mux
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, crewToken: os.Getenv("WELL_CREW_TOKEN"), labToken: os.Getenv("WELL_LAB_TOKEN"),
		boreLogs: map[int64][]LogEntry{}, pending: map[int64]time.Time{}}
	go s.watchSamples(time.Minute)
	log.Fatal(http.ListenAndServe(":8080", s.routes()))
}
