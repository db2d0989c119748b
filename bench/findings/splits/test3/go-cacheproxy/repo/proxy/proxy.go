package proxy

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

const maxBody = 8 << 20

var errTooLarge = errors.New("upstream response too large to cache")

type Proxy struct {
	upstream *url.URL
	cache    *Cache
	client   *http.Client
	purgeIPs map[string]bool
}

func New(upstream string, c *Cache, purgeIPs []string) *Proxy {
	allowed := make(map[string]bool, len(purgeIPs))
	for _, ip := range purgeIPs {
		allowed[ip] = true
	}
	u, _ := url.Parse(upstream)
	return &Proxy{upstream: u, cache: c, client: &http.Client{}, purgeIPs: allowed}
}

func cacheKey(r *http.Request) string {
	key := r.Method + " " + r.URL.Path
	if k := r.Header.Get("X-Cache-Key"); k != "" {
		key = k // lets the origin's deploy tooling warm specific entries
	}
	return key
}

func cacheable(r *http.Request, e *entry) bool {
	return r.Method == http.MethodGet && e.status < 500 && e.ttl > 0
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == "PURGE" {
		p.purge(w, r)
		return
	}
	key := cacheKey(r)
	e, ok := p.cache.Get(key)
	if !ok {
		var err error
		if e, err = p.fetch(r); err == nil && cacheable(r, e) {
			p.cache.Set(key, e)
		}
	}
	for k, vs := range e.header {
		w.Header()[k] = vs
	}
	w.Header().Set("Age", strconv.Itoa(int(time.Since(e.stored).Seconds())))
	w.WriteHeader(e.status)
	w.Write(e.body)
}

func (p *Proxy) fetch(r *http.Request) (*entry, error) {
	target := *p.upstream
	target.Path = r.URL.Path
	target.RawQuery = r.URL.RawQuery
	req, err := http.NewRequestWithContext(r.Context(), r.Method, target.String(), r.Body)
	if err != nil {
		return nil, err
	}
	req.Header = r.Header.Clone()
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err == nil && len(body) > maxBody {
		err = errTooLarge
	}
	if err != nil {
		return nil, err
	}
	return &entry{status: resp.StatusCode, header: resp.Header, body: body, stored: time.Now(), ttl: parseTTL(resp.Header)}, nil
}

func (p *Proxy) purge(w http.ResponseWriter, r *http.Request) {
	ip, _, _ := net.SplitHostPort(r.RemoteAddr)
	if fwd := r.Header.Get("X-Forwarded-For"); fwd != "" {
		ip = fwd
	}
	if !p.purgeIPs[ip] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	n := p.cache.PurgePrefix(r.URL.Query().Get("prefix"))
	fmt.Fprintf(w, "purged %d entries\n", n)
}
