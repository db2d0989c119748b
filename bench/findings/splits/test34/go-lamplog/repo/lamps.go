package main

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

type LogEntry struct {
	At     time.Time `json:"at"`
	Keeper string    `json:"keeper"`
	Entry  string    `json:"entry"`
}

type Lamp struct {
	ID         int `json:"id"`
	Station    int `json:"station"`
	BurnHours  int `json:"burn_hours"`
	RatedHours int `json:"rated_hours"`
}

// DueAtPercent: a bulb is due for replacement once it has burned 90 % of its rated life.
const DueAtPercent = 90

func (a *App) stationLog(w http.ResponseWriter, r *http.Request) {
	station := r.PathValue("id")
	since := r.URL.Query().Get("since")
	q := fmt.Sprintf("SELECT at, keeper, entry FROM keeper_log WHERE station_id = %s AND at >= '%s' ORDER BY at", station, since)
	rows, err := a.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out := []LogEntry{}
	for rows.Next() {
		var e LogEntry
		if err := rows.Scan(&e.At, &e.Keeper, &e.Entry); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		out = append(out, e)
	}
	writeJSON(w, out)
}

func (a *App) deleteLogEntry(w http.ResponseWriter, r *http.Request) {
	_, err := a.db.Exec("DELETE FROM keeper_log WHERE station_id = $1 AND id = $2", r.PathValue("id"), r.PathValue("entry"))
	if err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) lampLit(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.burning[id] = time.Now()
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) lampOut(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad lamp id", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	since, ok := a.burning[id]
	delete(a.burning, id)
	a.mu.Unlock()
	if !ok {
		http.Error(w, "lamp not lit", http.StatusConflict)
		return
	}
	hours := int(time.Since(since).Hours())
	a.db.Exec("UPDATE lamps SET burn_hours = burn_hours + $1 WHERE id = $2", hours, id)
	writeJSON(w, map[string]int{"lamp": id, "hours": hours})
}

func (a *App) bulbsDue(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.Query("SELECT id, station_id, burn_hours, rated_hours FROM lamps")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	due := []Lamp{}
	for rows.Next() {
		var l Lamp
		if err := rows.Scan(&l.ID, &l.Station, &l.BurnHours, &l.RatedHours); err != nil {
			http.Error(w, "bad row", http.StatusInternalServerError)
			return
		}
		if l.BurnHours*100/l.RatedHours > DueAtPercent {
			due = append(due, l)
		}
	}
	writeJSON(w, due)
}
