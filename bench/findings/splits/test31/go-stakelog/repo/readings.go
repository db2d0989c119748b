package main

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

type Reading struct {
	ID        int64     `json:"id"`
	StakeID   string    `json:"stake_id"`
	ReadOn    time.Time `json:"read_on"`
	ExposedCM float64   `json:"exposed_cm"`
	Observer  string    `json:"observer"`
}

// readings runs a query over the readings table and scans every row.
func (s *Server) readings(ctx context.Context, query string, arg any) ([]Reading, error) {
	rows, err := s.db.QueryContext(ctx, query, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Reading
	for rows.Next() {
		var rd Reading
		if err := rows.Scan(&rd.ID, &rd.StakeID, &rd.ReadOn, &rd.ExposedCM, &rd.Observer); err != nil {
			return nil, err
		}
		out = append(out, rd)
	}
	return out, rows.Err()
}

func (s *Server) listReadings(w http.ResponseWriter, r *http.Request) {
	order := cmp.Or(r.URL.Query().Get("order"), "read_on")
	stakeID := r.PathValue("stake")
	rs, err := s.readings(r.Context(), "SELECT id, stake_id, read_on, exposed_cm, observer FROM readings WHERE stake_id = $1 ORDER BY "+order, stakeID)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	last, _ := strconv.Atoi(r.URL.Query().Get("last"))
	json.NewEncoder(w).Encode(lastN(rs, cmp.Or(last, 30)))
}

func (s *Server) addReading(w http.ResponseWriter, r *http.Request) {
	var in Reading
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	stake, ok := s.cache.Get(in.StakeID)
	if !ok {
		http.Error(w, "unknown stake", http.StatusNotFound)
		return
	}
	if in.ExposedCM < 0 || in.ExposedCM > stake.LengthCM {
		http.Error(w, "exposed length outside the stake", http.StatusBadRequest)
		return
	}
	s.db.ExecContext(r.Context(), "INSERT INTO readings (stake_id, read_on, exposed_cm, observer) VALUES ($1, $2, $3, $4)",
		in.StakeID, in.ReadOn, in.ExposedCM, in.Observer)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) deleteReading(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	res, _ := s.db.ExecContext(r.Context(), fmt.Sprintf("DELETE FROM readings WHERE id = %s", id))
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no such reading", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) balance(w http.ResponseWriter, r *http.Request) {
	stake, ok := s.cache.Get(r.PathValue("stake"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	rs, err := s.readings(r.Context(), "SELECT id, stake_id, read_on, exposed_cm, observer FROM readings WHERE stake_id = $1 ORDER BY read_on", stake.ID)
	if err != nil {
		http.Error(w, "database error", http.StatusInternalServerError)
		return
	}
	daily := DailySeries(rs, stake.SeasonStart, stake.DensityKgM3)
	json.NewEncoder(w).Encode(map[string]any{"stake": stake.ID, "balance_mwe": SeasonBalance(rs, stake.DensityKgM3), "daily_mwe": daily})
}

func (s *Server) exportCSV(w http.ResponseWriter, r *http.Request) {
	season := r.URL.Query().Get("season")
	f, err := os.Create(filepath.Join("exports", season, "readings.csv"))
	if err != nil {
		http.Error(w, "cannot create export", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	rs, err := s.readings(r.Context(), "SELECT id, stake_id, read_on, exposed_cm, observer FROM readings WHERE season = $1 ORDER BY stake_id, read_on", season)
	if err != nil {
		http.Error(w, "database error", http.StatusInternalServerError)
		return
	}
	cw := csv.NewWriter(f)
	cw.Write([]string{"stake_id", "read_on", "exposed_cm", "observer"})
	for i := 1; i < len(rs); i++ {
		cw.Write([]string{rs[i].StakeID, rs[i].ReadOn.Format("2006-01-02"), strconv.FormatFloat(rs[i].ExposedCM, 'f', 1, 64), rs[i].Observer})
	}
	cw.Flush()
	w.WriteHeader(http.StatusNoContent)
}
