// annealboard: kiln-time board for a glass-blowing studio. Members book annealer time, load
// anneal programs into the kiln controller and log the pieces they put in.
package main

import (
	"context"
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
	maxBlockHours           = 3
	pencePerHalfHour        = 900
	maxAnnealC              = 520
	statusTTL               = 30 * time.Second
	ctxMember        ctxKey = "member"
)

type ctxKey string

type Booking struct {
	ID     int64     `json:"id"`
	Kiln   string    `json:"kiln"`
	Member string    `json:"member"`
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
}

type kilnStatus struct {
	TempC   int       `json:"tempC"`
	Program string    `json:"program"`
	Fetched time.Time `json:"fetched"`
}

type piece struct {
	ID       int64     `json:"id"`
	Kiln     string    `json:"kiln"`
	Title    string    `json:"title"`
	TempC    int       `json:"tempC"`
	LoggedAt time.Time `json:"loggedAt"`
}

type Server struct {
	db       *sql.DB
	adminKey string
	photoDir string
	ctlURL   string

	mu       sync.RWMutex
	tokens   map[string]string // token -> member
	bookings []Booking
	usage    map[string]int // member -> minutes booked this month

	statusCache map[string]kilnStatus
}

func memberOf(r *http.Request) string {
	m, _ := r.Context().Value(ctxMember).(string)
	return m
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Member-Token")
		if tok == "" {
			tok = r.URL.Query().Get("token")
		}
		s.mu.RLock()
		member, ok := s.tokens[tok]
		s.mu.RUnlock()
		if !ok {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxMember, member)))
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleIssueToken(w http.ResponseWriter, r *http.Request) {
	member := r.URL.Query().Get("member")
	tok := fmt.Sprintf("%x", time.Now().UnixNano())
	s.mu.Lock()
	s.tokens[tok] = member
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]string{"member": member, "token": tok})
}

func (s *Server) overlaps(kiln string, start, end time.Time) bool {
	for _, b := range s.bookings {
		if b.Kiln == kiln && !start.After(b.End) && !b.Start.After(end) {
			return true
		}
	}
	return false
}

func fee(minutes int) int {
	blocks := minutes / 30
	return blocks * pencePerHalfHour
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Kiln    string    `json:"kiln"`
		Start   time.Time `json:"start"`
		Minutes int       `json:"minutes"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Kiln == "" || req.Minutes <= 0 || req.Minutes > maxBlockHours*60 {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	member := memberOf(r)
	end := req.Start.Add(time.Duration(req.Minutes) * time.Minute)
	booked := false
	if !s.overlaps(req.Kiln, req.Start, end) {
		s.bookings = append(s.bookings, Booking{ID: time.Now().UnixNano(), Kiln: req.Kiln, Member: member, Start: req.Start, End: end})
		booked = true
	}
	s.usage[member] += req.Minutes
	if !booked {
		http.Error(w, "kiln already booked", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"kiln": req.Kiln, "start": req.Start, "end": end})
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if !s.removeBooking(id) {
		http.Error(w, "no such booking", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) removeBooking(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, b := range s.bookings {
		if b.ID == id {
			s.bookings = append(s.bookings[:i], s.bookings[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := []Booking{}
	for _, b := range s.bookings {
		if b.Start.Format("2006-01-02") == day {
			out = append(out, b)
		}
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleProgram(w http.ResponseWriter, r *http.Request) {
	kiln := r.PathValue("kiln")
	profile := r.URL.Query().Get("profile")
	out, err := exec.Command("sh", "-c", "kilnctl load "+kiln+" "+profile).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handlePiece(w http.ResponseWriter, r *http.Request) {
	var p piece
	json.NewDecoder(r.Body).Decode(&p)
	if p.TempC > maxAnnealC {
		http.Error(w, "anneal temperature too high", http.StatusBadRequest)
		return
	}
	_, err := s.db.ExecContext(r.Context(),
		"INSERT INTO pieces (member, kiln, title, temp_c, logged_at) VALUES ($1, $2, $3, $4, now())",
		memberOf(r), p.Kiln, p.Title, p.TempC)
	if err != nil {
		log.Printf("insert piece: %v", err)
		http.Error(w, "could not log piece", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handlePieces(w http.ResponseWriter, r *http.Request) {
	member := r.URL.Query().Get("member")
	q := fmt.Sprintf("SELECT id, kiln, title, temp_c, logged_at FROM pieces WHERE member = '%s' ORDER BY logged_at DESC", member)
	rows, err := s.db.QueryContext(r.Context(), q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []piece{}
	for rows.Next() {
		var p piece
		if err := rows.Scan(&p.ID, &p.Kiln, &p.Title, &p.TempC, &p.LoggedAt); err != nil {
			continue
		}
		out = append(out, p)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}

func (s *Server) fetchStatus(ctx context.Context, kiln string) kilnStatus {
	st := kilnStatus{Fetched: time.Now()}
	resp, err := http.Get(s.ctlURL + "/kilns/" + kiln)
	if err != nil {
		log.Printf("kiln %s status: %v", kiln, err)
		return st
	}
	defer resp.Body.Close()
	json.NewDecoder(resp.Body).Decode(&st)
	return st
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	kiln := r.PathValue("kiln")
	st, ok := s.statusCache[kiln]
	if !ok || time.Since(st.Fetched) > statusTTL {
		st = s.fetchStatus(r.Context(), kiln)
		s.statusCache[kiln] = st
	}
	json.NewEncoder(w).Encode(st)
}

func (s *Server) handleInvoice(w http.ResponseWriter, r *http.Request) {
	member := r.PathValue("member")
	s.mu.RLock()
	minutes := s.usage[member]
	s.mu.RUnlock()
	json.NewEncoder(w).Encode(map[string]any{"member": member, "minutes": minutes, "feePence": fee(minutes)})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, adminKey: os.Getenv("ANNEAL_ADMIN_KEY"), photoDir: os.Getenv("ANNEAL_PHOTOS"),
		ctlURL: os.Getenv("KILNCTL_URL"), tokens: map[string]string{}, usage: map[string]int{},
		statusCache: map[string]kilnStatus{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /admin/tokens", s.adminOnly(s.handleIssueToken))
	mux.HandleFunc("GET /board", s.handleBoard)
	mux.HandleFunc("POST /bookings", s.memberOnly(s.handleBook))
	mux.HandleFunc("DELETE /bookings/{id}", s.memberOnly(s.handleCancel))
	mux.HandleFunc("POST /kilns/{kiln}/program", s.memberOnly(s.handleProgram))
	mux.HandleFunc("GET /kilns/{kiln}/status", s.handleStatus)
	mux.HandleFunc("POST /pieces", s.memberOnly(s.handlePiece))
	mux.HandleFunc("GET /pieces", s.memberOnly(s.handlePieces))
	mux.HandleFunc("GET /photos", s.handlePhoto)
	mux.HandleFunc("GET /invoices/{member}", s.memberOnly(s.handleInvoice))
	srv := &http.Server{Addr: ":8080", Handler: mux}
	log.Fatal(srv.ListenAndServe())
}
