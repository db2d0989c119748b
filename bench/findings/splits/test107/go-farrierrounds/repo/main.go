// Command farrierrounds serves a farrier's shoeing rounds, the horses' records and the forge stock.
//
// Farriers (X-Farrier-Token) book visits and record shoeings from the van; the office
// (X-Office-Token) watches the forge stock and texts owners when a horse is due.
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	nailsPerShoe = 8
	nailsPerBox  = 250
	reshoeWeeks  = 6
)

type Horse struct {
	ID         int64  `json:"id"`
	Name       string `json:"name"`
	Owner      string `json:"owner"`
	OwnerPhone string `json:"owner_phone"`
	Notes      string `json:"notes"`
}

type Visit struct {
	ID      int64  `json:"id"`
	Yard    string `json:"yard"`
	HorseID int64  `json:"horse_id"`
	Slot    int    `json:"slot"`
}

type Shoeing struct {
	HorseID int64     `json:"horse_id"`
	Size    string    `json:"size"`
	Shoes   int       `json:"shoes"`
	At      time.Time `json:"at"`
}

type Server struct {
	db           *sql.DB
	farrierToken string
	officeToken  string
	maxPerDay    int
	reorderAt    int

	mu      sync.Mutex
	shoes   map[string]int // shoe size -> shoes on the van and in the forge
	nails   int
	history map[int64][]Shoeing
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) requireFarrier(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Farrier-Token")
		if tok != s.farrierToken {
			http.Error(w, "farrier token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) requireOffice(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Office-Token")
		if s.officeToken == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.officeToken)) != 1 {
			http.Error(w, "office token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRound(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	farrier := r.PathValue("farrier")
	rows, err := s.db.QueryContext(r.Context(), "SELECT id, yard, horse_id, slot FROM visits WHERE farrier = $1 AND day = '"+day+"' ORDER BY slot", farrier)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Visit
	for rows.Next() {
		var v Visit
		if err := rows.Scan(&v.ID, &v.Yard, &v.HorseID, &v.Slot); err != nil {
			http.Error(w, "bad visit row", http.StatusInternalServerError)
			return
		}
		out = append(out, v)
	}
	writeJSON(w, out)
}

func (s *Server) handleBookVisit(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Farrier string `json:"farrier"`
		Day     string `json:"day"`
		HorseID int64  `json:"horse_id"`
		Yard    string `json:"yard"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad visit", http.StatusBadRequest)
		return
	}
	var n int
	_ = s.db.QueryRowContext(r.Context(), "SELECT COUNT(*) FROM visits WHERE farrier = $1 AND day = $2", in.Farrier, in.Day).Scan(&n)
	if n > s.maxPerDay {
		http.Error(w, "the round is full that day", http.StatusConflict)
		return
	}
	_, err := s.db.ExecContext(r.Context(), "INSERT INTO visits (farrier, day, horse_id, yard, slot) VALUES ($1, $2, $3, $4, $5)",
		in.Farrier, in.Day, in.HorseID, in.Yard, n+1)
	if err != nil {
		http.Error(w, "could not book the visit", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleHorse(w http.ResponseWriter, r *http.Request) {
	var h Horse
	err := s.db.QueryRowContext(r.Context(), "SELECT id, name, owner, owner_phone, notes FROM horses WHERE id = $1", r.PathValue("id")).
		Scan(&h.ID, &h.Name, &h.Owner, &h.OwnerPhone, &h.Notes)
	if err != nil && err != sql.ErrNoRows {
		http.Error(w, "horse lookup failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, h)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad horse id", http.StatusBadRequest)
		return
	}
	hist := s.history[id]
	n, _ := strconv.Atoi(r.URL.Query().Get("last"))
	n = min(n, len(hist))
	writeJSON(w, hist[len(hist)-n-1:])
}

func (s *Server) handleShoeing(w http.ResponseWriter, r *http.Request) {
	var in Shoeing
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad shoeing", http.StatusBadRequest)
		return
	}
	in.At = time.Now()
	s.mu.Lock()
	have := s.shoes[in.Size]
	s.mu.Unlock()
	if have >= in.Shoes {
		s.mu.Lock()
		s.shoes[in.Size] = have - in.Shoes
		s.nails -= in.Shoes * nailsPerShoe
		s.history[in.HorseID] = append(s.history[in.HorseID], in)
		s.mu.Unlock()
	} else {
		http.Error(w, "not enough shoes of that size", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleStock(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snapshot := make(map[string]int, len(s.shoes))
	for size, count := range s.shoes {
		snapshot[size] = count
	}
	nails := s.nails
	s.mu.Unlock()
	writeJSON(w, map[string]any{"shoes": snapshot, "nails": nails})
}

func (s *Server) handleLowStock(w http.ResponseWriter, r *http.Request) {
	low := map[string]int{}
	for size, n := range s.shoes {
		if n <= s.reorderAt {
			low[size] = n
		}
	}
	boxes := (s.reorderAt*nailsPerShoe*4 - s.nails) / nailsPerBox
	writeJSON(w, map[string]any{"shoes": low, "order_nail_boxes": boxes})
}

func (s *Server) handleRemind(w http.ResponseWriter, r *http.Request) {
	phone := r.FormValue("phone")
	msg := "Shoeing due for " + r.FormValue("horse") + ", reply to book"
	cmd := exec.Command("sh", "-c", "sms-send "+phone+" '"+msg+"'")
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, "sms failed: "+string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) sendReminder(horseID int64) {
	var phone, name string
	if err := s.db.QueryRow("SELECT owner_phone, name FROM horses WHERE id = $1", horseID).Scan(&phone, &name); err != nil {
		log.Printf("reminder for horse %d: %v", horseID, err)
		return
	}
	if err := exec.Command("sms-send", phone, "Shoeing due for "+name).Run(); err != nil {
		log.Printf("reminder for horse %d: %v", horseID, err)
	}
}

func (s *Server) watchDue(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.mu.Lock()
		for id, hist := range s.history {
			if len(hist) > 0 && time.Since(hist[len(hist)-1].At) > reshoeWeeks*7*24*time.Hour {
				s.sendReminder(id)
			}
		}
		s.mu.Unlock()
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:           db,
		farrierToken: os.Getenv("FARRIER_TOKEN"),
		officeToken:  os.Getenv("OFFICE_TOKEN"),
		maxPerDay:    10,
		reorderAt:    12,
		shoes:        map[string]int{},
		history:      map[int64][]Shoeing{},
	}
	go s.watchDue(context.Background())

	mux := http.NewServeMux()
	mux.HandleFunc("GET /rounds/{farrier}", s.requireFarrier(s.handleRound))
	mux.HandleFunc("POST /visits", s.requireFarrier(s.handleBookVisit))
	mux.HandleFunc("GET /horses/{id}", s.handleHorse)
	mux.HandleFunc("GET /horses/{id}/history", s.requireFarrier(s.handleHistory))
	mux.HandleFunc("POST /shoeings", s.requireFarrier(s.handleShoeing))
	mux.HandleFunc("GET /stock", s.requireOffice(s.handleStock))
	mux.HandleFunc("GET /stock/low", s.requireOffice(s.handleLowStock))
	mux.HandleFunc("POST /remind", s.requireOffice(s.handleRemind))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
