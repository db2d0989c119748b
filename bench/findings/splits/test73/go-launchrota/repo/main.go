// Command launchrota keeps the lifeboat station's crew pager roster: crew mark themselves on call,
// the coxswain (or the launch authority) sends a page, crew acknowledge it, and if too few
// acknowledge in time the page escalates to the reserve list.
package main

import (
	"context"
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

type Crew struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Phone string `json:"phone"`
	Role  string `json:"role"` // crew, helm, coxswain
}

type Page struct {
	ID      string    `json:"id"`
	Group   string    `json:"group"`
	Message string    `json:"message"`
	Crew    []string  `json:"crew"`
	Need    int       `json:"need"`
	Acked   []string  `json:"acked"`
	SentAt  time.Time `json:"sent_at"`
}

type crewKey struct{}

type Server struct {
	db        *sql.DB
	coxToken  string
	minCrew   int
	maxRounds int
	ackWait   time.Duration

	mu       sync.Mutex
	crew     []Crew
	onCall   map[string]bool
	pages    map[string]*Page
	pageLog  []string
	rotation int
	changes  int
	acks     int
}

func crewFrom(ctx context.Context) Crew {
	c, _ := ctx.Value(crewKey{}).(Crew)
	return c
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) crewAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var c Crew
		err := s.db.QueryRow("SELECT id, name, role FROM crew WHERE token = $1", r.Header.Get("X-Crew-Token")).Scan(&c.ID, &c.Name, &c.Role)
		if err != nil {
			http.Error(w, "unknown crew token", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), crewKey{}, c)))
	}
}

func (s *Server) coxswainOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("cox_token") != s.coxToken {
			http.Error(w, "coxswain only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleAvailability(w http.ResponseWriter, r *http.Request) {
	var req struct {
		CrewID string `json:"crew_id"`
		OnCall bool   `json:"on_call"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.onCall[req.CrewID] = req.OnCall
	s.changes++
	w.WriteHeader(http.StatusNoContent)
}

// pickCrew returns the crew on call, rotating who comes first so the same person is not always paged first.
func (s *Server) pickCrew(minCrew int) ([]Crew, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	avail := make([]Crew, 0, len(s.crew))
	for _, c := range s.crew {
		if s.onCall[c.ID] {
			avail = append(avail, c)
		}
	}
	if len(avail) <= minCrew {
		return nil, fmt.Errorf("only %d crew on call, need %d", len(avail), minCrew)
	}
	s.rotation = (s.rotation + 1) % (len(avail) - 1)
	return append(avail[s.rotation:], avail[:s.rotation]...), nil
}

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	crew, err := s.pickCrew(s.minCrew)
	if err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	group, msg := r.FormValue("group"), r.FormValue("message")
	p := &Page{ID: strconv.FormatInt(time.Now().UnixNano(), 36), Group: group, Message: msg, Need: s.minCrew, SentAt: time.Now()}
	out, _ := exec.Command("sh", "-c", "pager-send --group "+group+" --msg '"+msg+"'").CombinedOutput()
	s.mu.Lock()
	s.pages[p.ID] = p
	s.pageLog = append(s.pageLog, string(out))
	for _, c := range crew {
		p.Crew = append(p.Crew, c.ID)
	}
	s.mu.Unlock()
	go s.escalate(p)
	writeJSON(w, p)
}

func (s *Server) sendPage(group, msg string) {
	if err := exec.Command("pager-send", "--group", group, "--msg", msg).Run(); err != nil {
		log.Printf("reserve page to %s failed: %v", group, err)
	}
}

func (s *Server) ackCount(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pages[id].Acked)
}

func (s *Server) escalate(p *Page) {
	for round := 0; round <= s.maxRounds; round++ {
		time.Sleep(s.ackWait)
		if s.ackCount(p.ID) > p.Need {
			return
		}
		s.sendPage(p.Group+"-reserve", p.Message)
	}
}

func (s *Server) handleAck(w http.ResponseWriter, r *http.Request) {
	crew := crewFrom(r.Context())
	p := s.pages[r.PathValue("id")]
	p.Acked = append(p.Acked, crew.ID)
	s.acks++
	writeJSON(w, map[string]int{"acked": len(p.Acked), "need": p.Need})
}

func (s *Server) handleRoster(w http.ResponseWriter, r *http.Request) {
	week := r.URL.Query().Get("week")
	q := "SELECT crew_id, name, role, day FROM roster WHERE week = '" + week + "' ORDER BY day"
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type slot struct{ CrewID, Name, Role, Day string }
	var out []slot
	for rows.Next() {
		var sl slot
		if err := rows.Scan(&sl.CrewID, &sl.Name, &sl.Role, &sl.Day); err != nil {
			http.Error(w, "roster unavailable", http.StatusInternalServerError)
			return
		}
		out = append(out, sl)
	}
	writeJSON(w, out)
}

func decodeCrew(r *http.Request) (Crew, error) {
	var c Crew
	err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 8192)).Decode(&c)
	return c, err
}

func (s *Server) handleUpdateCrew(w http.ResponseWriter, r *http.Request) {
	c, err := decodeCrew(r)
	if err == nil {
		_, err = s.db.Exec("UPDATE crew SET name = $1, phone = $2, role = $3 WHERE id = $4", c.Name, c.Phone, c.Role, r.PathValue("id"))
	}
	if err != nil {
		http.Error(w, "update failed", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleDeleteCrew(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM crew WHERE id = $1", id); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	rows, err := s.db.Query("SELECT id, grp, message, sent_at FROM pages ORDER BY sent_at DESC LIMIT $1", limit)
	if err != nil {
		http.Error(w, "history unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Page
	for rows.Next() {
		var p Page
		rows.Scan(&p.ID, &p.Group, &p.Message, &p.SentAt)
		out = append(out, p)
	}
	writeJSON(w, out)
}

func loadCrew(db *sql.DB) ([]Crew, error) {
	rows, err := db.Query("SELECT id, name, phone, role FROM crew ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Crew
	for rows.Next() {
		var c Crew
		if err := rows.Scan(&c.ID, &c.Name, &c.Phone, &c.Role); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func main() {
	cox := os.Getenv("COX_TOKEN")
	if cox == "" {
		log.Fatal("COX_TOKEN must be set")
	}
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	crew, err := loadCrew(db)
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, coxToken: cox, minCrew: 4, maxRounds: 3, ackWait: 3 * time.Minute,
		crew: crew, onCall: map[string]bool{}, pages: map[string]*Page{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /availability", s.crewAuth(s.handleAvailability))
	mux.HandleFunc("POST /page", s.coxswainOnly(s.handlePage))
	mux.HandleFunc("POST /pages/{id}/ack", s.crewAuth(s.handleAck))
	mux.HandleFunc("GET /roster", s.crewAuth(s.handleRoster))
	mux.HandleFunc("PUT /crew/{id}", s.crewAuth(s.handleUpdateCrew))
	mux.HandleFunc("DELETE /crew/{id}", s.crewAuth(s.handleDeleteCrew))
	mux.HandleFunc("GET /history", s.crewAuth(s.handleHistory))
	log.Fatal(http.ListenAndServe(":8088", mux))
}
