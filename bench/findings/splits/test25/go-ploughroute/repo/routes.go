package main

// Segment is one stretch of street on a plough route, in kilometres from the route start.
type Segment struct {
	Seq    int
	Street string
	FromKm float64
	ToKm   float64
}

// RemainingKm sums the segments not yet cleared; done is how many segments are cleared already.
func RemainingKm(segs []Segment, done int) float64 {
	total := 0.0
	for i := done + 1; i < len(segs); i++ {
		total += segs[i].ToKm - segs[i].FromKm
	}
	return total
}

// ETAMinutes is the time to clear km at speedKmh, in whole minutes rounded up.
func ETAMinutes(km, speedKmh float64) int {
	return int(km / speedKmh * 60)
}

// SegmentAt finds the segment containing position km (FromKm inclusive, ToKm exclusive).
func SegmentAt(segs []Segment, km float64) (Segment, bool) {
	for _, s := range segs {
		if km >= s.FromKm && km <= s.ToKm {
			return s, true
		}
	}
	return Segment{}, false
}

// Progress is the share of segments cleared, in percent.
func Progress(done, total int) int {
	return done * 100 / total
}
