package bench

import (
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
	lunar "github.com/6tail/lunar-go/calendar"
	"github.com/iprborder/iprborder/calendar"
	"github.com/rickar/cal/v2"
)

// This file adapts the two peer libraries to the semantics of
// calendar.Calendar, so that the benchmarks and the cross-checks compare
// the same question on each:
//
//   - AddWorkdays(d, n): the n-th working day after d, d itself not
//     counted; n = 0 gives d.
//   - WorkdaysBetween(a, b): the number of working days in (a, b], for
//     a <= b; a = b gives 0.
//
// Each peer works on its own representation of a day: time.Time at
// midnight in China Standard Time (UTC+8) for rickar/cal, *lunar.Solar for
// lunar-go. The benchmarks convert their inputs once, before the timer
// starts.

// newRickar returns a rickar/cal business calendar for mainland China that
// holds the same data as c:
//
//   - every day of every holiday block of c's arrangements is a
//     *cal.Holiday with a fixed date (cal.CalcDayOfMonth) valid in that
//     day's year only (StartYear = EndYear), because rickar/cal has no
//     multi-day holiday nor a one-off date; a block that starts in the
//     previous December gives a holiday in that December's year;
//   - the adjusted weekend working days are made working days through the
//     WorkdayFunc hook, which replaces the Monday-to-Friday rule; rickar
//     then excludes the holidays itself.
//
// The holiday cache (cal.Calendar.Cacheable) is left off, as it is by
// default: it is an unsynchronized map, so a cached calendar is not safe
// for concurrent use, whereas calendar.Calendar is.
//
// Outside c's coverage the result silently falls back to the weekend rule:
// rickar/cal has no notion of coverage.
func newRickar(c calendar.Calendar) *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.Name = "CN"
	bc.Description = "Mainland China, from calendar.Calendar " + c.String()
	adjusted := make(map[calendar.Date]bool)
	for _, a := range c.Arrangements() {
		for _, h := range a.Holidays {
			for d := h.First; !d.After(h.Last); d = d.AddDays(1) {
				bc.AddHoliday(&cal.Holiday{
					Name:        h.Festival.Chinese,
					Description: h.Festival.English,
					Type:        cal.ObservancePublic,
					StartYear:   d.Year,
					EndYear:     d.Year,
					Month:       d.Month,
					Day:         d.Day,
					Func:        cal.CalcDayOfMonth,
				})
			}
		}
		for _, w := range a.Workdays {
			adjusted[w.Date] = true
		}
	}
	bc.WorkdayFunc = func(t time.Time) bool {
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return true
		}
		y, m, d := t.Date()
		return adjusted[calendar.Date{Year: y, Month: m, Day: d}]
	}
	return bc
}

// rickarAddWorkdays is AddWorkdays on rickar/cal. BusinessCalendar.WorkdaysFrom
// already has the same semantics: it steps from the day after start and
// returns the offset-th working day, and offset 0 returns start.
func rickarAddWorkdays(bc *cal.BusinessCalendar, d time.Time, n int) time.Time {
	return bc.WorkdaysFrom(d, n)
}

// rickarWorkdaysBetween is WorkdaysBetween on rickar/cal, for a <= b.
// BusinessCalendar.WorkdaysInRange counts the working days of [start, end],
// both ends included, so (a, b] is WorkdaysInRange(a + 1 day, b). a = b
// needs its own case: WorkdaysInRange(a + 1 day, a) swaps its arguments and
// returns minus the count of [a, a + 1 day].
func rickarWorkdaysBetween(bc *cal.BusinessCalendar, a, b time.Time) int {
	if !a.Before(b) {
		return 0
	}
	return bc.WorkdaysInRange(a.AddDate(0, 0, 1), b)
}

// lunarIsWorkday reports whether the day y-m-d is a working day according
// to lunar-go's holiday table: a day the table lists is a working day if
// it is an adjusted working day (IsWork) and a rest day otherwise; any
// other day follows the weekend rule. It is the rule lunar-go's own
// Solar.Next applies.
func lunarIsWorkday(y, m, d int, wd time.Weekday) bool {
	if h := HolidayUtil.GetHolidayByYmd(y, m, d); h != nil {
		return h.IsWork()
	}
	return wd != time.Saturday && wd != time.Sunday
}

// lunarAddWorkdays is AddWorkdays on lunar-go: Solar.Next(n, true), which
// steps from the day after s and returns the n-th working day by the rule
// of lunarIsWorkday, and returns a copy of s for n = 0.
func lunarAddWorkdays(s *lunar.Solar, n int) *lunar.Solar {
	return s.Next(n, true)
}

// lunarWorkdaysBetween is WorkdaysBetween on lunar-go, for a <= b.
// lunar-go has no such operation, so this is the loop a user would write:
// step through (a, b] a day at a time and test each day with the holiday
// table and the weekend rule.
func lunarWorkdaysBetween(a, b *lunar.Solar) int {
	n := 0
	for d := a.NextDay(1); !d.IsAfter(b); d = d.NextDay(1) {
		if lunarIsWorkday(d.GetYear(), d.GetMonth(), d.GetDay(), time.Weekday(d.GetWeek())) {
			n++
		}
	}
	return n
}

// toTime returns the instant d starts in China Standard Time, the input
// rickar/cal works on.
func toTime(d calendar.Date) time.Time { return d.Start() }

// fromTime returns the civil date of a time.Time in its own location.
func fromTime(t time.Time) calendar.Date {
	y, m, d := t.Date()
	return calendar.Date{Year: y, Month: m, Day: d}
}

// toSolar returns d as a lunar-go solar date at midnight.
func toSolar(d calendar.Date) *lunar.Solar {
	return lunar.NewSolarFromYmd(d.Year, int(d.Month), d.Day)
}

// fromSolar returns the civil date of a lunar-go solar date.
func fromSolar(s *lunar.Solar) calendar.Date {
	return calendar.Date{Year: s.GetYear(), Month: time.Month(s.GetMonth()), Day: s.GetDay()}
}
