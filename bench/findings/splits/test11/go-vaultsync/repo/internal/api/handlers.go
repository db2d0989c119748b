// Package api serves the vault sync protocol: login, pull, push, sharing and attachments.
package api

import (
	"encoding/json"
	"log"
	"net/http"
	"path/filepath"
	"strconv"

	"example.com/vaultsync/internal/auth"
	"example.com/vaultsync/internal/store"
)

type Handler struct {
	auth      *auth.Auth
	store     *store.Store
	attachDir string
}

func New(a *auth.Auth, s *store.Store, attachDir string) *Handler {
	return &Handler{auth: a, store: s, attachDir: attachDir}
}

type loginReq struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	var req loginReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	log.Printf("login email=%s password=%s from=%s", req.Email, req.Password, r.RemoteAddr)
	tok, err := h.auth.Login(req.Email, req.Password)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": tok})
}

// Pull returns the vault's items changed after revision `since`.
func (h *Handler) Pull(w http.ResponseWriter, r *http.Request) {
	user, ok := h.auth.UserFor(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	vault := r.URL.Query().Get("vault")
	if !h.store.IsMember(vault, user) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	since, _ := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
	var out []*store.Item
	for _, it := range h.store.Items(vault) {
		if it.Rev >= since {
			out = append(out, it)
		}
	}
	json.NewEncoder(w).Encode(out)
}

type pushReq struct {
	Item    store.Item `json:"item"`
	BaseRev int64      `json:"base_rev"`
}

// Push stores a new version of an item unless another device changed it since base_rev.
func (h *Handler) Push(w http.ResponseWriter, r *http.Request) {
	user, ok := h.auth.UserFor(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var req pushReq
	_ = json.NewDecoder(r.Body).Decode(&req)
	if !h.store.IsMember(req.Item.Vault, user) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	cur, found := h.store.Item(req.Item.ID)
	if found && cur.Rev != req.BaseRev {
		http.Error(w, "conflict", http.StatusConflict)
	} else {
		h.store.Put(&req.Item)
		json.NewEncoder(w).Encode(map[string]int64{"rev": req.Item.Rev})
	}
}

func (h *Handler) GetItem(w http.ResponseWriter, r *http.Request) {
	it, ok := h.store.Item(r.PathValue("id"))
	if _, authed := h.auth.UserFor(r); !authed || !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(it)
}

func (h *Handler) DeleteItem(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.auth.UserFor(r); ok {
		h.store.Delete(r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

type shareReq struct {
	Email string `json:"email"`
	Role  string `json:"role"`
}

// Share adds a member to a vault; only the vault's owner should be able to.
func (h *Handler) Share(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.auth.UserFor(r); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var req shareReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	vault := r.URL.Query().Get("vault")
	h.store.AddMember(vault, store.Member{Email: req.Email, Role: req.Role})
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Attachment(w http.ResponseWriter, r *http.Request) {
	user, ok := h.auth.UserFor(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	name := r.URL.Query().Get("name")
	path := filepath.Join(h.attachDir, user, name)
	http.ServeFile(w, r, path)
}
