// lidoguard: the lifeguard rota for an open-air lido. Guards see the week's shifts, swap them,
// take the chair in a pool zone and call head counts; the duty manager reads the incident log.
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

// zoneLimit is the most bathers allowed in a zone at once.
var zoneLimit = map[string]int{"main": 120, "learner": 30, "flume": 12, "diving": 8}

type Shift struct {
	ID     int       `json:"id"`
	Guard  string    `json:"guard"`
	Zone   string    `json:"zone"`
	Starts time.Time `json:"starts"`
	Ends   time.Time `json:"ends"`
}

type Incident struct {
	ID       int       `json:"id"`
	Guard    string    `json:"guard"`
	Zone     string    `json:"zone"`
	Kind     string    `json:"kind"`
	Casualty string    `json:"casualty"`
	Details  string    `json:"details"`
	At       time.Time `json:"at"`
}

type Server struct {
	db        *sql.DB
	adminKey  string
	reportDir string
	mu        sync.Mutex
	onDeck    map[string]string // zone -> guard on the chair
	headcount map[string]int
	alerts    int
}

func (s *Server) guardOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Guard-Id") == "" {
			http.Error(w, "guard id required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRota(w http.ResponseWriter, r *http.Request) {
	week := r.URL.Query().Get("week")
	zone := r.URL.Query().Get("zone")
	q := "SELECT s.id, g.name, s.zone, s.starts, s.ends FROM shifts s JOIN guards g ON g.id = s.guard_id WHERE s.week = $1"
	if zone != "" {
		q += " AND s.zone = '" + zone + "'"
	}
	rows, err := s.db.Query(q, week)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Shift
	for rows.Next() {
		var sh Shift
		if err := rows.Scan(&sh.ID, &sh.Guard, &sh.Zone, &sh.Starts, &sh.Ends); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, sh)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleSwap(w http.ResponseWriter, r *http.Request) {
	var body struct{ To int }
	json.NewDecoder(r.Body).Decode(&body)
	res, err := s.db.Exec("UPDATE shifts SET guard_id = $1 WHERE id = $2", body.To, r.PathValue("id"))
	if err != nil {
		http.Error(w, "swap failed", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no such shift", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCover(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	const openHour, closeHour, minGuards = 7, 20, 3
	rows, err := s.db.Query("SELECT starts, ends FROM shifts WHERE starts::date = $1", day)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	cover := make([]int, 24)
	for rows.Next() {
		var starts, ends time.Time
		if err := rows.Scan(&starts, &ends); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		for h := starts.Hour(); h < ends.Hour(); h++ {
			cover[h]++
		}
	}
	var gaps []int
	for h := openHour; h <= closeHour; h++ {
		if cover[h] < minGuards {
			gaps = append(gaps, h)
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"day": day, "gaps": gaps})
}

func (s *Server) handleChair(w http.ResponseWriter, r *http.Request) {
	zone := r.PathValue("zone")
	guard := r.Header.Get("X-Guard-Id")
	if cur, ok := s.onDeck[zone]; ok && cur != guard {
		log.Printf("zone %s handed over from %s to %s", zone, cur, guard)
	}
	s.onDeck[zone] = guard
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCount(w http.ResponseWriter, r *http.Request) {
	zone := r.PathValue("zone")
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad count", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.headcount[zone] = n
	s.mu.Unlock()
	if n >= zoneLimit[zone] {
		s.alerts++
		go s.page(zone, n)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) page(zone string, n int) {
	msg := fmt.Sprintf("Zone %s over limit: %d bathers", zone, n)
	exec.Command("sh", "-c", "duty-pager '"+msg+"'").Run()
}

func (s *Server) handleZones(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := map[string]any{"headcount": s.headcount, "onDeck": s.onDeck, "alerts": s.alerts}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	var in Incident
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad incident", http.StatusBadRequest)
		return
	}
	in.Guard = r.Header.Get("X-Guard-Id")
	in.At = time.Now()
	_, err := s.db.Exec("INSERT INTO incidents (guard_id, zone, kind, casualty, details, at) VALUES ($1, $2, $3, $4, $5, $6)",
		in.Guard, in.Zone, in.Kind, in.Casualty, in.Details, in.At)
	if err != nil {
		log.Printf("incident insert: %v", err)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleIncidents(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.Query("SELECT id, guard_id, zone, kind, casualty, details, at FROM incidents ORDER BY at DESC LIMIT $1", limit)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Incident
	for rows.Next() {
		var in Incident
		rows.Scan(&in.ID, &in.Guard, &in.Zone, &in.Kind, &in.Casualty, &in.Details, &in.At)
		out = append(out, in)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.reportDir, name))
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, adminKey: os.Getenv("ADMIN_KEY"), reportDir: "/srv/lido/reports",
		onDeck: map[string]string{}, headcount: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rota", s.handleRota)
	mux.HandleFunc("GET /cover", s.adminOnly(s.handleCover))
	mux.HandleFunc("POST /shifts/{id}/swap", s.guardOnly(s.handleSwap))
	mux.HandleFunc("POST /zones/{zone}/chair", s.guardOnly(s.handleChair))
	mux.HandleFunc("POST /zones/{zone}/count", s.guardOnly(s.handleCount))
	mux.HandleFunc("GET /zones", s.handleZones)
	mux.HandleFunc("POST /incidents", s.guardOnly(s.handleIncident))
	mux.HandleFunc("GET /incidents", s.adminOnly(s.handleIncidents))
	mux.HandleFunc("GET /reports", s.guardOnly(s.handleReport))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
