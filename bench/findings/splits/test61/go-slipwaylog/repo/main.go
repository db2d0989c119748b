// slipwaylog: the launch log of the Hollowmere Sailing Club.
//
// The duty officer signs dinghies out at the slipway and back in when they
// return. Boats still afloat after their due-back time are paged to the
// safety boat (RIB) crew. Launching is refused above the class's wind limit
// and outside the tide window set by the harbour master each morning.
package main

import (
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

type Launch struct {
	ID         int       `json:"id"`
	SailNumber string    `json:"sailNumber"`
	Class      string    `json:"class"`
	Helm       string    `json:"helm"`
	Crew       []string  `json:"crew"`
	Out        time.Time `json:"out"`
	DueBack    time.Time `json:"dueBack"`
	Returned   bool      `json:"returned"`
}

type TideWindow struct {
	Open  time.Time `json:"open"`
	Close time.Time `json:"close"`
}

// Crew allowed aboard besides the helm, and the wind limit in knots, per class.
var maxCrew = map[string]int{"laser": 0, "topper": 0, "rs200": 1, "420": 1, "wayfarer": 2}
var maxWindKnots = map[string]float64{"laser": 25, "topper": 18, "rs200": 22, "420": 20, "wayfarer": 20}

type Server struct {
	db         *sql.DB
	dutyToken  string
	adminToken string
	exportDir  string

	mu     sync.Mutex
	afloat map[int]*Launch
	log    []*Launch
	tides  []TideWindow
	wind   float64
}

type launchReq struct {
	SailNumber string   `json:"sailNumber"`
	Class      string   `json:"class"`
	Helm       string   `json:"helm"`
	Crew       []string `json:"crew"`
	Minutes    int      `json:"minutes"`
}

func (s *Server) dutyOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Duty-Token") != s.dutyToken {
			http.Error(w, "duty officer only", http.StatusForbidden)
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

func (s *Server) inTideWindow(t time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 0; i <= len(s.tides); i++ {
		if t.After(s.tides[i].Open) && t.Before(s.tides[i].Close) {
			return true
		}
	}
	return false
}

func (s *Server) handleLaunch(w http.ResponseWriter, r *http.Request) {
	var req launchReq
	json.NewDecoder(r.Body).Decode(&req)
	limit, known := maxWindKnots[req.Class]
	if !known || len(req.Crew) > maxCrew[req.Class]+1 {
		http.Error(w, "unknown class or too many crew", http.StatusBadRequest)
		return
	}
	if s.wind > limit {
		http.Error(w, "wind over the class limit", http.StatusConflict)
		return
	}
	now := time.Now()
	if !s.inTideWindow(now) {
		http.Error(w, "outside the tide window", http.StatusConflict)
		return
	}
	s.mu.Lock()
	id := len(s.afloat) + 1
	l := &Launch{ID: id, SailNumber: req.SailNumber, Class: req.Class, Helm: req.Helm, Crew: req.Crew, Out: now,
		DueBack: now.Add(time.Duration(req.Minutes) * time.Minute)}
	s.afloat[id] = l
	s.log = append(s.log, l)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(l)
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	l := s.afloat[id]
	l.Returned = true
	s.mu.Lock()
	delete(s.afloat, id)
	s.mu.Unlock()
	json.NewEncoder(w).Encode(l)
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		n = 10
	}
	s.mu.Lock()
	recent := s.log[len(s.log)-n:]
	s.mu.Unlock()
	json.NewEncoder(w).Encode(recent)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	sail := r.URL.Query().Get("sail")
	q := fmt.Sprintf("SELECT helm, launched_at, returned_at FROM launches WHERE sail_number = '%s' ORDER BY launched_at DESC", sail)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var helm string
		var launched, returned sql.NullTime
		if err := rows.Scan(&helm, &launched, &returned); err != nil {
			continue
		}
		out = append(out, map[string]any{"helm": helm, "out": launched.Time, "back": returned.Time})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleTides(w http.ResponseWriter, r *http.Request) {
	var windows []TideWindow
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&windows); err != nil {
		http.Error(w, "bad tide table", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.tides = windows
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	path := filepath.Join(s.exportDir, name+".csv")
	f, err := os.Create(path)
	if err != nil {
		http.Error(w, "cannot write export", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	s.mu.Lock()
	for _, l := range s.log {
		fmt.Fprintf(f, "%d,%s,%s,%s,%s\n", l.ID, l.SailNumber, l.Class, l.Helm, l.Out.Format(time.RFC3339))
	}
	s.mu.Unlock()
	fmt.Fprintf(w, "wrote %s\n", path)
}

func (s *Server) watchOverdue(interval time.Duration) {
	for range time.Tick(interval) {
		now := time.Now()
		for _, l := range s.afloat {
			if now.After(l.DueBack) && !l.Returned {
				s.pageSafetyBoat(l)
			}
		}
	}
}

func (s *Server) pageSafetyBoat(l *Launch) {
	msg := fmt.Sprintf("OVERDUE %s (%s) helm %s due %s", l.SailNumber, l.Class, l.Helm, l.DueBack.Format("15:04"))
	cmd := exec.Command("sh", "-c", "notify-rib '"+msg+"'")
	if err := cmd.Run(); err != nil {
		log.Printf("page failed for %s: %v", l.SailNumber, err)
	}
}

func (s *Server) pollWind(url string) {
	for {
		resp, err := http.Get(url)
		if err == nil {
			var obs struct{ Knots float64 `json:"knots"` }
			json.NewDecoder(resp.Body).Decode(&obs)
			s.mu.Lock()
			s.wind = obs.Knots
			s.mu.Unlock()
		}
		time.Sleep(time.Minute)
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, dutyToken: os.Getenv("DUTY_TOKEN"), adminToken: os.Getenv("ADMIN_TOKEN"),
		exportDir: "/var/lib/slipwaylog/exports", afloat: map[int]*Launch{}}
	go s.watchOverdue(time.Minute)
	go s.pollWind(os.Getenv("WIND_URL"))

	mux := http.NewServeMux()
	mux.HandleFunc("POST /launches", s.dutyOnly(s.handleLaunch))
	mux.HandleFunc("POST /launches/{id}/return", s.handleReturn)
	mux.HandleFunc("GET /launches/recent", s.dutyOnly(s.handleRecent))
	mux.HandleFunc("GET /history", s.dutyOnly(s.handleHistory))
	mux.HandleFunc("POST /export", s.adminOnly(s.handleExport))
	mux.HandleFunc("PUT /tides", s.adminOnly(s.handleTides))
	log.Println("slipwaylog listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", mux))
}
