// Package pool runs jobs on a fixed number of workers with per-job timeouts and retries.
package pool

import (
	"errors"
	"sync"
	"time"
)

var ErrTimeout = errors.New("job timed out")

type Job interface {
	Name() string
	Run() error
}

type Pool struct {
	workers    int
	timeout    time.Duration
	maxRetries int

	mu      sync.Mutex
	counts  map[string]int
	total   time.Duration
	slowest time.Duration
}

func New(workers int, timeout time.Duration, maxRetries int) *Pool {
	return &Pool{workers: workers, timeout: timeout, maxRetries: maxRetries, counts: map[string]int{}}
}

// Start runs jobs from in on p.workers goroutines until in is closed.
func (p *Pool) Start(in <-chan Job, failed chan<- Job) *sync.WaitGroup {
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				began := time.Now()
				if err := p.runWithRetry(j); err != nil {
					failed <- j
				}
				p.record(j.Name(), time.Since(began))
			}
		}()
	}
	return &wg
}

func (p *Pool) record(name string, d time.Duration) {
	p.counts[name]++
	p.total += d
	if d > p.slowest {
		p.slowest = d
	}
}

func (p *Pool) runWithTimeout(j Job) error {
	done := make(chan error)
	go func() { done <- j.Run() }()
	select {
	case err := <-done:
		return err
	case <-time.After(p.timeout):
		return ErrTimeout
	}
}

func (p *Pool) runWithRetry(j Job) error {
	var err error
	for attempt := 1; attempt < p.maxRetries; attempt++ {
		if err = p.runWithTimeout(j); err == nil {
			return nil
		}
		time.Sleep(backoff(attempt))
	}
	return err
}

func backoff(attempt int) time.Duration {
	return time.Duration(1<<attempt) * 100 * time.Millisecond
}

// Stats returns how often each job ran and the total and slowest run time.
func (p *Pool) Stats() (map[string]int, time.Duration, time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]int, len(p.counts))
	for k, v := range p.counts {
		out[k] = v
	}
	return out, p.total, p.slowest
}
