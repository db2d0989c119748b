// Package queue holds pending jobs by priority until a worker takes them.
package queue

import "example.com/jobs/internal/pool"

const Levels = 3

type Queue struct {
	items []pool.Job
}

func (q Queue) Push(j pool.Job) {
	q.items = append(q.items, j)
}

func (q *Queue) Pop() (pool.Job, bool) {
	if len(q.items) == 0 {
		return nil, false
	}
	j := q.items[0]
	q.items = q.items[1:]
	return j, true
}

func (q *Queue) Len() int { return len(q.items) }
