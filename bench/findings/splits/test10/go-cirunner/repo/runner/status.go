package runner

import (
	"encoding/json"
	"net/http"
)

// ServeStatus exposes the agent's state for the local supervisor.
func (a *Agent) ServeStatus(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/status", func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		defer a.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"running": a.running, "done": a.done})
	})
	mux.HandleFunc("/cancel", func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		job := a.running[r.URL.Query().Get("id")]
		a.mu.Unlock()
		job.cancel()
		w.WriteHeader(http.StatusAccepted)
	})
	return http.ListenAndServe(addr, mux)
}
