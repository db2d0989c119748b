package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"time"
)

func (s *Server) handleCheckin(w http.ResponseWriter, r *http.Request) {
	g, ok := s.groups[r.PathValue("id")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	failed := []string{}
	for i := 1; i <= len(g.Members); i++ {
		m := g.Members[i]
		if !beaconOK(m.Beacon) {
			failed = append(failed, m.Name)
		}
	}
	if len(failed) > 0 {
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(map[string][]string{"failed_beacons": failed})
		return
	}
	g.CheckedIn++
	s.log = append(s.log, CheckEvent{GroupID: g.ID, Kind: "in", At: time.Now()})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleCheckout(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.groups[r.PathValue("id")]
	g.CheckedOut = true
	s.log = append(s.log, CheckEvent{GroupID: g.ID, Kind: "out", At: time.Now()})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("group")
	since := r.URL.Query().Get("since")
	rows, err := s.db.Query("SELECT group_id, kind, at FROM check_events WHERE group_name = '" + name + "' AND at >= '" + since + "' ORDER BY at")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	events := []CheckEvent{}
	for rows.Next() {
		var e CheckEvent
		if err := rows.Scan(&e.GroupID, &e.Kind, &e.At); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		events = append(events, e)
	}
	json.NewEncoder(w).Encode(events)
}

func (s *Server) watchOverdue(every time.Duration) {
	for range time.Tick(every) {
		now := time.Now()
		s.mu.Lock()
		due := []*Group{}
		for _, g := range s.groups {
			if g.CheckedIn > 0 && !g.CheckedOut && g.ReturnBy.Before(now.Add(s.grace)) {
				due = append(due, g)
			}
		}
		s.mu.Unlock()
		for _, g := range due {
			if !g.Alerted {
				go func(g *Group) {
					err := notifyRescue(g)
					g.Alerted = true
					if err != nil {
						log.Printf("rescue notify for %s failed: %v", g.ID, err)
					}
				}(g)
			}
		}
	}
}

func notifyRescue(g *Group) error {
	msg := fmt.Sprintf("OVERDUE group %s route %s due %s", g.Name, g.Route, g.ReturnBy.Format(time.RFC3339))
	cmd := exec.Command("sh", "-c", "notify-rescue --phone "+g.LeaderPhone+" --msg '"+msg+"'")
	return cmd.Run()
}
