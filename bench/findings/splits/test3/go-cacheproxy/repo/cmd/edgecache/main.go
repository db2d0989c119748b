package main

import (
	"flag"
	"log"
	"net/http"
	"strings"

	"example.com/edgecache/proxy"
)

func main() {
	listen := flag.String("listen", ":8080", "address to serve on")
	upstream := flag.String("upstream", "http://127.0.0.1:9000", "origin server")
	maxBytes := flag.Int("max-bytes", 256<<20, "cache size in bytes")
	purgers := flag.String("purge-ips", "127.0.0.1", "comma-separated addresses allowed to PURGE")
	flag.Parse()

	c := proxy.NewCache(*maxBytes)
	p := proxy.New(*upstream, c, strings.Split(*purgers, ","))
	log.Fatal(http.ListenAndServe(*listen, p))
}
