// Command bladedrone records drone inspection flights over the Hollin Moor wind farm and the blade
// defects the pilots log from the imagery.
package main

import (
	"crypto/subtle"
	"database/sql"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const imageDir = "/srv/bladedrone/images"

type App struct {
	db       *sql.DB
	mu       sync.Mutex
	inFlight map[string]*Flight // drone id -> flight in the air
	uploads  int
	pilotKey string
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	app := &App{db: db, inFlight: map[string]*Flight{}, pilotKey: os.Getenv("PILOT_KEY")}
	if app.pilotKey == "" {
		log.Fatal("PILOT_KEY must be set")
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /flights", app.pilotOnly(app.startFlight))
	mux.HandleFunc("POST /flights/{id}/end", app.pilotOnly(app.endFlight))
	mux.HandleFunc("GET /flights/{id}", app.getFlight)
	mux.HandleFunc("POST /telemetry", app.telemetry)
	mux.HandleFunc("POST /defects", app.pilotOnly(app.logDefect))
	mux.HandleFunc("GET /defects", app.listDefects)
	mux.HandleFunc("GET /images", app.image)
	mux.HandleFunc("GET /turbines/{tid}/report", app.pilotOnly(app.report))
	mux.HandleFunc("GET /turbines/{tid}/coverage", app.coverageFor)
	srv := &http.Server{Addr: ":8090", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func (a *App) pilotOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Pilot-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(a.pilotKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}
