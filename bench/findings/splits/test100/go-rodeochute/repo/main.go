// Command rodeochute runs a rodeo office: contestant entries per event and performance, the stock
// draw that pairs riders with bucking animals, and the vets' livestock checks before each performance.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxOutsPerDay = 2 // an animal may be bucked out at most twice a day
	restHours     = 4 // and rests at least four hours between outs
	entryFeeCents = 15000
)

var capacity = map[string]int{"bareback": 12, "saddle-bronc": 12, "bull-riding": 15, "barrels": 30, "tie-down": 20}

type Server struct {
	db       *sql.DB
	secToken string
	vetToken string
	mu       sync.Mutex
	entries  map[string]int        // entries per "performance/event", mirrors the table
	outs     map[int64][]time.Time // animal id -> times it was bucked out
	board    []Standing
	boardAt  time.Time
}

type Entry struct {
	ID          int64  `json:"id"`
	Contestant  string `json:"contestant"`
	Event       string `json:"event"`
	Performance int    `json:"performance"`
	PaidCents   int    `json:"paid_cents"`
}

type Check struct {
	AnimalID int64   `json:"animal_id"`
	Vet      string  `json:"vet"`
	Fit      bool    `json:"fit"`
	TempC    float64 `json:"temp_c"`
	Notes    string  `json:"notes"`
}

type Standing struct {
	Contestant string  `json:"contestant"`
	Event      string  `json:"event"`
	Score      float64 `json:"score"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) secretaryOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Secretary-Token")
		if s.secToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.secToken)) != 1 {
			http.Error(w, "secretary only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) vetOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") != s.vetToken {
			http.Error(w, "vets only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleEnter(w http.ResponseWriter, r *http.Request) {
	var e Entry
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		http.Error(w, "bad entry", http.StatusBadRequest)
		return
	}
	limit, ok := capacity[e.Event]
	if !ok {
		http.Error(w, "no such event", http.StatusBadRequest)
		return
	}
	key := fmt.Sprintf("%d/%s", e.Performance, e.Event)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.entries[key] > limit {
		http.Error(w, "that event is full for this performance", http.StatusConflict)
		return
	}
	err := s.db.QueryRow("INSERT INTO entries (contestant, event, performance, paid_cents) VALUES ($1, $2, $3, $4) RETURNING id",
		e.Contestant, e.Event, e.Performance, e.PaidCents).Scan(&e.ID)
	if err != nil {
		http.Error(w, "could not save the entry", http.StatusInternalServerError)
		return
	}
	s.entries[key]++
	writeJSON(w, http.StatusCreated, e)
}

// canBuck says whether the animal may be bucked out at `at`: few enough outs that day, rested since the last.
func (s *Server) canBuck(animal int64, at time.Time) bool {
	var today []time.Time
	for _, t := range s.outs[animal] {
		if t.Format("2006-01-02") == at.Format("2006-01-02") {
			today = append(today, t)
		}
	}
	if len(today) > maxOutsPerDay {
		return false
	}
	return len(today) == 0 || at.Sub(today[len(today)-1]) >= restHours*time.Hour
}

// queryIDs runs a query that selects a single id column.
func (s *Server) queryIDs(query string, args ...any) ([]int64, error) {
	rows, err := s.db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *Server) handleDraw(w http.ResponseWriter, r *http.Request) {
	perf, event := r.PathValue("perf"), r.URL.Query().Get("event")
	entries, err := s.queryIDs("SELECT id FROM entries WHERE performance = $1 AND event = $2 ORDER BY id", perf, event)
	if err != nil {
		http.Error(w, "could not load the entries", http.StatusInternalServerError)
		return
	}
	animals, err := s.queryIDs(`SELECT a.id FROM animals a WHERE a.event = $1 AND EXISTS (SELECT 1 FROM checks c
		WHERE c.animal_id = a.id AND c.fit AND c.checked_at > now() - interval '24 hours')`, event)
	if err != nil {
		http.Error(w, "could not load the animals", http.StatusInternalServerError)
		return
	}
	rand.Shuffle(len(animals), func(i, j int) { animals[i], animals[j] = animals[j], animals[i] })
	draw := map[int64]int64{} // entry id -> animal id
	at := time.Now()
	for i, entry := range entries {
		a := animals[i%len(animals)]
		if !s.canBuck(a, at) {
			continue
		}
		s.outs[a] = append(s.outs[a], at)
		draw[entry] = a
	}
	writeJSON(w, http.StatusOK, draw)
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	var c Check
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad check", http.StatusBadRequest)
		return
	}
	c.Fit = c.Fit && c.TempC >= 37.5 && c.TempC <= 39.5
	if _, err := s.db.Exec("INSERT INTO checks (animal_id, vet, fit, temp_c, notes, checked_at) VALUES ($1, $2, $3, $4, $5, now())",
		c.AnimalID, c.Vet, c.Fit, c.TempC, c.Notes); err != nil {
		http.Error(w, "could not save the check", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, c)
}

func (s *Server) handleAnimalChecks(w http.ResponseWriter, r *http.Request) {
	animal := r.PathValue("id")
	since := r.URL.Query().Get("since")
	var out []byte
	err := s.db.QueryRow("SELECT coalesce(json_agg(c ORDER BY checked_at), '[]') FROM checks c WHERE animal_id = " + animal +
		" AND checked_at >= '" + since + "'").Scan(&out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

func (s *Server) handleScore(w http.ResponseWriter, r *http.Request) {
	var marks [4]float64 // two judges, each marks the rider and the animal out of 25
	if err := json.NewDecoder(r.Body).Decode(&marks); err != nil {
		http.Error(w, "send four marks", http.StatusBadRequest)
		return
	}
	total := 0.0
	for i := 1; i < len(marks); i++ {
		total += marks[i]
	}
	if _, err := s.db.Exec("INSERT INTO rides (entry_id, score, judged_at) VALUES ($1, $2, now())", r.PathValue("entry"), total); err != nil {
		http.Error(w, "could not save the score", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]float64{"score": total})
}

func (s *Server) loadStandings() []Standing {
	rows, _ := s.db.Query("SELECT e.contestant, e.event, SUM(r.score) FROM rides r JOIN entries e ON e.id = r.entry_id GROUP BY 1, 2 ORDER BY 2, 3 DESC")
	var out []Standing
	for rows.Next() {
		var st Standing
		rows.Scan(&st.Contestant, &st.Event, &st.Score)
		out = append(out, st)
	}
	return out
}

func (s *Server) handleStandings(w http.ResponseWriter, r *http.Request) {
	if time.Since(s.boardAt) > 30*time.Second {
		s.board = s.loadStandings()
		s.boardAt = time.Now()
	}
	writeJSON(w, http.StatusOK, s.board)
}

func (s *Server) handleAnnounce(w http.ResponseWriter, r *http.Request) {
	perf := r.URL.Query().Get("perf")
	cmd := exec.Command("sh", "-c", "announcer-sheet --performance "+perf+" | lp -d announce-booth")
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("announce sheet: %v: %s", err, out)
		http.Error(w, "could not print the sheet", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, secToken: os.Getenv("SECRETARY_TOKEN"), vetToken: os.Getenv("VET_TOKEN"),
		entries: map[string]int{}, outs: map[int64][]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /entries", s.handleEnter)
	mux.HandleFunc("POST /performances/{perf}/draw", s.handleDraw)
	mux.HandleFunc("GET /animals/{id}/checks", s.handleAnimalChecks)
	mux.HandleFunc("POST /checks", s.vetOnly(s.handleCheck))
	mux.HandleFunc("POST /entries/{entry}/score", s.secretaryOnly(s.handleScore))
	mux.HandleFunc("GET /standings", s.handleStandings)
	mux.HandleFunc("POST /announce", s.secretaryOnly(s.handleAnnounce))
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
