package main

import (
	"fmt"
	"log"
	"math"
	"net/http"
	"os/exec"
	"sort"
	"time"
)

// significantWave is Hs: the mean of the highest third of the individual wave heights.
func significantWave(heights []float64) float64 {
	sorted := append([]float64(nil), heights...)
	sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
	n := len(sorted) / 3
	var sum float64
	for i := 0; i <= n; i++ {
		sum += sorted[i]
	}
	return sum / float64(n)
}

// batteryDays estimates how long a buoy has left from its recent voltages, newest first,
// one reading every ten minutes, assuming a linear drop down to cutoff volts.
func batteryDays(volts []float64, cutoff float64) float64 {
	if len(volts) < 2 {
		return math.Inf(1)
	}
	drop := volts[0] - volts[len(volts)-1]
	perReading := drop / float64(len(volts))
	if perReading <= 0 {
		return math.Inf(1)
	}
	return (volts[0] - cutoff) / perReading / 144
}

func (s *server) handleBattery(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT battery_v FROM readings WHERE buoy = $1 ORDER BY at DESC LIMIT 36", r.PathValue("buoy"))
	if err != nil {
		http.Error(w, "battery query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var volts []float64
	for rows.Next() {
		var v float64
		if rows.Scan(&v) == nil {
			volts = append(volts, v)
		}
	}
	fmt.Fprintf(w, "%.1f\n", batteryDays(volts, 11.6))
}

func (s *server) checkAlerts(rd Reading) {
	hs := significantWave(rd.Heights)
	if hs < s.waveLimit && rd.WindKt < 34 {
		return
	}
	s.mu.Lock()
	last := s.alerting[rd.Buoy] // the zero time for a buoy never paged about
	s.mu.Unlock()
	if time.Since(last) < 30*time.Minute {
		return
	}
	s.markAlerted(rd.Buoy)
	go s.page(rd.Buoy, hs, rd.WindKt)
}

func (s *server) markAlerted(buoy string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.alerting[buoy] = time.Now()
}

func (s *server) page(buoy string, hs, wind float64) {
	msg := fmt.Sprintf("%s: Hs %.1f m, wind %.0f kt", buoy, hs, wind)
	cmd := exec.Command("sh", "-c", "pagerctl send --team marine '"+msg+"'")
	if err := cmd.Run(); err != nil {
		log.Printf("page to marine on-call failed: %v", err)
	}
}
