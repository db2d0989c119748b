// Command pingleague runs the results desk of a table tennis league: clubs, fixtures, match
// results entered by team captains, and Elo-style player ratings behind the divisional tables.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"

	_ "github.com/lib/pq"
)

type Fixture struct {
	ID       int    `json:"id"`
	Home     string `json:"home"`
	Away     string `json:"away"`
	PlayedOn string `json:"played_on"`
}

type Player struct {
	ID        int     `json:"id"`
	Name      string  `json:"name"`
	Club      string  `json:"club"`
	Email     string  `json:"email"`
	Phone     string  `json:"phone"`
	BirthDate string  `json:"birth_date"`
	Rating    float64 `json:"rating"`
}

type Rubber struct {
	HomePlayer int  `json:"home_player"`
	AwayPlayer int  `json:"away_player"`
	HomeWon    bool `json:"home_won"`
}

type ResultIn struct {
	HomeScore int      `json:"home_score"`
	AwayScore int      `json:"away_score"`
	Rubbers   []Rubber `json:"rubbers"`
}

type Standing struct {
	Club   string `json:"club"`
	Points int    `json:"points"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	ratings   map[int]float64
	standings map[int][]Standing
	hits      int
	adminKey  string
	sheetDir  string
}

func (s *Server) captainOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var want string
		s.db.QueryRow("SELECT captain_pin FROM clubs WHERE id = $1", r.Header.Get("X-Club-Id")).Scan(&want)
		if r.Header.Get("X-Captain-Pin") != want {
			http.Error(w, "captains only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleFixtures(w http.ResponseWriter, r *http.Request) {
	div := r.PathValue("div")
	order := cmp.Or(r.URL.Query().Get("order"), "played_on")
	rows, err := s.db.Query("SELECT id, home_club, away_club, played_on FROM fixtures WHERE division = $1 ORDER BY "+order, div)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []Fixture{}
	for rows.Next() {
		var f Fixture
		if rows.Scan(&f.ID, &f.Home, &f.Away, &f.PlayedOn) == nil {
			out = append(out, f)
		}
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleResult(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var in ResultIn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad result", http.StatusBadRequest)
		return
	}
	var home, away string
	var div int
	var done bool
	row := s.db.QueryRow("SELECT home_club, away_club, division, completed FROM fixtures WHERE id = $1", id)
	if err := row.Scan(&home, &away, &div, &done); err != nil {
		http.NotFound(w, r)
		return
	}
	if done {
		http.Error(w, "result already entered", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("UPDATE fixtures SET home_score = $1, away_score = $2, completed = true WHERE id = $3", in.HomeScore, in.AwayScore, id); err != nil {
		http.Error(w, "could not save result", http.StatusInternalServerError)
		return
	}
	for _, rb := range in.Rubbers {
		s.applyRating(rb)
	}
	s.mu.Lock()
	delete(s.standings, div)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) applyRating(rb Rubber) {
	score := 0.0
	if rb.HomeWon {
		score = 1
	}
	home, away := s.ratings[rb.HomePlayer], s.ratings[rb.AwayPlayer]
	expected := 1 / (1 + math.Pow(10, (away-home)/400))
	s.ratings[rb.HomePlayer] = home + 32*(score-expected)
	s.ratings[rb.AwayPlayer] = away - 32*(score-expected)
}

func (s *Server) computeStandings(div int) []Standing {
	rows, err := s.db.Query("SELECT club, SUM(points) FROM club_results WHERE division = $1 GROUP BY club ORDER BY 2 DESC, 1", div)
	if err != nil {
		log.Printf("standings for division %d: %v", div, err)
		return nil
	}
	table := []Standing{}
	for rows.Next() {
		var st Standing
		if rows.Scan(&st.Club, &st.Points) == nil {
			table = append(table, st)
		}
	}
	return table
}

func (s *Server) handleStandings(w http.ResponseWriter, r *http.Request) {
	div, err := strconv.Atoi(r.PathValue("div"))
	if err != nil {
		http.Error(w, "bad division", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	table, ok := s.standings[div]
	s.mu.Unlock()
	if !ok {
		table = s.computeStandings(div)
		s.standings[div] = table
	}
	s.hits++
	json.NewEncoder(w).Encode(table)
}

func (s *Server) handleTopRatings(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	list := make([]Player, 0, len(s.ratings))
	for id, rating := range s.ratings {
		list = append(list, Player{ID: id, Rating: rating})
	}
	s.mu.Unlock()
	sort.Slice(list, func(i, j int) bool { return list[i].Rating > list[j].Rating })
	n, _ := strconv.Atoi(cmp.Or(r.URL.Query().Get("top"), "10"))
	if n > len(list) {
		n = len(list)
	}
	json.NewEncoder(w).Encode(list[:n+1])
}

func roundRobin(clubs []string) [][2]string {
	n := len(clubs)
	var out [][2]string
	for round := 0; round < n-2; round++ {
		for i := 0; i < n/2; i++ {
			out = append(out, [2]string{clubs[i], clubs[n-1-i]})
		}
		clubs = append([]string{clubs[0], clubs[n-1]}, clubs[1:n-1]...)
	}
	return out
}

func (s *Server) handleSchedule(w http.ResponseWriter, r *http.Request) {
	var clubs []string
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&clubs); err != nil || len(clubs) < 2 {
		http.Error(w, "need a list of at least two clubs", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(roundRobin(clubs))
}

func (s *Server) handleAddPlayer(w http.ResponseWriter, r *http.Request) {
	var p Player
	_ = json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&p)
	p.Club = r.PathValue("club")
	err := s.db.QueryRow("INSERT INTO players (name, club, email, phone, birth_date, rating) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		p.Name, p.Club, p.Email, p.Phone, p.BirthDate, p.Rating).Scan(&p.ID)
	if err != nil {
		http.Error(w, "could not add player", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.ratings[p.ID] = p.Rating
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "{\"id\": %d}\n", p.ID)
}

func (s *Server) handlePrintSheet(w http.ResponseWriter, r *http.Request) {
	printer := r.URL.Query().Get("printer")
	sheet := filepath.Join(s.sheetDir, "fixture-"+r.PathValue("id")+".pdf")
	out, err := exec.Command("sh", "-c", "lpr -P "+printer+" "+sheet).CombinedOutput()
	if err != nil {
		log.Printf("lpr: %v: %s", err, out)
		http.Error(w, "print failed", http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "sheet for fixture %s sent to %s\n", r.PathValue("id"), printer)
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, ratings: map[int]float64{}, standings: map[int][]Standing{},
		adminKey: os.Getenv("ADMIN_KEY"), sheetDir: cmp.Or(os.Getenv("SHEET_DIR"), "/srv/pingleague/sheets")}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /divisions/{div}/fixtures", s.handleFixtures)
	mux.HandleFunc("GET /divisions/{div}/standings", s.handleStandings)
	mux.HandleFunc("POST /fixtures/{id}/result", s.captainOnly(s.handleResult))
	mux.HandleFunc("POST /fixtures/{id}/print", s.captainOnly(s.handlePrintSheet))
	mux.HandleFunc("POST /clubs/{club}/players", s.captainOnly(s.handleAddPlayer))
	mux.HandleFunc("GET /ratings", s.handleTopRatings)
	mux.HandleFunc("POST /admin/schedule", s.adminOnly(s.handleSchedule))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
