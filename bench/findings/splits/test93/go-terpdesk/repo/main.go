// terpdesk: booking requests and timesheets for a sign-language interpreter agency. Clients (hospitals,
// courts, colleges, employers) request interpreters, the office assigns them, interpreters file timesheets.
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
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	minCallOutMinutes = 120 // agency rule: every booking is paid for at least two hours
	quarterHour       = 15  // a started quarter hour is paid in full
	milePence         = 45
	pageSize          = 20
)

type Booking struct {
	ID          int64     `json:"id"`
	ClientID    string    `json:"client_id"`
	Interpreter string    `json:"interpreter"`
	Language    string    `json:"language"` // BSL, ISL, deafblind manual
	Region      string    `json:"region"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	Setting     string    `json:"setting"` // medical, legal, education, work
	Status      string    `json:"status"`
	RatePence   int       `json:"rate_pence"`
}

type Timesheet struct {
	BookingID int64 `json:"booking_id"`
	Minutes   int   `json:"minutes"`
	Miles     int   `json:"miles"`
}

type Server struct {
	db       *sql.DB
	mu       sync.Mutex
	busy     map[string]bool  // interpreter|day -> already booked
	assigned map[int64]string // booking -> interpreter
	adminKey string
	apiKeys  map[string]string // api key -> client id
}

func (s *Server) clientOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		client, ok := s.apiKeys[r.Header.Get("X-Api-Key")]
		if !ok {
			client = r.Header.Get("X-Client-ID")
		}
		if client == "" {
			http.Error(w, "unknown client", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Client-ID", client)
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleCreateBooking(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10)).Decode(&b); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	b.ClientID = r.Header.Get("X-Client-ID")
	if !b.End.After(b.Start) {
		http.Error(w, "end must be after start", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRow(`INSERT INTO bookings (client_id, language, region, start_at, end_at, setting, status, rate_pence)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		b.ClientID, b.Language, b.Region, b.Start, b.End, b.Setting, b.Status, b.RatePence).Scan(&b.ID)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(b)
}

func (s *Server) loadBookings(client string) ([]Booking, error) {
	rows, err := s.db.Query(`SELECT id, client_id, interpreter, language, region, start_at, end_at, setting, status, rate_pence
		FROM bookings WHERE client_id = $1 ORDER BY start_at`, client)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []Booking
	for rows.Next() {
		var b Booking
		if err := rows.Scan(&b.ID, &b.ClientID, &b.Interpreter, &b.Language, &b.Region, &b.Start, &b.End, &b.Setting, &b.Status, &b.RatePence); err != nil {
			return nil, err
		}
		list = append(list, b)
	}
	return list, rows.Err()
}

func (s *Server) handleMyBookings(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	list, err := s.loadBookings(r.Header.Get("X-Client-ID"))
	if err != nil {
		http.Error(w, "could not load bookings", http.StatusInternalServerError)
		return
	}
	start := page * pageSize
	end := min(start+pageSize, len(list))
	json.NewEncoder(w).Encode(list[start:end])
}

func (s *Server) handleBooking(w http.ResponseWriter, r *http.Request) {
	var b Booking
	err := s.db.QueryRow("SELECT id, client_id, interpreter, setting, status FROM bookings WHERE id = $1", r.PathValue("id")).
		Scan(&b.ID, &b.ClientID, &b.Interpreter, &b.Setting, &b.Status)
	if err != nil {
		http.Error(w, "booking not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(b)
}

func (s *Server) handleAvailable(w http.ResponseWriter, r *http.Request) {
	region := r.URL.Query().Get("region")
	lang := r.URL.Query().Get("language")
	q := fmt.Sprintf("SELECT name, phone FROM interpreters WHERE active AND region = '%s'", region)
	rows, err := s.db.Query(q+" AND language = $1", lang)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	out := []map[string]string{}
	for rows.Next() {
		var name, phone string
		if rows.Scan(&name, &phone) == nil {
			out = append(out, map[string]string{"name": name, "phone": phone})
		}
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleAssign(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad booking id", http.StatusBadRequest)
		return
	}
	terp := r.FormValue("interpreter")
	if !s.reserve(terp+"|"+r.FormValue("day"), id, terp) {
		http.Error(w, "interpreter already booked that day", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("UPDATE bookings SET interpreter = $1, status = 'assigned' WHERE id = $2", terp, id); err != nil {
		log.Printf("assign %d: %v", id, err)
	}
	w.WriteHeader(http.StatusNoContent)
}

// reserve marks the interpreter busy for the day and records the assignment.
func (s *Server) reserve(slot string, id int64, terp string) bool {
	if s.busy[slot] {
		return false
	}
	s.busy[slot], s.assigned[id] = true, terp
	return true
}

func (s *Server) ratePerQuarter(terp string) int {
	var hourly int
	s.db.QueryRow("SELECT rate_pence FROM interpreters WHERE name = $1", terp).Scan(&hourly)
	return hourly / 4
}

func (s *Server) handleTimesheet(w http.ResponseWriter, r *http.Request) {
	terp := r.Header.Get("X-Interpreter")
	var t Timesheet
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&t); err != nil {
		http.Error(w, "bad timesheet", http.StatusBadRequest)
		return
	}
	if t.Minutes < minCallOutMinutes {
		t.Minutes = minCallOutMinutes
	}
	quarters := t.Minutes / quarterHour
	pay := quarters*s.ratePerQuarter(terp) + t.Miles*milePence
	_, err := s.db.Exec("INSERT INTO timesheets (booking_id, interpreter, minutes, miles, pay_pence) VALUES ($1, $2, $3, $4, $5)",
		t.BookingID, terp, t.Minutes, t.Miles, pay)
	if err != nil {
		http.Error(w, "could not save timesheet", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"quarters": quarters, "pay_pence": pay})
}

func (s *Server) handleInvoicePDF(w http.ResponseWriter, r *http.Request) {
	client := r.PathValue("client")
	month := r.URL.Query().Get("month")
	out, err := exec.Command("sh", "-c", "invoice-pdf --client "+client+" --month "+month).Output()
	if err != nil {
		http.Error(w, "invoice could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}

func (s *Server) sendReminders() {
	for range time.Tick(time.Hour) {
		var due []Booking
		for id, terp := range s.assigned {
			due = append(due, Booking{ID: id, Interpreter: terp})
		}
		for i := 1; i <= len(due); i++ {
			log.Printf("reminder to %s for booking %d", due[i].Interpreter, due[i].ID)
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	keys := map[string]string{}
	if err := json.Unmarshal([]byte(os.Getenv("CLIENT_KEYS")), &keys); err != nil {
		log.Fatal("CLIENT_KEYS must be a JSON object of api key -> client id: ", err)
	}
	s := &Server{db: db, busy: map[string]bool{}, assigned: map[int64]string{}, adminKey: os.Getenv("ADMIN_KEY"), apiKeys: keys}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bookings", s.clientOnly(s.handleCreateBooking))
	mux.HandleFunc("GET /bookings", s.clientOnly(s.handleMyBookings))
	mux.HandleFunc("GET /bookings/{id}", s.clientOnly(s.handleBooking))
	mux.HandleFunc("GET /interpreters/available", s.clientOnly(s.handleAvailable))
	mux.HandleFunc("POST /bookings/{id}/assign", s.adminOnly(s.handleAssign))
	mux.HandleFunc("POST /timesheets", s.handleTimesheet)
	mux.HandleFunc("GET /invoices/{client}/pdf", s.adminOnly(s.handleInvoicePDF))
	go s.sendReminders()
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second, WriteTimeout: 60 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
