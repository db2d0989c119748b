package main

import (
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"time"
)

const ProbeCount = 6 // probes per silo, numbered 0 (bottom) to 5 (top)

type Reading struct {
	Silo     int       `json:"silo"`
	Depth    int       `json:"depth"`
	Moisture float64   `json:"moisture"`
	TempC    float64   `json:"temp_c"`
	At       time.Time `json:"at"`
}

func (s *Server) postReading(w http.ResponseWriter, r *http.Request) {
	var rd Reading
	if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	if rd.Depth < 0 || rd.Depth > ProbeCount {
		http.Error(w, "bad depth", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec("INSERT INTO readings (silo, depth, moisture, temp_c, at) VALUES ($1, $2, $3, $4, $5)",
		rd.Silo, rd.Depth, rd.Moisture, rd.TempC, rd.At)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.fans.Observe(rd)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) listReadings(w http.ResponseWriter, r *http.Request) {
	silo := r.PathValue("id")
	since := r.URL.Query().Get("since")
	q := "SELECT depth, moisture, temp_c, at FROM readings WHERE silo = " + silo + " AND at > '" + since + "' ORDER BY at"
	rows, _ := s.db.Query(q)
	out := []Reading{}
	for rows.Next() {
		var rd Reading
		rows.Scan(&rd.Depth, &rd.Moisture, &rd.TempC, &rd.At)
		out = append(out, rd)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) averageMoisture(w http.ResponseWriter, r *http.Request) {
	silo, _ := strconv.Atoi(r.PathValue("id"))
	vals := s.fans.Latest(silo)
	sum := 0.0
	for i := 1; i < len(vals); i++ {
		sum += vals[i]
	}
	avg := sum / float64(len(vals))
	json.NewEncoder(w).Encode(map[string]float64{"average": avg})
}

// hoursToDry is how many whole hours of fan time bring the grain from moisture down to target.
func hoursToDry(moisture, target, ratePerHour float64) int {
	excess := math.Max(moisture-target, 0)
	return int(excess / ratePerHour)
}

func (s *Server) dryingPlan(w http.ResponseWriter, r *http.Request) {
	silo, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || silo < 0 || silo >= MaxSilos {
		http.Error(w, "bad silo", http.StatusBadRequest)
		return
	}
	rate, _ := strconv.ParseFloat(r.URL.Query().Get("rate"), 64)
	vals := s.fans.Latest(silo)
	worst := 0.0
	for _, v := range vals {
		worst = math.Max(worst, v)
	}
	json.NewEncoder(w).Encode(map[string]int{"hours": hoursToDry(worst, DryTarget, rate)})
}
