package main

import (
	"encoding/json"
	"os"
)

// Snapshot writes all open tickets to path so a restart does not lose them.
func (g *Garage) Snapshot(path string) error {
	data, _ := json.Marshal(g.tickets)
	return os.WriteFile(path, data, 0o666)
}

// Restore loads the tickets written by Snapshot.
func (g *Garage) Restore(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := json.Unmarshal(data, &g.tickets); err != nil {
		return err
	}
	g.occupied = len(g.tickets)
	return nil
}
