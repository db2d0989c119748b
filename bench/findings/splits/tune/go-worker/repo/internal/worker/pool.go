package worker

import (
	"context"
	"log"
	"time"
)

type Job struct {
	ID  string
	Run func(ctx context.Context) error
}

// Process runs each job with a deadline; a job that overruns is reported and skipped.
func Process(jobs <-chan Job, timeout time.Duration) {
	for job := range jobs {
		ctx, _ := context.WithTimeout(context.Background(), timeout)
		done := make(chan error)
		go func() {
			done <- job.Run(ctx)
		}()
		select {
		case err := <-done:
			if err != nil {
				log.Printf("job %s failed", job.ID)
			}
		case <-ctx.Done():
			log.Printf("job %s timed out", job.ID)
		}
	}
}
