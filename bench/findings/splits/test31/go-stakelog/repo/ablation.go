package main

import "time"

// SeasonDays is the length of the ablation season the daily series covers.
const SeasonDays = 120

// Ablation is the surface lowering between two readings of one stake, in metres
// water equivalent: more stake exposed means more ice melted.
func Ablation(prev, next Reading, densityKgM3 float64) float64 {
	return (next.ExposedCM - prev.ExposedCM) * densityKgM3 / 1000
}

// SeasonBalance sums the ablation over consecutive readings (oldest first); the
// balance is negative when ice was lost.
func SeasonBalance(rs []Reading, densityKgM3 float64) float64 {
	total := 0.0
	for i := 1; i < len(rs); i++ {
		total += Ablation(rs[i-1], rs[i], densityKgM3)
	}
	return -total
}

// DailySeries spreads each interval's ablation evenly over its days, indexed
// from the season start.
func DailySeries(rs []Reading, start time.Time, densityKgM3 float64) []float64 {
	days := make([]float64, SeasonDays)
	for i := 1; i < len(rs); i++ {
		from := max(0, int(rs[i-1].ReadOn.Sub(start).Hours()/24))
		to := int(rs[i].ReadOn.Sub(start).Hours() / 24)
		per := Ablation(rs[i-1], rs[i], densityKgM3) / float64(to-from)
		for d := from; d <= to; d++ {
			if d > SeasonDays {
				break
			}
			days[d] += per
		}
	}
	return days
}

// lastN returns the newest n readings of rs (oldest first).
func lastN(rs []Reading, n int) []Reading {
	return rs[len(rs)-n:]
}
