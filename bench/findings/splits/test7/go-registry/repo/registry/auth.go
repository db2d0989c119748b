package registry

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
)

type Account struct {
	Password  string `json:"password"`
	Namespace string `json:"namespace"`
}

func (s *Server) LoadAccounts(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, &s.accounts)
}

func (s *Server) authorize(r *http.Request, repo string, push bool) bool {
	user, pass, ok := r.BasicAuth()
	if !ok {
		return !push
	}
	acct, found := s.accounts[user]
	if !found || acct.Password != pass {
		return false
	}
	return strings.HasPrefix(repo, acct.Namespace)
}

func (s *Server) Auth(push bool, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorize(r, r.PathValue("repo"), push) {
			w.Header().Set("WWW-Authenticate", `Basic realm="registry"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		h(w, r)
	}
}
