// Command cluehunt runs the desk of a cryptic treasure hunt: clue releases, team check-ins and hint penalties.
package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	hintPenaltyMinutes = 15
	maxHintsPerClue    = 3
	checkinRadiusM     = 40.0
	firstFinderBonus   = 5 * time.Minute
)

type Clue struct {
	Number    int       `json:"number"`
	Text      string    `json:"text"`
	Answer    string    `json:"-"`
	Hints     []string  `json:"-"`
	ReleaseAt time.Time `json:"release_at"`
}

type Team struct {
	ID      string
	Name    string
	Token   string
	Solved  map[int]bool
	Hints   map[int]int
	Penalty time.Duration
	Finish  time.Duration
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	clues     []Clue // sorted by Number; numbers start at 1
	teams     map[string]*Team
	visits    map[string]int
	setterKey string
	started   time.Time
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) schedule(start time.Time, every time.Duration) {
	for i := range s.clues {
		s.clues[i].ReleaseAt = start.Add(time.Duration(s.clues[i].Number) * every)
	}
}

func (s *Server) loadClues() error {
	rows, err := s.db.Query("SELECT number, text, answer, hints FROM clues ORDER BY number")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c Clue
		var hints string
		if err := rows.Scan(&c.Number, &c.Text, &c.Answer, &hints); err != nil {
			return err
		}
		c.Hints = strings.Split(hints, "\n")
		s.clues = append(s.clues, c)
	}
	return rows.Err()
}

func (s *Server) teamOnly(next func(http.ResponseWriter, *http.Request, *Team)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		team := s.teams[r.Header.Get("X-Team")]
		s.mu.Unlock()
		if team == nil || r.Header.Get("X-Team-Token") != team.Token {
			http.Error(w, "unknown team", http.StatusUnauthorized)
			return
		}
		next(w, r, team)
	}
}

func (s *Server) setterOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Setter-Key")
		if s.setterKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.setterKey)) != 1 {
			http.Error(w, "setter key required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Name string `json:"name"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || strings.TrimSpace(in.Name) == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	id := fmt.Sprintf("t%d", time.Now().Unix())
	sum := sha256.Sum256([]byte(in.Name + id))
	team := &Team{ID: id, Name: in.Name, Token: hex.EncodeToString(sum[:16]), Solved: map[int]bool{}, Hints: map[int]int{}}
	s.mu.Lock()
	s.teams[id] = team
	s.mu.Unlock()
	writeJSON(w, map[string]string{"id": id, "token": team.Token})
}

func (s *Server) handleTeam(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, s.teams[r.PathValue("id")])
}

func (s *Server) handleClueList(w http.ResponseWriter, r *http.Request, team *Team) {
	now := time.Now()
	out := []Clue{}
	for _, c := range s.clues {
		if !now.Before(c.ReleaseAt) {
			out = append(out, c)
		}
	}
	writeJSON(w, out)
}

func (s *Server) handleClue(w http.ResponseWriter, r *http.Request, team *Team) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err == nil && n >= 0 && n <= len(s.clues) {
		writeJSON(w, s.clues[n-1])
		return
	}
	http.Error(w, "no such clue", http.StatusNotFound)
}

func (s *Server) handleAnswer(w http.ResponseWriter, r *http.Request, team *Team) {
	n, err := strconv.Atoi(r.PathValue("n"))
	var body struct {
		Answer string `json:"answer"`
	}
	if err != nil || n < 1 || n > len(s.clues) || json.NewDecoder(r.Body).Decode(&body) != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	clue := s.clues[n-1]
	correct := strings.EqualFold(strings.TrimSpace(body.Answer), clue.Answer)
	if correct {
		team.Solved[n] = true
		team.Finish = time.Since(s.started) + team.Penalty
	}
	writeJSON(w, map[string]bool{"correct": correct})
}

func (s *Server) handleHint(w http.ResponseWriter, r *http.Request, team *Team) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > len(s.clues) {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	used := team.Hints[n]
	if used > maxHintsPerClue {
		http.Error(w, "no more hints for this clue", http.StatusConflict)
		return
	}
	team.Hints[n] = used + 1
	team.Penalty += hintPenaltyMinutes * time.Minute
	writeJSON(w, map[string]string{"hint": s.clues[n-1].Hints[used]})
}

func distanceM(lat1, lon1, lat2, lon2 float64) float64 {
	x := (lon2 - lon1) * math.Cos((lat1+lat2)/2)
	y := lat2 - lat1
	return math.Sqrt(x*x+y*y) * math.Pi / 180 * 6371000
}

func (s *Server) handleCheckin(w http.ResponseWriter, r *http.Request, team *Team) {
	code := r.PathValue("code")
	q := fmt.Sprintf("SELECT lat, lon FROM checkpoints WHERE code = '%s'", code)
	var lat, lon float64
	if err := s.db.QueryRow(q).Scan(&lat, &lon); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var pos struct{ Lat, Lon float64 }
	if err := json.NewDecoder(r.Body).Decode(&pos); err != nil || distanceM(lat, lon, pos.Lat, pos.Lon) > checkinRadiusM {
		http.Error(w, "not at the checkpoint", http.StatusForbidden)
		return
	}
	s.visits[code]++
	first := s.visits[code] == 1
	if first {
		team.Penalty -= firstFinderBonus
	}
	if _, err := s.db.Exec("INSERT INTO checkins (team_id, checkpoint, at) VALUES ($1, $2, now())", team.ID, code); err != nil {
		log.Printf("checkin insert: %v", err)
	}
	writeJSON(w, map[string]bool{"first": first})
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request, team *Team) {
	rows, err := s.db.Query("SELECT checkpoint, at FROM checkins WHERE team_id = $1 ORDER BY at", team.ID)
	if err != nil {
		http.Error(w, "history unavailable", http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var code string
		var at time.Time
		rows.Scan(&code, &at)
		out = append(out, map[string]any{"checkpoint": code, "at": at})
	}
	writeJSON(w, out)
}

func (s *Server) handleAnnounce(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("channel")
	msg, _ := io.ReadAll(r.Body)
	cmd := exec.Command("sh", "-c", "announce --channel "+channel+" '"+string(msg)+"'")
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, teams: map[string]*Team{}, visits: map[string]int{}, setterKey: os.Getenv("SETTER_KEY"), started: time.Now()}
	if err := s.loadClues(); err != nil {
		log.Fatal(err)
	}
	s.schedule(s.started, 20*time.Minute)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /teams", s.handleRegister)
	mux.HandleFunc("GET /teams/{id}", s.handleTeam)
	mux.HandleFunc("GET /clues", s.teamOnly(s.handleClueList))
	mux.HandleFunc("GET /clues/{n}", s.teamOnly(s.handleClue))
	mux.HandleFunc("POST /clues/{n}/answer", s.teamOnly(s.handleAnswer))
	mux.HandleFunc("POST /clues/{n}/hint", s.teamOnly(s.handleHint))
	mux.HandleFunc("POST /checkpoints/{code}/checkin", s.teamOnly(s.handleCheckin))
	mux.HandleFunc("GET /history", s.teamOnly(s.handleHistory))
	mux.HandleFunc("POST /setter/announce", s.setterOnly(s.handleAnnounce))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
