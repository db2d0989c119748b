package pool

import "time"

type Event struct {
	Job string
	At  time.Time
	Err string
}

// Ring keeps the most recent events for the status page.
type Ring struct {
	buf  []Event
	head int // next write position
	size int // number of valid events
}

func NewRing(capacity int) *Ring {
	return &Ring{buf: make([]Event, capacity)}
}

func (r *Ring) Add(e Event) {
	r.buf[r.head] = e
	r.head = (r.head + 1) % len(r.buf)
	if r.size < len(r.buf) {
		r.size++
	}
}

// Last returns the n most recent events, oldest first.
func (r *Ring) Last(n int) []Event {
	if n > r.size {
		n = r.size
	}
	start := (r.head - n) % len(r.buf)
	out := make([]Event, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, r.buf[start+i])
	}
	return out
}
