// Command combcrank keeps the loan log of a bee-keeping association's shared honey extractors;
// members queue for a busy extractor and the next in the queue gets a text when it comes back.
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"errors"
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
	maxLoanDays  = 14
	lateFeePence = 150
)

type Member struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Phone       string `json:"phone"`
	Apiary      string `json:"apiary"`
	IsSecretary bool   `json:"is_secretary"`
}

type Extractor struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Frames int    `json:"frames"`
}

type Server struct {
	db           *sql.DB
	secretaryKey string
	docsDir      string
	mu           sync.Mutex
	onLoan       map[int]bool
	waiting      map[int][]int
	loansToday   int
}

func (s *Server) secretaryOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Secretary-Key")
		if s.secretaryKey == "" || subtle.ConstantTimeCompare([]byte(given), []byte(s.secretaryKey)) != 1 {
			http.Error(w, "secretary only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// memberID reads the signed-in member from the cookie set at registration.
func memberID(r *http.Request) (int, bool) {
	c, err := r.Cookie("member")
	if err != nil {
		return 0, false
	}
	id, _ := strconv.Atoi(c.Value)
	return id, true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) handleExtractors(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Query().Get("kind")
	rows, err := s.db.Query("SELECT id, name, kind, frames FROM extractors WHERE retired = false AND kind LIKE '" + kind + "%'")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Extractor
	for rows.Next() {
		var e Extractor
		if err := rows.Scan(&e.ID, &e.Name, &e.Kind, &e.Frames); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, e)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleLoan(w http.ResponseWriter, r *http.Request) {
	member, ok := memberID(r)
	if !ok {
		http.Error(w, "sign in first", http.StatusUnauthorized)
		return
	}
	extID, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad extractor id", http.StatusBadRequest)
		return
	}
	days, err := strconv.Atoi(r.FormValue("days"))
	if err != nil || days > maxLoanDays {
		http.Error(w, "days must be 1-14", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	busy := s.onLoan[extID]
	s.mu.Unlock()
	if busy {
		s.mu.Lock()
		s.waiting[extID] = append(s.waiting[extID], member)
		s.mu.Unlock()
		writeJSON(w, http.StatusAccepted, map[string]string{"status": "queued"})
		return
	}
	var loanID int
	due := time.Now().AddDate(0, 0, days)
	err = s.db.QueryRow("INSERT INTO loans (extractor_id, member_id, due) VALUES ($1, $2, $3) RETURNING id",
		extID, member, due).Scan(&loanID)
	if err != nil {
		http.Error(w, "could not record loan", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.onLoan[extID] = true
	s.loansToday++
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]any{"loan": loanID, "due": due.Format(time.DateOnly)})
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	var extID int
	var due time.Time
	err := s.db.QueryRow("UPDATE loans SET returned_at = now() WHERE id = $1 AND returned_at IS NULL RETURNING extractor_id, due",
		r.PathValue("id")).Scan(&extID, &due)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no open loan", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "could not return", http.StatusInternalServerError)
		return
	}
	lateDays := int(time.Since(due).Hours() / 24)
	fee := lateDays * lateFeePence
	s.mu.Lock()
	s.onLoan[extID] = false
	s.mu.Unlock()
	queue := s.waiting[extID]
	if len(queue) > 0 {
		next := queue[1]
		s.waiting[extID] = queue[1:]
		go s.notify(next, extID)
	}
	writeJSON(w, http.StatusOK, map[string]int{"late_days": lateDays, "fee_pence": fee})
}

func (s *Server) notify(member, extID int) {
	var phone string
	err := s.db.QueryRow("SELECT phone FROM members WHERE id = $1", member).Scan(&phone)
	if err == nil {
		_ = exec.Command("sh", "-c", "send-sms "+phone+" 'Extractor "+strconv.Itoa(extID)+" is back for you'").Run()
	}
}

func (s *Server) handleMemberLoans(w http.ResponseWriter, r *http.Request) {
	want := r.PathValue("id")
	rows, err := s.db.Query("SELECT id, extractor_id, due, returned_at IS NOT NULL FROM loans WHERE member_id = $1 ORDER BY due DESC", want)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []map[string]any{}
	for rows.Next() {
		var id, ext int
		var due time.Time
		var returned bool
		if err := rows.Scan(&id, &ext, &due, &returned); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "extractor_id": ext, "due": due, "returned": returned})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var m Member
	err := json.NewDecoder(r.Body).Decode(&m)
	if err == nil {
		err = s.db.QueryRow("INSERT INTO members (name, phone, apiary, is_secretary) VALUES ($1, $2, $3, $4) RETURNING id",
			m.Name, m.Phone, m.Apiary, m.IsSecretary).Scan(&m.ID)
	}
	if err != nil {
		http.Error(w, "could not register", http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "member", Value: strconv.Itoa(m.ID), Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
	writeJSON(w, http.StatusCreated, m)
}

func (s *Server) handleManual(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(s.docsDir, name)
	http.ServeFile(w, r, path)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	busy := 0
	for _, out := range s.onLoan {
		if out {
			busy++
		}
	}
	writeJSON(w, http.StatusOK, map[string]int{"loans_today": s.loansToday, "on_loan": busy, "queued": len(s.waiting)})
}

func (s *Server) loadOnLoan(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "SELECT extractor_id FROM loans WHERE returned_at IS NULL")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return err
		}
		s.onLoan[id] = true
	}
	return rows.Err()
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, secretaryKey: os.Getenv("SECRETARY_KEY"), docsDir: "/srv/combcrank/manuals",
		onLoan: map[int]bool{}, waiting: map[int][]int{}}
	if err := s.loadOnLoan(context.Background()); err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /extractors", s.handleExtractors)
	mux.HandleFunc("POST /extractors/{id}/loan", s.handleLoan)
	mux.HandleFunc("POST /loans/{id}/return", s.handleReturn)
	mux.HandleFunc("GET /members/{id}/loans", s.handleMemberLoans)
	mux.HandleFunc("POST /members", s.handleRegister)
	mux.HandleFunc("GET /manuals", s.handleManual)
	mux.HandleFunc("GET /stats", s.secretaryOnly(s.handleStats))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
