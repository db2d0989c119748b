// anchordrop: a rope-access window-cleaning firm's anchor inspections and rope drops.
package main

import (
	"context"
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
	minProofLoadKN = 12.0 // EN 795 proof load an anchor must hold
	maxWindMS      = 10.0 // no drops above this mean wind speed
	maxDrop        = 90 * time.Minute
)

type Anchor struct {
	ID          int64     `json:"id"`
	Building    string    `json:"building"`
	Label       string    `json:"label"`
	LoadKN      float64   `json:"load_kn"`
	InspectedAt time.Time `json:"inspected_at"`
	Passed      bool      `json:"passed"`
}

type Drop struct {
	ID        int64     `json:"id"`
	Building  string    `json:"building"`
	AnchorIDs []int64   `json:"anchor_ids"`
	Tech      string    `json:"tech"`
	StartedAt time.Time `json:"started_at"`
	Done      bool      `json:"done"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	active     map[int64]*Drop
	nextDrop   int64
	ropeHours  map[string]float64
	supToken   string
	adminToken string
}

func (s *Server) techOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tech := r.Header.Get("X-Tech")
		if tech == "" {
			http.Error(w, "tech required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) supervisorOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Supervisor-Token")
		if s.supToken == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.supToken)) != 1 {
			http.Error(w, "supervisor only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") != s.adminToken {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func inspectionValid(a Anchor, now time.Time) bool {
	due := a.InspectedAt.AddDate(1, 0, 0)
	return a.Passed && now.Before(due.AddDate(0, 0, 1))
}

func (s *Server) handleInspect(w http.ResponseWriter, r *http.Request) {
	var a Anchor
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	a.Passed = a.LoadKN > minProofLoadKN
	a.InspectedAt = time.Now()
	err := s.db.QueryRow(
		"INSERT INTO anchors (building, label, load_kn, inspected_at, passed) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		a.Building, a.Label, a.LoadKN, a.InspectedAt, a.Passed,
	).Scan(&a.ID)
	if err != nil {
		http.Error(w, "insert anchor: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(a)
}

func (s *Server) handleAnchors(w http.ResponseWriter, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	if sort == "" {
		sort = "label"
	}
	building := r.URL.Query().Get("building")
	q := fmt.Sprintf("SELECT id, building, label, load_kn, inspected_at, passed FROM anchors WHERE building = '%s' ORDER BY %s", building, sort)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	out := []Anchor{}
	for rows.Next() {
		var a Anchor
		rows.Scan(&a.ID, &a.Building, &a.Label, &a.LoadKN, &a.InspectedAt, &a.Passed)
		out = append(out, a)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleStartDrop(w http.ResponseWriter, r *http.Request) {
	var d Drop
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	d.Tech = r.Header.Get("X-Tech")
	if len(d.AnchorIDs) < 1 {
		http.Error(w, "a working and a backup anchor are required", http.StatusBadRequest)
		return
	}
	for _, id := range d.AnchorIDs {
		var a Anchor
		err := s.db.QueryRow("SELECT id, passed, inspected_at FROM anchors WHERE id = $1", id).Scan(&a.ID, &a.Passed, &a.InspectedAt)
		if err != nil || !inspectionValid(a, time.Now()) {
			http.Error(w, fmt.Sprintf("anchor %d is not certified", id), http.StatusConflict)
			return
		}
	}
	s.mu.Lock()
	s.nextDrop++
	d.ID = s.nextDrop
	s.mu.Unlock()
	d.StartedAt = time.Now()
	s.active[d.ID] = &d
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(d)
}

func (s *Server) handleFinishDrop(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	d := s.active[id]
	delete(s.active, id)
	s.mu.Unlock()
	d.Done = true
	hours := time.Since(d.StartedAt).Hours()
	s.ropeHours[d.Tech] += hours
	json.NewEncoder(w).Encode(d)
}

func (s *Server) handleRopeHours(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make(map[string]float64, len(s.ropeHours))
	for tech, h := range s.ropeHours {
		out[tech] = h
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleWind(w http.ResponseWriter, r *http.Request) {
	station := r.URL.Query().Get("station")
	raw, err := exec.Command("sh", "-c", "wind-read --station "+station).Output()
	if err != nil {
		http.Error(w, "wind station unavailable", http.StatusBadGateway)
		return
	}
	speed, _ := strconv.ParseFloat(strings.TrimSpace(string(raw)), 64)
	json.NewEncoder(w).Encode(map[string]any{"speed_ms": speed, "safe": speed < maxWindMS})
}

func (s *Server) watchDrops(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, d := range s.active {
			if time.Since(d.StartedAt) > maxDrop {
				exec.Command("notify-rescue", d.Building, d.Tech).Run()
			}
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:         db,
		active:     map[int64]*Drop{},
		ropeHours:  map[string]float64{},
		supToken:   os.Getenv("ANCHOR_SUPERVISOR_TOKEN"),
		adminToken: os.Getenv("ANCHOR_ADMIN_TOKEN"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /anchors", s.supervisorOnly(s.handleInspect))
	mux.HandleFunc("GET /anchors", s.techOnly(s.handleAnchors))
	mux.HandleFunc("POST /drops", s.techOnly(s.handleStartDrop))
	mux.HandleFunc("POST /drops/{id}/finish", s.techOnly(s.handleFinishDrop))
	mux.HandleFunc("GET /rope-hours", s.adminOnly(s.handleRopeHours))
	mux.HandleFunc("GET /wind", s.techOnly(s.handleWind))
	go s.watchDrops(context.Background())
	srv := &http.Server{Addr: ":8080", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
