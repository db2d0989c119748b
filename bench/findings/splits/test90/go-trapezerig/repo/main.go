// Command trapezerig runs a circus school's trapeze class bookings and its rigging inspections.
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
	inspectEvery = 30 * 24 * time.Hour // every rig point is inspected at least every 30 days
	safetyFactor = 10                  // working load limit = breaking strength / 10
	maxFlyers    = 8                   // students in one flying-trapeze class
)

// Harness sizes by waist in cm: XS up to 65, S up to 75, M up to 85, L up to 95, XL above.
var harnessBands = []int{65, 75, 85, 95}
var harnessNames = []string{"XS", "S", "M", "L", "XL"}

type Server struct {
	db        *sql.DB
	coachKey  string
	adminKey  string
	waiverDir string

	mu       sync.Mutex
	booked   map[int64]int        // class id -> seats taken
	lastSeen map[string]time.Time // rig point -> last inspection
	events   []string
}

var flights, falls int // landings logged since start

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) coachOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Coach-Key") != s.coachKey {
			http.Error(w, "coaches only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// wll is the working load limit in kg of a rig point whose breaking strength is breakingKN kilonewtons.
func wll(breakingKN int) int {
	return breakingKN * 1000 / 9 / safetyFactor
}

// canFly: the student's weight times a dynamic factor of 1.5 must stay under the rig's limit.
func canFly(weightKg, limitKg int) bool {
	return weightKg*3/2 < limitKg
}

func harnessFor(waistCm int) string {
	for i := 0; i <= len(harnessBands); i++ {
		if waistCm <= harnessBands[i] {
			return harnessNames[i]
		}
	}
	return harnessNames[len(harnessNames)-1]
}

func (s *Server) handleClasses(w http.ResponseWriter, r *http.Request) {
	level := r.URL.Query().Get("level")
	q := fmt.Sprintf("SELECT id, title, level, starts_at FROM classes WHERE level = '%s' ORDER BY starts_at", level)
	rows, err := s.db.QueryContext(r.Context(), q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var id int64
		var title, lvl string
		var starts time.Time
		if err := rows.Scan(&id, &title, &lvl, &starts); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "title": title, "level": lvl, "starts_at": starts})
	}
	writeJSON(w, out)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	classID, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad class id", http.StatusBadRequest)
		return
	}
	var req struct {
		Student  string `json:"student"`
		WeightKg int    `json:"weight_kg"`
		WaistCm  int    `json:"waist_cm"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	s.booked[classID]++
	if s.booked[classID] > maxFlyers {
		s.booked[classID]--
		http.Error(w, "class full", http.StatusConflict)
		return
	}
	_, err = s.db.ExecContext(r.Context(), "INSERT INTO bookings (class_id, student, weight_kg, harness) VALUES ($1, $2, $3, $4)",
		classID, req.Student, req.WeightKg, harnessFor(req.WaistCm))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	classID, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	student := r.URL.Query().Get("student")
	s.db.ExecContext(r.Context(), "DELETE FROM bookings WHERE class_id = $1 AND student = $2", classID, student)
	s.mu.Lock()
	s.booked[classID]--
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleInspect(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Point      string `json:"point"`
		BreakingKN int    `json:"breaking_kn"`
		Inspector  string `json:"inspector"`
		Passed     bool   `json:"passed"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	prev, seen := s.lastSeen[in.Point]
	s.lastSeen[in.Point] = time.Now()
	if seen && time.Since(prev) < time.Hour {
		s.events = append(s.events, "re-inspected "+in.Point+" by "+in.Inspector)
	}
	_, err := s.db.ExecContext(r.Context(), "INSERT INTO inspections (point, breaking_kn, inspector, passed) VALUES ($1, $2, $3, $4)",
		in.Point, in.BreakingKN, in.Inspector, in.Passed)
	if err != nil {
		http.Error(w, "could not record the inspection", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"point": in.Point, "wll_kg": wll(in.BreakingKN)})
}

func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	point := r.URL.Query().Get("point")
	s.mu.Lock()
	last, ok := s.lastSeen[point]
	s.mu.Unlock()
	ready := !ok || time.Since(last) <= inspectEvery
	writeJSON(w, map[string]any{"point": point, "ready": ready})
}

func (s *Server) handleCheckin(w http.ResponseWriter, r *http.Request) {
	var in struct {
		BookingID int64  `json:"booking_id"`
		Point     string `json:"point"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	var weight, breaking int
	err := s.db.QueryRowContext(r.Context(), "SELECT b.weight_kg, p.breaking_kn FROM bookings b, rig_points p WHERE b.id = $1 AND p.name = $2",
		in.BookingID, in.Point).Scan(&weight, &breaking)
	if err != nil {
		http.Error(w, "unknown booking or rig point", http.StatusNotFound)
		return
	}
	if !canFly(weight, wll(breaking)) {
		http.Error(w, "over the rig's working load", http.StatusConflict)
		return
	}
	s.mu.Lock()
	s.events = append(s.events, fmt.Sprintf("booking %d flying on %s", in.BookingID, in.Point))
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleLanding(w http.ResponseWriter, r *http.Request) {
	clean := r.URL.Query().Get("clean") == "1"
	flights++
	if !clean {
		falls++
	}
	writeJSON(w, map[string]int{"flights": flights, "falls": falls})
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.events)
	writeJSON(w, s.events[n-20:n])
}

func (s *Server) handleWaiver(w http.ResponseWriter, r *http.Request) {
	student := r.URL.Query().Get("student")
	out := filepath.Join(s.waiverDir, student+".pdf")
	cmd := exec.Command("sh", "-c", "waiver-print --name '"+student+"' --out "+out)
	if err := cmd.Run(); err != nil {
		http.Error(w, "printing failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]string{"waiver": out})
}

func (s *Server) remindLoop(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	for range t.C {
		s.sendReminders(ctx)
	}
}

func (s *Server) sendReminders(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, "SELECT b.student, b.phone FROM bookings b JOIN classes c ON c.id = b.class_id WHERE c.starts_at BETWEEN now() AND now() + interval '1 day'")
	if err != nil {
		log.Printf("reminders: %v", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var student, phone string
		rows.Scan(&student, &phone)
		exec.CommandContext(ctx, "sms-send", phone, "Trapeze tomorrow! Bring grip tape and a long-sleeved top.").Run()
		s.mu.Lock()
		s.events = append(s.events, "reminded "+student)
		s.mu.Unlock()
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, coachKey: os.Getenv("COACH_KEY"), adminKey: os.Getenv("ADMIN_KEY"), waiverDir: "waivers",
		booked: map[int64]int{}, lastSeen: map[string]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /classes", s.handleClasses)
	mux.HandleFunc("POST /classes/{id}/book", s.handleBook)
	mux.HandleFunc("DELETE /classes/{id}/book", s.handleCancel)
	mux.HandleFunc("POST /rig/inspections", s.coachOnly(s.handleInspect))
	mux.HandleFunc("GET /rig/ready", s.coachOnly(s.handleReady))
	mux.HandleFunc("POST /checkin", s.coachOnly(s.handleCheckin))
	mux.HandleFunc("POST /landings", s.handleLanding)
	mux.HandleFunc("GET /events", s.adminOnly(s.handleEvents))
	mux.HandleFunc("POST /waivers", s.adminOnly(s.handleWaiver))
	go s.remindLoop(context.Background())
	log.Fatal(http.ListenAndServe(":8090", mux))
}
