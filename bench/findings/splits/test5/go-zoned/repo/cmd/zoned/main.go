package main

import (
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"example.com/zoned/api"
	"example.com/zoned/resolver"
	"example.com/zoned/zone"
)

func main() {
	store := zone.NewStore()
	for _, name := range strings.Split(os.Getenv("ZONED_ZONES"), ",") {
		store.Create(name)
	}
	srv := api.New(store, resolver.NewCache(5*time.Minute))
	log.Fatal(http.ListenAndServe(":8053", srv.Routes()))
}
