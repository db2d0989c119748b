// Command turbinetix is the fault ticketing service for the Carrick Moor wind farm.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db         *sql.DB
	secret     []byte
	pagerURL   string
	seq        int
	mu         sync.RWMutex
	statsCache map[string]int
	statsAt    time.Time
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:       db,
		secret:   []byte(os.Getenv("TICKET_SECRET")),
		pagerURL: os.Getenv("CONTROL_ROOM_PAGER"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tickets", s.requireEngineer(s.listTickets))
	mux.HandleFunc("POST /tickets", s.requireEngineer(s.createTicket))
	mux.HandleFunc("POST /tickets/{id}/assign", s.requireEngineer(s.assignTicket))
	mux.HandleFunc("POST /tickets/{id}/close", s.requireEngineer(s.closeTicket))
	mux.HandleFunc("GET /turbines/{turbine}/climb", s.requireEngineer(s.climbCheck))
	mux.HandleFunc("GET /turbines/{turbine}/scada", s.requireEngineer(s.exportSCADA))
	mux.HandleFunc("GET /stats", s.stats)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
