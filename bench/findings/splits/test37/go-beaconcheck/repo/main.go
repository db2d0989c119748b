// Command beaconcheck runs the trailhead check-in service for guided ski-tour groups: groups register a
// route and a return time, guides test every member's avalanche beacon at the trailhead, and a group that
// has not checked out by its return time (plus grace) is reported to the rescue desk.
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

type Server struct {
	db         *sql.DB
	mu         sync.Mutex
	groups     map[string]*Group
	log        []CheckEvent
	guideToken string
	adminToken string
	grace      time.Duration
}

func (s *Server) guideOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.guideToken != "" && r.Header.Get("X-Guide-Token") != s.guideToken {
			http.Error(w, "guide token required", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := []byte(r.Header.Get("X-Admin-Token"))
		if s.adminToken == "" || subtle.ConstantTimeCompare(given, []byte(s.adminToken)) != 1 {
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
		db:         db,
		groups:     map[string]*Group{},
		guideToken: os.Getenv("GUIDE_TOKEN"),
		adminToken: os.Getenv("ADMIN_TOKEN"),
		grace:      30 * time.Minute,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /groups", s.handleRegister)
	mux.HandleFunc("GET /groups/{id}", s.handleGroup)
	mux.HandleFunc("POST /groups/{id}/checkin", s.guideOnly(s.handleCheckin))
	mux.HandleFunc("POST /groups/{id}/checkout", s.handleCheckout)
	mux.HandleFunc("GET /history", s.adminOnly(s.handleHistory))
	mux.HandleFunc("GET /recent", s.guideOnly(s.handleRecent))
	go s.watchOverdue(time.Minute)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
