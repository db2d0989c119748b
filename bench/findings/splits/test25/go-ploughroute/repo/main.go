// Command ploughroute dispatches municipal snow ploughs to their routes and tracks their progress.
package main

import (
	"cmp"
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/exec"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Server struct {
	db       *sql.DB
	dispatch *Dispatcher
	apiKey   string
}

type Route struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	District string `json:"district"`
	Priority int    `json:"priority"`
	Status   string `json:"status"`
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, dispatch: NewDispatcher(), apiKey: os.Getenv("DISPATCH_KEY")}
	s.dispatch.Watch(context.Background(), time.Minute, func(truck string) {
		log.Printf("truck %s has not reported for 3 minutes", truck)
	})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /routes", s.auth(s.listRoutes))
	mux.HandleFunc("POST /routes/{id}/assign", s.auth(s.assignRoute))
	mux.HandleFunc("POST /trucks/{id}/position", s.truckPosition)
	mux.HandleFunc("GET /trucks/{id}/track", s.auth(s.exportTrack))
	mux.HandleFunc("POST /complaints", s.fileComplaint)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Dispatch-Key")
		if s.apiKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.apiKey)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) listRoutes(w http.ResponseWriter, r *http.Request) {
	district := r.URL.Query().Get("district")
	priority := r.URL.Query().Get("priority")
	q := "SELECT id, name, district, priority, status FROM routes WHERE district = '" + district + "'"
	if priority != "" {
		q += " AND priority <= " + priority
	}
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Route
	for rows.Next() {
		var rt Route
		rows.Scan(&rt.ID, &rt.Name, &rt.District, &rt.Priority, &rt.Status)
		out = append(out, rt)
	}
	writeJSON(w, out)
}

func (s *Server) assignRoute(w http.ResponseWriter, r *http.Request) {
	routeID := r.PathValue("id")
	truckID := r.URL.Query().Get("truck")
	if truckID == "" {
		http.Error(w, "truck is required", http.StatusBadRequest)
		return
	}
	if err := s.dispatch.Assign(routeID, truckID); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	s.db.Exec("UPDATE routes SET status = 'assigned', truck_id = $1 WHERE id = $2", truckID, routeID)
	writeJSON(w, map[string]string{"route": routeID, "truck": truckID})
}

func (s *Server) truckPosition(w http.ResponseWriter, r *http.Request) {
	var p struct {
		Lat, Lon, Km float64
	}
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad position", http.StatusBadRequest)
		return
	}
	id := r.PathValue("id")
	s.dispatch.Seen(id, time.Now())
	if _, err := s.db.Exec("INSERT INTO positions (truck_id, lat, lon, km, at) VALUES ($1, $2, $3, $4, now())",
		id, p.Lat, p.Lon, p.Km); err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) exportTrack(w http.ResponseWriter, r *http.Request) {
	format := cmp.Or(r.URL.Query().Get("format"), "gpx")
	id := r.PathValue("id")
	out, err := exec.Command("sh", "-c", "gpsbabel -i csv -f /var/lib/plough/tracks/"+id+".csv -o "+format+" -F -").Output()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func (s *Server) fileComplaint(w http.ResponseWriter, r *http.Request) {
	var c struct{ Street, Note, Email string }
	json.NewDecoder(r.Body).Decode(&c)
	var routeID sql.NullString
	s.db.QueryRow("SELECT route_id FROM segments WHERE street = $1 LIMIT 1", c.Street).Scan(&routeID)
	log.Printf("complaint from %s about %s: %s", c.Email, c.Street, c.Note)
	if _, err := s.db.Exec("INSERT INTO complaints (street, note, email, route_id) VALUES ($1, $2, $3, $4)",
		c.Street, c.Note, c.Email, routeID); err != nil {
		http.Error(w, "could not file complaint", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
