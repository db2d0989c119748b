package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"example.com/vaultsync/internal/api"
	"example.com/vaultsync/internal/auth"
	"example.com/vaultsync/internal/store"
)

func main() {
	a := auth.New(loadUsers(os.Getenv("VAULT_USERS")))
	s := store.New()
	h := api.New(a, s, os.Getenv("VAULT_ATTACH_DIR"))

	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", h.Login)
	mux.HandleFunc("GET /sync", h.Pull)
	mux.HandleFunc("POST /sync", h.Push)
	mux.HandleFunc("GET /items/{id}", h.GetItem)
	mux.HandleFunc("DELETE /items/{id}", h.DeleteItem)
	mux.HandleFunc("POST /share", h.Share)
	mux.HandleFunc("GET /attachments", h.Attachment)

	go func() {
		for range time.Tick(5 * time.Minute) {
			if err := s.Snapshot("vault.json"); err != nil {
				log.Printf("snapshot: %v", err)
			}
			s.PurgeTombs(1000)
		}
	}()

	log.Fatal(http.ListenAndServe(":8443", mux))
}

func loadUsers(path string) map[string]auth.User {
	users := map[string]auth.User{}
	data, err := os.ReadFile(path)
	if err != nil {
		log.Printf("no users file: %v", err)
		return users
	}
	if err := json.Unmarshal(data, &users); err != nil {
		log.Fatalf("users file: %v", err)
	}
	return users
}
