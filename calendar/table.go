package calendar

import (
	"fmt"
	"slices"
	"time"
)

// table is the immutable data behind a Calendar. Days are indexed from the
// day before the coverage starts: index i is the day base+i (a serial day
// number), index 0 is the day before the first covered day and index
// len(cum)-1 is the last covered day.
type table struct {
	arrs        []Arrangement // In year order, normalized by clone.
	first, last Date

	base   int64        // Serial number of the day before first.
	cum    []int32      // cum[i]: working days among indexes 1..i; cum[0] = 0.
	work   []packedDate // work[k]: the k-th working day, from k = 1.
	info   []int32      // info[i]: 0 for an ordinary day, else 1 + an index into entries.
	months []monthSpan  // The covered months in order, for the fast path of pos.

	entries []entry
}

// packedDate is a valid Date in 32 bits: year<<9 | month<<5 | day. The
// table stores working days packed so that AddWorkdays only unpacks.
type packedDate uint32

func pack(d Date) packedDate {
	return packedDate(d.Year)<<9 | packedDate(d.Month)<<5 | packedDate(d.Day)
}

func (p packedDate) unpack() Date {
	return Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

// monthSpan locates one covered month in the table.
type monthSpan struct {
	before int32 // The index of the day before the month's first day.
	days   int32 // The number of days in the month.
}

// pos returns the table index of d if d is a valid day of a covered
// month. It is the fast path of every look-up: a few comparisons and one
// load, instead of validating d and converting it to a serial number.
func (t *table) pos(d Date) (int, bool) {
	y := d.Year - t.first.Year // Wraps far from the range for absurd years.
	if uint(y) >= uint(len(t.months)/12) || uint(d.Month-1) >= 12 {
		return 0, false
	}
	span := t.months[y*12+int(d.Month)-1]
	if uint(d.Day-1) >= uint(span.days) {
		return 0, false
	}
	return int(span.before) + d.Day, true
}

// entry points at what an arrangement says of a special day: one of its
// holiday blocks or adjusted working days.
type entry struct {
	kind  Kind  // KindHoliday or KindAdjustedWorkday.
	arr   int32 // The arrangement, an index into arrs.
	index int32 // The block or working day, an index into its Holidays or Workdays.
}

// describe names the block or working day of e for an error message.
func (t *table) describe(e entry) string {
	a := t.arrs[e.arr]
	if e.kind == KindHoliday {
		h := a.Holidays[e.index]
		return fmt.Sprintf("the %d arrangement's %s holiday %s..%s", a.Year, h.Festival, h.First, h.Last)
	}
	w := a.Workdays[e.index]
	return fmt.Sprintf("the %d arrangement's %s adjusted working day %s", a.Year, w.Festival, w.Date)
}

// total returns the number of working days covered.
func (t *table) total() int { return int(t.cum[len(t.cum)-1]) }

func (t *table) notCovered(d Date) error {
	return &CoverageError{Day: d, First: t.first, Last: t.last}
}

// build validates the arrangements and computes the tables.
func build(given []Arrangement) (*table, error) {
	if len(given) == 0 {
		return nil, ArrangementErrors{{Reason: "no year arrangements: a calendar needs at least one year"}}
	}
	if len(given) > maxArrangements {
		return nil, ArrangementErrors{{Reason: fmt.Sprintf("%d arrangements, more than %d", len(given), maxArrangements)}}
	}
	var errs ArrangementErrors
	arrs := make([]Arrangement, len(given))
	for i, a := range given {
		errs = append(errs, a.problems()...)
		arrs[i] = a.clone()
	}
	if len(errs) > 0 {
		return nil, errs
	}
	slices.SortFunc(arrs, func(a, b Arrangement) int { return cmpInt(a.Year, b.Year) })
	for i := 1; i < len(arrs); i++ {
		switch prev, cur := arrs[i-1].Year, arrs[i].Year; {
		case cur == prev:
			errs = append(errs, &ArrangementError{Year: cur, Field: "year", Value: fmt.Sprint(cur), Reason: "the same year is given twice"})
		case cur == prev+2:
			errs = append(errs, &ArrangementError{Year: cur, Field: "year", Value: fmt.Sprint(cur),
				Reason: fmt.Sprintf("year %d is missing: a calendar's years must be consecutive", prev+1)})
		case cur != prev+1:
			errs = append(errs, &ArrangementError{Year: cur, Field: "year", Value: fmt.Sprint(cur),
				Reason: fmt.Sprintf("years %d to %d are missing: a calendar's years must be consecutive", prev+1, cur-1)})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}

	t := &table{
		arrs:  arrs,
		first: Date{Year: arrs[0].Year, Month: time.January, Day: 1},
		// The next year's notice may still rearrange the last days of the
		// last year: they are not covered until it is loaded.
		last: Date{Year: arrs[len(arrs)-1].Year, Month: time.December, Day: 31}.AddDays(-spillDays),
	}
	t.base = t.first.serial() - 1
	n := int(t.last.serial() - t.base) // Covered days.
	t.info = make([]int32, n+1)

	// mark records that entry e (an index into t.entries) governs day d,
	// or reports a day that two arrangements both speak of.
	mark := func(d Date, e int32) {
		i := d.serial() - t.base
		if i < 1 || i > int64(n) {
			return // A previous December not covered: nothing to record.
		}
		if prev := t.info[i]; prev != 0 {
			cur := t.entries[e]
			list := "holidays"
			if cur.kind == KindAdjustedWorkday {
				list = "workdays"
			}
			errs = append(errs, &ArrangementError{Year: arrs[cur.arr].Year, Field: list, Value: d.String(),
				Reason: fmt.Sprintf("%s gives this day, and so does %s", t.describe(cur), t.describe(t.entries[prev-1]))})
			return
		}
		t.info[i] = e + 1
	}
	add := func(e entry) int32 {
		t.entries = append(t.entries, e)
		return int32(len(t.entries) - 1)
	}
	for ai, a := range arrs {
		for hi, h := range a.Holidays {
			e := add(entry{kind: KindHoliday, arr: int32(ai), index: int32(hi)})
			for d := h.First; !d.After(h.Last); d = d.AddDays(1) {
				mark(d, e)
			}
		}
		for wi, w := range a.Workdays {
			mark(w.Date, add(entry{kind: KindAdjustedWorkday, arr: int32(ai), index: int32(wi)}))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}

	t.cum = make([]int32, n+1)
	t.work = make([]packedDate, 1, n*5/7+1)
	for i := 1; i <= n; i++ {
		s := t.base + int64(i)
		var isWork bool
		if e := t.info[i]; e != 0 {
			isWork = t.entries[e-1].kind == KindAdjustedWorkday
		} else {
			wd := weekdayOf(s)
			isWork = wd != time.Saturday && wd != time.Sunday
		}
		t.cum[i] = t.cum[i-1]
		if isWork {
			t.cum[i]++
			t.work = append(t.work, pack(dateFromSerial(s)))
		}
	}
	t.work = slices.Clip(t.work)
	for y := t.first.Year; y <= t.last.Year; y++ {
		for m := time.January; m <= time.December; m++ {
			first := Date{Year: y, Month: m, Day: 1}
			days := daysIn(y, m)
			if y == t.last.Year && m == t.last.Month {
				days = t.last.Day
			}
			t.months = append(t.months, monthSpan{before: int32(first.serial() - t.base - 1), days: int32(days)})
		}
	}
	return t, nil
}
