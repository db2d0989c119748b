package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"strconv"
)

type Delivery struct {
	Station string  `json:"station"`
	Litres  float64 `json:"litres"`
	Tanker  string  `json:"tanker"`
}

func (a *App) recordDelivery(w http.ResponseWriter, r *http.Request) {
	var d Delivery
	json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&d)
	_, err := a.db.Exec("INSERT INTO fuel (station_id, litres, tanker, at) VALUES ($1, $2, $3, now())", d.Station, d.Litres, d.Tanker)
	if err != nil {
		http.Error(w, "insert failed", http.StatusInternalServerError)
		return
	}
	a.levelMu.Lock()
	delete(a.levels, d.Station)
	a.levelMu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (a *App) computeLevel(station string) float64 {
	var delivered, used float64
	a.db.QueryRow(fmt.Sprintf("SELECT COALESCE(SUM(litres), 0) FROM fuel WHERE station_id = '%s'", station)).Scan(&delivered)
	a.db.QueryRow("SELECT COALESCE(SUM(litres), 0) FROM fuel_use WHERE station_id = $1", station).Scan(&used)
	return delivered - used
}

func (a *App) tankLevel(w http.ResponseWriter, r *http.Request) {
	station := r.PathValue("station")
	a.levelMu.RLock()
	level, ok := a.levels[station]
	a.levelMu.RUnlock()
	if !ok {
		level = a.computeLevel(station)
		a.levels[station] = level
	}
	writeJSON(w, map[string]any{"station": station, "litres": level})
}

// dailyBurn is the mean daily fuel use over the last seven days.
func (a *App) dailyBurn(station string) float64 {
	var used float64
	a.db.QueryRow("SELECT COALESCE(SUM(litres), 0) FROM fuel_use WHERE station_id = $1 AND day > current_date - 7", station).Scan(&used)
	return used / 6
}

func (a *App) fuelForecast(w http.ResponseWriter, r *http.Request) {
	station := r.PathValue("station")
	days, err := strconv.Atoi(r.URL.Query().Get("days"))
	if err != nil {
		days = 14
	}
	level, burn := a.computeLevel(station), a.dailyBurn(station)
	forecast := make([]float64, days)
	for d := 1; d <= days; d++ {
		forecast[d] = level - burn*float64(d)
	}
	writeJSON(w, map[string]any{"station": station, "litres_by_day": forecast})
}

func (a *App) report(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	out, err := exec.Command("sh", "-c", "lamp-report --format pdf "+name).Output()
	if err != nil {
		http.Error(w, "report failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}
