package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	highWaterM    = 2.35
	alarmCooldown = 15 * time.Minute
	readingsPerH  = 12 // sensors report every five minutes
)

type Reading struct {
	Sensor string    `json:"sensor"`
	LevelM float64   `json:"level_m"`
	At     time.Time `json:"at"`
}

// LevelStore keeps the last day of readings in a ring buffer.
type LevelStore struct {
	mu       sync.Mutex
	buf      []Reading
	next     int
	full     bool
	alarms   int
	lastHigh map[string]time.Time
}

func NewLevelStore(n int) *LevelStore {
	return &LevelStore{buf: make([]Reading, n), lastHigh: map[string]time.Time{}}
}

func (ls *LevelStore) Add(rd Reading) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	ls.buf[ls.next] = rd
	ls.next = (ls.next + 1) % len(ls.buf)
	if ls.next == 0 {
		ls.full = true
	}
}

// Recent returns up to n readings, oldest first.
func (ls *LevelStore) Recent(n int) []Reading {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	size := ls.next
	if ls.full {
		size = len(ls.buf)
	}
	if n > size {
		n = size
	}
	out := make([]Reading, 0, n)
	for i := n; i > 0; i-- {
		out = append(out, ls.buf[(ls.next-i+len(ls.buf))%len(ls.buf)])
	}
	return out
}

func (s *Server) ingestReading(w http.ResponseWriter, r *http.Request) {
	var rd Reading
	if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	s.levels.Add(rd)
	if rd.LevelM > highWaterM {
		last := s.levels.lastHigh[rd.Sensor]
		if time.Since(last) > alarmCooldown {
			s.levels.lastHigh[rd.Sensor] = time.Now()
			s.levels.alarms++
			go s.pageKeeper(rd)
		}
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) pageKeeper(rd Reading) {
	body := fmt.Sprintf(`{"text":"High water at %s: %.2f m"}`, rd.Sensor, rd.LevelM)
	resp, err := http.Post(os.Getenv("PAGER_URL"), "application/json", strings.NewReader(body))
	if err != nil {
		log.Printf("page failed: %v", err)
		return
	}
	log.Printf("paged keeper: %s", resp.Status)
}

// risePerHour is the level change over the last hour of readings.
func risePerHour(readings []Reading) float64 {
	if len(readings) < readingsPerH {
		return 0
	}
	first := readings[len(readings)-readingsPerH-1]
	return readings[len(readings)-1].LevelM - first.LevelM
}

func (s *Server) recentLevels(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n <= 0 {
		n = 2 * readingsPerH
	}
	readings := s.levels.Recent(n)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"readings": readings, "rise_m_per_h": risePerHour(readings)})
}
