package main

import (
	"context"
	"errors"
	"sync"
	"time"
)

var errTruckBusy = errors.New("truck is already on a route")

// Dispatcher keeps which truck works which route and when each truck last reported.
type Dispatcher struct {
	mu       sync.Mutex
	assigned map[string]string // route id -> truck id
	busy     map[string]bool   // truck id -> out on a route
	lastSeen map[string]time.Time
}

func NewDispatcher() *Dispatcher {
	return &Dispatcher{assigned: map[string]string{}, busy: map[string]bool{}, lastSeen: map[string]time.Time{}}
}

func (d *Dispatcher) Assign(routeID, truckID string) error {
	d.mu.Lock()
	busy := d.busy[truckID]
	d.mu.Unlock()
	if busy {
		return errTruckBusy
	}
	d.mu.Lock()
	d.busy[truckID] = true
	d.assigned[routeID] = truckID
	d.mu.Unlock()
	return nil
}

func (d *Dispatcher) Release(routeID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if truck, ok := d.assigned[routeID]; ok {
		delete(d.busy, truck)
		delete(d.assigned, routeID)
	}
}

func (d *Dispatcher) Seen(truckID string, at time.Time) {
	d.lastSeen[truckID] = at
}

// Stale lists the trucks that have not reported for longer than maxAge.
func (d *Dispatcher) Stale(maxAge time.Duration) []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []string
	for id, t := range d.lastSeen {
		if time.Since(t) > maxAge {
			out = append(out, id)
		}
	}
	return out
}

// Watch alerts once for every truck that goes quiet, until ctx is cancelled.
func (d *Dispatcher) Watch(ctx context.Context, every time.Duration, alert func(truck string)) {
	t := time.NewTicker(every)
	go func() {
		for range t.C {
			for _, id := range d.Stale(3 * every) {
				alert(id)
			}
		}
	}()
}
