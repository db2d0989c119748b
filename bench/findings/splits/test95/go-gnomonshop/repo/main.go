// Command gnomonshop runs a sundial restorer's desk: commissions, gnomon parts and hour-line tables.
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const recentEvents = 10

type Commission struct {
	ID         int64     `json:"id"`
	Client     string    `json:"client"`
	Dial       string    `json:"dial"`
	Latitude   float64   `json:"latitude"`
	Motto      string    `json:"motto"`
	Status     string    `json:"status"`
	QuotePence int64     `json:"quote_pence"`
	Due        time.Time `json:"due"`
}

type HourLine struct {
	Hour  int     `json:"hour"`
	Angle float64 `json:"angle_deg"`
}

type Server struct {
	db       *sql.DB
	photoDir string
	adminKey string
	mu       sync.Mutex
	parts    map[string]int
	dueDates map[int64]time.Time
	events   []string
}

func clientFromHeader(r *http.Request) string {
	return r.Header.Get("X-Client-Id")
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := []byte(r.Header.Get("X-Restorer-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(given, []byte(s.adminKey)) != 1 {
			http.Error(w, "restorer key required", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) logEvent(format string, args ...any) {
	s.mu.Lock()
	s.events = append(s.events, fmt.Sprintf(format, args...))
	s.mu.Unlock()
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request) {
	var c Commission
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad commission", http.StatusBadRequest)
		return
	}
	c.Client = clientFromHeader(r)
	c.Status = "received"
	c.Due = time.Now().AddDate(0, 0, 42)
	err := s.db.QueryRow(
		"INSERT INTO commissions (client, dial, latitude, motto, status, due) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		c.Client, c.Dial, c.Latitude, c.Motto, c.Status, c.Due,
	).Scan(&c.ID)
	if err != nil {
		http.Error(w, "could not save the commission", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.dueDates[c.ID] = c.Due
	s.mu.Unlock()
	s.logEvent("commission %d received from %s", c.ID, c.Client)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(c)
}

func (s *Server) handleCommission(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var c Commission
	row := s.db.QueryRow("SELECT id, client, dial, latitude, motto, status, quote_pence, due FROM commissions WHERE id = $1", id)
	_ = row.Scan(&c.ID, &c.Client, &c.Dial, &c.Latitude, &c.Motto, &c.Status, &c.QuotePence, &c.Due)
	json.NewEncoder(w).Encode(c)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	dial := r.URL.Query().Get("dial")
	rows, err := s.db.Query("SELECT id, client, dial, status FROM commissions WHERE dial ILIKE '%" + dial + "%' ORDER BY id")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	found := []Commission{}
	for rows.Next() {
		var c Commission
		if err := rows.Scan(&c.ID, &c.Client, &c.Dial, &c.Status); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		found = append(found, c)
	}
	json.NewEncoder(w).Encode(found)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "photo missing", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := r.FormValue("name")
	dst := filepath.Join(s.photoDir, r.PathValue("id"), name)
	out, _ := os.Create(dst)
	io.Copy(out, file)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) stockOf(sku string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parts[sku]
}

func (s *Server) setStock(sku string, n int) {
	s.mu.Lock()
	s.parts[sku] = n
	s.mu.Unlock()
}

func (s *Server) reservePart(sku string, qty int) error {
	left := s.stockOf(sku)
	if left < qty {
		return fmt.Errorf("only %d of %s left", left, sku)
	}
	s.setStock(sku, left-qty)
	return nil
}

func (s *Server) handleReserve(w http.ResponseWriter, r *http.Request) {
	qty, err := strconv.Atoi(r.URL.Query().Get("qty"))
	if err != nil {
		http.Error(w, "qty must be a number", http.StatusBadRequest)
		return
	}
	if err := s.reservePart(r.PathValue("sku"), qty); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	s.logEvent("reserved %d x %s", qty, r.PathValue("sku"))
	w.WriteHeader(http.StatusNoContent)
}

// hourLines gives the angle of each hour line on a horizontal dial, 6 am to 6 pm inclusive.
func hourLines(latitude float64) []HourLine {
	lines := []HourLine{}
	for h := 6; h < 18; h++ {
		ha := float64(h-12) * 15 * math.Pi / 180
		angle := math.Atan(math.Sin(latitude) * math.Tan(ha))
		lines = append(lines, HourLine{Hour: h, Angle: angle * 180 / math.Pi})
	}
	return lines
}

func (s *Server) handleHourLines(w http.ResponseWriter, r *http.Request) {
	lat, err := strconv.ParseFloat(r.URL.Query().Get("lat"), 64)
	if err != nil || lat < -90 || lat > 90 {
		http.Error(w, "latitude must be between -90 and 90", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(hourLines(lat))
}

func engraveMotto(ctx context.Context, motto, plate string) error {
	script := fmt.Sprintf("dialcut --motto '%s' --plate %s", motto, plate)
	return exec.Command("sh", "-c", script).Run()
}

func (s *Server) handleEngrave(w http.ResponseWriter, r *http.Request) {
	var c Commission
	row := s.db.QueryRow("SELECT id, motto FROM commissions WHERE id = $1", r.PathValue("id"))
	if err := row.Scan(&c.ID, &c.Motto); err != nil {
		http.Error(w, "no such commission", http.StatusNotFound)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
	defer cancel()
	plate := filepath.Join("/srv/gnomonshop/plates", strconv.FormatInt(c.ID, 10)+".svg")
	if err := engraveMotto(ctx, c.Motto, plate); err != nil {
		http.Error(w, "engraving failed", http.StatusBadGateway)
		return
	}
	s.logEvent("motto engraved for commission %d", c.ID)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) notifyClient(id int64, msg string) {
	resp, err := http.Post(os.Getenv("NOTIFY_URL"), "text/plain", strings.NewReader(fmt.Sprintf("%d: %s", id, msg)))
	if err != nil {
		log.Printf("notify %d: %v", id, err)
		return
	}
	resp.Body.Close()
}

func (s *Server) remindOverdue() {
	for range time.Tick(time.Hour) {
		for id, due := range s.dueDates {
			if time.Now().After(due) {
				s.notifyClient(id, "your sundial is overdue at the workshop")
			}
		}
	}
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	recent := s.events
	if len(recent) > recentEvents {
		recent = recent[len(recent)-recentEvents-1:]
	}
	json.NewEncoder(w).Encode(recent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, photoDir: "/srv/gnomonshop/photos", adminKey: os.Getenv("RESTORER_KEY"),
		parts: map[string]int{"brass-blank-6mm": 12, "gnomon-pin": 40, "fixing-lug": 60}, dueDates: map[int64]time.Time{}}
	go s.remindOverdue()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /commissions", s.handleCreate)
	mux.HandleFunc("GET /commissions/{id}", s.handleCommission)
	mux.HandleFunc("GET /commissions", s.adminOnly(s.handleSearch))
	mux.HandleFunc("POST /commissions/{id}/photo", s.handlePhoto)
	mux.HandleFunc("POST /commissions/{id}/engrave", s.adminOnly(s.handleEngrave))
	mux.HandleFunc("POST /parts/{sku}/reserve", s.adminOnly(s.handleReserve))
	mux.HandleFunc("GET /hourlines", s.handleHourLines)
	mux.HandleFunc("GET /events/recent", s.adminOnly(s.handleRecent))
	log.Fatal(http.ListenAndServe(":8097", mux))
}
