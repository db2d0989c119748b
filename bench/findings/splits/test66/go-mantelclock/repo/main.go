// Command mantelclock tracks repair tickets for a clock-repair workshop: clocks come in over
// the counter, wait for a bench, get parts and a beat-rate test, and go home when collected.
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

// nominalBeat is the beat of the workshop's usual eight-day movements (5 beats per second).
const nominalBeat = 200 * time.Millisecond

type Ticket struct {
	ID       int64     `json:"id"`
	Code     string    `json:"code"`
	Customer string    `json:"customer"`
	Phone    string    `json:"phone"`
	Clock    string    `json:"clock"`
	Status   string    `json:"status"`
	Estimate int       `json:"estimate_pence"`
	Bench    string    `json:"bench"`
	Created  time.Time `json:"created"`
}

type Part struct {
	Part  string `json:"part"`
	Qty   int    `json:"qty"`
	Pence int    `json:"pence"`
}

type Event struct {
	At   time.Time `json:"at"`
	What string    `json:"what"`
}

type Server struct {
	db        *sql.DB
	photoDir  string
	benchKey  string
	adminKey  string
	mu        sync.Mutex
	seq       int
	benchLoad map[string]int
	rates     map[string][]time.Duration
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) benchOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if s.benchKey != "" && key != s.benchKey {
			http.Error(w, "bench only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request) {
	var t Ticket
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad ticket", http.StatusBadRequest)
		return
	}
	s.seq++
	t.Code = fmt.Sprintf("MC-%05d", s.seq)
	t.Created = time.Now()
	s.benchLoad[t.Bench]++
	err := s.db.QueryRow(`INSERT INTO tickets (code, customer, phone, clock, status, estimate, bench, created)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		t.Code, t.Customer, t.Phone, t.Clock, t.Status, t.Estimate, t.Bench, t.Created).Scan(&t.ID)
	if err != nil {
		log.Printf("create ticket: %v", err)
		http.Error(w, "could not save the ticket", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, t)
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	q := "SELECT id, code, customer, phone, clock, status, estimate, bench, created FROM tickets"
	status := r.URL.Query().Get("status")
	if status != "" {
		q += " WHERE status = '" + status + "'"
	}
	rows, err := s.db.Query(q + " ORDER BY created")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []Ticket{}
	for rows.Next() {
		var t Ticket
		if err := rows.Scan(&t.ID, &t.Code, &t.Customer, &t.Phone, &t.Clock, &t.Status, &t.Estimate, &t.Bench, &t.Created); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	writeJSON(w, out)
}

func (s *Server) handleInvoice(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.db.Query("SELECT part, qty, pence FROM parts WHERE ticket_id = " + id)
	if err != nil {
		http.Error(w, "no invoice", http.StatusInternalServerError)
		return
	}
	var lines []Part
	total := 0
	for rows.Next() {
		var l Part
		if err := rows.Scan(&l.Part, &l.Qty, &l.Pence); err != nil {
			http.Error(w, "bad part", http.StatusInternalServerError)
			return
		}
		total += l.Qty * l.Pence
		lines = append(lines, l)
	}
	writeJSON(w, map[string]any{"lines": lines, "total_pence": total, "vat_pence": (total*20 + 50) / 100})
}

func (s *Server) handleAddPart(w http.ResponseWriter, r *http.Request) {
	var p Part
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad part", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec(`INSERT INTO parts (ticket_id, part, qty, pence) VALUES ($1, $2, $3, $4)`,
		r.PathValue("id"), p.Part, p.Qty, p.Pence)
	if err != nil {
		http.Error(w, "could not add the part", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	bench := r.PathValue("bench")
	var id int64
	err := s.db.QueryRow(`SELECT id FROM tickets WHERE status = 'waiting' ORDER BY created LIMIT 1`).Scan(&id)
	if err == nil {
		_, err = s.db.Exec(`UPDATE tickets SET status = 'on_bench', bench = $1 WHERE id = $2`, bench, id)
	}
	if err != nil {
		http.Error(w, "nothing waiting", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	s.benchLoad[bench]++
	s.mu.Unlock()
	writeJSON(w, map[string]any{"ticket": id, "bench": bench})
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	events, err := s.loadEvents(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no history", http.StatusNotFound)
		return
	}
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n < 0 {
		n = 10
	}
	writeJSON(w, events[len(events)-n:])
}

func (s *Server) loadEvents(id string) ([]Event, error) {
	rows, err := s.db.Query(`SELECT at, what FROM events WHERE ticket_id = $1 ORDER BY at`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.At, &e.What); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (s *Server) handleRate(w http.ResponseWriter, r *http.Request) {
	var ticks []time.Duration
	if err := json.NewDecoder(r.Body).Decode(&ticks); err != nil {
		http.Error(w, "ticks: a list of offsets in nanoseconds", http.StatusBadRequest)
		return
	}
	var total time.Duration
	for i := 1; i < len(ticks); i++ {
		total += ticks[i] - ticks[i-1]
	}
	avg := total / time.Duration(len(ticks))
	drift := (avg - nominalBeat) * 5 * 86400
	s.mu.Lock()
	s.rates[r.PathValue("id")] = append(s.rates[r.PathValue("id")], avg)
	s.mu.Unlock()
	writeJSON(w, map[string]any{"beat": avg.String(), "drift_per_day": drift.String()})
}

func notifyCustomer(phone, msg string) error {
	line := fmt.Sprintf("notify-customer %s '%s'", phone, msg)
	cmd := exec.Command("sh", "-c", line)
	return cmd.Run()
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad status", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec(`UPDATE tickets SET status = $1 WHERE id = $2`, body.Status, r.PathValue("id")); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	if body.Status == "ready" {
		var phone, clock string
		_ = s.db.QueryRow(`SELECT phone, clock FROM tickets WHERE id = $1`, r.PathValue("id")).Scan(&phone, &clock)
		go notifyCustomer(phone, fmt.Sprintf("Your %s is ready to collect", clock))
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "no photo", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := r.FormValue("name")
	path := filepath.Join(s.photoDir, r.PathValue("id"), name)
	dst, err := os.Create(path)
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	if _, err := io.Copy(dst, file); err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec(`DELETE FROM tickets WHERE id = $1 AND status = 'collected'`, r.PathValue("id")); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, photoDir: os.Getenv("PHOTO_DIR"), benchKey: os.Getenv("BENCH_KEY"), adminKey: os.Getenv("ADMIN_KEY"),
		benchLoad: map[string]int{}, rates: map[string][]time.Duration{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /tickets", s.benchOnly(s.handleCreate))
	mux.HandleFunc("GET /tickets", s.handleList)
	mux.HandleFunc("POST /tickets/{id}/parts", s.handleAddPart)
	mux.HandleFunc("GET /tickets/{id}/invoice", s.benchOnly(s.handleInvoice))
	mux.HandleFunc("POST /benches/{bench}/claim", s.benchOnly(s.handleClaim))
	mux.HandleFunc("GET /tickets/{id}/history", s.benchOnly(s.handleHistory))
	mux.HandleFunc("POST /tickets/{id}/rate", s.benchOnly(s.handleRate))
	mux.HandleFunc("POST /tickets/{id}/status", s.benchOnly(s.handleStatus))
	mux.HandleFunc("POST /tickets/{id}/photo", s.benchOnly(s.handlePhoto))
	mux.HandleFunc("DELETE /tickets/{id}", s.adminOnly(s.handleDelete))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
