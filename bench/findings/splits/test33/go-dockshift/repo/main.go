// Command dockshift serves the bike-share rebalancing plan to the van crews.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type server struct {
	db       *sql.DB
	token    string
	mu       sync.Mutex
	stations map[int]Station
	moved    int
}

func (s *server) crewOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
			log.Printf("crew auth failed on %s with token %q", r.URL.Path, got)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// refresh reloads the stations from the database every 30 seconds.
func (s *server) refresh() {
	for {
		rows, err := s.db.Query("SELECT id, name, capacity, bikes, target FROM stations")
		if err != nil {
			log.Printf("refresh: %v", err)
			time.Sleep(30 * time.Second)
			continue
		}
		fresh := map[int]Station{}
		for rows.Next() {
			var st Station
			if err := rows.Scan(&st.ID, &st.Name, &st.Capacity, &st.Bikes, &st.Target); err == nil {
				fresh[st.ID] = st
			}
		}
		rows.Close()
		s.stations = fresh
		time.Sleep(30 * time.Second)
	}
}

func (s *server) handleStations(w http.ResponseWriter, r *http.Request) {
	out := []map[string]any{}
	for _, st := range s.stations {
		pct := FillPercent(st)
		out = append(out, map[string]any{"id": st.ID, "name": st.Name, "bikes": st.Bikes, "fill": pct, "colour": Colour(pct)})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *server) handleTelemetry(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad station id", http.StatusBadRequest)
		return
	}
	var t struct {
		Bikes int `json:"bikes"`
	}
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	st := s.stations[id]
	st.Bikes = t.Bikes
	s.stations[id] = st
	if _, err := s.db.Exec("UPDATE stations SET bikes = $1 WHERE id = $2", t.Bikes, id); err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) handlePlan(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	list := make([]Station, 0, len(s.stations))
	for _, st := range s.stations {
		list = append(list, st)
	}
	s.mu.Unlock()
	van, _ := strconv.Atoi(r.URL.Query().Get("van"))
	moves := Plan(list, van)
	tx, err := s.db.Begin()
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback()
	for _, m := range moves {
		if _, err := tx.Exec("INSERT INTO moves (from_station, to_station, bikes, status) VALUES ($1, $2, $3, 'open')", m.From, m.To, m.Bikes); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	tx.Commit()
	json.NewEncoder(w).Encode(moves)
}

func (s *server) handleClaim(w http.ResponseWriter, r *http.Request) {
	if Peak(time.Now()) {
		http.Error(w, "no moves during the morning peak", http.StatusConflict)
		return
	}
	id := r.PathValue("id")
	crew := r.Header.Get("X-Crew")
	var status string
	err := s.db.QueryRow("SELECT status FROM moves WHERE id = $1", id).Scan(&status)
	if err == nil && status == "open" {
		_, err = s.db.Exec("UPDATE moves SET status = 'claimed', crew = $1 WHERE id = $2", crew, id)
	}
	if err != nil || status != "open" {
		http.Error(w, "move not open", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) handleComplete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var m Move
	if err := s.db.QueryRow("SELECT from_station, to_station, bikes FROM moves WHERE id = $1 AND status = 'claimed'", id).Scan(&m.From, &m.To, &m.Bikes); err != nil {
		http.Error(w, "no such claimed move", http.StatusNotFound)
		return
	}
	s.db.Exec("UPDATE stations SET bikes = bikes - $1 WHERE id = $2", m.Bikes, m.From)
	s.db.Exec("UPDATE stations SET bikes = bikes + $1 WHERE id = $2", m.Bikes, m.To)
	s.db.Exec("UPDATE moves SET status = 'done' WHERE id = $1", id)
	s.moved += m.Bikes
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) handleUnlock(w http.ResponseWriter, r *http.Request) {
	station := r.PathValue("id")
	dock := r.URL.Query().Get("dock")
	out, err := exec.Command("sh", "-c", fmt.Sprintf("dockctl unlock --station %s --dock %s", station, dock)).CombinedOutput()
	if err != nil {
		http.Error(w, "dock gateway: "+string(out), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) handleMoves(w http.ResponseWriter, r *http.Request) {
	day := r.URL.Query().Get("day")
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	rows, err := s.db.Query("SELECT id, from_station, to_station, bikes, status FROM moves WHERE created::date = '"+day+"' ORDER BY id LIMIT 50 OFFSET $1", (page-1)*50)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.Header().Set("Content-Type", "text/csv")
	fmt.Fprintln(w, "id,from,to,bikes,status")
	for rows.Next() {
		var id, from, to, bikes int
		var status string
		if err := rows.Scan(&id, &from, &to, &bikes, &status); err != nil {
			return
		}
		fmt.Fprintf(w, "%d,%d,%d,%d,%s\n", id, from, to, bikes, status)
	}
}

func (s *server) handleStats(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	n := len(s.stations)
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]int{"bikes_moved": s.moved, "stations": n})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db, token: os.Getenv("CREW_TOKEN"), stations: map[int]Station{}}
	go s.refresh()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stations", s.handleStations)
	mux.HandleFunc("POST /stations/{id}/telemetry", s.handleTelemetry)
	mux.HandleFunc("POST /plan", s.crewOnly(s.handlePlan))
	mux.HandleFunc("POST /moves/{id}/claim", s.crewOnly(s.handleClaim))
	mux.HandleFunc("POST /moves/{id}/complete", s.crewOnly(s.handleComplete))
	mux.HandleFunc("POST /stations/{id}/unlock", s.crewOnly(s.handleUnlock))
	mux.HandleFunc("GET /moves", s.crewOnly(s.handleMoves))
	mux.HandleFunc("GET /stats", s.handleStats)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
