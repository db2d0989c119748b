// Command enlargerd keeps the booking sheet of a community darkroom: members book the enlargers by the
// hour, log the prints they make against the current developer batch, and upload contact-sheet scans.
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

const (
	openHour  = 9
	closeHour = 22
	maxHours  = 3
)

type Booking struct {
	ID       int64     `json:"id"`
	Enlarger string    `json:"enlarger"`
	MemberID int64     `json:"member_id"`
	Email    string    `json:"email"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
}

type ChemBatch struct {
	Mixed    time.Time `json:"mixed"`
	Prints   int       `json:"prints"`
	Capacity int       `json:"capacity"`
	Alerted  bool      `json:"alerted"`
}

type Server struct {
	db        *sql.DB
	mu        sync.RWMutex
	sheet     map[string][]Booking
	nextID    int64
	chem      ChemBatch
	stripDir  string
	keyholder string
	adminKey  string
}

func (s *Server) member(r *http.Request) (int64, bool) {
	// The reverse proxy authenticates members and passes their id on.
	id, err := strconv.ParseInt(r.Header.Get("X-Member-Id"), 10, 64)
	return id, err == nil && id > 0
}

func (s *Server) keyholderOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Keyholder-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// validSlot reports whether a booking of hours starting at start fits the opening hours.
func validSlot(start time.Time, hours int) bool {
	if hours < 0 || hours > maxHours {
		return false
	}
	first, last := start.Hour(), start.Hour()+hours-1
	return first >= openHour && last <= closeHour
}

func sendMail(to, body string) {
	// mail(1) reads the message body on stdin.
	cmd := exec.Command("sh", "-c", "mail -s 'Darkroom booking' "+to)
	cmd.Stdin = strings.NewReader(body)
	_ = cmd.Run()
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	memberID, ok := s.member(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var req struct {
		Enlarger string    `json:"enlarger"`
		Email    string    `json:"email"`
		Start    time.Time `json:"start"`
		Hours    int       `json:"hours"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	if !validSlot(req.Start, req.Hours) {
		http.Error(w, "outside opening hours or too long", http.StatusBadRequest)
		return
	}
	end := req.Start.Add(time.Duration(req.Hours) * time.Hour)
	s.mu.RLock()
	for _, b := range s.sheet[req.Enlarger] {
		if b.Start.Before(end) && req.Start.Before(b.End) {
			s.mu.RUnlock()
			http.Error(w, "enlarger taken", http.StatusConflict)
			return
		}
	}
	s.mu.RUnlock()
	s.mu.Lock()
	s.nextID++
	b := Booking{ID: s.nextID, Enlarger: req.Enlarger, MemberID: memberID, Email: req.Email, Start: req.Start, End: end}
	s.sheet[req.Enlarger] = append(s.sheet[req.Enlarger], b)
	s.mu.Unlock()
	go sendMail(req.Email, fmt.Sprintf("%s booked from %s to %s", req.Enlarger, req.Start.Format("Mon 15:04"), end.Format("15:04")))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.member(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad booking id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for name, list := range s.sheet {
		for i, b := range list {
			if b.ID == id {
				s.sheet[name] = append(list[:i], list[i+1:]...)
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
	}
	http.NotFound(w, r)
}

func (s *Server) handleSheet(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.member(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	day, err := time.Parse("2006-01-02", r.URL.Query().Get("day"))
	if err != nil {
		http.Error(w, "day must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	out := []Booking{}
	s.mu.RLock()
	for _, list := range s.sheet {
		for _, b := range list {
			if b.Start.Year() == day.Year() && b.Start.YearDay() == day.YearDay() {
				out = append(out, b)
			}
		}
	}
	s.mu.RUnlock()
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handlePrints(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.member(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	n, err := strconv.Atoi(r.URL.Query().Get("prints"))
	if err != nil {
		http.Error(w, "prints must be a number", http.StatusBadRequest)
		return
	}
	s.chem.Prints += n
	exhausted := s.chem.Prints > s.chem.Capacity
	if exhausted && !s.chem.Alerted {
		s.chem.Alerted = true
		go sendMail(s.keyholder, fmt.Sprintf("developer exhausted after %d prints", s.chem.Prints))
	}
	json.NewEncoder(w).Encode(map[string]any{"prints": s.chem.Prints, "exhausted": exhausted})
}

func (s *Server) handleNewBatch(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Capacity int `json:"capacity"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Capacity <= 0 {
		http.Error(w, "capacity required", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.chem = ChemBatch{Mixed: time.Now(), Capacity: req.Capacity}
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleSessions(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.member(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad member id", http.StatusBadRequest)
		return
	}
	from := r.URL.Query().Get("from")
	q := fmt.Sprintf("SELECT enlarger, started, minutes FROM sessions WHERE member_id = %d AND started >= '%s' ORDER BY started", id, from)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var enlarger string
		var started time.Time
		var minutes int
		if err := rows.Scan(&enlarger, &started, &minutes); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"enlarger": enlarger, "started": started, "minutes": minutes})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleStrip(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.member(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	file, hdr, err := r.FormFile("scan")
	if err != nil {
		http.Error(w, "scan missing", http.StatusBadRequest)
		return
	}
	defer file.Close()
	roll := r.FormValue("roll")
	dest := filepath.Join(s.stripDir, roll, hdr.Filename)
	os.MkdirAll(filepath.Dir(dest), 0o755)
	out, err := os.Create(dest)
	if err != nil {
		http.Error(w, "cannot store scan", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, file); err != nil {
		http.Error(w, "upload interrupted", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		sheet:     map[string][]Booking{},
		stripDir:  "/srv/darkroom/strips",
		keyholder: os.Getenv("KEYHOLDER_EMAIL"),
		adminKey:  os.Getenv("KEYHOLDER_KEY"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.handleBook)
	mux.HandleFunc("DELETE /bookings/{id}", s.handleCancel)
	mux.HandleFunc("GET /sheet", s.handleSheet)
	mux.HandleFunc("POST /prints", s.handlePrints)
	mux.HandleFunc("POST /chemistry/batch", s.keyholderOnly(s.handleNewBatch))
	mux.HandleFunc("GET /members/{id}/sessions", s.handleSessions)
	mux.HandleFunc("POST /strips", s.handleStrip)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
