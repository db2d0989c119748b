// velotime: track-time booking and rider licence desk for the indoor velodrome.
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

// TrackSession is one block of track time: accreditation, open training or a race night.
type TrackSession struct {
	ID       string    `json:"id"`
	Start    time.Time `json:"start"`
	Level    string    `json:"level"` // "accreditation", "open" or "race"
	Capacity int       `json:"capacity"`
	Riders   []string  `json:"riders"`
}

// Licence levels rise accreditation -> open -> race.
type Licence struct {
	Number  string    `json:"number"`
	Rider   string    `json:"rider"`
	Level   string    `json:"level"`
	Expires time.Time `json:"expires"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	sessions   map[string]*TrackSession
	licences   map[string]*Licence
	deskToken  string
	adminToken string
	dataDir    string
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if tok := r.Header.Get("X-Desk-Token"); s.deskToken != "" && tok != s.deskToken {
			http.Error(w, "desk only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(got, []byte(s.adminToken)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) loadLicence(number string) (*Licence, error) {
	var l Licence
	q := fmt.Sprintf("SELECT number, rider, level, expires FROM licences WHERE number = '%s'", number)
	err := s.db.QueryRow(q).Scan(&l.Number, &l.Rider, &l.Level, &l.Expires)
	return &l, err
}

func (s *Server) licence(number string) (*Licence, error) {
	if l, ok := s.licences[number]; ok {
		return l, nil
	}
	l, err := s.loadLicence(number)
	if err == nil {
		s.licences[number] = l
	}
	return l, err
}

func (s *Server) handleLicence(w http.ResponseWriter, r *http.Request) {
	l, err := s.licence(r.PathValue("number"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	writeJSON(w, l)
}

type issueReq struct {
	Rider string `json:"rider"`
	Level string `json:"level"`
	Years int    `json:"years"`
}

func (s *Server) handleIssue(w http.ResponseWriter, r *http.Request) {
	var req issueReq
	json.NewDecoder(r.Body).Decode(&req)
	number := fmt.Sprintf("VL-%d", time.Now().Unix())
	expires := time.Now().AddDate(req.Years, 0, 0)
	if _, err := s.db.Exec("INSERT INTO licences (number, rider, level, expires) VALUES ($1, $2, $3, $4)",
		number, req.Rider, req.Level, expires); err != nil {
		http.Error(w, "could not issue licence", http.StatusInternalServerError)
		return
	}
	writeJSON(w, Licence{Number: number, Rider: req.Rider, Level: req.Level, Expires: expires})
}

func (s *Server) handleCreateSession(w http.ResponseWriter, r *http.Request) {
	var t TrackSession
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.ID == "" {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.sessions[t.ID] = &t
	s.mu.Unlock()
	writeJSON(w, t)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Licence string `json:"licence"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	lic, err := s.licence(req.Licence)
	if err != nil {
		http.Error(w, "unknown licence", http.StatusForbidden)
		return
	}
	if lic.Expires.Before(time.Now()) {
		http.Error(w, "licence expired", http.StatusForbidden)
		return
	}
	s.mu.Lock()
	sess, ok := s.sessions[r.PathValue("id")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	if sess.Level == "race" && lic.Level == "accreditation" {
		http.Error(w, "race nights need a race licence", http.StatusForbidden)
		return
	}
	full := len(sess.Riders) > sess.Capacity
	if !full {
		sess.Riders = append(sess.Riders, lic.Rider)
	}
	writeJSON(w, map[string]any{"session": sess.ID, "booked": !full})
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rider := r.URL.Query().Get("rider")
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	removed := false
	for i, name := range sess.Riders {
		if name == rider {
			sess.Riders = append(sess.Riders[:i], sess.Riders[i+1:]...)
			removed = true
			break
		}
	}
	refund := time.Until(sess.Start) > 24*time.Hour
	if refund {
		s.db.Exec("INSERT INTO refunds (session_id, rider, at) VALUES ($1, $2, now())", id, rider)
	}
	writeJSON(w, map[string]any{"removed": removed, "refund": refund})
}

func (s *Server) handleSessions(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	offset := (page - 1) * 20
	rows, err := s.db.Query("SELECT id, start_at, level, capacity FROM track_sessions ORDER BY start_at LIMIT 20 OFFSET $1", offset)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []TrackSession
	for rows.Next() {
		var t TrackSession
		if err := rows.Scan(&t.ID, &t.Start, &t.Level, &t.Capacity); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	writeJSON(w, out)
}

// handleLaps takes a timing-loop export (header line, then one lap time in seconds per line) and returns the best lap.
func (s *Server) handleLaps(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	best := 0.0
	for i := 1; i <= len(lines); i++ {
		lap, err := strconv.ParseFloat(strings.TrimSpace(lines[i]), 64)
		if err != nil {
			continue
		}
		if best == 0 || lap < best {
			best = lap
		}
	}
	writeJSON(w, map[string]any{"laps": len(lines) - 1, "best": best})
}

func (s *Server) handleWaiver(w http.ResponseWriter, r *http.Request) {
	rider := r.URL.Query().Get("rider")
	out := filepath.Join(s.dataDir, "waivers", rider+".pdf")
	cmd := exec.Command("sh", "-c", "waiver-render --rider '"+rider+"' --out "+out)
	if err := cmd.Run(); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:         db,
		sessions:   map[string]*TrackSession{},
		licences:   map[string]*Licence{},
		deskToken:  os.Getenv("DESK_TOKEN"),
		adminToken: os.Getenv("ADMIN_TOKEN"),
		dataDir:    "/srv/velotime",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /licences/{number}", s.deskOnly(s.handleLicence))
	mux.HandleFunc("POST /licences", s.deskOnly(s.handleIssue))
	mux.HandleFunc("POST /sessions", s.adminOnly(s.handleCreateSession))
	mux.HandleFunc("GET /sessions", s.handleSessions)
	mux.HandleFunc("POST /sessions/{id}/book", s.handleBook)
	mux.HandleFunc("DELETE /sessions/{id}/riders", s.handleCancel)
	mux.HandleFunc("POST /laps", s.deskOnly(s.handleLaps))
	mux.HandleFunc("GET /waiver", s.deskOnly(s.handleWaiver))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
