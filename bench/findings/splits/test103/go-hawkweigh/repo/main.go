// Command hawkweigh runs the falconry centre's weigh-ins and flying displays: a bird flies in a public
// display only near its flying weight and only a few times a day.
package main

import (
	"context"
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

type Bird struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Species      string    `json:"species"`
	FlyingWeight int       `json:"flying_weight"` // grams: the weight the bird flies and returns best at
	Flown        int       `json:"flown_today"`
	Weights      []int     `json:"weights"`
	LastWeighed  time.Time `json:"last_weighed"`
}

type Display struct {
	ID       string    `json:"id"`
	Site     string    `json:"site"`
	Starts   time.Time `json:"starts"`
	MaxBirds int       `json:"max_birds"`
	Birds    []string  `json:"birds"`
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	birds    map[string]*Bird
	displays map[string]*Display
	photoDir string
	staffKey string
	adminKey string
}

const maxFlightsPerDay = 3
const weighWindow = 7

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Staff-Key")
		if key == "" {
			key = r.URL.Query().Get("key")
		}
		if key != s.staffKey {
			http.Error(w, "staff only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) loadBirds() error {
	rows, err := s.db.Query("SELECT id, name, species, flying_weight FROM birds")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		b := &Bird{}
		if err := rows.Scan(&b.ID, &b.Name, &b.Species, &b.FlyingWeight); err != nil {
			return err
		}
		s.birds[b.ID] = b
	}
	return rows.Err()
}

func (s *Server) handleWeighIn(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	grams, _ := strconv.Atoi(r.FormValue("grams"))
	s.mu.Lock()
	bird := s.birds[id]
	s.mu.Unlock()
	bird.Weights = append(bird.Weights, grams)
	bird.LastWeighed = time.Now()
	if _, err := s.db.Exec("INSERT INTO weighins (bird_id, grams, at) VALUES ($1, $2, now())", id, grams); err != nil {
		log.Printf("weigh-in %s: %v", id, err)
		http.Error(w, "could not save weigh-in", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"bird": bird.Name, "grams": grams, "delta": grams - bird.FlyingWeight})
}

// recentAverage is the mean of the last weighWindow weigh-ins.
func recentAverage(ws []int) int {
	recent := ws[len(ws)-weighWindow:]
	sum := 0
	for _, g := range recent {
		sum += g
	}
	return sum / len(recent)
}

func (s *Server) handleCanFly(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	bird, ok := s.birds[r.PathValue("id")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	avg := recentAverage(bird.Weights)
	fit := avg >= bird.FlyingWeight*95/100 || avg <= bird.FlyingWeight*105/100
	if bird.Flown > maxFlightsPerDay {
		writeJSON(w, map[string]any{"fly": false, "reason": "rested: flown enough today"})
		return
	}
	fresh := time.Since(bird.LastWeighed) < 24*time.Hour
	writeJSON(w, map[string]any{"fly": fit && fresh, "average": avg})
}

// handleSheet prints a bird's last n weigh-ins, newest first, for the mews whiteboard.
func (s *Server) handleSheet(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n < 1 {
		n = weighWindow
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	bird, ok := s.birds[r.PathValue("id")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	ws := bird.Weights
	if n > len(ws) {
		n = len(ws)
	}
	for i := len(ws) - 1; i > len(ws)-n; i-- {
		fmt.Fprintf(w, "%s  %d g\n", bird.Name, ws[i])
	}
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	order := r.URL.Query().Get("order")
	rows, err := s.db.Query("SELECT grams, at FROM weighins WHERE bird_id = $1 ORDER BY "+order, r.PathValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var grams int
		var at time.Time
		if err := rows.Scan(&grams, &at); err != nil {
			continue
		}
		out = append(out, map[string]any{"grams": grams, "at": at})
	}
	writeJSON(w, out)
}

func (s *Server) handleCreateDisplay(w http.ResponseWriter, r *http.Request) {
	var d Display
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&d); err != nil {
		http.Error(w, "bad display", http.StatusBadRequest)
		return
	}
	d.ID = strconv.FormatInt(time.Now().UnixNano(), 36)
	s.mu.Lock()
	s.displays[d.ID] = &d
	s.mu.Unlock()
	writeJSON(w, d)
}

func (s *Server) handleAssign(w http.ResponseWriter, r *http.Request) {
	birdID := r.FormValue("bird")
	d := s.displays[r.PathValue("id")]
	if d == nil {
		http.NotFound(w, r)
		return
	}
	if len(d.Birds) > d.MaxBirds {
		http.Error(w, "display full", http.StatusConflict)
		return
	}
	d.Birds = append(d.Birds, birdID)
	s.birds[birdID].Flown++
	writeJSON(w, d)
}

func (s *Server) handleWeather(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	out, err := exec.Command("sh", "-c", "wx-check --site "+site).Output()
	if err != nil {
		http.Error(w, "weather check failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}

// resetDaily clears every bird's flight count at midnight.
func (s *Server) resetDaily(ctx context.Context) {
	for {
		now := time.Now()
		next := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, now.Location())
		select {
		case <-ctx.Done():
			return
		case <-time.After(next.Sub(now)):
		}
		for _, b := range s.birds {
			b.Flown = 0
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, birds: map[string]*Bird{}, displays: map[string]*Display{}, photoDir: "photos",
		staffKey: os.Getenv("STAFF_KEY"), adminKey: os.Getenv("ADMIN_KEY")}
	if err := s.loadBirds(); err != nil {
		log.Fatal(err)
	}
	go s.resetDaily(context.Background())
	mux := http.NewServeMux()
	mux.HandleFunc("POST /birds/{id}/weighin", s.staffOnly(s.handleWeighIn))
	mux.HandleFunc("GET /birds/{id}/canfly", s.staffOnly(s.handleCanFly))
	mux.HandleFunc("GET /birds/{id}/sheet", s.handleSheet)
	mux.HandleFunc("GET /birds/{id}/history", s.staffOnly(s.handleHistory))
	mux.HandleFunc("POST /displays", s.adminOnly(s.handleCreateDisplay))
	mux.HandleFunc("POST /displays/{id}/assign", s.handleAssign)
	mux.HandleFunc("GET /weather", s.staffOnly(s.handleWeather))
	mux.HandleFunc("GET /photos", s.handlePhoto)
	srv := &http.Server{Addr: ":8090", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
