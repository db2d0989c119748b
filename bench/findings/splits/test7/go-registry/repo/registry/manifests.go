package registry

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"strconv"
	"sync"
)

type Server struct {
	root      string
	accounts  map[string]Account
	mu        sync.RWMutex
	manifests map[string][]byte          // digest -> manifest
	tags      map[string]map[string]string // repo -> tag -> digest
	hooks     map[string][]string
	pushes    int
}

func New(root string) *Server {
	return &Server{root: root, manifests: map[string][]byte{}, tags: map[string]map[string]string{}, hooks: map[string][]string{}}
}

func (s *Server) HandleManifestPut(w http.ResponseWriter, r *http.Request) {
	repo, ref := r.PathValue("repo"), r.PathValue("ref")
	body, _ := io.ReadAll(r.Body)
	sum := sha256.Sum256(body)
	digest := "sha256:" + hex.EncodeToString(sum[:])
	s.mu.Lock()
	s.manifests[digest] = body
	s.mu.Unlock()
	if s.tags[repo] == nil {
		s.tags[repo] = map[string]string{}
	}
	s.tags[repo][ref] = digest
	s.pushes++
	go s.notify(repo, ref, digest)
	w.Header().Set("Docker-Content-Digest", digest)
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) HandleManifestDelete(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.tags[r.PathValue("repo")], r.PathValue("ref"))
	s.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

// HandleTagList pages through tags: ?n=<page size>&last=<last tag of the previous page>.
func (s *Server) HandleTagList(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	last := r.URL.Query().Get("last")
	s.mu.RLock()
	tags := make([]string, 0, len(s.tags[r.PathValue("repo")]))
	for t := range s.tags[r.PathValue("repo")] {
		tags = append(tags, t)
	}
	s.mu.RUnlock()
	sort.Strings(tags)
	start := sort.SearchStrings(tags, last)
	end := min(start+n, len(tags))
	json.NewEncoder(w).Encode(map[string]any{"name": r.PathValue("repo"), "tags": tags[start:end]})
}
