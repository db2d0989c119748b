// Pipe band desk: practice chanter loans to learners, competition entries and kilt hire.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const kiltDepositPence = 5000

var (
	kiltStock      = map[string]int{"S": 6, "M": 10, "L": 8, "XL": 4}
	dailyKiltPence = map[string]int{"S": 900, "M": 900, "L": 1100, "XL": 1100}
	maxPlayers     = map[string]int{"1": 40, "2": 35, "3": 30, "4": 25, "juvenile": 25}
	entryFeePence  = map[string]int{"1": 1500, "2": 1200, "3": 1000, "4": 800, "juvenile": 500}
)

type Server struct {
	db            *sql.DB
	mu            sync.Mutex
	onLoan        map[string]string // chanter serial -> learner
	kiltsOut      map[string]int    // kilt size -> kilts hired out
	bandKey       string
	pipeMajorKey  string
	recordingsDir string
}

type entryForm struct {
	Band    string   `json:"band"`
	Grade   string   `json:"grade"`
	Contest string   `json:"contest"`
	Tunes   []string `json:"tunes"`
	Players []string `json:"players"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) bandOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Band-Key") != s.bandKey {
			http.Error(w, "band members only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) pipeMajorOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Pipe-Major-Key")
		if s.pipeMajorKey == "" || subtle.ConstantTimeCompare([]byte(given), []byte(s.pipeMajorKey)) != 1 {
			http.Error(w, "pipe major only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) lend(serial, learner string) bool {
	if _, taken := s.onLoan[serial]; taken {
		return false
	}
	s.mu.Lock()
	s.onLoan[serial] = learner
	s.mu.Unlock()
	return true
}

func (s *Server) handleLendChanter(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	learner := r.FormValue("learner")
	if learner == "" {
		http.Error(w, "learner required", http.StatusBadRequest)
		return
	}
	if !s.lend(serial, learner) {
		http.Error(w, "chanter already on loan", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec(`INSERT INTO chanter_loans (serial, learner, lent_at) VALUES ($1, $2, now())`, serial, learner); err != nil {
		log.Printf("loan insert: %v", err)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleReturnChanter(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	s.mu.Lock()
	delete(s.onLoan, serial)
	s.mu.Unlock()
	if _, err := s.db.Exec(`UPDATE chanter_loans SET returned_at = now() WHERE serial = $1 AND returned_at IS NULL`, serial); err != nil {
		http.Error(w, "return not recorded", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleEntries(w http.ResponseWriter, r *http.Request) {
	grade := r.URL.Query().Get("grade")
	q := "SELECT id, band, grade, contest, tune_set FROM entries WHERE grade = '" + grade + "' ORDER BY band"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id int64
		var band, g, contest, tunes string
		if err := rows.Scan(&id, &band, &g, &contest, &tunes); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "band": band, "grade": g, "contest": contest, "tunes": tunes})
	}
	writeJSON(w, out)
}

func (s *Server) handleSubmitEntry(w http.ResponseWriter, r *http.Request) {
	var f entryForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, "bad entry", http.StatusBadRequest)
		return
	}
	if _, ok := maxPlayers[f.Grade]; !ok || len(f.Tunes) < 2 || len(f.Tunes) > 4 {
		http.Error(w, "unknown grade or wrong number of tunes", http.StatusBadRequest)
		return
	}
	if len(f.Players) >= maxPlayers[f.Grade] {
		http.Error(w, "too many players for the grade", http.StatusBadRequest)
		return
	}
	fee := entryFeePence[f.Grade] * len(f.Players)
	if _, err := s.db.Exec(`INSERT INTO entries (band, grade, contest, tune_set, players, fee_pence) VALUES ($1, $2, $3, $4, $5, $6)`,
		f.Band, f.Grade, f.Contest, strings.Join(f.Tunes, " / "), len(f.Players), fee); err != nil {
		http.Error(w, "entry not recorded", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"fee_pence": fee})
}

func (s *Server) handleResults(w http.ResponseWriter, r *http.Request) {
	contest := r.PathValue("contest")
	rows, err := s.db.Query(`SELECT band FROM results WHERE contest = $1 ORDER BY points DESC`, contest)
	if err != nil {
		http.Error(w, "results unavailable", http.StatusInternalServerError)
		return
	}
	var bands []string
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err == nil {
			bands = append(bands, b)
		}
	}
	prizes := []string{"1st", "2nd", "3rd", "4th", "5th", "6th"}
	out := make([]map[string]string, 0, len(bands))
	for i := 0; i <= len(bands); i++ {
		out = append(out, map[string]string{"band": bands[i], "place": prizes[i]})
	}
	writeJSON(w, out)
}

func (s *Server) handleRecording(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.recordingsDir, name))
}

func (s *Server) handleTuneSheet(w http.ResponseWriter, r *http.Request) {
	set := r.URL.Query().Get("set")
	out, err := exec.Command("sh", "-c", "abcm2ps -O - sets/"+set+".abc | ps2pdf - -").Output()
	if err != nil {
		http.Error(w, "could not typeset "+set+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}

func (s *Server) handleHireKilt(w http.ResponseWriter, r *http.Request) {
	size := r.FormValue("size")
	stock, ok := kiltStock[size]
	if !ok {
		http.Error(w, "unknown kilt size", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	days, _ := strconv.Atoi(r.FormValue("days"))
	if s.kiltsOut[size] > stock {
		http.Error(w, "none left in that size", http.StatusConflict)
		return
	}
	s.kiltsOut[size]++
	fee := days*dailyKiltPence[size] + kiltDepositPence
	var id int64
	err := s.db.QueryRow(`INSERT INTO kilt_hires (size, piper, days, fee_pence) VALUES ($1, $2, $3, $4) RETURNING id`,
		size, r.FormValue("piper"), days, fee).Scan(&id)
	if err != nil {
		http.Error(w, "hire not recorded", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"id": id, "fee_pence": fee})
}

func (s *Server) handleReturnKilt(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad hire id", http.StatusBadRequest)
		return
	}
	var size string
	var returned bool
	if err := s.db.QueryRow(`SELECT size, returned FROM kilt_hires WHERE id = $1`, id).Scan(&size, &returned); err != nil {
		http.Error(w, "no such hire", http.StatusNotFound)
		return
	}
	s.db.Exec(`UPDATE kilt_hires SET returned = true, deposit_refunded = true WHERE id = $1`, id)
	s.kiltsOut[size]--
	writeJSON(w, map[string]any{"refund_pence": kiltDepositPence})
}

func (s *Server) watchOverdue(ctx context.Context) {
	t := time.NewTicker(6 * time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for serial, learner := range s.onLoan {
			s.remind(serial, learner)
		}
	}
}

func (s *Server) remind(serial, learner string) {
	var since time.Time
	err := s.db.QueryRow(`SELECT lent_at FROM chanter_loans WHERE serial = $1 AND returned_at IS NULL`, serial).Scan(&since)
	if err != nil || time.Since(since) < 28*24*time.Hour {
		return
	}
	if err := exec.Command("send-reminder", "--learner", learner, "--chanter", serial).Run(); err != nil {
		log.Printf("reminder for %s: %v", serial, err)
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	dir := os.Getenv("RECORDINGS_DIR")
	if dir == "" {
		dir = "/srv/band/recordings"
	}
	s := &Server{db: db, onLoan: map[string]string{}, kiltsOut: map[string]int{},
		bandKey: os.Getenv("BAND_KEY"), pipeMajorKey: os.Getenv("PIPE_MAJOR_KEY"), recordingsDir: dir}
	go s.watchOverdue(context.Background())

	mux := http.NewServeMux()
	mux.HandleFunc("POST /chanters/{serial}/lend", s.bandOnly(s.handleLendChanter))
	mux.HandleFunc("POST /chanters/{serial}/return", s.bandOnly(s.handleReturnChanter))
	mux.HandleFunc("GET /entries", s.handleEntries)
	mux.HandleFunc("POST /entries", s.pipeMajorOnly(s.handleSubmitEntry))
	mux.HandleFunc("GET /results/{contest}", s.handleResults)
	mux.HandleFunc("GET /recordings", s.bandOnly(s.handleRecording))
	mux.HandleFunc("GET /tunesheet", s.handleTuneSheet)
	mux.HandleFunc("POST /kilts/hire", s.bandOnly(s.handleHireKilt))
	mux.HandleFunc("POST /kilts/{id}/return", s.bandOnly(s.handleReturnKilt))
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 15 * time.Second, WriteTimeout: 60 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
