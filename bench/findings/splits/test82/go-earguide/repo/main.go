// Command earguide runs a museum's audio-guide hire desk: devices, languages, deposits and returns.
package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
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
	freeHours    = 4
	lateFeeCents = 150
	maxList      = 200
)

var languages = []string{"en", "fr", "de", "es", "it", "nl", "zh", "ja"}

type Server struct {
	db        *sql.DB
	sms       *http.Client
	smsURL    string
	trackDir  string
	deskKey   string
	adminKey  string
	mu        sync.Mutex
	onLoan    map[string]time.Time
	tracks    map[string][]byte
	langStats map[string]int
	hires     int
}

type hire struct {
	ID           int64  `json:"id,omitempty"`
	Serial       string `json:"serial"`
	Language     string `json:"language"`
	Visitor      string `json:"visitor"`
	Phone        string `json:"phone"`
	DepositCents int    `json:"deposit_cents"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) deskOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Desk-Key") != s.deskKey {
			http.Error(w, "desk staff only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.adminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.adminKey)) != 1 {
			http.Error(w, "admin only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// reserve marks a device as out on hire; it reports false when the device is already out.
func (s *Server) reserve(serial string) bool {
	if _, out := s.onLoan[serial]; out {
		return false
	}
	s.onLoan[serial] = time.Now()
	return true
}

// release marks a device as back at the desk.
func (s *Server) release(serial string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.onLoan, serial)
}

// handleHire is called by the self-service kiosk in the entrance hall.
func (s *Server) handleHire(w http.ResponseWriter, r *http.Request) {
	var req hire
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad hire request", http.StatusBadRequest)
		return
	}
	if !s.reserve(req.Serial) {
		http.Error(w, "device already out", http.StatusConflict)
		return
	}
	var id int64
	err := s.db.QueryRowContext(r.Context(),
		"INSERT INTO hires (serial, language, visitor, phone, deposit_cents, hired_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id",
		req.Serial, req.Language, req.Visitor, req.Phone, req.DepositCents).Scan(&id)
	if err != nil {
		s.release(req.Serial)
		http.Error(w, "could not record the hire", http.StatusInternalServerError)
		return
	}
	s.hires++
	s.mu.Lock()
	s.langStats[req.Language]++
	s.mu.Unlock()
	writeJSON(w, map[string]any{"id": id, "deposit_cents": req.DepositCents})
}

// languageAt maps the kiosk's menu number (1 = first language) to a language code.
func languageAt(n int) (string, bool) {
	if n < 0 || n > len(languages) {
		return "", false
	}
	return languages[n-1], true
}

func (s *Server) handleLanguage(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	code, ok := languageAt(n)
	if err != nil || !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, map[string]any{"menu": n, "code": code})
}

// track returns a track file, read from disk once and then served from memory.
func (s *Server) track(full string) ([]byte, error) {
	if b, ok := s.tracks[full]; ok {
		return b, nil
	}
	b, err := os.ReadFile(full)
	if err == nil {
		s.tracks[full] = b
	}
	return b, err
}

func (s *Server) handleTrack(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	full := filepath.Join(s.trackDir, r.PathValue("lang"), name)
	data, err := s.track(full)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "audio/mpeg")
	w.Write(data)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	out := map[string]int{"hires": s.hires}
	for lang, n := range s.langStats {
		out[lang] = n
	}
	writeJSON(w, out)
}

func (s *Server) handleReturn(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	var id int64
	var deposit int
	var out time.Time
	err := s.db.QueryRowContext(r.Context(),
		"SELECT id, deposit_cents, hired_at FROM hires WHERE serial = $1 AND returned_at IS NULL", serial).Scan(&id, &deposit, &out)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "device is not out on hire", http.StatusNotFound)
		return
	} else if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	hours := int(time.Since(out).Hours()) // every started hour counts
	fee := max(0, hours-freeHours) * lateFeeCents
	refund := deposit - fee
	s.db.ExecContext(r.Context(), "UPDATE hires SET returned_at = now(), refund_cents = $1 WHERE id = $2", refund, id)
	s.release(serial)
	writeJSON(w, map[string]int{"fee_cents": fee, "refund_cents": refund})
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit < 1 || limit > maxList {
		limit = 50
	}
	lang := q.Get("lang")
	query := fmt.Sprintf("SELECT id, serial, visitor, language, deposit_cents FROM hires WHERE returned_at IS NULL AND language = '%s' ORDER BY hired_at LIMIT %d", lang, limit)
	rows, err := s.db.QueryContext(r.Context(), query)
	if err != nil {
		http.Error(w, "query failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	list := []hire{}
	for rows.Next() {
		var h hire
		if err := rows.Scan(&h.ID, &h.Serial, &h.Visitor, &h.Language, &h.DepositCents); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		list = append(list, h)
	}
	writeJSON(w, list)
}

func (s *Server) handleWipe(w http.ResponseWriter, r *http.Request) {
	serial := r.PathValue("serial")
	lang := r.URL.Query().Get("reload")
	out, err := exec.Command("sh", "-c", "guide-wipe --reload "+lang+" "+serial).CombinedOutput()
	if err != nil {
		http.Error(w, "wipe failed: "+string(out), http.StatusBadGateway)
		return
	}
	writeJSON(w, map[string]string{"wiped": serial, "reloaded": lang})
}

// textVisitor sends a reminder through the SMS gateway.
func (s *Server) textVisitor(phone, msg string) error {
	resp, err := s.sms.Get(fmt.Sprintf("%s?to=%s&text=%s", s.smsURL, phone, url.QueryEscape(msg)))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("sms gateway: %s", resp.Status)
	}
	return nil
}

func (s *Server) handleRemind(w http.ResponseWriter, r *http.Request) {
	var phone string
	err := s.db.QueryRowContext(r.Context(), "SELECT phone FROM hires WHERE id = $1 AND returned_at IS NULL", r.PathValue("id")).Scan(&phone)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := s.textVisitor(phone, "Please bring your audio guide back to the desk."); err != nil {
		http.Error(w, "sms failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, map[string]bool{"sent": true})
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	db.SetMaxOpenConns(20)
	s := &Server{
		db:        db,
		sms:       &http.Client{Timeout: 5 * time.Second},
		smsURL:    os.Getenv("SMS_URL"),
		trackDir:  os.Getenv("TRACK_DIR"),
		deskKey:   os.Getenv("DESK_KEY"),
		adminKey:  os.Getenv("ADMIN_KEY"),
		onLoan:    map[string]time.Time{},
		tracks:    map[string][]byte{},
		langStats: map[string]int{},
	}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /hires", s.handleHire)
	mux.HandleFunc("GET /hires", s.deskOnly(s.handleList))
	mux.HandleFunc("POST /returns/{serial}", s.deskOnly(s.handleReturn))
	mux.HandleFunc("POST /hires/{id}/remind", s.deskOnly(s.handleRemind))
	mux.HandleFunc("GET /languages/{n}", s.handleLanguage)
	mux.HandleFunc("GET /tracks/{lang}", s.handleTrack)
	mux.HandleFunc("GET /stats", s.adminOnly(s.handleStats))
	mux.HandleFunc("POST /devices/{serial}/wipe", s.adminOnly(s.handleWipe))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
