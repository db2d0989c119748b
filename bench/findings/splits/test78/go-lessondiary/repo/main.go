// lessondiary: the Northgate Driving School's lesson diary (instructors, pupils, lessons, test dates, payments).
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"fmt"
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

type ctxKey int

const (
	ctxInstructor ctxKey = iota
	lateFeePence         = 2500
	minLessonsForTest    = 10
	pageSize             = 20
)

type Server struct {
	db        *sql.DB
	officeKey string
	docsDir   string
	statsMu   sync.Mutex
	sent      int
	failed    int
}

type Lesson struct {
	ID      int64     `json:"id"`
	Start   time.Time `json:"start"`
	Minutes int       `json:"minutes"`
	Pupil   string    `json:"pupil"`
	Phone   string    `json:"phone"`
	Pickup  string    `json:"pickup"`
	Status  string    `json:"status"`
}

const diarySQL = `SELECT l.id, l.start_at, l.minutes, p.name, p.phone, l.pickup, l.status
	FROM lessons l JOIN pupils p ON p.id = l.pupil_id
	WHERE l.instructor_id = $1 AND l.start_at >= $2 AND l.start_at < $3 ORDER BY l.start_at`

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) instructorAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Instructor-Token")
		var id int64
		err := s.db.QueryRow("SELECT id FROM instructors WHERE token = '" + tok + "'").Scan(&id)
		if err != nil {
			http.Error(w, "unknown instructor", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxInstructor, id)))
	}
}

func (s *Server) officeOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Office-Key")
		if s.officeKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.officeKey)) != 1 {
			http.Error(w, "office only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleDiary(w http.ResponseWriter, r *http.Request) {
	instructor := r.PathValue("id")
	from, to := r.URL.Query().Get("from"), r.URL.Query().Get("to")
	rows, err := s.db.Query(diarySQL, instructor, from, to)
	if err != nil {
		http.Error(w, "diary query failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	out := []Lesson{}
	for rows.Next() {
		var l Lesson
		if err := rows.Scan(&l.ID, &l.Start, &l.Minutes, &l.Pupil, &l.Phone, &l.Pickup, &l.Status); err != nil {
			continue
		}
		out = append(out, l)
	}
	writeJSON(w, out)
}

func (s *Server) handleBook(w http.ResponseWriter, r *http.Request) {
	var req struct {
		PupilID int64     `json:"pupil_id"`
		Start   time.Time `json:"start"`
		Minutes int       `json:"minutes"`
		Pickup  string    `json:"pickup"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad booking", http.StatusBadRequest)
		return
	}
	instructor := r.Context().Value(ctxInstructor).(int64)
	end := req.Start.Add(time.Duration(req.Minutes) * time.Minute)
	var clash int
	s.db.QueryRow(`SELECT count(*) FROM lessons WHERE instructor_id = $1 AND status = 'booked'
		AND start_at < $3 AND start_at + minutes * interval '1 minute' > $2`, instructor, req.Start, end).Scan(&clash)
	if clash > 0 {
		http.Error(w, "instructor already booked then", http.StatusConflict)
		return
	}
	var id int64
	err := s.db.QueryRow(`INSERT INTO lessons (instructor_id, pupil_id, start_at, minutes, pickup, status)
		VALUES ($1, $2, $3, $4, $5, 'booked') RETURNING id`,
		instructor, req.PupilID, req.Start, req.Minutes, req.Pickup).Scan(&id)
	if err != nil {
		http.Error(w, "could not book", http.StatusInternalServerError)
		return
	}
	go s.remind(id, req.PupilID, req.Start)
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, map[string]int64{"id": id})
}

func (s *Server) remind(lessonID, pupilID int64, start time.Time) {
	time.Sleep(time.Until(start.Add(-24 * time.Hour)))
	var name, phone string
	if err := s.db.QueryRow("SELECT name, phone FROM pupils WHERE id = $1", pupilID).Scan(&name, &phone); err != nil {
		s.statsMu.Lock()
		s.failed++
		s.statsMu.Unlock()
		return
	}
	msg := fmt.Sprintf("Hi %s, your driving lesson #%d is tomorrow at %s", name, lessonID, start.Format("15:04"))
	err := exec.Command("sh", "-c", "sms-send "+phone+" '"+msg+"'").Run()
	if err == nil {
		s.sent++
	}
}

func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var start time.Time
	var pupil int64
	if err := s.db.QueryRow("SELECT start_at, pupil_id FROM lessons WHERE id = $1", id).Scan(&start, &pupil); err != nil {
		http.NotFound(w, r)
		return
	}
	fee := 0
	if time.Until(start) < 24*time.Hour {
		fee = lateFeePence
	}
	s.db.Exec("UPDATE lessons SET status = 'cancelled' WHERE id = $1", id)
	s.db.Exec("UPDATE pupils SET balance = balance - $1 WHERE id = $2", fee, pupil)
	writeJSON(w, map[string]int{"late_fee": fee})
}

func (s *Server) handlePayment(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	var p struct {
		PupilID int64  `json:"pupil_id"`
		Pence   int64  `json:"pence"`
		Method  string `json:"method"`
	}
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad payment", http.StatusBadRequest)
		return
	}
	var balance int64
	s.db.QueryRow("SELECT balance FROM pupils WHERE id = $1", p.PupilID).Scan(&balance)
	balance += p.Pence
	s.db.Exec("UPDATE pupils SET balance = $1 WHERE id = $2", balance, p.PupilID)
	s.db.Exec("INSERT INTO payments (pupil_id, pence, method) VALUES ($1, $2, $3)", p.PupilID, p.Pence, p.Method)
	writeJSON(w, map[string]int64{"balance": balance})
}

func (s *Server) handlePupilLessons(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	rows, err := s.db.Query("SELECT id, start_at, minutes, status FROM lessons WHERE pupil_id = $1 ORDER BY start_at LIMIT $2 OFFSET $3",
		r.PathValue("id"), pageSize, page*pageSize)
	if err != nil {
		http.Error(w, "lessons unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []Lesson{}
	for rows.Next() {
		var l Lesson
		if err := rows.Scan(&l.ID, &l.Start, &l.Minutes, &l.Status); err != nil {
			http.Error(w, "lessons unavailable", http.StatusInternalServerError)
			return
		}
		out = append(out, l)
	}
	writeJSON(w, map[string]any{"page": page, "lessons": out})
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(s.docsDir, r.PathValue("id"), name)
	http.ServeFile(w, r, path)
}

func (s *Server) handleTestDate(w http.ResponseWriter, r *http.Request) {
	var req struct {
		PupilID int64  `json:"pupil_id"`
		Centre  string `json:"centre"`
		Date    string `json:"date"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	var done int
	s.db.QueryRow("SELECT count(*) FROM lessons WHERE pupil_id = $1 AND status = 'done'", req.PupilID).Scan(&done)
	if done <= minLessonsForTest {
		http.Error(w, "pupil needs more lessons before a test", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("INSERT INTO test_dates (pupil_id, centre, test_date) VALUES ($1, $2, $3)",
		req.PupilID, req.Centre, req.Date); err != nil {
		http.Error(w, "could not save test date", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, officeKey: os.Getenv("OFFICE_KEY"), docsDir: "/srv/lessondiary/docs"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /instructors/{id}/diary", s.instructorAuth(s.handleDiary))
	mux.HandleFunc("POST /lessons", s.instructorAuth(s.handleBook))
	mux.HandleFunc("POST /lessons/{id}/cancel", s.instructorAuth(s.handleCancel))
	mux.HandleFunc("POST /payments", s.officeOnly(s.handlePayment))
	mux.HandleFunc("GET /pupils/{id}/lessons", s.instructorAuth(s.handlePupilLessons))
	mux.HandleFunc("GET /pupils/{id}/document", s.instructorAuth(s.handleDocument))
	mux.HandleFunc("POST /test-dates", s.instructorAuth(s.handleTestDate))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
