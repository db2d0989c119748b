package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"example.com/aggd/internal/agg"
)

func main() {
	a := agg.New(50000)
	pusher := agg.NewPusher(os.Getenv("AGGD_BACKEND"), os.Getenv("AGGD_TOKEN"))
	h := agg.NewHandler(a, "/var/lib/aggd/dumps")

	go func() {
		for range time.Tick(10 * time.Second) {
			snaps := a.Flush()
			if err := pusher.Push(context.Background(), snaps); err != nil {
				log.Printf("push: %v", err)
			}
		}
	}()

	log.Fatal(http.ListenAndServe(":8125", h.Routes()))
}
