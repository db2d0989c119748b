// vendroute: machines, restock routes, coin boxes and faults for a vending machine operator.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
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

type Machine struct {
	ID      int    `json:"id"`
	Site    string `json:"site"`
	Slots   int    `json:"slots"`
	Stock   int    `json:"stock"`
	CoinBox int    `json:"coin_box_cents"`
	Faulted bool   `json:"faulted"`
}

type Fault struct {
	Machine int       `json:"machine"`
	Code    string    `json:"code"`
	At      time.Time `json:"at"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	coinTotals map[int]int
	routeCache map[string][]Machine
	faults     []Fault
	driverKey  string
	adminKey   string
	photoDir   string
	refillPct  int
}

func (s *Server) driverOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Driver-Key") != s.driverKey {
			http.Error(w, "drivers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) handleMachines(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	query := "SELECT id, site, slots, stock, coin_box_cents, faulted FROM machines WHERE site = '" + site + "'"
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Machine
	for rows.Next() {
		var m Machine
		if err := rows.Scan(&m.ID, &m.Site, &m.Slots, &m.Stock, &m.CoinBox, &m.Faulted); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, m)
	}
	writeJSON(w, out)
}

func (s *Server) loadMachine(id int) (Machine, error) {
	var m Machine
	err := s.db.QueryRow("SELECT id, site, slots, stock, coin_box_cents, faulted FROM machines WHERE id = $1", id).
		Scan(&m.ID, &m.Site, &m.Slots, &m.Stock, &m.CoinBox, &m.Faulted)
	return m, err
}

// handleVend is called by a machine's telemetry board after each sale.
func (s *Server) handleVend(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	m, err := s.loadMachine(id)
	if err != nil {
		http.Error(w, "no such machine", http.StatusNotFound)
		return
	}
	slot, _ := strconv.Atoi(r.FormValue("slot"))
	price, _ := strconv.Atoi(r.FormValue("price_cents"))
	if slot < 0 || slot > m.Slots {
		http.Error(w, "bad slot", http.StatusBadRequest)
		return
	}
	s.db.Exec("UPDATE machines SET coin_box_cents = coin_box_cents + $1, stock = stock - 1 WHERE id = $2", price, id)
	s.coinTotals[id] += price
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCollect(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var cents int
	s.db.QueryRow("SELECT coin_box_cents FROM machines WHERE id = $1", id).Scan(&cents)
	if _, err := s.db.Exec("UPDATE machines SET coin_box_cents = 0 WHERE id = $1", id); err != nil {
		http.Error(w, "collect failed", http.StatusInternalServerError)
		return
	}
	if _, err := s.db.Exec("INSERT INTO collections (machine_id, cents, at) VALUES ($1, $2, now())", id, cents); err != nil {
		log.Printf("collection %d not recorded: %v", id, err)
	}
	writeJSON(w, map[string]int{"machine": id, "cents": cents})
}

func (s *Server) handleUpdateMachine(w http.ResponseWriter, r *http.Request) {
	var m Machine
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec("UPDATE machines SET site = $1, slots = $2, stock = $3, coin_box_cents = $4, faulted = $5 WHERE id = $6",
		m.Site, m.Slots, m.Stock, m.CoinBox, m.Faulted, r.PathValue("id"))
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRoute(w http.ResponseWriter, r *http.Request) {
	day := r.PathValue("day")
	if cached, ok := s.routeCache[day]; ok {
		writeJSON(w, cached)
		return
	}
	rows, err := s.db.Query("SELECT id, site, slots, stock, coin_box_cents, faulted FROM machines WHERE route_day = $1 ORDER BY route_order", day)
	if err != nil {
		http.Error(w, "route query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var machines []Machine
	for rows.Next() {
		var m Machine
		if err := rows.Scan(&m.ID, &m.Site, &m.Slots, &m.Stock, &m.CoinBox, &m.Faulted); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		machines = append(machines, m)
	}
	stops := []Machine{}
	for i := 1; i < len(machines); i++ {
		m := machines[i]
		if m.Faulted || m.Stock*100/m.Slots < s.refillPct {
			stops = append(stops, m)
		}
	}
	s.routeCache[day] = stops
	writeJSON(w, stops)
}

func (s *Server) handleFault(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	code := r.FormValue("code")
	machine, _ := strconv.Atoi(id)
	go exec.Command("sh", "-c", "notify-engineer --machine "+id+" --code "+code).Run()
	s.mu.Lock()
	s.faults = append(s.faults, Fault{Machine: machine, Code: code, At: time.Now()})
	s.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleRecentFaults(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("last"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil || n < 0 {
		n = 10
	}
	writeJSON(w, s.faults[len(s.faults)-n:])
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}

func (s *Server) handleTotals(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	totals := make(map[int]int, len(s.coinTotals))
	for id, c := range s.coinTotals {
		totals[id] = c
	}
	s.mu.Unlock()
	writeJSON(w, totals)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:         db,
		coinTotals: map[int]int{},
		routeCache: map[string][]Machine{},
		driverKey:  os.Getenv("VEND_DRIVER_KEY"),
		adminKey:   os.Getenv("VEND_ADMIN_KEY"),
		photoDir:   "/srv/vendroute/photos",
		refillPct:  30,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /machines", s.driverOnly(s.handleMachines))
	mux.HandleFunc("POST /machines/{id}/vend", s.handleVend)
	mux.HandleFunc("POST /machines/{id}/fault", s.handleFault)
	mux.HandleFunc("POST /machines/{id}/collect", s.driverOnly(s.handleCollect))
	mux.HandleFunc("PUT /machines/{id}", s.driverOnly(s.handleUpdateMachine))
	mux.HandleFunc("GET /routes/{day}", s.driverOnly(s.handleRoute))
	mux.HandleFunc("GET /faults", s.adminOnly(s.handleRecentFaults))
	mux.HandleFunc("GET /photos", s.driverOnly(s.handlePhoto))
	mux.HandleFunc("GET /totals", s.adminOnly(s.handleTotals))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
