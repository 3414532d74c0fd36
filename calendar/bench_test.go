package calendar_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// naive is the baseline the table is measured against: what a case system
// typically writes, a day-by-day loop with a map look-up per day.
type naive struct {
	special map[calendar.Date]bool // true: adjusted working day; false: holiday.
}

func newNaive(c calendar.Calendar) naive {
	n := naive{special: map[calendar.Date]bool{}}
	for _, a := range c.Arrangements() {
		for _, h := range a.Holidays {
			for day := h.First; !day.After(h.Last); day = day.AddDays(1) {
				n.special[day] = false
			}
		}
		for _, w := range a.Workdays {
			n.special[w.Date] = true
		}
	}
	return n
}

func (n naive) isWorkday(day calendar.Date) bool {
	if work, ok := n.special[day]; ok {
		return work
	}
	wd := day.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

func (n naive) addWorkdays(day calendar.Date, k calendar.WorkingDays) calendar.Date {
	for k > 0 {
		day = day.AddDays(1)
		if n.isWorkday(day) {
			k--
		}
	}
	return day
}

func (n naive) workdaysBetween(a, b calendar.Date) calendar.WorkingDays {
	var k calendar.WorkingDays
	for day := a.AddDays(1); !day.After(b); day = day.AddDays(1) {
		if n.isWorkday(day) {
			k++
		}
	}
	return k
}

// starts are the benchmarks' start dates: 256 consecutive days from
// 2024-01-01, so that every run crosses holidays and no answer repeats.
var starts = func() []calendar.Date {
	out := make([]calendar.Date, 256)
	for i := range out {
		out[i] = calendar.Date{Year: 2024, Month: time.January, Day: 1}.AddDays(calendar.Days(i))
	}
	return out
}()

var (
	sinkDate calendar.Date
	sinkN    calendar.WorkingDays
)

// BenchmarkAddWorkdays compares the calendar's constant-time table with
// the naive loop. Compare with: benchstat -col /impl.
func BenchmarkAddWorkdays(b *testing.B) {
	c := calendar.China()
	nv := newNaive(c)
	for _, n := range []calendar.WorkingDays{3, 20, 50, 250} {
		b.Run(fmt.Sprintf("impl=table/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				got, err := c.AddWorkdays(starts[i&255], n)
				if err != nil {
					b.Fatal(err)
				}
				sinkDate = got
			}
		})
		b.Run(fmt.Sprintf("impl=naive/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkDate = nv.addWorkdays(starts[i&255], n)
			}
			// The baseline must answer as the table does, or the ratio
			// means nothing.
			if want, _ := c.AddWorkdays(starts[(b.N-1)&255], n); sinkDate != want {
				b.Fatalf("naive AddWorkdays(%v, %d) = %v; table says %v", starts[(b.N-1)&255], n, sinkDate, want)
			}
		})
	}
}

// BenchmarkWorkdaysBetween counts the working days of one year.
func BenchmarkWorkdaysBetween(b *testing.B) {
	c := calendar.China()
	nv := newNaive(c)
	ends := make([]calendar.Date, len(starts))
	for i, s := range starts {
		ends[i] = s.AddMonths(12)
	}
	b.Run("impl=table/span=1y", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			got, err := c.WorkdaysBetween(starts[i&255], ends[i&255])
			if err != nil {
				b.Fatal(err)
			}
			sinkN = got
		}
	})
	b.Run("impl=naive/span=1y", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkN = nv.workdaysBetween(starts[i&255], ends[i&255])
		}
		last := (b.N - 1) & 255
		if want, _ := c.WorkdaysBetween(starts[last], ends[last]); sinkN != want {
			b.Fatalf("naive WorkdaysBetween(%v, %v) = %d; table says %d", starts[last], ends[last], sinkN, want)
		}
	})
}

func BenchmarkIsWorkday(b *testing.B) {
	c := calendar.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		work, err := c.IsWorkday(starts[i&255])
		if err != nil {
			b.Fatal(err)
		}
		if work {
			sinkN++
		}
	}
}

// BenchmarkNew measures building the tables for the eight years of China:
// time and memory per Calendar.
func BenchmarkNew(b *testing.B) {
	arrs := calendar.China().Arrangements()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c, err := calendar.New(arrs...)
		if err != nil {
			b.Fatal(err)
		}
		_ = c
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		got, err := calendar.ParseDate("2024-02-09")
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = got
	}
}

func BenchmarkPeriod_Deadline(b *testing.B) {
	c := calendar.China()
	p := calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		dl, err := p.Deadline(c, starts[i&255])
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = dl.LastDay
	}
}
