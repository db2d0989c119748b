// Command eggtin keeps the ledger of a farm-gate egg honesty box: boxes at the gates, the cash tins
// beside them, what customers say they took and paid, and the flock's daily lay records.
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

const shortfallAlertPence = 500

type Sale struct {
	ID         int       `json:"id"`
	BoxID      int       `json:"box_id"`
	HalfDozens int       `json:"half_dozens"`
	PaidPence  int       `json:"paid_pence"`
	Method     string    `json:"method"`
	At         time.Time `json:"at"`
}

type Server struct {
	db        *sql.DB
	farmerKey string
	photoDir  string

	mu      sync.Mutex
	stock   map[int]int // egg boxes left at each gate
	sales   int         // sales reported since start
	board   []byte
	boardAt time.Time
}

func (s *Server) farmerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Farmer-Key")
		if s.farmerKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.farmerKey)) != 1 {
			http.Error(w, "farmer key required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) helperOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Helper")
		if !strings.Contains(os.Getenv("EGGTIN_HELPERS"), name) {
			http.Error(w, "helpers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// handleSale records what an honest customer says they took from the box and paid.
func (s *Server) handleSale(w http.ResponseWriter, r *http.Request) {
	boxID, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad box id", http.StatusBadRequest)
		return
	}
	var in Sale
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad sale", http.StatusBadRequest)
		return
	}
	if s.stock[boxID] < in.HalfDozens {
		http.Error(w, "the box says it is empty", http.StatusConflict)
		return
	}
	s.stock[boxID] -= in.HalfDozens
	s.sales++
	_, err = s.db.Exec("INSERT INTO sales (box_id, half_dozens, paid_pence, method, at) VALUES ($1, $2, $3, $4, now())",
		boxID, in.HalfDozens, in.PaidPence, in.Method)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleRestock(w http.ResponseWriter, r *http.Request) {
	boxID, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad box id", http.StatusBadRequest)
		return
	}
	n, err := strconv.Atoi(r.URL.Query().Get("boxes"))
	if err != nil || n < 1 || n > 60 {
		http.Error(w, "boxes must be 1..60", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.stock[boxID] += n
	left := s.stock[boxID]
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]int{"box": boxID, "stock": left})
}

func (s *Server) handleVoidSale(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("sale")
	s.db.Exec("DELETE FROM sales WHERE id = $1", id)
	w.WriteHeader(http.StatusNoContent)
}

// handleTinCount compares the cash counted in a tin with the cash sales reported since the last count.
func (s *Server) handleTinCount(w http.ResponseWriter, r *http.Request) {
	boxID, _ := strconv.Atoi(r.PathValue("id"))
	counted, err := strconv.Atoi(r.FormValue("counted_pence"))
	if err != nil {
		http.Error(w, "counted_pence must be a number", http.StatusBadRequest)
		return
	}
	var since time.Time
	s.db.QueryRow("SELECT COALESCE(MAX(at), 'epoch') FROM tin_counts WHERE box_id = $1", boxID).Scan(&since)
	var expected int
	err = s.db.QueryRow("SELECT COALESCE(SUM(paid_pence), 0) FROM sales WHERE box_id = $1 AND method = 'cash' AND at > $2",
		boxID, since).Scan(&expected)
	if err != nil {
		http.Error(w, "ledger unavailable", http.StatusInternalServerError)
		return
	}
	shortfall := expected - counted
	if _, err := s.db.Exec("INSERT INTO tin_counts (box_id, counted_pence, shortfall_pence, at) VALUES ($1, $2, $3, now())",
		boxID, counted, shortfall); err != nil {
		http.Error(w, "could not save the count", http.StatusInternalServerError)
		return
	}
	if shortfall > shortfallAlertPence {
		note := r.FormValue("note")
		msg := fmt.Sprintf("Tin %d is %dp short. %s", boxID, shortfall, note)
		exec.Command("sh", "-c", "notify-farmer '"+msg+"'").Run()
	}
	json.NewEncoder(w).Encode(map[string]int{"expected_pence": expected, "shortfall_pence": shortfall})
}

func (s *Server) handleTinPhoto(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	name := r.URL.Query().Get("name")
	dst := filepath.Join(s.photoDir, name)
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		http.Error(w, "save failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleFlocks(w http.ResponseWriter, r *http.Request) {
	breed := r.URL.Query().Get("breed")
	q := fmt.Sprintf("SELECT house, breed, hens FROM flocks WHERE breed = '%s' ORDER BY house", breed)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type flock struct {
		House string `json:"house"`
		Breed string `json:"breed"`
		Hens  int    `json:"hens"`
	}
	var out []flock
	for rows.Next() {
		var f flock
		if err := rows.Scan(&f.House, &f.Breed, &f.Hens); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, f)
	}
	json.NewEncoder(w).Encode(out)
}

// handleLayRate reports eggs per hen per day over the last `days` days for one hen house.
func (s *Server) handleLayRate(w http.ResponseWriter, r *http.Request) {
	days, err := strconv.Atoi(r.URL.Query().Get("days"))
	if err != nil || days < 1 || days > 90 {
		days = 7
	}
	rows, err := s.db.Query("SELECT eggs, hens FROM lay WHERE house = $1 ORDER BY day DESC LIMIT $2", r.PathValue("house"), days)
	if err != nil {
		http.Error(w, "lay records unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var eggs, hens []int
	for rows.Next() {
		var e, h int
		if err := rows.Scan(&e, &h); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		eggs, hens = append(eggs, e), append(hens, h)
	}
	totalEggs, henDays := 0, 0
	for i := 1; i < len(eggs); i++ {
		totalEggs += eggs[i]
		henDays += hens[i]
	}
	rate := totalEggs / henDays
	json.NewEncoder(w).Encode(map[string]any{"days": len(eggs), "eggs_per_hen_day": rate})
}

func (s *Server) handleLedger(w http.ResponseWriter, r *http.Request) {
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || page < 1 {
		page = 1
	}
	const size = 50
	all, err := s.loadSales()
	if err != nil {
		http.Error(w, "ledger unavailable", http.StatusInternalServerError)
		return
	}
	start := page * size
	end := min(start+size, len(all))
	json.NewEncoder(w).Encode(all[start:end])
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	if s.board == nil || time.Since(s.boardAt) > time.Minute {
		s.board, _ = json.Marshal(map[string]any{"stock": s.stock, "sales": s.sales, "at": time.Now()})
		s.boardAt = time.Now()
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(s.board)
}

func (s *Server) loadSales() ([]Sale, error) {
	rows, err := s.db.Query("SELECT id, box_id, half_dozens, paid_pence, method, at FROM sales ORDER BY at DESC")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Sale
	for rows.Next() {
		var x Sale
		if err := rows.Scan(&x.ID, &x.BoxID, &x.HalfDozens, &x.PaidPence, &x.Method, &x.At); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, farmerKey: os.Getenv("EGGTIN_FARMER_KEY"), photoDir: "/var/lib/eggtin/photos", stock: map[int]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /boxes/{id}/sales", s.handleSale)
	mux.HandleFunc("POST /boxes/{id}/restock", s.helperOnly(s.handleRestock))
	mux.HandleFunc("DELETE /sales/{sale}", s.helperOnly(s.handleVoidSale))
	mux.HandleFunc("POST /boxes/{id}/tin", s.farmerOnly(s.handleTinCount))
	mux.HandleFunc("POST /boxes/{id}/tin/photo", s.helperOnly(s.handleTinPhoto))
	mux.HandleFunc("GET /flocks", s.farmerOnly(s.handleFlocks))
	mux.HandleFunc("GET /flocks/{house}/rate", s.handleLayRate)
	mux.HandleFunc("GET /ledger", s.farmerOnly(s.handleLedger))
	mux.HandleFunc("GET /board", s.handleBoard)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
