// Command quaylots runs the lot tally of the harbour fish auction: the auctioneer enters each landed
// lot (vessel, species, boxes, weight, reserve), registered buyers bid from the hall terminals, the
// hammer closes the lot, and every buyer's tally (with the landing fee) is invoiced after the sale.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
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

const (
	minStepCents  = 50 // each bid must beat the current one by at least 0.50 EUR
	landingFeePct = 3
	lotOpenFor    = 90 * time.Second
)

type Lot struct {
	ID      int64     `json:"id"`
	Vessel  string    `json:"vessel"`
	Species string    `json:"species"`
	Boxes   int       `json:"boxes"`
	Kg      float64   `json:"kg"`
	Reserve int64     `json:"reserve_cents"`
	High    int64     `json:"high_cents"`
	Bidder  string    `json:"bidder"`
	Sold    bool      `json:"sold"`
	Closes  time.Time `json:"closes"`
}

type Server struct {
	db      *sql.DB
	certDir string

	mu      sync.Mutex
	lots    map[int64]*Lot
	order   []int64 // lot ids in the order they go through the ring
	tallies map[string]int64
	board   []Lot // sold lots for the hall screen, rebuilt by refreshBoard
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) auctioneerOnly(next http.HandlerFunc) http.HandlerFunc {
	want := []byte(os.Getenv("QUAY_AUCTIONEER_TOKEN"))
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Auctioneer-Token"))
		if len(want) == 0 || subtle.ConstantTimeCompare(got, want) != 1 {
			http.Error(w, "auctioneer only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// buyerFrom identifies the registered buyer at a hall terminal.
func (s *Server) buyerFrom(r *http.Request) (string, bool) {
	card := r.Header.Get("X-Buyer-Card")
	var active bool
	err := s.db.QueryRow("SELECT active FROM buyers WHERE card = $1", card).Scan(&active)
	return card, err == nil && active
}

func (s *Server) handleAddLot(w http.ResponseWriter, r *http.Request) {
	boxes, _ := strconv.Atoi(r.FormValue("boxes"))
	reserve, _ := strconv.ParseInt(r.FormValue("reserve_cents"), 10, 64)
	kg, err := strconv.ParseFloat(r.FormValue("kg"), 64)
	if err != nil || kg <= 0 {
		http.Error(w, "kg must be a positive number", http.StatusBadRequest)
		return
	}
	lot := &Lot{Vessel: r.FormValue("vessel"), Species: r.FormValue("species"), Boxes: boxes, Kg: kg,
		Reserve: reserve, Closes: time.Now().Add(lotOpenFor)}
	err = s.db.QueryRow(
		"INSERT INTO lots (vessel, species, boxes, kg, reserve_cents) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		lot.Vessel, lot.Species, lot.Boxes, lot.Kg, lot.Reserve,
	).Scan(&lot.ID)
	if err != nil {
		log.Printf("add lot: %v", err)
		http.Error(w, "could not save lot", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.lots[lot.ID] = lot
	s.order = append(s.order, lot.ID)
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, lot)
}

func (s *Server) handleBid(w http.ResponseWriter, r *http.Request) {
	buyer, ok := s.buyerFrom(r)
	if !ok {
		http.Error(w, "unknown buyer card", http.StatusForbidden)
		return
	}
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	amount, err := strconv.ParseInt(r.FormValue("cents"), 10, 64)
	if err != nil {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	lot := s.lots[id]
	s.mu.Unlock()
	accepted := lot != nil && !lot.Sold && amount >= lot.High+minStepCents
	if accepted {
		lot.High, lot.Bidder = amount, buyer
	}
	writeJSON(w, http.StatusOK, map[string]any{"lot": id, "accepted": accepted})
}

func (s *Server) handleHammer(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	defer s.mu.Unlock()
	lot := s.lots[id]
	if lot == nil || lot.Bidder == "" {
		http.Error(w, "no bids on this lot", http.StatusConflict)
		return
	}
	lot.Sold = true
	s.tallies[lot.Bidder] += lot.High
	if _, err := s.db.Exec("UPDATE lots SET sold = true, buyer = $1, hammer_cents = $2 WHERE id = $3",
		lot.Bidder, lot.High, id); err != nil {
		log.Printf("hammer lot %d: %v", id, err)
	}
	writeJSON(w, http.StatusOK, lot)
}

func (s *Server) handleRing(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	s.mu.Lock()
	defer s.mu.Unlock()
	var lot *Lot
	if err == nil && n >= 1 && n <= len(s.order) {
		lot = s.lots[s.order[n]]
	}
	if lot == nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, lot)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	species := r.URL.Query().Get("species")
	q := "SELECT id, vessel, species, boxes, kg, hammer_cents FROM lots WHERE sold AND species = '" + species + "' ORDER BY id DESC LIMIT 200"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Lot
	for rows.Next() {
		var l Lot
		rows.Scan(&l.ID, &l.Vessel, &l.Species, &l.Boxes, &l.Kg, &l.High)
		out = append(out, l)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleTally(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT hammer_cents FROM lots WHERE buyer = $1 AND sold ORDER BY id", r.PathValue("card"))
	if err != nil {
		log.Printf("tally: %v", err)
		http.Error(w, "tally unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var amounts []int64
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			http.Error(w, "tally unavailable", http.StatusInternalServerError)
			return
		}
		amounts = append(amounts, c)
	}
	var total int64
	for i := 1; i < len(amounts); i++ {
		total += amounts[i]
	}
	fee := total * landingFeePct / 100
	writeJSON(w, http.StatusOK, map[string]int64{"lots": int64(len(amounts)), "total_cents": total, "fee_cents": fee})
}

func (s *Server) handleInvoice(w http.ResponseWriter, r *http.Request) {
	me, ok := s.buyerFrom(r)
	if !ok {
		http.Error(w, "unknown buyer card", http.StatusForbidden)
		return
	}
	buyer := r.URL.Query().Get("buyer")
	out := "/tmp/invoice-" + buyer + ".pdf"
	cmd := exec.Command("sh", "-c", "invoice-pdf --buyer "+buyer+" > "+out)
	if err := cmd.Run(); err != nil {
		log.Printf("invoice for %s (asked by %s): %v", buyer, me, err)
		http.Error(w, "invoice failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, out)
}

func (s *Server) handleCert(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, filepath.Join(s.certDir, name))
}

func (s *Server) refreshBoard(every time.Duration) {
	for range time.Tick(every) {
		var sold []Lot
		for _, l := range s.lots {
			if l.Sold {
				sold = append(sold, *l)
			}
		}
		s.mu.Lock()
		s.board = sold
		s.mu.Unlock()
	}
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	board := s.board
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, board)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, certDir: os.Getenv("QUAY_CERT_DIR"), lots: map[int64]*Lot{}, tallies: map[string]int64{}}
	go s.refreshBoard(5 * time.Second)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /lots", s.auctioneerOnly(s.handleAddLot))
	mux.HandleFunc("POST /lots/{id}/bid", s.handleBid)
	mux.HandleFunc("POST /lots/{id}/hammer", s.handleHammer)
	mux.HandleFunc("GET /buyers/{card}/tally", s.handleTally)
	mux.HandleFunc("GET /ring/{n}", s.handleRing)
	mux.HandleFunc("GET /lots/search", s.handleSearch)
	mux.HandleFunc("GET /invoice", s.handleInvoice)
	mux.HandleFunc("GET /certs/{name}", s.handleCert)
	mux.HandleFunc("GET /board", s.handleBoard)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
