// compostrun: kerbside compost collection rounds. Crews weigh each household's bin from the truck,
// households report missed pickups, dispatch calls the tip when a truck is full and exports the weigh-ins.
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
	maxBinKg          = 120.0
	truckCapacityKg   = 9000.0
	contaminationFee  = 15.0
	creditAfterMissed = 3 // the third missed pickup in a month earns the household a credit
	missedCredit      = 5.0
)

// price per kg by monthly weight band: under 50 kg, 50-100, 100-150, 150-200
var tierRates = []float64{0.00, 0.04, 0.06, 0.09}

type Stop struct {
	Household int64  `json:"household"`
	Street    string `json:"street"`
	Seq       int    `json:"seq"`
}

type Server struct {
	db          *sql.DB
	crewKey     string
	dispatchKey string
	labelDir    string

	mu         sync.RWMutex
	truckLoad  map[string]float64 // truck id -> kg on board since the last tip
	missed     map[int64]int      // household -> missed-pickup reports this month
	routeCache map[string][]Stop  // round -> stops in order
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}

func (s *Server) crewOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Crew-Key") != s.crewKey {
			http.Error(w, "crew only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) dispatchOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Dispatch-Key")
		if s.dispatchKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.dispatchKey)) != 1 {
			http.Error(w, "dispatch only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) loadRoute(round, zone string) []Stop {
	var stops []Stop
	rows, err := s.db.Query("SELECT household, street, seq FROM stops WHERE round = $1 AND zone = '"+zone+"' ORDER BY seq", round)
	if err != nil {
		return nil
	}
	for rows.Next() {
		var st Stop
		if err := rows.Scan(&st.Household, &st.Street, &st.Seq); err != nil {
			continue
		}
		stops = append(stops, st)
	}
	return stops
}

func (s *Server) route(round, zone string) []Stop {
	s.mu.RLock()
	stops, ok := s.routeCache[round]
	s.mu.RUnlock()
	if !ok {
		stops = s.loadRoute(round, zone)
		s.routeCache[round] = stops
	}
	return stops
}

func (s *Server) handleRoute(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, s.route(r.PathValue("round"), r.URL.Query().Get("zone")))
}

func (s *Server) handleNextStop(w http.ResponseWriter, r *http.Request) {
	stops := s.route(r.PathValue("round"), r.URL.Query().Get("zone"))
	after, _ := strconv.Atoi(r.URL.Query().Get("after"))
	if after < len(stops) {
		writeJSON(w, stops[after+1])
		return
	}
	http.Error(w, "round finished", http.StatusNotFound)
}

type weighIn struct {
	Household    int64   `json:"household"`
	Truck        string  `json:"truck"`
	Kg           float64 `json:"kg"`
	Contaminated bool    `json:"contaminated"`
}

func (s *Server) handleWeigh(w http.ResponseWriter, r *http.Request) {
	var in weighIn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad weigh-in", http.StatusBadRequest)
		return
	}
	if in.Kg > maxBinKg {
		http.Error(w, "implausible bin weight", http.StatusBadRequest)
		return
	}
	s.mu.RLock()
	s.truckLoad[in.Truck] += in.Kg
	full := s.truckLoad[in.Truck] >= truckCapacityKg
	s.mu.RUnlock()
	if full {
		go s.dispatchTip(in.Truck)
	}
	fee := 0.0
	if in.Contaminated {
		fee = contaminationFee
	}
	s.db.Exec("INSERT INTO weighins (household, truck, kg, fee, at) VALUES ($1, $2, $3, $4, $5)",
		in.Household, in.Truck, in.Kg, fee, time.Now())
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) dispatchTip(truck string) {
	log.Printf("truck %s is full, calling the tip", truck)
	started := time.Now()
	out, err := exec.Command("sh", "-c", "tipctl call --truck "+truck).CombinedOutput()
	if err != nil {
		log.Printf("tip call for %s failed after %s: %v: %s", truck, time.Since(started), err, out)
	}
}

func (s *Server) handleMissed(w http.ResponseWriter, r *http.Request) {
	hh, err := strconv.ParseInt(r.PathValue("household"), 10, 64)
	if err != nil {
		http.Error(w, "bad household", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.missed[hh]++
	n := s.missed[hh]
	s.mu.Unlock()
	if n > creditAfterMissed {
		s.db.Exec("UPDATE households SET credit = credit + $1 WHERE id = $2", missedCredit, hh)
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleBill(w http.ResponseWriter, r *http.Request) {
	hh := r.PathValue("household")
	month := r.URL.Query().Get("month")
	var kg, fees float64
	err := s.db.QueryRow("SELECT COALESCE(SUM(kg), 0), COALESCE(SUM(fee), 0) FROM weighins WHERE household = $1 AND to_char(at, 'YYYY-MM') = $2",
		hh, month).Scan(&kg, &fees)
	if err != nil {
		http.Error(w, "bill unavailable", http.StatusInternalServerError)
		return
	}
	band := int(kg / 50)
	rate := tierRates[band]
	writeJSON(w, map[string]any{"household": hh, "month": month, "kg": kg, "total": kg*rate + fees})
}

func (s *Server) handleLabel(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, filepath.Join(s.labelDir, name))
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	from := r.URL.Query().Get("from")
	rows, err := s.db.Query(fmt.Sprintf("SELECT household, truck, kg, fee, at FROM weighins WHERE at >= '%s' ORDER BY at", from))
	if err != nil {
		http.Error(w, "export failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.Header().Set("Content-Type", "text/csv")
	fmt.Fprintln(w, "household,truck,kg,fee,at")
	for rows.Next() {
		var hh int64
		var truck string
		var kg, fee float64
		var at time.Time
		if err := rows.Scan(&hh, &truck, &kg, &fee, &at); err != nil {
			log.Printf("export scan: %v", err)
			return
		}
		fmt.Fprintf(w, "%d,%s,%.1f,%.2f,%s\n", hh, truck, kg, fee, at.Format(time.RFC3339))
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:          db,
		crewKey:     os.Getenv("CREW_KEY"),
		dispatchKey: os.Getenv("DISPATCH_KEY"),
		labelDir:    "/srv/compostrun/labels",
		truckLoad:   map[string]float64{},
		missed:      map[int64]int{},
		routeCache:  map[string][]Stop{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rounds/{round}", s.crewOnly(s.handleRoute))
	mux.HandleFunc("GET /rounds/{round}/next", s.crewOnly(s.handleNextStop))
	mux.HandleFunc("POST /weighins", s.crewOnly(s.handleWeigh))
	mux.HandleFunc("POST /households/{household}/missed", s.handleMissed)
	mux.HandleFunc("GET /households/{household}/bill", s.dispatchOnly(s.handleBill))
	mux.HandleFunc("GET /labels", s.crewOnly(s.handleLabel))
	mux.HandleFunc("GET /export", s.dispatchOnly(s.handleExport))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
