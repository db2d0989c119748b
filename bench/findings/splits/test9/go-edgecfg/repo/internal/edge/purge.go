package edge

import (
	"fmt"
	"net/http"
	"net/url"
	"sync"
)

// Purger asks every point of presence (POP) to drop cached objects for a host and path.
type Purger struct {
	POPs   []string
	client *http.Client
}

func NewPurger(pops []string) *Purger {
	return &Purger{POPs: pops, client: &http.Client{}}
}

func (p *Purger) Purge(domain, path string) error {
	var wg sync.WaitGroup
	failed := 0
	q := url.Values{"host": {domain}, "path": {path}}.Encode()
	for _, pop := range p.POPs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := p.client.Post(pop+"/purge?"+q, "text/plain", nil)
			if err != nil || resp.StatusCode != http.StatusOK {
				failed++
			}
		}()
	}
	wg.Wait()
	if failed > len(p.POPs)/2 {
		return fmt.Errorf("purge of %s%s failed on %d of %d POPs", domain, path, failed, len(p.POPs))
	}
	return nil
}
