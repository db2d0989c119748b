// Command lurecall runs the falconry centre's desk: birds, daily weigh-ins, flying displays and handlers.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Bird struct {
	ID      int64   `json:"id"`
	Name    string  `json:"name"`
	Species string  `json:"species"`
	MinFly  float64 `json:"min_fly_grams"`
	MaxFly  float64 `json:"max_fly_grams"`
}

type WeighIn struct {
	Grams float64   `json:"grams"`
	At    time.Time `json:"at"`
}

type Display struct {
	ID      int64     `json:"id"`
	Title   string    `json:"title"`
	Starts  time.Time `json:"starts_at"`
	Handler string    `json:"handler"`
}

type Server struct {
	db         *sql.DB
	photoDir   string
	handlerTok string
	adminTok   string
	mu         sync.Mutex
	weights    map[int64][]WeighIn
	sold       map[int64]int
	visitors   int
	cacheMu    sync.RWMutex
	species    map[string][]byte
}

func (s *Server) handlerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Handler-Token") != s.handlerTok {
			http.Error(w, "handlers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminTok == "" || subtle.ConstantTimeCompare(got, []byte(s.adminTok)) != 1 {
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

func (s *Server) handleBirds(w http.ResponseWriter, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	if sort == "" {
		sort = "name"
	}
	species := r.URL.Query().Get("species")
	q := fmt.Sprintf("SELECT id, name, species, min_fly, max_fly FROM birds WHERE species ILIKE '%%%s%%' ORDER BY %s", species, sort)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Bird
	for rows.Next() {
		var b Bird
		if rows.Scan(&b.ID, &b.Name, &b.Species, &b.MinFly, &b.MaxFly) == nil {
			out = append(out, b)
		}
	}
	writeJSON(w, out)
}

func (s *Server) handleRegisterBird(w http.ResponseWriter, r *http.Request) {
	var b Bird
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad bird", http.StatusBadRequest)
		return
	}
	if b.Name == "" || b.MinFly <= 0 || b.MinFly >= b.MaxFly {
		http.Error(w, "name and a flying weight range are required", http.StatusBadRequest)
		return
	}
	q := "INSERT INTO birds (name, species, min_fly, max_fly) VALUES ($1, $2, $3, $4) RETURNING id"
	if err := s.db.QueryRow(q, b.Name, b.Species, b.MinFly, b.MaxFly).Scan(&b.ID); err != nil {
		http.Error(w, "could not register bird", http.StatusInternalServerError)
		return
	}
	writeJSON(w, b)
}

func (s *Server) handleWeighIn(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad bird id", http.StatusBadRequest)
		return
	}
	grams, _ := strconv.ParseFloat(r.FormValue("grams"), 64)
	wi := WeighIn{Grams: grams, At: time.Now()}
	if _, err := s.db.Exec("INSERT INTO weigh_ins (bird_id, grams, at) VALUES ($1, $2, $3)", id, grams, wi.At); err != nil {
		http.Error(w, "could not record weigh-in", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.weights[id] = append(s.weights[id], wi)
	s.mu.Unlock()
	go s.alertIfOutOfRange(id, grams)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) alertIfOutOfRange(id int64, grams float64) {
	var b Bird
	err := s.db.QueryRow("SELECT name, min_fly, max_fly FROM birds WHERE id = $1", id).Scan(&b.Name, &b.MinFly, &b.MaxFly)
	if err != nil || (grams >= b.MinFly && grams <= b.MaxFly) {
		return
	}
	msg := fmt.Sprintf("%s weighed %.0fg (flying range %.0f-%.0f)", b.Name, grams, b.MinFly, b.MaxFly)
	cmd := exec.Command("sh", "-c", "notify-keeper '"+msg+"'")
	if err := cmd.Run(); err != nil {
		log.Printf("notify-keeper for bird %d: %v", id, err)
	}
}

func (s *Server) handleTrend(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	ws := s.weights[id]
	var sum float64
	for i := len(ws) - 7; i <= len(ws); i++ {
		sum += ws[i].Grams
	}
	writeJSON(w, map[string]any{"bird": id, "avg7": sum / 7, "last": ws[len(ws)-1]})
}

func (s *Server) handleDisplays(w http.ResponseWriter, r *http.Request) {
	q := "SELECT id, title, starts_at, handler FROM displays WHERE starts_at::date = $1 ORDER BY starts_at"
	rows, err := s.db.QueryContext(r.Context(), q, r.URL.Query().Get("day"))
	if err != nil {
		http.Error(w, "could not load displays", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var all []Display
	for rows.Next() {
		var d Display
		if rows.Scan(&d.ID, &d.Title, &d.Starts, &d.Handler) == nil {
			all = append(all, d)
		}
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	start := page * 10
	end := start + 10
	if end > len(all) {
		end = len(all) - 1
	}
	writeJSON(w, all[start:end])
}

func (s *Server) handleBuyTickets(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var req struct{ Seats int `json:"seats"` }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var capacity int
	if err := s.db.QueryRow("SELECT capacity FROM displays WHERE id = $1", id).Scan(&capacity); err != nil {
		http.Error(w, "no such display", http.StatusNotFound)
		return
	}
	s.sold[id] += req.Seats
	if s.sold[id] > capacity {
		s.sold[id] -= req.Seats
		http.Error(w, "sold out", http.StatusConflict)
		return
	}
	s.mu.Lock()
	s.visitors += req.Seats
	s.mu.Unlock()
	writeJSON(w, map[string]int{"display": int(id), "seats": req.Seats})
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, err := os.Open(filepath.Join(s.photoDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	io.Copy(w, f)
}

func (s *Server) handleSpecies(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	s.cacheMu.RLock()
	body, ok := s.species[name]
	s.cacheMu.RUnlock()
	if !ok {
		resp, err := http.Get("https://raptor-registry.example.org/species/" + url.PathEscape(name))
		if err != nil || resp.StatusCode != http.StatusOK {
			http.Error(w, "species registry unavailable", http.StatusBadGateway)
			return
		}
		body, _ = io.ReadAll(resp.Body)
		s.cacheMu.Lock()
		s.species[name] = body
		s.cacheMu.Unlock()
	}
	w.Write(body)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, photoDir: os.Getenv("PHOTO_DIR"), handlerTok: os.Getenv("HANDLER_TOKEN"), adminTok: os.Getenv("ADMIN_TOKEN"),
		weights: map[int64][]WeighIn{}, sold: map[int64]int{}, species: map[string][]byte{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /birds", s.handleBirds)
	mux.HandleFunc("POST /birds", s.adminOnly(s.handleRegisterBird))
	mux.HandleFunc("POST /birds/{id}/weigh-ins", s.handlerOnly(s.handleWeighIn))
	mux.HandleFunc("GET /birds/{id}/trend", s.handlerOnly(s.handleTrend))
	mux.HandleFunc("GET /displays", s.handleDisplays)
	mux.HandleFunc("POST /displays/{id}/tickets", s.handleBuyTickets)
	mux.HandleFunc("GET /photos/{name}", s.handlePhoto)
	mux.HandleFunc("GET /species/{name}", s.handleSpecies)
	srv := &http.Server{Addr: ":8080", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
