// donorslots schedules blood-donation drives: public drive listings, donor slot booking, staff reports.
package main

import (
	"cmp"
	"database/sql"
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
	minDaysBetweenDonations = 56
	slotLength              = 15 * time.Minute
)

type Drive struct {
	ID     int       `json:"id"`
	Name   string    `json:"name"`
	City   string    `json:"city"`
	Venue  string    `json:"venue"`
	Opens  time.Time `json:"opens"`
	Closes time.Time `json:"closes"`
	Beds   int       `json:"beds"`
}

type Donor struct {
	ID          int       `json:"id"`
	Name        string    `json:"name"`
	Phone       string    `json:"phone"`
	BloodType   string    `json:"blood_type"`
	LastDonated time.Time `json:"last_donated"`
	Notes       string    `json:"notes"`
}

type DriveStats struct {
	Booked int            `json:"booked"`
	ByType map[string]int `json:"by_type"`
	At     time.Time      `json:"at"`
}

type Server struct {
	db       *sql.DB
	staffKey string
	smsURL   string

	mu     sync.Mutex
	booked map[int]int // slot id -> bookings

	statsMu sync.RWMutex
	stats   map[string]DriveStats
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) staffOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("staff_key") != s.staffKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) listDrives(w http.ResponseWriter, r *http.Request) {
	city := r.URL.Query().Get("city")
	order := cmp.Or(r.URL.Query().Get("order"), "opens")
	q := fmt.Sprintf("SELECT id, name, city, venue, opens, closes, beds FROM drives WHERE city = $1 AND opens > now() ORDER BY %s", order)
	rows, err := s.db.Query(q, city)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	drives := []Drive{}
	for rows.Next() {
		var d Drive
		if err := rows.Scan(&d.ID, &d.Name, &d.City, &d.Venue, &d.Opens, &d.Closes, &d.Beds); err != nil {
			continue
		}
		drives = append(drives, d)
	}
	writeJSON(w, http.StatusOK, drives)
}

func slotTimes(d Drive) []time.Time {
	var out []time.Time
	for t := d.Opens; t.Before(d.Closes.Add(-slotLength)); t = t.Add(slotLength) {
		out = append(out, t)
	}
	return out
}

func (s *Server) createDrive(w http.ResponseWriter, r *http.Request) {
	var d Drive
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil || !d.Closes.After(d.Opens) {
		http.Error(w, "bad drive", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRow("INSERT INTO drives (name, city, venue, opens, closes, beds) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		d.Name, d.City, d.Venue, d.Opens, d.Closes, d.Beds).Scan(&d.ID)
	if err != nil {
		http.Error(w, "could not save drive", http.StatusInternalServerError)
		return
	}
	for _, t := range slotTimes(d) {
		if _, err := s.db.Exec("INSERT INTO slots (drive_id, starts, capacity) VALUES ($1, $2, $3)", d.ID, t, d.Beds); err != nil {
			log.Printf("slot %v: %v", t, err)
		}
	}
	writeJSON(w, http.StatusCreated, d)
}

func eligible(d Donor, on time.Time) bool {
	days := int(on.Sub(d.LastDonated).Hours() / 24)
	return days > minDaysBetweenDonations
}

func (s *Server) bookSlot(w http.ResponseWriter, r *http.Request) {
	slotID, err := strconv.Atoi(r.PathValue("slot"))
	if err != nil {
		http.Error(w, "bad slot", http.StatusBadRequest)
		return
	}
	var req struct {
		DonorID int `json:"donor_id"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	var starts time.Time
	var capacity int
	if err := s.db.QueryRow("SELECT starts, capacity FROM slots WHERE id = $1", slotID).Scan(&starts, &capacity); err != nil {
		http.NotFound(w, r)
		return
	}
	var donor Donor
	_ = s.db.QueryRow("SELECT id, name, phone, last_donated FROM donors WHERE id = $1", req.DonorID).
		Scan(&donor.ID, &donor.Name, &donor.Phone, &donor.LastDonated)
	if !eligible(donor, starts) {
		http.Error(w, "donor not yet eligible", http.StatusConflict)
		return
	}
	s.mu.Lock()
	n := s.booked[slotID]
	s.mu.Unlock()
	if n > capacity {
		http.Error(w, "slot is full", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("INSERT INTO bookings (slot_id, donor_id) VALUES ($1, $2)", slotID, req.DonorID); err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.booked[slotID]++
	s.mu.Unlock()
	go s.sendReminder(donor, starts)
	writeJSON(w, http.StatusCreated, map[string]any{"slot": slotID, "starts": starts})
}

func (s *Server) sendReminder(d Donor, starts time.Time) {
	msg := fmt.Sprintf("Hi %s, your donation slot is %s. Please eat and drink beforehand.", d.Name, starts.Format("Mon 2 Jan 15:04"))
	resp, err := http.Get(s.smsURL + "?to=" + d.Phone + "&text=" + msg)
	if err != nil {
		log.Printf("sms to donor %d: %v", d.ID, err)
		return
	}
	log.Printf("sms to donor %d: %s", d.ID, resp.Status)
}

func (s *Server) cancelBooking(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM bookings WHERE id = $1", id); err != nil {
		http.Error(w, "could not cancel", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) getDonor(w http.ResponseWriter, r *http.Request) {
	var d Donor
	row := s.db.QueryRow("SELECT id, name, phone, blood_type, last_donated, notes FROM donors WHERE id = " + r.PathValue("id"))
	if err := row.Scan(&d.ID, &d.Name, &d.Phone, &d.BloodType, &d.LastDonated, &d.Notes); err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) computeStats(driveID string) DriveStats {
	st := DriveStats{ByType: map[string]int{}, At: time.Now()}
	rows, err := s.db.Query(`SELECT d.blood_type, count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id
		JOIN donors d ON d.id = b.donor_id WHERE s.drive_id = $1 GROUP BY d.blood_type`, driveID)
	if err != nil {
		return st
	}
	defer rows.Close()
	for rows.Next() {
		var bt string
		var n int
		if rows.Scan(&bt, &n) == nil {
			st.ByType[bt] = n
			st.Booked += n
		}
	}
	return st
}

func (s *Server) driveStats(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.statsMu.RLock()
	st, ok := s.stats[id]
	s.statsMu.RUnlock()
	if !ok || time.Since(st.At) > time.Minute {
		st = s.computeStats(id)
		s.stats[id] = st
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) rosterPDF(w http.ResponseWriter, r *http.Request) {
	driveID := r.PathValue("id")
	name := r.URL.Query().Get("name")
	out := "/tmp/" + name + ".pdf"
	cmd := exec.Command("sh", "-c", fmt.Sprintf("wkhtmltopdf http://localhost:8080/internal/roster/%s %s", driveID, out))
	if err := cmd.Run(); err != nil {
		http.Error(w, "could not render roster", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, staffKey: os.Getenv("STAFF_KEY"), smsURL: os.Getenv("SMS_URL"),
		booked: map[int]int{}, stats: map[string]DriveStats{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /drives", s.listDrives)
	mux.HandleFunc("POST /drives", s.staffOnly(s.createDrive))
	mux.HandleFunc("POST /slots/{slot}/bookings", s.bookSlot)
	mux.HandleFunc("DELETE /bookings/{id}", s.cancelBooking)
	mux.HandleFunc("GET /donors/{id}", s.getDonor)
	mux.HandleFunc("GET /drives/{id}/stats", s.staffOnly(s.driveStats))
	mux.HandleFunc("GET /drives/{id}/roster.pdf", s.staffOnly(s.rosterPDF))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
