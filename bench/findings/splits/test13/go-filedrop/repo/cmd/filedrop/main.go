package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"example.com/filedrop/internal/drop"
)

func main() {
	s, err := drop.NewServer(os.Getenv("DROP_ROOT"), os.Getenv("DROP_KEYS"), 2<<30)
	if err != nil {
		log.Fatal(err)
	}
	go s.ReloadKeysEvery(30 * time.Second)
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /files", s.Auth(s.Upload))
	mux.HandleFunc("GET /files", s.Auth(s.List))
	mux.HandleFunc("POST /links", s.Auth(s.Share))
	mux.HandleFunc("GET /d/{token}", s.Download)
	log.Println("filedrop listening on :8443")
	log.Fatal(http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", mux))
}
