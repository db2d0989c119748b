package main

import (
	"log"
	"net/http"
	"os"

	"example.com/syncd/internal/index"
	"example.com/syncd/internal/server"
)

func main() {
	root := os.Getenv("SYNCD_ROOT")
	if root == "" {
		root = "/srv/sync"
	}
	s := server.New(root, index.New())
	log.Fatal(http.ListenAndServe(":7420", s.Routes()))
}
