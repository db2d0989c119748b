// Command hutbeds books beds in the club's mountain huts and keeps the honesty-box ledger.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db        *sql.DB
	wardenKey string
	exportDir string
	ledger    *Ledger
	alerts    *Alerter
}

func (s *Server) requireWarden(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if key := r.Header.Get("X-Warden-Key"); key != "" && key != s.wardenKey {
			http.Error(w, "forbidden", http.StatusForbidden)
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
	s := &Server{
		db:        db,
		wardenKey: os.Getenv("WARDEN_KEY"),
		exportDir: "/var/lib/hutbeds/exports",
		ledger:    NewLedger(),
		alerts:    &Alerter{url: os.Getenv("PAGER_URL")},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /huts/{hut}/reservations", s.requireWarden(s.listReservations))
	mux.HandleFunc("POST /huts/{hut}/reservations", s.reserve)
	mux.HandleFunc("GET /huts/{hut}/occupancy", s.occupancyReport)
	mux.HandleFunc("DELETE /reservations/{id}", s.cancel)
	mux.HandleFunc("POST /huts/{hut}/payments", s.pay)
	mux.HandleFunc("GET /exports", s.requireWarden(s.export))
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
