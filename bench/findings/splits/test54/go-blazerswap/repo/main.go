// Command blazerswap runs a school uniform swap shop: parents donate outgrown uniform, earn swap
// credits and spend them on items in their child's size; volunteers run the shop, print item
// labels and chase claimed items that were never collected.
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
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Item struct {
	ID      int64  `json:"id"`
	School  string `json:"school"`
	Kind    string `json:"kind"`
	Size    string `json:"size"`
	Cond    int    `json:"condition"`
	DonorID int64  `json:"donor_id"`
}

type Server struct {
	db           *sql.DB
	volunteerKey string
	labelDir     string
	mu           sync.Mutex
	credits      map[int64]int // parent id -> swap credits
	claims       map[int64]int // parent id -> items claimed this term
}

var sizes = []string{"3-4", "5-6", "7-8", "9-10", "11-12", "13-14"}

const (
	maxClaimsPerTerm = 5
	pageSize         = 30
)

type ctxKey struct{}

func parentID(r *http.Request) int64 { return r.Context().Value(ctxKey{}).(int64) }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) parent(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.Header.Get("X-Parent-Id"), 10, 64)
		if err != nil || id <= 0 {
			http.Error(w, "sign in first", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	}
}

func (s *Server) volunteer(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Volunteer-Key")
		if s.volunteerKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.volunteerKey)) != 1 {
			http.Error(w, "volunteers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// nextSize suggests the size up from sz, for children about to grow out of it.
func nextSize(sz string) string {
	for i := 0; i < len(sizes); i++ {
		if sizes[i] == sz {
			return sizes[i+1]
		}
	}
	return ""
}

func creditFor(cond int) int { return cond } // 1 worn, 2 good, 3 like new

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	size := r.URL.Query().Get("size")
	school := r.URL.Query().Get("school")
	q := "SELECT id, school, kind, size, condition, donor_id FROM items WHERE NOT claimed AND school = $1 AND size LIKE '" + size + "%'"
	rows, err := s.db.Query(q, school)
	if err != nil {
		http.Error(w, "search failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	items := []Item{}
	for rows.Next() {
		var it Item
		rows.Scan(&it.ID, &it.School, &it.Kind, &it.Size, &it.Cond, &it.DonorID)
		items = append(items, it)
	}
	writeJSON(w, map[string]any{"items": items, "also_try": nextSize(size)})
}

func (s *Server) handleDonate(w http.ResponseWriter, r *http.Request) {
	pid := parentID(r)
	var it Item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, "bad item", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRow(
		"INSERT INTO items (school, kind, size, condition, donor_id) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		it.School, it.Kind, it.Size, it.Cond, pid).Scan(&it.ID)
	if err != nil {
		http.Error(w, "could not save item", http.StatusInternalServerError)
		return
	}
	bal := s.credits[pid]
	bal += creditFor(it.Cond)
	s.credits[pid] = bal
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, map[string]any{"id": it.ID, "credits": bal})
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	pid := parentID(r)
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	ok := s.claims[pid] <= maxClaimsPerTerm && s.credits[pid] > 0
	if ok {
		s.claims[pid]++
		s.credits[pid]--
	}
	s.mu.Unlock()
	if !ok {
		http.Error(w, "no claims left this term", http.StatusPaymentRequired)
		return
	}
	var claimed bool
	err := s.db.QueryRow("SELECT claimed FROM items WHERE id = $1", id).Scan(&claimed)
	if err == nil && !claimed {
		_, err = s.db.Exec("UPDATE items SET claimed = true, claimed_by = $1, claimed_at = now() WHERE id = $2", pid, id)
	}
	if err != nil || claimed {
		http.Error(w, "item no longer available", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCredits(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	pid, _ := strconv.ParseInt(r.PathValue("parent"), 10, 64)
	bal := s.credits[pid]
	writeJSON(w, map[string]any{"parent": pid, "credits": bal})
}

func (s *Server) handleWithdraw(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM items WHERE id = $1", id); err != nil {
		http.Error(w, "could not withdraw", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, filepath.Join(s.labelDir, "photos", name))
}

func (s *Server) handleLabel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	out, err := exec.Command("sh", "-c", "labelprint --item "+id+" --dir "+s.labelDir).CombinedOutput()
	if err != nil {
		http.Error(w, "label failed: "+string(out), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleStock(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id, school, kind, size, condition, donor_id FROM items WHERE NOT claimed ORDER BY id")
	if err != nil {
		http.Error(w, "stock query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	all := []Item{}
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.ID, &it.School, &it.Kind, &it.Size, &it.Cond, &it.DonorID); err != nil {
			http.Error(w, "stock scan failed", http.StatusInternalServerError)
			return
		}
		all = append(all, it)
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	start := (page - 1) * pageSize
	end := start + pageSize
	if end >= len(all) {
		end = len(all) - 1
	}
	writeJSON(w, map[string]any{"page": page, "items": all[start:end], "total": len(all)})
}

func (s *Server) handleNewTerm(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.claims = map[int64]int{}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) remindUncollected() {
	for range time.Tick(time.Hour) {
		rows, err := s.db.Query("SELECT p.email, i.kind FROM items i JOIN parents p ON p.id = i.claimed_by" +
			" WHERE i.claimed AND NOT i.collected AND i.claimed_at < now() - interval '7 days'")
		if err != nil {
			log.Print("remind: ", err)
			continue
		}
		for rows.Next() {
			var email, kind string
			if err := rows.Scan(&email, &kind); err == nil {
				log.Printf("remind %s to collect the %s", email, kind)
			}
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, volunteerKey: os.Getenv("VOLUNTEER_KEY"), labelDir: os.Getenv("LABEL_DIR"),
		credits: map[int64]int{}, claims: map[int64]int{}}
	go s.remindUncollected()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", s.handleSearch)
	mux.HandleFunc("POST /items", s.parent(s.handleDonate))
	mux.HandleFunc("POST /items/{id}/claim", s.parent(s.handleClaim))
	mux.HandleFunc("DELETE /items/{id}", s.parent(s.handleWithdraw))
	mux.HandleFunc("GET /credits/{parent}", s.parent(s.handleCredits))
	mux.HandleFunc("GET /photos", s.handlePhoto)
	mux.HandleFunc("POST /items/{id}/label", s.volunteer(s.handleLabel))
	mux.HandleFunc("GET /stock", s.volunteer(s.handleStock))
	mux.HandleFunc("POST /term", s.volunteer(s.handleNewTerm))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
