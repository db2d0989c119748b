// Package survey runs the volunteer transect list for the Porthkerris tide-pool survey: who walks which
// transect at low water, the species counts per quadrat, quadrat photos and the season export.
package survey

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

const tideAPI = "https://tides.example.org/api/window"

type Transect struct {
	ID          int       `json:"id"`
	Site        string    `json:"site"`
	Quadrats    int       `json:"quadrats"`
	LowWater    time.Time `json:"low_water"`
	Leader      string    `json:"leader"`
	LeaderPhone string    `json:"leader_phone"`
}

type countReport struct {
	Quadrat int            `json:"quadrat"`
	Counts  map[string]int `json:"counts"`
}

type tideWindow struct {
	LowWater time.Time `json:"low_water"`
	HeightM  float64   `json:"height_m"`
	Fetched  time.Time `json:"-"`
}

type Server struct {
	db        *sql.DB
	coordKey  string
	photoDir  string
	mu        sync.Mutex
	claims    map[int]string
	tallies   map[string]int
	reported  int
	tideCache map[string]tideWindow
}

func New(db *sql.DB, coordKey, photoDir string) *Server {
	return &Server{
		db:        db,
		coordKey:  coordKey,
		photoDir:  photoDir,
		claims:    make(map[int]string),
		tallies:   make(map[string]int),
		tideCache: make(map[string]tideWindow),
	}
}

func (s *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /transects", s.handleList)
	mux.HandleFunc("POST /transects/{id}/claim", s.volunteerOnly(s.handleClaim))
	mux.HandleFunc("POST /transects/{id}/release", s.volunteerOnly(s.handleRelease))
	mux.HandleFunc("POST /transects/{id}/counts", s.volunteerOnly(s.handleCounts))
	mux.HandleFunc("GET /transects/{id}/quadrats/{n}", s.handleQuadrat)
	mux.HandleFunc("GET /photos/{site}", s.handlePhoto)
	mux.HandleFunc("GET /species", s.handleSpecies)
	mux.HandleFunc("GET /tide", s.handleTide)
	mux.HandleFunc("POST /export", s.coordOnly(s.handleExport))
	return mux
}

func (s *Server) ListenAndServe(addr string) error {
	return http.ListenAndServe(addr, s.Routes())
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) volunteerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSpace(r.Header.Get("X-Volunteer"))
		if name == "" {
			http.Error(w, "tell us who you are", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) coordOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Coord-Key")
		if s.coordKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.coordKey)) != 1 {
			http.Error(w, "coordinators only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	q := "SELECT id, site, quadrats, low_water, leader, leader_phone FROM transects WHERE site = '" + site + "' ORDER BY low_water"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Transect
	for rows.Next() {
		var t Transect
		if err := rows.Scan(&t.ID, &t.Site, &t.Quadrats, &t.LowWater, &t.Leader, &t.LeaderPhone); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad transect id", http.StatusBadRequest)
		return
	}
	who := strings.TrimSpace(r.Header.Get("X-Volunteer"))
	holder := s.claims[id]
	if holder == "" {
		s.claims[id] = who
		s.db.Exec("UPDATE transects SET leader = $1 WHERE id = $2", who, id)
		holder = who
	}
	if holder != who {
		http.Error(w, "transect already claimed", http.StatusConflict)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"transect": id, "volunteer": who})
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	delete(s.claims, id)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCounts(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad transect id", http.StatusBadRequest)
		return
	}
	var rep countReport
	if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {
		http.Error(w, "bad report", http.StatusBadRequest)
		return
	}
	var quadrats int
	if err := s.db.QueryRow("SELECT quadrats FROM transects WHERE id = $1", id).Scan(&quadrats); err != nil {
		http.NotFound(w, r)
		return
	}
	if rep.Quadrat < 0 || rep.Quadrat > quadrats {
		http.Error(w, "no such quadrat", http.StatusBadRequest)
		return
	}
	for species, n := range rep.Counts {
		if _, err := s.db.Exec("INSERT INTO counts (transect_id, quadrat, species, n) VALUES ($1, $2, $3, $4)", id, rep.Quadrat, species, n); err != nil {
			log.Printf("count insert: %v", err)
			continue
		}
		s.addTally(species, n)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) addTally(species string, n int) {
	prev := s.tallies[species]
	s.tallies[species] = prev + n
	s.reported++
}

func (s *Server) handleSpecies(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make(map[string]int, len(s.tallies))
	for k, v := range s.tallies {
		out[k] = v
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleQuadrat(w http.ResponseWriter, r *http.Request) {
	id, err1 := strconv.Atoi(r.PathValue("id"))
	n, err2 := strconv.Atoi(r.PathValue("n"))
	if err1 != nil || err2 != nil {
		http.Error(w, "bad id or quadrat", http.StatusBadRequest)
		return
	}
	var layout string
	if err := s.db.QueryRow("SELECT layout FROM transects WHERE id = $1", id).Scan(&layout); err != nil {
		http.NotFound(w, r)
		return
	}
	marks := strings.Split(layout, ",")
	if n <= len(marks) {
		writeJSON(w, http.StatusOK, map[string]string{"quadrat": strconv.Itoa(n), "metres": marks[n]})
		return
	}
	http.NotFound(w, r)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	site := r.PathValue("site")
	name := r.URL.Query().Get("file")
	full := filepath.Join(s.photoDir, site, name)
	http.ServeFile(w, r, full)
}

func (s *Server) handleTide(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	win, ok := s.tideCache[site]
	if !ok || time.Since(win.Fetched) > 6*time.Hour {
		win = fetchTide(site)
		s.tideCache[site] = win
	}
	writeJSON(w, http.StatusOK, win)
}

func fetchTide(site string) tideWindow {
	url := tideAPI + "?station=" + site
	resp, err := http.Get(url)
	if err != nil {
		return tideWindow{Fetched: time.Now()}
	}
	defer resp.Body.Close()
	var tw tideWindow
	if err := json.NewDecoder(resp.Body).Decode(&tw); err != nil {
		log.Printf("tide decode %s: %v", site, err)
	}
	tw.Fetched = time.Now()
	return tw
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	season := r.URL.Query().Get("season")
	dest := r.URL.Query().Get("dest")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("survey-export --season %s > %s", season, dest))
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("export %s failed: %v: %s", season, err, out)
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"season": season, "written": dest})
}
