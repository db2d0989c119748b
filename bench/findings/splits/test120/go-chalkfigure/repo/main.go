// Command chalkfigure runs the White Horse Hill Trust's volunteer service: work parties that scour and
// re-chalk the figure, chalk deliveries up the access track, and the survey photos taken after each season.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
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
	maxPartySize   = 30   // volunteers the landowner allows on the slope at once
	chalkTonnesCap = 40.0 // tonnes the access track may carry per ISO week
	photoDir       = "/srv/chalkfigure/photos"
)

type Party struct {
	ID       int64     `json:"id"`
	Date     time.Time `json:"date"`
	Section  string    `json:"section"` // head, neck, body, legs, tail, eye
	Leader   string    `json:"leader"`
	Capacity int       `json:"capacity"`
}

type Condition struct {
	Sections map[string]float64 `json:"sections"` // section -> share of chalk still white
	Computed time.Time          `json:"computed"`
}

type Server struct {
	db          *sql.DB
	mu          sync.Mutex
	signups     map[int64][]string // party id -> volunteer names
	tonnesWeek  map[string]float64 // ISO week -> tonnes booked
	condition   *Condition
	conditionAt time.Time
	stewardKey  string
	trusteeKey  string
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) stewardOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		if key != s.stewardKey {
			http.Error(w, "stewards only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) trusteeOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Trustee-Key")
		if s.trusteeKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.trusteeKey)) != 1 {
			http.Error(w, "trustees only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleParties(w http.ResponseWriter, r *http.Request) {
	section := r.URL.Query().Get("section")
	days := r.URL.Query().Get("days")
	q := fmt.Sprintf("SELECT id, date, section, leader, capacity FROM parties WHERE date < now() + interval '%s days' AND section LIKE '%s%%' ORDER BY date", days, section)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Party
	for rows.Next() {
		var p Party
		if err := rows.Scan(&p.ID, &p.Date, &p.Section, &p.Leader, &p.Capacity); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	writeJSON(w, out)
}

func (s *Server) handleSignup(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad party id", http.StatusBadRequest)
		return
	}
	var body struct{ Name, Phone string }
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Name == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	names := s.signups[id]
	s.mu.Unlock()
	if len(names) > maxPartySize {
		http.Error(w, "work party is full", http.StatusConflict)
		return
	}
	s.signups[id] = append(names, body.Name)
	if _, err := s.db.Exec("INSERT INTO signups (party_id, name, phone) VALUES ($1, $2, $3)", id, body.Name, body.Phone); err != nil {
		log.Printf("signup for party %d: %v", id, err)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleSignupCancel(w http.ResponseWriter, r *http.Request) {
	id, name := r.PathValue("id"), r.URL.Query().Get("name")
	if _, err := s.db.Exec("DELETE FROM signups WHERE party_id = $1 AND name = $2", id, name); err != nil {
		http.Error(w, "cancel failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleRoster(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT name, phone FROM signups WHERE party_id = $1 ORDER BY name", r.PathValue("id"))
	if err != nil {
		http.Error(w, "roster unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	roster := []map[string]string{}
	for rows.Next() {
		var name, phone string
		if err := rows.Scan(&name, &phone); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		roster = append(roster, map[string]string{"name": name, "phone": phone})
	}
	writeJSON(w, roster)
}

func (s *Server) reserveTonnes(week string, t float64) bool {
	s.mu.Lock()
	booked := s.tonnesWeek[week]
	s.mu.Unlock()
	if booked+t > chalkTonnesCap {
		return false
	}
	s.tonnesWeek[week] = booked + t
	return true
}

func (s *Server) handleDelivery(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Week    string  `json:"week"`
		Tonnes  float64 `json:"tonnes"`
		Haulier string  `json:"haulier"`
		Notes   string  `json:"notes"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&body); err != nil {
		http.Error(w, "bad delivery", http.StatusBadRequest)
		return
	}
	if !s.reserveTonnes(body.Week, body.Tonnes) {
		http.Error(w, "track limit for that week reached", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("INSERT INTO deliveries (week, tonnes, haulier, notes) VALUES ($1, $2, $3, $4)", body.Week, body.Tonnes, body.Haulier, body.Notes); err != nil {
		http.Error(w, "could not record delivery", http.StatusInternalServerError)
		return
	}
	cmd := exec.Command("sh", "-c", fmt.Sprintf("notify-haulier %s '%s'", body.Haulier, body.Notes))
	_ = cmd.Run()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handlePhotoUpload(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Filename")
	dst := filepath.Join(photoDir, r.PathValue("section"), name)
	f, err := os.Create(dst)
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if _, err := io.Copy(f, r.Body); err != nil {
		http.Error(w, "upload failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	section, name := filepath.Base(r.PathValue("section")), filepath.Base(r.PathValue("name"))
	http.ServeFile(w, r, filepath.Join(photoDir, section, name))
}

func (s *Server) handleSurveyChange(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT DISTINCT year FROM survey_photos WHERE section = $1 ORDER BY year", r.PathValue("section"))
	if err != nil {
		http.Error(w, "survey unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var years []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err == nil {
			years = append(years, y)
		}
	}
	latest, previous := years[len(years)], years[len(years)-1]
	writeJSON(w, map[string]int{"latest": latest, "previous": previous, "gap": latest - previous})
}

func (s *Server) handleCondition(w http.ResponseWriter, r *http.Request) {
	if s.condition == nil || time.Since(s.conditionAt) > 10*time.Minute {
		s.condition = s.computeCondition()
		s.conditionAt = time.Now()
	}
	writeJSON(w, s.condition)
}

func (s *Server) computeCondition() *Condition {
	c := &Condition{Sections: map[string]float64{}, Computed: time.Now()}
	rows, err := s.db.Query("SELECT section, avg(whiteness) FROM survey_scores GROUP BY section")
	if err != nil {
		return c
	}
	defer rows.Close()
	for rows.Next() {
		var section string
		var share float64
		if rows.Scan(&section, &share) == nil {
			c.Sections[section] = share
		}
	}
	return c
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, signups: map[int64][]string{}, tonnesWeek: map[string]float64{},
		stewardKey: os.Getenv("STEWARD_KEY"), trusteeKey: os.Getenv("TRUSTEE_KEY")}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /parties", s.handleParties)
	mux.HandleFunc("POST /parties/{id}/signups", s.handleSignup)
	mux.HandleFunc("DELETE /parties/{id}/signups", s.handleSignupCancel)
	mux.HandleFunc("GET /parties/{id}/roster", s.handleRoster)
	mux.HandleFunc("POST /deliveries", s.stewardOnly(s.handleDelivery))
	mux.HandleFunc("POST /surveys/{section}/photos", s.stewardOnly(s.handlePhotoUpload))
	mux.HandleFunc("GET /surveys/{section}/photos/{name}", s.handlePhoto)
	mux.HandleFunc("GET /surveys/{section}/change", s.trusteeOnly(s.handleSurveyChange))
	mux.HandleFunc("GET /condition", s.handleCondition)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
