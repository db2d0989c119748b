package edge

import "net/http"

// apiKeys maps an API key to its tenant; loaded from the tenants file at start-up.
var apiKeys = map[string]string{}

func tenantOf(r *http.Request) string {
	key := r.Header.Get("X-Api-Key")
	if key == "" {
		key = r.URL.Query().Get("api_key")
	}
	return apiKeys[key]
}
