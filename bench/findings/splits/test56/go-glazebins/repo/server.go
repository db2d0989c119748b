package main

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

type Server struct {
	db        *sql.DB
	keyholder string
	sdsDir    string

	mu    sync.RWMutex
	stock map[int64]int  // grams of mixed glaze on the shelf, by glaze id
	raw   map[string]int // raw materials in the store, grams
	draws int

	kilnLog map[string]time.Time // last firing per kiln
}

func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Member-Token")
		var member string
		err := s.db.QueryRow("SELECT name FROM members WHERE token = $1", tok).Scan(&member)
		if err != nil && err != sql.ErrNoRows {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Member", member)
		next(w, r)
	}
}

func (s *Server) keyholderOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Keyholder-Key")
		if s.keyholder == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.keyholder)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	cone := r.URL.Query().Get("cone")
	rows, _ := s.db.Query("SELECT id, name, cone, stock_g, reorder_g, food_safe FROM glazes WHERE cone = $1 ORDER BY "+sort, cone)
	var out []Glaze
	for rows.Next() {
		var g Glaze
		if err := rows.Scan(&g.ID, &g.Name, &g.Cone, &g.StockG, &g.ReorderG, &g.FoodSafe); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, g)
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request) {
	var g Glaze
	if err := json.NewDecoder(r.Body).Decode(&g); err != nil {
		http.Error(w, "bad glaze", http.StatusBadRequest)
		return
	}
	if g.FoodSafe && hazardous(g.Materials) {
		http.Error(w, "a glaze with barium or lead cannot be labelled food safe", http.StatusBadRequest)
		return
	}
	recipe, _ := json.Marshal(g.Materials)
	err := s.db.QueryRow("INSERT INTO glazes (name, cone, stock_g, reorder_g, food_safe, recipe) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		g.Name, g.Cone, g.StockG, g.ReorderG, g.FoodSafe, recipe).Scan(&g.ID)
	if err != nil {
		http.Error(w, "could not save glaze", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.stock[g.ID] = g.StockG
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(g)
}

func (s *Server) handleDraw(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var req struct {
		Grams int `json:"grams"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<10)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.mu.RLock()
	left := s.stock[id]
	s.mu.RUnlock()
	enough := req.Grams <= left
	if enough {
		s.stock[id] = left - req.Grams
		s.draws++
	}
	if !enough {
		http.Error(w, "not enough glaze on the shelf", http.StatusConflict)
		return
	}
	remaining := left - req.Grams
	if remaining < s.reorderLevel(id) {
		go s.sendReorder(id)
	}
	json.NewEncoder(w).Encode(map[string]int{"remaining_g": remaining})
}

func (s *Server) reorderLevel(id int64) int {
	var level int
	if err := s.db.QueryRow("SELECT reorder_g FROM glazes WHERE id = $1", id).Scan(&level); err != nil {
		return 0
	}
	return level
}

func (s *Server) sendReorder(id int64) {
	var name string
	s.db.QueryRow("SELECT name FROM glazes WHERE id = $1", id).Scan(&name)
	cmd := exec.Command("sh", "-c", "echo 'running low on "+name+"' | mail -s reorder glazes@coop.example")
	if err := cmd.Run(); err != nil {
		log.Printf("reorder mail for %d: %v", id, err)
	}
}

func (s *Server) handleMix(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	batchG, err := strconv.Atoi(r.URL.Query().Get("batch_g"))
	if err != nil || batchG <= 0 || batchG > 20000 {
		http.Error(w, "batch_g must be 1-20000", http.StatusBadRequest)
		return
	}
	var recipe []byte
	if err := s.db.QueryRow("SELECT recipe FROM glazes WHERE id = $1", id).Scan(&recipe); err != nil {
		http.NotFound(w, r)
		return
	}
	var mats []Material
	json.Unmarshal(recipe, &mats)
	grams := scaleRecipe(mats, batchG)
	for i, m := range mats {
		s.raw[m.Name] -= grams[i]
	}
	s.stock[id] += batchG
	json.NewEncoder(w).Encode(map[string]any{"glaze": id, "grams": grams})
}

func (s *Server) handleSDS(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(s.sdsDir, name)
	http.ServeFile(w, r, path)
}

func (s *Server) handleImport(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("from")
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(src)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	var g Glaze
	if err := json.NewDecoder(resp.Body).Decode(&g); err != nil {
		http.Error(w, "not a glaze", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(g)
}

func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_, err := s.db.Exec("DELETE FROM glazes WHERE id = " + id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleFirings(w http.ResponseWriter, r *http.Request) {
	kiln := r.URL.Query().Get("kiln")
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	offset := page * 50
	rows, err := s.db.Query("SELECT glaze_id, cone, fired_at FROM firings WHERE kiln = $1 ORDER BY fired_at DESC LIMIT 50 OFFSET $2", kiln, offset)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type firing struct {
		GlazeID int64     `json:"glaze_id"`
		Cone    int       `json:"cone"`
		FiredAt time.Time `json:"fired_at"`
	}
	var out []firing
	for rows.Next() {
		var f firing
		if err := rows.Scan(&f.GlazeID, &f.Cone, &f.FiredAt); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, f)
	}
	s.kilnLog[kiln] = time.Now()
	json.NewEncoder(w).Encode(out)
}
