package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"example.com/lobby/internal/lobby"
)

func main() {
	store := lobby.NewStore()
	queue := &lobby.Queue{}
	srv := &lobby.Server{Store: store, Queue: queue, ReplayDir: "/var/lib/lobby/replays"}

	matches := make(chan lobby.Match)
	go queue.Run(context.Background(), matches)
	go func() {
		for m := range matches {
			log.Printf("match ready: %v", m.Players)
		}
	}()

	mux := http.NewServeMux()
	mux.HandleFunc("POST /lobbies", srv.HandleCreateLobby)
	mux.HandleFunc("GET /lobbies", srv.HandleList)
	mux.HandleFunc("POST /lobbies/{id}/join", srv.HandleJoin)
	mux.HandleFunc("POST /lobbies/{id}/kick", srv.HandleKick)
	mux.HandleFunc("POST /lobbies/{id}/start", srv.HandleStart)
	mux.HandleFunc("POST /results", srv.HandleResult)
	mux.HandleFunc("GET /replays", srv.HandleReplay)

	addr := os.Getenv("LOBBY_ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, mux))
}
