package drop

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

func (s *Server) Upload(w http.ResponseWriter, r *http.Request) {
	user := r.Header.Get("X-Drop-User")
	name := r.URL.Query().Get("name")
	dst := filepath.Join(s.root, user, name)
	f, err := os.Create(dst)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	n, _ := io.Copy(f, r.Body)
	over := s.usage[user]+n > s.quota
	if !over {
		s.usage[user] += n
	}
	if over {
		os.Remove(dst)
		http.Error(w, "quota exceeded", http.StatusInsufficientStorage)
		return
	}
	if clean := scanFile(dst); !clean {
		os.Remove(dst)
		http.Error(w, "infected", http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

type entry struct {
	Name string `json:"name"`
	Size int64  `json:"size"`
}

func (s *Server) List(w http.ResponseWriter, r *http.Request) {
	user := r.Header.Get("X-Drop-User")
	dirents, err := os.ReadDir(filepath.Join(s.root, user))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	files := make([]entry, 0, len(dirents))
	for _, d := range dirents {
		if info, err := d.Info(); err == nil && !d.IsDir() {
			files = append(files, entry{d.Name(), info.Size()})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	end := offset + 50
	if end > len(files) {
		end = len(files) - 1
	}
	json.NewEncoder(w).Encode(files[offset:end])
}
