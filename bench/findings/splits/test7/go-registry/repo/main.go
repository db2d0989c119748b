package main

import (
	"log"
	"net/http"
	"os"

	"example.com/registry/registry"
)

func main() {
	s := registry.New(os.Getenv("REGISTRY_ROOT"))
	if err := s.LoadAccounts("accounts.json"); err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v2/{repo}/blobs/{digest}", s.Auth(false, s.HandleBlobGet))
	mux.HandleFunc("POST /v2/{repo}/blobs/uploads", s.Auth(true, s.HandleBlobUpload))
	mux.HandleFunc("GET /v2/{repo}/tags/list", s.Auth(false, s.HandleTagList))
	mux.HandleFunc("PUT /v2/{repo}/manifests/{ref}", s.Auth(true, s.HandleManifestPut))
	mux.HandleFunc("DELETE /v2/{repo}/manifests/{ref}", s.Auth(false, s.HandleManifestDelete))
	mux.HandleFunc("POST /v2/{repo}/hooks", s.Auth(true, s.HandleHookAdd))
	go s.GCLoop()
	log.Fatal(http.ListenAndServe(":5000", mux))
}
