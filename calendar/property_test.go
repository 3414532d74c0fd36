package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// oracle answers working-day questions the slow way, from the
// cross-check data, independently of the calendar's tables.
type oracle struct {
	listed      map[calendar.Date]tsvRow
	first, last calendar.Date
}

func newOracle(t *testing.T) oracle {
	return oracle{listed: readHolidayTSV(t, "testdata/cn-holidays.tsv"), first: d("2020-01-01"), last: d("2027-12-24")}
}

func (o oracle) isWorkday(day calendar.Date) bool {
	if row, ok := o.listed[day]; ok {
		return row.kind == calendar.KindAdjustedWorkday
	}
	wd := day.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// addWorkdays returns the n-th working day after from, and false if it
// is not inside the data.
func (o oracle) addWorkdays(from calendar.Date, n calendar.WorkingDays) (calendar.Date, bool) {
	day := from
	for n > 0 {
		day = day.AddDays(1)
		if day.Before(o.first) || day.After(o.last) {
			return calendar.Date{}, false
		}
		if o.isWorkday(day) {
			n--
		}
	}
	return day, true
}

func TestProperties_WorkingDays(t *testing.T) {
	c := calendar.China()
	o := newOracle(t)
	first, last := c.Coverage()
	inside := testgen.DateBetween(first.AddDays(-1), last)
	around := testgen.DateIn(c, 60)
	count := gen.IntRange(0, 400).Map(func(n int) calendar.WorkingDays { return calendar.WorkingDays(n) })
	p := testgen.Properties(t, 2000)

	p.Property("AddWorkdays lands on a working day after the start", prop.ForAll(
		func(from calendar.Date, n calendar.WorkingDays) string {
			got, err := c.AddWorkdays(from, n+1)
			if errors.Is(err, calendar.ErrNotCovered) {
				return ""
			}
			if err != nil {
				return err.Error()
			}
			if work, err := c.IsWorkday(got); err != nil || !work {
				return fmt.Sprintf("AddWorkdays(%v, %d) = %v, not a working day (%v)", from, n+1, got, err)
			}
			if !got.After(from) {
				return fmt.Sprintf("AddWorkdays(%v, %d) = %v, not after the start", from, n+1, got)
			}
			return ""
		}, inside, count))

	p.Property("WorkdaysBetween(d, AddWorkdays(d, n)) == n", prop.ForAll(
		func(from calendar.Date, n calendar.WorkingDays) string {
			to, err := c.AddWorkdays(from, n)
			if errors.Is(err, calendar.ErrNotCovered) {
				return ""
			}
			if err != nil {
				return err.Error()
			}
			back, err := c.WorkdaysBetween(from, to)
			if err != nil || back != n {
				return fmt.Sprintf("WorkdaysBetween(%v, %v) = %d, %v; want %d", from, to, back, err, n)
			}
			return ""
		}, inside, count))

	p.Property("AddWorkdays(AddWorkdays(d, a), b) == AddWorkdays(d, a+b)", prop.ForAll(
		func(from calendar.Date, a, b calendar.WorkingDays) string {
			whole, err := c.AddWorkdays(from, a+b)
			if errors.Is(err, calendar.ErrNotCovered) {
				return ""
			}
			mid, err1 := c.AddWorkdays(from, a)
			end, err2 := c.AddWorkdays(mid, b)
			if err != nil || err1 != nil || err2 != nil || end != whole {
				return fmt.Sprintf("from %v: +%d+%d = %v (%v %v), +%d = %v (%v)", from, a, b, end, err1, err2, a+b, whole, err)
			}
			return ""
		}, inside, count, count))

	p.Property("AddWorkdays agrees with a day-by-day loop over the cross-check data", prop.ForAll(
		func(from calendar.Date, n calendar.WorkingDays) string {
			got, err := c.AddWorkdays(from, n)
			want, ok := o.addWorkdays(from, n)
			switch {
			case n == 0 && err == nil && got == from:
				return ""
			case !ok && errors.Is(err, calendar.ErrNotCovered):
				return ""
			case ok && err == nil && got == want:
				return ""
			}
			return fmt.Sprintf("AddWorkdays(%v, %d) = %v, %v; loop says %v (inside: %t)", from, n, got, err, want, ok)
		}, around, count))

	p.Property("WorkdaysBetween agrees with a day-by-day count", prop.ForAll(
		func(a, b calendar.Date) string {
			if b.Before(a) {
				a, b = b, a
			}
			got, err := c.WorkdaysBetween(a, b)
			var want calendar.WorkingDays
			inside := true
			for day := a.AddDays(1); !day.After(b); day = day.AddDays(1) {
				if day.Before(o.first) || day.After(o.last) {
					inside = false
					break
				}
				if o.isWorkday(day) {
					want++
				}
			}
			switch {
			case !inside && errors.Is(err, calendar.ErrNotCovered):
				return ""
			case inside && err == nil && got == want:
				return ""
			}
			return fmt.Sprintf("WorkdaysBetween(%v, %v) = %d, %v; count says %d (inside: %t)", a, b, got, err, want, inside)
		}, around, around))

	p.Property("a deadline ends on a working day unless told not to roll, and never before its computed day", prop.ForAll(
		func(from calendar.Date, n int, unit calendar.Unit, start calendar.Start, roll calendar.Roll) string {
			per := calendar.Period{Count: n, Unit: unit, Start: start, Roll: roll}
			if unit == calendar.UnitMonths && start == calendar.StartSameDay {
				return "" // Not a valid period.
			}
			dl, err := per.Deadline(c, from)
			if errors.Is(err, calendar.ErrNotCovered) {
				return ""
			}
			if err != nil {
				return err.Error()
			}
			work, err := c.IsWorkday(dl.LastDay)
			if errors.Is(err, calendar.ErrNotCovered) && roll == calendar.RollNone && unit != calendar.UnitWorkingDays {
				return "" // Needs no calendar, so may end outside it.
			}
			if err != nil {
				return err.Error()
			}
			switch {
			case (unit == calendar.UnitWorkingDays || roll == calendar.RollForward) && !work:
				return fmt.Sprintf("%v from %v ends %v, not a working day", per, from, dl.LastDay)
			case unit != calendar.UnitWorkingDays && roll == calendar.RollNone && dl.LastDay != dl.Unrolled:
				return fmt.Sprintf("%v from %v moved from %v to %v", per, from, dl.Unrolled, dl.LastDay)
			case unit != calendar.UnitWorkingDays && dl.LastDay.Before(dl.Unrolled):
				return fmt.Sprintf("%v from %v moved back from %v to %v", per, from, dl.Unrolled, dl.LastDay)
			case dl.LastDay.Before(from) || (start == calendar.StartNextDay && !dl.LastDay.After(from)):
				return fmt.Sprintf("%v from %v ends %v, too early", per, from, dl.LastDay)
			}
			return ""
		}, inside, gen.IntRange(1, 80),
		gen.OneConstOf(calendar.UnitWorkingDays, calendar.UnitDays, calendar.UnitMonths),
		gen.OneConstOf(calendar.StartNextDay, calendar.StartSameDay),
		gen.OneConstOf(calendar.RollForward, calendar.RollNone)))

	p.TestingRun(t)
}

func TestProperties_Dates(t *testing.T) {
	p := testgen.Properties(t, 2000)
	days := gen.Int64Range(-800000, 800000).Map(func(n int64) calendar.Days { return calendar.Days(n) })

	p.Property("a date survives MarshalText and UnmarshalText", prop.ForAll(
		func(day calendar.Date) string {
			text, err := day.MarshalText()
			if err != nil {
				return err.Error()
			}
			var back calendar.Date
			if err := back.UnmarshalText(text); err != nil || back != day {
				return fmt.Sprintf("%v -> %q -> %v, %v", day, text, back, err)
			}
			if parsed, err := calendar.ParseDate(day.String()); err != nil || parsed != day {
				return fmt.Sprintf("ParseDate(%q) = %v, %v", day.String(), parsed, err)
			}
			return ""
		}, testgen.Date()))

	p.Property("AddDays and DaysSince are inverse", prop.ForAll(
		func(day calendar.Date, n calendar.Days) string {
			moved := day.AddDays(n)
			if !moved.IsValid() {
				return "" // Out of the Date range.
			}
			if got := moved.DaysSince(day); got != n {
				return fmt.Sprintf("%v.AddDays(%d) = %v, DaysSince = %d", day, n, moved, got)
			}
			if (n > 0) != moved.After(day) || (n == 0) != (moved == day) {
				return fmt.Sprintf("%v.AddDays(%d) = %v is on the wrong side", day, n, moved)
			}
			return ""
		}, testgen.Date(), days))

	p.Property("Weekday and AddDays agree with the time package", prop.ForAll(
		func(day calendar.Date, n calendar.Days) string {
			moved := day.AddDays(n)
			if !moved.IsValid() {
				return ""
			}
			tm := time.Date(day.Year, day.Month, day.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, int(n))
			want := calendar.Date{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}
			if moved != want || moved.Weekday() != tm.Weekday() {
				return fmt.Sprintf("%v + %d = %v %v; time says %v %v", day, n, moved, moved.Weekday(), want, tm.Weekday())
			}
			return ""
		}, testgen.Date(), days))

	p.Property("AddMonths follows Civil Code art 202", prop.ForAll(
		func(day calendar.Date, n int) string {
			got := day.AddMonths(n)
			if !got.IsValid() {
				return ""
			}
			months := (got.Year-day.Year)*12 + int(got.Month) - int(day.Month)
			lastOfMonth := time.Date(got.Year, got.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
			switch {
			case months != n:
				return fmt.Sprintf("%v.AddMonths(%d) = %v: %d months later", day, n, got, months)
			case day.Day <= lastOfMonth && got.Day != day.Day:
				return fmt.Sprintf("%v.AddMonths(%d) = %v: the corresponding day exists", day, n, got)
			case day.Day > lastOfMonth && got.Day != lastOfMonth:
				return fmt.Sprintf("%v.AddMonths(%d) = %v: want the month's last day", day, n, got)
			}
			return ""
		}, testgen.Date(), gen.IntRange(-1200, 1200)))

	p.TestingRun(t)
}

func TestProperties_CalendarFromJSON(t *testing.T) {
	c := calendar.China()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var fromJSON calendar.Calendar
	if err := json.Unmarshal(data, &fromJSON); err != nil {
		t.Fatal(err)
	}
	p := testgen.Properties(t, 2000)
	p.Property("a calendar built from JSON answers as the one built in Go", prop.ForAll(
		func(day calendar.Date, n calendar.WorkingDays) string {
			d1, err1 := c.Day(day)
			d2, err2 := fromJSON.Day(day)
			a1, err3 := c.AddWorkdays(day, n)
			a2, err4 := fromJSON.AddWorkdays(day, n)
			if d1 != d2 || a1 != a2 || fmt.Sprint(err1, err3) != fmt.Sprint(err2, err4) {
				return fmt.Sprintf("%v: Go %v/%v, JSON %v/%v", day, d1, a1, d2, a2)
			}
			return ""
		}, testgen.DateIn(c, 30), gen.IntRange(0, 300).Map(func(n int) calendar.WorkingDays { return calendar.WorkingDays(n) })))
	p.TestingRun(t)
	if !fromJSON.Equal(c) {
		t.Error("the calendar from JSON is not Equal to China()")
	}
}
