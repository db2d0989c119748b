package main

import (
	"context"
	"log"
	"os"
	"os/signal"

	"example.com/ci-agent/runner"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	agent := runner.New(os.Getenv("CI_SERVER"), os.Getenv("CI_RUNNER_TOKEN"), "/var/lib/ci-agent", 4)
	go func() { log.Fatal(agent.ServeStatus(":8089")) }()
	agent.Run(ctx)
}
