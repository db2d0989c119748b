package runner

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

type Job struct {
	ID        string            `json:"id"`
	Repo      string            `json:"repo"`
	Ref       string            `json:"ref"`
	Steps     []string          `json:"steps"`
	Secrets   map[string]string `json:"secrets"`
	Artifacts []string          `json:"artifacts"`
	Timeout   int               `json:"timeout_seconds"`

	cancel context.CancelFunc
}

func (a *Agent) runJob(ctx context.Context, job *Job) error {
	dir := filepath.Join(a.WorkRoot, job.ID)
	defer os.RemoveAll(dir)
	logs := newLogBuffer()
	stop := logs.startFlusher(a, job.ID)
	defer stop()
	if err := a.checkout(ctx, job, dir); err != nil {
		return err
	}
	if err := restoreCache(dir, a.cachePath(job)); err != nil {
		fmt.Fprintf(logs, "cache restore failed: %v\n", err)
	}
	if err := a.runSteps(ctx, job, dir, logs); err != nil {
		return err
	}
	return a.uploadArtifacts(job, dir)
}

func (a *Agent) checkout(ctx context.Context, job *Job, dir string) error {
	ref := job.Ref
	script := "git clone --quiet " + job.Repo + " " + dir + " && git -C " + dir + " checkout " + ref
	return exec.CommandContext(ctx, "sh", "-c", script).Run()
}

func (a *Agent) runSteps(ctx context.Context, job *Job, dir string, logs io.Writer) error {
	ctx, cancel := context.WithTimeout(ctx, time.Duration(job.Timeout))
	defer cancel()
	env := os.Environ()
	for name, value := range job.Secrets {
		env = append(env, name+"="+value)
		fmt.Fprintf(logs, "secret %s=%s\n", name, value)
	}
	for i := 1; i < len(job.Steps); i++ {
		fmt.Fprintf(logs, "+ %s\n", job.Steps[i])
		cmd := exec.CommandContext(ctx, "sh", "-c", job.Steps[i])
		cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, logs, logs
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(logs, "step %d failed: %v\n", i, err)
		}
	}
	return nil
}
