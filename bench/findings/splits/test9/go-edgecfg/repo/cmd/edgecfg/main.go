package main

import (
	"log"
	"net/http"
	"os"
	"strings"

	"example.com/edgecfg/internal/edge"
)

func main() {
	api := &edge.API{
		Store:     edge.NewStore(os.Getenv("EDGECFG_STATE")),
		Purger:    edge.NewPurger(strings.Split(os.Getenv("EDGECFG_POPS"), ",")),
		ExportDir: "/srv/edgecfg/exports",
	}
	mux := http.NewServeMux()
	api.Routes(mux)
	log.Fatal(http.ListenAndServe(":8443", mux))
}
