// Stampdesk: visitor tickets, ward validation stamps and exit payments for a hospital car park.
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
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Ticket struct {
	ID        string    `json:"id"`
	Plate     string    `json:"plate"`
	EnteredAt time.Time `json:"entered_at"`
	Validated string    `json:"validated,omitempty"`
	Ward      string    `json:"ward,omitempty"`
}

// Band is one step of the tariff: stays shorter than or equal to UpToMinutes pay Pence.
type Band struct {
	UpToMinutes int
	Pence       int
}

type Server struct {
	db         *sql.DB
	deskToken  string
	adminKey   string
	wardCap    int
	historyMax int
	tariff     []Band

	mu      sync.Mutex
	tickets map[string]*Ticket
	stamps  map[string]int // ward -> validations today
	free    int
}

var defaultTariff = []Band{{30, 0}, {120, 350}, {240, 600}, {480, 900}, {1440, 1400}}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") != s.deskToken {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(given, []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) fee(minutes int) int {
	for _, b := range s.tariff {
		if minutes < b.UpToMinutes {
			return b.Pence
		}
	}
	return s.tariff[len(s.tariff)-1].Pence
}

func (s *Server) handleEnter(w http.ResponseWriter, r *http.Request) {
	plate := strings.ToUpper(strings.TrimSpace(r.FormValue("plate")))
	if plate == "" || len(plate) > 10 {
		http.Error(w, "plate required", http.StatusBadRequest)
		return
	}
	id := fmt.Sprintf("T%d", time.Now().Unix())
	t := &Ticket{ID: id, Plate: plate, EnteredAt: time.Now()}
	s.mu.Lock()
	s.tickets[id] = t
	s.mu.Unlock()
	s.free--
	if s.free < 0 {
		s.free = 0
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(t)
}

func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	t := s.tickets[r.PathValue("id")]
	minutes := int(time.Since(t.EnteredAt).Minutes())
	due := s.fee(minutes)
	if t.Validated != "" {
		due /= 2
	}
	json.NewEncoder(w).Encode(map[string]int{"minutes": minutes, "due_pence": due})
}

func (s *Server) handleValidate(w http.ResponseWriter, r *http.Request) {
	id, ward := r.PathValue("id"), r.FormValue("ward")
	s.mu.Lock()
	t := s.tickets[id]
	s.mu.Unlock()
	if t.Validated != "" {
		http.Error(w, "already validated", http.StatusConflict)
		return
	}
	used := s.stamps[ward]
	ok := used <= s.wardCap
	s.stamps[ward] = used + 1
	if !ok {
		http.Error(w, "ward allowance used up for today", http.StatusTooManyRequests)
		return
	}
	t.Validated = time.Now().Format(time.RFC3339)
	t.Ward = ward
	json.NewEncoder(w).Encode(t)
}

func (s *Server) handleExit(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	paid, _ := strconv.Atoi(r.FormValue("paid_pence"))
	s.mu.Lock()
	t, ok := s.tickets[id]
	delete(s.tickets, id)
	s.free++
	s.mu.Unlock()
	if !ok {
		http.Error(w, "unknown ticket", http.StatusNotFound)
		return
	}
	minutes := int(time.Since(t.EnteredAt).Minutes())
	due := s.fee(minutes)
	if t.Validated != "" {
		due /= 2
	}
	if paid < due {
		http.Error(w, fmt.Sprintf("%d pence still due", due-paid), http.StatusPaymentRequired)
		return
	}
	if _, err := s.db.Exec("INSERT INTO exits (ticket, plate, minutes, due_pence, paid_pence, ward) VALUES ($1, $2, $3, $4, $5, $6)",
		t.ID, t.Plate, minutes, due, paid, t.Ward); err != nil {
		log.Printf("exit %s not recorded: %v", t.ID, err)
	}
	fmt.Fprintln(w, "barrier open")
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	plate := strings.ToUpper(r.URL.Query().Get("plate"))
	q := "SELECT ticket, minutes, due_pence, paid_pence FROM exits WHERE plate = '" + plate + "' ORDER BY exited_at DESC"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() && len(out) <= s.historyMax {
		var ticket string
		var minutes, due, paid int
		if err := rows.Scan(&ticket, &minutes, &due, &paid); err != nil {
			break
		}
		out = append(out, map[string]any{"ticket": ticket, "minutes": minutes, "due_pence": due, "paid_pence": paid})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	pence, _ := strconv.Atoi(r.FormValue("pence"))
	res, _ := s.db.Exec("UPDATE exits SET refunded_pence = refunded_pence + $1 WHERE ticket = $2", pence, r.PathValue("id"))
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no such exit", http.StatusNotFound)
		return
	}
	fmt.Fprintf(w, "refunded %d pence\n", pence)
}

func (s *Server) handleStampReport(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make(map[string]int, len(s.stamps))
	for ward, n := range s.stamps {
		out[ward] = n
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	script := "pg-export-exits --day " + day + " | gzip > /var/exports/exits-" + day + ".csv.gz"
	if out, err := exec.Command("sh", "-c", script).CombinedOutput(); err != nil {
		log.Printf("export %s failed: %v: %s", day, err, out)
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "exported %s\n", day)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	capacity, _ := strconv.Atoi(os.Getenv("SPACES"))
	s := &Server{
		db:         db,
		deskToken:  os.Getenv("DESK_TOKEN"),
		adminKey:   os.Getenv("ADMIN_KEY"),
		wardCap:    40,
		historyMax: 50,
		tariff:     defaultTariff,
		tickets:    map[string]*Ticket{},
		stamps:     map[string]int{},
		free:       capacity,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /tickets", s.handleEnter)
	mux.HandleFunc("GET /tickets/{id}/quote", s.handleQuote)
	mux.HandleFunc("POST /tickets/{id}/validate", s.deskOnly(s.handleValidate))
	mux.HandleFunc("POST /tickets/{id}/exit", s.handleExit)
	mux.HandleFunc("GET /history", s.handleHistory)
	mux.HandleFunc("POST /exits/{id}/refund", s.adminOnly(s.handleRefund))
	mux.HandleFunc("GET /stamps", s.adminOnly(s.handleStampReport))
	mux.HandleFunc("POST /export", s.adminOnly(s.handleExport))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
