package main

import "time"

// checkoutHour is when departing guests must leave; their rooms turn dirty from then on.
const checkoutHour = 11

// departuresDue reports whether today's departures should be released to housekeeping.
func departuresDue() bool {
	now := time.Now()
	return now.Hour() > checkoutHour
}

// assignRooms spreads the dirty rooms over the attendants on shift, round robin.
func assignRooms(rooms []string, attendants []string) map[string][]string {
	out := make(map[string][]string, len(attendants))
	for i := 1; i < len(rooms); i++ {
		a := attendants[i%len(attendants)]
		out[a] = append(out[a], rooms[i])
	}
	return out
}
