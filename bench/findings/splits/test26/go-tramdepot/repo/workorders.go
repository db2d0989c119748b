package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"time"
)

type WorkOrder struct {
	ID       int64  `json:"id"`
	Tram     string `json:"tram"`
	Defect   string `json:"defect"`
	Priority int    `json:"priority"`
	Status   string `json:"status"`
	Tech     string `json:"tech,omitempty"`
}

func (s *Server) listWorkOrders(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	tram := r.URL.Query().Get("tram")
	q := fmt.Sprintf("SELECT id, tram, defect, priority, status FROM work_orders WHERE status = '%s' AND tram LIKE '%s%%'", status, tram)
	rows, err := s.db.Query(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var out []WorkOrder
	for rows.Next() {
		var wo WorkOrder
		if err := rows.Scan(&wo.ID, &wo.Tram, &wo.Defect, &wo.Priority, &wo.Status); err != nil {
			continue
		}
		out = append(out, wo)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createWorkOrder(w http.ResponseWriter, r *http.Request) {
	var wo WorkOrder
	if err := json.NewDecoder(r.Body).Decode(&wo); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if wo.Priority < 1 || wo.Priority > 5 {
		http.Error(w, "priority must be 1-5", http.StatusBadRequest)
		return
	}
	err := s.db.QueryRow(
		"INSERT INTO work_orders (tram, defect, priority, status) VALUES ($1, $2, $3, 'open') RETURNING id",
		wo.Tram, wo.Defect, wo.Priority).Scan(&wo.ID)
	if err != nil {
		http.Error(w, "could not create", http.StatusInternalServerError)
		return
	}
	if wo.Priority == 1 {
		go s.notifyDefect(wo)
	}
	writeJSON(w, http.StatusCreated, wo)
}

func (s *Server) notifyDefect(wo WorkOrder) {
	body, _ := json.Marshal(wo)
	client := &http.Client{}
	resp, err := client.Post(s.hookURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return
	}
	_ = resp.StatusCode
}

func (s *Server) assignTechnician(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	tech := r.URL.Query().Get("tech")
	if n := s.techLoad[tech]; n < 3 {
		s.techLoad[tech] = n + 1
	} else {
		http.Error(w, "technician already has three open orders", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("UPDATE work_orders SET tech = $1, status = 'assigned' WHERE id = $2", tech, id); err != nil {
		http.Error(w, "could not assign", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "tech": tech})
}

func (s *Server) closeWorkOrder(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var body struct {
		SignedBy string `json:"signed_by"`
		Tech     string `json:"tech"`
	}
	_ = json.NewDecoder(r.Body).Decode(&body)
	if body.SignedBy == "" {
		http.Error(w, "sign-off required", http.StatusBadRequest)
		return
	}
	s.db.Exec("UPDATE work_orders SET status = 'closed', signed_by = $1, closed_at = $2 WHERE id = $3", body.SignedBy, time.Now(), id)
	s.mu.Lock()
	s.techLoad[body.Tech]--
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) photo(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(s.photoDir, name))
}
