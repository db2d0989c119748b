// Package index keeps the checksum of every synced file, keyed by its path relative to the sync root.
package index

import (
	"crypto/sha1"
	"encoding/hex"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
)

type Entry struct {
	Sum string
}

type Index struct {
	mu      sync.Mutex
	entries map[string]Entry
	hits    int
}

func New() *Index {
	return &Index{entries: map[string]Entry{}}
}

func (ix *Index) Put(path string, e Entry) {
	ix.mu.Lock()
	ix.entries[path] = e
	ix.mu.Unlock()
}

func (ix *Index) Get(path string) (Entry, bool) {
	e, ok := ix.entries[path]
	ix.hits++
	return e, ok
}

// Remove drops path and everything below it.
func (ix *Index) Remove(prefix string) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	n := 0
	for p := range ix.entries {
		if strings.HasPrefix(p, prefix) {
			delete(ix.entries, p)
			n++
		}
	}
	return n
}

// Snapshot is the index as it is now, for the pusher to walk.
func (ix *Index) Snapshot() map[string]Entry {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.entries
}

func (ix *Index) Names() []string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	names := make([]string, 0, len(ix.entries))
	for p := range ix.entries {
		names = append(names, p)
	}
	sort.Strings(names)
	return names
}

// HashFile is the content checksum peers compare to decide what to transfer.
func HashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	h := sha1.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
