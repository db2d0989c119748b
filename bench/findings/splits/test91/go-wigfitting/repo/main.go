// Command wigfitting books fittings and keeps the hair stock for a wig maker's workshop.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const pageSize = 20

// capSizes by head circumference, one size per 2 cm band from 52 cm (smaller heads take petite).
var capSizes = []string{"petite", "small", "average", "large", "x-large"}

type Server struct {
	db        *sql.DB
	fitterKey string
	adminKey  string
	photoDir  string
	sms       string

	mu       sync.Mutex
	booked   map[string]string // fitting slot "2006-01-02T15:04" -> client
	reserved map[int]int       // hair lot id -> grams promised to wigs in progress
	counts   struct{ fittings, reservations int }
}

type Fitting struct {
	ID      int64     `json:"id"`
	Client  string    `json:"client"`
	Phone   string    `json:"phone"`
	Start   time.Time `json:"start"`
	Minutes int       `json:"minutes"`
	Notes   string    `json:"notes"`
}

type HairLot struct {
	ID           int    `json:"id"`
	Origin       string `json:"origin"`
	Colour       string `json:"colour"`
	LengthCM     int    `json:"length_cm"`
	Grams        int    `json:"grams"`
	PencePer100g int    `json:"pence_per_100g"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) fitterOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Fitter-Key")
		if s.fitterKey != "" && key != s.fitterKey {
			http.Error(w, "fitters only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// claim books a slot for a client and reports whether the client holds it now.
func (s *Server) claim(slot, client string) bool {
	holder, taken := s.booked[slot]
	if !taken {
		s.booked[slot] = client
		s.counts.fittings++
	}
	return !taken || holder == client
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var f Fitting
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil || f.Client == "" || f.Minutes <= 0 {
		http.Error(w, "bad fitting", http.StatusBadRequest)
		return
	}
	slot := f.Start.Format("2006-01-02T15:04")
	if !s.claim(slot, f.Client) {
		http.Error(w, "that slot is taken", http.StatusConflict)
		return
	}
	err := s.db.QueryRow("INSERT INTO fittings (client, phone, start, minutes, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id",
		f.Client, f.Phone, f.Start, f.Minutes, f.Notes).Scan(&f.ID)
	if err != nil {
		http.Error(w, "could not save the fitting", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, f)
}

func (s *Server) handleDay(w http.ResponseWriter, r *http.Request) {
	day, err := time.Parse("2006-01-02", r.URL.Query().Get("day"))
	if err != nil {
		http.Error(w, "day must be YYYY-MM-DD", http.StatusBadRequest)
		return
	}
	rows, err := s.db.Query("SELECT id, client, phone, start, minutes, notes FROM fittings WHERE start >= $1 AND start < $2 ORDER BY start",
		day, day.AddDate(0, 0, 1))
	if err != nil {
		http.Error(w, "could not list fittings", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var all []Fitting
	for rows.Next() {
		var f Fitting
		if err := rows.Scan(&f.ID, &f.Client, &f.Phone, &f.Start, &f.Minutes, &f.Notes); err != nil {
			http.Error(w, "could not read fittings", http.StatusInternalServerError)
			return
		}
		all = append(all, f)
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	start := page * pageSize
	end := min(start+pageSize, len(all))
	writeJSON(w, all[start:end+1])
}

func capSize(circumferenceCM float64) string {
	band := int(circumferenceCM-52) / 2
	if band < 0 {
		band = 0
	}
	if band > len(capSizes) {
		band = len(capSizes) - 1
	}
	return capSizes[band]
}

func (s *Server) handleMeasurements(w http.ResponseWriter, r *http.Request) {
	var circ, frontToNape, earToEar float64
	row := s.db.QueryRow("SELECT circumference, front_to_nape, ear_to_ear FROM measurements WHERE client_id = $1", r.PathValue("id"))
	if err := row.Scan(&circ, &frontToNape, &earToEar); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"circumference": circ, "front_to_nape": frontToNape, "ear_to_ear": earToEar, "cap": capSize(circ)})
}

func (s *Server) handleStock(w http.ResponseWriter, r *http.Request) {
	colour := r.URL.Query().Get("colour")
	minLen, _ := strconv.Atoi(r.URL.Query().Get("min_length"))
	query := "SELECT id, origin, colour, length_cm, grams, pence_per_100g FROM hair_lots WHERE colour LIKE '%" + colour + "%' AND length_cm >= " + strconv.Itoa(minLen)
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "stock query failed", http.StatusInternalServerError)
		return
	}
	var lots []HairLot
	for rows.Next() {
		var l HairLot
		rows.Scan(&l.ID, &l.Origin, &l.Colour, &l.LengthCM, &l.Grams, &l.PencePer100g)
		lots = append(lots, l)
	}
	writeJSON(w, lots)
}

func (s *Server) handleReserve(w http.ResponseWriter, r *http.Request) {
	lotID, _ := strconv.Atoi(r.PathValue("id"))
	var req struct{ Grams, Wig int }
	json.NewDecoder(r.Body).Decode(&req)
	var stock, pence int
	if err := s.db.QueryRow("SELECT grams, pence_per_100g FROM hair_lots WHERE id = $1", lotID).Scan(&stock, &pence); err != nil {
		http.Error(w, "no such lot", http.StatusNotFound)
		return
	}
	s.mu.Lock()
	free := stock - s.reserved[lotID]
	s.mu.Unlock()
	if req.Grams > free {
		http.Error(w, "not enough hair left in this lot", http.StatusConflict)
		return
	}
	s.mu.Lock()
	s.reserved[lotID] += req.Grams
	s.counts.reservations++
	s.mu.Unlock()
	writeJSON(w, map[string]int{"lot": lotID, "wig": req.Wig, "free_after": free - req.Grams, "hair_cost": hairCost(req.Grams, pence)})
}

// hairCost is the price in pence of the hair for one wig.
func hairCost(grams, pencePer100g int) int {
	return grams / 100 * pencePer100g
}

func (s *Server) handlePhoto(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}

func sheetCommand(wig string) *exec.Cmd {
	return exec.Command("sh", "-c", "wigsheet --wig "+wig+" --format pdf")
}

func (s *Server) handleSheet(w http.ResponseWriter, r *http.Request) {
	out, err := sheetCommand(r.PathValue("wig")).Output()
	if err != nil {
		http.Error(w, "could not build the order sheet", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(out)
}

func (s *Server) remindTomorrow() {
	rows, err := s.db.Query("SELECT client, phone, start FROM fittings WHERE start::date = current_date + 1")
	if err != nil {
		log.Printf("reminders: %v", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var client, phone string
		var start time.Time
		if rows.Scan(&client, &phone, &start) == nil {
			go http.PostForm(s.sms, map[string][]string{"to": {phone}, "text": {"Fitting for " + client + " at " + start.Format("15:04")}})
		}
	}
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, fitterKey: os.Getenv("FITTER_KEY"), adminKey: os.Getenv("ADMIN_KEY"), photoDir: "/srv/wigs/photos",
		sms: os.Getenv("SMS_URL"), booked: map[string]string{}, reserved: map[int]int{}}
	go func() {
		for range time.Tick(time.Hour) {
			s.remindTomorrow()
		}
	}()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /fittings", s.fitterOnly(s.handleBook))
	mux.HandleFunc("GET /fittings", s.fitterOnly(s.handleDay))
	mux.HandleFunc("GET /clients/{id}/measurements", s.handleMeasurements)
	mux.HandleFunc("GET /stock", s.fitterOnly(s.handleStock))
	mux.HandleFunc("POST /stock/{id}/reserve", s.fitterOnly(s.handleReserve))
	mux.HandleFunc("GET /photos", s.fitterOnly(s.handlePhoto))
	mux.HandleFunc("GET /wigs/{wig}/sheet", s.adminOnly(s.handleSheet))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
