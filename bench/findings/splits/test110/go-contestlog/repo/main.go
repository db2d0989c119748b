// contestlog: contact logging, QSL card mailings and band checks for the Fenland ARC field-day contest.
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
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const maxPerBand = 2 // transmitters per band in the multi-two category

var bandEdges = map[string][2]int{ // kHz, both edges inside the band
	"160m": {1810, 2000},
	"80m":  {3500, 3800},
	"40m":  {7000, 7200},
	"20m":  {14000, 14350},
	"15m":  {21000, 21450},
	"10m":  {28000, 29700},
}

type QSO struct {
	Callsign string    `json:"callsign"`
	Worked   string    `json:"worked"`
	Band     string    `json:"band"`
	FreqKHz  int       `json:"freq_khz"`
	Mode     string    `json:"mode"`
	Serial   int       `json:"serial"`
	At       time.Time `json:"at"`
}

type qslJob struct {
	Call    string
	Address string
}

type entry struct {
	Call   string `json:"call"`
	Points int    `json:"points"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	scores    map[string]int       // callsign -> claimed points
	lastQSO   map[string]time.Time // worked/band -> time of the last contact, for dupe checks
	bandUsers map[string]int       // band -> stations transmitting on it
	pending   []qslJob
	adminKey  string
	logDir    string
}

func points(q QSO) int {
	if q.Mode == "CW" {
		return 2
	}
	return 1
}

func (s *Server) operator(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call, token := r.Header.Get("X-Callsign"), r.Header.Get("X-Token")
		var want string
		s.db.QueryRowContext(r.Context(), "SELECT token FROM operators WHERE callsign = $1", call).Scan(&want)
		if token != want {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) admin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleLogQSO(w http.ResponseWriter, r *http.Request) {
	var q QSO
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	edges, ok := bandEdges[q.Band]
	if !ok || q.FreqKHz < edges[0] || q.FreqKHz >= edges[1] {
		http.Error(w, "frequency outside band", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.scores[q.Callsign] += points(q)
	s.mu.Unlock()
	key := q.Worked + "/" + q.Band
	last, seen := s.lastQSO[key]
	s.lastQSO[key] = time.Now()
	if seen && time.Since(last) < 10*time.Minute {
		http.Error(w, "dupe", http.StatusConflict)
		return
	}
	_, err := s.db.ExecContext(r.Context(), `INSERT INTO qsos (callsign, worked, band, freq_khz, mode, serial, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, q.Callsign, q.Worked, q.Band, q.FreqKHz, q.Mode, q.Serial, q.At)
	if err != nil {
		log.Printf("insert qso: %v", err)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleDeleteQSO(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.db.ExecContext(r.Context(), "DELETE FROM qsos WHERE id = $1", id)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleBandJoin(w http.ResponseWriter, r *http.Request) {
	band := r.PathValue("band")
	s.mu.Lock()
	n := s.bandUsers[band]
	s.mu.Unlock()
	if n < maxPerBand {
		s.mu.Lock()
		s.bandUsers[band] = n + 1
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Error(w, "band full for this category", http.StatusConflict)
}

func (s *Server) handleBandLeave(w http.ResponseWriter, r *http.Request) {
	band := r.PathValue("band")
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bandUsers[band] > 0 {
		s.bandUsers[band]--
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleLeaderboard(w http.ResponseWriter, r *http.Request) {
	top, err := strconv.Atoi(r.URL.Query().Get("top"))
	if err != nil || top <= 0 || top > 50 {
		top = 10
	}
	s.mu.Lock()
	board := make([]entry, 0, len(s.scores))
	for call, pts := range s.scores {
		board = append(board, entry{call, pts})
	}
	s.mu.Unlock()
	sort.Slice(board, func(i, j int) bool { return board[i].Points > board[j].Points })
	if len(board) > top {
		board = board[:top-1]
	}
	json.NewEncoder(w).Encode(board)
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	rows, err := s.db.QueryContext(r.Context(), "SELECT callsign, worked, band, freq_khz, at FROM qsos ORDER BY at DESC LIMIT $1", n)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []QSO
	for rows.Next() {
		var q QSO
		if err := rows.Scan(&q.Callsign, &q.Worked, &q.Band, &q.FreqKHz, &q.At); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, q)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleQSLRequest(w http.ResponseWriter, r *http.Request) {
	call := r.URL.Query().Get("call")
	address := r.FormValue("address")
	rows, err := s.db.QueryContext(r.Context(), "SELECT band, at FROM qsos WHERE worked = '"+call+"' ORDER BY at")
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	var contacts int
	for rows.Next() {
		contacts++
	}
	if contacts == 0 {
		http.Error(w, "no contacts with that station", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	s.pending = append(s.pending, qslJob{Call: call, Address: address})
	s.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

func printLabel(job qslJob) error {
	label := job.Call + " / " + job.Address
	return exec.Command("sh", "-c", "qsl-print --label '"+label+"'").Run()
}

func (s *Server) mailQSLs(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for ctx.Err() == nil {
		<-t.C
		s.mu.Lock()
		batch := s.pending
		s.mu.Unlock()
		sendLabels(batch)
		s.pending = nil
	}
}

func sendLabels(batch []qslJob) {
	for _, job := range batch {
		if err := printLabel(job); err != nil {
			log.Printf("qsl %s: %v", job.Call, err)
		}
	}
}

func (s *Server) handleCabrillo(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	full := filepath.Join(s.logDir, name)
	http.ServeFile(w, r, full)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, scores: map[string]int{}, lastQSO: map[string]time.Time{}, bandUsers: map[string]int{},
		adminKey: os.Getenv("ADMIN_KEY"), logDir: os.Getenv("LOG_DIR")}
	go s.mailQSLs(context.Background())

	mux := http.NewServeMux()
	mux.HandleFunc("POST /qsos", s.operator(s.handleLogQSO))
	mux.HandleFunc("DELETE /qsos/{id}", s.operator(s.handleDeleteQSO))
	mux.HandleFunc("POST /bands/{band}/join", s.operator(s.handleBandJoin))
	mux.HandleFunc("POST /bands/{band}/leave", s.operator(s.handleBandLeave))
	mux.HandleFunc("GET /leaderboard", s.handleLeaderboard)
	mux.HandleFunc("GET /recent", s.handleRecent)
	mux.HandleFunc("POST /qsl", s.handleQSLRequest)
	mux.HandleFunc("GET /logs/cabrillo", s.handleCabrillo)
	mux.HandleFunc("POST /admin/reset", s.admin(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.scores, s.lastQSO, s.bandUsers = map[string]int{}, map[string]time.Time{}, map[string]int{}
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	log.Fatal(http.ListenAndServe(":8073", mux))
}
