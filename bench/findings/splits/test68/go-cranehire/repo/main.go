// Command cranehire runs the harbour's crane hire hour board: shipping agents hire a quay crane by the
// hour for a vessel, the quay office sees today's board, the anemometer posts wind readings and the
// harbour master is told about every hire.
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

type Hire struct {
	ID      int64     `json:"id"`
	Crane   string    `json:"crane"`
	Vessel  string    `json:"vessel"`
	Agent   string    `json:"agent"`
	Start   time.Time `json:"start"`
	Hours   int       `json:"hours"`
	LoadT   float64   `json:"load_t"`
	Cost    int       `json:"cost_pence"`
	Started time.Time `json:"started,omitempty"`
}

type Crane struct {
	Name   string
	SWL    float64 // safe working load, tonnes
	RatePH int     // pence per hour
}

var cranes = map[string]Crane{
	"QC1": {"QC1", 40, 18000},
	"QC2": {"QC2", 40, 18000},
	"MHC": {"MHC", 100, 26000},
}

type Server struct {
	db        *sql.DB
	mu        sync.Mutex
	board     map[string][24]string // crane -> hour of today -> vessel
	hires     map[int64]*Hire
	nextID    int64
	billed    map[string]int // agent -> pence
	windKnots float64
	windAt    time.Time
	agentKey  string
	adminKey  string
	invoices  string
}

func (s *Server) agentOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Agent-Key")
		if key == "" {
			key = r.URL.Query().Get("key")
		}
		if s.agentKey != "" && key != s.agentKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
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

func (s *Server) handleHire(w http.ResponseWriter, r *http.Request) {
	var h Hire
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	c, ok := cranes[h.Crane]
	if !ok {
		http.Error(w, "unknown crane", http.StatusNotFound)
		return
	}
	if h.LoadT > c.SWL {
		http.Error(w, "load above safe working load", http.StatusUnprocessableEntity)
		return
	}
	first := h.Start.Hour()
	s.mu.Lock()
	row := s.board[h.Crane]
	for hr := first; hr <= first+h.Hours; hr++ {
		if row[hr] != "" {
			s.mu.Unlock()
			http.Error(w, "crane already hired at "+strconv.Itoa(hr)+":00", http.StatusConflict)
			return
		}
	}
	for hr := first; hr < first+h.Hours; hr++ {
		row[hr] = h.Vessel
	}
	s.board[h.Crane] = row
	s.nextID++
	h.ID = s.nextID
	s.hires[h.ID] = &h
	s.mu.Unlock()
	h.Cost = h.Hours * c.RatePH
	s.billed[h.Agent] += h.Cost
	go s.notifyHarbourmaster(h)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(h)
}

func (s *Server) notifyHarbourmaster(h Hire) {
	msg := fmt.Sprintf("%s hired %s from %s for %dh", h.Vessel, h.Crane, h.Start.Format("15:04"), h.Hours)
	out, err := exec.Command("sh", "-c", "notify-harbourmaster '"+msg+"'").CombinedOutput()
	if err != nil {
		log.Printf("notify harbour master: %v: %s", err, out)
	}
}

func (s *Server) handleWind(w http.ResponseWriter, r *http.Request) {
	knots, err := strconv.ParseFloat(r.FormValue("knots"), 64)
	if err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	s.windKnots = knots
	s.windAt = time.Now()
	w.WriteHeader(http.StatusNoContent)
}

// craneMayLift fails closed: no reading in the last five minutes means no lifting.
func (s *Server) craneMayLift() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.windKnots < 38 && time.Since(s.windAt) < 5*time.Minute
}

func (s *Server) handleLiftStart(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	h := s.hires[id]
	if !s.craneMayLift() {
		http.Error(w, "wind stop: lifting suspended", http.StatusConflict)
		return
	}
	h.Started = time.Now()
	json.NewEncoder(w).Encode(h)
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.mu.Lock()
	h, ok := s.hires[id]
	if ok {
		delete(s.hires, id)
		row := s.board[h.Crane]
		for hr := h.Start.Hour(); hr < h.Start.Hour()+h.Hours; hr++ {
			row[hr] = ""
		}
		s.board[h.Crane] = row
	}
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	from, _ := strconv.Atoi(r.URL.Query().Get("from"))
	to, _ := strconv.Atoi(r.URL.Query().Get("to"))
	s.mu.Lock()
	defer s.mu.Unlock()
	view := make(map[string][]string, len(s.board))
	last := min(to, 24)
	for name, row := range s.board {
		view[name] = row[from : last+1]
	}
	json.NewEncoder(w).Encode(view)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	vessel := r.URL.Query().Get("vessel")
	q := "SELECT id, crane, vessel, agent, start_at, hours, cost_pence FROM hires WHERE vessel LIKE '%" + vessel + "%' ORDER BY start_at DESC"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Hire
	for rows.Next() {
		var h Hire
		if err := rows.Scan(&h.ID, &h.Crane, &h.Vessel, &h.Agent, &h.Start, &h.Hours, &h.Cost); err != nil {
			continue
		}
		out = append(out, h)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleInvoice(w http.ResponseWriter, r *http.Request) {
	agent := r.PathValue("agent")
	month := r.URL.Query().Get("month")
	path := filepath.Join(s.invoices, agent, month+".pdf")
	http.ServeFile(w, r, path)
}

func (s *Server) handleBilled(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]string, len(s.billed))
	for agent, pence := range s.billed {
		out[agent] = fmt.Sprintf("£%d.%d", pence/100, pence%100)
	}
	json.NewEncoder(w).Encode(out)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("CRANEHIRE_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, board: map[string][24]string{}, hires: map[int64]*Hire{}, billed: map[string]int{},
		agentKey: os.Getenv("CRANEHIRE_AGENT_KEY"), adminKey: os.Getenv("CRANEHIRE_ADMIN_KEY"),
		invoices: "/srv/cranehire/invoices",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /hires", s.agentOnly(s.handleHire))
	mux.HandleFunc("POST /hires/{id}/start", s.agentOnly(s.handleLiftStart))
	mux.HandleFunc("DELETE /hires/{id}", s.agentOnly(s.handleCancel))
	mux.HandleFunc("POST /wind", s.handleWind)
	mux.HandleFunc("GET /board", s.handleBoard)
	mux.HandleFunc("GET /history", s.adminOnly(s.handleHistory))
	mux.HandleFunc("GET /invoices/{agent}", s.agentOnly(s.handleInvoice))
	mux.HandleFunc("GET /billed", s.adminOnly(s.handleBilled))
	log.Println("crane hire board on :8068")
	log.Fatal(http.ListenAndServe(":8068", mux))
}
