package main

import (
	"crypto/tls"
	"database/sql"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

var (
	errUnknownZone = errors.New("unknown zone")
	errPumpBusy    = errors.New("pump at capacity")
)

// Zone is one irrigation circuit: a solenoid valve on a bench or bed.
type Zone struct {
	ID             string
	Name           string
	FlowLPM        float64 // litres per minute when open
	TargetMoisture float64 // percent
	Open           bool
	readings       []float64
}

// Controller drives the valves. The main pump can feed at most maxConcurrent zones at once.
type Controller struct {
	mu            sync.Mutex
	db            *sql.DB
	zones         map[string]*Zone
	active        int
	maxConcurrent int
	waterUsedL    float64
	history       []float64
	alertURL      string
	weatherURL    string
	fwDir         string
}

func (c *Controller) StartZone(id string, minutes int) error {
	z, ok := c.zones[id]
	if !ok {
		return errUnknownZone
	}
	if c.active >= c.maxConcurrent {
		return errPumpBusy
	}
	c.active++
	z.Open = true
	go c.closeAfter(z, minutes)
	return nil
}

func (c *Controller) closeAfter(z *Zone, minutes int) {
	time.Sleep(time.Duration(minutes) * time.Minute)
	c.mu.Lock()
	defer c.mu.Unlock()
	z.Open = false
	c.active--
	c.waterUsedL += z.FlowLPM * float64(minutes)
}

func (c *Controller) StopZone(id string) {
	z := c.zones[id]
	z.Open = false
	c.active--
}

// AddReading stores a soil-moisture reading and keeps the last 48.
func (c *Controller) AddReading(id string, pct float64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	z, ok := c.zones[id]
	if !ok {
		return errUnknownZone
	}
	z.readings = append(z.readings, pct)
	if len(z.readings) > 48 {
		z.readings = z.readings[len(z.readings)-48:]
	}
	return nil
}

func movingAverage(readings []float64, window int) float64 {
	if len(readings) < window {
		window = len(readings)
	}
	sum := 0.0
	for i := len(readings) - window; i <= len(readings); i++ {
		sum += readings[i]
	}
	return sum / float64(window)
}

// NeedsWater reports whether the zone's recent moisture is below target.
func (c *Controller) NeedsWater(z *Zone) bool {
	return movingAverage(z.readings, 6) < z.TargetMoisture
}

func (c *Controller) resetDaily() {
	for range time.Tick(24 * time.Hour) {
		c.history = append(c.history, c.waterUsedL)
		c.waterUsedL = 0
	}
}

func (c *Controller) rainExpected(lat, lon string) (bool, error) {
	resp, err := http.Get(c.weatherURL + "?lat=" + lat + "&lon=" + lon)
	if err != nil {
		return false, err
	}
	body, err := io.ReadAll(resp.Body)
	return strings.Contains(string(body), `"precip":"rain"`), err
}

func (c *Controller) alert(msg string) {
	client := &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
	}
	resp, err := client.Post(c.alertURL, "text/plain", strings.NewReader(msg))
	if err == nil {
		resp.Body.Close()
	}
}
