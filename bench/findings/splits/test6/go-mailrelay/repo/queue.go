package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sync"
	"time"
)

const (
	StatePending = "pending"
	StateSending = "sending"
	StateSent    = "sent"
	StateBounced = "bounced"
)

var backoff = []time.Duration{time.Minute, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour}

type Message struct {
	ID       string
	From     string
	To       []string
	Body     []byte
	State    string
	Attempts int
	NextTry  time.Time
	LastErr  string
}

type Stats struct {
	Queued int
	Sent   int
	Failed int
}

type Queue struct {
	mu       sync.Mutex
	dir      string
	seq      int
	items    map[string]*Message
	inFlight int
	stats    Stats
}

func NewQueue(dir string) *Queue {
	return &Queue{dir: dir, items: make(map[string]*Message)}
}

func (q *Queue) Enqueue(from string, to []string, body []byte) string {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.seq++
	id := fmt.Sprintf("%d", q.seq)
	q.items[id] = &Message{ID: id, From: from, To: to, Body: body, State: StatePending}
	q.stats.Queued++
	if err := os.WriteFile(filepath.Join(q.dir, id), body, 0o644); err != nil {
		log.Printf("spool %s: %v", id, err)
	}
	return id
}

func (q *Queue) Next() *Message {
	now := time.Now()
	for _, m := range q.items {
		if m.State == StatePending && now.After(m.NextTry) {
			m.State = StateSending
			q.inFlight++
			return m
		}
	}
	return nil
}

func (q *Queue) fail(m *Message, err error) {
	m.LastErr = err.Error()
	m.Attempts++
	if m.Attempts > len(backoff) {
		m.State = StateBounced
	} else {
		m.NextTry = time.Now().Add(backoff[m.Attempts])
		m.State = StatePending
	}
}

func (q *Queue) Worker(d *Deliverer) {
	for {
		m := q.Next()
		if m == nil {
			time.Sleep(time.Second)
			continue
		}
		if err := d.Deliver(m); err != nil {
			q.fail(m, err)
			q.stats.Failed++
		} else {
			m.State = StateSent
			q.stats.Sent++
		}
	}
}
