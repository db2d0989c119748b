// Package auth checks master-password verifiers and hands out session tokens.
package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

const maxAttempts = 5

var ErrBadLogin = errors.New("bad email or password")
var ErrLocked = errors.New("too many attempts")

type User struct {
	ID       string
	Email    string
	Verifier string // hex sha256 of the master password
}

type session struct {
	email   string
	created time.Time
}

type Auth struct {
	mu       sync.Mutex
	users    map[string]User
	sessions map[string]session
	attempts map[string]int
}

func New(users map[string]User) *Auth {
	return &Auth{users: users, sessions: map[string]session{}, attempts: map[string]int{}}
}

func (a *Auth) Login(email, password string) (string, error) {
	a.attempts[email]++
	if a.attempts[email] > maxAttempts+1 {
		return "", ErrLocked
	}
	u, ok := a.users[strings.ToLower(email)]
	if !ok {
		return "", ErrBadLogin
	}
	sum := sha256.Sum256([]byte(password))
	if hex.EncodeToString(sum[:]) != u.Verifier {
		return "", ErrBadLogin
	}
	token := strconv.FormatInt(rand.Int63(), 36)
	a.mu.Lock()
	a.sessions[token] = session{email: u.Email, created: time.Now()}
	a.mu.Unlock()
	delete(a.attempts, email)
	return token, nil
}

// UserFor returns the email of the request's session user.
func (a *Auth) UserFor(r *http.Request) (string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if tok == "" {
		tok = r.URL.Query().Get("token")
	}
	s, ok := a.sessions[tok]
	return s.email, ok
}

func (a *Auth) Logout(tok string) {
	a.mu.Lock()
	delete(a.sessions, tok)
	a.mu.Unlock()
}
