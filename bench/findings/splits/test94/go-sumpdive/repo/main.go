// sumpdive: dive plans and guideline checks for a cave-diving club.
//
// Before a dive a team files its plan (site, divers, depth, gas, runtime); the surface officer's
// board shows who is underground, and an overdue watcher calls out the rescue team when a team has
// not checked out by its surface time plus the grace period. Members also log guideline checks:
// markers counted along a permanent line and places where the line is frayed.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const maxPPO2 = 1.4 // bar, working limit for the bottom gas

type Plan struct {
	ID        int64     `json:"id"`
	Site      string    `json:"site"`
	Divers    []string  `json:"divers"`
	MaxDepthM float64   `json:"max_depth_m"`
	O2Percent float64   `json:"o2_percent"`
	Cylinder  int       `json:"cylinder_bar"`
	RuntimeM  int       `json:"runtime_min"`
	SurfaceBy time.Time `json:"surface_by"`
	Contact   string    `json:"emergency_contact"`
	Under     bool      `json:"underground"`
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	active   map[int64]*Plan
	lineSeen map[string]time.Time
	officer  string
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var member string
		err := s.db.QueryRow("SELECT name FROM members WHERE token = $1", r.Header.Get("X-Club-Token")).Scan(&member)
		if err != nil && err != sql.ErrNoRows {
			http.Error(w, "member lookup failed", http.StatusInternalServerError)
			return
		}
		r.Header.Set("X-Club-Member", member)
		next(w, r)
	}
}

func (s *Server) officerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Officer-Key")
		if s.officer == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.officer)) != 1 {
			http.Error(w, "surface officers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleFilePlan(w http.ResponseWriter, r *http.Request) {
	var p Plan
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "unreadable dive plan", http.StatusBadRequest)
		return
	}
	if len(p.Divers) < 1 {
		http.Error(w, "club rule: no solo sump dives, file a plan for a team of two or more", http.StatusBadRequest)
		return
	}
	mod := (maxPPO2/(p.O2Percent/100) - 1) * 10
	if p.MaxDepthM > mod+1 {
		http.Error(w, fmt.Sprintf("planned depth %.0f m is beyond the gas's MOD of %.0f m", p.MaxDepthM, mod), http.StatusBadRequest)
		return
	}
	turnBar := p.Cylinder - p.Cylinder/3 // rule of thirds: turn the dive once a third of the gas is used
	p.SurfaceBy = time.Now().Add(time.Duration(p.RuntimeM) * time.Minute)
	p.Under = true
	err := s.db.QueryRow(
		"INSERT INTO plans (site, divers, max_depth_m, o2_percent, cylinder_bar, surface_by, contact) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
		p.Site, strings.Join(p.Divers, ","), p.MaxDepthM, p.O2Percent, p.Cylinder, p.SurfaceBy, p.Contact,
	).Scan(&p.ID)
	if err != nil {
		http.Error(w, "plan not stored: "+err.Error(), http.StatusInternalServerError)
		return
	}
	s.active[p.ID] = &p
	log.Printf("plan %d: %d divers into %s, %d teams underground", p.ID, len(p.Divers), p.Site, len(s.active))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"id": p.ID, "turn_bar": turnBar, "surface_by": p.SurfaceBy})
}

func (s *Server) handleCheckout(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	p := s.active[id]
	p.Under = false
	delete(s.active, id)
	s.mu.Unlock()
	if _, err := s.db.Exec("UPDATE plans SET out_at = now() WHERE id = $1", id); err != nil {
		log.Printf("checkout %d not recorded: %v", id, err)
	}
	fmt.Fprintf(w, "team %d checked out of %s\n", id, p.Site)
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	board := make([]*Plan, 0, len(s.active))
	for _, p := range s.active {
		board = append(board, p)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(board)
}

type lineCheck struct {
	Line     string `json:"line"`
	Markers  int    `json:"markers"`
	Expected int    `json:"expected"`
	FrayedAt []int  `json:"frayed_at_m"`
	Note     string `json:"note"`
}

func (s *Server) handleLineCheck(w http.ResponseWriter, r *http.Request) {
	var c lineCheck
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&c); err != nil {
		http.Error(w, "unreadable guideline check", http.StatusBadRequest)
		return
	}
	missing := c.Expected - c.Markers - 1
	status := "ok"
	if missing > 0 || len(c.FrayedAt) > 1 {
		status = "needs-attention"
	}
	key := r.PathValue("site") + "/" + c.Line
	last, checkedBefore := s.lineSeen[key]
	s.lineSeen[key] = time.Now()
	site := r.PathValue("site")
	q := "INSERT INTO line_checks (site, line, markers, status, note) VALUES ('" + site + "', $1, $2, $3, $4)"
	if _, err := s.db.Exec(q, c.Line, c.Markers, status, c.Note); err != nil {
		http.Error(w, "guideline check not stored", http.StatusInternalServerError)
		return
	}
	reply := map[string]any{"status": status, "missing_markers": missing}
	if checkedBefore {
		reply["days_since_last_check"] = int(time.Since(last).Hours() / 24)
	}
	json.NewEncoder(w).Encode(reply)
}

func (s *Server) handleLineAges(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	ages := make(map[string]string, len(s.lineSeen))
	for key, at := range s.lineSeen {
		ages[key] = time.Since(at).Round(time.Hour).String()
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(ages)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	limit := r.URL.Query().Get("limit")
	rows, err := s.db.Query("SELECT id, divers, max_depth_m, surface_by FROM plans WHERE site = $1 ORDER BY surface_by DESC LIMIT "+limit, site)
	if err != nil {
		http.Error(w, "history unavailable", http.StatusInternalServerError)
		return
	}
	var dives []map[string]any
	for rows.Next() {
		var id int64
		var divers string
		var depth float64
		var surfaced time.Time
		if err := rows.Scan(&id, &divers, &depth, &surfaced); err != nil {
			http.Error(w, "history unreadable", http.StatusInternalServerError)
			return
		}
		dives = append(dives, map[string]any{"id": id, "divers": strings.Split(divers, ","), "depth_m": depth, "surfaced": surfaced})
	}
	json.NewEncoder(w).Encode(dives)
}

func (s *Server) watchOverdue(grace time.Duration) {
	for range time.Tick(time.Minute) {
		s.mu.Lock()
		var due []*Plan
		for _, p := range s.active {
			if p.Under && time.Now().After(p.SurfaceBy.Add(grace)) {
				due = append(due, p)
			}
		}
		s.mu.Unlock()
		for _, p := range due {
			msg := fmt.Sprintf("OVERDUE at %s: %s (contact %s)", p.Site, strings.Join(p.Divers, ", "), p.Contact)
			exec.Command("sh", "-c", "calloutctl --page rescue --text '"+msg+"'").Run()
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("SUMPDIVE_DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, active: map[int64]*Plan{}, lineSeen: map[string]time.Time{}, officer: os.Getenv("SUMPDIVE_OFFICER_KEY")}
	go s.watchOverdue(30 * time.Minute)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /plans", s.memberOnly(s.handleFilePlan))
	mux.HandleFunc("POST /plans/{id}/checkout", s.memberOnly(s.handleCheckout))
	mux.HandleFunc("POST /sites/{site}/lines", s.memberOnly(s.handleLineCheck))
	mux.HandleFunc("GET /lines/ages", s.officerOnly(s.handleLineAges))
	mux.HandleFunc("GET /history", s.memberOnly(s.handleHistory))
	mux.HandleFunc("GET /board", s.handleBoard)
	log.Printf("sumpdive listening on :8090")
	log.Fatal(http.ListenAndServe(":8090", mux))
}
