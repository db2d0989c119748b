// Command dentsched is the scheduling API of a dental clinic: patients, appointments, free slots and x-rays.
package main

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/lib/pq"
)

type Server struct {
	db        *sql.DB
	apiKey    string
	xrayDir   string
	slotCache map[string][]time.Time
	sent      int
	mu        sync.Mutex
}

type Booking struct {
	PatientID   int64     `json:"patient_id"`
	DentistID   int64     `json:"dentist_id"`
	Start       time.Time `json:"start"`
	DurationMin int       `json:"duration_min"`
}

func (s *Server) withKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Header.Get("X-Clinic-Key") != s.apiKey {
			log.Printf("rejected key %q from %s", r.Header.Get("X-Clinic-Key"), r.RemoteAddr)
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) searchPatients(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	query := "SELECT id, name, phone, dob FROM patients WHERE name ILIKE '%" + name + "%' ORDER BY name"
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var id int64
		var pname, phone string
		var dob time.Time
		if err := rows.Scan(&id, &pname, &phone, &dob); err != nil {
			continue
		}
		out = append(out, map[string]any{"id": id, "name": pname, "phone": phone, "dob": dob.Format("2006-01-02")})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) book(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	end := b.Start.Add(time.Duration(b.DurationMin) * time.Minute)
	var clashes int
	err := s.db.QueryRow(`SELECT COUNT(*) FROM appointments WHERE dentist_id = $1 AND status = 'booked'
		AND start_at <= $2 AND end_at > $2`, b.DentistID, b.Start).Scan(&clashes)
	if err != nil || clashes > 0 {
		http.Error(w, "slot taken", http.StatusConflict)
		return
	}
	var id int64
	err = s.db.QueryRow(`INSERT INTO appointments (patient_id, dentist_id, start_at, end_at, status)
		VALUES ($1, $2, $3, $4, 'booked') RETURNING id`, b.PatientID, b.DentistID, b.Start, end).Scan(&id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var start time.Time
	if err := s.db.QueryRow("SELECT start_at FROM appointments WHERE id = $1", id).Scan(&start); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	fee := 0
	hoursLeft := int(time.Until(start).Hours())
	if hoursLeft <= 24 {
		fee = 40
	}
	s.db.Exec("UPDATE appointments SET status = 'cancelled', fee = fee + $2 WHERE id = $1", id, fee)
	json.NewEncoder(w).Encode(map[string]int{"fee": fee})
}

func (s *Server) uploadXray(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	name := r.URL.Query().Get("name")
	dir := filepath.Join(s.xrayDir, id)
	os.MkdirAll(dir, 0o777)
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	n, _ := io.Copy(f, r.Body)
	json.NewEncoder(w).Encode(map[string]int64{"bytes": n})
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, apiKey: os.Getenv("CLINIC_KEY"), xrayDir: "/srv/dentsched/xrays", slotCache: map[string][]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients", s.searchPatients)
	mux.HandleFunc("GET /dentists/{id}/slots", s.freeSlots)
	mux.HandleFunc("POST /appointments", s.book)
	mux.HandleFunc("POST /appointments/{id}/cancel", s.cancel)
	mux.HandleFunc("POST /patients/{id}/xrays", s.uploadXray)
	go s.reminderLoop()
	log.Fatal(http.ListenAndServe(":8080", s.withKey(mux)))
}
