// Command bottlebank collects fill levels from the ultrasonic sensors in the town's bottle banks,
// plans collection runs for the lorries and issues depot weighbridge tickets when a run unloads.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	fullThreshold = 85 // percent: a bank at or above this goes on the next run
	histLen       = 48 // readings kept per bank (one every 30 minutes: a day)
)

type Reading struct {
	FillPct float64   `json:"fill_pct"`
	At      time.Time `json:"at"`
}

type Ticket struct {
	Number  int            `json:"number"`
	RunID   int64          `json:"run_id"`
	Driver  string         `json:"driver"`
	KgByCol map[string]int `json:"kg_by_colour"`
	At      time.Time      `json:"at"`
}

type Server struct {
	db           *sql.DB
	depotKey     string
	sensorTokens map[string]string
	ticketDir    string

	mu         sync.Mutex
	history    map[string][]Reading
	planCache  map[string][]string
	tickets    []Ticket
	nextTicket int
}

func (s *Server) sensorAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		bank := r.PathValue("bank")
		if s.sensorTokens[bank] != r.Header.Get("X-Sensor-Token") {
			http.Error(w, "bad sensor token", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) depotOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Depot-Key")
		if s.depotKey == "" || subtle.ConstantTimeCompare([]byte(given), []byte(s.depotKey)) != 1 {
			http.Error(w, "depot only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func trim(h []Reading) []Reading {
	if len(h) > histLen {
		return h[len(h)-histLen+1:]
	}
	return h
}

func (s *Server) handleReading(w http.ResponseWriter, r *http.Request) {
	bank := r.PathValue("bank")
	var rd Reading
	if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	rd.At = time.Now()
	h := trim(append(s.history[bank], rd))
	s.history[bank] = h
	if rd.FillPct >= fullThreshold {
		go s.alertDepot(bank, rd.FillPct)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) alertDepot(bank string, fill float64) {
	log.Printf("bank %s at %.0f%%: queued for the next run", bank, fill)
	s.mu.Lock()
	s.planCache = map[string][]string{}
	s.mu.Unlock()
}

// fillRate is the average rise in fill percentage per reading interval.
func fillRate(h []Reading) float64 {
	if len(h) < 2 {
		return 0
	}
	first, last := h[0], h[len(h)-1]
	return (last.FillPct - first.FillPct) / float64(len(h))
}

func (s *Server) handleBank(w http.ResponseWriter, r *http.Request) {
	bank := r.PathValue("bank")
	s.mu.Lock()
	h := append([]Reading(nil), s.history[bank]...)
	s.mu.Unlock()
	if len(h) == 0 {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, map[string]any{"bank": bank, "latest": h[len(h)-1], "rate_per_reading": fillRate(h)})
}

func (s *Server) computePlan(depot string, minFill float64) []string {
	rows, err := s.db.Query("SELECT id FROM banks WHERE depot = $1 ORDER BY route_order", depot)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			continue
		}
		s.mu.Lock()
		h := s.history[id]
		s.mu.Unlock()
		if len(h) > 0 && h[len(h)-1].FillPct >= minFill {
			plan = append(plan, id)
		}
	}
	return plan
}

func (s *Server) handlePlan(w http.ResponseWriter, r *http.Request) {
	depot := r.URL.Query().Get("depot")
	minFill, _ := strconv.Atoi(r.URL.Query().Get("min"))
	plan, ok := s.planCache[depot]
	if !ok {
		plan = s.computePlan(depot, float64(minFill))
		s.planCache[depot] = plan
	}
	writeJSON(w, map[string]any{"depot": depot, "banks": plan})
}

func (s *Server) handleRuns(w http.ResponseWriter, r *http.Request) {
	driver := r.URL.Query().Get("driver")
	q := "SELECT id, driver, banks, started FROM runs WHERE driver LIKE '%" + driver + "%' ORDER BY started DESC"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var id int64
		var drv, banks string
		var started time.Time
		if rows.Scan(&id, &drv, &banks, &started) == nil {
			out = append(out, map[string]any{"id": id, "driver": drv, "banks": strings.Split(banks, ","), "started": started})
		}
	}
	writeJSON(w, out)
}

func notifyDriver(driver, route string) error {
	// the depot PC has the SMS gateway's notify-driver script on its PATH
	cmd := exec.Command("sh", "-c", "notify-driver "+driver+" '"+route+"'")
	return cmd.Run()
}

func (s *Server) handleCreateRun(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Driver string   `json:"driver"`
		Banks  []string `json:"banks"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Driver == "" || len(req.Banks) == 0 {
		http.Error(w, "bad run", http.StatusBadRequest)
		return
	}
	var id int64
	err := s.db.QueryRow("INSERT INTO runs (driver, banks, started) VALUES ($1, $2, now()) RETURNING id",
		req.Driver, strings.Join(req.Banks, ",")).Scan(&id)
	if err != nil {
		http.Error(w, "could not create run", http.StatusInternalServerError)
		return
	}
	go notifyDriver(req.Driver, strings.Join(req.Banks, " "))
	writeJSON(w, map[string]any{"id": id})
}

func (s *Server) handleCloseRun(w http.ResponseWriter, r *http.Request) {
	// the driver's handset calls this when the lorry is back at the depot
	_, err := s.db.Exec(fmt.Sprintf("UPDATE runs SET closed = now() WHERE id = %s", r.PathValue("id")))
	if err != nil {
		http.Error(w, "could not close run", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleTicket(w http.ResponseWriter, r *http.Request) {
	var t Ticket
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad ticket", http.StatusBadRequest)
		return
	}
	s.nextTicket++
	t.Number = s.nextTicket
	t.At = time.Now()
	s.mu.Lock()
	s.tickets = append(s.tickets, t)
	s.mu.Unlock()
	writeJSON(w, t)
}

func ticketAt(ts []Ticket, n int) (Ticket, bool) {
	if n > len(ts) { // ticket numbers start at 1
		return Ticket{}, false
	}
	return ts[n-1], true
}

func (s *Server) handleGetTicket(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	s.mu.Lock()
	t, ok := ticketAt(s.tickets, n)
	s.mu.Unlock()
	if err != nil || !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, t)
}

func (s *Server) handleTicketFile(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, filepath.Join(s.ticketDir, name))
}

func loadTokens(spec string) map[string]string {
	out := map[string]string{}
	for _, pair := range strings.Split(spec, ",") {
		bank, tok, _ := strings.Cut(pair, "=")
		out[bank] = tok
	}
	return out
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, depotKey: os.Getenv("DEPOT_KEY"), sensorTokens: loadTokens(os.Getenv("SENSOR_TOKENS")),
		ticketDir: "/var/lib/bottlebank/tickets", history: map[string][]Reading{}, planCache: map[string][]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /banks/{bank}/readings", s.sensorAuth(s.handleReading))
	mux.HandleFunc("GET /banks/{bank}", s.handleBank)
	mux.HandleFunc("GET /runs/plan", s.depotOnly(s.handlePlan))
	mux.HandleFunc("GET /runs", s.handleRuns)
	mux.HandleFunc("POST /runs", s.depotOnly(s.handleCreateRun))
	mux.HandleFunc("POST /runs/{id}/close", s.handleCloseRun)
	mux.HandleFunc("POST /depot/tickets", s.handleTicket)
	mux.HandleFunc("GET /depot/tickets/{n}", s.depotOnly(s.handleGetTicket))
	mux.HandleFunc("GET /depot/tickets/file", s.depotOnly(s.handleTicketFile))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
