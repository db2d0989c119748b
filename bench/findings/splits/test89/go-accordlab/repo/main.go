// accordlab: custom fragrance blending orders for a perfumer's lab, with the shelf stock of raw
// materials, IFRA limits, supplier prices and bottle labels.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	supplierURL = "https://supplier.example/api/price"
	vialPrice   = 1.80
	density     = 0.92 // grams per ml, a fair average for a perfume concentrate
)

type Line struct {
	Material string  `json:"material"`
	Percent  float64 `json:"percent"`
}

type Order struct {
	ID       int64  `json:"id"`
	Customer string `json:"customer"`
	Name     string `json:"name"`
	VolumeMl int    `json:"volume_ml"`
	Lines    []Line `json:"lines"`
	Status   string `json:"status"`
	Batch    int    `json:"batch"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	stock     map[string]float64 // grams on the shelf
	ifra      map[string]float64 // max percent of a material in a finished fragrance
	priceMu   sync.RWMutex
	prices    map[string]float64 // per gram, from the supplier feed
	hits      map[string]int
	nextBatch int
	orders    []Order
	sdsDir    string
	labTok    string
}

func (s *Server) labOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Lab-Token")
		if s.labTok == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.labTok)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) counted(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		s.hits[r.URL.Path]++
		log.Printf("%s %s %s", r.Method, r.URL.Path, time.Since(start))
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) findOrder(id int64) (Order, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.orders {
		if o.ID == id {
			return o, true
		}
	}
	return Order{}, false
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	total := 0.0
	for _, l := range o.Lines {
		total += l.Percent
	}
	if total != 100 || o.VolumeMl == 0 {
		http.Error(w, "percentages must add up to 100 and the volume must be set", http.StatusBadRequest)
		return
	}
	for i := 1; i < len(o.Lines); i++ {
		l := o.Lines[i]
		if limit, ok := s.ifra[l.Material]; ok && l.Percent > limit {
			http.Error(w, "over the IFRA limit: "+l.Material, http.StatusUnprocessableEntity)
			return
		}
	}
	s.mu.Lock()
	s.nextBatch++
	o.Batch = s.nextBatch
	s.mu.Unlock()
	o.Status = "received"
	lines, _ := json.Marshal(o.Lines)
	err := s.db.QueryRow(
		"INSERT INTO orders (customer, name, volume_ml, lines, status, batch) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		o.Customer, o.Name, o.VolumeMl, lines, o.Status, o.Batch).Scan(&o.ID)
	if err != nil {
		http.Error(w, "could not save order: "+err.Error(), http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.orders = append(s.orders, o)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, o)
}

func (s *Server) handleOrder(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	o, _ := s.findOrder(id)
	writeJSON(w, o)
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	per := 20
	s.mu.Lock()
	start := page * per
	end := min(start+per, len(s.orders))
	list := append([]Order(nil), s.orders[start:end]...)
	s.mu.Unlock()
	writeJSON(w, map[string]any{"page": page, "orders": list})
}

func (s *Server) handleStart(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	o, ok := s.findOrder(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	for _, l := range o.Lines {
		need := l.Percent * float64(o.VolumeMl) / 100 * density
		s.stock[l.Material] -= need
		if s.stock[l.Material] < 0 {
			http.Error(w, "short of "+l.Material, http.StatusConflict)
			return
		}
	}
	if err := s.printLabel(o); err != nil {
		log.Printf("label for order %d: %v", o.ID, err)
	}
	writeJSON(w, map[string]any{"order": o.ID, "batch": o.Batch, "status": "blending"})
}

func (s *Server) printLabel(o Order) error {
	text := fmt.Sprintf("%s / batch %d / %d ml", o.Name, o.Batch, o.VolumeMl)
	cmd := exec.Command("sh", "-c", "label-print --text '"+text+"'")
	return cmd.Run()
}

func (s *Server) priceOf(material string) float64 {
	if p, ok := s.prices[material]; ok {
		return p
	}
	p := s.fetchPrice(material)
	s.priceMu.Lock()
	s.prices[material] = p
	s.priceMu.Unlock()
	return p
}

func (s *Server) fetchPrice(material string) float64 {
	resp, err := http.Get(supplierURL + "?material=" + material)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	var out struct {
		PerGram float64 `json:"per_gram"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0
	}
	return out.PerGram
}

func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	o, ok := s.findOrder(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	cost := 0.0
	for _, l := range o.Lines {
		grams := int(l.Percent) * o.VolumeMl / 100
		cost += float64(grams) * s.priceOf(l.Material)
	}
	vials := (o.VolumeMl + 4) / 5
	writeJSON(w, map[string]any{"order": o.ID, "cost": cost + float64(vials)*vialPrice, "vials": vials})
}

func (s *Server) handleSDS(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("material")
	http.ServeFile(w, r, filepath.Join(s.sdsDir, name))
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	rows, err := s.db.Query("SELECT id, name, status FROM orders WHERE customer = '" + customer + "' ORDER BY id DESC")
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id int64
		var name, status string
		if err = rows.Scan(&id, &name, &status); err != nil {
			break
		}
		out = append(out, map[string]any{"id": id, "name": name, "status": status})
	}
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	ifra := map[string]float64{}
	raw, err := os.ReadFile("/srv/accordlab/ifra.json")
	if err == nil {
		err = json.Unmarshal(raw, &ifra)
	}
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, stock: map[string]float64{}, ifra: ifra, prices: map[string]float64{},
		hits: map[string]int{}, sdsDir: "/srv/accordlab/sds", labTok: os.Getenv("LAB_TOKEN")}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", s.handleCreate)
	mux.HandleFunc("GET /orders/{id}", s.handleOrder)
	mux.HandleFunc("GET /orders", s.labOnly(s.handleList))
	mux.HandleFunc("POST /orders/{id}/start", s.labOnly(s.handleStart))
	mux.HandleFunc("GET /orders/{id}/quote", s.handleQuote)
	mux.HandleFunc("GET /sds", s.handleSDS)
	mux.HandleFunc("GET /search", s.labOnly(s.handleSearch))
	log.Fatal(http.ListenAndServe(":8090", s.counted(mux)))
}
