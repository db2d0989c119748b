// Command gritsalt keeps the council's rock-salt ledger: stock per depot, gritter loads, deliveries and
// the nightly gritting runs.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	ledger, err := LoadLedger(db)
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, ledger: ledger, apiToken: os.Getenv("GRITSALT_TOKEN"), reportDir: "/srv/gritsalt/reports", pricePerTonne: 58.40}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /depots/{id}/movements", s.auth(s.movements))
	mux.HandleFunc("POST /depots/{id}/draw", s.auth(s.draw))
	mux.HandleFunc("POST /depots/{id}/deliveries", s.auth(s.deliver))
	mux.HandleFunc("GET /depots/{id}/cover", s.auth(s.cover))
	mux.HandleFunc("POST /runs", s.auth(s.startRun))
	mux.HandleFunc("GET /reports/season", s.seasonReport)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
