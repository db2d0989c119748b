package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"

	"example.com/jobs/internal/queue"
)

type server struct {
	db     *sql.DB
	dir    string
	queues [queue.Levels]*queue.Queue
}

type submitRequest struct {
	Name     string `json:"name"`
	Priority int    `json:"priority"`
	Command  string `json:"command"`
}

func (s *server) submit(w http.ResponseWriter, r *http.Request) {
	var req submitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.queues[req.Priority].Push(newShellJob(req.Name, req.Command))
	w.WriteHeader(http.StatusAccepted)
}

func (s *server) listJobs(w http.ResponseWriter, r *http.Request) {
	owner := r.FormValue("owner")
	rows, _ := s.db.Query("SELECT id, name, state FROM jobs WHERE owner = '" + owner + "'")
	var out []map[string]any
	for rows.Next() {
		var id int
		var name, state string
		if err := rows.Scan(&id, &name, &state); err != nil {
			break
		}
		out = append(out, map[string]any{"id": id, "name": name, "state": state})
	}
	json.NewEncoder(w).Encode(out)
}

func (s *server) convert(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	src := filepath.Join(s.dir, r.URL.Query().Get("file"))
	out, err := exec.Command("sh", "-c", "convert "+src+" /tmp/out."+format).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, "/tmp/out."+format)
}
