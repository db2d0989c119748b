package registry

import (
	"fmt"
	"net/http"
	"strings"
)

func (s *Server) HandleHookAdd(w http.ResponseWriter, r *http.Request) {
	repo := r.PathValue("repo")
	url := r.FormValue("url")
	resp, err := http.Get(url + "/ping")
	if err != nil || resp.StatusCode != http.StatusOK {
		http.Error(w, "hook did not answer the ping", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.hooks[repo] = append(s.hooks[repo], url)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) notify(repo, tag, digest string) {
	s.mu.RLock()
	urls := s.hooks[repo]
	s.mu.RUnlock()
	for _, u := range urls {
		body := fmt.Sprintf(`{"repo":%q,"tag":%q,"digest":%q}`, repo, tag, digest)
		http.Post(u, "application/json", strings.NewReader(body))
	}
}
