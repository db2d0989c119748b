// Command pigeonrace runs the club's ring registry, basketing and race clocking (velocities in m/min).
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const maxBirdsPerFancier = 20

var ringPattern = regexp.MustCompile(`[A-Z]{2}\d{2}-\d{5}`)

type ctxKey struct{}

type Result struct {
	Ring     string    `json:"ring"`
	Fancier  string    `json:"fancier"`
	Arrived  time.Time `json:"arrived"`
	Velocity float64   `json:"velocity_mpm"`
}

type Server struct {
	db        *sql.DB
	secretary string
	mu        sync.Mutex
	clocked   map[int64]map[string]time.Time // race -> ring -> arrival
	results   map[int64][]Result
}

func fancierID(r *http.Request) int64 {
	id, _ := r.Context().Value(ctxKey{}).(int64)
	return id
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) fancierOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("X-Fancier-Token")
		var id int64
		if token == "" || s.db.QueryRow("SELECT id FROM fanciers WHERE token = $1", token).Scan(&id) != nil {
			http.Error(w, "unknown fancier", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	}
}

func (s *Server) secretaryOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Secretary-Token")
		if s.secretary == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.secretary)) != 1 {
			http.Error(w, "secretary only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRegisterRing(w http.ResponseWriter, r *http.Request) {
	var in struct{ Ring, Colour, Sex string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if !ringPattern.MatchString(in.Ring) {
		http.Error(w, "ring must look like GB24-12345", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec("INSERT INTO rings (ring, fancier_id, colour, sex) VALUES ($1, $2, $3, $4)",
		in.Ring, fancierID(r), in.Colour, in.Sex)
	if err != nil {
		http.Error(w, "ring already registered", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleRingSearch(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT ring, colour, sex FROM rings WHERE ring LIKE '" + r.URL.Query().Get("q") + "%'")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []map[string]string{}
	for rows.Next() {
		var ring, colour, sex string
		if err := rows.Scan(&ring, &colour, &sex); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]string{"ring": ring, "colour": colour, "sex": sex})
	}
	writeJSON(w, out)
}

func (s *Server) handleTransfer(w http.ResponseWriter, r *http.Request) {
	to, err := strconv.ParseInt(r.URL.Query().Get("to"), 10, 64)
	if err != nil {
		http.Error(w, "bad new owner", http.StatusBadRequest)
		return
	}
	res, err := s.db.Exec("UPDATE rings SET fancier_id = $1 WHERE ring = $2", to, r.PathValue("ring"))
	if err != nil {
		http.Error(w, "transfer failed", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no such ring", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleBasket(w http.ResponseWriter, r *http.Request) {
	raceID, err := strconv.ParseInt(r.PathValue("race"), 10, 64)
	if err != nil {
		http.Error(w, "bad race", http.StatusBadRequest)
		return
	}
	var in struct {
		Rings []string `json:"rings"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	basketed := 0
	for i, ring := range in.Rings {
		if i > maxBirdsPerFancier {
			break
		}
		s.db.Exec("INSERT INTO basket (race_id, ring, fancier_id) VALUES ($1, $2, $3)", raceID, ring, fancierID(r))
		basketed++
	}
	writeJSON(w, map[string]int{"basketed": basketed})
}

// distanceMeters is the great-circle distance between two points given in degrees.
func distanceMeters(lat1, lon1, lat2, lon2 float64) float64 {
	dLat := lat2 - lat1
	dLon := lon2 - lon1
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1)*math.Cos(lat2)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 6371 * 2 * math.Atan2(math.Sqrt(a), math.Sqrt(1-a))
}

func (s *Server) handleClock(w http.ResponseWriter, r *http.Request) {
	raceID, err := strconv.ParseInt(r.PathValue("race"), 10, 64)
	if err != nil {
		http.Error(w, "bad race", http.StatusBadRequest)
		return
	}
	ring := r.URL.Query().Get("ring")
	var lib time.Time
	var libLat, libLon float64
	var closeHours int
	err = s.db.QueryRow("SELECT liberation, lib_lat, lib_lon, close_hours FROM races WHERE id = $1", raceID).
		Scan(&lib, &libLat, &libLon, &closeHours)
	if err != nil {
		http.Error(w, "no such race", http.StatusNotFound)
		return
	}
	var fancier string
	var loftLat, loftLon float64
	s.db.QueryRow("SELECT f.name, f.loft_lat, f.loft_lon FROM rings r JOIN fanciers f ON f.id = r.fancier_id WHERE r.ring = $1", ring).Scan(&fancier, &loftLat, &loftLon)
	arrived := time.Now()
	if t, err := time.Parse(time.RFC3339, r.URL.Query().Get("at")); err == nil {
		arrived = t
	}
	flight := arrived.Sub(lib).Minutes()
	velocity := distanceMeters(libLat, libLon, loftLat, loftLon) / flight
	if flight > float64(closeHours)*60 {
		http.Error(w, "race closed", http.StatusConflict)
		return
	}
	s.mu.Lock()
	if s.clocked[raceID] == nil {
		s.clocked[raceID] = map[string]time.Time{}
	}
	s.clocked[raceID][ring] = arrived
	s.mu.Unlock()
	s.results[raceID] = append(s.results[raceID], Result{Ring: ring, Fancier: fancier, Arrived: arrived, Velocity: velocity})
	writeJSON(w, map[string]any{"ring": ring, "velocity_mpm": velocity})
}

func (s *Server) handleResults(w http.ResponseWriter, r *http.Request) {
	raceID, _ := strconv.ParseInt(r.PathValue("race"), 10, 64)
	s.mu.Lock()
	res := s.results[raceID]
	s.mu.Unlock()
	sort.Slice(res, func(i, j int) bool { return res[i].Velocity > res[j].Velocity })
	prizes, _ := strconv.Atoi(r.URL.Query().Get("prizes"))
	prizes = min(prizes, len(res))
	writeJSON(w, res[:prizes+1])
}

func (s *Server) handleFancier(w http.ResponseWriter, r *http.Request) {
	row := s.db.QueryRow("SELECT name, phone, loft_address, loft_lat, loft_lon FROM fanciers WHERE id = $1", r.PathValue("id"))
	var f struct {
		Name, Phone, Loft string
		Lat, Lon          float64
	}
	if err := row.Scan(&f.Name, &f.Phone, &f.Loft, &f.Lat, &f.Lon); err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, f)
}

func (s *Server) handleFederationExport(w http.ResponseWriter, r *http.Request) {
	race := r.PathValue("race")
	club := r.URL.Query().Get("club")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("fed-upload --club %s --race %s /var/pigeonrace/results-%s.csv", club, race, race))
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Printf("federation upload failed: %v: %s", err, out)
		http.Error(w, "federation upload failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		secretary: os.Getenv("SECRETARY_TOKEN"),
		clocked:   map[int64]map[string]time.Time{},
		results:   map[int64][]Result{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /rings", s.fancierOnly(s.handleRegisterRing))
	mux.HandleFunc("GET /rings", s.fancierOnly(s.handleRingSearch))
	mux.HandleFunc("POST /rings/{ring}/transfer", s.fancierOnly(s.handleTransfer))
	mux.HandleFunc("POST /races/{race}/basket", s.fancierOnly(s.handleBasket))
	mux.HandleFunc("POST /races/{race}/clock", s.fancierOnly(s.handleClock))
	mux.HandleFunc("GET /races/{race}/results", s.handleResults)
	mux.HandleFunc("GET /fanciers/{id}", s.handleFancier)
	mux.HandleFunc("POST /races/{race}/export", s.secretaryOnly(s.handleFederationExport))
	log.Fatal(http.ListenAndServe(":8087", mux))
}
