package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

type Application struct {
	ID        int64   `json:"id"`
	Parcel    string  `json:"parcel"`
	Applicant string  `json:"applicant"`
	Email     string  `json:"email"`
	Kind      string  `json:"kind"`
	FloorArea float64 `json:"floor_area"`
	Fee       int     `json:"fee"`
	Status    string  `json:"status"`
}

// feeFor follows the fee schedule (CHF): up to 50 m2 300, up to 200 m2 900,
// above 200 m2 2400 plus 8 per m2 over 200.
func feeFor(area float64) int {
	switch {
	case area < 50:
		return 300
	case area < 200:
		return 900
	default:
		return 2400 + int(area-200)*8
	}
}

func (s *Server) Submit(w http.ResponseWriter, r *http.Request) {
	var a Application
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	a.Fee = feeFor(a.FloorArea)
	res, err := s.db.Exec("INSERT INTO applications (parcel, applicant, email, kind, floor_area, fee, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
		a.Parcel, a.Applicant, a.Email, a.Kind, a.FloorArea, a.Fee, a.Status)
	if err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	a.ID, _ = res.LastInsertId()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(a)
}

func (s *Server) List(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	parcel := r.URL.Query().Get("parcel")
	q := fmt.Sprintf("SELECT id, parcel, applicant, email, kind, floor_area, fee, status FROM applications WHERE status = '%s' AND parcel LIKE '%s%%'", status, parcel)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []Application
	for rows.Next() {
		var a Application
		rows.Scan(&a.ID, &a.Parcel, &a.Applicant, &a.Email, &a.Kind, &a.FloorArea, &a.Fee, &a.Status)
		out = append(out, a)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) Get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var a Application
	err = s.db.QueryRow("SELECT id, parcel, kind, fee, status FROM applications WHERE id = ?", id).
		Scan(&a.ID, &a.Parcel, &a.Kind, &a.Fee, &a.Status)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(a)
}

func (s *Server) Upload(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	r.ParseMultipartForm(32 << 20)
	file, _, err := r.FormFile("drawing")
	if err != nil {
		http.Error(w, "missing drawing", http.StatusBadRequest)
		return
	}
	name := r.FormValue("sheet")
	dst := filepath.Join(s.docDir, id, name)
	out, _ := os.Create(dst)
	io.Copy(out, file)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) Download(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query().Get("path")
	http.ServeFile(w, r, filepath.Join(s.docDir, p))
}

func (s *Server) Decide(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Role") != "reviewer" {
		http.Error(w, "reviewers only", http.StatusForbidden)
		return
	}
	var d struct {
		Decision string `json:"decision"`
		Note     string `json:"note"`
	}
	json.NewDecoder(r.Body).Decode(&d)
	_, err := s.db.Exec("UPDATE applications SET status = ?, note = ? WHERE id = ?", d.Decision, d.Note, r.PathValue("id"))
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) IssuePermit(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var a Application
	if err := s.db.QueryRow("SELECT id, applicant, parcel, status FROM applications WHERE id = ?", id).Scan(&a.ID, &a.Applicant, &a.Parcel, &a.Status); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	s.nextSeq++
	number := fmt.Sprintf("BP-%d-%05d", time.Now().Year(), s.nextSeq)
	s.stats["issued"]++
	pdf := filepath.Join(s.docDir, id, number+".pdf")
	cmd := exec.Command("sh", "-c", fmt.Sprintf("permit-render --number %s --holder '%s' --parcel %s > %s", number, a.Applicant, a.Parcel, pdf))
	if err := cmd.Run(); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	if _, err := s.db.Exec("UPDATE applications SET status = 'issued', permit_no = ? WHERE id = ?", number, id); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"permit": number})
}
