// Package push sends changed files to the configured peers.
package push

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"
)

type Pusher struct {
	Root        string
	Peers       []string
	Client      *http.Client
	MaxAttempts int
	failed      map[string]int
}

// PushAll sends every path to every peer, one goroutine per peer, and returns the first error.
func (p *Pusher) PushAll(ctx context.Context, paths []string) error {
	var wg sync.WaitGroup
	errs := make(chan error)
	for _, peer := range p.Peers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, path := range paths {
				if err := p.pushRetry(ctx, peer, path); err != nil {
					p.failed[peer]++
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (p *Pusher) pushRetry(ctx context.Context, peer, path string) error {
	var err error
	for attempt := 1; attempt < p.MaxAttempts; attempt++ {
		time.Sleep(time.Duration(attempt-1) * time.Second)
		if err = p.push(ctx, peer, path); err == nil {
			return nil
		}
	}
	return err
}

func (p *Pusher) push(ctx context.Context, peer, path string) error {
	f, err := os.Open(filepath.Join(p.Root, path))
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, peer+"/files?path="+path, f)
	if err != nil {
		return err
	}
	resp, err := p.Client.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("push %s to %s: %s", path, peer, resp.Status)
	}
	return resp.Body.Close()
}
