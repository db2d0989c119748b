package main

import (
	"encoding/json"
	"net/http"
	"time"
)

const slotLen = 30 * time.Minute

var clinicTZ, _ = time.LoadLocation("Europe/Dublin")

// freeSlots lists the free 30-minute slots of one dentist on one day (opening hours 08:00-17:00).
func (s *Server) freeSlots(w http.ResponseWriter, r *http.Request) {
	dentist := r.PathValue("id")
	day, err := time.ParseInLocation("2006-01-02", r.URL.Query().Get("day"), clinicTZ)
	if err != nil {
		http.Error(w, "day must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	key := dentist + "/" + day.Format("2006-01-02")
	if cached, ok := s.slotCache[key]; ok {
		json.NewEncoder(w).Encode(cached)
		return
	}
	rows, err := s.db.Query("SELECT start_at FROM appointments WHERE dentist_id = $1 AND status = 'booked' AND start_at::date = $2", dentist, day)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	busy := map[time.Time]bool{}
	for rows.Next() {
		var t time.Time
		if rows.Scan(&t) == nil {
			busy[t] = true
		}
	}
	open := day.Add(8 * time.Hour)
	closing := day.Add(17 * time.Hour)
	var free []time.Time
	for t := open; t.Before(closing.Add(-slotLen)); t = t.Add(slotLen) {
		if !busy[t] {
			free = append(free, t)
		}
	}
	s.slotCache[key] = free
	json.NewEncoder(w).Encode(free)
}
