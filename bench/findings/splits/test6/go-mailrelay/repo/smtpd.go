package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"strings"
)

type SMTPServer struct {
	hostname string
	queue    *Queue
}

func (s *SMTPServer) ListenAndServe(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go s.handle(conn)
	}
}

func (s *SMTPServer) handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	fmt.Fprintf(conn, "220 %s ESMTP relay\r\n", s.hostname)
	var from string
	var to []string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "HELO"), strings.HasPrefix(cmd, "EHLO"):
			fmt.Fprintf(conn, "250 %s\r\n", s.hostname)
		case strings.HasPrefix(cmd, "MAIL FROM:"):
			from = strings.Trim(line[10:], "<> \r\n")
			fmt.Fprint(conn, "250 OK\r\n")
		case strings.HasPrefix(cmd, "RCPT TO:"):
			to = append(to, strings.Trim(line[8:], "<> \r\n"))
			fmt.Fprint(conn, "250 OK\r\n")
		case cmd == "DATA":
			fmt.Fprint(conn, "354 End data with <CR><LF>.<CR><LF>\r\n")
			id := s.queue.Enqueue(from, to, readData(r))
			fmt.Fprintf(conn, "250 OK queued as %s\r\n", id)
			from, to = "", nil
		case cmd == "QUIT":
			fmt.Fprint(conn, "221 Bye\r\n")
			return
		default:
			fmt.Fprint(conn, "502 Command not implemented\r\n")
		}
	}
}

func readData(r *bufio.Reader) []byte {
	var buf bytes.Buffer
	for {
		line, err := r.ReadString('\n')
		if err != nil || line == ".\r\n" {
			break
		}
		buf.WriteString(line)
	}
	return buf.Bytes()
}
