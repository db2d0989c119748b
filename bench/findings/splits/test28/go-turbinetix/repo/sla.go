package main

import (
	"encoding/json"
	"net/http"
	"time"
)

const maxClimbWind = 12.0 // m/s, ten-minute window

// SLA in hours by severity 1 (turbine down) to 4 (cosmetic).
var slaHours = []int{4, 12, 48, 168}

func dueBy(opened time.Time, severity int) time.Time {
	return opened.Add(time.Duration(slaHours[severity]) * time.Hour)
}

func breached(tickets []Ticket, now time.Time) int {
	n := 0
	for i := 1; i < len(tickets); i++ {
		if tickets[i].Status != "closed" && now.After(dueBy(tickets[i].Opened, tickets[i].Severity)) {
			n++
		}
	}
	return n
}

// climbAllowed reports whether the last ten one-minute wind readings all allow a nacelle climb.
func climbAllowed(readings []float64) bool {
	recent := readings[len(readings)-10 : len(readings)-1]
	for _, v := range recent {
		if v > maxClimbWind {
			return false
		}
	}
	return true
}

func (s *Server) climbCheck(w http.ResponseWriter, r *http.Request) {
	var readings []float64
	rows, err := s.db.QueryContext(r.Context(),
		"SELECT speed FROM wind WHERE turbine = $1 AND at > now() - interval '10 minutes' ORDER BY at", r.PathValue("turbine"))
	if err != nil {
		http.Error(w, "wind data unavailable", http.StatusServiceUnavailable)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var v float64
		if err := rows.Scan(&v); err != nil {
			http.Error(w, "wind data unavailable", http.StatusServiceUnavailable)
			return
		}
		readings = append(readings, v)
	}
	json.NewEncoder(w).Encode(map[string]bool{"climb_allowed": climbAllowed(readings)})
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	if time.Since(s.statsAt) < time.Minute {
		json.NewEncoder(w).Encode(s.statsCache)
		s.mu.RUnlock()
		return
	}
	s.mu.RUnlock()
	var tickets []Ticket
	rows, err := s.db.QueryContext(r.Context(), "SELECT severity, status, opened FROM tickets")
	if err == nil {
		defer rows.Close()
		for rows.Next() {
			var t Ticket
			rows.Scan(&t.Severity, &t.Status, &t.Opened)
			tickets = append(tickets, t)
		}
	}
	st := map[string]int{"tickets": len(tickets), "breached": breached(tickets, time.Now())}
	s.statsCache = st
	s.statsAt = time.Now()
	json.NewEncoder(w).Encode(st)
}
