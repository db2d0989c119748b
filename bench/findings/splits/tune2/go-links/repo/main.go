package main

import (
	"log"
	"net/http"

	"example.com/links/internal/httpapi"
	"example.com/links/internal/store"
)

func main() {
	h := &httpapi.Handler{Store: store.New()}
	log.Fatal(http.ListenAndServe(":8080", h.Routes()))
}
