package proxy

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

const defaultTTL = 5 * time.Minute

// parseTTL returns how long a response may be cached, from its Cache-Control header.
func parseTTL(h http.Header) time.Duration {
	for _, part := range strings.Split(h.Get("Cache-Control"), ",") {
		part = strings.TrimSpace(part)
		if strings.HasPrefix(part, "max-age") {
			secs, err := strconv.Atoi(part[len("max-age"):])
			if err == nil {
				return time.Duration(secs) * time.Second
			}
		}
	}
	return defaultTTL
}
