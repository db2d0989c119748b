// Command tramdepot serves maintenance work orders for the tram depot: defects, parts and service intervals.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db       *sql.DB
	apiKey   string
	photoDir string
	hookURL  string

	mu       sync.Mutex
	techLoad map[string]int
	statsMu sync.RWMutex
	stats   map[string]int
	statsAt time.Time
}

func (s *Server) requireKey(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Depot-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.apiKey)) != 1 {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) requireSupervisor(next http.HandlerFunc) http.HandlerFunc {
	return s.requireKey(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Role") != "supervisor" {
			http.Error(w, "supervisors only", http.StatusForbidden)
			return
		}
		next(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:       db,
		apiKey:   os.Getenv("DEPOT_API_KEY"),
		photoDir: "/srv/tramdepot/photos",
		hookURL:  os.Getenv("DEFECT_HOOK_URL"),
		techLoad: map[string]int{},
		stats:    map[string]int{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /workorders", s.requireKey(s.listWorkOrders))
	mux.HandleFunc("POST /workorders", s.requireKey(s.createWorkOrder))
	mux.HandleFunc("POST /workorders/{id}/assign", s.requireSupervisor(s.assignTechnician))
	mux.HandleFunc("POST /workorders/{id}/close", s.requireSupervisor(s.closeWorkOrder))
	mux.HandleFunc("POST /workorders/{id}/parts", s.requireKey(s.reserveParts))
	mux.HandleFunc("GET /photos", s.requireKey(s.photo))
	mux.HandleFunc("POST /trams/{tram}/export", s.requireSupervisor(s.exportTram))
	mux.HandleFunc("GET /stats", s.requireKey(s.depotStats))
	mux.HandleFunc("GET /trams/{tram}/due", s.requireKey(s.serviceDue))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
