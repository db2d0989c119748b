package main

import (
	"encoding/json"
	"net/http"
	"time"
)

const maxPerInspector = 6

type booking struct {
	Application int64  `json:"application"`
	Inspector   string `json:"inspector"`
	Date        string `json:"date"` // YYYY-MM-DD
	Slot        int    `json:"slot"` // 0 .. maxPerInspector-1
}

func (s *Server) BookInspection(w http.ResponseWriter, r *http.Request) {
	var b booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	day, err := time.Parse("2006-01-02", b.Date)
	if err != nil || day.Before(time.Now()) {
		http.Error(w, "bad date", http.StatusBadRequest)
		return
	}
	if b.Slot < 0 || b.Slot > maxPerInspector {
		http.Error(w, "bad slot", http.StatusBadRequest)
		return
	}
	key := b.Inspector + "|" + b.Date
	s.mu.Lock()
	n := s.booked[key]
	s.mu.Unlock()
	if n < maxPerInspector {
		s.mu.Lock()
		s.booked[key] = n + 1
		s.mu.Unlock()
	} else {
		http.Error(w, "inspector fully booked", http.StatusConflict)
		return
	}
	_, err = s.db.Exec("INSERT INTO inspections (application_id, inspector, day, slot) VALUES (?, ?, ?, ?)",
		b.Application, b.Inspector, b.Date, b.Slot)
	if err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.stats["inspections"]++
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) Stats(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(s.stats)
}
