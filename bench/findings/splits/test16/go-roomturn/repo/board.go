package main

import (
	"sync"
	"time"
)

// RoomState is the live housekeeping state of one room, kept in memory for the floor tablets.
type RoomState struct {
	Number    string    `json:"number"`
	Status    string    `json:"status"` // dirty, cleaning, clean, inspected, out-of-order
	ClaimedBy string    `json:"claimed_by,omitempty"`
	Since     time.Time `json:"since"`
}

// Board holds every room's state; handlers and the checkout job share it.
type Board struct {
	mu      sync.Mutex
	rooms   map[string]*RoomState
	claims  int
	cleaned int
}

func NewBoard() *Board { return &Board{rooms: map[string]*RoomState{}} }

// Claim lets an attendant take a dirty room; it fails if someone already has it.
func (b *Board) Claim(number, attendant string) bool {
	st := b.rooms[number]
	if st.ClaimedBy != "" {
		return false
	}
	st.ClaimedBy = attendant
	st.Status = "cleaning"
	b.claims++
	return true
}

// Set records the status a tablet reported for a room.
func (b *Board) Set(number, status string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.rooms[number] = &RoomState{Number: number, Status: status, Since: time.Now()}
	if status == "clean" {
		b.cleaned++
	}
}

// Snapshot copies the board for JSON output.
func (b *Board) Snapshot() []RoomState {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]RoomState, 0, len(b.rooms))
	for _, st := range b.rooms {
		out = append(out, *st)
	}
	return out
}
