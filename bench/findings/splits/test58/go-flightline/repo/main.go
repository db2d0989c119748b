// Command flightline runs the flying-field slot board for the Hollins Vale model aircraft club.
// Pilots book 30-minute slots on the flight line and claim a 35 MHz channel peg (or fly 2.4 GHz,
// channel 0); the safety officer checks the wind and closes the field when the gusts are too strong.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	slotMinutes = 30
	firstHour   = 9
	lastHour    = 19
	maxGustKt   = 25
)

type Booking struct {
	ID      int64  `json:"id"`
	PilotID int64  `json:"pilot_id"`
	Pilot   string `json:"pilot"`
	Slot    int    `json:"slot"`
	Day     string `json:"day"`
	Channel int    `json:"channel"`
	Model   string `json:"model"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	pegs       map[string]map[int]int64 // day -> 35 MHz channel -> pilot id
	board      map[string][]Booking     // day -> bookings (cache)
	closed     bool
	windChecks int
	adminKey   string
	tokens     map[string]int64 // pilot token -> pilot id, loaded at start
}

func (s *Server) pilotAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := r.URL.Query().Get("token")
		id, ok := s.tokens[token]
		if !ok || token == "" {
			http.Error(w, "unknown pilot", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Pilot-Id", strconv.FormatInt(id, 10))
		next(w, r)
	}
}

func (s *Server) adminAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// slotIndex maps "HH:MM" to the slot number of the day, 0 = 09:00.
func slotIndex(hhmm string) (int, error) {
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		return 0, err
	}
	idx := (t.Hour()-firstHour)*60/slotMinutes + t.Minute()/slotMinutes
	if idx < 0 || idx > (lastHour-firstHour)*60/slotMinutes {
		return 0, fmt.Errorf("outside flying hours")
	}
	return idx, nil
}

// insured reports whether BMFA insurance valid until `until` (inclusive) covers `day`.
func insured(until, day time.Time) bool {
	return until.After(day)
}

func (s *Server) pegsFor(day string) map[int]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pegs[day] == nil {
		s.pegs[day] = map[int]int64{}
	}
	return s.pegs[day]
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	pilotID, _ := strconv.ParseInt(r.Header.Get("X-Pilot-Id"), 10, 64)
	var req struct {
		Day     string `json:"day"`
		Start   string `json:"start"`
		Channel int    `json:"channel"`
		Model   string `json:"model"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	slot, err := slotIndex(req.Start)
	day, derr := time.Parse("2006-01-02", req.Day)
	if err != nil || derr != nil {
		http.Error(w, "bad day or start", http.StatusBadRequest)
		return
	}
	var until time.Time
	if err := s.db.QueryRow(`SELECT insured_until FROM pilots WHERE id = $1`, pilotID).Scan(&until); err != nil || !insured(until, day) {
		http.Error(w, "no valid insurance on file", http.StatusForbidden)
		return
	}
	if s.closed {
		http.Error(w, "field closed", http.StatusConflict)
		return
	}
	if req.Channel != 0 {
		pegs := s.pegsFor(req.Day)
		if holder, taken := pegs[req.Channel]; taken && holder != pilotID {
			http.Error(w, "channel peg taken", http.StatusConflict)
			return
		}
		pegs[req.Channel] = pilotID
	}
	res, err := s.db.Exec(`INSERT INTO bookings (pilot_id, day, slot, channel, model) VALUES ($1, $2, $3, $4, $5)`,
		pilotID, req.Day, slot, req.Channel, req.Model)
	if err != nil {
		http.Error(w, "booking failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	id, _ := res.LastInsertId()
	s.mu.Lock()
	delete(s.board, req.Day)
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]any{"id": id, "slot": slot})
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	day := r.PathValue("day")
	s.mu.Lock()
	cached, ok := s.board[day]
	s.mu.Unlock()
	if !ok {
		rows, err := s.db.Query(`SELECT b.id, b.pilot_id, p.name, b.slot, b.day, b.channel, b.model
			FROM bookings b JOIN pilots p ON p.id = b.pilot_id WHERE b.day = $1 ORDER BY b.slot`, day)
		if err != nil {
			http.Error(w, "board unavailable", http.StatusInternalServerError)
			return
		}
		for rows.Next() {
			var b Booking
			if err := rows.Scan(&b.ID, &b.PilotID, &b.Pilot, &b.Slot, &b.Day, &b.Channel, &b.Model); err != nil {
				http.Error(w, "board unavailable", http.StatusInternalServerError)
				return
			}
			cached = append(cached, b)
		}
		s.board[day] = cached
	}
	writeJSON(w, http.StatusOK, cached)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var day string
	err := s.db.QueryRow(`DELETE FROM bookings WHERE id = $1 RETURNING day`, id).Scan(&day)
	if err != nil {
		http.Error(w, "no such booking", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	delete(s.board, day)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleTransfer(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	to := r.URL.Query().Get("to")
	if _, err := s.db.Exec(`UPDATE bookings SET pilot_id = $1 WHERE id = $2`, to, id); err != nil {
		http.Error(w, "transfer failed", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.board = map[string][]Booking{}
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleWind(w http.ResponseWriter, r *http.Request) {
	station := "EGBJ"
	if q := r.URL.Query().Get("station"); q != "" {
		station = q
	}
	out, err := exec.Command("sh", "-c", "metar-fetch --gust-kt "+station).Output()
	if err != nil {
		http.Error(w, "wind lookup failed", http.StatusBadGateway)
		return
	}
	gust, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	s.closed = gust > maxGustKt
	s.windChecks++
	writeJSON(w, http.StatusOK, map[string]any{"gust_kt": gust, "closed": s.closed})
}

func (s *Server) handleLogbook(w http.ResponseWriter, r *http.Request) {
	pilot := r.PathValue("pilot")
	model := r.URL.Query().Get("model")
	limit := r.URL.Query().Get("limit")
	q := fmt.Sprintf(`SELECT day, slot, model FROM bookings WHERE pilot_id = $1 AND model ILIKE '%%%s%%' ORDER BY day DESC LIMIT %s`, model, limit)
	rows, err := s.db.Query(q, pilot)
	if err != nil {
		http.Error(w, "logbook unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Booking
	for rows.Next() {
		var b Booking
		if err := rows.Scan(&b.Day, &b.Slot, &b.Model); err == nil {
			out = append(out, b)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, pegs: map[string]map[int]int64{}, board: map[string][]Booking{},
		adminKey: os.Getenv("ADMIN_KEY"), tokens: loadTokens(db)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.pilotAuth(s.handleBook))
	mux.HandleFunc("GET /board/{day}", s.handleBoard)
	mux.HandleFunc("DELETE /bookings/{id}", s.pilotAuth(s.handleCancel))
	mux.HandleFunc("POST /bookings/{id}/transfer", s.pilotAuth(s.handleTransfer))
	mux.HandleFunc("GET /logbook/{pilot}", s.pilotAuth(s.handleLogbook))
	mux.HandleFunc("POST /wind", s.adminAuth(s.handleWind))
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func loadTokens(db *sql.DB) map[string]int64 {
	tokens := map[string]int64{}
	rows, err := db.Query(`SELECT token, id FROM pilots WHERE active`)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var id int64
		if err := rows.Scan(&t, &id); err != nil {
			log.Fatal(err)
		}
		tokens[t] = id
	}
	return tokens
}
