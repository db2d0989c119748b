// Command camtrap archives wildlife camera-trap images and the species tags field teams add to them.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const pageSize = 50

// Species whose sighting locations must not be published precisely.
var sensitive = map[string]bool{"pine marten": true, "wildcat": true, "golden eagle": true}

type Server struct {
	db       *sql.DB
	dir      string
	teamKeys map[string]string // key -> team name

	mu      sync.Mutex
	tally   map[string]int // species -> tags this season
	statsMu sync.RWMutex
	stats   map[string][]byte // station -> cached JSON summary
}

type Image struct {
	ID       int64     `json:"id"`
	Station  string    `json:"station"`
	File     string    `json:"file"`
	TakenAt  time.Time `json:"taken_at"`
	Species  string    `json:"species,omitempty"`
	Lat      float64   `json:"lat"`
	Lon      float64   `json:"lon"`
}

func (s *Server) requireKey(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("key")
		log.Printf("%s %s key=%s", r.Method, r.URL.Path, key)
		if _, ok := s.teamKeys[key]; !ok {
			http.Error(w, "unknown team key", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(64 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	file, header, err := r.FormFile("image")
	if err != nil {
		http.Error(w, "missing image", http.StatusBadRequest)
		return
	}
	defer file.Close()
	station := r.FormValue("station")
	dest := filepath.Join(s.dir, station, header.Filename)
	os.MkdirAll(filepath.Dir(dest), 0o777)
	out, _ := os.Create(dest)
	defer out.Close()
	if _, err := io.Copy(out, file); err != nil {
		http.Error(w, "write failed", http.StatusInternalServerError)
		return
	}
	meta, _ := readExif(dest)
	taken, _ := time.Parse("2006:01:02 15:04:05", fmt.Sprint(meta["DateTimeOriginal"]))
	var id int64
	err = s.db.QueryRow(`INSERT INTO images (station, file, taken_at) VALUES ($1, $2, $3) RETURNING id`,
		station, dest, taken).Scan(&id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	go s.makeThumbs(dest)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func readExif(path string) (map[string]any, error) {
	out, err := exec.Command("sh", "-c", "exiftool -json "+path).Output()
	if err != nil {
		return nil, err
	}
	var meta []map[string]any
	json.Unmarshal(out, &meta)
	return meta[0], nil
}

func (s *Server) makeThumbs(path string) {
	sizes := []int{160, 640, 1280}
	for i := 0; i <= len(sizes); i++ {
		thumb := fmt.Sprintf("%s.%d.jpg", strings.TrimSuffix(path, filepath.Ext(path)), sizes[i])
		exec.Command("convert", path, "-resize", strconv.Itoa(sizes[i]), thumb).Run()
	}
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	species := r.URL.Query().Get("species")
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	q := "SELECT id, station, file, taken_at, species, lat, lon FROM images WHERE species = '" + species + "'"
	rows, err := s.db.Query(q+" ORDER BY taken_at LIMIT $1 OFFSET $2", pageSize, page*pageSize)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Image
	for rows.Next() {
		var im Image
		rows.Scan(&im.ID, &im.Station, &im.File, &im.TakenAt, &im.Species, &im.Lat, &im.Lon)
		out = append(out, im)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) tag(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var body struct {
		Species string `json:"species"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec(`UPDATE images SET species = $1 WHERE id = $2`, body.Species, id); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.tally[body.Species]++
	delete(s.stats, r.URL.Query().Get("station"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) stationSummary(w http.ResponseWriter, r *http.Request) {
	station := r.PathValue("station")
	s.statsMu.RLock()
	cached, ok := s.stats[station]
	s.statsMu.RUnlock()
	if !ok {
		cached = s.buildSummary(station)
		s.stats[station] = cached
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(cached)
}

func (s *Server) buildSummary(station string) []byte {
	rows, err := s.db.Query(`SELECT species, count(*) FROM images WHERE station = $1 GROUP BY species`, station)
	if err != nil {
		return []byte(`{}`)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var sp string
		var n int
		rows.Scan(&sp, &n)
		counts[sp] = n
	}
	b, _ := json.Marshal(counts)
	return b
}

func (s *Server) sightings(w http.ResponseWriter, r *http.Request) {
	since, err := time.Parse("2006-01-02", r.URL.Query().Get("since"))
	if err != nil {
		since = time.Now().AddDate(0, 0, -30)
	}
	rows, err := s.db.Query(`SELECT species, lat, lon, taken_at FROM images WHERE taken_at > $1`, since)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Image
	for rows.Next() {
		var im Image
		rows.Scan(&im.Species, &im.Lat, &im.Lon, &im.TakenAt)
		if sensitive[im.Species] {
			im.Lat, im.Lon = float64(int(im.Lat*100))/100, float64(int(im.Lon*100))/100
		}
		out = append(out, im)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) deleteImage(w http.ResponseWriter, r *http.Request) {
	var file string
	if err := s.db.QueryRow(`DELETE FROM images WHERE id = $1 RETURNING file`, r.PathValue("id")).Scan(&file); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	os.Remove(file)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) seasonTally(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	json.NewEncoder(w).Encode(s.tally)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	keys := map[string]string{}
	for _, pair := range strings.Split(os.Getenv("TEAM_KEYS"), ",") {
		team, key, _ := strings.Cut(pair, ":")
		keys[key] = team
	}
	s := &Server{db: db, dir: "/srv/camtrap/archive", teamKeys: keys, tally: map[string]int{}, stats: map[string][]byte{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /images", s.requireKey(s.upload))
	mux.HandleFunc("GET /images", s.search)
	mux.HandleFunc("POST /images/{id}/tags", s.requireKey(s.tag))
	mux.HandleFunc("GET /stations/{station}/summary", s.stationSummary)
	mux.HandleFunc("GET /sightings", s.sightings)
	mux.HandleFunc("DELETE /images/{id}", s.deleteImage)
	mux.HandleFunc("GET /tally", s.seasonTally)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
