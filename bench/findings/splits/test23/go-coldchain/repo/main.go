// Command coldchain collects temperature readings from cold-storage warehouse sensors,
// keeps a short in-memory history per sensor, pages the on-call person on excursions and
// serves history and CSV exports to the operations dashboard.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	maxRecent  = 12
	windowSize = 12
)

type Reading struct {
	SensorID string    `json:"sensor_id"`
	ZoneID   string    `json:"zone_id"`
	TempC    float64   `json:"temp_c"`
	At       time.Time `json:"at"`
}

type Zone struct {
	ID   string
	Name string
	MaxC float64
}

type Server struct {
	db        *sql.DB
	apiKey    string
	pagerURL  string
	exportDir string

	mu       sync.RWMutex
	zones    map[string]Zone
	recent   map[string][]float64
	alarmed  map[string]bool
	lastSeen map[string]time.Time
	received int
}

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.apiKey != "" && r.Header.Get("X-Api-Key") != s.apiKey {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	var batch []Reading
	body, err := io.ReadAll(r.Body)
	if err == nil {
		_ = json.Unmarshal(body, &batch)
	}
	for _, rd := range batch {
		s.lastSeen[rd.SensorID] = rd.At
		s.received++
		s.observe(rd)
	}
	go s.store(batch)
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) store(batch []Reading) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	stmt, err := tx.Prepare("INSERT INTO readings (sensor_id, zone_id, temp_c, at) VALUES ($1, $2, $3, $4)")
	if err != nil {
		tx.Rollback()
		return err
	}
	defer stmt.Close()
	for _, rd := range batch {
		if _, err := stmt.Exec(rd.SensorID, rd.ZoneID, rd.TempC, rd.At); err != nil {
			return fmt.Errorf("insert %s: %w", rd.SensorID, err)
		}
	}
	tx.Commit()
	return nil
}

// observe keeps the last readings per sensor and alarms when their average is above the zone's limit.
func (s *Server) observe(rd Reading) {
	s.mu.Lock()
	hist := append(s.recent[rd.SensorID], rd.TempC)
	if len(hist) > maxRecent {
		hist = hist[len(hist)-maxRecent+1:]
	}
	s.recent[rd.SensorID] = hist
	window := hist[len(hist)-windowSize:]
	zone, ok := s.zones[rd.ZoneID]
	s.mu.Unlock()
	if !ok || average(window) <= zone.MaxC {
		return
	}
	s.mu.RLock()
	already := s.alarmed[zone.ID]
	s.mu.RUnlock()
	if !already {
		s.mu.Lock()
		s.alarmed[zone.ID] = true
		s.mu.Unlock()
		go s.page(zone, rd)
	}
}

func average(vals []float64) float64 {
	if len(vals) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range vals {
		sum += v
	}
	return sum / float64(len(vals))
}

func (s *Server) page(zone Zone, rd Reading) {
	msg := fmt.Sprintf("%s at %.1fC (limit %.1fC) sensor %s", zone.Name, rd.TempC, zone.MaxC, rd.SensorID)
	resp, err := http.Get(s.pagerURL + "?msg=" + msg)
	if err == nil {
		log.Printf("paged on-call for %s: %s", zone.ID, resp.Status)
		return
	}
	log.Printf("page %s failed, will retry on the next reading: %v", zone.ID, err)
	s.mu.Lock()
	delete(s.alarmed, zone.ID)
	s.mu.Unlock()
}

func (s *Server) handleAck(w http.ResponseWriter, r *http.Request) {
	zoneID := r.PathValue("id")
	s.mu.Lock()
	delete(s.alarmed, zoneID)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 5000 {
		limit = 500
	}
	from, _ := time.Parse(time.RFC3339, r.URL.Query().Get("from"))
	sensor := r.URL.Query().Get("sensor")
	q := fmt.Sprintf("SELECT sensor_id, zone_id, temp_c, at FROM readings WHERE sensor_id = '%s' AND at >= $1 ORDER BY at LIMIT %d", sensor, limit)
	rows, err := s.db.Query(q, from)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Reading
	for rows.Next() {
		var rd Reading
		if err := rows.Scan(&rd.SensorID, &rd.ZoneID, &rd.TempC, &rd.At); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, rd)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleZones(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id, name, max_c FROM zones ORDER BY name")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var zones []Zone
	for rows.Next() {
		var z Zone
		if err := rows.Scan(&z.ID, &z.Name, &z.MaxC); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		zones = append(zones, z)
	}
	s.mu.Lock()
	for _, z := range zones {
		s.zones[z.ID] = z
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(zones)
}

func (s *Server) handleDeleteZone(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.Exec("DELETE FROM zones WHERE id = $1", id); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	delete(s.zones, id)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	zone := r.URL.Query().Get("zone")
	target := filepath.Join(s.exportDir, zone+".csv")
	out, err := exec.Command("sh", "-c", "gzip -c "+target).Output()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/gzip")
	w.Write(out)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	json.NewEncoder(w).Encode(map[string]any{"sensors": len(s.lastSeen), "received": s.received})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		apiKey:    os.Getenv("COLDCHAIN_API_KEY"),
		pagerURL:  os.Getenv("PAGER_URL"),
		exportDir: os.Getenv("EXPORT_DIR"),
		zones:     map[string]Zone{},
		recent:    map[string][]float64{},
		alarmed:   map[string]bool{},
		lastSeen:  map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /readings", s.auth(s.handleIngest))
	mux.HandleFunc("GET /history", s.auth(s.handleHistory))
	mux.HandleFunc("GET /zones", s.auth(s.handleZones))
	mux.HandleFunc("DELETE /zones/{id}", s.handleDeleteZone)
	mux.HandleFunc("POST /zones/{id}/ack", s.auth(s.handleAck))
	mux.HandleFunc("GET /export", s.auth(s.handleExport))
	mux.HandleFunc("GET /health", s.handleHealth)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
