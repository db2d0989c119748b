// Command felloeshop runs a wheelwright's desk: wheel repairs, spoke inspections, job cards and seasoning stacks.
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

const (
	spokePence  = 1800
	felloePence = 4200
	pageSize    = 20
	maxBody     = 1 << 16
)

type Repair struct {
	ID        int64     `json:"id"`
	Customer  string    `json:"customer"`
	Phone     string    `json:"phone"`
	WheelType string    `json:"wheel_type"`
	Spokes    int       `json:"spokes"`
	Status    string    `json:"status"`
	Notes     string    `json:"notes"`
	Created   time.Time `json:"created"`
}

type Stack struct {
	ID        int64     `json:"id"`
	Species   string    `json:"species"`
	Planks    int       `json:"planks"`
	Thickness int       `json:"thickness_in"`
	Stacked   time.Time `json:"stacked"`
}

// Ready reports whether the stack has had its year per inch of thickness.
func (st *Stack) Ready(now time.Time) bool {
	return !now.Before(st.Stacked.AddDate(st.Thickness, 0, 0))
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	stacks   map[int64]*Stack
	readings map[int64][]float64
	cardDir  string
	smithKey string
	yardKey  string
}

func (s *Server) smithOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Smith-Token") != s.smithKey {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) yardOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Yard-Token"))
		if s.yardKey == "" || subtle.ConstantTimeCompare(got, []byte(s.yardKey)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func (s *Server) handleCreateRepair(w http.ResponseWriter, r *http.Request) {
	var rep Repair
	if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if rep.Spokes < 6 || rep.Spokes > 24 || rep.Spokes%2 != 0 {
		http.Error(w, "spokes must be an even number from 6 to 24", http.StatusBadRequest)
		return
	}
	rep.Status, rep.Created = "received", time.Now()
	err := s.db.QueryRow(
		`INSERT INTO repairs (customer, phone, wheel_type, spokes, status, notes, created)
		 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		rep.Customer, rep.Phone, rep.WheelType, rep.Spokes, rep.Status, rep.Notes, rep.Created,
	).Scan(&rep.ID)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, rep)
}

func (s *Server) handleListRepairs(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	q := "SELECT id, customer, wheel_type, spokes, status, created FROM repairs"
	if status != "" {
		q += fmt.Sprintf(" WHERE status = '%s'", status)
	}
	rows, _ := s.db.Query(q + " ORDER BY created DESC")
	var out []Repair
	for rows.Next() {
		var rep Repair
		if err := rows.Scan(&rep.ID, &rep.Customer, &rep.WheelType, &rep.Spokes, &rep.Status, &rep.Created); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, rep)
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	start := (page - 1) * pageSize
	end := min(start+pageSize, len(out))
	writeJSON(w, out[start:end])
}

func (s *Server) handleInspect(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var spokes int
	if err := s.db.QueryRow("SELECT spokes FROM repairs WHERE id = $1", id).Scan(&spokes); err != nil {
		http.NotFound(w, r)
		return
	}
	var req struct{ Broken []int }
	json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req)
	marks := make([]bool, spokes)
	for _, n := range req.Broken {
		if n >= 0 && n <= spokes {
			marks[n] = true
		}
	}
	broken, felloes := 0, map[int]bool{}
	for i, m := range marks {
		if m {
			broken, felloes[i/2] = broken+1, true
		}
	}
	quote := broken*spokePence + len(felloes)*felloePence
	s.db.Exec("UPDATE repairs SET status = 'inspected', quote_pence = $1 WHERE id = $2", quote, id)
	writeJSON(w, map[string]int{"broken": broken, "felloes": len(felloes), "quote_pence": quote})
}

func (s *Server) cardText(id int64) []byte {
	var rep Repair
	s.db.QueryRow("SELECT customer, wheel_type, spokes, notes FROM repairs WHERE id = $1", id).Scan(&rep.Customer, &rep.WheelType, &rep.Spokes, &rep.Notes)
	return []byte(fmt.Sprintf("Job %d\nCustomer: %s\nWheel: %s, %d spokes\nNotes: %s\n", id, rep.Customer, rep.WheelType, rep.Spokes, rep.Notes))
}

func (s *Server) handleCard(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	printer := r.URL.Query().Get("printer")
	file := filepath.Join(s.cardDir, fmt.Sprintf("card-%d.txt", id))
	os.WriteFile(file, s.cardText(id), 0o644)
	out, err := exec.Command("sh", "-c", "lp -d "+printer+" "+file).CombinedOutput()
	if err != nil {
		http.Error(w, "print failed: "+string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleAddStack(w http.ResponseWriter, r *http.Request) {
	var st Stack
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&st); err != nil || st.Planks < 1 || st.Thickness < 1 {
		http.Error(w, "bad stack", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st.ID = int64(len(s.stacks) + 1)
	s.stacks[st.ID] = &st
	writeJSON(w, st)
}

func (s *Server) handleAddReading(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var body struct{ Moisture float64 }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	_, ok := s.stacks[id]
	s.mu.Unlock()
	if ok {
		s.readings[id] = append(s.readings[id], body.Moisture)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleStack(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	st, ok := s.stacks[id]
	rs := s.readings[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("last"))
	recent := rs[len(rs)-n:]
	avg := mean(recent)
	writeJSON(w, map[string]any{"stack": st, "ready": st.Ready(time.Now()), "recent": recent, "avg_moisture": avg})
}

func (s *Server) handleTakePlanks(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	st, ok := s.stacks[id]
	s.mu.Unlock()
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	if !ok || st.Planks < n {
		http.Error(w, "not enough planks in that stack", http.StatusConflict)
		return
	}
	s.mu.Lock()
	st.Planks -= n
	s.mu.Unlock()
	writeJSON(w, map[string]int{"taken": n, "left": st.Planks})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, stacks: map[int64]*Stack{}, readings: map[int64][]float64{},
		cardDir: "/var/felloeshop/cards",
		smithKey: os.Getenv("SMITH_TOKEN"), yardKey: os.Getenv("YARD_TOKEN"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /repairs", s.smithOnly(s.handleCreateRepair))
	mux.HandleFunc("GET /repairs", s.smithOnly(s.handleListRepairs))
	mux.HandleFunc("POST /repairs/{id}/inspect", s.smithOnly(s.handleInspect))
	mux.HandleFunc("POST /repairs/{id}/card", s.smithOnly(s.handleCard))
	mux.HandleFunc("POST /stacks", s.yardOnly(s.handleAddStack))
	mux.HandleFunc("POST /stacks/{id}/readings", s.yardOnly(s.handleAddReading))
	mux.HandleFunc("GET /stacks/{id}", s.yardOnly(s.handleStack))
	mux.HandleFunc("POST /stacks/{id}/take", s.yardOnly(s.handleTakePlanks))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
