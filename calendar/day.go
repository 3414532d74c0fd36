package calendar

import (
	"strings"
)

// Day is what a [Calendar] knows of one day. It is a comparable value.
type Day struct {
	// Date is the day described, and Kind what it is: never KindUnknown
	// in a Day that [Calendar.Day] returns.
	Date Date
	Kind Kind
	// Festival is the festival of the holiday block (KindHoliday) or the
	// one whose break an adjusted working day makes up for
	// (KindAdjustedWorkday). Zero for ordinary days.
	Festival Festival
	// First and Last bound the holiday block (KindHoliday only).
	First, Last Date
	// Note is the holiday block's note, if any.
	Note string
	// Notice is the notice that makes the day what it is: for a holiday or
	// an adjusted working day, the one that sets its block or the day; for
	// an ordinary day, the annual notice of its year, which leaves it so.
	Notice Notice
}

// IsWorkday reports whether the day is a working day.
func (d Day) IsWorkday() bool { return d.Kind.IsWorkday() }

// weekendRule is the authority for Saturday and Sunday being rest days.
const weekendRule = "State Council Provisions on Working Hours of Employees (国务院关于职工工作时间的规定) art 7"

// Explain returns, in one English sentence, why the day is or is not a
// working day and on what authority.
func (d Day) Explain() string {
	var b strings.Builder
	b.WriteString(d.Date.String())
	if d.Date.IsValid() {
		b.WriteString(" (")
		b.WriteString(d.Date.Weekday().String())
		b.WriteString(")")
	}
	b.WriteString(" ")
	switch d.Kind {
	case KindWorkday:
		b.WriteString("is a working day: an ordinary Monday to Friday outside the holiday blocks of ")
		b.WriteString(d.Notice.String())
	case KindWeekend:
		b.WriteString("is not a working day: an ordinary weekend day (")
		b.WriteString(weekendRule)
		b.WriteString("), not made a working day by ")
		b.WriteString(d.Notice.String())
	case KindHoliday:
		b.WriteString("is not a working day: ")
		b.WriteString(d.Festival.String())
		b.WriteString(" holiday, ")
		b.WriteString(d.First.String())
		b.WriteString(" to ")
		b.WriteString(d.Last.String())
		if d.Note != "" {
			b.WriteString(" (")
			b.WriteString(d.Note)
			b.WriteString(")")
		}
		b.WriteString(", by ")
		b.WriteString(d.Notice.String())
	case KindAdjustedWorkday:
		b.WriteString("is a working day: a weekend day made a working day for the ")
		b.WriteString(d.Festival.String())
		b.WriteString(" break by ")
		b.WriteString(d.Notice.String())
	default:
		b.WriteString("is not known to the calendar")
	}
	return b.String()
}

// String returns the notice's title followed by what is known of its
// number, date, address and note, for citing it.
func (n Notice) String() string {
	var extra []string
	if n.Number != "" {
		extra = append(extra, n.Number)
	}
	if !n.Issued.IsZero() {
		extra = append(extra, n.Issued.String())
	}
	if n.URL != "" {
		extra = append(extra, n.URL)
	}
	if n.Note != "" {
		extra = append(extra, n.Note)
	}
	if len(extra) == 0 {
		return n.Title
	}
	return n.Title + " (" + strings.Join(extra, "; ") + ")"
}
