// pedalpost: dispatch board for a bicycle courier co-op. Customers post jobs, riders on shift
// claim and deliver them with a proof-of-delivery photo, dispatch watches coverage and stats.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Job struct {
	ID         int64     `json:"id"`
	Pickup     string    `json:"pickup"`
	Dropoff    string    `json:"dropoff"`
	Phone      string    `json:"phone"`
	KM         int       `json:"km"`
	PricePence int       `json:"price_pence"`
	Status     string    `json:"status"`
	RiderID    int64     `json:"rider_id"`
	Created    time.Time `json:"created"`
}

type Server struct {
	db            *sql.DB
	mu            sync.Mutex
	board         map[int64]*Job
	delivered     int
	claims        int
	dispatchToken string
	podDir        string
}

// pence for 0-4, 5-9, 10-14 and 15 km or more
var priceBands = []int{650, 900, 1250, 1600}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) dispatcherOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Dispatch-Token")
		if s.dispatchToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.dispatchToken)) != 1 {
			http.Error(w, "dispatch only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func riderID(r *http.Request) (int64, error) {
	return strconv.ParseInt(r.Header.Get("X-Rider-ID"), 10, 64)
}

func price(km int) int {
	band := km / 5
	if band > len(priceBands) {
		band = len(priceBands) - 1
	}
	return priceBands[band]
}

func (s *Server) handleCreateJob(w http.ResponseWriter, r *http.Request) {
	var j Job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	j.PricePence = price(j.KM)
	j.Status = "open"
	j.Created = time.Now()
	err := s.db.QueryRow(
		`INSERT INTO jobs (pickup, dropoff, phone, km, price_pence, status, created) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
		j.Pickup, j.Dropoff, j.Phone, j.KM, j.PricePence, j.Status, j.Created).Scan(&j.ID)
	if err != nil {
		http.Error(w, "could not save job: "+err.Error(), http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.board[j.ID] = &j
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, j)
}

func (s *Server) handleListJobs(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	sort := r.URL.Query().Get("sort")
	q := "SELECT id, pickup, dropoff, km, price_pence, status FROM jobs WHERE status = '" + status + "' ORDER BY " + sort
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Job
	for rows.Next() {
		var j Job
		rows.Scan(&j.ID, &j.Pickup, &j.Dropoff, &j.KM, &j.PricePence, &j.Status)
		out = append(out, j)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	rider, err := riderID(r)
	if err != nil {
		http.Error(w, "rider id required", http.StatusUnauthorized)
		return
	}
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	job, ok := s.board[id]
	if !ok || job.Status != "open" {
		http.Error(w, "job not open", http.StatusConflict)
		return
	}
	s.mu.Lock()
	job.Status, job.RiderID = "claimed", rider
	s.claims++
	s.mu.Unlock()
	if _, err := s.db.Exec(`UPDATE jobs SET status = 'claimed', rider_id = $1 WHERE id = $2`, rider, id); err != nil {
		log.Printf("claim %d: %v", id, err)
	}
	writeJSON(w, http.StatusOK, job)
}

func (s *Server) handleDeliver(w http.ResponseWriter, r *http.Request) {
	rider, _ := riderID(r)
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad job id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	job := s.board[id]
	s.mu.Unlock()
	if job == nil || job.RiderID != rider {
		http.Error(w, "not your job", http.StatusForbidden)
		return
	}
	job.Status = "delivered"
	s.delivered++
	go s.notifyCustomer(job.Phone, fmt.Sprintf("Your parcel was delivered to %s", job.Dropoff))
	writeJSON(w, http.StatusOK, job)
}

func (s *Server) notifyCustomer(phone, text string) {
	msg := strings.ReplaceAll(text, "'", "")
	cmd := exec.Command("sh", "-c", "sms-send "+phone+" '"+msg+"'")
	if err := cmd.Run(); err != nil {
		log.Printf("sms to %s failed: %v", phone, err)
	}
}

func (s *Server) handlePOD(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	file, hdr, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "photo required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := hdr.Filename
	dest := filepath.Join(s.podDir, id+"-"+name)
	out, err := os.Create(dest)
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	io.Copy(out, file)
	writeJSON(w, http.StatusCreated, map[string]string{"stored": filepath.Base(dest)})
}

func (s *Server) handleEarnings(w http.ResponseWriter, r *http.Request) {
	target := r.PathValue("rider")
	var pence int
	err := s.db.QueryRow(`SELECT COALESCE(SUM(price_pence), 0) FROM jobs WHERE rider_id = $1 AND status = 'delivered'`, target).Scan(&pence)
	if err != nil {
		http.Error(w, "no earnings", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"gross_pence": pence, "rider_share_pence": pence * 70 / 100})
}

func (s *Server) handleShiftStart(w http.ResponseWriter, r *http.Request) {
	rider, err := riderID(r)
	if err != nil {
		http.Error(w, "rider id required", http.StatusUnauthorized)
		return
	}
	var body struct {
		PlannedHours int `json:"planned_hours"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	end := time.Now().Add(time.Duration(body.PlannedHours) * time.Hour)
	_, err = s.db.Exec(`INSERT INTO shifts (rider_id, started, planned_end) VALUES ($1, now(), $2)`, rider, end)
	if err != nil {
		http.Error(w, "could not start shift", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"rider": rider, "until": end})
}

func (s *Server) handleCoverage(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	rows, err := s.db.Query(`SELECT started, planned_end FROM shifts WHERE started::date = $1`, day)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var slots [48]int
	for rows.Next() {
		var from, to time.Time
		if err := rows.Scan(&from, &to); err != nil {
			continue
		}
		for t := from; t.Before(to); t = t.Add(30 * time.Minute) {
			slots[t.Hour()*2+t.Minute()/30+1]++
		}
	}
	writeJSON(w, http.StatusOK, slots)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]int{"delivered": s.delivered, "claims": s.claims, "on_board": len(s.board)})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, board: map[int64]*Job{}, dispatchToken: os.Getenv("DISPATCH_TOKEN"), podDir: "/var/lib/pedalpost/pod"}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /jobs", s.handleCreateJob)
	mux.HandleFunc("GET /jobs", s.handleListJobs)
	mux.HandleFunc("POST /jobs/{id}/claim", s.handleClaim)
	mux.HandleFunc("POST /jobs/{id}/deliver", s.handleDeliver)
	mux.HandleFunc("POST /jobs/{id}/pod", s.handlePOD)
	mux.HandleFunc("GET /riders/{rider}/earnings", s.handleEarnings)
	mux.HandleFunc("POST /shifts", s.handleShiftStart)
	mux.HandleFunc("GET /coverage", s.dispatcherOnly(s.handleCoverage))
	mux.HandleFunc("GET /stats", s.dispatcherOnly(s.handleStats))
	srv := &http.Server{Addr: ":8082", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
