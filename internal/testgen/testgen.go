// Package testgen holds gopter generators shared by the tests of several
// packages. Only _test.go files import it, so gopter never reaches a
// consumer's build.
package testgen

import (
	"flag"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
)

// DateBetween generates valid dates from first to last inclusive, shrinking
// towards first.
func DateBetween(first, last calendar.Date) gopter.Gen {
	span := int64(last.DaysSince(first))
	return gen.Int64Range(0, span).Map(func(n int64) calendar.Date {
		return first.AddDays(calendar.Days(n))
	}).WithShrinker(gopter.NoShrinker)
}

// Date generates any valid date from 0001-01-01 to 9999-12-31, weighted
// towards month ends and leap days, where date arithmetic goes wrong.
func Date() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(calendar.MinYear, calendar.MaxYear),
		gen.IntRange(1, 12),
		gen.IntRange(1, 31),
		gen.Bool(),
	).Map(func(v []any) calendar.Date {
		y, m := v[0].(int), time.Month(v[1].(int))
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
		d := min(v[2].(int), last)
		if v[3].(bool) { // Half of the dates are a month's last day.
			d = last
		}
		return calendar.Date{Year: y, Month: m, Day: d}
	})
}

// DateIn generates valid dates inside the coverage of c, with a margin of
// days before and after it so that coverage errors are exercised too.
func DateIn(c calendar.Calendar, margin calendar.Days) gopter.Gen {
	first, last := c.Coverage()
	return DateBetween(first.AddDays(-margin), last.AddDays(margin))
}

var gopterSeed = flag.Int64("gopter.seed", 0, "seed for the gopter properties (0: a new one each run)")

// Properties returns gopter properties that must each pass runs tests,
// seeded by -gopter.seed or, without it, by the clock; the seed is printed
// when a property fails, so that the failure can be replayed.
func Properties(t *testing.T, runs int) *gopter.Properties {
	seed := *gopterSeed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("replay with: go test -run '%s' -gopter.seed=%d", t.Name(), seed)
		}
	})
	params := gopter.DefaultTestParametersWithSeed(seed)
	params.MinSuccessfulTests = runs
	return gopter.NewProperties(params)
}
