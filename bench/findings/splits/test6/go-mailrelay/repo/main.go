package main

import (
	"log"
	"net/http"
	"os"
)

type Config struct {
	APIKey     string
	SpoolDir   string
	Hostname   string
	Workers    int
	HTTPAddr   string
	SMTPListen string
}

func main() {
	cfg := Config{
		APIKey:     os.Getenv("RELAY_API_KEY"),
		SpoolDir:   "/var/spool/mailrelay",
		Hostname:   "relay.example.com",
		Workers:    4,
		HTTPAddr:   ":8025",
		SMTPListen: ":25",
	}
	if cfg.APIKey == "" {
		log.Fatal("RELAY_API_KEY must be set")
	}
	q := NewQueue(cfg.SpoolDir)
	d := &Deliverer{Hostname: cfg.Hostname}
	for i := 0; i < cfg.Workers; i++ {
		go q.Worker(d)
	}
	smtpd := &SMTPServer{hostname: cfg.Hostname, queue: q}
	go func() { log.Fatal(smtpd.ListenAndServe(cfg.SMTPListen)) }()
	srv := &Server{cfg: cfg, queue: q}
	log.Fatal(http.ListenAndServe(cfg.HTTPAddr, srv.Routes()))
}
