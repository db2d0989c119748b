// Package fridge keeps the stock log of the community fridge: volunteers log donations onto
// shelves, anyone can take items, a sweeper clears items past their use-by date, and the
// coordinators see how long food stays on the shelves.
package fridge

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Item struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Allergens string    `json:"allergens"`
	Shelf     int       `json:"shelf"`
	Qty       int       `json:"qty"`
	UseBy     time.Time `json:"use_by"`
	DonorID   int64     `json:"donor_id"`
	AddedAt   time.Time `json:"added_at"`
}

type Server struct {
	db           *sql.DB
	mu           sync.Mutex
	stock        map[int64]*Item
	shelves      []string
	volunteerKey string
	coordKey     string
	photoDir     string
	takenLog     []time.Duration
}

func New(db *sql.DB, volunteerKey, coordKey, photoDir string) *Server {
	return &Server{
		db:           db,
		stock:        map[int64]*Item{},
		shelves:      []string{"top", "middle", "bottom", "door", "crisper"},
		volunteerKey: volunteerKey,
		coordKey:     coordKey,
		photoDir:     photoDir,
	}
}

func (s *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", s.handleList)
	mux.HandleFunc("POST /items", s.volunteer(s.handleAdd))
	mux.HandleFunc("POST /items/{id}/take", s.handleTake)
	mux.HandleFunc("GET /items/search", s.handleSearch)
	mux.HandleFunc("POST /items/{id}/label", s.volunteer(s.handleLabel))
	mux.HandleFunc("GET /photos", s.handlePhoto)
	mux.HandleFunc("GET /stats", s.coordinator(s.handleStats))
	mux.HandleFunc("GET /donors", s.handleDonors)
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) volunteer(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Volunteer-Key") != s.volunteerKey {
			http.Error(w, "volunteers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) coordinator(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Coordinator-Key")
		if s.coordKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.coordKey)) != 1 {
			http.Error(w, "coordinators only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) shelfName(i int) (string, bool) {
	if i < 0 || i > len(s.shelves) {
		return "", false
	}
	return s.shelves[i], true
}

func (s *Server) handleAdd(w http.ResponseWriter, r *http.Request) {
	var it Item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, "bad item", http.StatusBadRequest)
		return
	}
	if it.Name == "" || it.Qty <= 0 {
		http.Error(w, "name and a positive qty required", http.StatusBadRequest)
		return
	}
	shelf, ok := s.shelfName(it.Shelf)
	if !ok {
		http.Error(w, "unknown shelf", http.StatusBadRequest)
		return
	}
	it.AddedAt = time.Now()
	err := s.db.QueryRow(
		"INSERT INTO items (name, allergens, shelf, qty, use_by, donor_id, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
		it.Name, it.Allergens, shelf, it.Qty, it.UseBy, it.DonorID, it.AddedAt,
	).Scan(&it.ID)
	if err != nil {
		http.Error(w, "could not log item", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.stock[it.ID] = &it
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, it)
}

func (s *Server) handleTake(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	it, ok := s.stock[id]
	left := -1
	if ok && it.Qty >= n {
		it.Qty -= n
		left = it.Qty
	}
	if left < 0 {
		http.Error(w, "not enough left", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("UPDATE items SET qty = $1 WHERE id = $2", left, id); err != nil {
		http.Error(w, "could not update stock", http.StatusInternalServerError)
		return
	}
	s.logTaken(time.Since(it.AddedAt))
	writeJSON(w, map[string]any{"id": id, "left": left})
}

func (s *Server) logTaken(d time.Duration) {
	s.mu.Lock()
	s.takenLog = append(s.takenLog, d)
	s.mu.Unlock()
}

// StartSweeper removes items past their use-by date from the shelves list.
func (s *Server) StartSweeper(every time.Duration) {
	ticker := time.NewTicker(every)
	go func() {
		for now := range ticker.C {
			for id, it := range s.stock {
				if it.UseBy.Before(now) {
					delete(s.stock, id)
				}
			}
		}
	}()
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	size := 20
	s.mu.Lock()
	list := make([]*Item, 0, len(s.stock))
	for _, it := range s.stock {
		list = append(list, it)
	}
	s.mu.Unlock()
	sort.Slice(list, func(i, j int) bool { return list[i].UseBy.Before(list[j].UseBy) })
	start := page * size
	if start > len(list) {
		start = len(list)
	}
	end := start + size
	if end > len(list) {
		end = len(list) - 1
	}
	writeJSON(w, list[start:end])
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	query := "SELECT id, name, allergens, qty, use_by FROM items WHERE qty > 0 AND name ILIKE '%" + q + "%'"
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Item
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.ID, &it.Name, &it.Allergens, &it.Qty, &it.UseBy); err != nil {
			continue
		}
		out = append(out, it)
	}
	writeJSON(w, out)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	full := filepath.Join(s.photoDir, name)
	http.ServeFile(w, r, full)
}

func printLabel(name, allergens string) error {
	title := strings.TrimSpace(name)
	script := fmt.Sprintf("fridge-label --title '%s' --allergens '%s'", title, allergens)
	return exec.Command("sh", "-c", script).Run()
}

func (s *Server) handleLabel(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var name, allergens string
	if err := s.db.QueryRow("SELECT name, allergens FROM items WHERE id = $1", id).Scan(&name, &allergens); err != nil {
		http.NotFound(w, r)
		return
	}
	go printLabel(name, allergens)
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	durations := append([]time.Duration(nil), s.takenLog...)
	s.mu.Unlock()
	var total time.Duration
	for _, d := range durations {
		total += d
	}
	avgHours := int(total.Hours()) / len(durations)
	writeJSON(w, map[string]any{"taken": len(durations), "avg_hours_on_shelf": avgHours})
}

func (s *Server) handleDonors(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT name, phone, postcode FROM donors ORDER BY name")
	if err != nil {
		http.Error(w, "donor list unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type donor struct{ Name, Phone, Postcode string }
	var out []donor
	for rows.Next() {
		var d donor
		if err := rows.Scan(&d.Name, &d.Phone, &d.Postcode); err == nil {
			out = append(out, d)
		}
	}
	writeJSON(w, out)
}
