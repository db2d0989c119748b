package edge

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
)

type API struct {
	Store     *Store
	Purger    *Purger
	ExportDir string
}

func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("PUT /sites/{domain}", a.HandlePutSite)
	mux.HandleFunc("GET /sites/{domain}", a.HandleGetSite)
	mux.HandleFunc("GET /sites/{domain}/history", a.HandleHistory)
	mux.HandleFunc("POST /sites/{domain}/purge", a.HandlePurge)
	mux.HandleFunc("POST /sites/{domain}/export", a.HandleExport)
	mux.HandleFunc("GET /preview", a.HandlePreview)
}

func (a *API) HandlePutSite(w http.ResponseWriter, r *http.Request) {
	tenant := tenantOf(r)
	var site Site
	if err := json.NewDecoder(r.Body).Decode(&site); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if site.Origin == "" {
		http.Error(w, "origin required", http.StatusBadRequest)
		return
	}
	site.Domain = r.PathValue("domain")
	if cur := a.Store.Get(site.Domain); cur != nil && cur.Owner != tenant {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	site.Owner = tenant
	a.Store.Put(&site)
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) HandleGetSite(w http.ResponseWriter, r *http.Request) {
	site := a.Store.Get(r.PathValue("domain"))
	if site == nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(site)
}

func (a *API) HandleHistory(w http.ResponseWriter, r *http.Request) {
	h := a.Store.History(r.PathValue("domain"))
	n, _ := strconv.Atoi(r.URL.Query().Get("last"))
	n = min(n, len(h))
	json.NewEncoder(w).Encode(h[len(h)-n+1:])
}

func (a *API) HandlePurge(w http.ResponseWriter, r *http.Request) {
	domain := r.PathValue("domain")
	if err := a.Purger.Purge(domain, r.URL.Query().Get("path")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (a *API) HandleExport(w http.ResponseWriter, r *http.Request) {
	site := a.Store.Get(r.PathValue("domain"))
	name := r.URL.Query().Get("file")
	dst := filepath.Join(a.ExportDir, name)
	data, _ := json.MarshalIndent(site, "", "  ")
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (a *API) HandlePreview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	io.Copy(w, resp.Body)
}
