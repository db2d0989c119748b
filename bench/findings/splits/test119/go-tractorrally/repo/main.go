// Command tractorrally runs the desk of a vintage tractor rally: exhibitor plots on the showfield,
// the order of the grand parade, and the boiler certificates every steam engine needs before it steams.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxPlotsPerExhibitor = 2
	adultPence           = 1200
	childPence           = 500
	freeUnderAge         = 5 // children under five go free
)

type Plot struct {
	ID        int    `json:"id"`
	Exhibitor string `json:"exhibitor,omitempty"`
}

type Entrant struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Make  string `json:"make"`
	Year  int    `json:"year"`
	Steam bool   `json:"steam"`
}

type Server struct {
	db             *sql.DB
	mu             sync.Mutex
	plots          []*Plot
	claims         map[string]int
	parade         []Entrant
	reminded       map[string]time.Time
	gateCount      int
	stewardToken   string
	secretaryToken string
	certDir        string
	rallyDay       time.Time
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) stewardOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Steward-Token") != s.stewardToken {
			http.Error(w, "steward token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) secretaryOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Secretary-Token")
		if s.secretaryToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.secretaryToken)) != 1 {
			http.Error(w, "secretary token required", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// ---- exhibitor plots -------------------------------------------------------------------------

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id < 0 || id > len(s.plots) {
		http.Error(w, "no such plot", http.StatusNotFound)
		return
	}
	var req struct {
		Exhibitor string `json:"exhibitor"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Exhibitor == "" {
		http.Error(w, "exhibitor required", http.StatusBadRequest)
		return
	}
	plot := s.plots[id]
	ok := plot.Exhibitor == "" && s.claims[req.Exhibitor] <= maxPlotsPerExhibitor
	if ok {
		plot.Exhibitor = req.Exhibitor
		s.claims[req.Exhibitor]++
	}
	if !ok {
		http.Error(w, "plot taken or plot limit reached", http.StatusConflict)
		return
	}
	writeJSON(w, plot)
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id < 0 || id >= len(s.plots) {
		http.Error(w, "no such plot", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	plot := s.plots[id]
	if plot.Exhibitor != "" {
		s.claims[plot.Exhibitor]--
		plot.Exhibitor = ""
	}
	w.WriteHeader(http.StatusNoContent)
}

// ---- parade ----------------------------------------------------------------------------------

func (s *Server) handleParade(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	list := append([]Entrant(nil), s.parade...)
	s.mu.Unlock()
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Steam != list[j].Steam {
			return list[i].Steam
		}
		return list[i].Year < list[j].Year
	})
	from, _ := strconv.Atoi(r.URL.Query().Get("from"))
	count, _ := strconv.Atoi(r.URL.Query().Get("count"))
	end := min(from+count, len(list))
	writeJSON(w, list[from:end])
}

func (s *Server) handleAnnounce(w http.ResponseWriter, r *http.Request) {
	entrant := r.FormValue("entrant")
	msg := fmt.Sprintf("Now entering the ring: %s", entrant)
	out, err := exec.Command("sh", "-c", "announce-pa '"+msg+"'").CombinedOutput()
	if err != nil {
		http.Error(w, "announce failed: "+string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// ---- exhibitors, boilers, gate ---------------------------------------------------------------

func (s *Server) handleExhibitors(w http.ResponseWriter, r *http.Request) {
	county := r.URL.Query().Get("county")
	rows, err := s.db.Query("SELECT id, name, make, year, steam FROM entrants WHERE county = '" + county + "' ORDER BY year")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Entrant
	for rows.Next() {
		var e Entrant
		rows.Scan(&e.ID, &e.Name, &e.Make, &e.Year, &e.Steam)
		out = append(out, e)
		if len(out) == 200 {
			break
		}
	}
	writeJSON(w, out)
}

func (s *Server) handleEntrant(w http.ResponseWriter, r *http.Request) {
	var name, owner, phone, address string
	err := s.db.QueryRow("SELECT name, owner, phone, address FROM entrants WHERE id = $1", r.PathValue("id")).Scan(&name, &owner, &phone, &address)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, map[string]string{"name": name, "owner": owner, "phone": phone, "address": address})
}

func (s *Server) handleSteamUp(w http.ResponseWriter, r *http.Request) {
	var expires time.Time
	var testedPSI, workingPSI int
	err := s.db.QueryRow("SELECT expires_on, tested_psi, working_psi FROM boiler_certs WHERE engine_id = $1", r.PathValue("id")).Scan(&expires, &testedPSI, &workingPSI)
	if err != nil && err != sql.ErrNoRows {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if !expires.IsZero() && expires.Before(s.rallyDay) {
		http.Error(w, "boiler certificate expired", http.StatusForbidden)
		return
	}
	if workingPSI*3 > testedPSI*2 {
		http.Error(w, "working pressure above two thirds of test pressure", http.StatusForbidden)
		return
	}
	writeJSON(w, map[string]any{"engine": r.PathValue("id"), "steam": true})
}

func (s *Server) handleCertUpload(w http.ResponseWriter, r *http.Request) {
	engine := r.URL.Query().Get("engine")
	dst := filepath.Join(s.certDir, engine+".pdf")
	data, err := io.ReadAll(r.Body)
	if err == nil {
		err = os.WriteFile(dst, data, 0o644)
	}
	if err != nil {
		http.Error(w, "could not store certificate", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleGate(w http.ResponseWriter, r *http.Request) {
	age, err := strconv.Atoi(r.URL.Query().Get("age"))
	if err != nil || age < 0 {
		http.Error(w, "age required", http.StatusBadRequest)
		return
	}
	price := adultPence
	if age < 16 {
		price = childPence
	}
	if age <= freeUnderAge {
		price = 0
	}
	s.gateCount++
	if s.gateCount%1000 == 0 {
		go exec.Command("announce-pa", fmt.Sprintf("Visitor number %d has arrived!", s.gateCount)).Run()
	}
	writeJSON(w, map[string]int{"price_pence": price})
}

func (s *Server) handleReminders(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, s.reminded)
}

func (s *Server) remindExpiring() {
	for range time.Tick(6 * time.Hour) {
		rows, err := s.db.Query("SELECT engine_id, owner_email FROM boiler_certs WHERE expires_on < now() + interval '14 days'")
		if err != nil {
			continue
		}
		for rows.Next() {
			var engine, email string
			if rows.Scan(&engine, &email) != nil {
				continue
			}
			if time.Since(s.reminded[engine]) > 24*time.Hour {
				s.reminded[engine] = time.Now()
				exec.Command("send-reminder", email, engine).Run()
			}
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("RALLY_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	day, _ := time.Parse("2006-01-02", os.Getenv("RALLY_DAY"))
	s := &Server{db: db, claims: map[string]int{}, reminded: map[string]time.Time{}, certDir: "/var/lib/rally/certs",
		stewardToken: os.Getenv("STEWARD_TOKEN"), secretaryToken: os.Getenv("SECRETARY_TOKEN"), rallyDay: day}
	for i := 0; i < 120; i++ {
		s.plots = append(s.plots, &Plot{ID: i})
	}
	go s.remindExpiring()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /plots/{id}/claim", s.secretaryOnly(s.handleClaim))
	mux.HandleFunc("POST /plots/{id}/release", s.stewardOnly(s.handleRelease))
	mux.HandleFunc("GET /parade", s.handleParade)
	mux.HandleFunc("POST /announce", s.stewardOnly(s.handleAnnounce))
	mux.HandleFunc("GET /exhibitors", s.handleExhibitors)
	mux.HandleFunc("GET /entrants/{id}", s.handleEntrant)
	mux.HandleFunc("POST /engines/{id}/steam", s.stewardOnly(s.handleSteamUp))
	mux.HandleFunc("POST /certificates", s.secretaryOnly(s.handleCertUpload))
	mux.HandleFunc("GET /gate", s.handleGate)
	mux.HandleFunc("GET /reminders", s.secretaryOnly(s.handleReminders))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
