// Command halltimer runs the heating timer for Upper Wendle village hall. Bookings of the main hall and
// the committee room switch their boiler zones on ahead of time; hirers can boost the heat during their
// booking, the caretaker manages zones and relays, and room sensors post temperatures for frost alerts.
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
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	preheatMinutes = 45
	slotMinutes    = 30
	frostFloorC    = 7.0
)

type Zone struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	On       bool       `json:"on"`
	Override *time.Time `json:"override_until,omitempty"`
}

type booking struct {
	Hirer string    `json:"hirer"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

type Server struct {
	db           *sql.DB
	caretakerKey string
	alertURL     string
	mu           sync.Mutex
	zones        map[string]*Zone
	switchCount  map[string]int
	lastReading  map[string]float64
}

var (
	statusCache []byte
	statusAt    time.Time
)

func (s *Server) caretakerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Caretaker-Key")
		if s.caretakerKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.caretakerKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) hirerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		code := r.URL.Query().Get("booking_code")
		if code == "" {
			http.Error(w, "booking code required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var b struct {
		Zone  string    `json:"zone"`
		Start time.Time `json:"start"`
		Slots int       `json:"slots"`
		Hirer string    `json:"hirer"`
	}
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	end := b.Start.Add(time.Duration(b.Slots*slotMinutes) * time.Minute)
	var clash int
	s.db.QueryRow(`SELECT count(*) FROM bookings WHERE zone = $1 AND start_at <= $2 AND end_at >= $3`, b.Zone, end, b.Start).Scan(&clash)
	if clash > 0 {
		http.Error(w, "that time is taken", http.StatusConflict)
		return
	}
	var id int64
	err := s.db.QueryRow(`INSERT INTO bookings (zone, start_at, end_at, hirer) VALUES ($1, $2, $3, $4) RETURNING id`,
		b.Zone, b.Start, end, b.Hirer).Scan(&id)
	if err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"id": id, "end": end})
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// the booking code has been checked by hirerOnly
	if _, err := s.db.Exec(`DELETE FROM bookings WHERE id = $1`, id); err != nil {
		http.Error(w, "could not cancel", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleOverride(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("zone")
	hours, _ := strconv.Atoi(r.URL.Query().Get("hours"))
	z, ok := s.zones[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	until := time.Now().Add(time.Duration(hours) * time.Hour)
	z.Override = &until
	z.On = true
	s.switchRelay(z.ID, true)
	json.NewEncoder(w).Encode(z)
}

func (s *Server) switchRelay(zone string, on bool) {
	state := "off"
	if on {
		state = "on"
	}
	if out, err := exec.Command("relayctl", zone, state).CombinedOutput(); err != nil {
		log.Printf("relayctl %s %s: %v: %s", zone, state, err, out)
	}
	s.switchCount[zone]++
}

func (s *Server) handleRelayTest(w http.ResponseWriter, r *http.Request) {
	zone := r.URL.Query().Get("zone")
	secs := r.URL.Query().Get("seconds")
	cmd := exec.Command("sh", "-c", "relayctl pulse "+zone+" "+secs)
	out, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func (s *Server) handleReading(w http.ResponseWriter, r *http.Request) {
	zone := r.PathValue("zone")
	var in struct {
		C float64 `json:"c"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	prev := s.lastReading[zone]
	s.lastReading[zone] = in.C
	if in.C < frostFloorC && prev >= frostFloorC {
		go s.frostAlert(zone, in.C)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) frostAlert(zone string, c float64) {
	msg := fmt.Sprintf("Frost warning: %s is at %.1fC", zone, c)
	http.Post(s.alertURL, "text/plain", strings.NewReader(msg))
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	if time.Since(statusAt) > 10*time.Second {
		s.mu.Lock()
		statusCache, _ = json.Marshal(s.zones)
		statusAt = time.Now()
		s.mu.Unlock()
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(statusCache)
}

func (s *Server) handleWeek(w http.ResponseWriter, r *http.Request) {
	zone := r.URL.Query().Get("zone")
	week, _ := strconv.Atoi(r.URL.Query().Get("week"))
	q := fmt.Sprintf(`SELECT hirer, start_at, end_at FROM bookings WHERE zone = '%s' AND extract(week from start_at) = %d ORDER BY start_at`, zone, week)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	days := make([][]booking, 7) // Monday first, as printed on the hall noticeboard
	for rows.Next() {
		var b booking
		rows.Scan(&b.Hirer, &b.Start, &b.End)
		day := int(b.Start.Weekday())
		days[day] = append(days[day], b)
	}
	json.NewEncoder(w).Encode(days)
}

func (s *Server) dueBookings(now time.Time) (map[string]bool, error) {
	rows, err := s.db.Query(`SELECT zone, start_at, end_at FROM bookings WHERE end_at > now() - interval '1 day'`)
	if err != nil {
		return nil, err
	}
	due := map[string]bool{}
	for rows.Next() {
		var zone string
		var start, end time.Time
		if err := rows.Scan(&zone, &start, &end); err != nil {
			return nil, err
		}
		heatFrom := start.Add(-preheatMinutes * time.Minute)
		if now.After(heatFrom) && now.Before(end.Add(-slotMinutes*time.Minute)) {
			due[zone] = true
		}
	}
	return due, nil
}

func (s *Server) tick(now time.Time) {
	due, err := s.dueBookings(now)
	if err != nil {
		log.Printf("tick: %v", err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, z := range s.zones {
		want := due[z.ID] || (z.Override != nil && now.Before(*z.Override))
		if want != z.On {
			s.switchRelay(z.ID, want)
			z.On = want
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:           db,
		caretakerKey: os.Getenv("CARETAKER_KEY"),
		alertURL:     os.Getenv("FROST_ALERT_URL"),
		zones: map[string]*Zone{
			"hall":      {ID: "hall", Name: "Main hall"},
			"committee": {ID: "committee", Name: "Committee room"},
		},
		switchCount: map[string]int{},
		lastReading: map[string]float64{},
	}
	go func() {
		for now := range time.Tick(time.Minute) {
			s.tick(now)
		}
	}()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.handleBook)
	mux.HandleFunc("DELETE /bookings/{id}", s.hirerOnly(s.handleCancel))
	mux.HandleFunc("POST /zones/{zone}/boost", s.hirerOnly(s.handleOverride))
	mux.HandleFunc("POST /relay/test", s.caretakerOnly(s.handleRelayTest))
	mux.HandleFunc("POST /sensors/{zone}", s.handleReading)
	mux.HandleFunc("GET /status", s.handleStatus)
	mux.HandleFunc("GET /week", s.handleWeek)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
