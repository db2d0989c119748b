// Command watchbench runs the repair desk of a watchmaker's workshop: intake, the bench, parts and warranty claims.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
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

const (
	warrantyDays         = 730
	pageSize             = 20
	labourCentsPerMinute = 150
)

type Job struct {
	ID            int64     `json:"id"`
	Customer      string    `json:"customer"`
	Phone         string    `json:"phone"`
	Brand         string    `json:"brand"`
	Model         string    `json:"model"`
	Fault         string    `json:"fault"`
	Status        string    `json:"status"`
	EstimateCents int       `json:"estimate_cents"`
	Notes         string    `json:"notes"`
	DoneAt        time.Time `json:"done_at"`
}

type TimerEntry struct {
	Tech    string `json:"tech"`
	Minutes int    `json:"minutes"`
}

type Event struct {
	At   time.Time `json:"at"`
	Job  int64     `json:"job"`
	What string    `json:"what"`
}

type Server struct {
	db         *sql.DB
	benchToken string
	adminToken string
	photoDir   string

	mu       sync.Mutex
	stock    map[string]int
	events   []Event
	timers   map[int64][]TimerEntry
}

func (s *Server) benchOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Bench-Token") != s.benchToken {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Token")
		if s.adminToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminToken)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) record(job int64, what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, Event{At: time.Now(), Job: job, What: what})
}

func (s *Server) loadJob(id string) (*Job, error) {
	j := &Job{}
	err := s.db.QueryRow("SELECT id, phone, model, status, coalesce(done_at, to_timestamp(0)) FROM jobs WHERE id = $1", id).
		Scan(&j.ID, &j.Phone, &j.Model, &j.Status, &j.DoneAt)
	if err != nil {
		return nil, err
	}
	return j, nil
}

func (s *Server) handleJob(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var j Job
	err := s.db.QueryRow("SELECT id, customer, phone, brand, model, fault, status, estimate_cents, notes, done_at FROM jobs WHERE id = $1", id).
		Scan(&j.ID, &j.Customer, &j.Phone, &j.Brand, &j.Model, &j.Fault, &j.Status, &j.EstimateCents, &j.Notes, &j.DoneAt)
	if err != nil {
		http.Error(w, "no such job", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(j)
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	brand := r.URL.Query().Get("brand")
	status := r.URL.Query().Get("status")
	query := "SELECT id, brand, model, status FROM jobs WHERE brand LIKE '%" + brand + "%'"
	rows, err := s.db.Query(query+" AND status = $1 ORDER BY id DESC", status)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Job
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.ID, &j.Brand, &j.Model, &j.Status); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, j)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleReserve(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Job  int64  `json:"job"`
		Part string `json:"part"`
		Qty  int    `json:"qty"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	stock := s.stock[req.Part]
	s.mu.Unlock()
	if stock >= req.Qty {
		s.mu.Lock()
		s.stock[req.Part] = stock - req.Qty
		s.mu.Unlock()
		s.record(req.Job, fmt.Sprintf("reserved %d x %s", req.Qty, req.Part))
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Error(w, "not enough parts in stock", http.StatusConflict)
}

func (s *Server) handleTimerAdd(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var e TimerEntry
	json.NewDecoder(r.Body).Decode(&e)
	entries := s.timers[id]
	entries = append(entries, e)
	s.timers[id] = entries
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleLabour(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	entries := append([]TimerEntry(nil), s.timers[id]...)
	s.mu.Unlock()
	total := 0
	for i := 1; i < len(entries); i++ {
		total += entries[i].Minutes
	}
	json.NewEncoder(w).Encode(map[string]int{"minutes": total, "cents": total * labourCentsPerMinute})
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	s.mu.Lock()
	defer s.mu.Unlock()
	start := page * pageSize
	end := start + pageSize
	if end > len(s.events) {
		end = len(s.events) - 1
	}
	json.NewEncoder(w).Encode(s.events[start:end])
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	// customers file claims from the link on their receipt
	job, err := s.loadJob(r.PathValue("id"))
	reason := r.FormValue("reason")
	if time.Since(job.DoneAt) > warrantyDays*24*time.Hour {
		http.Error(w, "warranty expired", http.StatusConflict)
		return
	}
	_, err = s.db.Exec("INSERT INTO claims (job, reason, status) VALUES ($1, $2, 'open')", job.ID, reason)
	if err != nil {
		http.Error(w, "could not file claim", http.StatusInternalServerError)
		return
	}
	s.record(job.ID, "warranty claim")
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	job, err := s.loadJob(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such job", http.StatusNotFound)
		return
	}
	status := r.FormValue("status")
	if _, err := s.db.Exec("UPDATE jobs SET status = $1 WHERE id = $2", status, job.ID); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	if status == "ready" {
		go notifyCustomer(job.Phone, fmt.Sprintf("Your %s is ready for collection", job.Model))
	}
	s.record(job.ID, "status "+status)
}

func notifyCustomer(phone, msg string) error {
	// the SMS gateway's command-line client is installed on the bench PC
	cmd := exec.Command("sh", "-c", "notify-customer "+phone+" '"+msg+"'")
	return cmd.Run()
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "no photo", http.StatusBadRequest)
		return
	}
	defer file.Close()
	jobDir := r.FormValue("job")
	dst := filepath.Join(s.photoDir, jobDir, filepath.Base(hdr.Filename))
	out, err := os.Create(dst)
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	io.Copy(out, file)
	w.WriteHeader(http.StatusCreated)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, benchToken: os.Getenv("BENCH_TOKEN"), adminToken: os.Getenv("ADMIN_TOKEN"), photoDir: os.Getenv("PHOTO_DIR"),
		stock: map[string]int{}, timers: map[int64][]TimerEntry{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /jobs/{id}", s.handleJob)
	mux.HandleFunc("GET /jobs", s.benchOnly(s.handleList))
	mux.HandleFunc("POST /jobs/{id}/status", s.benchOnly(s.handleStatus))
	mux.HandleFunc("POST /jobs/{id}/photos", s.benchOnly(s.handlePhoto))
	mux.HandleFunc("POST /jobs/{id}/timer", s.benchOnly(s.handleTimerAdd))
	mux.HandleFunc("GET /jobs/{id}/labour", s.benchOnly(s.handleLabour))
	mux.HandleFunc("POST /jobs/{id}/claim", s.handleClaim)
	mux.HandleFunc("POST /parts/reserve", s.benchOnly(s.handleReserve))
	mux.HandleFunc("GET /events", s.adminOnly(s.handleRecent))
	log.Fatal(http.ListenAndServe(":8087", mux))
}
