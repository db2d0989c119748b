package main

import (
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	g := NewGarage(240, Rate{Grace: 15 * time.Minute, HourlyCents: 350, DailyCapCents: 2400}, os.Getenv("GATE_PIN"))
	mux := http.NewServeMux()
	mux.HandleFunc("POST /entry", g.HandleEntry)
	mux.HandleFunc("POST /exit", g.HandleExit)
	mux.HandleFunc("POST /pay", g.HandlePay)
	mux.HandleFunc("GET /receipt", g.HandleReceipt)
	mux.HandleFunc("POST /gate/open", g.HandleOpen)
	mux.HandleFunc("POST /camera", g.HandleCamera)
	go func() {
		for range time.Tick(time.Minute) {
			if err := g.Snapshot("/var/lib/parkgate/state.json"); err != nil {
				log.Printf("snapshot: %v", err)
			}
		}
	}()
	log.Fatal(http.ListenAndServe(":8081", mux))
}
