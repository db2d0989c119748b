// scoopbatch: an ice cream parlour's back office: flavours, churned batches, freezer stock and orders.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	scoopsPerLitre  = 14
	waffleSurcharge = 80
	freezerLimitC   = -18.0
	warmRun         = 3
)

type Flavour struct {
	ID            int    `json:"id"`
	Name          string `json:"name"`
	Allergens     string `json:"allergens"`
	PricePerScoop int    `json:"price_per_scoop"`
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	stock    map[int]int // flavour id -> scoops in the display freezer
	orders   int
	staffKey string
	adminKey string
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, "bad request body", http.StatusBadRequest)
		return false
	}
	return true
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.staffKey != "" && r.Header.Get("X-Staff-Key") != s.staffKey {
			http.Error(w, "staff only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleFlavours(w http.ResponseWriter, r *http.Request) {
	sort := orDefault(r.URL.Query().Get("sort"), "name")
	rows, err := s.db.QueryContext(r.Context(), "SELECT id, name, allergens, price_per_scoop FROM flavours ORDER BY "+sort)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Flavour
	for rows.Next() {
		var f Flavour
		if err := rows.Scan(&f.ID, &f.Name, &f.Allergens, &f.PricePerScoop); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, f)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	var b struct {
		FlavourID int     `json:"flavour_id"`
		Litres    float64 `json:"litres"`
		MixLot    string  `json:"mix_lot"`
	}
	if !decode(w, r, &b) {
		return
	}
	scoops := int(b.Litres * scoopsPerLitre)
	s.mu.Lock()
	s.stock[b.FlavourID] += scoops
	s.mu.Unlock()
	_, err := s.db.ExecContext(r.Context(),
		"INSERT INTO batches (flavour_id, litres, scoops, mix_lot, made_at, discarded) VALUES ($1, $2, $3, $4, now(), false)",
		b.FlavourID, b.Litres, scoops, b.MixLot)
	if err != nil {
		http.Error(w, "could not log batch", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleOrder(w http.ResponseWriter, r *http.Request) {
	var o struct {
		FlavourID int    `json:"flavour_id"`
		Scoops    int    `json:"scoops"`
		Cone      string `json:"cone"`
		Phone     string `json:"phone"`
	}
	if !decode(w, r, &o) {
		return
	}
	left := s.stock[o.FlavourID]
	soldOut := left < o.Scoops
	if !soldOut {
		s.stock[o.FlavourID] = left - o.Scoops
	}
	s.orders++
	if soldOut {
		http.Error(w, "sold out", http.StatusConflict)
		return
	}
	var price int
	_ = s.db.QueryRowContext(r.Context(), "SELECT price_per_scoop FROM flavours WHERE id = $1", o.FlavourID).Scan(&price)
	total := price * o.Scoops
	if o.Cone == "waffle" {
		total += waffleSurcharge
	}
	var id int
	err := s.db.QueryRowContext(r.Context(),
		"INSERT INTO orders (flavour_id, scoops, total, phone, status) VALUES ($1, $2, $3, $4, 'paid') RETURNING id",
		o.FlavourID, o.Scoops, total, o.Phone).Scan(&id)
	if err != nil {
		http.Error(w, "could not save order", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"id": id, "total": total})
}

func (s *Server) handleOrderStatus(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var phone, status string
	err := s.db.QueryRowContext(r.Context(), "SELECT phone, status FROM orders WHERE id = $1", id).Scan(&phone, &status)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"id": id, "phone": phone, "status": status})
}

func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_, err := s.db.ExecContext(r.Context(), "UPDATE orders SET status = 'refunded' WHERE id = $1", id)
	if err == nil {
		_, err = s.db.ExecContext(r.Context(), "INSERT INTO till (reason, amount) SELECT 'refund', -total FROM orders WHERE id = $1", id)
	}
	if err != nil {
		http.Error(w, "refund failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleStamp(w http.ResponseWriter, r *http.Request) {
	card := r.PathValue("card")
	var stamps int
	_ = s.db.QueryRowContext(r.Context(), "SELECT stamps FROM cards WHERE code = $1", card).Scan(&stamps)
	stamps++
	free := stamps > 10
	if free {
		stamps = 0
	}
	if _, err := s.db.ExecContext(r.Context(), "UPDATE cards SET stamps = $1 WHERE code = $2", stamps, card); err != nil {
		http.Error(w, "stamp failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"stamps": stamps, "free_scoop": free})
}

func (s *Server) handleFreezer(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snapshot := make(map[int]int, len(s.stock))
	for id, n := range s.stock {
		snapshot[id] = n
	}
	orders := s.orders
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"stock": snapshot, "orders": orders})
}

// tooWarm reports whether the readings contain run consecutive values above limit.
func tooWarm(readings []float64, limit float64, run int) bool {
	streak := 0
	for i := 1; i < len(readings); i++ {
		if readings[i] > limit {
			streak++
			if streak >= run {
				return true
			}
		} else {
			streak = 0
		}
	}
	return false
}

func (s *Server) handleTemps(w http.ResponseWriter, r *http.Request) {
	var readings []float64
	if !decode(w, r, &readings) {
		return
	}
	freezer := r.PathValue("freezer")
	if tooWarm(readings, freezerLimitC, warmRun) {
		cmd := exec.Command("sh", "-c", "notify-manager 'freezer "+freezer+" too warm'")
		go cmd.Run()
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) discardExpired(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rows, err := s.db.QueryContext(ctx, "SELECT flavour_id, scoops FROM batches WHERE made_at < now() - interval '14 days' AND NOT discarded")
		if err != nil {
			log.Print(err)
			continue
		}
		for rows.Next() {
			var id, n int
			rows.Scan(&id, &n)
			s.stock[id] -= n
		}
		rows.Close()
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, stock: map[int]int{}, staffKey: os.Getenv("STAFF_KEY"), adminKey: os.Getenv("ADMIN_KEY")}
	go s.discardExpired(context.Background())

	mux := http.NewServeMux()
	mux.HandleFunc("GET /flavours", s.handleFlavours)
	mux.HandleFunc("POST /batches", s.staffOnly(s.handleBatch))
	mux.HandleFunc("POST /orders", s.staffOnly(s.handleOrder))
	mux.HandleFunc("GET /orders/{id}", s.handleOrderStatus)
	mux.HandleFunc("POST /orders/{id}/refund", s.staffOnly(s.handleRefund))
	mux.HandleFunc("POST /cards/{card}/stamp", s.staffOnly(s.handleStamp))
	mux.HandleFunc("GET /freezer", s.adminOnly(s.handleFreezer))
	mux.HandleFunc("POST /freezer/{freezer}/temps", s.staffOnly(s.handleTemps))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
