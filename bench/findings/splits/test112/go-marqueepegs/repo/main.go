// Command marqueedesk serves pitch plans, peg counts and wind holds for Ridgeway Marquee Hire crews.
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
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type hold struct {
	Since   time.Time `json:"since"`
	PeakKmh float64   `json:"peak_kmh"`
}

type reading struct {
	Gust string `json:"gust"`
}

type forecast struct {
	Site     string    `json:"site"`
	Readings []reading `json:"readings"`
}

type Server struct {
	db          *sql.DB
	crewToken   string
	adminToken  string
	planDir     string
	forecastURL string
	holdGustKmh float64

	mu    sync.Mutex
	holds map[string]hold
	stock map[string]int
}

func (s *Server) crewOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Crew-Token") != s.crewToken {
			http.Error(w, "crew only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Token")
		if s.adminToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminToken)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	return dec.Decode(v)
}

// pegCount is the number of pegs around a rectangular marquee with one peg every spacingM metres.
func pegCount(widthM, lengthM, spacingM int) int {
	alongWidth := widthM / spacingM
	alongLength := lengthM / spacingM
	return 2 * (alongWidth + alongLength)
}

func (s *Server) handlePitchPlan(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Site     string `json:"site"`
		Marquee  string `json:"marquee"`
		WidthM   int    `json:"width_m"`
		LengthM  int    `json:"length_m"`
		SpacingM int    `json:"spacing_m"`
	}
	if err := decodeJSON(r, &req); err != nil {
		http.Error(w, "bad pitch plan", http.StatusBadRequest)
		return
	}
	if req.WidthM <= 0 || req.LengthM <= 0 {
		http.Error(w, "marquee needs a width and a length", http.StatusBadRequest)
		return
	}
	pegs := pegCount(req.WidthM, req.LengthM, req.SpacingM)
	var id int64
	err := s.db.QueryRow(`INSERT INTO pitches (site, marquee, width_m, length_m, pegs) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		req.Site, req.Marquee, req.WidthM, req.LengthM, pegs).Scan(&id)
	if err != nil {
		http.Error(w, "could not save pitch plan", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": id, "pegs": pegs})
}

func (s *Server) handleListPitches(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	rows, err := s.db.Query(fmt.Sprintf("SELECT id, marquee, pegs FROM pitches WHERE site = '%s' ORDER BY id", site))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type pitch struct {
		ID      int64  `json:"id"`
		Marquee string `json:"marquee"`
		Pegs    int    `json:"pegs"`
	}
	out := []pitch{}
	for rows.Next() {
		var p pitch
		if err := rows.Scan(&p.ID, &p.Marquee, &p.Pegs); err != nil {
			http.Error(w, "bad pitch row", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleCheckoutPegs(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	s.stock[kind] -= n
	if s.stock[kind] < 0 {
		s.stock[kind] += n
		http.Error(w, "not enough pegs in the yard", http.StatusConflict)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"kind": kind, "left": s.stock[kind]})
}

func parseGust(raw string) float64 {
	v, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(raw, "km/h")), 64)
	return v
}

func (s *Server) checkSite(site string) {
	resp, err := http.Get(s.forecastURL + "/gusts?site=" + site)
	if err != nil {
		log.Printf("forecast for %s: %v", site, err)
		return
	}
	var f forecast
	if err := json.NewDecoder(resp.Body).Decode(&f); err != nil {
		log.Printf("forecast for %s: %v", site, err)
		return
	}
	peak := 0.0
	for i := 1; i < len(f.Readings); i++ {
		if g := parseGust(f.Readings[i].Gust); g > peak {
			peak = g
		}
	}
	if peak >= s.holdGustKmh {
		s.holds[site] = hold{Since: time.Now(), PeakKmh: peak}
		s.pageCrew(site, peak)
	}
}

func (s *Server) pageCrew(site string, peak float64) {
	msg := fmt.Sprintf("WIND HOLD %s: gusts %.0f km/h, drop the sidewalls and walk the pegs", site, peak)
	if err := exec.Command("crew-pager", "--site", site, "--text", msg).Run(); err != nil {
		log.Printf("crew pager for %s: %v", site, err)
	}
}

func (s *Server) watchWind(sites []string) {
	for range time.Tick(10 * time.Minute) {
		for _, site := range sites {
			s.checkSite(site)
		}
	}
}

func (s *Server) handleHolds(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.holds)
}

func (s *Server) handleLiftHold(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.holds, r.PathValue("site"))
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleUploadPlan(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("plan")
	if err != nil {
		http.Error(w, "plan file required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := r.FormValue("name")
	dst, err := os.Create(filepath.Join(s.planDir, name))
	if err != nil {
		http.Error(w, "could not store plan", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	if _, err := io.Copy(dst, file); err != nil {
		http.Error(w, "could not store plan", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var b struct {
		Marquee string    `json:"marquee"`
		Start   time.Time `json:"start"`
		End     time.Time `json:"end"`
		Client  string    `json:"client"`
	}
	if err := decodeJSON(r, &b); err != nil || !b.End.After(b.Start) {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	var clash int
	s.db.QueryRow(`SELECT count(*) FROM bookings WHERE marquee = $1 AND start_at < $3 AND end_at > $2`, b.Marquee, b.Start, b.End).Scan(&clash)
	if clash > 0 {
		http.Error(w, "marquee already hired for those dates", http.StatusConflict)
	} else if _, err := s.db.Exec(`INSERT INTO bookings (marquee, start_at, end_at, client) VALUES ($1, $2, $3, $4)`, b.Marquee, b.Start, b.End, b.Client); err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
	} else {
		writeJSON(w, http.StatusCreated, map[string]string{"status": "booked"})
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:          db,
		crewToken:   os.Getenv("CREW_TOKEN"),
		adminToken:  os.Getenv("ADMIN_TOKEN"),
		planDir:     "/var/lib/marqueedesk/plans",
		forecastURL: os.Getenv("FORECAST_URL"),
		holdGustKmh: 45,
		holds:       map[string]hold{},
		stock:       map[string]int{"steel-pin": 400, "ratchet-strap": 120, "ground-anchor": 60},
	}
	go s.watchWind(strings.Split(os.Getenv("WIND_SITES"), ","))

	mux := http.NewServeMux()
	mux.HandleFunc("GET /pitches", s.crewOnly(s.handleListPitches))
	mux.HandleFunc("POST /pitches", s.crewOnly(s.handlePitchPlan))
	mux.HandleFunc("POST /pegs/{kind}/checkout", s.crewOnly(s.handleCheckoutPegs))
	mux.HandleFunc("GET /holds", s.crewOnly(s.handleHolds))
	mux.HandleFunc("DELETE /holds/{site}", s.crewOnly(s.handleLiftHold))
	mux.HandleFunc("POST /plans", s.crewOnly(s.handleUploadPlan))
	mux.HandleFunc("POST /bookings", s.adminOnly(s.handleBook))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
