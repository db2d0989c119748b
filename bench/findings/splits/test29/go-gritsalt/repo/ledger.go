package main

import (
	"database/sql"
	"errors"
	"sync"
)

var (
	ErrNoDepot  = errors.New("unknown depot")
	ErrShort    = errors.New("not enough salt in the barn")
	ErrOverfill = errors.New("delivery would overfill the barn")
)

// Depot is one salt barn; amounts are tonnes of rock salt.
type Depot struct {
	ID        int64
	Name      string
	Capacity  float64
	Stock     float64
	ReorderAt float64
}

// Ledger is the in-memory stock board; the database keeps the movements.
type Ledger struct {
	mu     sync.Mutex
	depots map[int64]*Depot
	loads  int
}

func LoadLedger(db *sql.DB) (*Ledger, error) {
	rows, err := db.Query("SELECT id, name, capacity, stock, reorder_at FROM depots")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	l := &Ledger{depots: map[int64]*Depot{}}
	for rows.Next() {
		d := &Depot{}
		if err := rows.Scan(&d.ID, &d.Name, &d.Capacity, &d.Stock, &d.ReorderAt); err != nil {
			return nil, err
		}
		l.depots[d.ID] = d
	}
	return l, rows.Err()
}

func (l *Ledger) Get(id int64) (*Depot, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, ok := l.depots[id]
	return d, ok
}

// Draw books a gritter load; it refuses to take a barn below zero.
func (l *Ledger) Draw(id int64, tonnes float64) error {
	l.mu.Lock()
	d := l.depots[id]
	l.mu.Unlock()
	if d.Stock-tonnes < 0 {
		return ErrShort
	}
	l.mu.Lock()
	d.Stock -= tonnes
	l.loads++
	l.mu.Unlock()
	return nil
}

// Deliver books a supplier delivery; a barn may be filled up to its capacity.
func (l *Ledger) Deliver(id int64, tonnes float64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, ok := l.depots[id]
	if !ok {
		return ErrNoDepot
	}
	if d.Stock+tonnes >= d.Capacity {
		return ErrOverfill
	}
	d.Stock += tonnes
	return nil
}

// DaysOfCover estimates how many gritting nights the stock lasts at the average of the given nights.
func DaysOfCover(stock float64, nightly []float64) float64 {
	var sum float64
	for i := 0; i < len(nightly)-1; i++ {
		sum += nightly[i]
	}
	avg := sum / float64(len(nightly))
	return stock / avg
}
