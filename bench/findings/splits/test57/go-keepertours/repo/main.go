// Command keepertours books guided tours of the old lighthouse: the keeper's cottage, the lamp room and the tower climb.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const towerMinAge = 8

type Server struct {
	db         *sql.DB
	staffToken string
	adminToken string
	ticketKey  []byte
	audioDir   string
	mu         sync.Mutex
	seats      map[int]int // tour id -> places left
	scans      map[int]int // tour id -> tickets scanned at the door
	capacity   map[int]int
}

type bookingRequest struct {
	TourID int    `json:"tour_id"`
	Name   string `json:"name"`
	Email  string `json:"email"`
	Party  int    `json:"party"`
	Ages   []int  `json:"ages"`
	Tower  bool   `json:"tower"`
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("X-Staff-Token"), s.staffToken) {
			http.Error(w, "staff only", http.StatusUnauthorized)
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

func (s *Server) handleTours(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("date")
	rows, err := s.db.Query("SELECT id, name, starts_at, places FROM tours WHERE starts_at::date = $1 ORDER BY starts_at", day)
	if err != nil {
		http.Error(w, "bad date", http.StatusBadRequest)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id, places int
		var name string
		var starts time.Time
		if err := rows.Scan(&id, &name, &starts, &places); err != nil {
			http.Error(w, "db error", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "name": name, "starts_at": starts, "places": places})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req bookingRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Tower {
		for _, age := range req.Ages {
			if age <= towerMinAge {
				http.Error(w, "tower climb is for ages 8 and up", http.StatusBadRequest)
				return
			}
		}
	}
	s.mu.Lock()
	left := s.seats[req.TourID]
	s.mu.Unlock()
	if req.Party > left {
		http.Error(w, "tour is full", http.StatusConflict)
		return
	}
	ref := fmt.Sprintf("LH%06d", rand.Intn(1000000))
	_, err := s.db.Exec("INSERT INTO bookings (ref, tour_id, name, email, party) VALUES ($1, $2, $3, $4, $5)",
		ref, req.TourID, req.Name, req.Email, req.Party)
	if err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.seats[req.TourID] = left - req.Party
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]string{"ref": ref, "ticket": s.sign(ref)})
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	var tourID, party int
	var starts time.Time
	err := s.db.QueryRow("SELECT b.tour_id, b.party, t.starts_at FROM bookings b JOIN tours t ON t.id = b.tour_id WHERE b.ref = $1", r.PathValue("ref")).Scan(&tourID, &party, &starts)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	hoursLeft := int(time.Until(starts).Hours())
	refund := hoursLeft > 48
	if _, err := s.db.Exec("DELETE FROM bookings WHERE ref = $1", r.PathValue("ref")); err != nil {
		http.Error(w, "could not cancel", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]bool{"refund": refund})
}

func (s *Server) sign(ref string) string {
	mac := hmac.New(sha256.New, s.ticketKey)
	mac.Write([]byte(ref))
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *Server) handleScan(w http.ResponseWriter, r *http.Request) {
	ref, ticket := r.URL.Query().Get("ref"), r.URL.Query().Get("ticket")
	if s.sign(ref) != ticket {
		http.Error(w, "invalid ticket", http.StatusForbidden)
		return
	}
	var tourID int
	if err := s.db.QueryRow("SELECT tour_id FROM bookings WHERE ref = $1", ref).Scan(&tourID); err != nil {
		http.NotFound(w, r)
		return
	}
	n := s.scans[tourID] + 1
	s.scans[tourID] = n
	if n >= s.capacity[tourID] {
		log.Printf("tour %d is over capacity: %d scanned", tourID, n)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleManifest(w http.ResponseWriter, r *http.Request) {
	tour := r.URL.Query().Get("tour")
	q := fmt.Sprintf("SELECT ref, name, email, party FROM bookings WHERE tour_id = %s ORDER BY name", tour)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var lines []string
	for rows.Next() {
		var ref, name, email string
		var party int
		rows.Scan(&ref, &name, &email, &party)
		lines = append(lines, fmt.Sprintf("%s\t%s\t%s\t%d", ref, name, email, party))
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, strings.Join(lines, "\n"))
}

func (s *Server) handleWeatherClose(w http.ResponseWriter, r *http.Request) {
	tourID := r.PathValue("id")
	rows, err := s.db.Query("SELECT email FROM bookings WHERE tour_id = $1", tourID)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var email string
		if err := rows.Scan(&email); err != nil {
			continue
		}
		msg := fmt.Sprintf("Lighthouse tour %s is cancelled: %s", tourID, r.FormValue("reason"))
		cmd := exec.Command("sh", "-c", fmt.Sprintf("notify-visitor %s '%s'", email, msg))
		cmd.Run()
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleAudio(w http.ResponseWriter, r *http.Request) {
	track := r.URL.Query().Get("track")
	full := filepath.Join(s.audioDir, track)
	f, err := os.Open(full)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "audio/mpeg")
	io.Copy(w, f)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, staffToken: os.Getenv("STAFF_TOKEN"), adminToken: os.Getenv("ADMIN_TOKEN"),
		ticketKey: []byte(os.Getenv("TICKET_KEY")), audioDir: "/srv/keepertours/audio",
		seats: map[int]int{}, scans: map[int]int{}, capacity: map[int]int{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tours", s.handleTours)
	mux.HandleFunc("POST /bookings", s.handleBook)
	mux.HandleFunc("DELETE /bookings/{ref}", s.handleCancel)
	mux.HandleFunc("GET /scan", s.staffOnly(s.handleScan))
	mux.HandleFunc("GET /manifest", s.staffOnly(s.handleManifest))
	mux.HandleFunc("POST /tours/{id}/close", s.adminOnly(s.handleWeatherClose))
	mux.HandleFunc("GET /audio", s.handleAudio)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
