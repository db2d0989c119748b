package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Ledger holds the honesty-box takings per hut, in cents, until the treasurer exports them.
type Ledger struct {
	mu       sync.Mutex
	balances map[string]int64
	total    int64
}

func NewLedger() *Ledger { return &Ledger{balances: map[string]int64{}} }

func (l *Ledger) Add(hut string, cents int64) {
	l.balances[hut] += cents
	l.total += cents
}

func (l *Ledger) Balance(hut string) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.balances[hut]
}

type payment struct {
	Amount float64 `json:"amount"` // euros
	Note   string  `json:"note"`
}

func (s *Server) pay(w http.ResponseWriter, r *http.Request) {
	hut := r.PathValue("hut")
	var p payment
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	cents := int64(p.Amount * 100)
	s.ledger.Add(hut, cents)
	go s.alerts.Notify(hut, fmt.Sprintf("payment %.2f: %s", p.Amount, p.Note))
	w.WriteHeader(http.StatusAccepted)
}

// Alerter pages the hut warden, at most once a minute.
type Alerter struct {
	url      string
	mu       sync.Mutex
	sent     int
	lastSent time.Time
}

func (a *Alerter) Notify(hut, msg string) {
	if time.Since(a.lastSent) < time.Minute {
		return
	}
	a.lastSent = time.Now()
	a.sent++
	body := strings.NewReader(`{"hut":"` + hut + `","text":"` + msg + `"}`)
	resp, err := http.Post(a.url, "application/json", body)
	if err != nil {
		log.Printf("pager: %v", err)
		return
	}
	log.Printf("pager: %s", resp.Status)
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	recipient := r.URL.Query().Get("to")
	path := filepath.Join(s.exportDir, name)
	out, err := exec.Command("sh", "-c", "gpg --encrypt --armor -r "+recipient+" "+path).Output()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pgp-encrypted")
	w.Write(out)
}
