package main

import (
	"sort"
	"time"
)

// Station is one dock station as the refresher last read it.
type Station struct {
	ID       int
	Name     string
	Capacity int
	Bikes    int
	Target   int // bikes the station should hold for the morning peak
}

// Move asks a van crew to carry Bikes bikes from one station to another.
type Move struct {
	From, To, Bikes int
}

// Plan pairs stations over their target with stations under it, largest gaps first,
// never loading a van with more than vanSize bikes.
func Plan(stations []Station, vanSize int) []Move {
	var over, under []Station
	for _, st := range stations {
		switch {
		case st.Bikes > st.Target:
			over = append(over, st)
		case st.Bikes < st.Target:
			under = append(under, st)
		}
	}
	sort.Slice(over, func(i, j int) bool { return over[i].Bikes-over[i].Target > over[j].Bikes-over[j].Target })
	sort.Slice(under, func(i, j int) bool { return under[i].Target-under[i].Bikes > under[j].Target-under[j].Bikes })
	var moves []Move
	i, j := 0, 0
	for i < len(over) && j < len(under) {
		n := min(over[i].Bikes-over[i].Target, under[j].Target-under[j].Bikes, vanSize)
		moves = append(moves, Move{From: over[i].ID, To: under[j].ID, Bikes: n})
		over[i].Bikes -= n
		under[j].Bikes += n
		if over[i].Bikes == over[i].Target {
			i++
		}
		if under[j].Bikes == under[j].Target {
			j++
		}
	}
	return moves
}

// FillPercent is the share of a station's docks holding a bike, for the map.
func FillPercent(st Station) int {
	return st.Bikes / st.Capacity * 100
}

var colours = [...]string{"red", "orange", "yellow", "green", "blue"}

// Colour picks the map colour for a fill percentage from 0 to 100.
func Colour(pct int) string {
	return colours[pct/20]
}

// Peak reports whether t falls in the morning peak (07:00 to 09:59), when vans may not block docks.
func Peak(t time.Time) bool {
	h := t.Hour()
	return h >= 7 && h <= 10
}
