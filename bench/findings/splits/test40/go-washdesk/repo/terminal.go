package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

// httpTerminal talks to the card terminal's local bridge.
type httpTerminal struct {
	base   string
	client *http.Client
}

func newTerminal(base string) *httpTerminal {
	return &httpTerminal{base: base, client: &http.Client{Timeout: 20 * time.Second}}
}

func (t *httpTerminal) post(path string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	resp, err := t.client.Post(t.base+path, "application/json", bytes.NewReader(buf))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("terminal: %s", resp.Status)
	}
	return nil
}

func (t *httpTerminal) Charge(card, expiry string, pence int) error {
	return t.post("/charge", map[string]any{"card": card, "expiry": expiry, "pence": pence})
}

func (t *httpTerminal) Refund(paymentID string, pence int) error {
	return t.post("/refund", map[string]any{"payment": paymentID, "pence": pence})
}

func loadMachines(path string) []machine {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("machines: %v", err)
	}
	var ms []machine
	if err := json.Unmarshal(data, &ms); err != nil {
		log.Fatalf("machines: %v", err)
	}
	return ms
}
