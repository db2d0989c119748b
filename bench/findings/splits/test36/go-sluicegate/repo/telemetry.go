package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
)

// alarmLevel is the reservoir level in metres at which the duty officer is paged.
const alarmLevel = 61.5

// POST /telemetry  {"level_m": 58.42}
func (a *App) ingest(w http.ResponseWriter, r *http.Request) {
	var t struct {
		LevelM float64 `json:"level_m"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<10)).Decode(&t); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	a.readings[a.next%len(a.readings)] = t.LevelM
	a.next++
	if t.LevelM >= alarmLevel {
		a.notify(fmt.Sprintf("reservoir at %.2f m (alarm %.2f m)", t.LevelM, alarmLevel))
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) notify(msg string) {
	resp, err := http.Post(a.alertURL, "text/plain", strings.NewReader(msg))
	if err != nil {
		log.Printf("alert: %v", err)
		return
	}
	if resp.StatusCode != http.StatusOK {
		log.Printf("alert: status %d", resp.StatusCode)
	}
}

func (a *App) level() float64 {
	return a.readings[(a.next-1)%len(a.readings)]
}

// averageLevel is the mean of the last n readings.
func (a *App) averageLevel(n int) float64 {
	sum := 0.0
	for i := 1; i <= n; i++ {
		sum += a.readings[(a.next-i)%len(a.readings)]
	}
	return sum / float64(n)
}

// GET /level/average?minutes=60
func (a *App) averageHandler(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("minutes"))
	if err != nil {
		n = 60
	}
	json.NewEncoder(w).Encode(map[string]float64{"now_m": a.level(), "average_m": a.averageLevel(n)})
}
