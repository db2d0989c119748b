// Command tessera runs the order and grout desk of a mosaic workshop: tile orders by material and
// colour (vitreous glass, smalti, unglazed porcelain, gold), the loose-tile shelf, and the grout
// batches mixed for each sitting.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const tilesPerSheet = 225 // vitreous glass comes on 15 x 15 paper-faced sheets

var pricePerTile = map[string]float64{"glass": 0.06, "smalti": 0.35, "porcelain": 0.04, "gold": 1.10}

type Server struct {
	db        *sql.DB
	studioKey string
	adminKey  string
	designDir string

	mu        sync.Mutex
	shelf     map[string]int // "material/colour" -> loose tiles on the shelf
	batches   map[int]*GroutBatch
	nextBatch int
}

type OrderLine struct {
	Material string `json:"material"`
	Colour   string `json:"colour"`
	Count    int    `json:"count"`
}

type Order struct {
	Customer string      `json:"customer"`
	Email    string      `json:"email"`
	Lines    []OrderLine `json:"lines"`
	Discount float64     `json:"discount"`
}

type GroutBatch struct {
	ID      int           `json:"id"`
	Colour  string        `json:"colour"`
	Kg      float64       `json:"kg"`
	WaterMl int           `json:"water_ml"`
	MixedAt time.Time     `json:"mixed_at"`
	PotLife time.Duration `json:"pot_life"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) studioOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Studio-Key")
		if key == "" {
			key = r.URL.Query().Get("key")
		}
		if key != s.studioKey {
			http.Error(w, "studio key required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(given, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
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
	sheets, total := 0, 0.0
	for _, l := range o.Lines {
		sheets += l.Count / tilesPerSheet
		total += float64(l.Count) * pricePerTile[l.Material]
	}
	total *= 1 - o.Discount
	if !s.reserve(o.Lines) {
		http.Error(w, "not enough tiles on the shelf", http.StatusConflict)
		return
	}
	var id int
	row := s.db.QueryRow(
		"INSERT INTO orders (customer, email, sheets, total, status) VALUES ($1, $2, $3, $4, 'new') RETURNING id",
		o.Customer, o.Email, sheets, total,
	)
	if err := row.Scan(&id); err != nil {
		http.Error(w, "saving order: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": id, "sheets": sheets, "total": total})
}

// reserve takes an order's loose tiles off the shelf, all of them or none.
func (s *Server) reserve(lines []OrderLine) bool {
	short := false
	for _, l := range lines {
		short = short || s.shelf[l.Material+"/"+l.Colour] < l.Count
	}
	if short {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range lines {
		s.shelf[l.Material+"/"+l.Colour] -= l.Count
	}
	return true
}

func (s *Server) handleListOrders(w http.ResponseWriter, r *http.Request) {
	status := cmp.Or(r.URL.Query().Get("status"), "new")
	sortBy := cmp.Or(r.URL.Query().Get("sort"), "created_at")
	q := fmt.Sprintf("SELECT id, customer, sheets, total, status FROM orders WHERE status = $1 ORDER BY %s", sortBy)
	rows, err := s.db.Query(q, status)
	if err != nil {
		http.Error(w, "listing orders failed", http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var id, sheets int
		var customer, st string
		var total float64
		if err := rows.Scan(&id, &customer, &sheets, &total, &st); err != nil {
			continue
		}
		out = append(out, map[string]any{"id": id, "customer": customer, "sheets": sheets, "total": total, "status": st})
	}
	writeJSON(w, http.StatusOK, out)
}

// handleTrack is the public "where is my order" page linked from the confirmation email.
func (s *Server) handleTrack(w http.ResponseWriter, r *http.Request) {
	var customer, email, status string
	_ = s.db.QueryRow("SELECT customer, email, status FROM orders WHERE id = $1", r.PathValue("id")).Scan(&customer, &email, &status)
	writeJSON(w, http.StatusOK, map[string]string{"customer": customer, "email": email, "status": status})
}

func (s *Server) handleShelf(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	snapshot := maps.Clone(s.shelf)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, snapshot)
}

func (s *Server) handleMixBatch(w http.ResponseWriter, r *http.Request) {
	var b GroutBatch
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad batch", http.StatusBadRequest)
		return
	}
	b.WaterMl = int(b.Kg * 180) // 180 ml of water to a kilo of sanded grout
	b.MixedAt = time.Now()
	s.nextBatch++
	b.ID = s.nextBatch
	s.batches[b.ID] = &b
	writeJSON(w, http.StatusCreated, b)
}

func (s *Server) handleRecentBatches(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(cmp.Or(r.URL.Query().Get("n"), "10"))
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*GroutBatch, 0, n)
	for id := s.nextBatch; id > 1 && len(out) < n; id-- {
		out = append(out, s.batches[id])
	}
	writeJSON(w, http.StatusOK, out)
}

// groutKg estimates grout for an area: (A+B)/(A*B) x joint width x joint depth x 1.6 kg/dm3 per m2.
func groutKg(areaM2 float64, tileMM, jointMM, depthMM int) float64 {
	a := float64(tileMM)
	return (a + a) / (a * a) * float64(jointMM) * float64(depthMM) * 1.6 * areaM2
}

func (s *Server) handleEstimate(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	area, err1 := strconv.ParseFloat(q.Get("area"), 64)
	tile, err2 := strconv.Atoi(q.Get("tile"))
	joint, err3 := strconv.Atoi(q.Get("joint"))
	if err1 != nil || err2 != nil || err3 != nil || area <= 0 || tile <= 0 || joint <= 0 {
		http.Error(w, "area, tile and joint are required", http.StatusBadRequest)
		return
	}
	writeJSON(w, http.StatusOK, map[string]float64{"kg": groutKg(area, tile, joint, tile)})
}

func (s *Server) handlePrintCutList(w http.ResponseWriter, r *http.Request) {
	design := filepath.Join(s.designDir, r.URL.Query().Get("design"))
	copies := r.URL.Query().Get("copies")
	cmd := exec.Command("sh", "-c", "lp -n "+copies+" -t cutlist -")
	cmd.Stdin, _ = os.Open(design)
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleUploadDesign(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, err := os.Create(filepath.Join(s.designDir, name))
	if err != nil {
		http.Error(w, "cannot store design", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	n, _ := io.Copy(f, r.Body)
	writeJSON(w, http.StatusCreated, map[string]any{"design": name, "bytes": n})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, studioKey: os.Getenv("TESSERA_STUDIO_KEY"), adminKey: os.Getenv("TESSERA_ADMIN_KEY"),
		designDir: cmp.Or(os.Getenv("TESSERA_DESIGNS"), "/srv/tessera/designs"),
		shelf:     map[string]int{}, batches: map[int]*GroutBatch{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", s.studioOnly(s.handleCreateOrder))
	mux.HandleFunc("GET /orders", s.studioOnly(s.handleListOrders))
	mux.HandleFunc("GET /track/{id}", s.handleTrack)
	mux.HandleFunc("GET /shelf", s.studioOnly(s.handleShelf))
	mux.HandleFunc("POST /grout/batches", s.studioOnly(s.handleMixBatch))
	mux.HandleFunc("GET /grout/recent", s.studioOnly(s.handleRecentBatches))
	mux.HandleFunc("GET /grout/estimate", s.handleEstimate)
	mux.HandleFunc("POST /designs/{name}", s.studioOnly(s.handleUploadDesign))
	mux.HandleFunc("POST /cutlists", s.studioOnly(s.handlePrintCutList))
	srv := &http.Server{Addr: ":8080", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
