package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

type Reading struct {
	Buoy    string    `json:"buoy"`
	At      time.Time `json:"at"`
	WaveM   float64   `json:"wave_m"`
	WindKt  float64   `json:"wind_kt"`
	Battery float64   `json:"battery_v"`
	Heights []float64 `json:"heights"` // individual wave heights in the last 20-minute window
}

func (s *server) verify(buoy string, body []byte, sig string) bool {
	key, ok := s.buoyKeys[buoy]
	if !ok {
		return false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

func (s *server) handleIngest(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	if !s.verify(r.PathValue("buoy"), body, r.Header.Get("X-Buoy-Signature")) {
		atomic.AddInt64(&s.rejected, 1)
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var rd Reading
	if err := json.Unmarshal(body, &rd); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	s.received++
	s.latest[rd.Buoy] = rd
	if _, err := s.db.Exec("INSERT INTO readings (buoy, at, wave_m, wind_kt, battery_v) VALUES ($1, $2, $3, $4, $5)",
		rd.Buoy, rd.At, rd.WaveM, rd.WindKt, rd.Battery); err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	s.checkAlerts(rd)
	w.WriteHeader(http.StatusAccepted)
}

func (s *server) handleHistory(w http.ResponseWriter, r *http.Request) {
	buoy := r.PathValue("buoy")
	hours := r.URL.Query().Get("hours")
	q := fmt.Sprintf("SELECT at, wave_m, wind_kt FROM readings WHERE buoy = $1 AND at > now() - interval '%s hours' ORDER BY at", hours)
	rows, err := s.db.Query(q, buoy)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Reading
	for rows.Next() {
		rd := Reading{Buoy: buoy}
		if err := rows.Scan(&rd.At, &rd.WaveM, &rd.WindKt); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, rd)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *server) handleExport(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	const per = 500
	rows, err := s.db.Query("SELECT buoy, at, wave_m, wind_kt FROM readings ORDER BY at LIMIT $1 OFFSET $2", per, (page-1)*per)
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := csv.NewWriter(w)
	for rows.Next() {
		var rd Reading
		rows.Scan(&rd.Buoy, &rd.At, &rd.WaveM, &rd.WindKt)
		out.Write([]string{rd.Buoy, rd.At.Format(time.RFC3339), fmt.Sprint(rd.WaveM), fmt.Sprint(rd.WindKt)})
	}
	out.Flush()
}
