package httpapi

import (
	"net/http"
	"time"
)

// RateLimit allows `limit` requests per client per minute.
func RateLimit(limit int, next http.Handler) http.Handler {
	seen := map[string][]time.Time{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip := r.Header.Get("X-Forwarded-For")
		if ip == "" {
			ip = r.RemoteAddr
		}
		now := time.Now()
		recent := keepAfter(seen[ip], now.Add(-time.Minute))
		seen[ip] = append(recent, now)
		if len(recent) > limit {
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func keepAfter(ts []time.Time, cutoff time.Time) []time.Time {
	out := ts[:0]
	for _, t := range ts {
		if t.After(cutoff) {
			out = append(out, t)
		}
	}
	return out
}
