package enforcement

import "sync/atomic"

// history is an event log that cases extending one another share, so
// that Apply need not copy the history to keep every case immutable.
//
// A case's history is a prefix of a log, events[:n]. The entries of a log
// are written in order, each once, by the one Apply that claims its index;
// every case sharing the log sees a prefix of that single sequence, and no
// entry it sees is ever written again. Apply on a case whose history is
// the whole of what has been claimed extends the log in place; Apply on an
// older case, or on a full log, copies its prefix into a new log. Claims
// are atomic, so concurrent Applies on one case are safe: one extends the
// log, the others copy.
type history struct {
	events  []Event      // len == cap; events[i] is written once, by the claimer of i.
	claimed atomic.Int64 // How many entries are claimed: a claim precedes its write.
}

// events returns c's history, which the caller must not modify.
func (c Case) events() []Event {
	if c.log == nil {
		return nil
	}
	return c.log.events[:c.n:c.n]
}

// extend returns a log holding c's history followed by ev, and its
// length.
func (c Case) extend(ev Event) (*history, int) {
	n := c.n
	if l := c.log; l != nil && n < len(l.events) && l.claimed.CompareAndSwap(int64(n), int64(n+1)) {
		l.events[n] = ev
		return l, n + 1
	}
	// Double the capacity, within the most a history may hold.
	l := &history{events: make([]Event, min(max(8, 2*(n+1)), MaxEvents))}
	copy(l.events, c.events())
	l.events[n] = ev
	l.claimed.Store(int64(n + 1))
	return l, n + 1
}
