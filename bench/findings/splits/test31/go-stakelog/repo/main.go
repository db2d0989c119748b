// Command stakelog records ablation-stake readings from glacier field teams and
// publishes season mass balances.
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
	db    *sql.DB
	token string
	cache *StakeCache
	sync  *Syncer
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, token: os.Getenv("STAKELOG_TOKEN"), cache: NewStakeCache(), sync: NewSyncer(os.Getenv("ARCHIVE_HOST"))}
	go s.cache.RefreshEvery(db, 5*time.Minute)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /stakes/{stake}/readings", s.listReadings)
	mux.HandleFunc("GET /stakes/{stake}/balance", s.balance)
	mux.HandleFunc("POST /readings", s.auth(s.addReading))
	mux.HandleFunc("DELETE /readings/{id}", s.auth(s.deleteReading))
	mux.HandleFunc("POST /export", s.auth(s.exportCSV))
	mux.HandleFunc("POST /sync", s.auth(s.syncSeason))
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
			log.Printf("stakelog: rejected token %q from %s", got, r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}
