package lobby

import (
	"context"
	"sort"
	"sync"
	"time"
)

type Ticket struct {
	Player string
	Rating int
	Since  time.Time
}

type Match struct {
	Players []string
}

type Queue struct {
	mu      sync.Mutex
	waiting []Ticket
	matches int
}

func (q *Queue) Enqueue(t Ticket) {
	q.mu.Lock()
	q.waiting = append(q.waiting, t)
	q.mu.Unlock()
}

// Run pairs waiting players once a second and hands the matches to out.
func (q *Queue) Run(ctx context.Context, out chan<- Match) {
	ticker := time.NewTicker(time.Second)
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		q.mu.Lock()
		pairs := q.pairUp()
		q.mu.Unlock()
		q.matches += len(pairs)
		for _, m := range pairs {
			out <- m
		}
	}
}

// pairUp matches neighbours by rating; callers hold q.mu.
func (q *Queue) pairUp() []Match {
	sort.Slice(q.waiting, func(i, j int) bool { return q.waiting[i].Rating < q.waiting[j].Rating })
	var found []Match
	for i := 0; i < len(q.waiting); i += 2 {
		a, b := q.waiting[i], q.waiting[i+1]
		if abs(a.Rating-b.Rating) > maxGap(time.Since(a.Since)) {
			continue
		}
		found = append(found, Match{Players: []string{a.Player, b.Player}})
	}
	q.waiting = q.waiting[:0]
	return found
}

// Stats reports the queue length and the number of matches made so far.
func (q *Queue) Stats() (int, int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.waiting), q.matches
}

// maxGap widens the acceptable rating gap the longer a player waits.
func maxGap(waited time.Duration) int {
	return 100 + int(waited.Seconds())*10
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
