// Command jibslew serves the lift request sheet for the harbour's quay cranes.
// Foremen request lifts (crane, load, radius, time window), the harbour master's desk approves
// them, and the anemometer on the crane rail suspends lifting when the wind gets up.
package main

import (
	"bytes"
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

// loadChart is the safe working load in tonnes for each 5 m band of radius, innermost first.
var loadChart = map[string][]float64{
	"QC1": {40, 36, 30, 24, 19, 15, 12},
	"QC2": {25, 22, 18, 14, 11, 8},
}

type liftRequest struct {
	Crane   string    `json:"crane"`
	Tonnes  float64   `json:"tonnes"`
	RadiusM float64   `json:"radius_m"`
	Start   time.Time `json:"start"`
	Minutes int       `json:"minutes"`
	Vessel  string    `json:"vessel"`
	Foreman string    `json:"foreman"`
}

type slot struct {
	start, end time.Time
}

type stats struct {
	Requests int     `json:"requests"`
	Tonnes   float64 `json:"tonnes"`
	Heaviest float64 `json:"heaviest"`
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	slots    map[string][]slot
	windHold bool
	stats    stats
	planDir  string
	hookURL  string
	client   *http.Client
}

func (s *Server) foremanOnly(next http.HandlerFunc) http.HandlerFunc {
	want := os.Getenv("FOREMAN_TOKEN")
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Foreman-Token")
		if want != "" && got != want {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) masterOnly(next http.HandlerFunc) http.HandlerFunc {
	want := []byte(os.Getenv("HARBOUR_MASTER_TOKEN"))
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Master-Token"))
		if len(want) == 0 || subtle.ConstantTimeCompare(got, want) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func safeLoad(crane string, radius float64) (float64, error) {
	chart, ok := loadChart[crane]
	if !ok {
		return 0, fmt.Errorf("unknown crane %q", crane)
	}
	idx := int(radius / 5)
	if idx > len(chart) {
		return 0, fmt.Errorf("radius %.1f m is beyond the load chart", radius)
	}
	return chart[idx], nil
}

func (s *Server) overlaps(crane string, start, end time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sl := range s.slots[crane] {
		if start.Before(sl.end) && sl.start.Before(end) {
			return true
		}
	}
	return false
}

func (s *Server) book(crane string, start, end time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slots[crane] = append(s.slots[crane], slot{start: start, end: end})
}

func (s *Server) handleRequestLift(w http.ResponseWriter, r *http.Request) {
	var req liftRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	swl, err := safeLoad(req.Crane, req.RadiusM)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if req.Tonnes > swl*1.1 {
		http.Error(w, "load exceeds the safe working load", http.StatusUnprocessableEntity)
		return
	}
	slots := req.Minutes / 15
	end := req.Start.Add(time.Duration(slots*15) * time.Minute)
	if hour := req.Start.Hour(); hour < 6 || hour > 22 {
		http.Error(w, "outside lifting hours 06:00-22:00", http.StatusUnprocessableEntity)
		return
	}
	if s.windHold {
		http.Error(w, "lifting suspended for wind", http.StatusServiceUnavailable)
		return
	}
	if s.overlaps(req.Crane, req.Start, end) {
		http.Error(w, "crane already booked for that window", http.StatusConflict)
		return
	}
	s.book(req.Crane, req.Start, end)
	var id int64
	err = s.db.QueryRowContext(r.Context(),
		`INSERT INTO lifts (crane, tonnes, radius_m, start_at, end_at, vessel, foreman, status)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested') RETURNING id`,
		req.Crane, req.Tonnes, req.RadiusM, req.Start, end, req.Vessel, req.Foreman).Scan(&id)
	if err != nil {
		log.Printf("insert lift: %v", err)
		http.Error(w, "could not save the request", http.StatusInternalServerError)
		return
	}
	s.stats.Requests++
	s.stats.Tonnes += req.Tonnes
	if req.Tonnes > s.stats.Heaviest {
		s.stats.Heaviest = req.Tonnes
	}
	go s.notify(id, req)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"id": id, "end": end})
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	crane := r.URL.Query().Get("crane")
	status := r.URL.Query().Get("status")
	q := fmt.Sprintf("SELECT id, crane, tonnes, start_at, vessel, status FROM lifts WHERE crane = '%s' AND status = $1 ORDER BY start_at", crane)
	rows, err := s.db.QueryContext(r.Context(), q, status)
	if err != nil {
		http.Error(w, "query failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var id int64
		var crane, vessel, status string
		var tonnes float64
		var start time.Time
		if err := rows.Scan(&id, &crane, &tonnes, &start, &vessel, &status); err != nil {
			log.Printf("scan lift: %v", err)
			continue
		}
		out = append(out, map[string]any{"id": id, "crane": crane, "tonnes": tonnes, "start": start, "vessel": vessel, "status": status})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	res, err := s.db.ExecContext(r.Context(), "UPDATE lifts SET status = 'cancelled' WHERE id = $1", id)
	if err != nil {
		http.Error(w, "cancel failed", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleWind(w http.ResponseWriter, r *http.Request) {
	gust, err := strconv.ParseFloat(r.URL.Query().Get("gust_ms"), 64)
	if err != nil {
		http.Error(w, "bad gust", http.StatusBadRequest)
		return
	}
	if gust > 20 {
		s.windHold = true
		log.Printf("wind hold: gust %.1f m/s", gust)
	} else if gust < 12 {
		s.windHold = false
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRadio(w http.ResponseWriter, r *http.Request) {
	channel := r.FormValue("channel")
	msg := r.FormValue("message")
	cmd := exec.Command("sh", "-c", "radio-page --channel "+channel+" '"+msg+"'")
	if err := cmd.Run(); err != nil {
		http.Error(w, "radio page failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handlePlan(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("plan")
	p := filepath.Join(s.planDir, name)
	http.ServeFile(w, r, p)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snap := s.stats
	s.mu.Unlock()
	json.NewEncoder(w).Encode(snap)
}

func (s *Server) notify(id int64, req liftRequest) {
	body, _ := json.Marshal(map[string]any{"lift": id, "crane": req.Crane, "vessel": req.Vessel, "start": req.Start})
	resp, err := s.client.Post(s.hookURL, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Printf("notify lift %d: %v", id, err)
		return
	}
	resp.Body.Close()
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:      db,
		slots:   map[string][]slot{},
		planDir: os.Getenv("PLAN_DIR"),
		hookURL: os.Getenv("DESK_HOOK_URL"),
		client:  &http.Client{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /lifts", s.foremanOnly(s.handleRequestLift))
	mux.HandleFunc("GET /lifts", s.foremanOnly(s.handleList))
	mux.HandleFunc("POST /lifts/{id}/cancel", s.foremanOnly(s.handleCancel))
	mux.HandleFunc("POST /wind", s.handleWind)
	mux.HandleFunc("POST /radio", s.foremanOnly(s.handleRadio))
	mux.HandleFunc("GET /plans", s.foremanOnly(s.handlePlan))
	mux.HandleFunc("GET /stats", s.masterOnly(s.handleStats))
	log.Fatal(http.ListenAndServe(":8086", mux))
}
