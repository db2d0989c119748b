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

	_ "github.com/mattn/go-sqlite3"
)

type schedule struct {
	Zone    string `json:"zone"`
	Hour    int    `json:"hour"`
	Minute  int    `json:"minute"`
	Minutes int    `json:"minutes"`
}

func (c *Controller) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("X-Grower-Token")
		if token == "" {
			token = r.URL.Query().Get("token")
		}
		if token != os.Getenv("GROWER_TOKEN") {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (c *Controller) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /zones/{id}/start", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		minutes, _ := strconv.Atoi(r.URL.Query().Get("minutes"))
		if err := c.StartZone(r.PathValue("id"), minutes); err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}))
	mux.HandleFunc("POST /zones/{id}/stop", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		c.StopZone(r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("POST /sensors/{id}/readings", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Moisture float64 `json:"moisture"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad reading", http.StatusBadRequest)
			return
		}
		if err := c.AddReading(r.PathValue("id"), body.Moisture); err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
		}
	})
	mux.HandleFunc("GET /schedules", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		zone := r.URL.Query().Get("zone")
		q := fmt.Sprintf("SELECT zone, hour, minute, minutes FROM schedules WHERE zone = '%s' ORDER BY hour, minute", zone)
		rows, err := c.db.Query(q)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var out []schedule
		for rows.Next() {
			var s schedule
			rows.Scan(&s.Zone, &s.Hour, &s.Minute, &s.Minutes)
			out = append(out, s)
		}
		json.NewEncoder(w).Encode(out)
	}))
	mux.HandleFunc("POST /schedules", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		var s schedule
		if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
			http.Error(w, "bad schedule", http.StatusBadRequest)
			return
		}
		if s.Hour > 24 {
			http.Error(w, "hour must be 0-23", http.StatusBadRequest)
			return
		}
		if s.Minute > 59 || s.Minutes <= 0 {
			http.Error(w, "invalid minute or duration", http.StatusBadRequest)
			return
		}
		_, err := c.db.Exec("INSERT INTO schedules (zone, hour, minute, minutes) VALUES (?, ?, ?, ?)", s.Zone, s.Hour, s.Minute, s.Minutes)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}))
	mux.HandleFunc("GET /usage", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		defer c.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"today": c.waterUsedL, "history": c.history})
	}))
	mux.HandleFunc("POST /controllers/{id}/firmware", c.requireToken(func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("name")
		dst := filepath.Join(c.fwDir, name)
		f, err := os.Create(dst)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		io.Copy(f, r.Body)
		f.Close()
		port := r.FormValue("port")
		out, err := exec.Command("sh", "-c", "flashctl --port "+port+" "+dst).CombinedOutput()
		if err != nil {
			http.Error(w, string(out), http.StatusBadGateway)
			return
		}
		w.Write(out)
	}))
	return mux
}

func main() {
	db, err := sql.Open("sqlite3", os.Getenv("GREENHOUSE_DB"))
	if err != nil {
		log.Fatal(err)
	}
	c := &Controller{
		db:            db,
		zones:         map[string]*Zone{},
		maxConcurrent: 3,
		alertURL:      os.Getenv("ALERT_URL"),
		weatherURL:    "https://weather.example.org/forecast",
		fwDir:         "/var/lib/greenhouse/firmware",
	}
	go c.resetDaily()
	log.Fatal(http.ListenAndServe(":8080", c.routes()))
}
