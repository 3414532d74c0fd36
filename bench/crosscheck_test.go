package bench

import (
	"testing"

	"github.com/6tail/lunar-go/HolidayUtil"
	"github.com/iprborder/iprborder/calendar"
)

// TestLunarAgreesOnWorkdays checks every day of calendar.China's coverage
// against lunar-go's holiday table: both must say the same about whether
// the day is a working day. For 2020-2026 lunar-go is an independent
// transcription of the notices; the 2027 data of the calendar package was
// taken from lunar-go v1.4.7, so for that year the test only guards the
// transcription.
//
// lunar-go also lists as holidays a few weekend days next to a one-day
// holiday (2023-12-30/31, 2024-06-08/09, ...) that the notices do not
// include in the block. They are weekend days either way, so the working-day
// status agrees; the test logs them.
func TestLunarAgreesOnWorkdays(t *testing.T) {
	china := calendar.China()
	first, last := china.Coverage()
	days, extra := 0, 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		days++
		ours, err := china.Day(d)
		if err != nil {
			t.Fatal(err)
		}
		h := HolidayUtil.GetHolidayByYmd(d.Year, int(d.Month), d.Day)
		theirs := lunarIsWorkday(d.Year, int(d.Month), d.Day, d.Weekday())
		if ours.IsWorkday() != theirs {
			entry := "none"
			if h != nil {
				entry = h.String()
			}
			t.Errorf("%s (%s): calendar says workday=%t (%s); lunar-go says workday=%t (holiday entry: %s)",
				d, d.Weekday(), ours.IsWorkday(), ours.Explain(), theirs, entry)
			continue
		}
		if h != nil && !h.IsWork() && ours.Kind == calendar.KindWeekend {
			extra++
			t.Logf("%s (%s): lunar-go lists %q as a holiday; an ordinary weekend day for the calendar",
				d, d.Weekday(), h.String())
		}
	}
	if want := int(last.DaysSince(first)) + 1; days != want {
		t.Fatalf("checked %d days, want %d", days, want)
	}
	t.Logf("checked %d days %s..%s; %d weekend days listed as holidays by lunar-go only", days, first, last, extra)
}

// crossStarts returns the start dates of the count cross-checks: every
// step-th day from the day before the coverage of calendar.China (a valid
// start: only the days after it are needed) to the last day from which 250
// working days are still covered. A step that is not a multiple of 7 makes
// the starts cycle through the days of the week.
func crossStarts(t *testing.T, step calendar.Days) []calendar.Date {
	t.Helper()
	china := calendar.China()
	first, _ := china.Coverage()
	var out []calendar.Date
	for d := first.AddDays(-1); ; d = d.AddDays(step) {
		if _, err := china.AddWorkdays(d, 250); err != nil {
			break
		}
		out = append(out, d)
	}
	return out
}

// crossCounts returns the counts of the cross-checks: 0 to 60 and 250.
func crossCounts() []int {
	out := make([]int, 0, 62)
	for n := 0; n <= 60; n++ {
		out = append(out, n)
	}
	return append(out, 250)
}

// TestRickarAgreesOnCounts checks that the rickar/cal adapter the
// benchmarks use gives the same results as calendar.China: AddWorkdays for
// a few hundred start dates and counts 0-60 and 250, and WorkdaysBetween
// over (start, AddWorkdays(start, n)] and over (start, start + n days],
// which also ends on rest days.
func TestRickarAgreesOnCounts(t *testing.T) {
	t.Parallel()
	china := calendar.China()
	bc := newRickar(china)
	starts := crossStarts(t, 9)
	if len(starts) < 200 {
		t.Fatalf("only %d start dates", len(starts))
	}
	t.Logf("%d start dates %s..%s", len(starts), starts[0], starts[len(starts)-1])
	for _, a := range starts {
		ta := toTime(a)
		for _, n := range crossCounts() {
			want, err := china.AddWorkdays(a, calendar.WorkingDays(n))
			if err != nil {
				t.Fatal(err)
			}
			if got := fromTime(rickarAddWorkdays(bc, ta, n)); got != want {
				t.Errorf("AddWorkdays(%s, %d): rickar gives %s, calendar %s", a, n, got, want)
			}
			if got := rickarWorkdaysBetween(bc, ta, toTime(want)); got != n {
				t.Errorf("WorkdaysBetween(%s, %s): rickar gives %d, calendar %d", a, want, got, n)
			}
			checkBetween(t, "rickar", a, a.AddDays(calendar.Days(n)), func(a, b calendar.Date) int {
				return rickarWorkdaysBetween(bc, toTime(a), toTime(b))
			})
		}
	}
}

// TestLunarAgreesOnCounts is TestRickarAgreesOnCounts for the lunar-go
// adapter, on fewer start dates because lunar-go is the slowest: its
// working-day rule is already checked day by day by
// TestLunarAgreesOnWorkdays, so this test only needs to show that
// Solar.Next and lunarWorkdaysBetween count like calendar.China.
func TestLunarAgreesOnCounts(t *testing.T) {
	t.Parallel()
	china := calendar.China()
	for _, a := range crossStarts(t, 25) {
		sa := toSolar(a)
		for _, n := range crossCounts() {
			want, err := china.AddWorkdays(a, calendar.WorkingDays(n))
			if err != nil {
				t.Fatal(err)
			}
			if got := fromSolar(lunarAddWorkdays(sa, n)); got != want {
				t.Errorf("AddWorkdays(%s, %d): lunar-go gives %s, calendar %s", a, n, got, want)
			}
			if got := lunarWorkdaysBetween(sa, toSolar(want)); got != n {
				t.Errorf("WorkdaysBetween(%s, %s): lunar-go gives %d, calendar %d", a, want, got, n)
			}
			checkBetween(t, "lunar-go", a, a.AddDays(calendar.Days(n)), func(a, b calendar.Date) int {
				return lunarWorkdaysBetween(toSolar(a), toSolar(b))
			})
		}
	}
}

// checkBetween reports an error if peer's count of the working days of
// (a, b] differs from calendar.China's.
func checkBetween(t *testing.T, name string, a, b calendar.Date, peer func(a, b calendar.Date) int) {
	t.Helper()
	want, err := calendar.China().WorkdaysBetween(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := peer(a, b); got != int(want) {
		t.Errorf("WorkdaysBetween(%s, %s): %s gives %d, calendar %d", a, b, name, got, want)
	}
}
