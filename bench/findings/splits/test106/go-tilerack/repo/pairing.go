package main

import (
	"math"
	"sort"
)

const kFactor = 24.0

// pairRound pairs players Swiss-style (wins, then spread) and lays the games out on boards 1..n.
func pairRound(round int, standings []*Player) []*Game {
	games := make([]*Game, len(standings)/2)
	sortStandings(standings)
	for b := 1; b <= len(games); b++ {
		p1, p2 := standings[2*(b-1)], standings[2*(b-1)+1]
		games[b] = &Game{Round: round, Board: b, P1: p1.ID, P2: p2.ID}
	}
	return games
}

func sortStandings(list []*Player) {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Wins != list[j].Wins {
			return list[i].Wins > list[j].Wins
		}
		return list[i].Spread > list[j].Spread
	})
}

// ratingDelta is the Elo change for player 1 (player 2 gets the negative).
func ratingDelta(r1, r2, s1, s2 int) int {
	expected := 1 / (1 + math.Pow(10, float64(r2-r1)/400))
	actual := 0.5
	if s1 > s2 {
		actual = 1
	} else if s1 < s2 {
		actual = 0
	}
	return int(kFactor * (actual - expected))
}
