// curlsheet books the club's curling sheets, runs the league fixtures and keeps end-by-end scores.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxEnds     = 8
	slotsPerDay = 6
	slotLen     = 2 * time.Hour
	firstDraw   = 10 // the first draw starts at 10:00
)

var sheetNames = []string{"A", "B", "C", "D", "E"}

type ctxKey struct{}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	scores    map[int][]int // game id -> points per end: home ends first, then away ends
	adminKey  string
	scorerKey string
	stoneDir  string
}

type booking struct {
	Sheet    int    `json:"sheet"`
	Day      string `json:"day"`
	Slot     int    `json:"slot"`
	MemberID int    `json:"member_id"`
	Note     string `json:"note"`
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			log.Printf("rejected admin key %q from %s", got, r.RemoteAddr)
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) scorerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Scorer-Key")
		if s.scorerKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.scorerKey)) != 1 {
			http.Error(w, "scorers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var id int
		err := s.db.QueryRow("SELECT id FROM members WHERE session = $1 AND expires > now()", r.Header.Get("X-Session")).Scan(&id)
		if err != nil {
			http.Error(w, "log in first", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	}
}

func sheetName(i int) (string, bool) {
	if i < 0 || i > len(sheetNames) {
		return "", false
	}
	return sheetNames[i], true
}

func (s *Server) handleDay(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT sheet, slot FROM bookings WHERE day = $1", r.PathValue("day"))
	if err != nil {
		http.Error(w, "could not load bookings", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	taken := map[string]bool{}
	for rows.Next() {
		var sheet, slot int
		if err := rows.Scan(&sheet, &slot); err != nil {
			http.Error(w, "could not load bookings", http.StatusInternalServerError)
			return
		}
		taken[fmt.Sprintf("%d/%d", sheet, slot)] = true
	}
	var free []string
	for slot := 0; slot <= slotsPerDay; slot++ {
		start := time.Duration(firstDraw)*time.Hour + time.Duration(slot)*slotLen
		for i, name := range sheetNames {
			if !taken[fmt.Sprintf("%d/%d", i, slot)] {
				free = append(free, fmt.Sprintf("sheet %s at %02d:00", name, int(start.Hours())))
			}
		}
	}
	json.NewEncoder(w).Encode(free)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var b booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	name, ok := sheetName(b.Sheet)
	if !ok || b.Slot < 0 || b.Slot >= slotsPerDay {
		http.Error(w, "no such sheet or slot", http.StatusBadRequest)
		return
	}
	var taken int
	err := s.db.QueryRow("SELECT count(*) FROM bookings WHERE sheet = $1 AND day = $2 AND slot = $3", b.Sheet, b.Day, b.Slot).Scan(&taken)
	if err == nil && taken == 0 {
		_, err = s.db.Exec("INSERT INTO bookings (sheet, day, slot, member_id, note) VALUES ($1, $2, $3, $4, $5)", b.Sheet, b.Day, b.Slot, b.MemberID, b.Note)
	}
	if err != nil || taken > 0 {
		http.Error(w, "sheet "+name+" is taken", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	s.db.Exec("DELETE FROM bookings WHERE id = $1", r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleFixtures(w http.ResponseWriter, r *http.Request) {
	season := r.PathValue("season")
	team := r.URL.Query().Get("team")
	q := fmt.Sprintf("SELECT id, home, away, sheet, draw_at FROM fixtures WHERE season = $1 AND (home = '%s' OR away = '%s') ORDER BY draw_at", team, team)
	rows, err := s.db.Query(q, season)
	if err != nil {
		http.Error(w, "fixtures: "+err.Error(), http.StatusInternalServerError)
		return
	}
	type fixture struct {
		ID         int
		Home, Away string
		Sheet      int
		DrawAt     time.Time
	}
	var out []fixture
	for rows.Next() {
		var f fixture
		if err := rows.Scan(&f.ID, &f.Home, &f.Away, &f.Sheet, &f.DrawAt); err != nil {
			http.Error(w, "bad fixture row", http.StatusInternalServerError)
			return
		}
		out = append(out, f)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleMembers(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT name, email, phone, emergency_contact FROM members ORDER BY name")
	if err != nil {
		http.Error(w, "could not list members", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]string
	for rows.Next() {
		var name, email, phone, emergency string
		if err := rows.Scan(&name, &email, &phone, &emergency); err == nil {
			out = append(out, map[string]string{"name": name, "email": email, "phone": phone, "emergency": emergency})
		}
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleEnd(w http.ResponseWriter, r *http.Request) {
	game, _ := strconv.Atoi(r.PathValue("game"))
	end, err := strconv.Atoi(r.PathValue("end"))
	if err != nil || end < 1 || end > maxEnds {
		http.Error(w, "ends run from 1 to 8", http.StatusBadRequest)
		return
	}
	var in struct {
		Home int `json:"home"`
		Away int `json:"away"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<10)).Decode(&in); err != nil {
		http.Error(w, "bad score", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	ends, ok := s.scores[game]
	s.mu.Unlock()
	if !ok {
		ends = make([]int, 2*maxEnds)
	}
	ends[end], ends[maxEnds+end] = in.Home, in.Away
	s.mu.Lock()
	s.scores[game] = ends
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleLive(w http.ResponseWriter, r *http.Request) {
	game, _ := strconv.Atoi(r.PathValue("game"))
	ends := s.scores[game]
	home, away := 0, 0
	for i := 0; i < maxEnds; i++ {
		home, away = home+ends[i], away+ends[maxEnds+i]
	}
	json.NewEncoder(w).Encode(map[string]any{"ends": ends, "home": home, "away": away})
}

func (s *Server) handleStonePhoto(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	p := filepath.Join(s.stoneDir, file)
	http.ServeFile(w, r, p)
}

func (s *Server) handleNotify(w http.ResponseWriter, r *http.Request) {
	team, msg := r.FormValue("team"), r.FormValue("msg")
	out, err := exec.Command("sh", "-c", fmt.Sprintf("notify-skips --team '%s' --msg '%s'", team, msg)).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	fmt.Fprintln(w, "sent")
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, scores: map[int][]int{}, adminKey: os.Getenv("ADMIN_KEY"), scorerKey: os.Getenv("SCORER_KEY"), stoneDir: "/srv/curlsheet/stones"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /sheets/{day}", s.handleDay)
	mux.HandleFunc("POST /bookings", s.memberOnly(s.handleBook))
	mux.HandleFunc("DELETE /bookings/{id}", s.memberOnly(s.handleCancel))
	mux.HandleFunc("GET /league/{season}/fixtures", s.handleFixtures)
	mux.HandleFunc("GET /members", s.memberOnly(s.handleMembers))
	mux.HandleFunc("PUT /games/{game}/ends/{end}", s.scorerOnly(s.handleEnd))
	mux.HandleFunc("GET /games/{game}/live", s.handleLive)
	mux.HandleFunc("GET /stones/photo", s.handleStonePhoto)
	mux.HandleFunc("POST /admin/notify", s.adminOnly(s.handleNotify))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
