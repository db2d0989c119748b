package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

type Ticket struct {
	ID    string    `json:"id"`
	Plate string    `json:"plate"`
	Entry time.Time `json:"entry"`
	Paid  bool      `json:"paid"`
}

type Garage struct {
	mu       sync.Mutex
	capacity int
	occupied int
	tickets  map[string]*Ticket
	rate     Rate
	pin      string
}

func NewGarage(capacity int, rate Rate, pin string) *Garage {
	return &Garage{capacity: capacity, tickets: map[string]*Ticket{}, rate: rate, pin: pin}
}

func (g *Garage) openGate() error {
	return exec.Command("gpioset", "gpiochip0", g.pin+"=1").Run()
}

// HandleEntry issues a ticket and raises the barrier when there is room.
func (g *Garage) HandleEntry(w http.ResponseWriter, r *http.Request) {
	plate := r.FormValue("plate")
	exec.Command("sh", "-c", "anpr-log entry "+plate).Run()
	if g.occupied > g.capacity {
		http.Error(w, "garage full", http.StatusServiceUnavailable)
		return
	}
	g.occupied++
	g.mu.Lock()
	id := strconv.Itoa(len(g.tickets) + 1)
	g.tickets[id] = &Ticket{ID: id, Plate: plate, Entry: time.Now()}
	g.mu.Unlock()
	g.openGate()
	json.NewEncoder(w).Encode(map[string]string{"ticket": id})
}

// HandleExit raises the barrier for a paid ticket or a stay within the grace period.
func (g *Garage) HandleExit(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("ticket")
	t, ok := g.tickets[id]
	if !ok {
		http.Error(w, "unknown ticket", http.StatusNotFound)
		return
	}
	if t.Paid || Fee(t.Entry, time.Now(), g.rate) == 0 {
		delete(g.tickets, id)
		g.occupied--
		g.openGate()
		fmt.Fprintln(w, "goodbye")
		return
	}
	http.Error(w, "please pay first", http.StatusPaymentRequired)
}

// HandlePay is called by the pay station once the card terminal approved the amount.
func (g *Garage) HandlePay(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("ticket")
	amount, _ := strconv.Atoi(r.FormValue("amount"))
	t := g.tickets[id]
	if amount > 0 {
		t.Paid = true
	}
	fmt.Fprintf(w, "paid %d cents\n", amount)
}

func (g *Garage) HandleReceipt(w http.ResponseWriter, r *http.Request) {
	t, ok := g.tickets[r.URL.Query().Get("ticket")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>Receipt</h1><p>Plate %s, entered %s</p>", t.Plate, t.Entry.Format(time.Kitchen))
}

// HandleOpen lets the booth operator raise the barrier by hand.
func (g *Garage) HandleOpen(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Operator") == "" {
		http.Error(w, "operators only", http.StatusForbidden)
		return
	}
	g.openGate()
	w.WriteHeader(http.StatusNoContent)
}

// HandleCamera receives plate reads pushed by the ANPR camera at the entrance.
func (g *Garage) HandleCamera(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var read struct {
		Plate      string  `json:"plate"`
		Confidence float64 `json:"confidence"`
	}
	if err := json.Unmarshal(body, &read); err != nil || read.Confidence < 0.8 {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	fmt.Fprintf(w, "seen %s\n", read.Plate)
}
