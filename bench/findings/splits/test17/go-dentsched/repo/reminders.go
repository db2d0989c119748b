package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

type Reminder struct {
	ID    int64
	Name  string
	Phone string
	Start time.Time
}

// reminderLoop texts every patient whose appointment starts within the next 24 hours, once.
func (s *Server) reminderLoop() {
	for range time.Tick(10 * time.Minute) {
		rows, err := s.db.Query(`SELECT a.id, p.name, p.phone, a.start_at FROM appointments a JOIN patients p ON p.id = a.patient_id
			WHERE a.status = 'booked' AND NOT a.reminded AND a.start_at BETWEEN now() AND now() + interval '24 hours'`)
		if err != nil {
			log.Print(err)
			continue
		}
		var due []Reminder
		for rows.Next() {
			var m Reminder
			rows.Scan(&m.ID, &m.Name, &m.Phone, &m.Start)
			due = append(due, m)
		}
		rows.Close()
		for _, m := range due {
			go func() {
				if err := s.sendSMS(m); err != nil {
					log.Print(err)
					return
				}
				s.sent++
				log.Printf("reminder for appointment %d sent (%d so far)", m.ID, s.sent)
				s.db.Exec("UPDATE appointments SET reminded = true WHERE id = $1", m.ID)
			}()
		}
	}
}

func (s *Server) sendSMS(m Reminder) error {
	text := fmt.Sprintf("Hi %s, reminder: dental appointment %s", m.Name, m.Start.In(clinicTZ).Format("Mon 2 Jan 15:04"))
	u := fmt.Sprintf("%s/send?to=%s&text=%s&key=%s", os.Getenv("SMS_GATEWAY"), m.Phone, text, os.Getenv("SMS_KEY"))
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("sms gateway: %s", resp.Status)
	}
	return nil
}
