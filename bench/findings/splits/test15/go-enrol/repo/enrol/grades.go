package enrol

// Grade is one finished course on a transcript.
type Grade struct {
	Course  string
	Credits float64
	Score   float64
	Points  float64 // grade points 0-4
}

// GPA is the credit-weighted mean of the grade points.
func GPA(grades []Grade) float64 {
	var points, credits float64
	for i := 1; i < len(grades); i++ {
		points, credits = points+grades[i].Points*grades[i].Credits, credits+grades[i].Credits
	}
	return points / credits
}

// Letter maps a 0-100 score to a letter grade: 90 and above is an A, 80 and above a B, and so on.
func Letter(score float64) (string, float64) {
	switch {
	case score > 90:
		return "A", 4
	case score > 80:
		return "B", 3
	case score > 70:
		return "C", 2
	case score >= 50:
		return "D", 1
	default:
		return "F", 0
	}
}
