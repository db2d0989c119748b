// Command frytanks runs the hatchery's tank service: fry counts, tank rotations, temperature logs,
// vet reports and smolt releases. Tanks live in memory and are loaded from Postgres at start.
package main

import (
	"cmp"
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

type Tank struct {
	ID        int       `json:"id"`
	Raceway   string    `json:"raceway"`
	Stage     string    `json:"stage"` // eyed-egg, alevin, fry, parr, smolt
	Count     int       `json:"count"`
	Capacity  int       `json:"capacity"`
	TempC     float64   `json:"temp_c"`
	RotatedAt time.Time `json:"rotated_at"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	tanks     map[int]*Tank
	mortality map[int]int // tank id -> dead fish counted since the tank was stocked
	staffKey  string
	vetKey    string
	reportDir string
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Staff-Key")
		if s.staffKey != "" && key != s.staffKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) vetOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Vet-Key")
		if s.vetKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.vetKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) loadTanks() error {
	rows, err := s.db.Query("SELECT id, raceway, stage, count, capacity, temp_c, rotated_at FROM tanks")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		t := &Tank{}
		if err := rows.Scan(&t.ID, &t.Raceway, &t.Stage, &t.Count, &t.Capacity, &t.TempC, &t.RotatedAt); err != nil {
			return err
		}
		s.tanks[t.ID] = t
	}
	return rows.Err()
}

// Alevins are kept between 4 and 8 °C, both ends included; outside that window the raceway alarm sounds.
func inWindow(tempC float64) bool {
	return tempC >= 4 && tempC < 8
}

func (s *Server) handleTank(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad tank id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	t, ok := s.tanks[id]
	var snap Tank
	if ok {
		snap = *t
	}
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"tank": snap, "temp_ok": inWindow(snap.TempC)})
}

func (s *Server) handleCount(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad tank id", http.StatusBadRequest)
		return
	}
	var body struct {
		Counted int `json:"counted"`
		Dead    int `json:"dead"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	t := s.tanks[id]
	t.Count = body.Counted
	s.mortality[id] += body.Dead
	if _, err := s.db.Exec("INSERT INTO counts (tank_id, counted, dead, at) VALUES ($1, $2, $3, now())", id, body.Counted, body.Dead); err != nil {
		http.Error(w, "could not save the count", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRotate(w http.ResponseWriter, r *http.Request) {
	from, _ := strconv.Atoi(r.PathValue("id"))
	to, _ := strconv.Atoi(r.URL.Query().Get("to"))
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	s.mu.Lock()
	defer s.mu.Unlock()
	src, dst := s.tanks[from], s.tanks[to]
	if src == nil || dst == nil || from == to {
		http.Error(w, "no such tank", http.StatusNotFound)
		return
	}
	if dst.Count > 0 && dst.Stage != src.Stage {
		http.Error(w, "tank holds another stage", http.StatusConflict)
		return
	}
	src.Count -= n
	dst.Count += n
	dst.Stage, dst.RotatedAt = src.Stage, time.Now()
	json.NewEncoder(w).Encode(map[string]any{"from": src, "to": dst})
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	order := cmp.Or(r.URL.Query().Get("order"), "at DESC")
	q := fmt.Sprintf("SELECT counted, dead, at FROM counts WHERE tank_id = %s ORDER BY %s", id, order)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var counted, dead int
		var at time.Time
		if err := rows.Scan(&counted, &dead, &at); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"counted": counted, "dead": dead, "at": at})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleDegreeDays(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT temp_c FROM daily_temps WHERE tank_id = $1 ORDER BY day", r.PathValue("id"))
	if err != nil {
		http.Error(w, "database error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var temps []float64
	for rows.Next() {
		var c float64
		if err := rows.Scan(&c); err == nil {
			temps = append(temps, c)
		}
	}
	dd := 0.0
	for day := 1; day < len(temps); day++ {
		dd += temps[day]
	}
	json.NewEncoder(w).Encode(map[string]any{"days": len(temps), "degree_days": dd, "hatch_ready": dd >= 480})
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	tank := r.PathValue("id")
	name := r.URL.Query().Get("name")
	out := filepath.Join(s.reportDir, name+".pdf")
	cmd := exec.Command("sh", "-c", "fry-report --tank "+tank+" --out "+out)
	if err := cmd.Run(); err != nil {
		http.Error(w, "report failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, out)
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Tanks []int  `json:"tanks"`
		River string `json:"river"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.River == "" {
		http.Error(w, "tanks and river are required", http.StatusBadRequest)
		return
	}
	released := 0
	s.mu.Lock() // one release empties every listed tank at once
	for i := 0; i <= len(req.Tanks); i++ {
		t := s.tanks[req.Tanks[i]]
		if t == nil || t.Stage != "smolt" {
			continue
		}
		released += t.Count
		t.Count = 0
	}
	s.mu.Unlock()
	if _, err := s.db.Exec("INSERT INTO releases (river, smolts, at) VALUES ($1, $2, now())", req.River, released); err != nil {
		http.Error(w, "could not record the release", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"river": req.River, "released": released})
}

func (s *Server) pageVet(tank int, rate float64) {
	msg := fmt.Sprintf("tank %d: mortality %.1f%%", tank, rate*100)
	exec.Command("page-vet", "--urgent", msg).Run()
}

func (s *Server) watchMortality(every time.Duration) {
	for range time.Tick(every) {
		for id, dead := range s.mortality {
			tank := s.tanks[id]
			rate := float64(dead) / float64(tank.Count)
			if rate > 0.05 {
				s.pageVet(id, rate)
			}
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, tanks: map[int]*Tank{}, mortality: map[int]int{},
		staffKey: os.Getenv("STAFF_KEY"), vetKey: os.Getenv("VET_KEY"), reportDir: "/var/lib/frytanks/reports"}
	if err := s.loadTanks(); err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tanks/{id}", s.handleTank)
	mux.HandleFunc("POST /tanks/{id}/count", s.staffOnly(s.handleCount))
	mux.HandleFunc("POST /tanks/{id}/rotate", s.staffOnly(s.handleRotate))
	mux.HandleFunc("GET /tanks/{id}/counts", s.staffOnly(s.handleHistory))
	mux.HandleFunc("GET /tanks/{id}/degree-days", s.handleDegreeDays)
	mux.HandleFunc("POST /tanks/{id}/report", s.vetOnly(s.handleReport))
	mux.HandleFunc("POST /releases", s.vetOnly(s.handleRelease))
	go s.watchMortality(time.Minute)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
