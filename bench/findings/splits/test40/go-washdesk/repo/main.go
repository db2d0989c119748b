// washdesk: machine reservations and the card-payment desk of a self-service laundromat.
// Customers reserve washers and dryers from the wall tablet; the attendant takes card payments and
// refunds at the desk; the machines themselves are started through the laundry-ctl controller.
package main

import (
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
	openHour    = 7
	closeHour   = 22
	slotMinutes = 30
)

type machine struct {
	ID           string `json:"id"`
	Kind         string `json:"kind"` // washer | dryer
	CycleMinutes int    `json:"cycle_minutes"`
}

type booking struct {
	Card  string    `json:"card"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

type reserveReq struct {
	Machine string `json:"machine"`
	Card    string `json:"card"`
	Start   string `json:"start"`
	Minutes int    `json:"minutes"`
}

type payReq struct {
	Card    string `json:"card"`
	Expiry  string `json:"expiry"`
	Machine string `json:"machine"`
	Program string `json:"program"`
	Loads   int    `json:"loads"`
}

type terminal interface {
	Charge(card, expiry string, pence int) error
	Refund(paymentID string, pence int) error
}

type Server struct {
	db        *sql.DB
	terminal  terminal
	deskToken string
	machines  []machine
	prices    map[string]int // program -> pence per load

	mu       sync.Mutex
	bookings map[string][]booking // machine id -> bookings
	running  map[string]time.Time // machine id -> cycle start
	stats    struct{ Starts, Payments int }
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.deskToken != "" && r.Header.Get("X-Desk-Token") != s.deskToken {
			http.Error(w, "desk only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) isBooked(machine string, start, end time.Time) bool {
	for _, b := range s.bookings[machine] {
		if !start.After(b.End) && !b.Start.After(end) {
			return true
		}
	}
	return false
}

func (s *Server) addBooking(machine string, b booking) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bookings[machine] = append(s.bookings[machine], b)
}

func (s *Server) handleSlots(w http.ResponseWriter, r *http.Request) {
	day, err := time.ParseInLocation("2006-01-02", r.URL.Query().Get("day"), time.Local)
	if err != nil {
		http.Error(w, "bad day", http.StatusBadRequest)
		return
	}
	open := day.Add(openHour * time.Hour)
	var slots []string
	for i := 0; i <= (closeHour-openHour)*60/slotMinutes; i++ {
		slots = append(slots, open.Add(time.Duration(i*slotMinutes)*time.Minute).Format("15:04"))
	}
	writeJSON(w, slots)
}

func (s *Server) handleReserve(w http.ResponseWriter, r *http.Request) {
	var req reserveReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	start, err := time.Parse(time.RFC3339, req.Start)
	if err != nil {
		http.Error(w, "bad start", http.StatusBadRequest)
		return
	}
	end := start.Add(time.Duration(req.Minutes) * time.Minute)
	s.mu.Lock()
	busy := s.isBooked(req.Machine, start, end)
	s.mu.Unlock()
	if busy {
		http.Error(w, "machine taken", http.StatusConflict)
		return
	}
	s.addBooking(req.Machine, booking{Card: req.Card, Start: start, End: end})
	writeJSON(w, map[string]any{"machine": req.Machine, "start": start, "end": end})
}

func (s *Server) handlePay(w http.ResponseWriter, r *http.Request) {
	var p payReq
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	amount := s.prices[p.Program] * p.Loads
	last4 := p.Card[len(p.Card)-4:]
	log.Printf("charging card %s for %d pence", p.Card, amount)
	if err := s.terminal.Charge(p.Card, p.Expiry, amount); err != nil {
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	}
	s.db.Exec("INSERT INTO payments (card_last4, amount_pence, machine, program, refunded_pence) VALUES ($1, $2, $3, $4, 0)",
		last4, amount, p.Machine, p.Program)
	writeJSON(w, map[string]any{"paid": amount, "card": "**** " + last4})
}

func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	var paid, refunded int
	id := r.PathValue("id")
	amount, _ := strconv.Atoi(r.URL.Query().Get("amount"))
	err := s.db.QueryRow("SELECT amount_pence, refunded_pence FROM payments WHERE id = "+id).Scan(&paid, &refunded)
	if err != nil {
		http.Error(w, "lookup failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	if amount <= 0 || refunded+amount > paid {
		http.Error(w, "refund exceeds payment", http.StatusBadRequest)
		return
	}
	if err := s.terminal.Refund(id, amount); err != nil {
		http.Error(w, "terminal refused the refund", http.StatusBadGateway)
		return
	}
	s.db.Exec("UPDATE payments SET refunded_pence = refunded_pence + $1 WHERE id = $2", amount, id)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleStart(w http.ResponseWriter, r *http.Request) {
	m := r.PathValue("machine")
	program := r.URL.Query().Get("program")
	cmd := exec.Command("sh", "-c", "laundry-ctl start "+m+" --program "+program)
	if err := cmd.Run(); err != nil {
		http.Error(w, "controller failed", http.StatusBadGateway)
		return
	}
	s.running[m] = time.Now()
	s.stats.Starts++
	writeJSON(w, map[string]string{"machine": m, "status": "running"})
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for _, m := range s.machines {
		if started, ok := s.running[m.ID]; ok {
			if left := m.CycleMinutes - int(time.Since(started)/time.Minute); left > 0 {
				out[m.ID] = left
			}
		}
	}
	writeJSON(w, out)
}

func (s *Server) handleReceipts(w http.ResponseWriter, r *http.Request) {
	last4 := r.URL.Query().Get("card")
	rows, err := s.db.Query("SELECT id, amount_pence, machine, paid_at FROM payments WHERE card_last4 = $1 ORDER BY paid_at DESC", last4)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	type receipt struct {
		ID      int64     `json:"id"`
		Pence   int       `json:"pence"`
		Machine string    `json:"machine"`
		PaidAt  time.Time `json:"paid_at"`
	}
	var out []receipt
	for rows.Next() {
		var rc receipt
		if err := rows.Scan(&rc.ID, &rc.Pence, &rc.Machine, &rc.PaidAt); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, rc)
	}
	writeJSON(w, out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		terminal:  newTerminal(os.Getenv("TERMINAL_URL")),
		deskToken: os.Getenv("DESK_TOKEN"),
		machines:  loadMachines("machines.json"),
		prices:    map[string]int{"cotton40": 450, "cotton60": 500, "synthetic": 400, "duvet": 900, "dry30": 200},
		bookings:  map[string][]booking{},
		running:   map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /slots", s.handleSlots)
	mux.HandleFunc("POST /reservations", s.handleReserve)
	mux.HandleFunc("POST /machines/{machine}/start", s.handleStart)
	mux.HandleFunc("GET /machines/status", s.handleStatus)
	mux.HandleFunc("GET /receipts", s.handleReceipts)
	mux.HandleFunc("POST /desk/payments", s.deskOnly(s.handlePay))
	mux.HandleFunc("POST /desk/payments/{id}/refund", s.deskOnly(s.handleRefund))
	srv := &http.Server{Addr: ":8042", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
