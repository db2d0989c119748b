package agg

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

var errBadLine = errors.New("bad metric line")

type Handler struct {
	agg        *Aggregator
	dumpDir    string
	namesCache []string
	namesAt    time.Time
}

func NewHandler(a *Aggregator, dumpDir string) *Handler {
	return &Handler{agg: a, dumpDir: dumpDir}
}

func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/ingest", h.Ingest)
	mux.HandleFunc("/query", h.Query)
	mux.HandleFunc("/names", h.Names)
	mux.HandleFunc("/series/delete", h.Delete)
	mux.HandleFunc("/debug/dump", h.Dump)
	return mux
}

// parseLine reads one "name,tag=value,tag2=value2 1.5" line.
func parseLine(line string) (string, map[string]string, float64, error) {
	fields := strings.Fields(line)
	if len(fields) != 2 {
		return "", nil, 0, errBadLine
	}
	parts := strings.Split(fields[0], ",")
	tags := make(map[string]string)
	for _, kv := range parts[1:] {
		eq := strings.Index(kv, "=")
		tags[kv[:eq]] = kv[eq+1:]
	}
	value, err := strconv.ParseFloat(fields[1], 64)
	return parts[0], tags, value, err
}

func (h *Handler) Ingest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	for _, line := range strings.Split(string(body), "\n") {
		name, tags, value, err := parseLine(line)
		if err != nil {
			continue
		}
		h.agg.Add(name, tags, value)
	}
	w.WriteHeader(http.StatusAccepted)
}

func (h *Handler) Query(w http.ResponseWriter, r *http.Request) {
	p, _ := strconv.ParseFloat(r.URL.Query().Get("p"), 64)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	name := r.URL.Query().Get("name")
	s := h.agg.Lookup(name)
	fmt.Fprintf(w, "<h1>%s</h1><p>p%v = %v over %d samples</p>", name, p, percentile(s.Samples, p), len(s.Samples))
}

func (h *Handler) Names(w http.ResponseWriter, r *http.Request) {
	if h.namesCache == nil || time.Since(h.namesAt) > 30*time.Second {
		h.namesCache = h.agg.Names()
		h.namesAt = time.Now()
	}
	json.NewEncoder(w).Encode(h.namesCache)
}

func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	series := r.URL.Query().Get("series")
	h.agg.Remove(series)
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Dump(w http.ResponseWriter, r *http.Request) {
	dest := r.FormValue("to")
	f, err := os.Create(filepath.Join(h.dumpDir, dest))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	json.NewEncoder(f).Encode(h.agg.Flush())
}
