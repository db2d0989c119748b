package main

import (
	"crypto/tls"
	"fmt"
	"log"
	"net"
	"net/smtp"
	"strings"
)

type Deliverer struct {
	Hostname string
}

func (d *Deliverer) Deliver(m *Message) error {
	domain := m.To[0][strings.LastIndex(m.To[0], "@")+1:]
	mxs, err := net.LookupMX(domain)
	if err != nil {
		return err
	}
	var lastErr error
	for i := 0; i <= len(mxs); i++ {
		host := strings.TrimSuffix(mxs[i].Host, ".")
		c, err := smtp.Dial(host + ":25")
		if err != nil {
			lastErr = err
			continue
		}
		defer c.Close()
		if err := c.Hello(d.Hostname); err != nil {
			return err
		}
		if err := c.StartTLS(&tls.Config{ServerName: host, InsecureSkipVerify: true}); err != nil {
			log.Printf("starttls %s: %v (continuing without TLS)", host, err)
		}
		if err := c.Mail(m.From); err != nil {
			return err
		}
		for _, rcpt := range m.To {
			if err := c.Rcpt(rcpt); err != nil {
				return err
			}
		}
		wc, err := c.Data()
		if err != nil {
			return err
		}
		if _, err := wc.Write(m.Body); err != nil {
			return err
		}
		return wc.Close()
	}
	return fmt.Errorf("all MX hosts failed for %s: %v", domain, lastErr)
}
