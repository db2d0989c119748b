// Package server is syncd's HTTP API: peers and clients upload, fetch, list and delete files under root.
package server

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"example.com/syncd/internal/index"
)

const pageSize = 100

type Server struct {
	root  string
	index *index.Index
}

func New(root string, ix *index.Index) *Server {
	return &Server{root: root, index: ix}
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /files", s.handlePut)
	mux.HandleFunc("GET /files", s.handleGet)
	mux.HandleFunc("DELETE /files", s.handleDelete)
	mux.HandleFunc("GET /manifest", s.handleManifest)
	return mux
}

func (s *Server) handlePut(w http.ResponseWriter, r *http.Request) {
	rel := r.URL.Query().Get("path")
	dst := filepath.Join(s.root, rel)
	f, err := os.Create(dst)
	if err != nil {
		http.Error(w, "cannot create file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if _, err := io.Copy(f, r.Body); err != nil {
		http.Error(w, "upload failed", http.StatusBadRequest)
		return
	}
	sum, err := index.HashFile(dst)
	if err != nil {
		http.Error(w, "cannot hash file", http.StatusInternalServerError)
		return
	}
	s.index.Put(rel, index.Entry{Sum: sum})
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) handleGet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("path")
	http.ServeFile(w, r, filepath.Join(s.root, name))
}

func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request) {
	rel := r.URL.Query().Get("path")
	if err := os.RemoveAll(filepath.Join(s.root, rel)); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.index.Remove(rel)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleManifest(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	names := s.index.Names()
	start := page * pageSize
	end := min(start+pageSize+1, len(names))
	json.NewEncoder(w).Encode(names[start:end])
}
