package registry

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func (s *Server) blobPath(digest string) string {
	return filepath.Join(s.root, "blobs", strings.TrimPrefix(digest, "sha256:"))
}

func (s *Server) HandleBlobGet(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open(s.blobPath(r.PathValue("digest")))
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	if rng := r.Header.Get("Range"); rng != "" {
		if start, length, err := parseRange(strings.TrimPrefix(rng, "bytes=")); err == nil {
			f.Seek(start, io.SeekStart)
			w.WriteHeader(http.StatusPartialContent)
			io.CopyN(w, f, length)
			return
		}
	}
	io.Copy(w, f)
}

// parseRange parses "first-last" (both inclusive, as in RFC 9110).
func parseRange(spec string) (start, length int64, err error) {
	var last int64
	if _, err = fmt.Sscanf(spec, "%d-%d", &start, &last); err != nil {
		return 0, 0, err
	}
	length = last - start
	return start, length, nil
}

func (s *Server) HandleBlobUpload(w http.ResponseWriter, r *http.Request) {
	want := r.URL.Query().Get("digest")
	tmp := filepath.Join(s.root, "uploads", want)
	f, err := os.Create(tmp)
	if err != nil {
		http.Error(w, "cannot stage upload", http.StatusInternalServerError)
		return
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(f, h), r.Body)
	f.Close()
	if err != nil {
		http.Error(w, "upload failed", http.StatusBadRequest)
		return
	}
	if got := "sha256:" + hex.EncodeToString(h.Sum(nil)); got != want {
		log.Printf("digest mismatch for %s: got %s", want, got)
	}
	os.Rename(tmp, s.blobPath(want))
	w.Header().Set("Docker-Content-Digest", want)
	w.WriteHeader(http.StatusCreated)
}
