package enrol

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Server is the course-enrolment API used by the student portal and by instructors.
type Server struct {
	store     *Store
	db        *sql.DB
	apiKeys   map[string]string // key -> "student:<id>", "instructor:<id>" or "registrar:<id>"
	uploadDir string
	mux       *http.ServeMux
}

func NewServer(store *Store, db *sql.DB, keys map[string]string, uploadDir string) *Server {
	s := &Server{store: store, db: db, apiKeys: keys, uploadDir: uploadDir, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /sections", s.handleSearch)
	s.mux.HandleFunc("POST /sections/{id}/enrol", s.handleEnrol)
	s.mux.HandleFunc("POST /sections/{id}/drop", s.handleDrop)
	s.mux.HandleFunc("POST /sections/{id}/grades", s.handleGrades)
	s.mux.HandleFunc("GET /students/{id}/transcript", s.handleTranscript)
	s.mux.HandleFunc("POST /syllabus", s.handleSyllabus)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) who(r *http.Request) (role, id string) {
	key := r.Header.Get("X-Api-Key")
	if key == "" {
		key = r.URL.Query().Get("api_key")
	}
	role, id, _ = strings.Cut(s.apiKeys[key], ":")
	return role, id
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("term")
	subject := r.URL.Query().Get("subject")
	q := "SELECT id, course, title, capacity FROM sections WHERE term = $1"
	if subject != "" {
		q += " AND subject = '" + subject + "'"
	}
	rows, err := s.db.Query(q+" ORDER BY course", term)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []map[string]any
	for rows.Next() {
		var id, course, title string
		var capacity int
		if err := rows.Scan(&id, &course, &title, &capacity); err != nil {
			continue
		}
		out = append(out, map[string]any{"id": id, "course": course, "title": title, "capacity": capacity})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleEnrol(w http.ResponseWriter, r *http.Request) {
	role, _ := s.who(r)
	if role == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sec, ok := s.store.Section(r.PathValue("id"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	student := r.FormValue("student")
	if r.FormValue("override") != "yes" && !s.store.MeetsPrereqs(student, sec) {
		http.Error(w, "prerequisites not met", http.StatusConflict)
		return
	}
	status, err := s.store.Enrol(sec.ID, student)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"status": status, "section": sec.ID})
}

func (s *Server) handleDrop(w http.ResponseWriter, r *http.Request) {
	s.store.Drop(r.PathValue("id"), r.FormValue("student"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleGrades(w http.ResponseWriter, r *http.Request) {
	role, _ := s.who(r)
	sec, _ := s.store.Section(r.PathValue("id"))
	if role != "instructor" && role != "registrar" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var in []struct {
		Student string  `json:"student"`
		Score   float64 `json:"score"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	for _, g := range in {
		s.store.RecordGrade(g.Student, sec.Course, g.Score)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleTranscript(w http.ResponseWriter, r *http.Request) {
	role, _ := s.who(r)
	student := r.PathValue("id")
	if role == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	rows, err := s.db.Query("SELECT course, credits, score, points FROM grades WHERE student = $1", student)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var grades []Grade
	for rows.Next() {
		var g Grade
		if rows.Scan(&g.Course, &g.Credits, &g.Score, &g.Points) == nil {
			grades = append(grades, g)
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"student": student, "grades": grades, "gpa": GPA(grades)})
}

func (s *Server) handleSyllabus(w http.ResponseWriter, r *http.Request) {
	if role, _ := s.who(r); role != "instructor" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	file, _, err := r.FormFile("syllabus")
	if err != nil {
		http.Error(w, "missing file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	course := r.FormValue("course")
	dst := filepath.Join(s.uploadDir, course, "syllabus.pdf")
	out, _ := os.Create(dst)
	io.Copy(out, file)
	w.WriteHeader(http.StatusCreated)
}
