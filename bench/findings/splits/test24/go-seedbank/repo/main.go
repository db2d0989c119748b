// Seed-bank germination test records: accessions, germination tests, seed withdrawals, labels.
package main

import (
	"context"
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db         *sql.DB
	curatorKey string
	photoDir   string
	regenURL   string
	passRate   float64 // a lot passes when at least this share germinates
	seq        int
	mu         sync.RWMutex
	cache      map[string]SpeciesStats
}

type Accession struct {
	ID          string  `json:"id"`
	Species     string  `json:"species"`
	CollectedOn string  `json:"collected_on"`
	BalanceG    float64 `json:"balance_g"`
}

type SpeciesStats struct {
	Species  string  `json:"species"`
	Tests    int     `json:"tests"`
	MeanRate float64 `json:"mean_rate"`
}

type testRequest struct {
	AccessionID string `json:"accession_id"`
	Sown        int    `json:"sown"`
	DailyCounts []int  `json:"daily_counts"`
	TestedOn    string `json:"tested_on"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) curator(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Curator-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.curatorKey)) != 1 {
			http.Error(w, "curators only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) listAccessions(w http.ResponseWriter, r *http.Request) {
	limit := r.URL.Query().Get("limit")
	if limit == "" {
		limit = "50"
	}
	species := r.URL.Query().Get("species")
	q := fmt.Sprintf("SELECT id, species, collected_on, balance_g FROM accessions WHERE species ILIKE '%%%s%%' ORDER BY id LIMIT %s", species, limit)
	rows, err := s.db.QueryContext(r.Context(), q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	out := []Accession{}
	for rows.Next() {
		var a Accession
		if err := rows.Scan(&a.ID, &a.Species, &a.CollectedOn, &a.BalanceG); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, a)
	}
	writeJSON(w, out)
}

func (s *Server) listTests(w http.ResponseWriter, r *http.Request) {
	from, to := r.URL.Query().Get("from"), r.URL.Query().Get("to") // both inclusive, YYYY-MM-DD
	rows, err := s.db.QueryContext(r.Context(),
		`SELECT id, accession_id, sown, germinated, rate, passed, tested_on FROM germination_tests WHERE tested_on >= $1 AND tested_on < $2 ORDER BY tested_on`, from, to)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type row struct {
		ID, AccessionID, TestedOn string
		Sown, Germinated          int
		Rate                      float64
		Passed                    bool
	}
	out := []row{}
	for rows.Next() {
		var t row
		if err := rows.Scan(&t.ID, &t.AccessionID, &t.Sown, &t.Germinated, &t.Rate, &t.Passed, &t.TestedOn); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	writeJSON(w, out)
}

func (s *Server) createTest(w http.ResponseWriter, r *http.Request) {
	var req testRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	s.seq++
	id := fmt.Sprintf("GT-%s-%04d", time.Now().Format("20060102"), s.seq)
	germinated := totalGerminated(req.DailyCounts)
	rate := germinationRate(germinated, req.Sown)
	passed := rate > s.passRate
	_, err := s.db.ExecContext(r.Context(),
		`INSERT INTO germination_tests (id, accession_id, sown, germinated, rate, passed, tested_on, t50) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		id, req.AccessionID, req.Sown, germinated, rate, passed, req.TestedOn, daysTo50(req.DailyCounts, req.Sown))
	if err != nil {
		http.Error(w, "insert failed", http.StatusInternalServerError)
		return
	}
	if !passed {
		go s.requestRegeneration(req.AccessionID, rate)
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, map[string]any{"id": id, "rate": rate, "passed": passed})
}

func (s *Server) requestRegeneration(accession string, rate float64) {
	body := strings.NewReader(fmt.Sprintf(`{"accession":%q,"rate":%.1f}`, accession, rate))
	resp, err := http.Post(s.regenURL, "application/json", body)
	if err != nil {
		log.Printf("regeneration request for %s: %v", accession, err)
		return
	}
	resp.Body.Close()
}

func (s *Server) deleteTest(w http.ResponseWriter, r *http.Request) {
	s.db.ExecContext(r.Context(), `DELETE FROM germination_tests WHERE id = $1`, r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) withdrawSeed(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	grams, err := strconv.ParseFloat(r.FormValue("grams"), 64)
	if err != nil {
		http.Error(w, "grams must be a number", http.StatusBadRequest)
		return
	}
	var balance float64
	err = s.db.QueryRowContext(r.Context(), `SELECT balance_g FROM accessions WHERE id = $1`, id).Scan(&balance)
	if err != nil || grams > balance {
		http.Error(w, "unknown accession or not enough seed", http.StatusConflict)
		return
	}
	_, err = s.db.ExecContext(r.Context(), `UPDATE accessions SET balance_g = $2 WHERE id = $1`, id, balance-grams)
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]float64{"balance_g": balance - grams})
}

func (s *Server) testPhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}

func printLabel(printer, accession string) error {
	cmd := exec.Command("sh", "-c", fmt.Sprintf("zint -b QRCODE -d '%s' --direct | lpr -P %s", accession, printer))
	return cmd.Run()
}

func (s *Server) labelHandler(w http.ResponseWriter, r *http.Request) {
	if err := printLabel(r.URL.Query().Get("printer"), r.PathValue("id")); err != nil {
		http.Error(w, "printing failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) computeStats(ctx context.Context, species string) SpeciesStats {
	st := SpeciesStats{Species: species}
	_ = s.db.QueryRowContext(ctx,
		`SELECT count(*), coalesce(avg(t.rate), 0) FROM germination_tests t JOIN accessions a ON a.id = t.accession_id WHERE a.species = $1`,
		species).Scan(&st.Tests, &st.MeanRate)
	return st
}

func (s *Server) speciesStats(w http.ResponseWriter, r *http.Request) {
	species := r.PathValue("species")
	s.mu.RLock()
	st, ok := s.cache[species]
	if !ok {
		st = s.computeStats(r.Context(), species)
		s.cache[species] = st
	}
	s.mu.RUnlock()
	writeJSON(w, st)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, curatorKey: os.Getenv("CURATOR_KEY"), photoDir: "/srv/seedbank/photos",
		regenURL: os.Getenv("REGEN_URL"), passRate: 85, cache: map[string]SpeciesStats{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /accessions", s.listAccessions)
	mux.HandleFunc("POST /accessions/{id}/withdraw", s.curator(s.withdrawSeed))
	mux.HandleFunc("POST /accessions/{id}/label", s.curator(s.labelHandler))
	mux.HandleFunc("GET /species/{species}/stats", s.speciesStats)
	mux.HandleFunc("GET /tests", s.listTests)
	mux.HandleFunc("GET /tests/photo", s.testPhoto)
	mux.HandleFunc("POST /tests", s.curator(s.createTest))
	mux.HandleFunc("DELETE /tests/{id}", s.deleteTest)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
