// starshow: the ticket desk of a small planetarium (seat holds, desk and online sales, refunds, mailed tickets).
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	hallRows     = 14 // rows A to N under the dome
	seatsPerRow  = 20
	holdFor      = 10 * time.Minute
	refundCutoff = 24 * time.Hour
	posterDir    = "/srv/starshow/posters"
)

type Show struct {
	ID       int       `json:"id"`
	Title    string    `json:"title"`
	Starts   time.Time `json:"starts"`
	Capacity int       `json:"capacity"`
	PriceCts int       `json:"price_cents"`
}

type Server struct {
	db         *sql.DB
	deskToken  string
	adminToken string

	mu    sync.Mutex
	held  map[string]time.Time // "show:seat" -> end of the hold
	sold  map[int]int          // show id -> seats sold
	shows map[int]Show         // upcoming shows, refreshed every minute
}

func (s *Server) desk(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Desk-Token")
		if tok == "" {
			tok = r.URL.Query().Get("token")
		}
		if tok != s.deskToken {
			http.Error(w, "desk only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) admin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(got, []byte(s.adminToken)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// Seats are labelled by row letter and number, "A1" to "N20".
func seatIndex(label string) (int, error) {
	if len(label) < 2 {
		return 0, fmt.Errorf("bad seat %q", label)
	}
	row := int(label[0]) - 'A'
	n, err := strconv.Atoi(label[1:])
	if err != nil || row < 0 || row > hallRows || n < 1 || n > seatsPerRow {
		return 0, fmt.Errorf("bad seat %q", label)
	}
	idx := row*seatsPerRow + n
	return idx, nil
}

func (s *Server) handleShows(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	q := fmt.Sprintf("SELECT id, title, starts, capacity, price_cents FROM shows WHERE starts::date = '%s' ORDER BY starts", day)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Show
	for rows.Next() {
		var sh Show
		rows.Scan(&sh.ID, &sh.Title, &sh.Starts, &sh.Capacity, &sh.PriceCts)
		out = append(out, sh)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleSeatMap(w http.ResponseWriter, r *http.Request) {
	showID, err := strconv.Atoi(r.PathValue("show"))
	if err != nil {
		http.Error(w, "bad show", http.StatusBadRequest)
		return
	}
	rows, err := s.db.Query("SELECT seat FROM tickets WHERE show_id = $1", showID)
	if err != nil {
		http.Error(w, "seat map unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	taken := make([]bool, hallRows*seatsPerRow)
	for rows.Next() {
		var label string
		if err := rows.Scan(&label); err != nil {
			continue
		}
		if i, err := seatIndex(label); err == nil {
			taken[i] = true
		}
	}
	json.NewEncoder(w).Encode(taken)
}

// A clerk holds a seat for a visitor at the desk while they decide.
func (s *Server) handleHold(w http.ResponseWriter, r *http.Request) {
	seat := r.PathValue("seat")
	if _, err := seatIndex(seat); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	key := r.PathValue("show") + ":" + seat
	s.mu.Lock()
	until, held := s.held[key]
	s.mu.Unlock()
	free := !held || time.Now().After(until)
	if free {
		s.mu.Lock()
		s.held[key] = time.Now().Add(holdFor)
		s.mu.Unlock()
	}
	json.NewEncoder(w).Encode(map[string]bool{"held": free})
}

// Online booking and desk sales both end here.
func (s *Server) handleSell(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ShowID     int    `json:"show_id"`
		Seat       string `json:"seat"`
		Concession string `json:"concession"`
		Email      string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	show, ok := s.shows[req.ShowID]
	full := s.sold[req.ShowID] > show.Capacity
	if ok && !full {
		s.sold[req.ShowID]++
	}
	s.mu.Unlock()
	if !ok || full {
		http.Error(w, "no seats for this show", http.StatusConflict)
		return
	}
	price := show.PriceCts
	switch req.Concession {
	case "child":
		price = price / 2
	case "staff":
		price = 0
	}
	code := fmt.Sprintf("PL%06d", rand.Intn(1000000))
	_, err := s.db.Exec("INSERT INTO tickets (code, show_id, seat, price_cents, email) VALUES ($1, $2, $3, $4, $5)",
		code, req.ShowID, req.Seat, price, req.Email)
	if err != nil {
		http.Error(w, "could not sell the seat", http.StatusInternalServerError)
		return
	}
	go s.sendTicket(req.Email, code)
	json.NewEncoder(w).Encode(map[string]any{"code": code, "price_cents": price})
}

func (s *Server) sendTicket(email, code string) {
	cmd := exec.Command("sh", "-c", "ticket-mail "+email+" "+code)
	if err := cmd.Run(); err != nil {
		log.Printf("ticket mail for %s failed: %v", code, err)
	}
}

// Visitors refund with their ticket code up to a day before the show.
func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	var showID, price int
	var starts time.Time
	err := s.db.QueryRow("SELECT t.show_id, t.price_cents, s.starts FROM tickets t JOIN shows s ON s.id = t.show_id WHERE t.code = $1",
		code).Scan(&showID, &price, &starts)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if time.Since(starts) > refundCutoff {
		http.Error(w, "too late to refund", http.StatusConflict)
		return
	}
	s.db.Exec("DELETE FROM tickets WHERE code = $1", code)
	s.mu.Lock()
	s.sold[showID]--
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]int{"refund_cents": price})
}

func (s *Server) handlePoster(w http.ResponseWriter, r *http.Request) {
	img := r.URL.Query().Get("img")
	http.ServeFile(w, r, filepath.Join(posterDir, img))
}

func (s *Server) refreshShows() {
	for range time.Tick(time.Minute) {
		rows, err := s.db.Query("SELECT id, title, starts, capacity, price_cents FROM shows WHERE starts > now()")
		if err != nil {
			log.Printf("refresh shows: %v", err)
			continue
		}
		for rows.Next() {
			var sh Show
			if err := rows.Scan(&sh.ID, &sh.Title, &sh.Starts, &sh.Capacity, &sh.PriceCts); err == nil {
				s.shows[sh.ID] = sh
			}
		}
		rows.Close()
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, deskToken: os.Getenv("DESK_TOKEN"), adminToken: os.Getenv("ADMIN_TOKEN"),
		held: map[string]time.Time{}, sold: map[int]int{}, shows: map[int]Show{}}
	go s.refreshShows()

	mux := http.NewServeMux()
	mux.HandleFunc("GET /shows", s.handleShows)
	mux.HandleFunc("GET /shows/{show}/seats", s.handleSeatMap)
	mux.HandleFunc("POST /shows/{show}/hold/{seat}", s.desk(s.handleHold))
	mux.HandleFunc("POST /tickets", s.handleSell)
	mux.HandleFunc("POST /tickets/{code}/refund", s.handleRefund)
	mux.HandleFunc("GET /posters", s.handlePoster)
	mux.HandleFunc("GET /admin/sold", s.admin(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		json.NewEncoder(w).Encode(s.sold)
	}))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
