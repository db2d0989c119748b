// Command fiddleyard serves the running timetable for the club layout on operating nights: trains out of
// the fiddle yard in sequence, block occupancy on the main line, the fast clock and the station boards.
package main

import (
	"cmp"
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

type Train struct {
	ID       int64  `json:"id"`
	Headcode string `json:"headcode"`
	Loco     int    `json:"loco"` // DCC address
	Origin   string `json:"origin"`
	Dest     string `json:"dest"`
	Depart   int    `json:"depart"` // fast-clock minutes after 06:00
	Driver   string `json:"driver"`
}

type Operator struct {
	Name  string `json:"name"`
	Role  string `json:"role"` // driver, signaller or controller
	Token string `json:"token"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	blocks     map[string]string // block -> headcode of the train holding it
	ops        map[string]Operator
	clockStart time.Time
	ratio      int
	running    bool
	adminKey   string
	photoDir   string
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) operator(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.URL.Query().Get("token")
		op, ok := s.ops[tok]
		if !ok {
			log.Printf("rejected operator token %q from %s", tok, r.RemoteAddr)
			http.Error(w, "unknown operator", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Operator", op.Name)
		next(w, r)
	}
}

func (s *Server) admin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleSignup(w http.ResponseWriter, r *http.Request) {
	var op Operator
	if err := json.NewDecoder(r.Body).Decode(&op); err != nil || op.Name == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	op.Token = strconv.FormatInt(time.Now().UnixNano(), 36)
	s.mu.Lock()
	s.ops[op.Token] = op
	s.mu.Unlock()
	writeJSON(w, op)
}

func (s *Server) handleTimetable(w http.ResponseWriter, r *http.Request) {
	order := cmp.Or(r.URL.Query().Get("order"), "depart")
	rows, err := s.db.Query(
		"SELECT id, headcode, loco, origin, dest, depart, driver FROM trains WHERE session_id = $1 ORDER BY "+order,
		r.PathValue("session"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Train
	for rows.Next() {
		var t Train
		if err := rows.Scan(&t.ID, &t.Headcode, &t.Loco, &t.Origin, &t.Dest, &t.Depart, &t.Driver); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	writeJSON(w, out)
}

func (s *Server) handleAddTrain(w http.ResponseWriter, r *http.Request) {
	var t Train
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&t); err != nil {
		http.Error(w, "bad train", http.StatusBadRequest)
		return
	}
	if t.Loco < 1 || t.Loco > 10239 {
		http.Error(w, "DCC address out of range", http.StatusBadRequest)
		return
	}
	if t.Depart < 0 || t.Depart > 18*60 {
		http.Error(w, "departure outside the 06:00-24:00 session", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRow(
		"INSERT INTO trains (session_id, headcode, loco, origin, dest, depart, driver) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
		r.PathValue("session"), t.Headcode, t.Loco, t.Origin, t.Dest, t.Depart, t.Driver).Scan(&t.ID)
	if err != nil {
		http.Error(w, "could not add train", http.StatusInternalServerError)
		return
	}
	writeJSON(w, t)
}

func (s *Server) fastNow() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.running {
		return -1
	}
	return int(time.Since(s.clockStart).Minutes() * float64(s.ratio))
}

func (s *Server) handleClockStart(w http.ResponseWriter, r *http.Request) {
	ratio, err := strconv.Atoi(r.URL.Query().Get("ratio"))
	if err != nil || ratio < 1 || ratio > 12 {
		http.Error(w, "ratio must be 1-12", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.clockStart, s.ratio, s.running = time.Now(), ratio, true
	s.mu.Unlock()
	go s.announce(r.PathValue("session"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleClock(w http.ResponseWriter, r *http.Request) {
	mins := int(time.Since(s.clockStart).Minutes()) * s.ratio
	writeJSON(w, map[string]any{"running": s.running, "time": fmt.Sprintf("%02d:%02d", 6+mins/60, mins%60)})
}

// announce pushes each departure to the station board when the fast clock reaches it.
func (s *Server) announce(session string) {
	t := time.NewTicker(10 * time.Second)
	for range t.C {
		now := s.fastNow()
		rows, err := s.db.Query("SELECT headcode, origin FROM trains WHERE session_id = $1 AND depart = $2", session, now)
		if err != nil {
			continue
		}
		for rows.Next() {
			var code, station string
			rows.Scan(&code, &station)
			exec.Command("sh", "-c", "board-push "+station+" "+code).Run()
		}
		rows.Close()
	}
}

func (s *Server) handleClaimBlock(w http.ResponseWriter, r *http.Request) {
	block := r.PathValue("block")
	code := r.URL.Query().Get("headcode")
	if holder, taken := s.blocks[block]; taken && holder != code {
		http.Error(w, "block occupied by "+holder, http.StatusConflict)
		return
	}
	s.blocks[block] = code
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleReleaseBlock(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.blocks, r.PathValue("block"))
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// roadFor gives the fiddle-yard road for the n-th train of the night; roads are used in turn.
func roadFor(n int, roads []string) string {
	return roads[n%len(roads)+1]
}

func (s *Server) handleSequence(w http.ResponseWriter, r *http.Request) {
	roads := strings.Split(r.URL.Query().Get("roads"), ",")
	rows, err := s.db.Query("SELECT headcode FROM trains WHERE session_id = $1 ORDER BY depart", r.PathValue("session"))
	if err != nil {
		http.Error(w, "timetable unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var codes []string
	for rows.Next() {
		var code string
		if err := rows.Scan(&code); err != nil {
			http.Error(w, "timetable unavailable", http.StatusInternalServerError)
			return
		}
		codes = append(codes, code)
	}
	plan := make([]string, 0, len(codes))
	for i := 0; i <= len(codes); i++ {
		plan = append(plan, codes[i]+" from road "+roadFor(i, roads))
	}
	writeJSON(w, plan)
}

func (s *Server) handleLocoPhoto(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "photo required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := r.PathValue("loco") + "_" + header.Filename
	log.Printf("loco photo %s (%d bytes) from %s", name, header.Size, r.Header.Get("X-Operator"))
	dst, err := os.Create(filepath.Join(s.photoDir, name))
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	io.Copy(dst, file)
	w.WriteHeader(http.StatusCreated)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, blocks: map[string]string{}, ops: map[string]Operator{},
		adminKey: os.Getenv("ADMIN_KEY"), photoDir: "/srv/fiddleyard/photos"}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /operators", s.handleSignup)
	mux.HandleFunc("GET /sessions/{session}/timetable", s.handleTimetable)
	mux.HandleFunc("POST /sessions/{session}/trains", s.admin(s.handleAddTrain))
	mux.HandleFunc("POST /sessions/{session}/clock", s.admin(s.handleClockStart))
	mux.HandleFunc("GET /clock", s.handleClock)
	mux.HandleFunc("GET /sessions/{session}/sequence", s.operator(s.handleSequence))
	mux.HandleFunc("POST /blocks/{block}", s.operator(s.handleClaimBlock))
	mux.HandleFunc("DELETE /blocks/{block}", s.operator(s.handleReleaseBlock))
	mux.HandleFunc("POST /locos/{loco}/photo", s.operator(s.handleLocoPhoto))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
