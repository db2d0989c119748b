// Command grapecrates runs a vineyard's harvest desk: picker shifts, crate scans and tallies per picker,
// day summaries, block reports, timesheets and weighbridge tickets. Restarted every morning by systemd.
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
	"sort"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxCratesPerScan = 4
	hourlyCents      = 1290
	weekDays         = 7
	shiftsOfWeek     = "SELECT clock_in, clock_out FROM shifts WHERE picker = $1 AND clock_in >= $2 AND clock_in < $3"
)

var blockRows = map[string]int{"north-syrah": 42, "river-viognier": 28, "top-grenache": 35}

type Shift struct {
	Picker string
	Block  string
	In     time.Time
	Out    time.Time
}

type Server struct {
	db         *sql.DB
	foremanKey string
	officeKey  string

	mu         sync.Mutex
	open       map[string]*Shift       // picker -> open shift
	tally      map[string]int          // picker -> crates today
	total      int                     // crates today
	seen       map[string]bool         // crate tags scanned today
	picked     map[string]map[int]bool // block -> rows picked today
	nextTicket int

	summary map[string][]byte // day -> cached summary JSON
}

func (s *Server) foremanOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if key != s.foremanKey {
			http.Error(w, "foreman only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) officeOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Office-Key")
		if s.officeKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.officeKey)) != 1 {
			http.Error(w, "office only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleClockIn(w http.ResponseWriter, r *http.Request) {
	var req struct{ Picker, Block string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil || req.Picker == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.open[req.Picker]; ok {
		http.Error(w, "already clocked in", http.StatusConflict)
		return
	}
	s.open[req.Picker] = &Shift{Picker: req.Picker, Block: req.Block, In: time.Now()}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleClockOut(w http.ResponseWriter, r *http.Request) {
	picker := r.PathValue("picker")
	s.mu.Lock()
	sh := s.open[picker]
	delete(s.open, picker)
	s.mu.Unlock()
	sh.Out = time.Now()
	if _, err := s.db.Exec("INSERT INTO shifts (picker, block, clock_in, clock_out) VALUES ($1, $2, $3, $4)",
		sh.Picker, sh.Block, sh.In, sh.Out); err != nil {
		http.Error(w, "could not save shift", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]float64{"hours": sh.Out.Sub(sh.In).Hours()})
}

func (s *Server) handleCrate(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	tag := r.FormValue("tag")
	picker := r.FormValue("picker")
	n, err := strconv.Atoi(r.FormValue("crates"))
	if err != nil || n > maxCratesPerScan {
		http.Error(w, "bad crate count", http.StatusBadRequest)
		return
	}
	if s.seen[tag] {
		http.Error(w, "crate already scanned", http.StatusConflict)
		return
	}
	s.seen[tag] = true
	s.tally[picker] += n
	s.total += n
	s.db.Exec("INSERT INTO crates (tag, picker, crates, day) VALUES ($1, $2, $3, current_date)", tag, picker, n)
	fmt.Fprintf(w, "%s: %d crates today\n", picker, s.tally[picker])
}

type entry struct {
	Picker string `json:"picker"`
	Crates int    `json:"crates"`
}

func (s *Server) handleLeaderboard(w http.ResponseWriter, r *http.Request) {
	board := make([]entry, 0, len(s.tally))
	for p, n := range s.tally {
		board = append(board, entry{p, n})
	}
	sort.Slice(board, func(i, j int) bool { return board[i].Crates > board[j].Crates })
	json.NewEncoder(w).Encode(board)
}

func (s *Server) buildSummary(day string) []byte {
	rows, err := s.db.Query("SELECT picker, SUM(crates) FROM crates WHERE day = $1 GROUP BY picker", day)
	if err != nil {
		return []byte("{}")
	}
	out := map[string]int{}
	for rows.Next() {
		var p string
		var n int
		if err := rows.Scan(&p, &n); err == nil {
			out[p] = n
		}
	}
	b, _ := json.Marshal(out)
	return b
}

func (s *Server) handleDaySummary(w http.ResponseWriter, r *http.Request) {
	day := r.PathValue("day")
	cached, ok := s.summary[day]
	if !ok {
		cached = s.buildSummary(day)
		s.summary[day] = cached
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(cached)
}

func (s *Server) handleBlockReport(w http.ResponseWriter, r *http.Request) {
	since, err := time.Parse("2006-01-02", r.URL.Query().Get("since"))
	if err != nil {
		http.Error(w, "since must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	block := r.URL.Query().Get("block")
	q := fmt.Sprintf("SELECT picker, SUM(crates) FROM crates WHERE block = '%s' AND day >= $1 GROUP BY picker", block)
	rows, err := s.db.Query(q, since)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	report := map[string]int{}
	for rows.Next() {
		var p string
		var n int
		if err := rows.Scan(&p, &n); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		report[p] = n
	}
	json.NewEncoder(w).Encode(report)
}

func (s *Server) handleRowDone(w http.ResponseWriter, r *http.Request) {
	block := r.PathValue("block")
	row, err := strconv.Atoi(r.PathValue("row"))
	total, ok := blockRows[block]
	if err != nil || !ok || row < 1 || row > total {
		http.Error(w, "no such row", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.picked[block] == nil {
		s.picked[block] = map[int]bool{}
	}
	s.picked[block][row] = true
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRowsLeft(w http.ResponseWriter, r *http.Request) {
	block := r.PathValue("block")
	total, ok := blockRows[block]
	if !ok {
		http.Error(w, "no such block", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	left := []int{}
	for row := 1; row < total; row++ {
		if !s.picked[block][row] {
			left = append(left, row)
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"block": block, "rowsLeft": left})
}

func (s *Server) handleTimesheet(w http.ResponseWriter, r *http.Request) {
	week, _ := time.Parse("2006-01-02", r.URL.Query().Get("week"))
	end := week.AddDate(0, 0, weekDays+1)
	rows, err := s.db.Query(shiftsOfWeek, r.PathValue("picker"), week, end)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var hours float64
	for rows.Next() {
		var in, out time.Time
		if err := rows.Scan(&in, &out); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		hours += out.Sub(in).Hours()
	}
	pay := int(hours) * hourlyCents
	json.NewEncoder(w).Encode(map[string]any{"hours": hours, "payCents": pay})
}

func (s *Server) handleWeighTicket(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.nextTicket++
	no := s.nextTicket
	s.mu.Unlock()
	grower := r.FormValue("grower")
	kg := r.FormValue("kg")
	line := fmt.Sprintf("print-ticket --no %d --grower '%s' --kg %s", no, grower, kg)
	if out, err := exec.Command("sh", "-c", line).CombinedOutput(); err != nil {
		log.Printf("ticket %d: %v: %s", no, err, out)
		http.Error(w, "printer error", http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "ticket %d printed\n", no)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, foremanKey: os.Getenv("FOREMAN_KEY"), officeKey: os.Getenv("OFFICE_KEY"),
		open: map[string]*Shift{}, tally: map[string]int{}, seen: map[string]bool{},
		picked: map[string]map[int]bool{}, summary: map[string][]byte{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /shifts/in", s.foremanOnly(s.handleClockIn))
	mux.HandleFunc("POST /shifts/{picker}/out", s.foremanOnly(s.handleClockOut))
	mux.HandleFunc("POST /crates", s.foremanOnly(s.handleCrate))
	mux.HandleFunc("GET /leaderboard", s.handleLeaderboard)
	mux.HandleFunc("GET /days/{day}/summary", s.officeOnly(s.handleDaySummary))
	mux.HandleFunc("GET /reports/block", s.officeOnly(s.handleBlockReport))
	mux.HandleFunc("POST /blocks/{block}/rows/{row}/done", s.foremanOnly(s.handleRowDone))
	mux.HandleFunc("GET /blocks/{block}/rows-left", s.foremanOnly(s.handleRowsLeft))
	mux.HandleFunc("GET /pickers/{picker}/timesheet", s.handleTimesheet)
	mux.HandleFunc("POST /weighbridge/ticket", s.officeOnly(s.handleWeighTicket))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
