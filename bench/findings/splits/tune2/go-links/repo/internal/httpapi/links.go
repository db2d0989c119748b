// Package httpapi serves the link shortener: create, resolve, preview, delete and stats.
package httpapi

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"

	"example.com/links/internal/store"
)

type Handler struct {
	Store *store.Store
}

func (h *Handler) Shorten(w http.ResponseWriter, r *http.Request) {
	owner := r.Header.Get("X-User") // set by the auth proxy in front of us
	target := r.FormValue("url")
	note := r.FormValue("note")
	code := h.Store.Create(target, owner)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>%s: <a href=\"/r/%s\">/r/%s</a></p>", note, code, code)
}

func (h *Handler) Resolve(w http.ResponseWriter, r *http.Request) {
	link, ok := h.Store.Get(strings.TrimPrefix(r.URL.Path, "/r/"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, link.Target, http.StatusFound)
}

func (h *Handler) Preview(w http.ResponseWriter, r *http.Request) {
	link, ok := h.Store.Get(r.URL.Query().Get("code"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	resp, err := http.Get(link.Target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	start := bytes.Index(body, []byte("<title>"))
	end := bytes.Index(body, []byte("</title>"))
	if start < 0 || end < start {
		http.Error(w, "no title", http.StatusNotFound)
		return
	}
	title := string(body[start+6 : end])
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p>", title, link.Target)
}

func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	h.Store.Delete(code)
}

func isAdmin(r *http.Request) bool { return r.Header.Get("X-Role") == "admin" }

func (h *Handler) Stats(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	fmt.Fprintf(w, "links: %d\n", h.Store.Len())
}

func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/shorten", h.Shorten)
	mux.HandleFunc("/r/", h.Resolve)
	mux.HandleFunc("/preview", h.Preview)
	mux.HandleFunc("/delete", h.Delete)
	mux.HandleFunc("/stats", h.Stats)
	return RateLimit(60, mux)
}
