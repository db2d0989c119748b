package main

import (
	"database/sql"
	"log"
	"net/http"
	"os/exec"

	_ "github.com/mattn/go-sqlite3"

	"example.com/jobs/internal/queue"
)

type shellJob struct{ name, command string }

func newShellJob(name, command string) *shellJob { return &shellJob{name, command} }

func (j *shellJob) Name() string { return j.name }
func (j *shellJob) Run() error   { return exec.Command("sh", "-c", j.command).Run() }

func main() {
	db, err := sql.Open("sqlite3", "jobs.db")
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db, dir: "/srv/jobs/files"}
	for i := range s.queues {
		s.queues[i] = &queue.Queue{}
	}
	http.HandleFunc("/jobs", s.submit)
	http.HandleFunc("/jobs/list", s.listJobs)
	http.HandleFunc("/convert", s.convert)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
