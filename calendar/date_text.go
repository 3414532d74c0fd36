package calendar

import (
	"fmt"
	"strconv"
	"time"
)

// dateLayout is the only text form of a Date: ISO 8601 calendar date,
// extended format, four-digit year.
const dateLayout = "2006-01-02"

// ParseDate parses a date in the form "2006-01-02": a four-digit year, a
// two-digit month and a two-digit day separated by hyphens, nothing before
// or after. It rejects every other spelling ("2021-2-3", "20210203",
// "12021-02-03") and every day that does not exist ("2021-02-30") with a
// *[DateError] wrapping [ErrInvalidDate]; it never normalizes.
func ParseDate(s string) (Date, error) {
	if len(s) != len(dateLayout) || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Input: s, Reason: "want the form YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &DateError{Input: s, Reason: "want the form YYYY-MM-DD"}
	}
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if !date.IsValid() {
		return Date{}, &DateError{Input: s, Reason: date.invalidReason()}
	}
	return date, nil
}

// MustParseDate is like [ParseDate] but panics if s is not a date. It is
// meant for tests and package-level tables only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns d in the form "2006-01-02". An invalid date is printed
// field by field all the same (the zero Date prints "0000-00-00"), so that
// error messages can show it.
func (d Date) String() string {
	return string(d.appendFormat(make([]byte, 0, len(dateLayout))))
}

// AppendText appends the text form of d to b, as [Date.MarshalText] does.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, &DateError{Input: d.format(), Reason: d.invalidReason()}
	}
	return d.appendFormat(b), nil
}

// MarshalText implements [encoding.TextMarshaler]. A valid date is written
// "2006-01-02"; the zero Date, meaning "no date", is written as the empty
// text so that optional dates survive JSON; any other invalid date is an
// error.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, len(dateLayout)))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseDate] accepts, and the empty text as the zero Date. On error the
// receiver is unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	parsed, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

func (d Date) appendFormat(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// format prints the fields of a possibly invalid date for an error message:
// as text when they look like a date, else as fields.
func (d Date) format() string {
	if d.Year < 0 || d.Year > 99999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("{%d %d %d}", d.Year, int(d.Month), d.Day)
	}
	return d.String()
}

func (d Date) invalidReason() string {
	switch {
	case d.Year < MinYear || d.Year > MaxYear:
		return "year out of range 0001-9999"
	case d.Month < time.January || d.Month > time.December:
		return "month out of range 01-12"
	default:
		return fmt.Sprintf("day out of range for %s %04d", d.Month, d.Year)
	}
}

// digits parses a short run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// appendPadded appends n in decimal, zero-padded to width digits, with a
// leading minus sign if negative (for printing invalid dates).
func appendPadded(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // Two's complement: right even for math.MinInt.
	}
	digits := 1
	for x := u; x >= 10; x /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendUint(b, u, 10)
}
