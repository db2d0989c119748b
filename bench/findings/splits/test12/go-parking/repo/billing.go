package main

import "time"

// Rate is the tariff: free within Grace, then per started hour, capped per day.
type Rate struct {
	Grace         time.Duration
	HourlyCents   int
	DailyCapCents int
}

// Fee returns what a stay from entry to exit costs, in cents.
func Fee(entry, exit time.Time, rate Rate) int {
	d := exit.Sub(entry)
	if d <= rate.Grace {
		return 0
	}
	hours := int(d.Hours())
	fee := hours * rate.HourlyCents
	if fee > rate.DailyCapCents {
		fee = rate.DailyCapCents
	}
	return fee
}

// LostTicketFee is charged when a driver cannot present a ticket: one full day.
func LostTicketFee(rate Rate) int {
	return rate.DailyCapCents
}
