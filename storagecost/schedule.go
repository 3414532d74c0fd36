package storagecost

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/iprborder/iprborder/calendar"
)

// Schedule is a warehouse's calculation standards by effective date: at
// most one Standard applies on any day. A stay that crosses a change of
// standard is split at the change, and each part is charged under its own
// Standard (see [Calculate]).
//
// A Schedule is an immutable value, safe for concurrent use; build one with
// [NewSchedule] or [ParseSchedule]. The zero Schedule holds no standard and
// charges nothing: every calculation on it fails with [ErrNoStandard].
type Schedule struct {
	standards []Standard // In effective order, validated, owned.
	until     []calendar.Date
	prepared  [][]prepared // Per standard, per charge.
}

// prepared is what a calculation needs of a charge, worked out once when
// the schedule is built.
type prepared struct {
	desc  string // The description, or the kind's code.
	conds uint8  // Bit c is set if the charge applies to goods of Condition c.
	rate  num
	tiers []num // The rate of each tier, multiplier applied.
}

func prepare(s Standard) []prepared {
	ps := make([]prepared, len(s.Charges))
	for i := range s.Charges {
		c := &s.Charges[i]
		p := &ps[i]
		p.desc = c.Description
		if p.desc == "" {
			p.desc = c.Kind.String()
		}
		for g := AnyCondition; g <= Oversize; g++ {
			if c.applies(g, s.Charges) {
				p.conds |= 1 << g
			}
		}
		p.rate = newNum(c.Rate)
		p.tiers = make([]num, len(c.Tiers))
		for j, t := range c.Tiers {
			if t.Multiplier.IsZero() {
				p.tiers[j] = newNum(t.Rate)
			} else {
				p.tiers[j] = newNum(c.Rate.Mul(t.Multiplier))
			}
		}
	}
	return ps
}

// NewSchedule validates the standards, on their own and against each
// other, and returns them as a Schedule in order of EffectiveFrom. A
// standard without EffectiveUntil runs until the day before the next one
// takes effect, or for good if it is the last. Effective periods may leave
// gaps, but may not overlap, and versions must be unique. The error is
// [FieldErrors] naming each problem's field as "standards[i]...."; all
// match [ErrInvalidStandard].
func NewSchedule(standards ...Standard) (Schedule, error) {
	p := problems{subject: "schedule", err: ErrInvalidStandard}
	if len(standards) > maxStandards {
		p.addf("standards", "", "%d standards, more than %d", len(standards), maxStandards)
		return Schedule{}, p.list
	}
	if len(standards) == 0 {
		p.add("standards", "", "at least one standard is required")
		return Schedule{}, p.list
	}
	for i, s := range standards {
		s.check(&p, "standards["+strconv.Itoa(i)+"].")
	}
	if len(p.list) > 0 {
		return Schedule{}, p.list
	}
	order := make([]int, len(standards))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return standards[a].EffectiveFrom.Compare(standards[b].EffectiveFrom)
	})
	sch := Schedule{
		standards: make([]Standard, len(standards)),
		until:     make([]calendar.Date, len(standards)),
		prepared:  make([][]prepared, len(standards)),
	}
	for k, i := range order {
		s := standards[i]
		sch.standards[k] = s.clone()
		sch.prepared[k] = prepare(sch.standards[k])
		sch.until[k] = s.EffectiveUntil
		if k == 0 {
			continue
		}
		j := order[k-1]
		prev := standards[j]
		switch {
		case prev.EffectiveUntil.IsZero() && prev.EffectiveFrom.Equal(s.EffectiveFrom):
			p.addf(fmt.Sprintf("standards[%d].effective_from", i), s.EffectiveFrom.String(), "standards[%d] takes effect the same day", j)
		case prev.EffectiveUntil.IsZero():
			sch.until[k-1] = s.EffectiveFrom.AddDays(-1)
		case !prev.EffectiveUntil.Before(s.EffectiveFrom):
			p.addf(fmt.Sprintf("standards[%d].effective_from", i), s.EffectiveFrom.String(), "overlaps standards[%d], in effect %s..%s", j, prev.EffectiveFrom, prev.EffectiveUntil)
		}
	}
	for i := range standards {
		for j := 0; j < i; j++ {
			if standards[i].Version == standards[j].Version {
				p.addf(fmt.Sprintf("standards[%d].version", i), standards[i].Version, "standards[%d] has the same version", j)
			}
		}
	}
	if len(p.list) > 0 {
		return Schedule{}, p.list
	}
	return sch, nil
}

// Standards returns a copy of the schedule's standards, in effective
// order.
func (s Schedule) Standards() []Standard {
	out := make([]Standard, len(s.standards))
	for i, st := range s.standards {
		out[i] = st.clone()
	}
	return out
}

// Len returns the number of standards in s.
func (s Schedule) Len() int { return len(s.standards) }

// At returns the standard in effect on day d, and false if none is.
func (s Schedule) At(d calendar.Date) (Standard, bool) {
	i := s.index(d)
	if i < 0 {
		return Standard{}, false
	}
	return s.standards[i].clone(), true
}

// index returns the index of the standard in effect on d, or -1.
func (s Schedule) index(d calendar.Date) int {
	// The last standard that takes effect on or before d.
	i := countFrom(s.standards, d) - 1
	if i < 0 || (!s.until[i].IsZero() && s.until[i].Before(d)) {
		return -1
	}
	return i
}

// countFrom returns the number of standards that take effect on or before d.
func countFrom(standards []Standard, d calendar.Date) int {
	lo, hi := 0, len(standards)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if standards[m].EffectiveFrom.After(d) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// lastDay returns the last day standard i is in effect, and false if it
// has no end.
func (s Schedule) lastDay(i int) (calendar.Date, bool) {
	return s.until[i], !s.until[i].IsZero()
}
