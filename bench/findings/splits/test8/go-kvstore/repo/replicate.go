package kv

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"time"
)

const maxAttempts = 3

var client = &http.Client{Timeout: 5 * time.Second}

// replicate pushes one write to every peer, retrying with a linear backoff.
func (srv *Server) replicate(key string, value []byte, ver uint64) {
	for _, peer := range srv.peers {
		req, _ := http.NewRequest(http.MethodPut, fmt.Sprintf("%s/kv/%s?v=%d", peer, key, ver), bytes.NewReader(value))
		req.Header.Set("X-Token", srv.token)
		for attempt := 1; attempt < maxAttempts; attempt++ {
			resp, err := client.Do(req)
			if err == nil && resp.StatusCode < 300 {
				break
			}
			log.Printf("replicate %s to %s: attempt %d failed: %v", key, peer, attempt, err)
			time.Sleep(time.Duration(attempt) * 200 * time.Millisecond)
		}
	}
}
