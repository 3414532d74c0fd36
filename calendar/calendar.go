package calendar

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Calendar is an official working-day calendar: the weekend rule plus the
// year arrangements it was built from, over a contiguous run of whole years,
// its coverage. It answers for days inside its coverage only: a question
// that needs any other day returns an error wrapping [ErrNotCovered], never
// a guess from the weekend rule (the defaults table of the domain brief,
// "Calendar coverage").
//
// A Calendar is immutable and safe for concurrent use. It is a small value
// that shares its tables; copy it freely. Building one precomputes prefix
// counts of working days, so [Calendar.AddWorkdays] and
// [Calendar.WorkdaysBetween] run in constant time whatever the count.
//
// The zero Calendar covers no day: every question returns ErrNotCovered.
//
// Compare calendars with [Calendar.Equal]: == compares the handles, so two
// calendars built from the same arrangements are Equal but not ==.
type Calendar struct {
	t *table
}

// New returns a calendar built from year arrangements, which must be
// valid (see [Arrangement.Validate]), for distinct and consecutive years,
// and must not contradict each other on a day that two of them mention.
// Every problem found is reported at once, joined with [errors.Join], each
// wrapping [ErrInvalidArrangement]. New keeps its own copy of the
// arrangements.
func New(arrangements ...Arrangement) (Calendar, error) {
	t, err := build(arrangements)
	if err != nil {
		return Calendar{}, err
	}
	return Calendar{t: t}, nil
}

// With returns a new calendar holding c's arrangements and the given ones,
// for example next year's as soon as the State Council announces it. c is
// unchanged, whatever the outcome.
func (c Calendar) With(arrangements ...Arrangement) (Calendar, error) {
	return New(append(c.Arrangements(), arrangements...)...)
}

// Arrangements returns a copy of the year arrangements c was built from,
// in year order, each with its blocks and adjusted working days in date
// order.
func (c Calendar) Arrangements() []Arrangement {
	if c.t == nil {
		return nil
	}
	out := make([]Arrangement, len(c.t.arrs))
	for i, a := range c.t.arrs {
		out[i] = a.clone()
	}
	return out
}

// Coverage returns the first and the last day c has final official data
// for: 1 January of its first year, and 24 December of its last. The last
// seven days of the last year are not covered until the next year's
// arrangement is loaded, because its notice may rearrange them (the 2019
// notice made Saturday 2018-12-29 a working day and Monday 2018-12-31 a
// holiday). Both are the zero Date for the zero Calendar.
func (c Calendar) Coverage() (first, last Date) {
	if c.t == nil {
		return Date{}, Date{}
	}
	return c.t.first, c.t.last
}

// Covers reports whether d is inside c's coverage.
func (c Calendar) Covers(d Date) bool {
	_, err := c.index(d)
	return err == nil
}

// Equal reports whether c and o were built from the same arrangements,
// whatever the order in which they were given.
func (c Calendar) Equal(o Calendar) bool {
	if c.t == o.t {
		return true
	}
	if c.t == nil || o.t == nil {
		return false
	}
	return slices.EqualFunc(c.t.arrs, o.t.arrs, Arrangement.equal)
}

// String returns a short description such as
// "calendar 2020-01-01..2027-12-24".
func (c Calendar) String() string {
	if c.t == nil {
		return "calendar (empty)"
	}
	return fmt.Sprintf("calendar %s..%s", c.t.first, c.t.last)
}

// IsWorkday reports whether d is a working day: an ordinary Monday to
// Friday outside every holiday block, or a weekend day the annual notice
// made a working day (R-TIME-1).
func (c Calendar) IsWorkday(d Date) (bool, error) {
	i, err := c.index(d)
	if err != nil {
		return false, err
	}
	return c.t.cum[i] != c.t.cum[i-1], nil
}

// Day returns what the calendar knows of d: its kind, the holiday block
// or festival concerned, and the notice its year's arrangement comes from.
func (c Calendar) Day(d Date) (Day, error) {
	i, err := c.index(d)
	if err != nil {
		return Day{}, err
	}
	t := c.t
	day := Day{Date: d, Notice: t.arrs[d.Year-t.first.Year].Notices[0]}
	if e := t.info[i]; e != 0 {
		ent := t.entries[e-1]
		a := t.arrs[ent.arr]
		day.Kind = ent.kind
		if ent.kind == KindHoliday {
			h := a.Holidays[ent.index]
			day.Festival, day.First, day.Last, day.Note, day.Notice = h.Festival, h.First, h.Last, h.Note, a.Notices[h.Notice]
		} else {
			w := a.Workdays[ent.index]
			day.Festival, day.Notice = w.Festival, a.Notices[w.Notice]
		}
		return day, nil
	}
	if t.cum[i] != t.cum[i-1] {
		day.Kind = KindWorkday
	} else {
		day.Kind = KindWeekend
	}
	return day, nil
}

// Explain returns, in one English sentence, why d is or is not a working
// day and on what authority. It is [Day.Explain] of [Calendar.Day].
func (c Calendar) Explain(d Date) (string, error) {
	day, err := c.Day(d)
	if err != nil {
		return "", err
	}
	return day.Explain(), nil
}

// SpecialDays returns the days from from to to, both included, that are
// not ordinary: holiday days and adjusted working days, in date order. It
// is what a person checking a deadline by hand needs to see. Both ends must
// be covered.
func (c Calendar) SpecialDays(from, to Date) ([]Day, error) {
	if err := c.checkRange(from, to); err != nil {
		return nil, err
	}
	i, err := c.index(from)
	if err != nil {
		return nil, err
	}
	j, err := c.index(to)
	if err != nil {
		return nil, err
	}
	var out []Day
	for k := i; k <= j; k++ {
		if c.t.info[k] != 0 {
			day, err := c.Day(dateFromSerial(c.t.base + int64(k)))
			if err != nil {
				return nil, err
			}
			out = append(out, day)
		}
	}
	return out, nil
}

// AddWorkdays returns the n-th working day after d, d itself not counted:
// with d the day a notice was served, AddWorkdays(d, 3) is the last day of
// "3 working days from the day after service" (Measures art 41; R-EXO-2,
// R-TIME-2). n = 0 returns d.
//
// It needs the days after d up to the result, so d may be the day before
// the coverage starts; the result must fall inside it. It runs in constant
// time and does not allocate.
func (c Calendar) AddWorkdays(d Date, n WorkingDays) (Date, error) {
	if t := c.t; t != nil && n > 0 && n <= WorkingDays(t.total()) {
		if i, ok := t.pos(d); ok {
			if k := int(t.cum[i]) + int(n); k <= t.total() {
				return t.work[k].unpack(), nil
			}
		}
	}
	return c.addWorkdaysSlow(d, n)
}

// addWorkdaysSlow is AddWorkdays for every case the fast path does not
// answer: errors, n = 0, and a start on the day before the coverage.
func (c Calendar) addWorkdaysSlow(d Date, n WorkingDays) (Date, error) {
	if !d.IsValid() {
		return Date{}, &DateError{Input: d.format(), Reason: d.invalidReason()}
	}
	if n < 0 {
		return Date{}, invalidArgument("AddWorkdays(%s, %d): negative count", d, n)
	}
	if n == 0 {
		return d, nil
	}
	t := c.t
	if t == nil {
		return Date{}, &CoverageError{Day: d.AddDays(1)}
	}
	// The first day needed, d+1, must be covered; so must the result.
	i := d.serial() - t.base
	if i < 0 || i >= int64(len(t.cum))-1 {
		return Date{}, t.notCovered(d.AddDays(1))
	}
	// Comparing n first keeps the sum from overflowing.
	if n > WorkingDays(t.total()) || int(t.cum[i])+int(n) > t.total() {
		return Date{}, t.notCovered(t.last.AddDays(1))
	}
	return t.work[int(t.cum[i])+int(n)].unpack(), nil
}

// WorkdaysBetween returns the number of working days after a up to and
// including b: the days of (a, b]. It is the inverse of AddWorkdays:
// WorkdaysBetween(d, AddWorkdays(d, n)) == n. a must not be after b; a = b
// gives 0. Like AddWorkdays it needs only the days of (a, b], runs in
// constant time and does not allocate.
func (c Calendar) WorkdaysBetween(a, b Date) (WorkingDays, error) {
	if t := c.t; t != nil {
		if ia, ok := t.pos(a); ok {
			if ib, ok := t.pos(b); ok && ia <= ib {
				return WorkingDays(t.cum[ib] - t.cum[ia]), nil
			}
		}
	}
	return c.workdaysBetweenSlow(a, b)
}

// workdaysBetweenSlow is WorkdaysBetween for errors and for a start on
// the day before the coverage.
func (c Calendar) workdaysBetweenSlow(a, b Date) (WorkingDays, error) {
	if err := c.checkRange(a, b); err != nil {
		return 0, err
	}
	if a == b {
		return 0, nil
	}
	t := c.t
	if t == nil {
		return 0, &CoverageError{Day: a.AddDays(1)}
	}
	ia, ib := a.serial()-t.base, b.serial()-t.base
	if ia < 0 || ia >= int64(len(t.cum))-1 { // The first day needed, a+1.
		return 0, t.notCovered(a.AddDays(1))
	}
	if ib >= int64(len(t.cum)) {
		return 0, t.notCovered(t.last.AddDays(1))
	}
	return WorkingDays(t.cum[ib] - t.cum[ia]), nil
}

// MarshalJSON implements [json.Marshaler]: the calendar is written as the
// JSON array of its arrangements, which [ParseArrangements] and
// [Calendar.UnmarshalJSON] read back.
func (c Calendar) MarshalJSON() ([]byte, error) {
	arrs := c.Arrangements()
	if arrs == nil {
		arrs = []Arrangement{}
	}
	return json.Marshal(arrs)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes an array of
// arrangements with [ParseArrangements] and builds the calendar with
// [New]. On error the receiver is unchanged.
func (c *Calendar) UnmarshalJSON(data []byte) error {
	arrs, err := ParseArrangements(data)
	if err != nil {
		return err
	}
	nc, err := New(arrs...)
	if err != nil {
		return err
	}
	*c = nc
	return nil
}

// checkRange validates the two ends of a range.
func (c Calendar) checkRange(a, b Date) error {
	if !a.IsValid() {
		return &DateError{Input: a.format(), Reason: a.invalidReason()}
	}
	if !b.IsValid() {
		return &DateError{Input: b.format(), Reason: b.invalidReason()}
	}
	if a.After(b) {
		return invalidArgument("range %s..%s: start after end", a, b)
	}
	return nil
}

// index returns the table index of a covered day d, from 1.
func (c Calendar) index(d Date) (int, error) {
	if c.t != nil {
		if i, ok := c.t.pos(d); ok {
			return i, nil
		}
	}
	if !d.IsValid() {
		return 0, &DateError{Input: d.format(), Reason: d.invalidReason()}
	}
	if c.t == nil {
		return 0, &CoverageError{Day: d}
	}
	i := d.serial() - c.t.base
	if i < 1 || i >= int64(len(c.t.cum)) {
		return 0, c.t.notCovered(d)
	}
	return int(i), nil
}

// MustNew is like [New] but panics if the arrangements are invalid. It is
// meant for tests and package-level tables only.
func MustNew(arrangements ...Arrangement) Calendar {
	c, err := New(arrangements...)
	if err != nil {
		panic(err)
	}
	return c
}
