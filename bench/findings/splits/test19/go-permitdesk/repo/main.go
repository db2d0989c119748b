// Command permitdesk serves the municipal building-permit office: applications, plan documents,
// reviewer decisions, permit issuing and inspection booking.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"sync"

	_ "github.com/mattn/go-sqlite3"
)

type Server struct {
	db      *sql.DB
	docDir  string
	mu      sync.Mutex
	nextSeq int
	booked  map[string]int // inspector|date -> inspections booked
	stats   map[string]int
}

func main() {
	db, err := sql.Open("sqlite3", os.Getenv("PERMITS_DB"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, docDir: "/srv/permits/docs", booked: map[string]int{}, stats: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /applications", s.Submit)
	mux.HandleFunc("GET /applications", s.List)
	mux.HandleFunc("GET /applications/{id}", s.Get)
	mux.HandleFunc("POST /applications/{id}/documents", s.Upload)
	mux.HandleFunc("GET /documents", s.Download)
	mux.HandleFunc("POST /applications/{id}/decision", s.Decide)
	mux.HandleFunc("POST /applications/{id}/permit", s.IssuePermit)
	mux.HandleFunc("POST /inspections", s.BookInspection)
	mux.HandleFunc("GET /stats", s.Stats)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
