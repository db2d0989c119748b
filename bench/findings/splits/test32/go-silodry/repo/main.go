// Command silodry records grain-silo moisture probe readings and schedules the drying fans.
package main

import (
	"crypto/subtle"
	"database/sql"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db     *sql.DB
	fans   *FanScheduler
	apiKey string
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, fans: NewFanScheduler(), apiKey: os.Getenv("SILO_OPERATOR_KEY")}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /readings", s.sensorAuth(s.postReading))
	mux.HandleFunc("GET /silos/{id}/readings", s.listReadings)
	mux.HandleFunc("GET /silos/{id}/average", s.averageMoisture)
	mux.HandleFunc("GET /silos/{id}/plan", s.dryingPlan)
	mux.HandleFunc("POST /fans/{silo}/schedule", s.operatorAuth(s.scheduleFan))
	mux.HandleFunc("POST /fans/{silo}/override", s.operatorAuth(s.overrideFan))
	go s.fans.Loop(time.Minute)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// sensorAuth admits the probe gateways, which identify themselves as silo-<n>.
func (s *Server) sensorAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("X-Sensor-Id"), "silo-") {
			http.Error(w, "unknown sensor", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) operatorAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Operator-Key")
		if s.apiKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.apiKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}
