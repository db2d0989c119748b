package main

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"time"
)

const (
	chamberLengthM = 22.0 // usable chamber length
	maxBoatLengthM = 21.0 // the gates need a metre of clearance
	slotMinutes    = 20
	firstSlotHour  = 7  // first passage 07:00
	lastSlotHour   = 19 // last passages 19:00, 19:20 and 19:40
)

type Passage struct {
	ID       int64     `json:"id"`
	Boat     string    `json:"boat"`
	LengthM  float64   `json:"length_m"`
	Slot     time.Time `json:"slot"`
	Upstream bool      `json:"upstream"`
}

var lockTime = time.FixedZone("lock", 0)

func (s *Server) listPassages(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	boat := r.URL.Query().Get("boat")
	q := "SELECT id, boat, length_m, slot, upstream FROM passages WHERE slot::date = '" + day + "'"
	if boat != "" {
		q += " AND boat ILIKE '%" + boat + "%'"
	}
	rows, err := s.db.QueryContext(r.Context(), q+" ORDER BY slot")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Passage
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.Boat, &p.LengthM, &p.Slot, &p.Upstream); err != nil {
			continue
		}
		out = append(out, p)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *Server) bookPassage(w http.ResponseWriter, r *http.Request) {
	var p Passage
	err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&p)
	if err != nil || p.Boat == "" {
		http.Error(w, "bad passage", http.StatusBadRequest)
		return
	}
	if p.LengthM > chamberLengthM {
		http.Error(w, "boat too long for the lock", http.StatusBadRequest)
		return
	}
	if h := p.Slot.Hour(); h < firstSlotHour || h >= lastSlotHour || p.Slot.Minute()%slotMinutes != 0 {
		http.Error(w, "not a passage slot", http.StatusBadRequest)
		return
	}
	var taken int
	s.db.QueryRowContext(r.Context(), "SELECT count(*) FROM passages WHERE slot = $1 AND upstream = $2", p.Slot, p.Upstream).Scan(&taken)
	if taken == 0 {
		_, err = s.db.ExecContext(r.Context(), "INSERT INTO passages (boat, length_m, slot, upstream) VALUES ($1, $2, $3, $4)", p.Boat, p.LengthM, p.Slot.In(lockTime), p.Upstream)
	}
	switch {
	case taken > 0:
		http.Error(w, "slot taken", http.StatusConflict)
	case err != nil:
		http.Error(w, "booking failed", http.StatusInternalServerError)
	default:
		w.WriteHeader(http.StatusCreated)
	}
}

func (s *Server) cancelPassage(w http.ResponseWriter, r *http.Request) {
	res, _ := s.db.ExecContext(r.Context(), "DELETE FROM passages WHERE id = $1", r.PathValue("id"))
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "no such passage", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) downloadLog(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	path := filepath.Join("/var/log/locktide", "levels-"+day+".csv")
	http.ServeFile(w, r, path)
}
