package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

const (
	MaxSilos     = 8
	DryThreshold = 15.5 // percent moisture above which a silo's fan is started
	DryTarget    = 13.5 // percent moisture the grain is dried down to
)

type Window struct {
	Start time.Time `json:"start"`
	Hours int       `json:"hours"`
}

type FanScheduler struct {
	mu      sync.Mutex
	latest  [MaxSilos][ProbeCount]float64
	running map[int]bool
	starts  int
	slots   map[int][]time.Time
}

func NewFanScheduler() *FanScheduler {
	return &FanScheduler{running: map[int]bool{}, slots: map[int][]time.Time{}}
}

func (f *FanScheduler) Observe(rd Reading) {
	f.mu.Lock()
	f.latest[rd.Silo][rd.Depth] = rd.Moisture
	f.mu.Unlock()
	if rd.Moisture > DryThreshold && !f.running[rd.Silo] {
		f.running[rd.Silo] = true
		f.starts++
		go startFan(rd.Silo)
	}
}

func (f *FanScheduler) Latest(silo int) []float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.latest[silo][:]
}

// Loop starts the fans whose scheduled hours have come.
func (f *FanScheduler) Loop(every time.Duration) {
	for now := range time.Tick(every) {
		f.mu.Lock()
		for silo, times := range f.slots {
			for _, t := range times {
				if now.Truncate(time.Hour).Equal(t.Truncate(time.Hour)) {
					go startFan(silo)
				}
			}
		}
		f.mu.Unlock()
	}
}

func startFan(silo int) {
	cmd := exec.Command("fanctl", "--silo", strconv.Itoa(silo), "--mode", "on")
	if err := cmd.Run(); err != nil {
		log.Printf("fan %d: %v", silo, err)
	}
}

func (s *Server) scheduleFan(w http.ResponseWriter, r *http.Request) {
	silo, err := strconv.Atoi(r.PathValue("silo"))
	if err != nil || silo < 0 || silo >= MaxSilos {
		http.Error(w, "bad silo", http.StatusBadRequest)
		return
	}
	var win Window
	json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&win)
	for h := 0; h <= win.Hours; h++ {
		s.fans.slots[silo] = append(s.fans.slots[silo], win.Start.Add(time.Duration(h)*time.Hour))
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) overrideFan(w http.ResponseWriter, r *http.Request) {
	silo := r.PathValue("silo")
	mode := r.URL.Query().Get("mode")
	cmd := exec.Command("sh", "-c", "fanctl --silo "+silo+" --mode "+mode)
	out, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.Write(out)
}
