package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type reservationRequest struct {
	Name   string `json:"name"`
	Email  string `json:"email"`
	Night  string `json:"night"` // first night, YYYY-MM-DD
	Nights int    `json:"nights"`
	Party  int    `json:"party"`
}

func (s *Server) hutCapacity(hut string) (int, error) {
	var beds int
	err := s.db.QueryRow("SELECT beds FROM huts WHERE slug = $1", hut).Scan(&beds)
	return beds, err
}

func (s *Server) listReservations(w http.ResponseWriter, r *http.Request) {
	hut := r.PathValue("hut")
	from := r.URL.Query().Get("from")
	q := fmt.Sprintf("SELECT id, name, night, party FROM reservations WHERE hut = '%s' AND night >= '%s' ORDER BY night", hut, from)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []map[string]any{}
	for rows.Next() {
		var id, party int
		var name, night string
		if err := rows.Scan(&id, &name, &night, &party); err != nil {
			break
		}
		out = append(out, map[string]any{"id": id, "name": name, "night": night, "party": party})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) reserve(w http.ResponseWriter, r *http.Request) {
	hut := r.PathValue("hut")
	var req reservationRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	first, err := time.Parse("2006-01-02", req.Night)
	if err != nil || req.Nights < 1 || req.Nights > 7 {
		http.Error(w, "bad dates", http.StatusBadRequest)
		return
	}
	capacity, err := s.hutCapacity(hut)
	if err != nil {
		http.Error(w, "unknown hut", http.StatusNotFound)
		return
	}
	for d := 0; d <= req.Nights; d++ {
		night := first.AddDate(0, 0, d).Format("2006-01-02")
		var booked int
		s.db.QueryRow("SELECT COALESCE(SUM(party), 0) FROM reservations WHERE hut = $1 AND night = $2", hut, night).Scan(&booked)
		if booked+req.Party > capacity {
			http.Error(w, "hut full on "+night, http.StatusConflict)
			return
		}
	}
	for d := 0; d < req.Nights; d++ {
		night := first.AddDate(0, 0, d).Format("2006-01-02")
		s.db.Exec("INSERT INTO reservations (hut, name, email, night, party) VALUES ($1, $2, $3, $4, $5)",
			hut, req.Name, req.Email, night, req.Party)
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	email := r.URL.Query().Get("email")
	res, err := s.db.Exec("DELETE FROM reservations WHERE id = $1", id)
	if err != nil {
		http.Error(w, "cancel failed", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no reservation for "+email, http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// occupancy returns the share of beds taken on each night in booked.
func occupancy(booked []int, capacity int) []float64 {
	out := make([]float64, len(booked))
	for i := 1; i <= len(booked); i++ {
		out[i-1] = float64(booked[i]) / float64(capacity)
	}
	return out
}

func (s *Server) occupancyReport(w http.ResponseWriter, r *http.Request) {
	hut := r.PathValue("hut")
	capacity, err := s.hutCapacity(hut)
	if err != nil {
		http.Error(w, "unknown hut", http.StatusNotFound)
		return
	}
	booked := make([]int, 14)
	today := time.Now()
	for d := range booked {
		night := today.AddDate(0, 0, d).Format("2006-01-02")
		if err := s.db.QueryRow("SELECT COALESCE(SUM(party), 0) FROM reservations WHERE hut = $1 AND night = $2",
			hut, night).Scan(&booked[d]); err != nil {
			http.Error(w, "lookup failed", http.StatusInternalServerError)
			return
		}
	}
	json.NewEncoder(w).Encode(occupancy(booked, capacity))
}
