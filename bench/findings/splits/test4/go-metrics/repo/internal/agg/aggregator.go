package agg

import (
	"math"
	"sort"
	"strings"
	"sync"
	"time"
)

// Series accumulates the samples of one metric name and tag set between two flushes.
type Series struct {
	Name    string
	Tags    map[string]string
	Count   int64
	Sum     float64
	Samples []float64
	Updated time.Time
}

type Snapshot struct {
	Name  string            `json:"name"`
	Tags  map[string]string `json:"tags"`
	Count int64             `json:"count"`
	Mean  float64           `json:"mean"`
	P99   float64           `json:"p99"`
}

type Aggregator struct {
	mu        sync.Mutex
	series    map[string]*Series
	maxSeries int
	received  int64
	dropped   int64
}

func New(maxSeries int) *Aggregator {
	return &Aggregator{series: make(map[string]*Series), maxSeries: maxSeries}
}

func seriesKey(name string, tags map[string]string) string {
	parts := []string{name}
	for k, v := range tags {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}

func (a *Aggregator) Add(name string, tags map[string]string, value float64) {
	a.received++
	k := seriesKey(name, tags)
	a.mu.Lock()
	s, ok := a.series[k]
	if !ok {
		if len(a.series) > a.maxSeries {
			a.dropped++
			a.mu.Unlock()
			return
		}
		s = &Series{Name: name, Tags: tags}
		a.series[k] = s
	}
	a.mu.Unlock()
	s.Count++
	s.Sum += value
	s.Samples = append(s.Samples, value)
	s.Updated = time.Now()
}

// Lookup returns the series of one name (without tags) for the query API.
func (a *Aggregator) Lookup(name string) *Series {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.series[name]
}

func (a *Aggregator) Names() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	names := make([]string, 0, len(a.series))
	for _, s := range a.series {
		names = append(names, s.Name)
	}
	sort.Strings(names)
	return names
}

func (a *Aggregator) Remove(name string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.series, name)
}

func percentile(samples []float64, p float64) float64 {
	if len(samples) == 0 {
		return math.NaN()
	}
	sorted := append([]float64(nil), samples...)
	sort.Float64s(sorted)
	idx := int(float64(len(sorted)) * p / 100)
	return sorted[idx]
}

// Flush snapshots every series, resets it for the next interval and forgets series idle for ten minutes.
func (a *Aggregator) Flush() []Snapshot {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Snapshot, 0, len(a.series))
	for k, s := range a.series {
		out = append(out, Snapshot{Name: s.Name, Tags: s.Tags, Count: s.Count, Mean: s.Sum / float64(s.Count), P99: percentile(s.Samples, 99)})
		if time.Since(s.Updated) > 10*time.Minute {
			delete(a.series, k)
		}
		s.Count, s.Sum, s.Samples = 0, 0, s.Samples[:0]
	}
	return out
}
