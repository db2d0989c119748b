// ringpractice: practice-night sign-ups, the captain's bell rota, touches rung and rope wear for
// the St Aldhelm's tower band of bell ringers.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"html"
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

const (
	numBells     = 8
	maxBand      = 12 // ringers at one practice, learners included
	spliceAfter  = 4000
	compDir      = "/var/lib/ringpractice/compositions"
	practiceWday = time.Thursday
)

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	signups    map[string][]string // practice date (2006-01-02) -> ringer names
	ropeWear   map[int]int         // bell -> pulls since the rope was last spliced
	towerKey   string
	captainKey string
}

type touch struct {
	Date    string `json:"date"`
	Method  string `json:"method"`
	Changes int    `json:"changes"`
	Bells   []int  `json:"bells"`
}

func (s *Server) ringer(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if s.towerKey != "" && key != s.towerKey {
			http.Error(w, "unknown ringer", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) captain(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Captain-Key")
		if s.captainKey == "" || subtle.ConstantTimeCompare([]byte(given), []byte(s.captainKey)) != 1 {
			http.Error(w, "tower captain only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// handlePractices lists the next practice nights (Thursdays).
func (s *Server) handlePractices(w http.ResponseWriter, r *http.Request) {
	weeks, err := strconv.Atoi(r.URL.Query().Get("weeks"))
	if err != nil || weeks < 1 {
		weeks = 4
	}
	day := time.Now()
	for day.Weekday() != practiceWday {
		day = day.AddDate(0, 0, 1)
	}
	var dates []string
	for i := 0; i <= weeks; i++ {
		dates = append(dates, day.AddDate(0, 0, 7*i).Format("2006-01-02"))
	}
	json.NewEncoder(w).Encode(dates)
}

func (s *Server) handleSignup(w http.ResponseWriter, r *http.Request) {
	date := r.PathValue("date")
	name := strings.TrimSpace(r.FormValue("name"))
	if name == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	if len(s.signups[date]) > maxBand {
		http.Error(w, "practice is full", http.StatusConflict)
		return
	}
	band := s.signups[date]
	band = append(band, name)
	s.signups[date] = band
	fmt.Fprintf(w, "signed up %s for %s (%d ringers)\n", name, date, len(band))
}

func (s *Server) handleWithdraw(w http.ResponseWriter, r *http.Request) {
	date := r.PathValue("date")
	name := r.PathValue("name")
	s.mu.Lock()
	defer s.mu.Unlock()
	band := s.signups[date]
	for i, n := range band {
		if n == name {
			s.signups[date] = append(band[:i], band[i+1:]...)
			break
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleRota lets the captain say who rings which bell (1 = treble, 8 = tenor).
func (s *Server) handleRota(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Date   string         `json:"date"`
		Assign map[int]string `json:"assign"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	rota := make([]string, numBells)
	for bell, ringer := range req.Assign {
		if bell >= 1 && bell <= numBells {
			rota[bell] = ringer
		}
	}
	if _, err := s.db.Exec(`INSERT INTO rota (practice, bells) VALUES ($1, $2)
		ON CONFLICT (practice) DO UPDATE SET bells = $2`, req.Date, strings.Join(rota, ",")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleRotaPage(w http.ResponseWriter, r *http.Request) {
	date := r.PathValue("date")
	var bells string
	if err := s.db.QueryRow(`SELECT bells FROM rota WHERE practice = $1`, date).Scan(&bells); err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Practice %s</h1><table>", html.EscapeString(date))
	for i, ringer := range strings.Split(bells, ",") {
		fmt.Fprintf(w, "<tr><td>%d</td><td>%s</td></tr>", i+1, ringer)
	}
	fmt.Fprint(w, "</table>")
}

func (s *Server) handleTouch(w http.ResponseWriter, r *http.Request) {
	var t touch
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad touch", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec(`INSERT INTO touches (rung_on, method, changes) VALUES ($1, $2, $3)`,
		t.Date, t.Method, t.Changes); err != nil {
		http.Error(w, "could not log touch", http.StatusInternalServerError)
		return
	}
	for _, bell := range t.Bells {
		wear := s.ropeWear[bell]
		wear += t.Changes
		s.ropeWear[bell] = wear
		if wear >= spliceAfter {
			go s.notifySteeplekeeper(bell, t.Method)
		}
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) notifySteeplekeeper(bell int, method string) {
	msg := fmt.Sprintf("bell %d rope due for splicing after %s", bell, method)
	exec.Command("sh", "-c", "notify-steeple '"+msg+"'").Run()
}

func (s *Server) handleRopes(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	wear := make(map[int]int, len(s.ropeWear))
	for bell, pulls := range s.ropeWear {
		wear[bell] = pulls
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(wear)
}

func (s *Server) handleTouches(w http.ResponseWriter, r *http.Request) {
	method := r.URL.Query().Get("method")
	q := fmt.Sprintf(`SELECT rung_on, method, changes FROM touches WHERE method = '%s' ORDER BY rung_on DESC`, method)
	rows, _ := s.db.Query(q)
	var out []touch
	for rows.Next() {
		var t touch
		if err := rows.Scan(&t.Date, &t.Method, &t.Changes); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleComposition(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	dest := filepath.Join(compDir, name)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	if err := os.WriteFile(dest, body, 0o644); err != nil {
		http.Error(w, "write failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleRingers(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query(`SELECT name, phone, email FROM ringers ORDER BY name`)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]string
	for rows.Next() {
		var name, phone, email string
		if err := rows.Scan(&name, &phone, &email); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]string{"name": name, "phone": phone, "email": email})
	}
	json.NewEncoder(w).Encode(out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, signups: map[string][]string{}, ropeWear: map[int]int{},
		towerKey: os.Getenv("TOWER_KEY"), captainKey: os.Getenv("CAPTAIN_KEY")}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /practices", s.ringer(s.handlePractices))
	mux.HandleFunc("POST /practices/{date}/signup", s.ringer(s.handleSignup))
	mux.HandleFunc("DELETE /practices/{date}/signup/{name}", s.ringer(s.handleWithdraw))
	mux.HandleFunc("POST /rota", s.captain(s.handleRota))
	mux.HandleFunc("GET /rota/{date}", s.handleRotaPage)
	mux.HandleFunc("POST /touches", s.ringer(s.handleTouch))
	mux.HandleFunc("GET /touches", s.ringer(s.handleTouches))
	mux.HandleFunc("GET /ropes", s.ringer(s.handleRopes))
	mux.HandleFunc("PUT /compositions/{name}", s.ringer(s.handleComposition))
	mux.HandleFunc("GET /ringers", s.ringer(s.handleRingers))
	log.Fatal(http.ListenAndServe(":8088", mux))
}
