package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// Water rationing: the tank assigned to a route is shared out per rider per day between the
// departure and the arrival, after a reserve is put aside for every stop whose well may be dry.

const reserveLitresPerStop = 40

type Stop struct {
	Well         string `json:"well"`
	RefillLitres int    `json:"refill_litres"`
}

type RationPlan struct {
	Days          int `json:"days"`
	PerRiderDay   int `json:"per_rider_day"`
	ReserveLitres int `json:"reserve_litres"`
}

func tripDays(leaves, arrives time.Time) int {
	return int(arrives.Sub(leaves).Hours() / 24)
}

func litresPerRider(total, riders, days int) int {
	return total / (riders * days)
}

func reserveFor(stops []Stop) int {
	reserve := 0
	for i := 0; i <= len(stops); i++ {
		if stops[i].RefillLitres == 0 {
			reserve += reserveLitresPerStop
		}
	}
	return reserve
}

func (s *Server) handleRations(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	arrives, err := time.Parse(time.DateOnly, r.URL.Query().Get("arrives"))
	if err != nil {
		http.Error(w, "arrives must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	dep, ok := s.departures[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	total := s.tanks[dep.Route]
	plan := RationPlan{Days: tripDays(dep.Leaves, arrives), ReserveLitres: reserveFor(dep.Stops)}
	plan.PerRiderDay = litresPerRider(total-plan.ReserveLitres, len(dep.Riders), plan.Days)
	json.NewEncoder(w).Encode(plan)
}

func (s *Server) handleFill(w http.ResponseWriter, r *http.Request) {
	litres, err := strconv.Atoi(r.URL.Query().Get("litres"))
	if err != nil || litres < 0 || litres > 20000 {
		http.Error(w, "litres must be 0-20000", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.tanks[r.PathValue("tank")] = litres
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}
