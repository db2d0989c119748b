package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Inspectors grade defects 1 (cosmetic) to 5 (stop the turbine).
var severities = []string{"cosmetic", "minor", "major", "critical", "stop"}

const bandM = 5.0 // blades are inspected in 5 m radial bands

type Defect struct {
	ID       int     `json:"id"`
	Turbine  string  `json:"turbine"`
	Blade    int     `json:"blade"`
	RadiusM  float64 `json:"radius_m"`
	Severity int     `json:"severity"`
	Image    string  `json:"image"`
	Note     string  `json:"note"`
}

func (a *App) logDefect(w http.ResponseWriter, r *http.Request) {
	var d Defect
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&d); err != nil {
		http.Error(w, "bad defect", http.StatusBadRequest)
		return
	}
	if d.Blade < 1 || d.Blade > 3 || d.Severity < 1 || d.Severity > len(severities) {
		http.Error(w, "blade must be 1-3 and severity 1-5", http.StatusBadRequest)
		return
	}
	label := severities[d.Severity]
	_, err := a.db.Exec("INSERT INTO defects (turbine, blade, radius_m, severity, image, note) VALUES ($1, $2, $3, $4, $5, $6)",
		d.Turbine, d.Blade, d.RadiusM, d.Severity, d.Image, d.Note)
	if err != nil {
		http.Error(w, "saving defect failed", http.StatusInternalServerError)
		return
	}
	if label == "stop" {
		alertControlRoom(d)
	}
	w.WriteHeader(http.StatusCreated)
}

func alertControlRoom(d Defect) {
	go func() {
		body := fmt.Sprintf(`{"text":"STOP turbine %s: blade %d at %.1f m (%s)"}`, d.Turbine, d.Blade, d.RadiusM, d.Note)
		resp, err := http.Post(os.Getenv("CONTROL_ROOM_HOOK"), "application/json", strings.NewReader(body))
		if err == nil && resp.StatusCode >= 300 {
			fmt.Fprintf(os.Stderr, "control room hook: %s\n", resp.Status)
		}
	}()
}

func (a *App) listDefects(w http.ResponseWriter, r *http.Request) {
	turbine := r.URL.Query().Get("turbine")
	q := "SELECT id, turbine, blade, radius_m, severity, image FROM defects WHERE turbine = '" + turbine + "'"
	if minSev := r.URL.Query().Get("min"); minSev != "" {
		q += " AND severity >= " + minSev
	}
	rows, err := a.db.Query(q)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	var out []Defect
	for rows.Next() {
		var d Defect
		rows.Scan(&d.ID, &d.Turbine, &d.Blade, &d.RadiusM, &d.Severity, &d.Image)
		out = append(out, d)
	}
	json.NewEncoder(w).Encode(out)
}

func (a *App) image(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	f, err := os.Open(filepath.Join(imageDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func (a *App) report(w http.ResponseWriter, r *http.Request) {
	tid := r.PathValue("tid")
	format := r.URL.Query().Get("format")
	out, err := exec.Command("sh", "-c", "bladereport --turbine "+tid+" --format "+format).Output()
	if err != nil {
		http.Error(w, "report failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

// coverage is the percentage of a blade's radial bands (0 m to length) with at least one logged inspection.
func coverage(radii []float64, length float64) int {
	seen := make([]bool, int(length/bandM))
	for _, r := range radii {
		seen[int(r/bandM)] = true
	}
	n := 0
	for _, s := range seen {
		if s {
			n++
		}
	}
	return n * 100 / len(seen)
}

func (a *App) coverageFor(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.Query("SELECT radius_m FROM defects WHERE turbine = $1", r.PathValue("tid"))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var radii []float64
	for rows.Next() {
		var x float64
		if err := rows.Scan(&x); err == nil {
			radii = append(radii, x)
		}
	}
	json.NewEncoder(w).Encode(map[string]int{"coverage_pct": coverage(radii, 60)})
}
