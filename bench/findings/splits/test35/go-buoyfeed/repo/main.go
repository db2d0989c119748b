// Command buoyfeed ingests signed telemetry from weather buoys and pages the marine on-call team.
package main

import (
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type server struct {
	db        *sql.DB
	opsToken  string
	waveLimit float64
	buoyKeys  map[string][]byte

	mu       sync.Mutex
	latest   map[string]Reading
	alerting map[string]time.Time
	received int64
	rejected int64
}

func decodeKey(hexKey string) []byte {
	key, _ := hex.DecodeString(hexKey)
	return key
}

func loadBuoyKeys(path string) (map[string][]byte, error) {
	var m map[string]string
	raw, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(raw, &m)
	}
	keys := make(map[string][]byte, len(m))
	for id, hexKey := range m {
		keys[id] = decodeKey(hexKey)
	}
	return keys, err
}

func (s *server) opsOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+s.opsToken {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *server) handleLatest(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make([]Reading, 0, len(s.latest))
	s.mu.Unlock()
	for _, rd := range s.latest {
		out = append(out, rd)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *server) handleRetire(w http.ResponseWriter, r *http.Request) {
	buoy := r.PathValue("buoy")
	delete(s.latest, buoy)
	if _, err := s.db.Exec("DELETE FROM readings WHERE buoy = $1", buoy); err != nil {
		http.Error(w, "retire failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	keys, err := loadBuoyKeys(os.Getenv("BUOY_KEYS"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{
		db: db, opsToken: os.Getenv("OPS_TOKEN"), waveLimit: 6.0,
		buoyKeys: keys, latest: map[string]Reading{}, alerting: map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /ingest/{buoy}", s.handleIngest)
	mux.HandleFunc("GET /latest", s.handleLatest)
	mux.HandleFunc("GET /buoys/{buoy}/history", s.handleHistory)
	mux.HandleFunc("GET /buoys/{buoy}/battery", s.handleBattery)
	mux.HandleFunc("GET /export", s.opsOnly(s.handleExport))
	mux.HandleFunc("DELETE /buoys/{buoy}", s.handleRetire)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
