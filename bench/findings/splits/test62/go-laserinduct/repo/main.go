// Command laserinduct keeps the hackspace's laser-cutter induction register and runs the cutter sessions.
package main

import (
	"cmp"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	inductionValidDays = 365 // an induction lapses a year after the sign-off
	maxSessionMinutes  = 120
	historyLimit       = 50
	jobDir             = "/srv/laser/jobs"
)

// Never on the laser: chlorine or cyanide fumes, or fire.
var bannedMaterials = map[string]bool{"PVC": true, "VINYL": true, "POLYCARBONATE": true, "FIBREGLASS": true}

type Server struct {
	db          *sql.DB
	memberKey   string
	adminKey    string
	mu          sync.Mutex
	active      map[string]*Session // machine -> running session
	tubeMinutes map[string]int      // laser tube wear per machine
}

type Session struct {
	Member   string    `json:"member"`
	Machine  string    `json:"machine"`
	Material string    `json:"material"`
	Started  time.Time `json:"started"`
	Minutes  int       `json:"minutes"`
}

type inductionReq struct {
	Member  string `json:"member"`
	Trainer string `json:"trainer"`
	Machine string `json:"machine"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.memberKey != "" && r.Header.Get("X-Member-Key") != s.memberKey {
			http.Error(w, "members only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Admin-Key"))
		if s.adminKey == "" || subtle.ConstantTimeCompare(got, []byte(s.adminKey)) != 1 {
			http.Error(w, "admins only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleInduct(w http.ResponseWriter, r *http.Request) {
	var req inductionReq
	_ = json.NewDecoder(r.Body).Decode(&req)
	var isTrainer bool
	_ = s.db.QueryRow("SELECT is_trainer FROM members WHERE handle = $1", req.Trainer).Scan(&isTrainer)
	if !isTrainer {
		http.Error(w, "a trainer must sign off the induction", http.StatusForbidden)
		return
	}
	if _, err := s.db.Exec("INSERT INTO inductions (member, trainer, machine, inducted_at) VALUES ($1, $2, $3, now())",
		req.Member, req.Trainer, req.Machine); err != nil {
		http.Error(w, "could not record induction", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, req)
}

func (s *Server) inducted(member, machine string) (bool, error) {
	var at time.Time
	err := s.db.QueryRow("SELECT inducted_at FROM inductions WHERE member = $1 AND machine = $2 ORDER BY inducted_at DESC LIMIT 1",
		member, machine).Scan(&at)
	if err == sql.ErrNoRows {
		return false, nil
	} else if err != nil {
		return false, err
	}
	days := int(time.Since(at).Hours() / 24)
	return days <= inductionValidDays, nil
}

func (s *Server) handleStart(w http.ResponseWriter, r *http.Request) {
	machine := r.PathValue("machine")
	var sess Session
	if err := json.NewDecoder(r.Body).Decode(&sess); err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	if ok, err := s.inducted(sess.Member, machine); err != nil || !ok {
		http.Error(w, "not inducted on this machine", http.StatusForbidden)
		return
	}
	if sess.Minutes < 1 || sess.Minutes > maxSessionMinutes {
		http.Error(w, "sessions are 1 to 120 minutes", http.StatusBadRequest)
		return
	}
	if bannedMaterials[sess.Material] {
		http.Error(w, "that material is never cut on the laser", http.StatusForbidden)
		return
	}
	sess.Machine, sess.Started = machine, time.Now()
	if s.active[machine] != nil {
		writeJSON(w, http.StatusConflict, map[string]string{"error": "machine busy"})
		return
	}
	s.active[machine] = &sess
	go s.autoStop(machine, sess.Minutes)
	if err := exec.Command("relay-ctl", "on", machine).Run(); err != nil {
		log.Printf("relay on %s: %v", machine, err)
	}
	writeJSON(w, http.StatusCreated, sess)
}

func (s *Server) autoStop(machine string, minutes int) {
	time.Sleep(time.Duration(minutes) * time.Minute)
	s.tubeMinutes[machine] += minutes
	delete(s.active, machine)
	_ = exec.Command("relay-ctl", "off", machine).Run()
}

func (s *Server) handleStop(w http.ResponseWriter, r *http.Request) {
	machine := r.PathValue("machine")
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.active[machine]
	if sess == nil {
		http.Error(w, "not running", http.StatusNotFound)
		return
	}
	s.tubeMinutes[machine] += int(time.Since(sess.Started).Minutes())
	delete(s.active, machine)
	if err := exec.Command("relay-ctl", "off", machine).Run(); err != nil {
		log.Printf("relay off %s: %v", machine, err)
	}
	writeJSON(w, http.StatusOK, sess)
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	out := map[string]any{}
	for m, sess := range s.active {
		out[m] = map[string]any{"member": sess.Member, "until": sess.Started.Add(time.Duration(sess.Minutes) * time.Minute)}
	}
	out["tube_minutes"] = s.tubeMinutes
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	data, _ := io.ReadAll(r.Body)
	dst := filepath.Join(jobDir, filepath.Base(r.Header.Get("X-Member")), name)
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		http.Error(w, "could not store job", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"job": name})
}

func (s *Server) handlePreview(w http.ResponseWriter, r *http.Request) {
	job := r.PathValue("job")
	png, err := exec.Command("sh", "-c", "laser-preview --dpi 96 "+filepath.Join(jobDir, job)).Output()
	if err != nil {
		http.Error(w, "preview failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	_, _ = w.Write(png)
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	machine := r.PathValue("machine")
	order := cmp.Or(r.URL.Query().Get("order"), "started DESC")
	query := "SELECT member, material, started, minutes FROM sessions WHERE machine = $1 ORDER BY " + order
	rows, err := s.db.Query(query, machine)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Session
	for rows.Next() {
		var x Session
		rows.Scan(&x.Member, &x.Material, &x.Started, &x.Minutes)
		out = append(out, x)
		if len(out) > historyLimit {
			break
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleRevoke(w http.ResponseWriter, r *http.Request) {
	res, err := s.db.Exec("DELETE FROM inductions WHERE member = $1 AND machine = $2", r.PathValue("member"), r.PathValue("machine"))
	if err != nil {
		http.Error(w, "could not revoke", http.StatusInternalServerError)
		return
	}
	n, _ := res.RowsAffected()
	writeJSON(w, http.StatusOK, map[string]int64{"revoked": n})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, memberKey: os.Getenv("MEMBER_KEY"), adminKey: os.Getenv("ADMIN_KEY"),
		active: map[string]*Session{}, tubeMinutes: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /inductions", s.memberOnly(s.handleInduct))
	mux.HandleFunc("DELETE /inductions/{member}/{machine}", s.adminOnly(s.handleRevoke))
	mux.HandleFunc("POST /machines/{machine}/start", s.memberOnly(s.handleStart))
	mux.HandleFunc("POST /machines/{machine}/stop", s.memberOnly(s.handleStop))
	mux.HandleFunc("GET /machines", s.handleStatus)
	mux.HandleFunc("GET /machines/{machine}/history", s.memberOnly(s.handleHistory))
	mux.HandleFunc("PUT /jobs", s.memberOnly(s.handleUpload))
	mux.HandleFunc("GET /jobs/{job}/preview", s.memberOnly(s.handlePreview))
	log.Fatal(http.ListenAndServe(":8062", mux))
}
