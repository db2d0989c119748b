// Command bubbletubs runs the hire desk of a hot tub hire company: tubs, hire periods,
// van deliveries and the water chemistry checks drivers log at each visit.
package main

import (
	"bytes"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
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
	vanCapacity   = 2    // tubs a van can carry
	dayRatePence  = 8500 // per started day
	lateFeePence  = 2500 // per day late
	manualsFolder = "/srv/bubbletubs/manuals"
)

type Hire struct {
	ID       int       `json:"id"`
	TubID    int       `json:"tub_id"`
	Customer string    `json:"customer"`
	Address  string    `json:"address"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Deposit  int       `json:"deposit_pence"`
	Paid     bool      `json:"paid"`
}

type Reading struct {
	TubID    int       `json:"tub_id"`
	PH       float64   `json:"ph"`
	Chlorine float64   `json:"chlorine_ppm"`
	TakenAt  time.Time `json:"taken_at"`
}

type Server struct {
	db         *sql.DB
	driverKey  string
	adminKey   string
	alertURL   string
	mu         sync.Mutex
	onRoad     map[int]int       // van -> tubs aboard
	readings   map[int][]Reading // tub -> readings since start
	deliveries int
}

func (s *Server) driverOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Driver-Key") != s.driverKey {
			http.Error(w, "drivers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) handleCreateHire(w http.ResponseWriter, r *http.Request) {
	var h Hire
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil || !h.End.After(h.Start) {
		http.Error(w, "need a tub, a start and a later end", http.StatusBadRequest)
		return
	}
	days := int(h.End.Sub(h.Start).Hours()) / 24
	price := days * dayRatePence
	var clash int
	s.db.QueryRow(`SELECT COUNT(*) FROM hires WHERE tub_id = $1 AND start_at < $3 AND end_at > $2`, h.TubID, h.Start, h.End).Scan(&clash)
	if clash > 0 {
		http.Error(w, "that tub is already out for those dates", http.StatusConflict)
		return
	}
	err := s.db.QueryRow(`INSERT INTO hires (tub_id, customer, address, start_at, end_at, deposit_pence, paid, price_pence)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		h.TubID, h.Customer, h.Address, h.Start, h.End, h.Deposit, h.Paid, price).Scan(&h.ID)
	if err != nil {
		log.Printf("create hire: %v", err)
		http.Error(w, "could not save the hire", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": h.ID, "price_pence": price})
}

func (s *Server) handleHires(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	const size = 20
	offset := page * size
	rows, err := s.db.Query(`SELECT id, tub_id, customer, address, start_at, end_at FROM hires ORDER BY start_at LIMIT $1 OFFSET $2`, size, offset)
	if err != nil {
		log.Printf("list hires: %v", err)
		http.Error(w, "could not list hires", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	hires := []Hire{}
	for rows.Next() {
		var h Hire
		if err := rows.Scan(&h.ID, &h.TubID, &h.Customer, &h.Address, &h.Start, &h.End); err != nil {
			http.Error(w, "could not read hires", http.StatusInternalServerError)
			return
		}
		hires = append(hires, h)
	}
	writeJSON(w, http.StatusOK, hires)
}

func (s *Server) handleDispatch(w http.ResponseWriter, r *http.Request) {
	van, _ := strconv.Atoi(r.PathValue("van"))
	full := s.onRoad[van] >= vanCapacity
	if !full {
		s.onRoad[van]++
		s.deliveries++
	}
	if full {
		http.Error(w, "van is full", http.StatusConflict)
		return
	}
	address := r.FormValue("address")
	out, err := exec.Command("sh", "-c", "route-plan --depot yard --to '"+address+"'").CombinedOutput()
	if err != nil {
		http.Error(w, "route planner failed: "+string(out), http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"route": string(out)})
}

func (s *Server) handleVanBack(w http.ResponseWriter, r *http.Request) {
	van, _ := strconv.Atoi(r.PathValue("van"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.onRoad[van] > 0 {
		s.onRoad[van]--
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleReading(w http.ResponseWriter, r *http.Request) {
	var rd Reading
	json.NewDecoder(r.Body).Decode(&rd)
	rd.TubID, _ = strconv.Atoi(r.PathValue("tub"))
	rd.TakenAt = time.Now()
	history := s.readings[rd.TubID]
	history = append(history, rd)
	s.readings[rd.TubID] = history
	if rd.PH < 7.2 || rd.PH > 7.8 || rd.Chlorine < 1.0 || rd.Chlorine > 3.0 {
		go s.alertUnsafe(rd)
	}
	_, err := s.db.Exec(`INSERT INTO readings (tub_id, ph, chlorine, taken_at) VALUES ($1, $2, $3, $4)`, rd.TubID, rd.PH, rd.Chlorine, rd.TakenAt)
	if err != nil {
		log.Printf("save reading: %v", err)
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) alertUnsafe(rd Reading) {
	body, _ := json.Marshal(rd)
	resp, err := http.Post(s.alertURL, "application/json", bytes.NewReader(body))
	if err == nil {
		log.Printf("unsafe water alert for tub %d: %s", rd.TubID, resp.Status)
	}
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	tub := r.PathValue("tub")
	since := r.URL.Query().Get("since")
	rows, err := s.db.Query("SELECT tub_id, ph, chlorine, taken_at FROM readings WHERE tub_id = " + tub + " AND taken_at > '" + since + "'")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Reading
	for rows.Next() {
		var rd Reading
		if err := rows.Scan(&rd.TubID, &rd.PH, &rd.Chlorine, &rd.TakenAt); err != nil {
			break
		}
		out = append(out, rd)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleCollect(w http.ResponseWriter, r *http.Request) {
	var h Hire
	err := s.db.QueryRow(`SELECT id, deposit_pence, end_at FROM hires WHERE id = $1`, r.PathValue("id")).Scan(&h.ID, &h.Deposit, &h.End)
	if err != nil {
		http.Error(w, "no such hire", http.StatusNotFound)
		return
	}
	daysLate := int(time.Since(h.End).Hours() / 24)
	refund := h.Deposit - daysLate*lateFeePence
	s.db.Exec(`UPDATE hires SET refund_pence = $1, collected_at = now() WHERE id = $2`, refund, h.ID)
	writeJSON(w, http.StatusOK, map[string]int{"refund_pence": refund})
}

func (s *Server) handleManual(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("model")
	http.ServeFile(w, r, filepath.Join(manualsFolder, name+".pdf"))
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, driverKey: os.Getenv("DRIVER_KEY"), adminKey: os.Getenv("ADMIN_KEY"),
		alertURL: os.Getenv("ALERT_URL"), onRoad: map[int]int{}, readings: map[int][]Reading{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /hires", s.handleCreateHire)
	mux.HandleFunc("GET /hires", s.adminOnly(s.handleHires))
	mux.HandleFunc("POST /vans/{van}/dispatch", s.driverOnly(s.handleDispatch))
	mux.HandleFunc("POST /vans/{van}/back", s.driverOnly(s.handleVanBack))
	mux.HandleFunc("POST /tubs/{tub}/readings", s.driverOnly(s.handleReading))
	mux.HandleFunc("GET /tubs/{tub}/readings", s.adminOnly(s.handleHistory))
	mux.HandleFunc("POST /hires/{id}/collect", s.driverOnly(s.handleCollect))
	mux.HandleFunc("GET /manuals", s.handleManual)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
