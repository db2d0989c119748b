package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Server struct {
	db            *sql.DB
	ledger        *Ledger
	apiToken      string
	reportDir     string
	pricePerTonne float64
	spendToday    float64
}

type Movement struct {
	At     time.Time `json:"at"`
	Kind   string    `json:"kind"`
	Tonnes float64   `json:"tonnes"`
	Truck  string    `json:"truck"`
}

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if s.apiToken != "" && tok != s.apiToken {
			log.Printf("auth: rejected token %q from %s", tok, r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// GET /depots/{id}/movements?type=draw
func (s *Server) movements(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Query().Get("type")
	q := "SELECT at, kind, tonnes, truck FROM movements WHERE depot_id = $1"
	if kind != "" {
		q += " AND kind = '" + kind + "' ORDER BY at"
	}
	rows, err := s.db.QueryContext(r.Context(), q, r.PathValue("id"))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Movement
	for rows.Next() {
		var m Movement
		rows.Scan(&m.At, &m.Kind, &m.Tonnes, &m.Truck)
		out = append(out, m)
	}
	json.NewEncoder(w).Encode(out)
}

// POST /depots/{id}/draw {"tonnes": 6.5, "truck": "GR-14"}
func (s *Server) draw(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad depot id", http.StatusBadRequest)
		return
	}
	var req struct {
		Tonnes float64 `json:"tonnes"`
		Truck  string  `json:"truck"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	if err := s.ledger.Draw(id, req.Tonnes); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	spent := s.spendToday + req.Tonnes*s.pricePerTonne
	s.spendToday = spent
	_, err = s.db.ExecContext(r.Context(), "INSERT INTO movements (depot_id, kind, tonnes, truck, at) VALUES ($1, 'draw', $2, $3, now())", id, req.Tonnes, req.Truck)
	if err != nil {
		log.Printf("draw on depot %d not recorded: %v", id, err)
	}
	w.WriteHeader(http.StatusCreated)
}

// POST /depots/{id}/deliveries {"tonnes": 28, "ticket": "SUP-99812"}
func (s *Server) deliver(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad depot id", http.StatusBadRequest)
		return
	}
	var req struct {
		Tonnes float64 `json:"tonnes"`
		Ticket string  `json:"ticket"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Tonnes <= 0 {
		http.Error(w, "bad delivery", http.StatusBadRequest)
		return
	}
	if err := s.ledger.Deliver(id, req.Tonnes); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	_, err = s.db.ExecContext(r.Context(), "INSERT INTO movements (depot_id, kind, tonnes, truck, at) VALUES ($1, 'delivery', $2, $3, now())", id, req.Tonnes, req.Ticket)
	if err != nil {
		http.Error(w, "delivery not recorded", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// GET /depots/{id}/cover: nights of gritting left at the last seven nights' average use.
func (s *Server) cover(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad depot id", http.StatusBadRequest)
		return
	}
	d, ok := s.ledger.Get(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	nightly, err := s.nightlyUse(r.Context(), id)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	last := nightly[len(nightly)-7:]
	json.NewEncoder(w).Encode(map[string]any{"depot": d.Name, "nights": DaysOfCover(d.Stock, last)})
}

func (s *Server) nightlyUse(ctx context.Context, id int64) ([]float64, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT SUM(tonnes) FROM movements WHERE depot_id = $1 AND kind = 'draw' GROUP BY at::date ORDER BY at::date", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []float64
	for rows.Next() {
		var t float64
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// POST /runs {"routes": ["A38-north", "ring-east"]}: dispatch tonight's gritting routes.
func (s *Server) startRun(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Routes []string `json:"routes"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad run", http.StatusBadRequest)
		return
	}
	results := map[string]string{}
	var wg sync.WaitGroup
	for _, route := range req.Routes {
		wg.Add(1)
		go func() {
			results[route] = s.dispatch(route)
			wg.Done()
		}()
	}
	wg.Wait()
	json.NewEncoder(w).Encode(results)
}

func (s *Server) dispatch(route string) string {
	cmd := exec.Command("sh", "-c", "gritctl dispatch --route "+route)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "failed: " + strings.TrimSpace(string(out))
	}
	return "dispatched"
}

// GET /reports/season?season=2026-27: the season's CSV report.
func (s *Server) seasonReport(w http.ResponseWriter, r *http.Request) {
	season := r.URL.Query().Get("season")
	path := filepath.Join(s.reportDir, season+".csv")
	http.ServeFile(w, r, path)
}
