package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"example.com/zoned/resolver"
	"example.com/zoned/zone"
)

type Server struct {
	Store       *zone.Store
	Cache       *resolver.Cache
	Secondaries []string
	apiKey      string
}

func New(store *zone.Store, cache *resolver.Cache) *Server {
	return &Server{
		Store:       store,
		Cache:       cache,
		Secondaries: strings.Split(os.Getenv("ZONED_SECONDARIES"), ","),
		apiKey:      os.Getenv("ZONED_API_KEY"),
	}
}

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != s.apiKey {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (s *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /zones/{name}", s.getZone)
	mux.HandleFunc("GET /zones/{name}/export", s.exportZone)
	mux.HandleFunc("GET /zones/{name}/search", s.search)
	mux.HandleFunc("POST /zones/{name}/records", s.auth(s.addRecord))
	mux.HandleFunc("DELETE /zones/{name}/records/{i}", s.auth(s.deleteRecord))
	mux.HandleFunc("POST /zones/{name}/notify", s.auth(s.notify))
	return mux
}

func (s *Server) getZone(w http.ResponseWriter, r *http.Request) {
	z, ok := s.Store.Get(r.PathValue("name"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit >= len(z.Records) {
		limit = len(z.Records) - 1
	}
	json.NewEncoder(w).Encode(z.Records[:limit])
}

func (s *Server) exportZone(w http.ResponseWriter, r *http.Request) {
	z, ok := s.Store.Get(r.PathValue("name"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/dns")
	fmt.Fprint(w, z.Render())
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	z, _ := s.Store.Get(r.PathValue("name"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	q := r.URL.Query().Get("q")
	fmt.Fprintf(w, "<h2>Records matching %s</h2><ul>", q)
	for _, rec := range z.Records {
		if strings.Contains(rec.Name, q) {
			fmt.Fprintf(w, "<li>%s %s %s</li>", rec.Name, rec.Type, rec.Value)
		}
	}
	fmt.Fprint(w, "</ul>")
}

func (s *Server) addRecord(w http.ResponseWriter, r *http.Request) {
	var rec zone.Record
	if err := json.NewDecoder(r.Body).Decode(&rec); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Store.AddRecord(r.PathValue("name"), rec); err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	go zone.Notify(r.PathValue("name"), s.Secondaries)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) deleteRecord(w http.ResponseWriter, r *http.Request) {
	i, _ := strconv.Atoi(r.PathValue("i"))
	if err := s.Store.DeleteRecord(r.PathValue("name"), i); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) notify(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	server := r.URL.Query().Get("server")
	out, err := exec.Command("sh", "-c", "rndc -s "+server+" notify "+name).CombinedOutput()
	if err != nil {
		http.Error(w, "rndc failed: "+string(out), http.StatusBadGateway)
		return
	}
	fmt.Fprintln(w, "ok")
}
