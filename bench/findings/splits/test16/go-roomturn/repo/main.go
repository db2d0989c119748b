package main

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

type Staff struct {
	Name string
	Role string // attendant, supervisor
}

type Server struct {
	db       *sql.DB
	board    *Board
	pins     map[string]Staff
	photoDir string
	pmsURL   string

	summary   map[string]int
	summaryAt time.Time
}

func (s *Server) staff(r *http.Request) (Staff, bool) {
	pin := r.URL.Query().Get("pin")
	st, ok := s.pins[pin]
	return st, ok
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// GET /rooms?floor=3 lists the rooms of one floor.
func (s *Server) handleRooms(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.staff(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	floor := r.URL.Query().Get("floor")
	query := "SELECT number, status, assigned_to FROM rooms WHERE floor = " + floor
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]string
	for rows.Next() {
		var num, status, who string
		rows.Scan(&num, &status, &who)
		out = append(out, map[string]string{"number": num, "status": status, "assigned_to": who})
	}
	writeJSON(w, out)
}

// POST /rooms/{number}/assign {"attendant": "..."}: supervisors hand a room to an attendant.
func (s *Server) handleAssign(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.staff(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var body struct{ Attendant string }
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec("UPDATE rooms SET assigned_to = ? WHERE number = ?", body.Attendant, r.PathValue("number")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// POST /rooms/{number}/claim: an attendant starts cleaning a room.
func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	st, ok := s.staff(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if !s.board.Claim(r.PathValue("number"), st.Name) {
		http.Error(w, "already claimed", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// POST /rooms/{number}/status {"status": "clean"}: attendants report progress.
func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.staff(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var body struct{ Status string }
	json.NewDecoder(r.Body).Decode(&body)
	number := r.PathValue("number")
	s.db.Exec("UPDATE rooms SET status = ? WHERE number = ?", body.Status, number)
	s.board.Set(number, body.Status)
	if body.Status == "clean" {
		go s.notifyPMS(number)
	}
	w.WriteHeader(http.StatusNoContent)
}

// POST /lostfound: photo of a found item, stored under the name the tablet sends.
func (s *Server) handleLostFound(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.staff(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	src, _, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "no photo", http.StatusBadRequest)
		return
	}
	name := r.FormValue("name")
	dst, _ := os.Create(filepath.Join(s.photoDir, name))
	io.Copy(dst, src)
	writeJSON(w, map[string]string{"stored": name})
}

// GET /summary: counts per status for the front desk screen, recomputed at most once a minute.
func (s *Server) handleSummary(w http.ResponseWriter, r *http.Request) {
	if s.summary == nil || time.Since(s.summaryAt) > time.Minute {
		s.summary = map[string]int{}
		for _, st := range s.board.Snapshot() {
			s.summary[st.Status]++
		}
		s.summaryAt = time.Now()
	}
	writeJSON(w, s.summary)
}

// GET /export.csv: nightly report of room notes for the rooms division manager.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	rows, _ := s.db.Query("SELECT number, guest_name, notes FROM rooms ORDER BY number")
	defer rows.Close()
	cw := csv.NewWriter(w)
	for rows.Next() {
		var num, guest, notes string
		rows.Scan(&num, &guest, &notes)
		cw.Write([]string{num, guest, notes})
	}
	cw.Flush()
}

// notifyPMS tells the property management system that a room is ready to sell.
func (s *Server) notifyPMS(number string) {
	resp, err := http.Post(s.pmsURL+"/rooms/"+number+"/ready", "application/json", strings.NewReader("{}"))
	if err == nil {
		log.Printf("pms: room %s ready (%s)", number, resp.Status)
	}
}

// releaseDepartures runs every five minutes: after checkout, departing rooms become dirty and get assigned.
func (s *Server) releaseDepartures() {
	for range time.Tick(5 * time.Minute) {
		if !departuresDue() {
			continue
		}
		rooms := s.column("SELECT number FROM rooms WHERE departs = date('now') AND status = 'occupied'")
		attendants := s.column("SELECT name FROM staff WHERE on_shift = 1 AND role = 'attendant'")
		for attendant, list := range assignRooms(rooms, attendants) {
			for _, n := range list {
				s.db.Exec("UPDATE rooms SET status = 'dirty', assigned_to = ? WHERE number = ?", attendant, n)
			}
		}
	}
}

func (s *Server) column(query string) []string {
	rows, err := s.db.Query(query)
	if err != nil {
		log.Printf("query: %v", err)
		return nil
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if rows.Scan(&v) == nil {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	db, err := sql.Open("sqlite3", os.Getenv("ROOMTURN_DB"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, board: NewBoard(), pins: loadPins(), photoDir: "/srv/roomturn/lostfound", pmsURL: os.Getenv("PMS_URL")}
	go s.releaseDepartures()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rooms", s.handleRooms)
	mux.HandleFunc("POST /rooms/{number}/assign", s.handleAssign)
	mux.HandleFunc("POST /rooms/{number}/claim", s.handleClaim)
	mux.HandleFunc("POST /rooms/{number}/status", s.handleStatus)
	mux.HandleFunc("POST /lostfound", s.handleLostFound)
	mux.HandleFunc("GET /summary", s.handleSummary)
	mux.HandleFunc("GET /export.csv", s.handleExport)
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func loadPins() map[string]Staff {
	pins := map[string]Staff{}
	for _, line := range strings.Split(os.Getenv("ROOMTURN_PINS"), ",") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) == 3 {
			pins[parts[0]] = Staff{Name: parts[1], Role: parts[2]}
		}
	}
	fmt.Fprintf(os.Stderr, "roomturn: %d staff PINs loaded\n", len(pins))
	return pins
}
