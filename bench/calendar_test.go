package bench

import (
	"fmt"
	"testing"
	"time"

	lunar "github.com/6tail/lunar-go/calendar"
	"github.com/iprborder/iprborder/calendar"
)

// numStarts is the number of start dates the benchmarks cycle through, so
// that no implementation answers the same question over and over.
const numStarts = 256

// startDates returns numStarts start dates spread evenly over 2024 and
// 2025 (about one every 2.9 days, so every weekday and every holiday season
// occurs). Counted from them, 250 working days and one year both stay
// inside the coverage of calendar.China.
func startDates() []calendar.Date {
	first := calendar.Date{Year: 2024, Month: time.January, Day: 1}
	const span = 731 // Days in 2024 and 2025.
	out := make([]calendar.Date, numStarts)
	for i := range out {
		out[i] = first.AddDays(calendar.Days(i * span / numStarts))
	}
	return out
}

// Sinks keep the compiler from discarding the results being measured.
var (
	sinkDate  calendar.Date
	sinkTime  time.Time
	sinkSolar *lunar.Solar
	sinkCount int
)

// BenchmarkAddWorkdays measures the n-th working day after a start date,
// the start not counted, for n = 3, 20, 50 and 250 (about a year of
// working days), on each implementation. The start cycles through
// startDates. Each sub-benchmark checks its last answer against the
// calendar package, so even -benchtime=1x verifies it.
func BenchmarkAddWorkdays(b *testing.B) {
	china := calendar.China()
	bc := newRickar(china)
	starts := startDates()
	times := make([]time.Time, len(starts))
	solars := make([]*lunar.Solar, len(starts))
	for i, d := range starts {
		times[i], solars[i] = toTime(d), toSolar(d)
	}

	for _, n := range []int{3, 20, 50, 250} {
		want := make([]calendar.Date, len(starts))
		for i, d := range starts {
			w, err := china.AddWorkdays(d, calendar.WorkingDays(n))
			if err != nil {
				b.Fatal(err)
			}
			want[i] = w
		}
		// check fails the benchmark if got is not the answer for the start
		// of the last iteration.
		check := func(b *testing.B, got calendar.Date) {
			b.Helper()
			if i := (b.N - 1) % numStarts; got != want[i] {
				b.Fatalf("AddWorkdays(%s, %d) = %s, want %s", starts[i], n, got, want[i])
			}
		}

		b.Run(fmt.Sprintf("impl=ours/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			wn := calendar.WorkingDays(n)
			for i := 0; i < b.N; i++ {
				d, err := china.AddWorkdays(starts[i%numStarts], wn)
				if err != nil {
					b.Fatal(err)
				}
				sinkDate = d
			}
			check(b, sinkDate)
		})
		b.Run(fmt.Sprintf("impl=rickar/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkTime = rickarAddWorkdays(bc, times[i%numStarts], n)
			}
			check(b, fromTime(sinkTime))
		})
		b.Run(fmt.Sprintf("impl=lunar/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkSolar = lunarAddWorkdays(solars[i%numStarts], n)
			}
			check(b, fromSolar(sinkSolar))
		})
	}
}

// BenchmarkWorkdaysBetween measures the number of working days in (a, b]
// for a one-year span, b being a plus 12 months, on each implementation.
// a cycles through startDates. Each sub-benchmark checks its last answer
// against the calendar package.
func BenchmarkWorkdaysBetween(b *testing.B) {
	china := calendar.China()
	bc := newRickar(china)
	starts := startDates()
	ends := make([]calendar.Date, len(starts))
	want := make([]int, len(starts))
	timesA, timesB := make([]time.Time, len(starts)), make([]time.Time, len(starts))
	solarsA, solarsB := make([]*lunar.Solar, len(starts)), make([]*lunar.Solar, len(starts))
	for i, a := range starts {
		e := a.AddMonths(12)
		w, err := china.WorkdaysBetween(a, e)
		if err != nil {
			b.Fatal(err)
		}
		ends[i], want[i] = e, int(w)
		timesA[i], timesB[i] = toTime(a), toTime(e)
		solarsA[i], solarsB[i] = toSolar(a), toSolar(e)
	}
	// check fails the benchmark if got is not the answer for the range of
	// the last iteration.
	check := func(b *testing.B, got int) {
		b.Helper()
		if i := (b.N - 1) % numStarts; got != want[i] {
			b.Fatalf("WorkdaysBetween(%s, %s) = %d, want %d", starts[i], ends[i], got, want[i])
		}
	}

	b.Run("impl=ours/span=1y", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			k := i % numStarts
			n, err := china.WorkdaysBetween(starts[k], ends[k])
			if err != nil {
				b.Fatal(err)
			}
			sinkCount = int(n)
		}
		check(b, sinkCount)
	})
	b.Run("impl=rickar/span=1y", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			k := i % numStarts
			sinkCount = rickarWorkdaysBetween(bc, timesA[k], timesB[k])
		}
		check(b, sinkCount)
	})
	b.Run("impl=lunar/span=1y", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			k := i % numStarts
			sinkCount = lunarWorkdaysBetween(solarsA[k], solarsB[k])
		}
		check(b, sinkCount)
	})
}
