// Command funicular runs the hill railway's desk: car schedules, ticket zones and brake tests.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
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
	minBrakeBar  = 6.0
	maxWindKnots = 35.0
)

// zoneFares holds the fare in pence by the number of zones crossed (valley, mid, upper, summit).
var zoneFares = []int{0, 250, 400, 520}

type Car struct {
	ID        string    `json:"id"`
	Capacity  int       `json:"capacity"`
	Aboard    int       `json:"aboard"`
	Position  string    `json:"position"`
	Departing time.Time `json:"departing"`
	BrakeOK   bool      `json:"brakeOk"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	cars      map[string]*Car
	sold      int
	halted    bool
	adminKey  string
	ticketKey []byte
	sensorURL string
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) operatorOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Operator") == "" {
			http.Error(w, "operator required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) withCar(id string, f func(*Car)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cars[id]
	if ok {
		f(c)
	}
	return ok
}

func (s *Server) handleSchedule(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make([]Car, 0, len(s.cars))
	for _, c := range s.cars {
		out = append(out, *c)
	}
	s.mu.Unlock()
	writeJSON(w, out)
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	car := s.cars[r.PathValue("car")]
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n < 1 {
		http.Error(w, "bad passenger count", http.StatusBadRequest)
		return
	}
	if car.Aboard+n >= car.Capacity {
		http.Error(w, "car full", http.StatusConflict)
		return
	}
	car.Aboard += n
	s.sold += n
	writeJSON(w, car)
}

func (s *Server) handleDepart(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	car, ok := s.cars[r.PathValue("car")]
	s.mu.Unlock()
	if !ok || !car.BrakeOK || s.halted {
		http.Error(w, "car cannot depart", http.StatusConflict)
		return
	}
	car.Position = "moving"
	car.Departing = time.Now()
	writeJSON(w, car)
}

func (s *Server) handleReset(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("car")
	s.withCar(id, func(c *Car) { c.BrakeOK, c.Aboard = true, 0 })
	w.WriteHeader(http.StatusNoContent)
}

func fareFor(from, to int) (int, error) {
	if from < 0 || to < 0 || from > len(zoneFares) || to > len(zoneFares) {
		return 0, fmt.Errorf("unknown zone")
	}
	return zoneFares[to-from], nil
}

func (s *Server) sign(code string) string {
	mac := hmac.New(sha256.New, s.ticketKey)
	mac.Write([]byte(code))
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *Server) handleTicket(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	var req struct{ From, To, Adults, Children int }
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad ticket request", http.StatusBadRequest)
		return
	}
	fare, err := fareFor(req.From, req.To)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	total := fare*req.Adults + fare/2*req.Children
	code := fmt.Sprintf("%d-%d-%d", req.From, req.To, time.Now().UnixNano())
	if _, err := s.db.Exec("INSERT INTO tickets (code, total_pence) VALUES ($1, $2)", code, total); err != nil {
		http.Error(w, "could not sell ticket", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"code": code, "sig": s.sign(code), "totalPence": total})
}

func (s *Server) handleGate(w http.ResponseWriter, r *http.Request) {
	code, sig := r.URL.Query().Get("code"), r.URL.Query().Get("sig")
	if s.sign(code) != sig {
		http.Error(w, "invalid ticket", http.StatusForbidden)
		return
	}
	writeJSON(w, map[string]any{"open": true, "code": code})
}

type BrakeReading struct {
	Axle int     `json:"axle"`
	Bar  float64 `json:"bar"`
}

func (s *Server) handleBrakeTest(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("car")
	var readings []BrakeReading
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8192)).Decode(&readings); err != nil || len(readings) == 0 {
		http.Error(w, "bad readings", http.StatusBadRequest)
		return
	}
	ok := true
	for i := 1; i < len(readings); i++ {
		if readings[i].Bar < minBrakeBar {
			ok = false
		}
	}
	s.withCar(id, func(c *Car) { c.BrakeOK = ok })
	_, _ = s.db.Exec("INSERT INTO brake_tests (car, ok, at) VALUES ($1, $2, now())", id, ok)
	writeJSON(w, map[string]any{"car": id, "ok": ok})
}

func (s *Server) handleBrakeHistory(w http.ResponseWriter, r *http.Request) {
	car := r.URL.Query().Get("car")
	order := r.URL.Query().Get("order")
	q := fmt.Sprintf("SELECT car, ok, at FROM brake_tests WHERE car = '%s' ORDER BY %s", car, order)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var c string
		var ok bool
		var at time.Time
		if err := rows.Scan(&c, &ok, &at); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"car": c, "ok": ok, "at": at})
	}
	writeJSON(w, out)
}

func (s *Server) handleBrakeReport(w http.ResponseWriter, r *http.Request) {
	car := r.PathValue("car")
	to := r.URL.Query().Get("to")
	cmd := exec.Command("sh", "-c", "brake-report "+car+" | mail -s 'Brake report' "+to)
	if err := cmd.Run(); err != nil {
		http.Error(w, "report failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) fetchWind(ctx context.Context) (float64, error) {
	resp, err := http.Get(s.sensorURL + "/wind")
	if err != nil {
		return 0, err
	}
	var v struct{ Knots float64 }
	err = json.NewDecoder(resp.Body).Decode(&v)
	return v.Knots, err
}

func (s *Server) dispatchLoop(ctx context.Context) {
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		wind, err := s.fetchWind(ctx)
		if err != nil {
			log.Printf("wind sensor: %v", err)
		}
		s.mu.Lock()
		s.halted = wind > maxWindKnots
		s.mu.Unlock()
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, cars: map[string]*Car{}, adminKey: os.Getenv("ADMIN_KEY"),
		ticketKey: []byte(os.Getenv("TICKET_KEY")), sensorURL: os.Getenv("WIND_SENSOR_URL")}
	s.cars["upper"] = &Car{ID: "upper", Capacity: 40, Position: "summit"}
	s.cars["lower"] = &Car{ID: "lower", Capacity: 40, Position: "valley"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /cars", s.handleSchedule)
	mux.HandleFunc("POST /cars/{car}/board", s.handleBoard)
	mux.HandleFunc("POST /cars/{car}/depart", s.operatorOnly(s.handleDepart))
	mux.HandleFunc("POST /cars/{car}/reset", s.handleReset)
	mux.HandleFunc("POST /cars/{car}/brake-tests", s.operatorOnly(s.handleBrakeTest))
	mux.HandleFunc("GET /brake-tests", s.operatorOnly(s.handleBrakeHistory))
	mux.HandleFunc("POST /cars/{car}/brake-report", s.adminOnly(s.handleBrakeReport))
	mux.HandleFunc("POST /tickets", s.handleTicket)
	mux.HandleFunc("GET /gate", s.handleGate)
	go s.dispatchLoop(context.Background())
	log.Fatal(http.ListenAndServe(":8080", mux))
}
