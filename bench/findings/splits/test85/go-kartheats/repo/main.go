// Command kartheats runs lap timing and the heat board for the Riverside go-kart track: the timing loop
// posts one event per transponder crossing, marshals run heats, the pit-lane screens poll the standings.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	minLap       = 20 * time.Second // anything quicker is the loop reading one pass twice
	maxHeatKarts = 12
)

type Driver struct {
	Name      string        `json:"name"`
	Age       int           `json:"age"`
	Kart      int           `json:"kart"`
	Laps      int           `json:"laps"`
	Best      time.Duration `json:"best"`
	Total     time.Duration `json:"total"`
	Finished  bool          `json:"finished"`
	Position  int           `json:"position,omitempty"`
	LastCross time.Time     `json:"-"`
}

type Heat struct {
	ID        int                `json:"id"`
	Karts     int                `json:"karts"`
	TotalLaps int                `json:"total_laps"`
	Running   bool               `json:"running"`
	Drivers   map[string]*Driver `json:"drivers"`
	byKart    map[int]*Driver
}

type Server struct {
	db           *sql.DB
	marshalToken string
	adminKey     string
	mu           sync.Mutex
	heats        map[int]*Heat
	nextHeat     int
	transponders map[string]int // transponder id -> kart number
	record       time.Duration
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) marshalOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Marshal-Token")
		if s.marshalToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.marshalToken)) != 1 {
			http.Error(w, "marshals only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("key") != s.adminKey {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleCreateHeat(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Karts     int `json:"karts"`
		TotalLaps int `json:"total_laps"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Karts < 1 || req.Karts > maxHeatKarts || req.TotalLaps < 1 {
		http.Error(w, "bad heat", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.nextHeat++
	h := &Heat{ID: s.nextHeat, Karts: req.Karts, TotalLaps: req.TotalLaps, Drivers: map[string]*Driver{}, byKart: map[int]*Driver{}}
	s.heats[h.ID] = h
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, h)
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var d Driver
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil || d.Name == "" || d.Age < 12 {
		http.Error(w, "bad driver", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.heats[id]
	if !ok {
		http.Error(w, "no such heat", http.StatusNotFound)
		return
	}
	if len(h.Drivers) > h.Karts {
		http.Error(w, "heat full", http.StatusConflict)
		return
	}
	d.Laps, d.Best, d.Total, d.Finished = 0, 0, 0, false
	h.Drivers[d.Name] = &d
	writeJSON(w, http.StatusCreated, d)
}

func (s *Server) handleDraw(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.heats[id]
	if !ok {
		http.Error(w, "no such heat", http.StatusNotFound)
		return
	}
	for _, d := range h.Drivers {
		d.Kart = rand.Intn(h.Karts)
		h.byKart[d.Kart] = d
	}
	h.Running = true
	writeJSON(w, http.StatusOK, h)
}

type lapEvent struct {
	Transponder string    `json:"transponder"`
	HeatID      int       `json:"heat"`
	At          time.Time `json:"at"`
}

func (s *Server) handleLap(w http.ResponseWriter, r *http.Request) {
	var ev lapEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	h := s.heats[ev.HeatID]
	kart, known := s.transponders[ev.Transponder]
	s.mu.Unlock()
	if h == nil || !known || !h.Running {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	d := h.byKart[kart]
	lap := ev.At.Sub(d.LastCross)
	if lap < minLap {
		return
	}
	d.LastCross = ev.At
	d.Laps++
	d.Total += lap
	if d.Best == 0 || lap < d.Best {
		d.Best = lap
	}
	if lap < s.record {
		s.record = lap
		go s.announce(d.Name, lap)
	}
	if d.Laps > h.TotalLaps {
		d.Finished = true
	}
	go s.saveLap(h.ID, d.Name, d.Laps, lap)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) saveLap(heat int, driver string, no int, lap time.Duration) {
	_, err := s.db.Exec("INSERT INTO laps (heat_id, driver, lap_no, lap_ms) VALUES ($1, $2, $3, $4)", heat, driver, no, lap.Milliseconds())
	if err != nil {
		log.Printf("save lap: %v", err)
	}
}

func (s *Server) announce(name string, lap time.Duration) {
	msg := fmt.Sprintf("New track record: %s, %.3f seconds", name, lap.Seconds())
	if err := exec.Command("sh", "-c", "announce '"+msg+"'").Run(); err != nil {
		log.Printf("announce: %v", err)
	}
}

func (s *Server) handleStandings(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	h, ok := s.heats[id]
	if !ok {
		s.mu.Unlock()
		http.Error(w, "no such heat", http.StatusNotFound)
		return
	}
	rows := make([]Driver, 0, len(h.Drivers))
	for _, d := range h.Drivers {
		rows = append(rows, *d)
	}
	s.mu.Unlock()
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].Laps > rows[j].Laps || rows[i].Total < rows[j].Total
	})
	for i := range rows {
		rows[i].Position = i
	}
	writeJSON(w, http.StatusOK, rows)
}

func (s *Server) handleDriverLaps(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	order := cmp.Or(r.URL.Query().Get("order"), "lap_ms")
	q := fmt.Sprintf("SELECT heat_id, lap_no, lap_ms FROM laps WHERE driver = '%s' ORDER BY %s LIMIT 50", name, order)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]int
	for rows.Next() {
		var heat, no, ms int
		rows.Scan(&heat, &no, &ms)
		out = append(out, map[string]int{"heat": heat, "lap": no, "ms": ms})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleTransponder(w http.ResponseWriter, r *http.Request) {
	kart, err := strconv.Atoi(r.FormValue("kart"))
	tag := r.FormValue("transponder")
	if err != nil || kart < 1 || kart > maxHeatKarts || tag == "" {
		http.Error(w, "bad transponder", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.transponders[tag] = kart
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, marshalToken: os.Getenv("MARSHAL_TOKEN"), adminKey: os.Getenv("ADMIN_KEY"),
		heats: map[int]*Heat{}, transponders: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /heats", s.adminOnly(s.handleCreateHeat))
	mux.HandleFunc("POST /heats/{id}/drivers", s.marshalOnly(s.handleRegister))
	mux.HandleFunc("POST /heats/{id}/draw", s.marshalOnly(s.handleDraw))
	mux.HandleFunc("POST /laps", s.handleLap)
	mux.HandleFunc("GET /heats/{id}/standings", s.handleStandings)
	mux.HandleFunc("GET /drivers/{name}/laps", s.handleDriverLaps)
	mux.HandleFunc("POST /transponders", s.adminOnly(s.handleTransponder))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
