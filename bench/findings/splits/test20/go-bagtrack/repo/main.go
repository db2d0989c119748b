// Command bagtrack tracks checked baggage through the airport: scanner events, carousel
// assignment, passenger tracking, mishandled-bag claims and tag printing.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	pageSize            = 50
	dailyAllowanceCents = 5000  // interim expenses for each started day a bag is missing
	maxAllowanceCents   = 50000 // cap before a full claim is filed
)

type Bag struct {
	Tag       string    `json:"tag"`
	Flight    string    `json:"flight"`
	Passenger string    `json:"passenger"`
	PNR       string    `json:"pnr"`
	Status    string    `json:"status"`
	Location  string    `json:"location"`
	FirstScan time.Time `json:"first_scan"`
	LastScan  time.Time `json:"last_scan"`
	Scans     int       `json:"scans"`
}

type claimView struct {
	Tag        string    `json:"tag"`
	Status     string    `json:"status"`
	Phone      string    `json:"phone"`
	ReportedAt time.Time `json:"reported_at"`
}

type Server struct {
	db         *sql.DB
	scannerKey string
	photoDir   string
	smsURL     string
	carousels  []string // belt names; carousel 1 is carousels[0]

	mu   sync.Mutex
	bags map[string]*Bag // bags scanned today, by tag

	beltMu     sync.RWMutex
	flightBelt map[string]int // flight -> carousel number
	beltLoad   map[int]int    // carousel number -> flights assigned
}

func (s *Server) scannerOK(r *http.Request) bool {
	key := r.Header.Get("X-Scanner-Key")
	return s.scannerKey != "" && subtle.ConstantTimeCompare([]byte(key), []byte(s.scannerKey)) == 1
}

// POST /scans: one event from a belt or gate scanner.
func (s *Server) handleScan(w http.ResponseWriter, r *http.Request) {
	if !s.scannerOK(r) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var ev struct{ Tag, Flight, Location, Status string }
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad scan", http.StatusBadRequest)
		return
	}
	bag, ok := s.bags[ev.Tag]
	if !ok {
		bag = &Bag{Tag: ev.Tag, Flight: ev.Flight, FirstScan: time.Now()}
		s.bags[ev.Tag] = bag
	}
	bag.Location, bag.Status, bag.LastScan = ev.Location, ev.Status, time.Now()
	bag.Scans++
	if _, err := s.db.Exec("INSERT INTO scans (tag, location, status, at) VALUES ($1, $2, $3, now())",
		ev.Tag, ev.Location, ev.Status); err != nil {
		log.Printf("scan insert %s: %v", ev.Tag, err)
	}
	w.WriteHeader(http.StatusAccepted)
}

// GET /track/{tag}: public tracking page for passengers.
func (s *Server) handleTrack(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	bag, ok := s.bags[r.PathValue("tag")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(bag)
}

// GET /flights/{flight}/bags?status=: bags of one flight for the handling agent.
func (s *Server) handleFlightBags(w http.ResponseWriter, r *http.Request) {
	flight := r.PathValue("flight")
	status := r.URL.Query().Get("status")
	q := fmt.Sprintf("SELECT tag, passenger, status, location FROM bags WHERE flight = '%s' AND status = '%s'", flight, status)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var list []Bag
	for rows.Next() {
		var b Bag
		rows.Scan(&b.Tag, &b.Passenger, &b.Status, &b.Location)
		list = append(list, b)
	}
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	offset = min(offset, len(list))
	page := list[offset : offset+pageSize]
	json.NewEncoder(w).Encode(map[string]any{"bags": page, "total": len(list)})
}

// beltFor returns the carousel a flight's bags go to, assigning the least loaded one on first use.
func (s *Server) beltFor(flight string) int {
	s.beltMu.RLock()
	b, ok := s.flightBelt[flight]
	if !ok {
		b = s.leastLoadedBelt()
		s.flightBelt[flight] = b
		s.beltLoad[b]++
	}
	s.beltMu.RUnlock()
	return b
}

func (s *Server) leastLoadedBelt() int {
	best := 1
	for n := 2; n <= len(s.carousels); n++ {
		if s.beltLoad[n] < s.beltLoad[best] {
			best = n
		}
	}
	return best
}

// carouselNumber maps a belt name from the ground-handling system to its carousel number (0 if unknown).
func (s *Server) carouselNumber(name string) int {
	for i := 1; i <= len(s.carousels); i++ {
		if s.carousels[i] == name {
			return i
		}
	}
	return 0
}

// POST /flights/{flight}/arrived?belt=: bags of an arrived flight go to a carousel.
func (s *Server) handleArrived(w http.ResponseWriter, r *http.Request) {
	flight := r.PathValue("flight")
	n := s.beltFor(flight)
	if name := r.URL.Query().Get("belt"); name != "" {
		n = s.carouselNumber(name)
	}
	if _, err := s.db.Exec("UPDATE bags SET status = 'on_carousel', location = $2 WHERE flight = $1", flight, s.carousels[n-1]); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"carousel": n})
}

// POST /claims/photos: the passenger uploads a photo of a damaged bag (form fields claim, photo).
func (s *Server) handleClaimPhoto(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "photo required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	claimID := r.FormValue("claim")
	dir := filepath.Join(s.photoDir, claimID)
	os.MkdirAll(dir, 0o777)
	out, err := os.Create(filepath.Join(dir, hdr.Filename))
	if err != nil {
		http.Error(w, "cannot store photo", http.StatusInternalServerError)
		return
	}
	if _, err := out.ReadFrom(file); err != nil {
		http.Error(w, "upload interrupted", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// GET /claims/{id}?pnr=: claim status for the passenger, including the interim allowance.
func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	var c claimView
	err := s.db.QueryRow("SELECT tag, status, phone, reported_at FROM claims WHERE id = $1", r.PathValue("id")).
		Scan(&c.Tag, &c.Status, &c.Phone, &c.ReportedAt)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	days := int(time.Since(c.ReportedAt).Hours() / 24)
	allowance := min(days*dailyAllowanceCents, maxAllowanceCents)
	json.NewEncoder(w).Encode(map[string]any{"claim": c, "allowance_cents": allowance})
}

// POST /claims: file a mishandled-bag report and text the passenger a reference.
func (s *Server) handleNewClaim(w http.ResponseWriter, r *http.Request) {
	tag, phone := r.FormValue("tag"), r.FormValue("phone")
	ref := fmt.Sprintf("MB%06d", rand.Intn(1000000))
	if _, err := s.db.Exec("INSERT INTO claims (id, tag, phone, status, reported_at) VALUES ($1, $2, $3, 'open', now())", ref, tag, phone); err != nil {
		http.Error(w, "could not file claim", http.StatusInternalServerError)
		return
	}
	msg := "Your mishandled baggage reference is " + ref
	go func() {
		resp, _ := http.Get(s.smsURL + "?to=" + phone + "&text=" + url.QueryEscape(msg))
		resp.Body.Close()
	}()
	json.NewEncoder(w).Encode(map[string]string{"reference": ref})
}

// POST /tags/{tag}/print?printer=: reprint a bag tag at a check-in desk printer.
func (s *Server) handlePrintTag(w http.ResponseWriter, r *http.Request) {
	printer := r.URL.Query().Get("printer")
	tag := r.PathValue("tag")
	cmd := exec.Command("sh", "-c", "lp -d "+printer+" /var/spool/bagtags/"+tag+".pdf")
	cmd.Run()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{
		db: db, scannerKey: os.Getenv("SCANNER_KEY"), photoDir: "/var/lib/bagtrack/photos",
		smsURL: os.Getenv("SMS_GATEWAY_URL"), carousels: []string{"B1", "B2", "B3", "B4", "B5"},
		bags: map[string]*Bag{}, flightBelt: map[string]int{}, beltLoad: map[int]int{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /scans", s.handleScan)
	mux.HandleFunc("GET /track/{tag}", s.handleTrack)
	mux.HandleFunc("GET /flights/{flight}/bags", s.handleFlightBags)
	mux.HandleFunc("POST /flights/{flight}/arrived", s.handleArrived)
	mux.HandleFunc("POST /claims", s.handleNewClaim)
	mux.HandleFunc("GET /claims/{id}", s.handleClaim)
	mux.HandleFunc("POST /claims/photos", s.handleClaimPhoto)
	mux.HandleFunc("POST /tags/{tag}/print", s.handlePrintTag)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
