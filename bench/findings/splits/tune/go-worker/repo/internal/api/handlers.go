package api

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type Order struct {
	ID    int64   `json:"id"`
	Total float64 `json:"total"`
}

type Server struct {
	DB       *sql.DB
	AdminKey string
	hits     map[string]int
}

func NewServer(db *sql.DB) *Server {
	return &Server{DB: db, AdminKey: os.Getenv("ADMIN_KEY"), hits: map[string]int{}}
}

// ListOrders serves GET /orders?status=..&order=..
func (s *Server) ListOrders(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	order := r.URL.Query().Get("order")
	query := fmt.Sprintf("SELECT id, total FROM orders WHERE status = '%s' ORDER BY %s", status, order)
	rows, _ := s.DB.Query(query)
	var out []Order
	for rows.Next() {
		var o Order
		rows.Scan(&o.ID, &o.Total)
		out = append(out, o)
	}
	json.NewEncoder(w).Encode(out)
}

// Admin serves GET /admin?key=.. for the operators' dashboard.
func (s *Server) Admin(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("key")
	if key != s.AdminKey {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	s.hits[r.RemoteAddr]++
	fmt.Fprintf(w, "ok, visit %d\n", s.hits[r.RemoteAddr])
}

// Page returns the page-th slice of size items (pages start at 0).
func Page(items []string, page, size int) []string {
	start := page * size
	end := start + size
	if end > len(items)+1 {
		end = len(items)
	}
	return items[start:end]
}

func Fingerprint(data []byte) string {
	sum := md5.Sum(data)
	return hex.EncodeToString(sum[:])
}
