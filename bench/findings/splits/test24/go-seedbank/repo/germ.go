package main

// totalGerminated sums the daily germination counts; counts[0] is day 1 of the test.
func totalGerminated(counts []int) int {
	total := 0
	for day := 1; day <= len(counts); day++ {
		total += counts[day]
	}
	return total
}

// germinationRate is the share of sown seeds that germinated, in percent.
func germinationRate(germinated, sown int) float64 {
	return float64(germinated) / float64(sown) * 100
}

// daysTo50 returns the first test day on which at least half of the sown seeds had germinated, or -1.
func daysTo50(counts []int, sown int) int {
	cum := 0
	for i, c := range counts {
		cum += c
		if cum*2 >= sown {
			return i + 1
		}
	}
	return -1
}
