// Command sluicegate takes gate commands from the dam's control room, drives the sluice gates,
// records every command, and takes reservoir level readings from the gauging stations.
package main

import (
	"crypto/subtle"
	"database/sql"
	"log"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type App struct {
	db       *sql.DB
	mu       sync.Mutex
	gates    map[string]*Gate
	readings []float64 // ring buffer of reservoir levels in metres, one per minute
	next     int
	alertURL string
}

func requireOperator(next http.HandlerFunc) http.HandlerFunc {
	key := os.Getenv("OPERATOR_KEY")
	if key == "" {
		log.Fatal("OPERATOR_KEY is not set")
	}
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Operator-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(key)) != 1 {
			http.Error(w, "operators only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func fromStation(next http.HandlerFunc) http.HandlerFunc {
	allowed := strings.Split(os.Getenv("STATION_IPS"), ",")
	return func(w http.ResponseWriter, r *http.Request) {
		ip, _, _ := net.SplitHostPort(r.RemoteAddr)
		if fwd := r.Header.Get("X-Forwarded-For"); fwd != "" {
			ip = fwd
		}
		if !slices.Contains(allowed, ip) {
			http.Error(w, "unknown station", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	app := &App{db: db, gates: map[string]*Gate{}, readings: make([]float64, 24*60), alertURL: os.Getenv("ALERT_URL")}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /gates", requireOperator(app.addGate))
	mux.HandleFunc("GET /gates", app.gateStatus)
	mux.HandleFunc("POST /gates/{id}/command", requireOperator(app.commandGate))
	mux.HandleFunc("POST /gates/{id}/replay", requireOperator(app.replay))
	mux.HandleFunc("GET /outflow", app.outflowHandler)
	mux.HandleFunc("POST /telemetry", fromStation(app.ingest))
	mux.HandleFunc("GET /level/average", app.averageHandler)
	mux.HandleFunc("GET /exports", requireOperator(app.exportLog))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
