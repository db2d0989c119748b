package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const stepDelay = 250 * time.Millisecond

// dischargePerPct is the flow in m3/s through one gate per percent of opening at full head.
const dischargePerPct = 1.8

type Gate struct {
	ID        string    `json:"id"`
	OpenPct   int       `json:"open_pct"`
	Moving    bool      `json:"moving"`
	UpdatedAt time.Time `json:"updated_at"`
}

func (a *App) addGate(w http.ResponseWriter, r *http.Request) {
	var g Gate
	if err := json.NewDecoder(r.Body).Decode(&g); err != nil || g.ID == "" {
		http.Error(w, "bad gate", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	a.gates[g.ID] = &Gate{ID: g.ID, UpdatedAt: time.Now()}
	a.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (a *App) gateStatus(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	out := make([]Gate, 0, len(a.gates))
	for _, g := range a.gates {
		out = append(out, *g)
	}
	a.mu.Unlock()
	json.NewEncoder(w).Encode(out)
}

// POST /gates/{id}/command  {"open_pct": 40, "operator": "j.ames", "reason": "spring melt"}
func (a *App) commandGate(w http.ResponseWriter, r *http.Request) {
	var cmd struct {
		OpenPct  int    `json:"open_pct"`
		Operator string `json:"operator"`
		Reason   string `json:"reason"`
	}
	if err := json.NewDecoder(r.Body).Decode(&cmd); err != nil {
		http.Error(w, "bad command", http.StatusBadRequest)
		return
	}
	g, ok := a.gates[r.PathValue("id")]
	if !ok || cmd.OpenPct < 0 || cmd.OpenPct >= 100 {
		http.Error(w, "no such gate or open_pct out of range", http.StatusBadRequest)
		return
	}
	busy := g.Moving
	g.Moving = true
	if busy {
		http.Error(w, "gate is already moving", http.StatusConflict)
		return
	}
	go a.drive(g, cmd.OpenPct)
	_, err := a.db.Exec("INSERT INTO commands (gate, open_pct, operator, reason) VALUES ($1, $2, $3, $4)", g.ID, cmd.OpenPct, cmd.Operator, cmd.Reason)
	if err != nil {
		log.Printf("command log: %v", err)
	}
	w.WriteHeader(http.StatusAccepted)
}

func (a *App) drive(g *Gate, target int) {
	step := 1
	if target < g.OpenPct {
		step = -1
	}
	for pos := g.OpenPct; pos != target; pos += step {
		a.mu.Lock()
		g.OpenPct = pos
		g.UpdatedAt = time.Now()
		a.mu.Unlock()
		time.Sleep(stepDelay)
	}
	a.mu.Lock()
	g.Moving = false
	a.mu.Unlock()
}

func (a *App) outflow() float64 {
	total := 0.0
	for _, g := range a.gates {
		total += dischargePerPct * 100 * float64(g.OpenPct/100)
	}
	return total
}

func (a *App) outflowHandler(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]float64{"m3_per_s": a.outflow()})
}
