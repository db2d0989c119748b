// Command locktide books boat passages through a canal lock and records the lock's water-level telemetry.
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
	keeperKey string
	levels    *LevelStore
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	db.SetMaxOpenConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)

	s := &Server{db: db, keeperKey: os.Getenv("LOCKKEEPER_KEY"), levels: NewLevelStore(288)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /passages", s.listPassages)
	mux.HandleFunc("POST /passages", s.bookPassage)
	mux.HandleFunc("DELETE /passages/{id}", s.keeper(s.cancelPassage))
	mux.HandleFunc("POST /telemetry", s.ingestReading)
	mux.HandleFunc("GET /levels/recent", s.recentLevels)
	mux.HandleFunc("GET /keeper/logs", s.keeper(s.downloadLog))

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// keeper guards the lock keeper's endpoints with the shared key.
func (s *Server) keeper(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Keeper-Key") != s.keeperKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}
