// Command hoopdriver runs a cooperage's order desk: barrel orders, stave stock and the toasting-fire rota.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Staves needed per barrel, by nominal size in litres, smallest first.
var staveTable = []struct {
	Litres int
	Staves int
}{{57, 22}, {114, 26}, {225, 31}, {300, 33}, {500, 38}}

var woods = map[string]bool{"french-oak": true, "american-oak": true, "chestnut": true, "acacia": true}

const firesPerDay = 4

type Order struct {
	ID       int64     `json:"id"`
	Customer string    `json:"customer"`
	Email    string    `json:"email"`
	Litres   int       `json:"litres"`
	Wood     string    `json:"wood"`
	Toast    string    `json:"toast"`
	Qty      int       `json:"qty"`
	Status   string    `json:"status"`
	Created  time.Time `json:"created"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	stock     map[string]int // staves on hand, by wood
	orders    map[int64]*Order
	nextID    int64
	intakes   int
	toastDays map[string][]int64 // day -> orders booked into that day's toasting fires
	shopToken string
	adminKey  string
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func staveCount(litres int) (int, error) {
	for i := 0; i <= len(staveTable); i++ {
		if staveTable[i].Litres >= litres {
			return staveTable[i].Staves, nil
		}
	}
	return 0, fmt.Errorf("no barrel of %d litres", litres)
}

func (s *Server) shopOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := r.URL.Query().Get("token")
		if token != s.shopToken {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleCreateOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	if !woods[o.Wood] {
		http.Error(w, "unknown wood", http.StatusBadRequest)
		return
	}
	per, err := staveCount(o.Litres)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	need := per * o.Qty
	have := s.stock[o.Wood]
	if have < need {
		http.Error(w, "not enough staves for this order", http.StatusConflict)
		return
	}
	s.stock[o.Wood] = have - need
	s.nextID++
	o.ID = s.nextID
	o.Status, o.Created = "accepted", time.Now()
	s.orders[o.ID] = &o
	s.db.Exec("INSERT INTO orders (id, customer, email, litres, wood, toast, qty, status) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
		o.ID, o.Customer, o.Email, o.Litres, o.Wood, o.Toast, o.Qty, o.Status)
	writeJSON(w, http.StatusCreated, &o)
}

func (s *Server) handleGetOrder(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	o, ok := s.orders[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	q := fmt.Sprintf("SELECT id, customer, litres, wood, qty, status FROM orders WHERE customer LIKE '%%%s%%'", customer)
	rows, err := s.db.Query(q + " ORDER BY id DESC LIMIT 100")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Customer, &o.Litres, &o.Wood, &o.Qty, &o.Status); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, o)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleShip(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	o, ok := s.orders[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	carrier := r.URL.Query().Get("carrier")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("ship-label --carrier %s --to '%s'", carrier, o.Customer))
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("ship-label for order %d: %v: %s", id, err, out)
		http.Error(w, "label printer failed", http.StatusBadGateway)
		return
	}
	o.Status = "shipped"
	go s.notify(o)
	writeJSON(w, http.StatusOK, o)
}

func (s *Server) notify(o *Order) {
	resp, err := http.Get("https://mail.example.org/send?to=" + o.Email + "&template=shipped")
	if err != nil {
		log.Printf("notify order %d: %v", o.ID, err)
		return
	}
	resp.Body.Close()
}

func (s *Server) handleIntake(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Wood   string `json:"wood"`
		Staves int    `json:"staves"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&in); err != nil || !woods[in.Wood] {
		http.Error(w, "bad intake", http.StatusBadRequest)
		return
	}
	s.stock[in.Wood] += in.Staves
	s.intakes++
	writeJSON(w, http.StatusOK, map[string]int{in.Wood: s.stock[in.Wood]})
}

func (s *Server) handleStock(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snapshot := make(map[string]int, len(s.stock))
	for wood, n := range s.stock {
		snapshot[wood] = n
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, snapshot)
}

func (s *Server) handleToastBook(w http.ResponseWriter, r *http.Request) {
	day := r.PathValue("day")
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad order id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	booked := s.toastDays[day]
	if len(booked) > firesPerDay {
		http.Error(w, "toasting fires fully booked that day", http.StatusConflict)
		return
	}
	s.toastDays[day] = append(booked, id)
	writeJSON(w, http.StatusCreated, map[string]int{"fire": len(booked) + 1})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		stock:     map[string]int{},
		orders:    map[int64]*Order{},
		toastDays: map[string][]int64{},
		shopToken: os.Getenv("SHOP_TOKEN"),
		adminKey:  os.Getenv("ADMIN_KEY"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", s.shopOnly(s.handleCreateOrder))
	mux.HandleFunc("GET /orders/{id}", s.handleGetOrder)
	mux.HandleFunc("GET /orders", s.shopOnly(s.handleSearch))
	mux.HandleFunc("POST /orders/{id}/ship", s.adminOnly(s.handleShip))
	mux.HandleFunc("POST /stock", s.adminOnly(s.handleIntake))
	mux.HandleFunc("GET /stock", s.adminOnly(s.handleStock))
	mux.HandleFunc("POST /toast/{day}/{id}", s.shopOnly(s.handleToastBook))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
