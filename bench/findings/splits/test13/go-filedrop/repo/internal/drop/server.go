package drop

import (
	"bufio"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Server is the HTTPS side of the file-drop gateway: partners upload into their own folder and
// hand out download links; the SFTP side (not in this package) reads the same folders.
type Server struct {
	root     string
	keysPath string
	quota    int64

	keys  map[string]string // API key -> user
	usage map[string]int64  // user -> bytes stored
	links map[string]*Link  // token -> link
	mu    sync.Mutex
}

func NewServer(root, keysPath string, quota int64) (*Server, error) {
	s := &Server{root: root, keysPath: keysPath, quota: quota,
		keys: map[string]string{}, usage: map[string]int64{}, links: map[string]*Link{}}
	return s, s.loadKeys()
}

// loadKeys reads "key user" lines from the keys file.
func (s *Server) loadKeys() error {
	f, err := os.Open(s.keysPath)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Fields(sc.Text())
		if len(parts) == 2 {
			s.keys[parts[0]] = parts[1]
		}
	}
	return sc.Err()
}

func (s *Server) ReloadKeysEvery(d time.Duration) {
	for range time.Tick(d) {
		_ = s.loadKeys()
	}
}

func (s *Server) Auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Drop-Key")
		if key == "" {
			key = r.URL.Query().Get("key")
		}
		user, ok := s.keys[key]
		if !ok {
			http.Error(w, "unknown key", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Drop-User", user)
		next(w, r)
	}
}
