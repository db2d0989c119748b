// Command lamplog keeps the lamp maintenance and fuel log for a group of lighthouse stations.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type App struct {
	db      *sql.DB
	mu      sync.Mutex
	burning map[int]time.Time // lamp id -> lit since
	levelMu sync.RWMutex
	levels  map[string]float64 // station -> litres in the tank, cached
}

func (a *App) keeperOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Keeper-Key")
		want := os.Getenv("KEEPER_KEY")
		if want == "" || subtle.ConstantTimeCompare([]byte(key), []byte(want)) != 1 {
			http.Error(w, "keepers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	app := &App{db: db, burning: map[int]time.Time{}, levels: map[string]float64{}}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /stations/{id}/log", app.stationLog)
	mux.HandleFunc("DELETE /stations/{id}/log/{entry}", app.deleteLogEntry)
	mux.HandleFunc("POST /lamps/{id}/lit", app.keeperOnly(app.lampLit))
	mux.HandleFunc("POST /lamps/{id}/out", app.keeperOnly(app.lampOut))
	mux.HandleFunc("GET /lamps/due", app.bulbsDue)
	mux.HandleFunc("POST /fuel/deliveries", app.keeperOnly(app.recordDelivery))
	mux.HandleFunc("GET /fuel/{station}/level", app.tankLevel)
	mux.HandleFunc("GET /fuel/{station}/forecast", app.fuelForecast)
	mux.HandleFunc("GET /reports/{name}", app.keeperOnly(app.report))
	log.Fatal(http.ListenAndServe(":8090", mux))
}
