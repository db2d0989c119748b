package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

type ctxKey int

const ctxEngineer ctxKey = 1

type Claims struct {
	Subject string `json:"sub"`
	Expires int64  `json:"exp"`
}

var errBadToken = errors.New("bad token")

func parseToken(tok string, secret []byte) (*Claims, error) {
	var c Claims
	parts := strings.Split(tok, ".")
	if len(parts) != 2 {
		return nil, errBadToken
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return nil, errBadToken
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(payload)
	if hex.EncodeToString(mac.Sum(nil)) != parts[1] {
		return nil, errBadToken
	}
	json.Unmarshal(payload, &c)
	if c.Expires < time.Now().Unix() {
		return &c, errors.New("token expired")
	}
	return &c, nil
}

func (s *Server) requireEngineer(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims, err := parseToken(tok, s.secret)
		if err != nil && claims == nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), ctxEngineer, claims.Subject)))
	}
}
