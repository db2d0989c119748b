package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db:        db,
		keyholder: os.Getenv("GLAZE_KEYHOLDER_KEY"),
		sdsDir:    "/srv/glazebins/sds",
		stock:     map[int64]int{},
		raw:       map[string]int{},
		kilnLog:   map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /glazes", s.handleList)
	mux.HandleFunc("POST /glazes", s.memberOnly(s.handleCreate))
	mux.HandleFunc("POST /glazes/{id}/draw", s.memberOnly(s.handleDraw))
	mux.HandleFunc("POST /glazes/{id}/mix", s.memberOnly(s.handleMix))
	mux.HandleFunc("DELETE /glazes/{id}", s.keyholderOnly(s.handleDelete))
	mux.HandleFunc("GET /sds", s.handleSDS)
	mux.HandleFunc("POST /import", s.memberOnly(s.handleImport))
	mux.HandleFunc("GET /firings", s.handleFirings)
	log.Println("glazebins listening on :8086")
	log.Fatal(http.ListenAndServe(":8086", mux))
}
