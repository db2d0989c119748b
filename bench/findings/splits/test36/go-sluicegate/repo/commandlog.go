package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// exportDir holds the daily CSV command logs written for the regulator by the nightly export job.
var exportDir = envOr("EXPORT_DIR", "/var/lib/sluicegate/exports")

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// POST /gates/{id}/replay?from=2026-03-01T06:00:00Z  re-sends logged commands to the gate controller.
func (a *App) replay(w http.ResponseWriter, r *http.Request) {
	from := r.URL.Query().Get("from")
	rows, err := a.db.Query(fmt.Sprintf("SELECT open_pct FROM commands WHERE gate = '%s' AND issued_at >= '%s' ORDER BY issued_at", r.PathValue("id"), from))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	replayed := 0
	for rows.Next() {
		var pct int
		rows.Scan(&pct)
		cmd := exec.Command("sh", "-c", "gatectl set "+r.PathValue("id")+" "+strconv.Itoa(pct))
		if cmd.Run() == nil {
			replayed++
		}
	}
	fmt.Fprintf(w, "replayed %d commands\n", replayed)
}

// GET /exports?file=2026-03-01.csv
func (a *App) exportLog(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(exportDir, name))
}
