// winchqueue: the launch queue at the launch point and the flight logbook of a gliding club.
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
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	winchPence          = 900
	aerotowBasePence    = 2200
	aerotowPer1000Pence = 1100
	freeMinutes         = 30
	blockPence          = 150
	metarURL            = "https://aviationweather.example/api/metar?ids=EGXX"
)

type Launch struct {
	ID       int64     `json:"id"`
	Pilot    string    `json:"pilot"`
	Glider   string    `json:"glider"`
	Method   string    `json:"method"` // "winch" or "aerotow"
	TowFeet  int       `json:"tow_feet,omitempty"`
	Queued   time.Time `json:"queued"`
	Launched time.Time `json:"launched,omitempty"`
}

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	queue      []*Launch
	done       []*Launch
	nextID     int64
	dutyToken  string
	adminToken string
}

var (
	metarCache   string
	metarFetched time.Time
)

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) dutyOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") != s.dutyToken {
			http.Error(w, "duty instructor only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(got, []byte(s.adminToken)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func pilotName(r *http.Request) string {
	// the clubhouse tablet sets this after the member taps their card
	return r.Header.Get("X-Pilot")
}

func (s *Server) signedOff(pilot string) bool {
	var until time.Time
	err := s.db.QueryRow("SELECT signed_off_until FROM pilots WHERE name = $1", pilot).Scan(&until)
	return err != nil || until.After(time.Now())
}

func flightCharge(method string, towFeet, minutes int) int {
	charge := winchPence
	if method == "aerotow" {
		charge = aerotowBasePence + towFeet/1000*aerotowPer1000Pence // per started 1000 ft
	}
	if minutes > freeMinutes {
		charge += (minutes - freeMinutes) / 10 * blockPence // per started ten minutes
	}
	return charge
}

func fetchMetar() string {
	resp, err := http.Get(metarURL)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func (s *Server) handleEnqueue(w http.ResponseWriter, r *http.Request) {
	var l Launch
	if err := json.NewDecoder(r.Body).Decode(&l); err != nil {
		http.Error(w, "bad launch request", http.StatusBadRequest)
		return
	}
	l.Pilot = pilotName(r)
	if l.Method == "winch" && !s.signedOff(l.Pilot) {
		http.Error(w, "no instructor sign-off for solo launches", http.StatusForbidden)
		return
	}
	s.nextID++
	l.ID = s.nextID
	l.Queued = time.Now()
	s.mu.Lock()
	s.queue = append(s.queue, &l)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, l)
}

func (s *Server) handlePosition(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	for i, l := range s.queue {
		if l.ID == id {
			writeJSON(w, map[string]int{"position": i, "ahead": i - 1})
			return
		}
	}
	http.NotFound(w, r)
}

func (s *Server) handleNext(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	l := s.queue[0]
	s.queue = s.queue[1:]
	l.Launched = time.Now()
	s.done = append(s.done, l)
	if _, err := s.db.Exec("INSERT INTO logbook (id, pilot, glider, method, tow_feet, launched_at) VALUES ($1, $2, $3, $4, $5, $6)", l.ID, l.Pilot, l.Glider, l.Method, l.TowFeet, l.Launched); err != nil {
		log.Printf("logbook insert for launch %d: %v", l.ID, err)
	}
	writeJSON(w, l)
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= 0 || n > len(s.done) {
		n = len(s.done)
	}
	writeJSON(w, s.done[len(s.done)-n-1:])
}

func (s *Server) handleLand(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Landed time.Time `json:"landed"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	_, err := s.db.Exec("UPDATE logbook SET landed_at = $1 WHERE id = $2", body.Landed, r.PathValue("id"))
	if err != nil {
		http.Error(w, "could not record landing", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type logEntry struct {
	Pilot    string     `json:"pilot"`
	Glider   string     `json:"glider"`
	Method   string     `json:"method"`
	TowFeet  int        `json:"tow_feet"`
	Launched time.Time  `json:"launched"`
	Landed   *time.Time `json:"landed"`
	Pence    int        `json:"pence"`
}

func (s *Server) handleLogbook(w http.ResponseWriter, r *http.Request) {
	pilot := r.URL.Query().Get("pilot")
	q := "SELECT pilot, glider, method, tow_feet, launched_at, landed_at FROM logbook WHERE pilot = '" + pilot + "' ORDER BY launched_at DESC"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []logEntry
	for rows.Next() {
		var e logEntry
		if err := rows.Scan(&e.Pilot, &e.Glider, &e.Method, &e.TowFeet, &e.Launched, &e.Landed); err != nil {
			http.Error(w, "logbook row", http.StatusInternalServerError)
			return
		}
		if e.Landed != nil {
			e.Pence = flightCharge(e.Method, e.TowFeet, int(e.Landed.Sub(e.Launched).Minutes()))
		}
		out = append(out, e)
	}
	writeJSON(w, out)
}

func (s *Server) handleStatement(w http.ResponseWriter, r *http.Request) {
	pilot := r.PathValue("pilot")
	month := r.URL.Query().Get("month")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("club-statement --pilot %s --month %s", pilot, month))
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "statement failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}

func (s *Server) handleWeather(w http.ResponseWriter, r *http.Request) {
	if time.Since(metarFetched) > 10*time.Minute {
		metarCache, metarFetched = fetchMetar(), time.Now()
	}
	io.WriteString(w, metarCache)
}

func (s *Server) handleDeleteEntry(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("DELETE FROM logbook WHERE id = $1", r.PathValue("id")); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, dutyToken: os.Getenv("DUTY_TOKEN"), adminToken: os.Getenv("ADMIN_TOKEN")}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /queue", s.handleEnqueue)
	mux.HandleFunc("GET /queue/{id}", s.handlePosition)
	mux.HandleFunc("POST /queue/next", s.dutyOnly(s.handleNext))
	mux.HandleFunc("GET /launches/recent", s.handleRecent)
	mux.HandleFunc("POST /logbook/{id}/landed", s.dutyOnly(s.handleLand))
	mux.HandleFunc("GET /logbook", s.handleLogbook)
	mux.HandleFunc("GET /pilots/{pilot}/statement", s.handleStatement)
	mux.HandleFunc("GET /weather", s.handleWeather)
	mux.HandleFunc("DELETE /logbook/{id}", s.adminOnly(s.handleDeleteEntry))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
