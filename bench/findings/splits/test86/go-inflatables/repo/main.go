// Command inflatables runs the booking desk of a bouncy-castle hire firm: quotes, bookings,
// delivery route planning, damage photos and deposit refunds.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	dayLayout = "2006-01-02"
	photoDir  = "/srv/inflatables/photos"
)

type Payments interface {
	Refund(bookingID string, pence int) error
}

type Server struct {
	db         *sql.DB
	payments   Payments
	deskKey    string
	ownerKey   string
	mu         sync.RWMutex
	dispatched int
	lastRoute  map[string]string
}

type Castle struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	DayRate  int    `json:"day_rate"`
	MaxUsers int    `json:"max_users"`
}

type Quote struct {
	CastleID int64 `json:"castle_id"`
	Days     int   `json:"days"`
	Price    int   `json:"price"`
}

type BookingRequest struct {
	CastleID int64  `json:"castle_id"`
	Start    string `json:"start"`
	End      string `json:"end"`
	Postcode string `json:"postcode"`
	Phone    string `json:"phone"`
	Deposit  int    `json:"deposit"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("key") != s.deskKey {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) ownerOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Owner-Key"))
		if s.ownerKey == "" || subtle.ConstantTimeCompare(got, []byte(s.ownerKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) castle(id string) (Castle, error) {
	var c Castle
	err := s.db.QueryRow(`SELECT id, name, day_rate, max_users FROM castles WHERE id = $1`, id).
		Scan(&c.ID, &c.Name, &c.DayRate, &c.MaxUsers)
	return c, err
}

func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	c, err := s.castle(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such castle", http.StatusNotFound)
		return
	}
	start, err1 := time.Parse(dayLayout, r.URL.Query().Get("start"))
	end, err2 := time.Parse(dayLayout, r.URL.Query().Get("end"))
	if err1 != nil || err2 != nil {
		http.Error(w, "dates must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	days := int(end.Sub(start).Hours() / 24)
	price := days * c.DayRate
	if days >= 3 {
		price = price * 9 / 10
	}
	writeJSON(w, Quote{CastleID: c.ID, Days: days, Price: price})
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req BookingRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	var clashes int
	var id int64
	err := s.db.QueryRow(`SELECT count(*) FROM bookings WHERE castle_id = $1 AND status <> 'cancelled'
		AND start_day < $3 AND end_day > $2`, req.CastleID, req.Start, req.End).Scan(&clashes)
	if err == nil && clashes == 0 {
		err = s.db.QueryRow(`INSERT INTO bookings (castle_id, start_day, end_day, postcode, phone, deposit, status)
			VALUES ($1, $2, $3, $4, $5, $6, 'booked') RETURNING id`,
			req.CastleID, req.Start, req.End, req.Postcode, req.Phone, req.Deposit).Scan(&id)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if id == 0 {
		http.Error(w, "castle is out on those days", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, map[string]int64{"id": id})
}

func (s *Server) handleBooking(w http.ResponseWriter, r *http.Request) {
	var b BookingRequest
	err := s.db.QueryRow(`SELECT castle_id, start_day, end_day, postcode, phone, deposit FROM bookings WHERE id = $1`,
		r.PathValue("id")).Scan(&b.CastleID, &b.Start, &b.End, &b.Postcode, &b.Phone, &b.Deposit)
	if err != nil {
		http.Error(w, "no such booking", http.StatusNotFound)
		return
	}
	writeJSON(w, b)
}

func (s *Server) handleBookings(w http.ResponseWriter, r *http.Request) {
	order := cmp.Or(r.URL.Query().Get("sort"), "start_day")
	day := cmp.Or(r.URL.Query().Get("day"), time.Now().Format(dayLayout))
	rows, err := s.db.Query("SELECT id, castle_id, postcode FROM bookings WHERE start_day <= $1 AND end_day >= $1 ORDER BY "+order, day)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type row struct {
		ID       int64  `json:"id"`
		CastleID int64  `json:"castle_id"`
		Postcode string `json:"postcode"`
	}
	var out []row
	for rows.Next() {
		var x row
		if err := rows.Scan(&x.ID, &x.CastleID, &x.Postcode); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, x)
	}
	writeJSON(w, out)
}

func (s *Server) handleReplan(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	postcode := r.URL.Query().Get("postcode")
	cmd := exec.Command("sh", "-c", "route-plan --booking "+id+" --to "+postcode)
	out, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, "route planner failed", http.StatusBadGateway)
		return
	}
	s.dispatched++
	s.lastRoute[id] = string(out)
	w.Write(out)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	writeJSON(w, map[string]any{"dispatched": s.dispatched, "routes": len(s.lastRoute)})
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<20)
	name := r.Header.Get("X-Photo-Name")
	dest := filepath.Join(photoDir, r.PathValue("id"), name)
	f, err := os.Create(dest)
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if _, err := io.Copy(f, r.Body); err != nil {
		http.Error(w, "upload failed", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var status string
	var deposit int
	err := s.db.QueryRow(`SELECT status, deposit FROM bookings WHERE id = $1`, id).Scan(&status, &deposit)
	if err != nil {
		http.Error(w, "no such booking", http.StatusNotFound)
		return
	}
	if status != "refunded" {
		err = s.payments.Refund(id, deposit)
		_, _ = s.db.Exec(`UPDATE bookings SET status = 'refunded' WHERE id = $1`, id)
	}
	if err != nil {
		http.Error(w, "refund failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, map[string]any{"refunded": deposit})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pay := newCardAPI(os.Getenv("CARD_API_URL"), os.Getenv("CARD_API_KEY"))
	s := &Server{db: db, payments: pay, deskKey: os.Getenv("DESK_KEY"), ownerKey: os.Getenv("OWNER_KEY"),
		lastRoute: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /castles/{id}/quote", s.handleQuote)
	mux.HandleFunc("POST /bookings", s.handleBook)
	mux.HandleFunc("GET /bookings/{id}", s.handleBooking)
	mux.HandleFunc("GET /bookings", s.deskOnly(s.handleBookings))
	mux.HandleFunc("POST /bookings/{id}/replan", s.deskOnly(s.handleReplan))
	mux.HandleFunc("GET /stats", s.ownerOnly(s.handleStats))
	mux.HandleFunc("POST /bookings/{id}/photos", s.deskOnly(s.handlePhoto))
	mux.HandleFunc("POST /bookings/{id}/refund", s.ownerOnly(s.handleRefund))
	srv := &http.Server{Addr: ":8080", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
