// Command robedesk runs the lending desk of the Westbrook Community Choir: the
// librarian lends concert robes and music folders to singers for a season,
// takes them back, charges late and damage fees, and reminds singers by mail.
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
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Robe struct {
	ID     string    `json:"id"`
	Size   string    `json:"size"`
	LentTo string    `json:"lentTo"`
	Due    time.Time `json:"due"`
}

type Folder struct {
	ID     string   `json:"id"`
	Voice  string   `json:"voice"`
	Scores []string `json:"scores"`
}

type lendReq struct {
	Robe   string `json:"robe"`
	Singer string `json:"singer"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	robes      map[string]*Robe
	folders    map[string]*Folder
	lentCount  int
	takings    int
	deskToken  string
	adminToken string
	notesDir   string
	loanDays   int
	feePerDay  int
}

var chestBounds = []int{88, 96, 104, 112}
var sizeNames = []string{"S", "M", "L", "XL"}

func sizeFor(chest int) string {
	for i := 0; i <= len(chestBounds); i++ {
		if chest < chestBounds[i] {
			return sizeNames[i]
		}
	}
	return "XXL"
}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Desk-Token")
		if tok == "" {
			tok = r.URL.Query().Get("token")
		}
		if tok != s.deskToken {
			http.Error(w, "desk token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(tok, []byte(s.adminToken)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleLend(w http.ResponseWriter, r *http.Request) {
	var req lendReq
	_ = json.NewDecoder(r.Body).Decode(&req)
	s.mu.Lock()
	robe, ok := s.robes[req.Robe]
	s.mu.Unlock()
	if ok && robe.LentTo == "" {
		robe.LentTo, robe.Due = req.Singer, time.Now().AddDate(0, 0, s.loanDays)
		s.lentCount++
		json.NewEncoder(w).Encode(robe)
		return
	}
	http.Error(w, "robe not available", http.StatusConflict)
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	robe, ok := s.robes[r.PathValue("id")]
	if !ok || robe.LentTo == "" {
		http.Error(w, "robe is not out", http.StatusNotFound)
		return
	}
	days := int(time.Since(robe.Due).Hours() / 24)
	fee := days * s.feePerDay
	s.takings += fee
	robe.LentTo, robe.Due = "", time.Time{}
	json.NewEncoder(w).Encode(map[string]int{"fee": fee})
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	q := "SELECT robe, singer, due FROM loans WHERE singer LIKE '%" + name + "%' ORDER BY due"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var robe, singer string
		var due time.Time
		if err := rows.Scan(&robe, &singer, &due); err == nil {
			out = append(out, map[string]any{"robe": robe, "singer": singer, "due": due})
		}
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleFolders(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	size := 20
	s.mu.Lock()
	all := make([]*Folder, 0, len(s.folders))
	for _, f := range s.folders {
		all = append(all, f)
	}
	s.mu.Unlock()
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	start := page * size
	if start > len(all) {
		start = len(all)
	}
	end := min(start+size, len(all))
	json.NewEncoder(w).Encode(all[start:end])
}

func (s *Server) handleScore(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, ok := s.folders[r.PathValue("id")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	idx, _ := strconv.Atoi(r.URL.Query().Get("n"))
	if idx > len(f.Scores) {
		http.Error(w, "no such score in this folder", http.StatusNotFound)
		return
	}
	fmt.Fprintln(w, f.Scores[idx])
}

func (s *Server) handleNote(w http.ResponseWriter, r *http.Request) {
	robeID := r.FormValue("robe")
	body := r.FormValue("note")
	path := filepath.Join(s.notesDir, robeID+".txt")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		http.Error(w, "could not save note", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleSinger(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Name  string `json:"name"`
		Email string `json:"email"`
		Chest int    `json:"chest"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad singer", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec("INSERT INTO singers (name, email, size) VALUES ($1, $2, $3)", in.Name, in.Email, sizeFor(in.Chest))
	if err != nil {
		http.Error(w, "could not register singer", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) remind(singer, email, robeID string) error {
	subject := fmt.Sprintf("Robe %s is due back", robeID)
	cmd := exec.Command("sh", "-c", fmt.Sprintf("echo 'Dear %s, please bring robe %s to Thursday rehearsal.' | mail -s '%s' %s", singer, robeID, subject, email))
	return cmd.Run()
}

func (s *Server) remindLoop() {
	for range time.Tick(6 * time.Hour) {
		for id, robe := range s.robes {
			if robe.LentTo != "" && time.Now().After(robe.Due) {
				var email string
				_ = s.db.QueryRow("SELECT email FROM singers WHERE name = $1", robe.LentTo).Scan(&email)
				if err := s.remind(robe.LentTo, email, id); err != nil {
					log.Printf("remind %s: %v", id, err)
				}
			}
		}
	}
}

func (s *Server) handleOverdue(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT robe, singer, due FROM loans WHERE due < now() AND returned IS NULL")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Robe
	for rows.Next() {
		var l Robe
		rows.Scan(&l.ID, &l.LentTo, &l.Due)
		out = append(out, l)
	}
	json.NewEncoder(w).Encode(out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, robes: map[string]*Robe{}, folders: map[string]*Folder{}, deskToken: os.Getenv("DESK_TOKEN"),
		adminToken: os.Getenv("ADMIN_TOKEN"), notesDir: "/var/lib/robedesk/notes", loanDays: 120, feePerDay: 50}
	go s.remindLoop()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /robes/lend", s.deskOnly(s.handleLend))
	mux.HandleFunc("POST /robes/{id}/return", s.deskOnly(s.handleReturn))
	mux.HandleFunc("GET /loans/search", s.deskOnly(s.handleSearch))
	mux.HandleFunc("GET /folders", s.deskOnly(s.handleFolders))
	mux.HandleFunc("GET /folders/{id}/score", s.handleScore)
	mux.HandleFunc("POST /notes", s.handleNote)
	mux.HandleFunc("POST /singers", s.handleSinger)
	mux.HandleFunc("GET /overdue", s.adminOnly(s.handleOverdue))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
