package calendar

import (
	"time"
)

// The range of years a [Date] may hold. It is the range the text form
// "YYYY-MM-DD" can spell with a four-digit year.
const (
	MinYear = 1
	MaxYear = 9999
)

// Date is a civil date: a day of the proleptic Gregorian calendar with no
// time of day and no time zone, as the law counts days.
//
// A Date is a small value, comparable with ==, usable as a map key and safe
// to copy. Its fields are exported so that tables can be written as
// literals, which means a Date can hold an impossible day such as
// {2021, 2, 30}: [Date.IsValid] reports whether it names a real day between
// 0001-01-01 and 9999-12-31, and every function of this package that takes a
// Date rejects an invalid one with an error wrapping [ErrInvalidDate].
//
// The zero Date is not a valid date; [Date.IsZero] reports it, and it is the
// value for "no date" in optional fields (its text form is empty).
type Date struct {
	Year  int        // Year, 1 to 9999.
	Month time.Month // Month of the year, January = 1.
	Day   int        // Day of the month, from 1.
}

// NewDate returns the date year-month-day, or an error wrapping
// [ErrInvalidDate] if there is no such day between 0001-01-01 and 9999-12-31.
// Unlike [time.Date] it never normalizes: 2021-02-30 is an error, not
// 2021-03-02.
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day}
	if !d.IsValid() {
		return Date{}, &DateError{Input: d.format(), Reason: d.invalidReason()}
	}
	return d, nil
}

// MustNewDate is like [NewDate] but panics if the date does not exist. It is
// meant for tests and package-level tables only.
func MustNewDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the date in China Standard Time (UTC+8) of the instant t,
// whatever t's location. It is the day a Chinese office would stamp on a
// document received at t. (For the calendar date that t shows in its own
// location, use [NewDate] with t.Date().) An instant outside years 1 to
// 9999 gives an invalid Date.
func DateOf(t time.Time) Date {
	y, m, d := t.In(cst).Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsValid reports whether d names a day between 0001-01-01 and 9999-12-31.
func (d Date) IsValid() bool {
	return d.Year >= MinYear && d.Year <= MaxYear &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e. Invalid dates compare by their fields, year first.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Equal reports whether d and e are the same day. It is the same as d == e
// and exists for go-cmp and testify's ObjectsAreEqual.
func (d Date) Equal(e Date) bool { return d == e }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n calendar days after d (before d if n is
// negative). An invalid d is returned unchanged. A result after 9999-12-31
// is the invalid date 10000-01-01 and one before 0001-01-01 is the invalid
// date 0000-12-31, never the zero Date, so that an overflow cannot pass for
// "no date": every function of this package rejects them with
// [ErrInvalidDate].
func (d Date) AddDays(n Days) Date {
	if !d.IsValid() {
		return d
	}
	if n > maxDaySpan || n < -maxDaySpan {
		return outOfRange(n > 0)
	}
	s := d.serial() + int64(n)
	if s < minSerial || s > maxSerial {
		return outOfRange(s > maxSerial)
	}
	return dateFromSerial(s)
}

// outOfRange returns the invalid date that date arithmetic gives when its
// result falls outside 0001-01-01..9999-12-31: the day just beyond the
// range, so that an error message names it plainly.
func outOfRange(after bool) Date {
	if after {
		return Date{Year: MaxYear + 1, Month: time.January, Day: 1}
	}
	return Date{Year: MinYear - 1, Month: time.December, Day: 31}
}

// DaysSince returns the number of calendar days from e to d: positive if d
// is after e. For two valid dates it is exact; if either is invalid it
// returns 0.
func (d Date) DaysSince(e Date) Days {
	if !d.IsValid() || !e.IsValid() {
		return 0
	}
	return Days(d.serial() - e.serial())
}

// AddMonths returns the day that ends a period of n months counted from d,
// by the rule of Civil Code art 202 (R-TIME-3): the day of the same number
// in the month n months later or, if that month is too short, its last day.
// So 2024-01-31 plus one month is 2024-02-29 and 2023-10-31 plus one month
// is 2023-11-30, never December 1st as [time.Time.AddDate] would give.
// n may be negative. An invalid d is returned unchanged, and a result
// outside the Date range is 10000-01-01 or 0000-12-31, as for
// [Date.AddDays].
func (d Date) AddMonths(n int) Date {
	if !d.IsValid() {
		return d
	}
	if n > 12*MaxYear || n < -12*MaxYear {
		return outOfRange(n > 0)
	}
	months := d.Year*12 + int(d.Month) - 1 + n
	if months < MinYear*12 || months >= (MaxYear+1)*12 {
		return outOfRange(n > 0)
	}
	y, m := months/12, time.Month(months%12+1)
	return Date{Year: y, Month: m, Day: min(d.Day, daysIn(y, m))}
}

// Weekday returns the day of the week of d. It returns time.Sunday for an
// invalid date; check [Date.IsValid] first when that matters.
func (d Date) Weekday() time.Weekday {
	if !d.IsValid() {
		return time.Sunday
	}
	return weekdayOf(d.serial())
}

// Start returns the instant d begins in China Standard Time: 00:00 UTC+8.
// It returns the zero time.Time for an invalid d.
func (d Date) Start() time.Time {
	if !d.IsValid() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, cst)
}

// End returns the instant d ends in China Standard Time: 24:00 UTC+8, which
// is the start of the next day. A time limit whose last day is d expires at
// this instant (Measures art 41 for submissions by post or bank; Civil Code
// art 203). It returns the zero time.Time for an invalid d.
func (d Date) End() time.Time {
	if !d.IsValid() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, cst)
}

// CST returns China Standard Time, the fixed zone UTC+8 that China uses all
// year (it has no daylight saving time). It does not depend on the
// machine's time-zone database.
func CST() *time.Location { return cst }

var cst = time.FixedZone("CST", 8*60*60)

// serial returns the number of days from 1970-01-01 to d, for a valid d.
// The algorithm is Howard Hinnant's days_from_civil.
func (d Date) serial() int64 {
	y := int64(d.Year)
	m := int64(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 for every valid Date.
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateFromSerial is the inverse of serial (Hinnant's civil_from_days). It
// returns outOfRange outside the Date range.
func dateFromSerial(z int64) Date {
	if z < minSerial || z > maxSerial {
		return outOfRange(z > maxSerial)
	}
	z += 719468
	era := z / 146097 // z >= 0 here.
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{Year: int(y), Month: time.Month(m), Day: int(day)}
}

// weekdayOf returns the day of the week of a serial day number.
func weekdayOf(s int64) time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (s + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

var (
	minSerial  = Date{Year: MinYear, Month: time.January, Day: 1}.serial()
	maxSerial  = Date{Year: MaxYear, Month: time.December, Day: 31}.serial()
	maxDaySpan = Days(maxSerial - minSerial)
)

func daysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
