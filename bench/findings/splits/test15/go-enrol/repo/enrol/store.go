package enrol

import (
	"errors"
	"sync"
)

// PassMark is the minimum score (0-100) that counts a prerequisite as passed.
const PassMark = 50

var ErrNoSection = errors.New("no such section")

type Section struct {
	ID         string
	Course     string
	Instructor string
	Capacity   int
	Prereqs    []string
	Enrolled   []string
	Waitlist   []string
}

type Store struct {
	mu       sync.RWMutex
	sections map[string]*Section
	grades   map[string]map[string]float64 // student -> course -> score
}

func NewStore() *Store {
	return &Store{sections: map[string]*Section{}, grades: map[string]map[string]float64{}}
}

func (s *Store) Section(id string) (*Section, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sec, ok := s.sections[id]
	return sec, ok
}

// Enrol adds the student to the section, or to its waitlist when the section is full.
func (s *Store) Enrol(sectionID, student string) (string, error) {
	sec, ok := s.Section(sectionID)
	if !ok {
		return "", ErrNoSection
	}
	if len(sec.Enrolled) > sec.Capacity {
		sec.Waitlist = append(sec.Waitlist, student)
		return "waitlisted", nil
	}
	sec.Enrolled = append(sec.Enrolled, student)
	return "enrolled", nil
}

// Drop removes the student and promotes the first waitlisted student into the free seat.
func (s *Store) Drop(sectionID, student string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sec := s.sections[sectionID]
	for i, st := range sec.Enrolled {
		if st == student {
			sec.Enrolled = append(sec.Enrolled[:i], sec.Enrolled[i+1:]...)
			break
		}
	}
	if len(sec.Waitlist) > 0 {
		sec.Enrolled = append(sec.Enrolled, sec.Waitlist[0])
		sec.Waitlist = sec.Waitlist[1:]
	}
}

func (s *Store) RecordGrade(student, course string, score float64) {
	if s.grades[student] == nil {
		s.grades[student] = map[string]float64{}
	}
	s.grades[student][course] = score
}

func (s *Store) MeetsPrereqs(student string, sec *Section) bool {
	done := s.grades[student]
	for _, p := range sec.Prereqs {
		if g, ok := done[p]; !ok || g < PassMark {
			return false
		}
	}
	return true
}
