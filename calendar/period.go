package calendar

import (
	"errors"
	"fmt"
	"time"

	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Unit is the unit a [Period] counts in. The zero Unit is [UnitUnknown]
// and marks an unset value.
type Unit uint8

// The units. Do not reorder: the text codes are the stable form.
const (
	// UnitUnknown is the zero Unit: not set. A Period with it is invalid,
	// and it has no text code.
	UnitUnknown Unit = iota
	// UnitWorkingDays counts working days of the Calendar (工作日).
	UnitWorkingDays
	// UnitDays counts calendar days (日).
	UnitDays
	// UnitMonths counts months by the rule of Civil Code art 202: the
	// period ends on the day of the same number in the last month, or on
	// that month's last day if it has no such day.
	UnitMonths
)

var unitCodes = textcode.New[Unit]("Unit", []string{
	UnitWorkingDays: "working-days",
	UnitDays:        "days",
	UnitMonths:      "months",
})

// String returns the stable text code of u ("working-days", "days",
// "months"), or "%!Unit(n)" for an invalid u.
func (u Unit) String() string { return enumString(unitCodes, u) }

// AppendText appends the text code of u to b.
func (u Unit) AppendText(b []byte) ([]byte, error) { return enumAppendText(unitCodes, b, u) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (u Unit) MarshalText() ([]byte, error) { return u.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (u *Unit) UnmarshalText(text []byte) error {
	v, err := enumParse(unitCodes, text)
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// Start is a period's start convention: which day is its first counted
// day. The zero Start is [StartNextDay], the rule of the Civil Code, so
// that a Period written without one follows the law's default, in the way
// [log/slog.LevelInfo] is the zero Level.
type Start uint8

// The start conventions. Do not reorder.
const (
	// StartNextDay: the trigger day (service of a notice, detention) is not
	// counted; the day after it is day 1 (Civil Code art 201; Measures art
	// 41 for periods counted from service; R-TIME-2).
	StartNextDay Start = iota
	// StartSameDay: the trigger day itself is day 1 when it counts (for a
	// working-day period, when it is a working day). It is the same as
	// StartNextDay from the day before the trigger. The Civil Code has no
	// month rule for it, so a month period cannot use it.
	StartSameDay
)

var startCodes = textcode.New[Start]("Start", []string{
	StartNextDay: "next-day",
	StartSameDay: "same-day",
})

// String returns the stable text code of s ("next-day", "same-day").
func (s Start) String() string { return enumString(startCodes, s) }

// AppendText appends the text code of s to b.
func (s Start) AppendText(b []byte) ([]byte, error) { return enumAppendText(startCodes, b, s) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (s Start) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (s *Start) UnmarshalText(text []byte) error {
	v, err := enumParse(startCodes, text)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Roll says what happens when a period counted in calendar days or months
// ends on a day that is not a working day. The zero Roll is
// [RollForward], the rule of Civil Code art 203. A period counted in
// working days always ends on a working day, so Roll does not affect it.
type Roll uint8

// The roll rules. Do not reorder.
const (
	// RollForward: a last day that is not a working day moves to the next
	// working day (Civil Code art 203: "期间的最后一日是法定休假日的，以法定
	// 休假日结束的次日为期间的最后一日"; R-TIME-3). It is the rule for time
	// limits within which a party must act.
	RollForward Roll = iota
	// RollNone: the period ends on its computed day whatever its kind. Use
	// it for spans that are not time limits for an act, such as the cap
	// on storage fees three months after the confiscation decision is
	// served (Measures art 34; R-FEE-3).
	RollNone
)

var rollCodes = textcode.New[Roll]("Roll", []string{
	RollForward: "forward",
	RollNone:    "none",
})

// String returns the stable text code of r ("forward", "none").
func (r Roll) String() string { return enumString(rollCodes, r) }

// AppendText appends the text code of r to b.
func (r Roll) AppendText(b []byte) ([]byte, error) { return enumAppendText(rollCodes, b, r) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r Roll) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *Roll) UnmarshalText(text []byte) error {
	v, err := enumParse(rollCodes, text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// MaxPeriodCount bounds [Period.Count]: no statutory period is longer,
// in any unit, and a larger count is taken as a mistake.
const MaxPeriodCount = 10000

// Period is a legal time limit: a count, its unit, the day counting
// starts and what happens when it ends on a rest day. It is a small
// comparable value meant to be written as a literal next to the article
// that sets it, the zero Start and Roll being the law's defaults:
//
//	// Holder's reply to an ex officio suspension (Regs art 16; Measures
//	// arts 22, 41; R-EXO-2).
//	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
type Period struct {
	// Count is the length of the period in Unit, from 1 to
	// [MaxPeriodCount]. Unit is required. Start says which day is day 1,
	// the zero value being the Civil Code's StartNextDay; Roll what
	// happens when a period in days or months ends on a rest day, the
	// zero value being RollForward (Civil Code arts 201, 203; R-TIME-2,
	// R-TIME-3).
	Count int   `json:"count"`
	Unit  Unit  `json:"unit"`
	Start Start `json:"start"`
	Roll  Roll  `json:"roll"`
}

// Validate reports whether p is a usable period: a count from 1 to
// [MaxPeriodCount] and a known unit, start and roll. The error wraps
// [ErrInvalidArgument].
func (p Period) Validate() error {
	switch {
	case p.Count < 1 || p.Count > MaxPeriodCount:
		return invalidArgument("period count %d out of range 1-%d", p.Count, MaxPeriodCount)
	case p.Unit == UnitUnknown:
		return invalidArgument("period unit not set")
	case !unitCodes.Valid(p.Unit):
		return invalidArgument("period unit %d unknown", p.Unit)
	case !startCodes.Valid(p.Start):
		return invalidArgument("period start %d unknown", p.Start)
	case !rollCodes.Valid(p.Roll):
		return invalidArgument("period roll %d unknown", p.Roll)
	case p.Unit == UnitMonths && p.Start == StartSameDay:
		// Counting from the day before would end 1 month from 1 March on
		// 29 March, and no article says what else it should do.
		return invalidArgument("a month period cannot start on the trigger day: Civil Code art 202 counts months from the day after")
	}
	return nil
}

// periodJSON has Period's fields without its methods.
type periodJSON Period

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the fields,
// rejecting unknown ones, and validates the period with
// [Period.Validate]. On error the receiver is unchanged.
func (p *Period) UnmarshalJSON(data []byte) error {
	var v periodJSON
	if err := periodFormat.Decode(data, &v); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			return wrapArgument(se, "period JSON")
		}
		return err
	}
	if err := Period(v).Validate(); err != nil {
		return err
	}
	*p = Period(v)
	return nil
}

// periodFormat is a period in JSON: at most 1 KiB, one object, its keys
// exactly as spelled below. An enum's own error passes through unchanged.
var periodFormat = strictjson.Format{
	MaxBytes: 1 << 10,
	MaxDepth: 1,
	Keys:     []string{"count", "unit", "start", "roll"},
	Pass:     func(err error) bool { return errors.Is(err, ErrInvalidArgument) },
}

// String describes p in English, e.g. "3 working days from the day after
// the trigger".
func (p Period) String() string {
	var s string
	switch one := p.Count == 1; p.Unit {
	case UnitWorkingDays:
		s = plural(p.Count, one, "working day", "working days")
	case UnitDays:
		s = plural(p.Count, one, "day", "days")
	case UnitMonths:
		s = plural(p.Count, one, "month", "months")
	default:
		return fmt.Sprintf("%d %s", p.Count, p.Unit)
	}
	switch p.Start {
	case StartNextDay:
		s += " from the day after the trigger"
	case StartSameDay:
		s += " from the trigger day"
	}
	if p.Unit != UnitWorkingDays && p.Roll == RollNone {
		s += ", not moved off rest days"
	}
	return s
}

func plural(n int, one bool, singular, plural string) string {
	if one {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, plural)
}

// Deadline computes when p, triggered on the given day, ends on calendar
// c: its last day, and the instant that day ends in China Standard Time.
//
// The last day is, for trigger day T and count n:
//   - UnitWorkingDays: the n-th working day after T
//     ([Calendar.AddWorkdays]);
//   - UnitDays: T + n calendar days;
//   - UnitMonths: T + n months by [Date.AddMonths] (Civil Code art 202);
//
// then, for days and months with RollForward, the next working day if that
// day is not one (Civil Code art 203). StartSameDay computes the same from
// the day before T.
//
// A period that needs the calendar (working days, or rolling) fails with
// [ErrNotCovered] if a day it needs is outside c's coverage.
func (p Period) Deadline(c Calendar, trigger Date) (Deadline, error) {
	if err := p.Validate(); err != nil {
		return Deadline{}, err
	}
	if !trigger.IsValid() {
		return Deadline{}, &DateError{Input: trigger.format(), Reason: trigger.invalidReason()}
	}
	from := trigger
	if p.Start == StartSameDay {
		from = trigger.AddDays(-1)
		if !from.IsValid() {
			return Deadline{}, invalidArgument("period from %s: the day before is out of range", trigger)
		}
	}
	dl := Deadline{Period: p, Trigger: trigger}
	var last Date
	switch p.Unit {
	case UnitWorkingDays:
		d, err := c.AddWorkdays(from, WorkingDays(p.Count))
		if err != nil {
			return Deadline{}, err
		}
		dl.LastDay = d
		return dl, nil
	case UnitDays:
		last = from.AddDays(Days(p.Count))
	case UnitMonths:
		last = from.AddMonths(p.Count)
	}
	if !last.IsValid() {
		return Deadline{}, invalidArgument("%s from %s ends after %04d-12-31", p, trigger, MaxYear)
	}
	dl.LastDay, dl.Unrolled = last, last
	if p.Roll == RollForward {
		work, err := c.IsWorkday(last)
		if err != nil {
			return Deadline{}, err
		}
		if !work {
			if dl.LastDay, err = c.AddWorkdays(last, 1); err != nil {
				return Deadline{}, err
			}
		}
	}
	return dl, nil
}

// Deadline is a period applied to a trigger day, as [Period.Deadline]
// returns it. The zero Deadline has no last day: Ends returns the zero
// time.Time.
type Deadline struct {
	// Period is the period applied, and Trigger the day that starts it
	// (the service of a notice, a detention), as given to
	// [Period.Deadline].
	Period  Period
	Trigger Date
	// LastDay is the last day on which the act can be done.
	LastDay Date
	// Unrolled is the last day before Civil Code art 203 moved it off a
	// rest day; it equals LastDay when nothing moved, and is the zero
	// Date for working-day periods, which never move.
	Unrolled Date
}

// IsZero reports whether d is the zero Deadline, which no period produces.
func (d Deadline) IsZero() bool { return d == Deadline{} }

// Rolled reports whether the last day was moved off a rest day.
func (d Deadline) Rolled() bool { return !d.Unrolled.IsZero() && d.Unrolled != d.LastDay }

// Ends returns the instant the deadline expires: 24:00 China Standard
// Time on the last day (Measures art 41 for submissions by post or bank).
func (d Deadline) Ends() time.Time { return d.LastDay.End() }

// EndsAt returns the instant the deadline expires for an act that must be
// done during office hours, such as a submission in person (Measures art
// 41): the given time of day, China Standard Time, on the last day.
// closing is the time since midnight, between 0 and 24 hours; office
// hours vary by customs office, which is why it is a parameter.
func (d Deadline) EndsAt(closing time.Duration) (time.Time, error) {
	if !d.LastDay.IsValid() {
		return time.Time{}, invalidArgument("deadline without a valid last day (%s)", d.LastDay)
	}
	if closing < 0 || closing > 24*time.Hour {
		return time.Time{}, invalidArgument("closing time %s out of range 0-24h", closing)
	}
	return d.LastDay.Start().Add(closing), nil
}

// Passed reports whether the deadline has expired at instant t, that is
// whether t is at or after [Deadline.Ends]. A deadline without a valid last
// day, such as the zero Deadline, never passes.
func (d Deadline) Passed(t time.Time) bool {
	return d.LastDay.IsValid() && !t.Before(d.Ends())
}
