package enforcement_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRequiredBond checks the bond table of Measures (2009 numbering) art
// 23 (R-EXO-4) and Regs art 14 (R-APP-2), with the tiers read by Civil
// Code art 1259 (R-TIME-4): 不足2万 is v < 20,000, 2万至20万 is
// 20,000 <= v <= 200,000, 超过20万 is v > 200,000. Each "want" is computed
// by hand: v/2, then half-up to 0.01 (四舍五入), then the 20,000 floor.
func TestRequiredBond(t *testing.T) {
	ex, app := enforcement.ExOfficio, enforcement.UponApplication
	for _, tc := range []struct {
		name  string
		track enforcement.Track
		value string
		want  string
	}{
		// The domain brief's worked examples.
		{"brief: half below the floor", ex, "30000.00", "20000.00"},
		{"brief: half of 150,000", ex, "150000.00", "75000.00"},
		{"brief: above 200,000 is flat", ex, "200000.01", "100000.00"},
		{"brief: upon application is the value", app, "87654.32", "87654.32"},

		// Below 20,000 (不足2万): the bond is the value itself.
		{"zero value", ex, "0", "0"},
		{"one fen", ex, "0.01", "0.01"},
		{"just below 20,000", ex, "19999.99", "19999.99"},
		// 20,000 <= v <= 200,000: max(v/2, 20,000).
		{"20,000 itself: half is 10,000, the floor holds", ex, "20000", "20000"},
		{"39,999.99: half 19,999.995 rounds up to 20,000.00", ex, "39999.99", "20000.00"},
		{"40,000: half is the floor", ex, "40000", "20000"},
		{"40,000.01: half 20,000.005 rounds half-up", ex, "40000.01", "20000.01"},
		{"40,000.02: half 20,000.01 exactly", ex, "40000.02", "20000.01"},
		{"40,000.03: half 20,000.015 rounds half-up", ex, "40000.03", "20000.02"},
		{"100,000.01: half 50,000.005 rounds half-up", ex, "100000.01", "50000.01"},
		{"199,999.98: half 99,999.99", ex, "199999.98", "99999.99"},
		{"199,999.99: half 99,999.995 rounds half-up to 100,000.00", ex, "199999.99", "100000.00"},
		{"200,000 itself is in the middle tier: half", ex, "200000", "100000"},
		// Above 200,000 (超过20万): 100,000.
		{"a million", ex, "1000000", "100000"},
		{"MaxAmount", ex, "1000000000000", "100000"},
		{"trailing zeros are whole fen", ex, "30000.000", "20000"},

		// Upon application (Regs art 14; R-APP-2): the value, never more.
		{"upon application: zero", app, "0", "0"},
		{"upon application: below 20,000", app, "19999.99", "19999.99"},
		{"upon application: 40,000.01", app, "40000.01", "40000.01"},
		{"upon application: above 200,000", app, "200000.01", "200000.01"},
		{"upon application: MaxAmount", app, "1000000000000", "1000000000000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := enforcement.RequiredBond(tc.track, amt(tc.value))
			require.NoError(t, err)
			assert.Truef(t, got.Equal(amt(tc.want)), "RequiredBond(%s, %s) = %s; want %s", tc.track, tc.value, got, tc.want)
		})
	}
}

// TestRequiredBond_badInput checks that an amount that is not money, or a
// track that is no route, is refused with the documented sentinel.
func TestRequiredBond_badInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		track enforcement.Track
		value decimal.Decimal
		want  error
	}{
		{"negative", enforcement.ExOfficio, amt("-0.01"), enforcement.ErrInvalidAmount},
		{"negative upon application", enforcement.UponApplication, amt("-30000"), enforcement.ErrInvalidAmount},
		{"above 10^12 by a fen", enforcement.ExOfficio, amt("1000000000000.01"), enforcement.ErrInvalidAmount},
		{"10^13", enforcement.UponApplication, decimal.New(1, 13), enforcement.ErrInvalidAmount},
		{"exponent bomb", enforcement.ExOfficio, decimal.New(1, 999999), enforcement.ErrInvalidAmount},
		{"3 decimal places", enforcement.ExOfficio, amt("30000.005"), enforcement.ErrInvalidAmount},
		{"a tenth of a fen", enforcement.UponApplication, amt("0.001"), enforcement.ErrInvalidAmount},
		{"tiny exponent", enforcement.ExOfficio, decimal.New(1, -999999), enforcement.ErrInvalidAmount},
		{"unknown track", enforcement.TrackUnknown, amt("30000"), enforcement.ErrUnknownCode},
		{"out-of-range track", enforcement.Track(99), amt("30000"), enforcement.ErrUnknownCode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := enforcement.RequiredBond(tc.track, tc.value)
			require.Errorf(t, err, "RequiredBond(%s, %s) = %s; want an error", tc.track, tc.value, got)
			assert.ErrorIs(t, err, tc.want)
			if errors.Is(tc.want, enforcement.ErrInvalidAmount) {
				var fe *enforcement.FieldError
				if assert.ErrorAs(t, err, &fe) {
					assert.Equal(t, "goods_value", fe.Field)
				}
			} else {
				var ce *enforcement.CodeError
				if assert.ErrorAs(t, err, &ce) {
					assert.Equal(t, "Track", ce.Enum)
				}
			}
		})
	}
}

// TestCase_RequiredBond checks that a case's bond is RequiredBond of its
// track and its goods' value, the assessed value before the declared one
// (Measures art 39).
func TestCase_RequiredBond(t *testing.T) {
	for _, tc := range []struct {
		name               string
		facts              enforcement.Facts
		declared, assessed string
		want               string
	}{
		{"ex officio, declared only", exOfficioFacts(), "150000", "0", "75000"},
		{"ex officio, assessed above declared", exOfficioFacts(), "30000", "400000", "100000"},
		{"ex officio, assessed below declared", exOfficioFacts(), "400000", "19999.99", "19999.99"},
		{"ex officio, declared zero, assessed known", exOfficioFacts(), "0", "40000.01", "20000.01"},
		{"upon application, declared only", uponApplicationFacts(), "87654.32", "0", "87654.32"},
		{"upon application, assessed wins", uponApplicationFacts(), "87654.32", "50000", "50000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.facts
			f.Goods.DeclaredValue, f.Goods.AssessedValue = amt(tc.declared), amt(tc.assessed)
			c := mustOpen(t, f)
			got := c.RequiredBond()
			assert.Truef(t, got.Equal(amt(tc.want)), "RequiredBond() = %s; want %s", got, tc.want)
		})
	}
}

// fen generates amounts of money from 0 to MaxAmount in whole fen, half of
// them near the tier boundaries (20,000, 40,000 where v/2 reaches the
// floor, 200,000), where a bond table goes wrong.
func fen() gopter.Gen {
	near := func(yuan int64) gopter.Gen {
		return gen.Int64Range(yuan*100-5000, yuan*100+5000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })
	}
	return gen.Weighted([]gen.WeightedGen{
		{Weight: 4, Gen: gen.Int64Range(0, enforcement.MaxAmount*100).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		{Weight: 2, Gen: gen.Int64Range(0, 30_000_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		{Weight: 1, Gen: near(20_000)},
		{Weight: 1, Gen: near(40_000)},
		{Weight: 1, Gen: near(200_000)},
	})
}

// bondOf is RequiredBond without the error, for properties over valid
// amounts; it returns a reason in place of a panic.
func bondOf(track enforcement.Track, v decimal.Decimal) (decimal.Decimal, string) {
	b, err := enforcement.RequiredBond(track, v)
	if err != nil {
		return decimal.Decimal{}, fmt.Sprintf("RequiredBond(%s, %s): %v", track, v, err)
	}
	return b, ""
}

var (
	cent       = decimal.New(1, -2)
	flatBond   = decimal.New(100_000, 0)
	maxMoney   = decimal.New(enforcement.MaxAmount, 0)
	bondFloorV = decimal.New(20_000, 0)
)

// TestRequiredBond_properties checks the invariants R-EXO-4 states of the
// ex officio bond, and R-APP-2 of the upon-application one.
func TestRequiredBond_properties(t *testing.T) {
	props := testgen.Properties(t, 2000)
	ex, app := enforcement.ExOfficio, enforcement.UponApplication

	props.Property("ex officio: never above the value, never above 100,000", prop.ForAll(
		func(v decimal.Decimal) string {
			b, why := bondOf(ex, v)
			switch {
			case why != "":
				return why
			case b.GreaterThan(v):
				return fmt.Sprintf("bond %s above value %s", b, v)
			case b.GreaterThan(flatBond):
				return fmt.Sprintf("bond %s for %s above 100,000", b, v)
			case b.Sign() < 0:
				return fmt.Sprintf("bond %s for %s negative", b, v)
			}
			return ""
		}, fen()))

	props.Property("ex officio: at least min(v, 20,000)", prop.ForAll(
		func(v decimal.Decimal) string {
			b, why := bondOf(ex, v)
			if why != "" {
				return why
			}
			if lo := decimal.Min(v, bondFloorV); b.LessThan(lo) {
				return fmt.Sprintf("bond %s for %s below %s", b, v, lo)
			}
			return ""
		}, fen()))

	props.Property("ex officio: monotone non-decreasing", prop.ForAll(
		func(a, b decimal.Decimal) string {
			if a.GreaterThan(b) {
				a, b = b, a
			}
			ba, why := bondOf(ex, a)
			if why != "" {
				return why
			}
			bb, why := bondOf(ex, b)
			if why != "" {
				return why
			}
			if ba.GreaterThan(bb) {
				return fmt.Sprintf("bond(%s) = %s > bond(%s) = %s", a, ba, b, bb)
			}
			return ""
		}, fen(), fen()))

	props.Property("ex officio: continuous, one fen more moves the bond by at most one fen", prop.ForAll(
		func(v decimal.Decimal) string {
			next := v.Add(cent)
			if next.GreaterThan(maxMoney) {
				return ""
			}
			b0, why := bondOf(ex, v)
			if why != "" {
				return why
			}
			b1, why := bondOf(ex, next)
			if why != "" {
				return why
			}
			if diff := b1.Sub(b0); diff.Sign() < 0 || diff.GreaterThan(cent) {
				return fmt.Sprintf("bond(%s) = %s, bond(%s) = %s: differ by %s", v, b0, next, b1, diff)
			}
			return ""
		}, fen()))

	props.Property("both tracks: whole fen", prop.ForAll(
		func(v decimal.Decimal, exOfficio bool) string {
			track := app
			if exOfficio {
				track = ex
			}
			b, why := bondOf(track, v)
			if why != "" {
				return why
			}
			if !b.Equal(b.Round(2)) {
				return fmt.Sprintf("bond(%s, %s) = %s: finer than a fen", track, v, b)
			}
			return ""
		}, fen(), gen.Bool()))

	props.Property("upon application: the value", prop.ForAll(
		func(v decimal.Decimal) string {
			b, why := bondOf(app, v)
			if why != "" {
				return why
			}
			if !b.Equal(v) {
				return fmt.Sprintf("bond(%s) = %s; want the value", v, b)
			}
			return ""
		}, fen()))

	props.TestingRun(t)
}

// TestRequiredBond_continuousAtBoundaries checks continuity at the two
// tier boundaries fen by fen, where a property's random values rarely
// land: v - 0.01, v and v + 0.01 for v = 20,000 and 200,000.
func TestRequiredBond_continuousAtBoundaries(t *testing.T) {
	for _, at := range []string{"20000", "40000", "200000"} {
		v := amt(at)
		prev := decimal.Decimal{}
		for i, x := range []decimal.Decimal{v.Sub(cent), v, v.Add(cent)} {
			b, err := enforcement.RequiredBond(enforcement.ExOfficio, x)
			require.NoError(t, err)
			if i > 0 {
				diff := b.Sub(prev)
				assert.Truef(t, diff.Sign() >= 0 && !diff.GreaterThan(cent), "bond(%s) - bond(%s) = %s; want 0 or 0.01", x, x.Sub(cent), diff)
			}
			prev = b
		}
	}
}
