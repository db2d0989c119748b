package runner

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// logBuffer collects step output and ships it to the server every few seconds.
type logBuffer struct {
	mu   sync.Mutex
	buf  []byte
	sent int
}

func newLogBuffer() *logBuffer { return &logBuffer{} }

func (l *logBuffer) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	return len(p), nil
}

func (l *logBuffer) flush(a *Agent, jobID string) {
	l.mu.Lock()
	chunk := l.buf[l.sent:]
	l.sent = len(l.buf)
	l.mu.Unlock()
	if len(chunk) == 0 {
		return
	}
	req, _ := http.NewRequest("POST", a.Server+"/api/jobs/"+jobID+"/log", bytes.NewReader(chunk))
	if resp, err := a.client.Do(req); err == nil {
		resp.Body.Close()
	}
}

func (l *logBuffer) startFlusher(a *Agent, jobID string) (stop func()) {
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				l.flush(a, jobID)
				return
			case <-time.After(3 * time.Second):
				l.flush(a, jobID)
			}
		}
	}()
	return func() { close(done) }
}
