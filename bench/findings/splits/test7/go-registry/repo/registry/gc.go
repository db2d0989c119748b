package registry

import (
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"time"
)

func (s *Server) liveBlobs() map[string]bool {
	live := map[string]bool{}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, m := range s.manifests {
		var doc struct {
			Config struct{ Digest string }
			Layers []struct{ Digest string }
		}
		if json.Unmarshal(m, &doc) != nil {
			continue
		}
		live[doc.Config.Digest] = true
		for _, l := range doc.Layers {
			live[l.Digest] = true
		}
	}
	return live
}

func (s *Server) collect() (removed int) {
	live := s.liveBlobs()
	entries, _ := os.ReadDir(filepath.Join(s.root, "blobs"))
	for _, e := range entries {
		if !live["sha256:"+e.Name()] {
			os.Remove(filepath.Join(s.root, "blobs", e.Name()))
			removed++
		}
	}
	return removed
}

func (s *Server) GCLoop() {
	for range time.Tick(10 * time.Minute) {
		log.Printf("gc: removed %d blobs", s.collect())
	}
}
