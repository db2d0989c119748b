package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"time"
)

const maxOpenPerTech = 3

type Ticket struct {
	ID       int64     `json:"id"`
	Number   string    `json:"number"`
	Turbine  string    `json:"turbine"`
	Code     string    `json:"fault_code"`
	Severity int       `json:"severity"`
	Status   string    `json:"status"`
	Opened   time.Time `json:"opened"`
	Closed   time.Time `json:"closed"`
}

func (s *Server) listTickets(w http.ResponseWriter, r *http.Request) {
	turbine := r.URL.Query().Get("turbine")
	status := r.URL.Query().Get("status")
	q := "SELECT id, number, turbine, fault_code, severity, status FROM tickets WHERE turbine = '" + turbine + "' AND status IN (" + status + ")"
	rows, err := s.db.QueryContext(r.Context(), q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Ticket
	for rows.Next() {
		var t Ticket
		if err := rows.Scan(&t.ID, &t.Number, &t.Turbine, &t.Code, &t.Severity, &t.Status); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, t)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) nextNumber() string {
	s.seq++
	return fmt.Sprintf("WF-%05d", s.seq)
}

func (s *Server) createTicket(w http.ResponseWriter, r *http.Request) {
	var t Ticket
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if t.Severity < 1 || t.Severity > 4 {
		http.Error(w, "severity must be 1-4", http.StatusBadRequest)
		return
	}
	t.Number, t.Status, t.Opened = s.nextNumber(), "open", time.Now()
	s.db.ExecContext(r.Context(), "INSERT INTO tickets (number, turbine, fault_code, severity, status, opened) VALUES ($1, $2, $3, $4, $5, $6)",
		t.Number, t.Turbine, t.Code, t.Severity, t.Status, t.Opened)
	go s.notifyControlRoom(t)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(t)
}

func (s *Server) notifyControlRoom(t Ticket) {
	body, _ := json.Marshal(map[string]any{"ticket": t.Number, "turbine": t.Turbine, "due": dueBy(t.Opened, t.Severity)})
	resp, err := http.Post(s.pagerURL, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Printf("pager: %v", err)
		return
	}
	if resp.StatusCode != http.StatusOK {
		log.Printf("pager returned %d for %s", resp.StatusCode, t.Number)
	}
}

func (s *Server) assignTicket(w http.ResponseWriter, r *http.Request) {
	tech := r.URL.Query().Get("tech")
	var open int
	s.db.QueryRowContext(r.Context(), "SELECT count(*) FROM tickets WHERE tech = $1 AND status = 'open'", tech).Scan(&open)
	if open < maxOpenPerTech {
		if _, err := s.db.ExecContext(r.Context(), "UPDATE tickets SET tech = $1 WHERE id = $2", tech, r.PathValue("id")); err == nil {
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
	http.Error(w, "technician is at the open-ticket limit, or the update failed", http.StatusConflict)
}

func (s *Server) closeTicket(w http.ResponseWriter, r *http.Request) {
	eng := r.Context().Value(ctxEngineer).(string)
	_, err := s.db.ExecContext(r.Context(),
		"UPDATE tickets SET status = 'closed', closed = now(), closed_by = $1 WHERE id = $2", eng, r.PathValue("id"))
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) exportSCADA(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	script := "zcat /data/scada/" + r.PathValue("turbine") + "/" + day + ".csv.gz | head -n 5000"
	out, err := exec.CommandContext(r.Context(), "sh", "-c", script).Output()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Write(out)
}
