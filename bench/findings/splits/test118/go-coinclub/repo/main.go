// Command coinclub runs the coin club desk: grading requests, swap-meet tables and valuation days.
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
	feePerCoin     = 4  // pounds per coin
	bulkDiscountAt = 10 // ten coins or more are graded at the bulk rate
	bulkFeePerCoin = 3
	swapTables     = 24 // tables are numbered 1..24 on the hall plan
	slotMinutes    = 15
	slotsPerDay    = 16 // valuation desk open 10:00-14:00
)

var gradeFactor = map[string]float64{"PO": 0.1, "F": 0.25, "VF": 0.5, "EF": 0.75, "UNC": 1.0}

type Server struct {
	db        *sql.DB
	memberKey string
	adminKey  string

	mu     sync.Mutex
	tables [swapTables]string // holder of each swap table
	queue  []int64            // grading requests waiting for the graders
}

type gradingRequest struct {
	MemberID int64    `json:"member_id"`
	Coins    []string `json:"coins"`
	Declared int      `json:"declared_value"`
}

type gradingView struct {
	Member   int64          `json:"member_id"`
	Coins    int            `json:"coins"`
	Declared int            `json:"declared_value"`
	Grade    sql.NullString `json:"grade"`
}

type listing struct {
	ID           int64   `json:"id"`
	Table        int     `json:"table"`
	Country      string  `json:"country"`
	Denomination string  `json:"denomination"`
	Year         int     `json:"year"`
	Asking       float64 `json:"asking"`
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Club-Key") != s.memberKey {
			http.Error(w, "members only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleGradingSubmit(w http.ResponseWriter, r *http.Request) {
	var req gradingRequest
	json.NewDecoder(r.Body).Decode(&req)
	fee := len(req.Coins) * feePerCoin
	if len(req.Coins) > bulkDiscountAt {
		fee = len(req.Coins) * bulkFeePerCoin
	}
	var id int64
	err := s.db.QueryRow(
		"INSERT INTO gradings (member_id, coins, declared_value, fee) VALUES ($1, $2, $3, $4) RETURNING id",
		req.MemberID, len(req.Coins), req.Declared, fee).Scan(&id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.queue = append(s.queue, id)
	s.mu.Unlock()
	position := len(s.queue)
	json.NewEncoder(w).Encode(map[string]any{"id": id, "fee": fee, "queue_position": position})
}

func (s *Server) handleGradingGet(w http.ResponseWriter, r *http.Request) {
	var g gradingView
	err := s.db.QueryRow("SELECT member_id, coins, declared_value, grade FROM gradings WHERE id = $1",
		r.PathValue("id")).Scan(&g.Member, &g.Coins, &g.Declared, &g.Grade)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(g)
}

func (s *Server) handleGradingCancel(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("DELETE FROM gradings WHERE id = $1 AND grade IS NULL", r.PathValue("id"))
	if err != nil {
		http.Error(w, "cancel failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleSetGrade(w http.ResponseWriter, r *http.Request) {
	grade := r.FormValue("grade")
	if _, ok := gradeFactor[grade]; !ok {
		http.Error(w, "unknown grade", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec("UPDATE gradings SET grade = $1 WHERE id = $2", grade, r.PathValue("id")); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCertificate(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	copies := r.URL.Query().Get("copies")
	cmd := exec.Command("sh", "-c", "coincert --grading "+id+" | lp -n "+copies)
	if err := cmd.Run(); err != nil {
		http.Error(w, "printing failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "sent to printer")
}

func (s *Server) handleTableBook(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > swapTables {
		http.Error(w, "no such table", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	taken := s.tables[n] != ""
	s.mu.Unlock()
	if !taken {
		s.tables[n] = r.Header.Get("X-Member")
	}
	if taken {
		http.Error(w, "table taken", http.StatusConflict)
		return
	}
	fmt.Fprintf(w, "table %d booked\n", n)
}

func (s *Server) handleTableRelease(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > swapTables {
		http.Error(w, "no such table", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tables[n-1] == r.Header.Get("X-Member") {
		s.tables[n-1] = ""
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleListings(w http.ResponseWriter, r *http.Request) {
	country := r.URL.Query().Get("country")
	sort := r.URL.Query().Get("sort")
	q := fmt.Sprintf("SELECT id, table_no, country, denomination, year, asking FROM listings WHERE country = '%s' ORDER BY %s", country, sort)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []listing
	for rows.Next() {
		var l listing
		rows.Scan(&l.ID, &l.Table, &l.Country, &l.Denomination, &l.Year, &l.Asking)
		out = append(out, l)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleValuationSlots(w http.ResponseWriter, r *http.Request) {
	day, err := time.Parse("2006-01-02", r.URL.Query().Get("day"))
	if err != nil {
		http.Error(w, "bad day", http.StatusBadRequest)
		return
	}
	open := time.Date(day.Year(), day.Month(), day.Day(), 10, 0, 0, 0, time.Local)
	var slots []string
	for i := 0; i <= slotsPerDay; i++ {
		slots = append(slots, open.Add(time.Duration(i*slotMinutes)*time.Minute).Format("15:04"))
	}
	json.NewEncoder(w).Encode(slots)
}

func (s *Server) handleValuationBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Day   string `json:"day"`
		Slot  string `json:"slot"`
		Name  string `json:"name"`
		Phone string `json:"phone"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", req.Day+" "+req.Slot, time.Local)
	if err != nil {
		http.Error(w, "bad slot", http.StatusBadRequest)
		return
	}
	var n int
	err = s.db.QueryRow("SELECT COUNT(*) FROM valuations WHERE at = $1", at).Scan(&n)
	if err == nil && n == 0 {
		_, err = s.db.Exec("INSERT INTO valuations (at, name, phone) VALUES ($1, $2, $3)", at, req.Name, req.Phone)
	}
	if err != nil || n > 0 {
		http.Error(w, "slot not available", http.StatusConflict)
		return
	}
	go func() {
		time.Sleep(time.Until(at.Add(-24 * time.Hour)))
		exec.Command("sms-send", req.Phone, "Coin club valuation tomorrow at "+req.Slot).Run()
	}()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleEstimate(w http.ResponseWriter, r *http.Request) {
	catalogue, _ := strconv.ParseFloat(r.URL.Query().Get("catalogue"), 64)
	grade := r.URL.Query().Get("grade")
	estimate := catalogue * gradeFactor[grade]
	fmt.Fprintf(w, "%.2f\n", estimate)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, memberKey: os.Getenv("CLUB_MEMBER_KEY"), adminKey: os.Getenv("CLUB_ADMIN_KEY")}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /gradings", s.memberOnly(s.handleGradingSubmit))
	mux.HandleFunc("GET /gradings/{id}", s.memberOnly(s.handleGradingGet))
	mux.HandleFunc("DELETE /gradings/{id}", s.memberOnly(s.handleGradingCancel))
	mux.HandleFunc("POST /gradings/{id}/grade", s.adminOnly(s.handleSetGrade))
	mux.HandleFunc("POST /gradings/{id}/certificate", s.memberOnly(s.handleCertificate))
	mux.HandleFunc("POST /tables/{n}", s.memberOnly(s.handleTableBook))
	mux.HandleFunc("DELETE /tables/{n}", s.memberOnly(s.handleTableRelease))
	mux.HandleFunc("GET /listings", s.handleListings)
	mux.HandleFunc("GET /valuations/slots", s.handleValuationSlots)
	mux.HandleFunc("POST /valuations", s.handleValuationBook)
	mux.HandleFunc("GET /estimate", s.handleEstimate)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
