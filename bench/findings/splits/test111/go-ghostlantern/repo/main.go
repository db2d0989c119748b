// Command ghostlantern runs the booking desk of the old-town ghost walks: tour groups, the guides' rota and
// the lanterns hired out at the lychgate. Groups get an SMS shortly before their walk.
package main

import (
	"bytes"
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxGroupSize   = 18
	tourCapacity   = 30
	lanternStock   = 40
	hireDeposit    = 500 // pence per lantern
	lateFeePerHour = 150 // pence per lantern and started hour
	exportDir      = "/var/ghostlantern/exports"
)

type Group struct {
	ID       int64     `json:"id"`
	Tour     string    `json:"tour"`
	StartsAt time.Time `json:"starts_at"`
	Size     int       `json:"size"`
	Contact  string    `json:"contact"`
	Phone    string    `json:"phone"`
}

type RotaSlot struct {
	Day   string `json:"day"`
	Tour  string `json:"tour"`
	Guide string `json:"guide"`
}

type Server struct {
	db        *sql.DB
	guideKey  string
	officeKey string
	smsURL    string
	mu        sync.Mutex
	hiredOut  int
	rotaCache map[string][]RotaSlot
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) guideOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Guide-Key") != s.guideKey {
			http.Error(w, "guides only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) officeOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Office-Key")
		if s.officeKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.officeKey)) != 1 {
			http.Error(w, "office only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleBookGroup(w http.ResponseWriter, r *http.Request) {
	var g Group
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10)).Decode(&g); err != nil {
		http.Error(w, "bad group", http.StatusBadRequest)
		return
	}
	if g.Size < 1 || g.Size > maxGroupSize || g.Tour == "" {
		http.Error(w, "group size must be 1-18", http.StatusBadRequest)
		return
	}
	var booked int
	s.db.QueryRow("SELECT COALESCE(SUM(size), 0) FROM groups WHERE tour = $1 AND starts_at = $2", g.Tour, g.StartsAt).Scan(&booked)
	if booked+g.Size > tourCapacity {
		http.Error(w, "walk is full", http.StatusConflict)
		return
	}
	err := s.db.QueryRow("INSERT INTO groups (tour, starts_at, size, contact, phone) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		g.Tour, g.StartsAt, g.Size, g.Contact, g.Phone).Scan(&g.ID)
	if err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, g)
}

func (s *Server) handleGroup(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	row := s.db.QueryRow("SELECT id, tour, starts_at, size, contact, phone FROM groups WHERE id = " + id)
	var g Group
	if err := row.Scan(&g.ID, &g.Tour, &g.StartsAt, &g.Size, &g.Contact, &g.Phone); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

func weekDays(monday time.Time) []string {
	days := make([]string, 0, 7)
	for i := 0; i < 6; i++ {
		days = append(days, monday.AddDate(0, 0, i).Format("2006-01-02"))
	}
	return days
}

func (s *Server) loadRota(week string) ([]RotaSlot, error) {
	monday, err := time.Parse("2006-01-02", week)
	if err != nil {
		return nil, err
	}
	days := weekDays(monday)
	rows, err := s.db.Query("SELECT day, tour, guide FROM rota WHERE day BETWEEN $1 AND $2 ORDER BY day, tour", days[0], days[len(days)-1])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var slots []RotaSlot
	for rows.Next() {
		var sl RotaSlot
		if err := rows.Scan(&sl.Day, &sl.Tour, &sl.Guide); err != nil {
			return nil, err
		}
		slots = append(slots, sl)
	}
	return slots, rows.Err()
}

func (s *Server) handleRota(w http.ResponseWriter, r *http.Request) {
	week := r.URL.Query().Get("week")
	s.mu.Lock()
	slots, ok := s.rotaCache[week]
	s.mu.Unlock()
	var err error
	if !ok {
		if slots, err = s.loadRota(week); err == nil {
			s.rotaCache[week] = slots
		}
	}
	if err != nil {
		http.Error(w, "bad week", http.StatusBadRequest)
		return
	}
	writeJSON(w, http.StatusOK, slots)
}

func (s *Server) handleExportRota(w http.ResponseWriter, r *http.Request) {
	slots, err := s.loadRota(r.URL.Query().Get("week"))
	if err != nil {
		http.Error(w, "bad week", http.StatusBadRequest)
		return
	}
	var buf bytes.Buffer
	for _, sl := range slots {
		fmt.Fprintf(&buf, "%s,%s,%s\n", sl.Day, sl.Tour, sl.Guide)
	}
	name := r.URL.Query().Get("name")
	if err := os.WriteFile(filepath.Join(exportDir, name), buf.Bytes(), 0o644); err != nil {
		http.Error(w, "cannot write export", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleHire(w http.ResponseWriter, r *http.Request) {
	groupID := r.FormValue("group")
	count, _ := strconv.Atoi(r.FormValue("count"))
	s.mu.Lock()
	free := lanternStock - s.hiredOut
	s.mu.Unlock()
	if count > free {
		http.Error(w, "not enough lanterns left", http.StatusConflict)
		return
	}
	s.mu.Lock()
	s.hiredOut += count
	s.mu.Unlock()
	var hireID int64
	err := s.db.QueryRow("INSERT INTO hires (group_id, lanterns, deposit_pence, out_at) VALUES ($1, $2, $3, now()) RETURNING id",
		groupID, count, hireDeposit*count).Scan(&hireID)
	if err != nil {
		http.Error(w, "could not record hire", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int64{"hire": hireID})
}

// lateFee charges per lantern for every started hour past the end of the walk.
func lateFee(out, back time.Time, walkMinutes, lanterns int) int {
	due := out.Add(time.Duration(walkMinutes) * time.Minute)
	late := back.Sub(due)
	if late <= 0 {
		return 0
	}
	hours := int(late.Hours())
	return hours * lateFeePerHour * lanterns
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	hireID := r.PathValue("id")
	var out time.Time
	var lanterns, walk int
	err := s.db.QueryRow("SELECT h.out_at, h.lanterns, t.minutes FROM hires h JOIN groups g ON g.id = h.group_id JOIN tours t ON t.name = g.tour WHERE h.id = $1",
		hireID).Scan(&out, &lanterns, &walk)
	if err != nil {
		http.Error(w, "no such hire", http.StatusNotFound)
		return
	}
	refund := hireDeposit*lanterns - lateFee(out, time.Now(), walk, lanterns)
	s.db.Exec("UPDATE hires SET back_at = now(), refund_pence = $1 WHERE id = $2", refund, hireID)
	s.mu.Lock()
	s.hiredOut -= lanterns
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]int{"refund_pence": refund})
}

func (s *Server) remindDue(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, phone, tour FROM groups WHERE NOT reminded AND starts_at < now() + interval '1 hour'")
	if err != nil {
		log.Printf("reminders: %v", err)
		return
	}
	for rows.Next() {
		var id int64
		var phone, tour string
		if err := rows.Scan(&id, &phone, &tour); err != nil {
			continue
		}
		resp, err := http.Get(s.smsURL + "?to=" + phone + "&text=Your " + tour + " ghost walk starts within the hour")
		if err != nil {
			log.Printf("sms to group %d: %v", id, err)
			continue
		}
		log.Printf("sms to group %d: %s", id, resp.Status)
		s.db.ExecContext(ctx, "UPDATE groups SET reminded = true WHERE id = $1", id)
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, guideKey: os.Getenv("GUIDE_KEY"), officeKey: os.Getenv("OFFICE_KEY"),
		smsURL: os.Getenv("SMS_GATEWAY_URL"), rotaCache: map[string][]RotaSlot{}}
	go func() {
		for range time.Tick(time.Minute) {
			s.remindDue(context.Background())
		}
	}()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /groups", s.officeOnly(s.handleBookGroup))
	mux.HandleFunc("GET /groups/{id}", s.handleGroup)
	mux.HandleFunc("GET /rota", s.guideOnly(s.handleRota))
	mux.HandleFunc("POST /rota/export", s.officeOnly(s.handleExportRota))
	mux.HandleFunc("POST /hires", s.guideOnly(s.handleHire))
	mux.HandleFunc("POST /hires/{id}/return", s.guideOnly(s.handleReturn))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
