// Command quarryblast keeps a quarry's blast schedule and its stone orders.
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
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxChargeKg    = 450.0
	ppvLimitMMs    = 12.5 // peak particle velocity allowed at the nearest house
	truckTonnes    = 20
	firstBlastHour = 10
	lastBlastHour  = 16
	slotsPerDay    = 18 // half-hour weighbridge slots from 07:00
)

var pricePerTonne = map[string]int{"walling": 95, "rubble": 40, "ashlar": 310, "chippings": 28}

type Blast struct {
	ID       int       `json:"id"`
	Face     string    `json:"face"`
	At       time.Time `json:"at"`
	ChargeKg float64   `json:"charge_kg"`
	Status   string    `json:"status"`
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	blasts    map[int]*Blast
	nextID    int
	siteKey   string
	officeKey string
	tickets   string
	site      *time.Location
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) shotfirerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Shotfirer-Key")
		if s.siteKey != "" && key != s.siteKey {
			http.Error(w, "shotfirers only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) officeOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Office-Key")
		if s.officeKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.officeKey)) != 1 {
			http.Error(w, "office only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleSchedule(w http.ResponseWriter, r *http.Request) {
	var b Blast
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&b); err != nil {
		http.Error(w, "bad blast", http.StatusBadRequest)
		return
	}
	if b.At.Hour() < firstBlastHour || b.At.Hour() > lastBlastHour {
		http.Error(w, "outside the blasting window", http.StatusBadRequest)
		return
	}
	if b.ChargeKg <= 0 || b.ChargeKg > maxChargeKg {
		http.Error(w, "charge outside the licence", http.StatusBadRequest)
		return
	}
	s.nextID++
	b.ID = s.nextID
	b.Status = "scheduled"
	s.blasts[b.ID] = &b
	go s.noticeNeighbours(b)
	writeJSON(w, http.StatusCreated, b)
}

func (s *Server) noticeNeighbours(b Blast) {
	rows, err := s.db.Query("SELECT phone FROM neighbours WHERE face = $1", b.Face)
	if err != nil {
		log.Printf("neighbours for face %s: %v", b.Face, err)
		return
	}
	msg := fmt.Sprintf("Blasting at the %s face, %s. Sirens three minutes before.", b.Face, b.At.In(s.site).Format("Mon 15:04"))
	for rows.Next() {
		var phone string
		rows.Scan(&phone)
		exec.Command("sms-send", phone, msg).Run()
	}
}

func (s *Server) handleClear(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.blasts[id]; ok && b.Status == "scheduled" {
		b.Status = "cleared"
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleFire(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	b, ok := s.blasts[id]
	s.mu.Unlock()
	if ok && b.Status == "cleared" {
		b.Status = "fired"
	} else {
		http.Error(w, "no such blast, or the exclusion zone is not cleared", http.StatusConflict)
		return
	}
	zone := r.URL.Query().Get("zone")
	out, err := exec.Command("sh", "-c", "siren-ctl --sound --zone "+zone).CombinedOutput()
	if err != nil {
		http.Error(w, "siren failed: "+string(out), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) handleVibration(w http.ResponseWriter, r *http.Request) {
	var readings []float64
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&readings); err != nil {
		http.Error(w, "bad readings", http.StatusBadRequest)
		return
	}
	peak, sum := 0.0, 0.0
	for i := 1; i < len(readings); i++ {
		sum += readings[i]
		peak = max(peak, readings[i])
	}
	mean := sum / float64(len(readings))
	breach := peak > ppvLimitMMs
	if _, err := s.db.Exec("INSERT INTO vibration (blast, peak, mean, breach) VALUES ($1, $2, $3, $4)", r.PathValue("id"), peak, mean, breach); err != nil {
		http.Error(w, "could not store readings", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"peak": peak, "mean": mean, "breach": breach})
}

func (s *Server) handleOrders(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	q := fmt.Sprintf("SELECT id, grade, tonnes, price, status FROM stone_orders WHERE customer = '%s' ORDER BY id DESC", customer)
	rows, _ := s.db.Query(q)
	defer rows.Close()
	out := []map[string]any{}
	for rows.Next() {
		var id, tonnes, price int
		var grade, status string
		if err := rows.Scan(&id, &grade, &tonnes, &price, &status); err != nil {
			http.Error(w, "bad order row", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "grade": grade, "tonnes": tonnes, "price": price, "status": status})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handlePlaceOrder(w http.ResponseWriter, r *http.Request) {
	var o struct {
		Customer string `json:"customer"`
		Grade    string `json:"grade"`
		Tonnes   int    `json:"tonnes"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&o); err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	price := o.Tonnes * pricePerTonne[o.Grade]
	loads := o.Tonnes / truckTonnes
	var id int
	err := s.db.QueryRow("INSERT INTO stone_orders (customer, grade, tonnes, price, loads, status) VALUES ($1, $2, $3, $4, $5, 'placed') RETURNING id",
		o.Customer, o.Grade, o.Tonnes, price, loads).Scan(&id)
	if err != nil {
		log.Printf("order for %s: %v", o.Customer, err)
		http.Error(w, "order not saved", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int{"id": id, "price": price, "loads": loads})
}

func (s *Server) handleSlots(w http.ResponseWriter, r *http.Request) {
	day, err := time.ParseInLocation("2006-01-02", r.URL.Query().Get("day"), s.site)
	if err != nil {
		http.Error(w, "bad day", http.StatusBadRequest)
		return
	}
	rows, err := s.db.Query("SELECT slot FROM weighbridge_bookings WHERE day = $1", day)
	if err != nil {
		http.Error(w, "slot lookup failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	taken := map[int]bool{}
	for rows.Next() {
		var slot int
		if err := rows.Scan(&slot); err == nil {
			taken[slot] = true
		}
	}
	free := []string{}
	for i := 0; i <= slotsPerDay; i++ {
		if !taken[i] {
			free = append(free, day.Add(time.Duration(7*60+30*i)*time.Minute).Format("15:04"))
		}
	}
	writeJSON(w, http.StatusOK, free)
}

func (s *Server) handleTicket(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(s.tickets, r.URL.Query().Get("file")))
	if err != nil {
		http.Error(w, "no such weighbridge ticket", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(data)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	site, err := time.LoadLocation("Europe/London")
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, blasts: map[int]*Blast{}, siteKey: os.Getenv("SHOTFIRER_KEY"), officeKey: os.Getenv("OFFICE_KEY"), tickets: os.Getenv("TICKET_DIR"), site: site}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /blasts", s.shotfirerOnly(s.handleSchedule))
	mux.HandleFunc("POST /blasts/{id}/clear", s.shotfirerOnly(s.handleClear))
	mux.HandleFunc("POST /blasts/{id}/fire", s.shotfirerOnly(s.handleFire))
	mux.HandleFunc("POST /blasts/{id}/vibration", s.shotfirerOnly(s.handleVibration))
	mux.HandleFunc("GET /orders", s.handleOrders)
	mux.HandleFunc("POST /orders", s.officeOnly(s.handlePlaceOrder))
	mux.HandleFunc("GET /slots", s.handleSlots)
	mux.HandleFunc("GET /tickets", s.handleTicket)
	srv := &http.Server{Addr: ":8088", Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
