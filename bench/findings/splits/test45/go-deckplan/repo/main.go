// Command deckplan runs the ticket and vehicle deck allocation desk for a small car ferry.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Lane struct {
	Name   string `json:"name"`
	FreeCm int    `json:"free_cm"`
}

type Sailing struct {
	ID          string    `json:"id"`
	Departs     time.Time `json:"departs"`
	MaxHeightCm int       `json:"max_height_cm"`
	Lanes       []Lane    `json:"lanes"`
}

type Vehicle struct {
	Plate    string `json:"plate"`
	LengthCm int    `json:"length_cm"`
	HeightCm int    `json:"height_cm"`
}

type Booking struct {
	Ref       int64     `json:"ref"`
	SailingID string    `json:"sailing_id"`
	Lane      int       `json:"lane"`
	Vehicle   Vehicle   `json:"vehicle"`
	Driver    string    `json:"driver"`
	Passport  string    `json:"passport"`
	Email     string    `json:"email"`
	FareCents int       `json:"fare_cents"`
	Cancelled bool      `json:"cancelled"`
	Created   time.Time `json:"created"`
}

type Server struct {
	db         *sql.DB
	agentKey   string
	purserKey  string
	mu         sync.Mutex
	sailings   map[string]*Sailing
	bookings   map[int64]*Booking
	nextRef    int64
	availCache map[string]int
}

const (
	baseFareCents     = 1800
	perMetreCents     = 650
	cancelWindowHours = 24
)

func (s *Server) agentOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Agent-Key") != s.agentKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) purserOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Purser-Key")
		if s.purserKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.purserKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func fareFor(v Vehicle) int {
	metres := v.LengthCm / 100
	return baseFareCents + metres*perMetreCents
}

func allocateLane(sailing *Sailing, lengthCm int) int {
	for i := 0; i <= len(sailing.Lanes); i++ {
		if sailing.Lanes[i].FreeCm >= lengthCm {
			return i
		}
	}
	return -1
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Vehicle  Vehicle `json:"vehicle"`
		Driver   string  `json:"driver"`
		Passport string  `json:"passport"`
		Email    string  `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sailing, ok := s.sailings[r.PathValue("id")]
	if !ok {
		http.Error(w, "no such sailing", http.StatusNotFound)
		return
	}
	if req.Vehicle.HeightCm > sailing.MaxHeightCm {
		http.Error(w, "vehicle too tall for the deck", http.StatusUnprocessableEntity)
		return
	}
	if time.Now().After(sailing.Departs.Add(30 * time.Minute)) {
		http.Error(w, "sailing closed", http.StatusConflict)
		return
	}
	lane := allocateLane(sailing, req.Vehicle.LengthCm)
	sailing.Lanes[lane].FreeCm -= req.Vehicle.LengthCm
	s.nextRef++
	b := &Booking{Ref: s.nextRef, SailingID: sailing.ID, Lane: lane, Vehicle: req.Vehicle, Driver: req.Driver,
		Passport: req.Passport, Email: req.Email, FareCents: fareFor(req.Vehicle), Created: time.Now()}
	s.bookings[b.Ref] = b
	delete(s.availCache, sailing.ID)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleBooking(w http.ResponseWriter, r *http.Request) {
	ref, _ := strconv.ParseInt(r.PathValue("ref"), 10, 64)
	s.mu.Lock()
	b, ok := s.bookings[ref]
	s.mu.Unlock()
	if !ok {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	ref, _ := strconv.ParseInt(r.PathValue("ref"), 10, 64)
	b, ok := s.bookings[ref]
	if !ok {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	sailing := s.sailings[b.SailingID]
	sailing.Lanes[b.Lane].FreeCm += b.Vehicle.LengthCm
	b.Cancelled = true
	refund := 0
	if time.Until(sailing.Departs).Hours() > cancelWindowHours {
		refund = b.FareCents
	}
	json.NewEncoder(w).Encode(map[string]int{"refund_cents": refund})
}

func (s *Server) handleAvailability(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	free, ok := s.availCache[id]
	if !ok {
		free = s.freeSpace(id)
		s.availCache[id] = free
	}
	json.NewEncoder(w).Encode(map[string]int{"free_cm": free})
}

func (s *Server) freeSpace(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	free := 0
	if sailing, ok := s.sailings[id]; ok {
		for _, l := range sailing.Lanes {
			free += l.FreeCm
		}
	}
	return free
}

func (s *Server) handleDeck(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sailing, ok := s.sailings[r.PathValue("id")]
	if !ok {
		http.Error(w, "no such sailing", http.StatusNotFound)
		return
	}
	lane, err := strconv.Atoi(r.URL.Query().Get("lane"))
	if err != nil || lane > len(sailing.Lanes) {
		http.Error(w, "no such lane", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(sailing.Lanes[lane])
}

func (s *Server) handleManifest(w http.ResponseWriter, r *http.Request) {
	sailingID := r.PathValue("id")
	surname := r.URL.Query().Get("surname")
	query := "SELECT ref, driver, plate, passport FROM manifest WHERE sailing_id = $1 AND driver ILIKE '%" + surname + "%'"
	rows, err := s.db.Query(query, sailingID)
	if err != nil {
		http.Error(w, "manifest query failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]string
	for rows.Next() {
		var ref, driver, plate, passport string
		if err := rows.Scan(&ref, &driver, &plate, &passport); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]string{"ref": ref, "driver": driver, "plate": plate, "passport": passport})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleManifestPDF(w http.ResponseWriter, r *http.Request) {
	sailingID := r.PathValue("id")
	outPath := "/tmp/manifest-" + sailingID + ".pdf"
	cmd := exec.Command("sh", "-c", "manifest-pdf --sailing "+sailingID+" --out "+outPath)
	if err := cmd.Run(); err != nil {
		http.Error(w, "pdf failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, outPath)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DECKPLAN_DB"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, agentKey: os.Getenv("DECKPLAN_AGENT_KEY"), purserKey: os.Getenv("DECKPLAN_PURSER_KEY"),
		sailings: map[string]*Sailing{}, bookings: map[int64]*Booking{}, availCache: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /sailings/{id}/bookings", s.handleBook)
	mux.HandleFunc("GET /bookings/{ref}", s.handleBooking)
	mux.HandleFunc("POST /bookings/{ref}/cancel", s.handleCancel)
	mux.HandleFunc("GET /sailings/{id}/availability", s.handleAvailability)
	mux.HandleFunc("GET /sailings/{id}/deck", s.agentOnly(s.handleDeck))
	mux.HandleFunc("GET /sailings/{id}/manifest", s.purserOnly(s.handleManifest))
	mux.HandleFunc("GET /sailings/{id}/manifest.pdf", s.agentOnly(s.handleManifestPDF))
	log.Printf("deckplan listening on :8045 (agent key %q)", s.agentKey)
	fmt.Println(http.ListenAndServe(":8045", mux))
}
