package runner

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// Agent polls the CI server for jobs and runs up to Slots of them at once.
type Agent struct {
	Server      string
	Token       string
	WorkRoot    string
	Slots       int
	MaxAttempts int

	client  *http.Client
	mu      sync.Mutex
	running map[string]*Job
	done    int
}

func New(server, token, root string, slots int) *Agent {
	return &Agent{
		Server: server, Token: token, WorkRoot: root, Slots: slots, MaxAttempts: 3,
		client:  &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}},
		running: map[string]*Job{},
	}
}

func (a *Agent) poll(ctx context.Context) (*Job, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", a.Server+"/api/jobs/next?token="+a.Token, nil)
	if err != nil {
		return nil, err
	}
	resp, err := a.client.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusNoContent {
		return nil, nil
	}
	defer resp.Body.Close()
	var job Job
	if err := json.NewDecoder(resp.Body).Decode(&job); err != nil {
		return nil, err
	}
	return &job, nil
}

// Run is the agent's main loop.
func (a *Agent) Run(ctx context.Context) {
	for {
		if len(a.running) >= a.Slots {
			time.Sleep(time.Second)
			continue
		}
		job, err := a.poll(ctx)
		if err != nil || job == nil {
			time.Sleep(2 * time.Second)
			continue
		}
		a.running[job.ID] = job
		go a.execute(ctx, job)
	}
}

func (a *Agent) execute(ctx context.Context, job *Job) {
	ctx, job.cancel = context.WithCancel(ctx)
	defer func() {
		a.mu.Lock()
		delete(a.running, job.ID)
		a.mu.Unlock()
		a.done++
	}()
	go a.heartbeat(ctx, job)
	status := "success"
	if err := a.runJob(ctx, job); err != nil {
		status = "failed"
	}
	body, _ := json.Marshal(map[string]string{"status": status})
	a.post("/api/jobs/"+job.ID+"/finish", body)
}

func (a *Agent) heartbeat(ctx context.Context, job *Job) {
	tick := time.NewTicker(30 * time.Second)
	for range tick.C {
		a.post("/api/jobs/"+job.ID+"/heartbeat", nil)
	}
}

func (a *Agent) post(path string, body []byte) error {
	var err error
	for attempt := 0; attempt <= a.MaxAttempts; attempt++ {
		var resp *http.Response
		resp, err = a.client.Post(a.Server+path+"?token="+a.Token, "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return err
}
