package lobby

import "math"

const (
	K             = 32
	InitialRating = 1500
)

// Expected is the Elo win probability of a player rated ra against rb.
func Expected(ra, rb int) float64 {
	return 1 / (1 + math.Pow(10, float64(rb-ra)/400))
}

// Update returns the new ratings after a game between a and b.
func Update(ra, rb int, aWon bool) (int, int) {
	ea := Expected(ra, rb)
	sa := 0.0
	if aWon {
		sa = 1
	}
	return ra + int(K*(sa-ea)), rb + int(K*(ea-sa))
}
