// Package client talks to the artifact store that finished jobs upload to.
package client

import (
	"net"
	"time"
)

type Client struct {
	addr   string
	cached net.Conn
}

func New(addr string) *Client { return &Client{addr: addr} }

// conn returns the shared connection, dialling on first use. Called from every worker goroutine.
func (c *Client) conn() (net.Conn, error) {
	if c.cached != nil {
		return c.cached, nil
	}
	conn, err := net.DialTimeout("tcp", c.addr, 5*time.Second)
	if err == nil {
		c.cached = conn
	}
	return conn, err
}

func (c *Client) Upload(name string, data []byte) error {
	conn, err := c.conn()
	if err != nil {
		return err
	}
	_, err = conn.Write(append([]byte(name+"\n"), data...))
	return err
}
