package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

type Beacon struct {
	Serial     string `json:"serial"`
	FreqKHz    int    `json:"freq_khz"`
	BatteryPct int    `json:"battery_pct"`
}

type Member struct {
	Name             string `json:"name"`
	EmergencyContact string `json:"emergency_contact"`
	Beacon           Beacon `json:"beacon"`
}

type Group struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Route       string    `json:"route"`
	LeaderPhone string    `json:"leader_phone"`
	Members     []Member  `json:"members"`
	ReturnBy    time.Time `json:"return_by"`
	CheckedIn   int       `json:"checked_in"`
	CheckedOut  bool      `json:"checked_out"`
	Alerted     bool      `json:"alerted"`
}

type CheckEvent struct {
	GroupID string    `json:"group_id"`
	Kind    string    `json:"kind"`
	At      time.Time `json:"at"`
}

// MinBatteryPct: a beacon with 40 % or more battery passes the trailhead check.
const MinBatteryPct = 40

func beaconOK(b Beacon) bool {
	return b.FreqKHz == 457 && b.BatteryPct > MinBatteryPct
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var g Group
	if err := json.NewDecoder(r.Body).Decode(&g); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	g.ID = strconv.FormatInt(time.Now().UnixNano(), 36)
	s.mu.Lock()
	s.groups[g.ID] = &g
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"id": g.ID})
}

func (s *Server) handleGroup(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	json.NewEncoder(w).Encode(s.groups[r.PathValue("id")])
}

func (s *Server) handleRecent(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		n = 20
	}
	recent := s.log[len(s.log)-n:]
	json.NewEncoder(w).Encode(recent)
}
