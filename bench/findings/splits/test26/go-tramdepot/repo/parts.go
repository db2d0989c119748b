package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"time"
)

type Tram struct {
	Number         string
	KmSinceService int
	IntervalKm     int
	LastService    time.Time
	IntervalDays   int
}

// dueForService reports whether a tram has reached its service interval by distance or by time.
// A tram is due once it has run IntervalKm or once IntervalDays have passed, whichever comes first.
func dueForService(t Tram, now time.Time) bool {
	if t.KmSinceService > t.IntervalKm {
		return true
	}
	return now.Sub(t.LastService) > time.Duration(t.IntervalDays)*24*time.Hour
}

func (s *Server) serviceDue(w http.ResponseWriter, r *http.Request) {
	var t Tram
	err := s.db.QueryRow("SELECT number, km_since_service, interval_km, last_service, interval_days FROM trams WHERE number = $1",
		r.PathValue("tram")).Scan(&t.Number, &t.KmSinceService, &t.IntervalKm, &t.LastService, &t.IntervalDays)
	if err != nil {
		http.Error(w, "unknown tram", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"tram": t.Number, "due": dueForService(t, time.Now())})
}

func (s *Server) reserveParts(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Part string `json:"part"`
		Qty  int    `json:"qty"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	var stock int
	err := s.db.QueryRow("SELECT qty FROM parts WHERE code = $1", req.Part).Scan(&stock)
	if err == nil && stock >= req.Qty {
		s.db.Exec("UPDATE parts SET qty = qty - $1 WHERE code = $2", req.Qty, req.Part)
		writeJSON(w, http.StatusOK, map[string]any{"part": req.Part, "reserved": req.Qty, "left": stock - req.Qty})
		return
	}
	http.Error(w, "unknown part or not enough stock", http.StatusConflict)
}

// recentOrders returns the last n work orders of a tram, newest last.
func recentOrders(orders []WorkOrder, n int) []WorkOrder {
	if n > len(orders) {
		n = len(orders)
	}
	return orders[len(orders)-n-1:]
}

func (s *Server) exportTram(w http.ResponseWriter, r *http.Request) {
	tram := r.PathValue("tram")
	cmd := exec.Command("sh", "-c", "pg_dump --table=work_orders_"+tram+" depot | gzip > /srv/exports/"+tram+".sql.gz")
	if err := cmd.Run(); err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"tram": tram})
}

func (s *Server) depotStats(w http.ResponseWriter, r *http.Request) {
	s.statsMu.RLock()
	defer s.statsMu.RUnlock()
	if time.Since(s.statsAt) > time.Minute {
		s.stats, s.statsAt = s.loadStats(), time.Now()
	}
	writeJSON(w, http.StatusOK, s.stats)
}

func (s *Server) loadStats() map[string]int {
	out := map[string]int{}
	rows, err := s.db.Query("SELECT status, count(*) FROM work_orders GROUP BY status")
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if rows.Scan(&st, &n) == nil {
			out[st] = n
		}
	}
	return out
}
