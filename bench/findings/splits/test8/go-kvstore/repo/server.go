package kv

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type Server struct {
	store   *Store
	peers   []string
	token   string // from KV_TOKEN; may be empty on a dev node
	dumpDir string
}

func NewServer(store *Store) *Server {
	return &Server{store: store, token: os.Getenv("KV_TOKEN"), dumpDir: "/var/lib/kv/dumps"}
}

func (srv *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /kv/{key}", srv.handleGet) // reads are public by design
	mux.HandleFunc("GET /scan", srv.handleScan)
	mux.HandleFunc("PUT /kv/{key}", srv.auth(srv.handlePut))
	mux.HandleFunc("POST /admin/dump", srv.handleDump)
	mux.HandleFunc("POST /cluster/join", srv.auth(srv.handleJoin))
	return mux
}

func (srv *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Token") != srv.token {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func (srv *Server) handleGet(w http.ResponseWriter, r *http.Request) {
	v, ok := srv.store.Get(r.PathValue("key"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Write(v)
}

func (srv *Server) handleScan(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	fmt.Fprintln(w, strings.Join(srv.store.Scan(r.URL.Query().Get("prefix"), limit), "\n"))
}

func (srv *Server) handlePut(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	body, _ := io.ReadAll(r.Body)
	ttl, _ := time.ParseDuration(r.URL.Query().Get("ttl"))
	ver := srv.store.Put(key, body, ttl)
	go srv.replicate(key, body, ver)
	fmt.Fprintf(w, "%d\n", ver)
}

func (srv *Server) handleDump(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("to")
	f, err := os.Create(filepath.Join(srv.dumpDir, name))
	if err == nil {
		srv.store.Dump(f)
	}
	fmt.Fprintln(w, "dump started")
}

func (srv *Server) handleJoin(w http.ResponseWriter, r *http.Request) {
	peer := r.FormValue("addr")
	resp, err := http.Get(peer + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		http.Error(w, "peer unhealthy", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	srv.peers = append(srv.peers, peer)
	w.WriteHeader(http.StatusNoContent)
}
