package main

import (
	"sync"

	"github.com/iprborder/iprborder/storagecost"
)

// A warehouse's client sends the same tariffs with every request, and
// parsing them (storagecost.ParseSchedule, strict and validated) is about
// a quarter of the cost of POST /v1/storage-cost (BenchmarkStorageCostLoad:
// 10,900 requests a second with the memo, 7,800 without). So the server remembers the last
// schedules it parsed, by their exact JSON. It changes no answer: a
// Schedule is an immutable value, safe for concurrent use, and
// ParseSchedule a pure function of its input; a schedule that fails to
// parse is not remembered, so its errors are always the parser's. The
// memo holds nothing about a request but the tariff's text, and each copy
// of the service has its own, so the service stays stateless: any copy
// gives any client the same answer.
const (
	// memoSchedules is how many schedules a server remembers.
	memoSchedules = 64
	// memoMaxBytes is the largest schedule JSON remembered, so that the
	// memo holds at most 64 × 64 KiB of text.
	memoMaxBytes = 64 << 10
)

// scheduleMemo maps a schedule's JSON to the parsed schedule. A nil memo
// remembers nothing. It is safe for concurrent use.
type scheduleMemo struct {
	mu     sync.Mutex
	byJSON map[string]storagecost.Schedule
	ring   []string // the keys, oldest first from next once full
	next   int
}

func newScheduleMemo(size int) *scheduleMemo {
	if size <= 0 {
		return nil
	}
	return &scheduleMemo{byJSON: make(map[string]storagecost.Schedule, size), ring: make([]string, 0, size)}
}

// parse returns storagecost.ParseSchedule(data), remembered.
func (m *scheduleMemo) parse(data []byte) (storagecost.Schedule, error) {
	if m == nil || len(data) > memoMaxBytes {
		return storagecost.ParseSchedule(data)
	}
	m.mu.Lock()
	s, ok := m.byJSON[string(data)]
	m.mu.Unlock()
	if ok {
		return s, nil
	}
	s, err := storagecost.ParseSchedule(data)
	if err != nil {
		return s, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byJSON[string(data)]; ok {
		return s, nil // Another request parsed it meanwhile.
	}
	key := string(data)
	if len(m.ring) < cap(m.ring) {
		m.ring = append(m.ring, key)
	} else {
		delete(m.byJSON, m.ring[m.next]) // Forget the oldest.
		m.ring[m.next] = key
		m.next = (m.next + 1) % len(m.ring)
	}
	m.byJSON[key] = s
	return s, nil
}

// len returns how many schedules m remembers.
func (m *scheduleMemo) len() int {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.byJSON)
}

// memoSchedule is the schedule of a request, parsed through the server's
// memo: its JSON is that of storagecost.ParseSchedule, an array of
// standards.
type memoSchedule struct{ storagecost.Schedule }

// decodeWith implements serverDecoder.
func (ms *memoSchedule) decodeWith(s *server, data []byte) error {
	sched, err := s.schedules.parse(data)
	if err != nil {
		return err
	}
	ms.Schedule = sched
	return nil
}
