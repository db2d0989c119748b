// Command camelcaravan runs the departures desk of a camel trekking company: guides open caravan
// departures, riders sign up, and the water master rations the tanks between the wells on the route.
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

type Rider struct {
	Name     string `json:"name"`
	Passport string `json:"passport"`
	Phone    string `json:"phone"`
	Paid     bool   `json:"paid"`
}

type Departure struct {
	ID     int       `json:"id"`
	Route  string    `json:"route"`
	Leaves time.Time `json:"leaves"`
	Camels int       `json:"camels"`
	Riders []Rider   `json:"riders"`
	Stops  []Stop    `json:"stops"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	departures map[int]*Departure
	tanks      map[string]int // litres left per tank
	guideToken string
	adminToken string
	permitDir  string
}

func (s *Server) guideOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Guide-Token") != s.guideToken {
			http.Error(w, "guides only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(got, []byte(s.adminToken)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func decodeRider(r *http.Request) (Rider, error) {
	var rider Rider
	err := json.NewDecoder(r.Body).Decode(&rider)
	return rider, err
}

func (s *Server) handleOpen(w http.ResponseWriter, r *http.Request) {
	var d Departure
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&d); err != nil || d.Camels <= 0 {
		http.Error(w, "bad departure", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	d.ID = len(s.departures) + 1
	s.departures[d.ID] = &d
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(d)
}

func (s *Server) handleSignUp(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	rider, err := decodeRider(r)
	if err != nil || rider.Name == "" {
		http.Error(w, "bad rider", http.StatusBadRequest)
		return
	}
	dep := s.departures[id]
	if len(dep.Riders) <= dep.Camels {
		dep.Riders = append(dep.Riders, rider)
		w.WriteHeader(http.StatusCreated)
		return
	}
	http.Error(w, "no camel left", http.StatusConflict)
}

func (s *Server) handleDeparture(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	dep, ok := s.departures[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(dep)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	oasis := r.URL.Query().Get("oasis")
	q := fmt.Sprintf("SELECT id, route, leaves FROM departures WHERE route LIKE '%%%s%%' ORDER BY leaves", oasis)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Departure
	for rows.Next() {
		var d Departure
		if err := rows.Scan(&d.ID, &d.Route, &d.Leaves); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, d)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleDraw(w http.ResponseWriter, r *http.Request) {
	tank := r.PathValue("tank")
	litres, err := strconv.Atoi(r.URL.Query().Get("litres"))
	if err != nil {
		http.Error(w, "bad litres", http.StatusBadRequest)
		return
	}
	s.tanks[tank] -= litres
	fmt.Fprintf(w, "%d\n", s.tanks[tank])
}

func (s *Server) handleManifest(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	printer := r.URL.Query().Get("printer")
	path := filepath.Join("/srv/caravan/manifests", id+".pdf")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("lp -d %s %s", printer, path))
	cmd.Run()
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handlePermit(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, filepath.Join(s.permitDir, name))
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:         db,
		departures: map[int]*Departure{},
		tanks:      map[string]int{},
		guideToken: os.Getenv("GUIDE_TOKEN"),
		adminToken: os.Getenv("ADMIN_TOKEN"),
		permitDir:  "/srv/caravan/permits",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /departures", s.guideOnly(s.handleOpen))
	mux.HandleFunc("POST /departures/{id}/riders", s.handleSignUp)
	mux.HandleFunc("GET /departures/{id}", s.handleDeparture)
	mux.HandleFunc("GET /departures", s.handleSearch)
	mux.HandleFunc("POST /tanks/{tank}/draw", s.guideOnly(s.handleDraw))
	mux.HandleFunc("POST /departures/{id}/manifest", s.guideOnly(s.handleManifest))
	mux.HandleFunc("GET /permits", s.handlePermit)
	mux.HandleFunc("GET /departures/{id}/rations", s.handleRations)
	mux.HandleFunc("PUT /tanks/{tank}", s.adminOnly(s.handleFill))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
