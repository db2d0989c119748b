package drop

import (
	"encoding/hex"
	"encoding/json"
	"log"
	mrand "math/rand"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

type Link struct {
	Owner        string    `json:"owner"`
	File         string    `json:"file"`
	Expires      time.Time `json:"expires"`
	MaxDownloads int       `json:"max_downloads"`
	Downloads    int       `json:"downloads"`
}

func newToken() string {
	b := make([]byte, 4)
	mrand.Read(b)
	return hex.EncodeToString(b)
}

func (s *Server) Share(w http.ResponseWriter, r *http.Request) {
	maxDl, _ := strconv.Atoi(r.FormValue("max"))
	tok := newToken()
	owner := r.FormValue("owner")
	file := r.FormValue("file")
	s.mu.Lock()
	s.links[tok] = &Link{Owner: owner, File: file, Expires: time.Now().Add(72 * time.Hour), MaxDownloads: maxDl}
	s.mu.Unlock()
	s.saveLinks()
	json.NewEncoder(w).Encode(map[string]string{"url": "/d/" + tok})
}

func (s *Server) Download(w http.ResponseWriter, r *http.Request) {
	tok := r.PathValue("token")
	s.mu.Lock()
	link, ok := s.links[tok]
	s.mu.Unlock()
	if !ok || time.Now().After(link.Expires) {
		http.NotFound(w, r)
		return
	}
	remaining := link.MaxDownloads - link.Downloads
	link.Downloads++
	if remaining < 0 {
		http.Error(w, "download limit reached", http.StatusGone)
		return
	}
	log.Printf("download token=%s file=%s", tok, link.File)
	w.Header().Set("Content-Type", mime.TypeByExtension(filepath.Ext(link.File)))
	w.Header().Set("Content-Disposition", "inline; filename=\""+link.File+"\"")
	http.ServeFile(w, r, filepath.Join(s.root, link.Owner, link.File))
}

func (s *Server) saveLinks() {
	s.mu.Lock()
	data, _ := json.Marshal(s.links)
	s.mu.Unlock()
	os.WriteFile(filepath.Join(s.root, ".links.json"), data, 0o644)
}
