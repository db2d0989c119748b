package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Flight struct {
	ID      string    `json:"id"`
	Drone   string    `json:"drone"`
	Turbine string    `json:"turbine"`
	Pilot   string    `json:"pilot"`
	Started time.Time `json:"started"`
	Battery []int     `json:"battery"` // percent, one sample per telemetry post
}

func (a *App) startFlight(w http.ResponseWriter, r *http.Request) {
	var f Flight
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&f); err != nil {
		http.Error(w, "bad flight", http.StatusBadRequest)
		return
	}
	f.ID = fmt.Sprintf("%s-%d", f.Drone, time.Now().Unix())
	f.Started = time.Now()
	_, busy := a.inFlight[f.Drone]
	if !busy {
		a.inFlight[f.Drone] = &f
	}
	if busy {
		http.Error(w, "drone already airborne", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(f)
}

func (a *App) endFlight(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var f *Flight
	a.mu.Lock()
	for _, cand := range a.inFlight {
		if cand.ID == id {
			f = cand
		}
	}
	a.mu.Unlock()
	if f == nil {
		http.NotFound(w, r)
		return
	}
	minBattery := 100
	for i := 1; i < len(f.Battery); i++ {
		minBattery = min(minBattery, f.Battery[i])
	}
	_, err := a.db.Exec(`INSERT INTO flights (id, drone, turbine, pilot, started, ended, min_battery)
		VALUES ($1, $2, $3, $4, $5, now(), $6)`, f.ID, f.Drone, f.Turbine, f.Pilot, f.Started, minBattery)
	if err != nil {
		http.Error(w, "saving flight: "+err.Error(), http.StatusInternalServerError)
		return
	}
	delete(a.inFlight, f.Drone)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) getFlight(w http.ResponseWriter, r *http.Request) {
	var f Flight
	row := a.db.QueryRow("SELECT id, drone, turbine, pilot, started FROM flights WHERE id = $1", r.PathValue("id"))
	row.Scan(&f.ID, &f.Drone, &f.Turbine, &f.Pilot, &f.Started)
	json.NewEncoder(w).Encode(f)
}

func (a *App) telemetry(w http.ResponseWriter, r *http.Request) {
	var s struct{ Drone string; Battery int }
	json.NewDecoder(r.Body).Decode(&s)
	a.mu.Lock()
	f := a.inFlight[s.Drone]
	a.mu.Unlock()
	if f != nil {
		f.Battery = append(f.Battery, s.Battery)
	}
	a.uploads++
	w.WriteHeader(http.StatusAccepted)
}
