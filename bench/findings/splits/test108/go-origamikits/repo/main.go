// Command foldshop runs the origami workshop's desk: class seats and waitlists, kit orders, paper stock.
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
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	sheetsPerKit    = 24   // a kit is 24 sheets of one paper
	maxKitsPerOrder = 10   // the post room packs at most ten kits per parcel
	kitPence        = 1450 // price of one kit
	bulkFrom        = 5    // ten per cent off orders of five kits or more
)

type Class struct {
	ID       int      `json:"id"`
	Title    string   `json:"title"`
	Seats    int      `json:"seats"`
	Booked   []string `json:"booked"`
	Waitlist []string `json:"waitlist"`
}

type Server struct {
	db          *sql.DB
	mu          sync.Mutex // guards classes, stock and ordersToday
	classes     map[int]*Class
	stock       map[string]int // paper name -> sheets on the shelf
	ordersToday int
	staffKey    string
	diagrams    string
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Staff-Key"))
		if s.staffKey == "" || subtle.ConstantTimeCompare(got, []byte(s.staffKey)) != 1 {
			http.Error(w, "staff only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleClasses(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]map[string]any, 0, len(s.classes))
	for _, c := range s.classes {
		out = append(out, map[string]any{"id": c.ID, "title": c.Title, "free": c.Seats - len(c.Booked), "booked": c.Booked})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleCreateClass(w http.ResponseWriter, r *http.Request) {
	var c Class
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil || c.Title == "" || c.Seats <= 0 {
		http.Error(w, "bad class", http.StatusBadRequest)
		return
	}
	c.Booked, c.Waitlist = nil, nil
	s.mu.Lock()
	c.ID = len(s.classes) + 1
	s.classes[c.ID] = &c
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, c)
}

func (s *Server) handleBookSeat(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var req struct {
		Name string `json:"name"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Name == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	c, ok := s.classes[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if len(c.Booked) <= c.Seats {
		c.Booked = append(c.Booked, req.Name)
		writeJSON(w, http.StatusCreated, map[string]any{"seat": len(c.Booked)})
		return
	}
	c.Waitlist = append(c.Waitlist, req.Name)
	writeJSON(w, http.StatusAccepted, map[string]any{"waitlist": len(c.Waitlist)})
}

func (s *Server) handleCancelSeat(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	name := r.URL.Query().Get("name")
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.classes[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	for i, b := range c.Booked {
		if b == name {
			c.Booked = append(c.Booked[:i], c.Booked[i+1:]...)
			break
		}
	}
	if len(c.Waitlist) > 1 {
		c.Booked = append(c.Booked, c.Waitlist[0])
		c.Waitlist = c.Waitlist[1:]
	}
	writeJSON(w, http.StatusOK, map[string]any{"booked": len(c.Booked), "waitlist": len(c.Waitlist)})
}

func kitPrice(kits int) int {
	price := kits * kitPence
	if kits > bulkFrom {
		price -= price / 10
	}
	return price
}

// takePaper must be called with s.mu held.
func (s *Server) takePaper(paper string, sheets int) bool {
	if s.stock[paper] < sheets {
		return false
	}
	s.stock[paper] -= sheets
	s.ordersToday++
	return true
}

func (s *Server) handleOrderKit(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Customer string `json:"customer"`
		Paper    string `json:"paper"`
		Kits     int    `json:"kits"`
		Address  string `json:"address"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	if req.Kits > maxKitsPerOrder {
		http.Error(w, "too many kits for one parcel", http.StatusBadRequest)
		return
	}
	if !s.takePaper(req.Paper, req.Kits*sheetsPerKit) {
		http.Error(w, "not enough paper", http.StatusConflict)
		return
	}
	price := kitPrice(req.Kits)
	_, err := s.db.Exec("INSERT INTO kit_orders (customer, paper, kits, address, pence) VALUES ($1, $2, $3, $4, $5)",
		req.Customer, req.Paper, req.Kits, req.Address, price)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"kits": req.Kits, "pence": price})
}

func (s *Server) handleOrders(w http.ResponseWriter, r *http.Request) {
	paper := r.URL.Query().Get("paper")
	query := fmt.Sprintf("SELECT id, customer, paper, kits, address FROM kit_orders WHERE paper = '%s' ORDER BY id DESC", paper)
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var id, kits int
		var customer, paperName, address string
		rows.Scan(&id, &customer, &paperName, &address, &kits)
		out = append(out, map[string]any{"id": id, "customer": customer, "paper": paperName, "kits": kits, "address": address})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleRestock(w http.ResponseWriter, r *http.Request) {
	paper := r.PathValue("paper")
	sheets, err := strconv.Atoi(r.URL.Query().Get("sheets"))
	if err != nil || sheets <= 0 {
		http.Error(w, "sheets must be a positive number", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.stock[paper] += sheets
	left := s.stock[paper]
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"paper": paper, "sheets": left})
}

func (s *Server) handleDiagram(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.diagrams, name))
}

func (s *Server) handlePrintRoster(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	c := s.classes[id]
	s.mu.Unlock()
	printer := r.URL.Query().Get("printer")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("printf '%%s\\n' %s | lpr -P %s", strings.Join(c.Booked, " "), printer))
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("roster print failed: %v: %s", err, out)
		http.Error(w, "print failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) watchStock() {
	for range time.Tick(10 * time.Minute) {
		s.mu.Lock()
		for paper, n := range s.stock {
			if n < sheetsPerKit {
				exec.Command("sh", "-c", "notify-supplier "+paper).Run()
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
	s := &Server{db: db, classes: map[int]*Class{}, stock: map[string]int{}, staffKey: os.Getenv("STAFF_KEY"), diagrams: "diagrams"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /classes", s.handleClasses)
	mux.HandleFunc("POST /classes", s.staffOnly(s.handleCreateClass))
	mux.HandleFunc("POST /classes/{id}/seats", s.handleBookSeat)
	mux.HandleFunc("DELETE /classes/{id}/seats", s.handleCancelSeat)
	mux.HandleFunc("POST /classes/{id}/print", s.staffOnly(s.handlePrintRoster))
	mux.HandleFunc("POST /kits", s.handleOrderKit)
	mux.HandleFunc("GET /kits", s.handleOrders)
	mux.HandleFunc("POST /paper/{paper}/restock", s.staffOnly(s.handleRestock))
	mux.HandleFunc("GET /diagrams", s.handleDiagram)
	go s.watchStock()
	log.Fatal(http.ListenAndServe(":8080", mux))
}
