package enforcement_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The offences and tiers, as the tables below read them.
const (
	infringing  = enforcement.InfringingGoods
	declaration = enforcement.DeclarationFailure
	statutory   = enforcement.Statutory
	mitigated   = enforcement.Mitigated
	lighter     = enforcement.Lighter
	ordinary    = enforcement.Ordinary
	heavier     = enforcement.Heavier
)

// allTiers are the statutory band and the four tiers.
var allTiers = []enforcement.Tier{statutory, mitigated, lighter, ordinary, heavier}

// TestFineBand checks the bands of Penalty Regs art 25 (R-PEN-1, R-PEN-3)
// and GACC Ann. 2023 No. 198 arts 13-14 (R-PEN-2, R-PEN-3), read by Civil
// Code art 1259 (R-TIME-4): "以下" and "以上" include the number, "不满"
// excludes it. Each want is computed by hand: the exact bounds (value ×
// rate for infringing goods), then the least whole-fen fine at or above
// the lower bound (above it, if excluded) and the greatest at or below the
// upper (below it, if excluded); "-" where no whole-fen fine is inside.
func TestFineBand(t *testing.T) {
	for _, tc := range []struct {
		name            string
		offence         enforcement.Offence
		tier            enforcement.Tier
		value, day      string
		band            string // "[lower, upper)" with brackets for included bounds
		least, greatest string
	}{
		// The scenario: goods worth 150,000.00 found infringing on 2025-05-20.
		{"scenario: statutory", infringing, statutory, "150000.00", "2025-05-20", "[0, 45000]", "0.00", "45000.00"},
		{"scenario: mitigated, confiscation only", infringing, mitigated, "150000.00", "2025-05-20", "[0, 0]", "0.00", "0.00"},
		{"scenario: lighter, a fine above 0", infringing, lighter, "150000.00", "2025-05-20", "(0, 15000)", "0.01", "14999.99"},
		{"scenario: ordinary", infringing, ordinary, "150000.00", "2025-05-20", "[15000, 30000)", "15000.00", "29999.99"},
		{"scenario: heavier", infringing, heavier, "150000.00", "2025-05-20", "[30000, 45000]", "30000.00", "45000.00"},

		// A declaration failure: the value does not matter (R-PEN-3).
		{"declaration: statutory", declaration, statutory, "0", "2025-05-20", "[0, 50000]", "0.00", "50000.00"},
		{"declaration: mitigated", declaration, mitigated, "0", "2025-05-20", "[0, 5000)", "0.00", "4999.99"},
		{"declaration: lighter", declaration, lighter, "0", "2025-05-20", "[5000, 20000)", "5000.00", "19999.99"},
		{"declaration: ordinary", declaration, ordinary, "0", "2025-05-20", "[20000, 30000)", "20000.00", "29999.99"},
		{"declaration: heavier", declaration, heavier, "0", "2025-05-20", "[30000, 50000]", "30000.00", "50000.00"},
		{"declaration: value ignored", declaration, heavier, "150000.00", "2025-05-20", "[30000, 50000]", "30000.00", "50000.00"},
		{"declaration: statutory before the tiers", declaration, statutory, "0", "2010-01-01", "[0, 50000]", "0.00", "50000.00"},

		// Bounds finer than a fen, rounded inward: 10%, 20% and 30% of 33.33
		// are 3.333, 6.666 and 9.999; half-up would allow 10.00, above 30%.
		{"33.33: statutory", infringing, statutory, "33.33", "2025-05-20", "[0, 9.999]", "0.00", "9.99"},
		{"33.33: lighter", infringing, lighter, "33.33", "2025-05-20", "(0, 3.333)", "0.01", "3.33"},
		{"33.33: ordinary", infringing, ordinary, "33.33", "2025-05-20", "[3.333, 6.666)", "3.34", "6.66"},
		{"33.33: heavier", infringing, heavier, "33.33", "2025-05-20", "[6.666, 9.999]", "6.67", "9.99"},
		// 0.05: the lighter and ordinary tiers hold no whole-fen fine.
		{"0.05: statutory", infringing, statutory, "0.05", "2025-05-20", "[0, 0.015]", "0.00", "0.01"},
		{"0.05: lighter is empty", infringing, lighter, "0.05", "2025-05-20", "(0, 0.005)", "-", "-"},
		{"0.05: ordinary is empty", infringing, ordinary, "0.05", "2025-05-20", "[0.005, 0.01)", "-", "-"},
		{"0.05: heavier", infringing, heavier, "0.05", "2025-05-20", "[0.01, 0.015]", "0.01", "0.01"},
		// One fen: only a fine of 0.
		{"0.01: statutory", infringing, statutory, "0.01", "2025-05-20", "[0, 0.003]", "0.00", "0.00"},
		{"0.01: heavier is empty", infringing, heavier, "0.01", "2025-05-20", "[0.002, 0.003]", "-", "-"},
		// Goods of no value: every band is {0} or empty.
		{"0: statutory", infringing, statutory, "0", "2025-05-20", "[0, 0]", "0.00", "0.00"},
		{"0: lighter is empty", infringing, lighter, "0", "2025-05-20", "(0, 0)", "-", "-"},
		{"0: ordinary is empty", infringing, ordinary, "0", "2025-05-20", "[0, 0)", "-", "-"},
		{"0: heavier", infringing, heavier, "0", "2025-05-20", "[0, 0]", "0.00", "0.00"},
		// Exact multiples of a fen at the excluded bounds.
		{"10.00: lighter excludes 1.00", infringing, lighter, "10.00", "2025-05-20", "(0, 1)", "0.01", "0.99"},
		{"10.00: ordinary", infringing, ordinary, "10.00", "2025-05-20", "[1, 2)", "1.00", "1.99"},
		// The largest value: no overflow.
		{"MaxAmount: ordinary", infringing, ordinary, "1000000000000", "2025-05-20", "[100000000000, 200000000000)", "100000000000.00", "199999999999.99"},
		{"MaxAmount: heavier", infringing, heavier, "1000000000000", "2025-05-20", "[200000000000, 300000000000]", "200000000000.00", "300000000000.00"},
		{"MaxAmount less a fen: statutory", infringing, statutory, "999999999999.99", "2025-05-20", "[0, 299999999999.997]", "0.00", "299999999999.99"},

		// In force: the statute from 2004-11-01, the tiers from 2024-01-01.
		{"statutory on its first day", infringing, statutory, "1000", "2004-11-01", "[0, 300]", "0.00", "300.00"},
		{"tiers on their first day", infringing, heavier, "1000", "2024-01-01", "[200, 300]", "200.00", "300.00"},
		{"statutory the day before the tiers", infringing, statutory, "1000", "2023-12-31", "[0, 300]", "0.00", "300.00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := enforcement.FineBand(tc.offence, tc.tier, amt(tc.value), d(tc.day), enforcement.DefaultParameters())
			require.NoError(t, err)
			assert.Equal(t, tc.band, showBand(b), "FineBand(%s, %s, %s, %s)", tc.offence, tc.tier, tc.value, tc.day)
			least, greatest, ok := b.FenBounds()
			if tc.least == "-" {
				assert.False(t, ok, "FenBounds() = %s, %s; want none", least, greatest)
				assert.True(t, b.IsEmpty())
			} else {
				require.True(t, ok, "FenBounds(): none; want %s, %s", tc.least, tc.greatest)
				assert.False(t, b.IsEmpty())
				assert.Equal(t, tc.least, least.StringFixed(2), "least")
				assert.Equal(t, tc.greatest, greatest.StringFixed(2), "greatest")
			}
			assert.Equal(t, tc.offence, b.Offence())
			assert.Equal(t, tc.tier, b.Tier())
			assert.Equal(t, d(tc.day), b.Date())
			assert.Truef(t, b.GoodsValue().Equal(amt(tc.value)), "GoodsValue() = %s; want %s", b.GoodsValue(), tc.value)
			assert.Equal(t, tc.offence == infringing, b.Confiscation(), "Confiscation()")
		})
	}
}

// showBand writes b's exact bounds with their brackets: "[15000, 30000)".
func showBand(b enforcement.Band) string {
	open, close := "(", ")"
	if b.LowerIncluded() {
		open = "["
	}
	if b.UpperIncluded() {
		close = "]"
	}
	return open + b.Lower().String() + ", " + b.Upper().String() + close
}

// TestFineBand_sources checks that a band names the versions of the
// numbers it was computed from, those in force on its day.
func TestFineBand_sources(t *testing.T) {
	for _, tc := range []struct {
		offence enforcement.Offence
		tier    enforcement.Tier
		day     string
		kinds   []enforcement.ParameterKind
	}{
		{infringing, statutory, "2020-01-01", []enforcement.ParameterKind{enforcement.InfringingFineMaxRate}},
		{infringing, statutory, "2025-01-01", []enforcement.ParameterKind{enforcement.InfringingFineMaxRate}},
		{infringing, mitigated, "2025-01-01", []enforcement.ParameterKind{enforcement.InfringingFineMaxRate, enforcement.InfringingOrdinaryRate, enforcement.InfringingHeavierRate}},
		{declaration, statutory, "2025-01-01", []enforcement.ParameterKind{enforcement.DeclarationFineMax}},
		{declaration, lighter, "2025-01-01", []enforcement.ParameterKind{enforcement.DeclarationFineMax, enforcement.DeclarationLighterFrom, enforcement.DeclarationOrdinaryFrom, enforcement.DeclarationHeavierFrom}},
	} {
		t.Run(fmt.Sprint(tc.offence, "/", tc.tier, "/", tc.day), func(t *testing.T) {
			p := enforcement.DefaultParameters()
			b, err := enforcement.FineBand(tc.offence, tc.tier, amt("1000"), d(tc.day), p)
			require.NoError(t, err)
			got := b.Sources()
			require.Len(t, got, len(tc.kinds))
			for i, k := range tc.kinds {
				want, err := p.At(k, d(tc.day))
				require.NoError(t, err)
				assert.Truef(t, got[i].Equal(want), "Sources()[%d] = %s; want %s", i, got[i], want)
			}
			got[0].Source = "changed by the caller"
			assert.NotEqual(t, "changed by the caller", b.Sources()[0].Source, "Sources returns a copy")
		})
	}
	assert.Empty(t, enforcement.Band{}.Sources(), "the zero Band has no sources")
	assert.Empty(t, enforcement.Band{}.Article(), "the zero Band has no article")
}

// TestFineBand_badInput checks that bad input is a typed error naming what
// is wrong, matching its sentinel, and never a band.
func TestFineBand_badInput(t *testing.T) {
	heavierMaxed, err := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.InfringingFineMaxRate, Value: amt("0.15"), Source: "a mistyped text", From: d("2026-01-01")})
	require.NoError(t, err)
	lighterAbove, err := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.DeclarationLighterFrom, Value: amt("25000"), Source: "a mistyped text", From: d("2026-01-01")})
	require.NoError(t, err)
	maxBelow, err := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.DeclarationFineMax, Value: amt("29999.99"), Source: "a mistyped text", From: d("2026-01-01")})
	require.NoError(t, err)

	for _, tc := range []struct {
		name    string
		offence enforcement.Offence
		tier    enforcement.Tier
		value   decimal.Decimal
		day     calendar.Date
		params  enforcement.Parameters
		want    error
		field   string // The FieldError's field, if one.
	}{
		{"unknown offence", enforcement.OffenceUnknown, statutory, amt("1"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrUnknownCode, ""},
		{"offence out of range", enforcement.Offence(9), heavier, amt("1"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrUnknownCode, ""},
		{"tier out of range", infringing, enforcement.Tier(5), amt("1"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrUnknownCode, ""},
		{"tier out of range before the tiers", infringing, enforcement.Tier(200), amt("1"), d("2020-01-01"), enforcement.DefaultParameters(), enforcement.ErrUnknownCode, ""},
		{"negative value", infringing, statutory, amt("-0.01"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrInvalidAmount, "goods_value"},
		{"value above MaxAmount", infringing, heavier, amt("1000000000000.01"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrInvalidAmount, "goods_value"},
		{"value finer than a fen", infringing, ordinary, amt("10.001"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrInvalidAmount, "goods_value"},
		{"value an exponent bomb", declaration, ordinary, decimal.New(1, 999_999_999), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrInvalidAmount, "goods_value"},
		{"negative value, declaration", declaration, statutory, amt("-1"), d("2025-01-01"), enforcement.DefaultParameters(), enforcement.ErrInvalidAmount, "goods_value"},
		{"zero day", infringing, statutory, amt("1"), calendar.Date{}, enforcement.DefaultParameters(), calendar.ErrInvalidDate, ""},
		{"31 February", infringing, statutory, amt("1"), calendar.Date{Year: 2025, Month: 2, Day: 31}, enforcement.DefaultParameters(), calendar.ErrInvalidDate, ""},
		{"a tier the day before the benchmark", infringing, ordinary, amt("1"), d("2023-12-31"), enforcement.DefaultParameters(), enforcement.ErrNoParameter, ""},
		{"a declaration tier before the benchmark", declaration, mitigated, amt("0"), d("2023-12-31"), enforcement.DefaultParameters(), enforcement.ErrNoParameter, ""},
		{"the statute the day before it", infringing, statutory, amt("1"), d("2004-10-31"), enforcement.DefaultParameters(), enforcement.ErrNoParameter, ""},
		{"no parameters", declaration, statutory, amt("0"), d("2025-01-01"), enforcement.Parameters{}, enforcement.ErrNoParameter, ""},
		{"heavier rate above the maximum", infringing, lighter, amt("1000"), d("2026-01-01"), heavierMaxed, enforcement.ErrInvalidParameters, "parameters"},
		{"rates out of order, whatever the value", infringing, heavier, amt("0"), d("2026-01-01"), heavierMaxed, enforcement.ErrInvalidParameters, "parameters"},
		{"lighter bound above the ordinary", declaration, heavier, amt("0"), d("2026-01-01"), lighterAbove, enforcement.ErrInvalidParameters, "parameters"},
		{"maximum below the heavier bound", declaration, mitigated, amt("0"), d("2026-01-01"), maxBelow, enforcement.ErrInvalidParameters, "parameters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := enforcement.FineBand(tc.offence, tc.tier, tc.value, tc.day, tc.params)
			assert.ErrorIs(t, err, tc.want)
			assert.True(t, b.Equal(enforcement.Band{}), "FineBand returned %v with its error", b)
			if tc.field != "" {
				var fe *enforcement.FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tc.field, fe.Field)
			}
			if tc.want == enforcement.ErrNoParameter {
				var pe *enforcement.ParameterError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tc.day, pe.Date)
			}
		})
	}

	// Before their day, the mistyped parameters do not matter.
	_, err = enforcement.FineBand(infringing, lighter, amt("1000"), d("2025-12-31"), heavierMaxed)
	assert.NoError(t, err)
	// The statutory band does not read the tiers.
	_, err = enforcement.FineBand(declaration, statutory, amt("0"), d("2026-01-01"), lighterAbove)
	assert.NoError(t, err)
}

// TestCheckFine checks the fines of the scenario and the edges of
// the declaration tiers (R-PEN-2, R-PEN-3) against their bands.
func TestCheckFine(t *testing.T) {
	for _, tc := range []struct {
		offence enforcement.Offence
		tier    enforcement.Tier
		value   string
		fine    string
		ok      bool
	}{
		{infringing, ordinary, "150000.00", "15000.00", true},
		{infringing, ordinary, "150000.00", "14999.99", false},
		{infringing, ordinary, "150000.00", "29999.99", true},
		{infringing, ordinary, "150000.00", "30000.00", false}, // heavier, not ordinary
		{infringing, heavier, "150000.00", "30000.00", true},
		{infringing, heavier, "150000.00", "45000.00", true},
		{infringing, heavier, "150000.00", "45000.01", false},
		{infringing, statutory, "150000.00", "45000.01", false},
		{infringing, statutory, "150000.00", "0", true},
		{infringing, mitigated, "150000.00", "0.00", true},
		{infringing, mitigated, "150000.00", "0.01", false},
		{infringing, lighter, "150000.00", "0", false},
		{infringing, heavier, "33.33", "9.99", true},
		{infringing, heavier, "33.33", "10.00", false}, // 30% of 33.33 is 9.999
		{declaration, mitigated, "0", "0", true},
		{declaration, mitigated, "0", "4999.99", true},
		{declaration, mitigated, "0", "5000", false},
		{declaration, lighter, "0", "5000", true},
		{declaration, ordinary, "0", "20000", true},
		{declaration, lighter, "0", "20000", false},
		{declaration, heavier, "0", "50000", true},
		{declaration, heavier, "0", "50000.01", false},
		{declaration, statutory, "0", "50000.01", false},
	} {
		t.Run(fmt.Sprintf("%s/%s/%s/%s", tc.offence, tc.tier, tc.value, tc.fine), func(t *testing.T) {
			p, on := enforcement.DefaultParameters(), d("2025-05-20")
			err := enforcement.CheckFine(tc.offence, tc.tier, amt(tc.value), amt(tc.fine), on, p)
			b, berr := enforcement.FineBand(tc.offence, tc.tier, amt(tc.value), on, p)
			require.NoError(t, berr)
			assert.Equal(t, tc.ok, b.Contains(amt(tc.fine)), "Contains(%s)", tc.fine)
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, enforcement.ErrFineOutsideBand)
			var fe *enforcement.FineError
			require.ErrorAs(t, err, &fe)
			assert.True(t, fe.Band.Equal(b), "FineError.Band = %v; want %v", fe.Band, b)
			assert.True(t, fe.Fine.Equal(amt(tc.fine)))
		})
	}
}

// TestCheckFine_badInput checks that a fine that is not an amount of money
// is an error naming the field "fine", before anything else.
func TestCheckFine_badInput(t *testing.T) {
	p, on := enforcement.DefaultParameters(), d("2025-05-20")
	for _, fine := range []decimal.Decimal{amt("-0.01"), amt("0.001"), amt("1000000000000.01"), decimal.New(7, -999_999_999)} {
		for _, err := range []error{
			enforcement.CheckFine(infringing, ordinary, amt("1000"), fine, on, p),
			func() error { _, err := enforcement.TierOf(infringing, amt("1000"), fine, on, p); return err }(),
			enforcement.CheckFine(enforcement.OffenceUnknown, ordinary, amt("-1"), fine, calendar.Date{}, p),
		} {
			assert.ErrorIs(t, err, enforcement.ErrInvalidAmount, "fine %s", fine)
			var fe *enforcement.FieldError
			if assert.ErrorAs(t, err, &fe) {
				assert.Equal(t, "fine", fe.Field)
			}
		}
	}
	assert.ErrorIs(t, enforcement.CheckFine(infringing, ordinary, amt("1000"), amt("150"), d("2023-12-31"), p), enforcement.ErrNoParameter)
	assert.ErrorIs(t, enforcement.CheckFine(infringing, enforcement.Tier(7), amt("1000"), amt("150"), on, p), enforcement.ErrUnknownCode)
	assert.ErrorIs(t, enforcement.CheckFine(infringing, ordinary, amt("-1000"), amt("150"), on, p), enforcement.ErrInvalidAmount)
	assert.False(t, enforcement.Band{}.Contains(decimal.Zero), "the zero Band contains no fine")
}

// TestTierOf checks which tier a fine falls in (R-PEN-2, R-PEN-3), and
// that the statutory band is checked whatever the day.
func TestTierOf(t *testing.T) {
	for _, tc := range []struct {
		offence enforcement.Offence
		value   string
		fine    string
		day     string
		want    enforcement.Tier
		err     error
	}{
		{infringing, "150000.00", "0", "2025-05-20", mitigated, nil},
		{infringing, "150000.00", "0.01", "2025-05-20", lighter, nil},
		{infringing, "150000.00", "14999.99", "2025-05-20", lighter, nil},
		{infringing, "150000.00", "15000", "2025-05-20", ordinary, nil},
		{infringing, "150000.00", "29999.99", "2025-05-20", ordinary, nil},
		{infringing, "150000.00", "30000.00", "2025-05-20", heavier, nil},
		{infringing, "150000.00", "45000.00", "2025-05-20", heavier, nil},
		{infringing, "150000.00", "45000.01", "2025-05-20", statutory, enforcement.ErrFineOutsideBand},
		{infringing, "33.33", "3.33", "2025-05-20", lighter, nil},
		{infringing, "33.33", "3.34", "2025-05-20", ordinary, nil},
		{infringing, "33.33", "6.66", "2025-05-20", ordinary, nil},
		{infringing, "33.33", "6.67", "2025-05-20", heavier, nil},
		{infringing, "0", "0", "2025-05-20", mitigated, nil}, // also heavier [0, 0]: the mildest
		{infringing, "0", "0.01", "2025-05-20", statutory, enforcement.ErrFineOutsideBand},
		{declaration, "0", "0", "2025-05-20", mitigated, nil},
		{declaration, "0", "4999.99", "2025-05-20", mitigated, nil},
		{declaration, "0", "5000", "2025-05-20", lighter, nil},
		{declaration, "0", "19999.99", "2025-05-20", lighter, nil},
		{declaration, "0", "20000", "2025-05-20", ordinary, nil},
		{declaration, "0", "30000", "2025-05-20", heavier, nil},
		{declaration, "0", "50000", "2025-05-20", heavier, nil},
		{declaration, "0", "50000.01", "2025-05-20", statutory, enforcement.ErrFineOutsideBand},
		// Before the benchmark there are no tiers, but a fine outside the
		// statute is still outside it.
		{infringing, "150000.00", "20000", "2023-06-01", statutory, enforcement.ErrNoParameter},
		{infringing, "150000.00", "45000.01", "2023-06-01", statutory, enforcement.ErrFineOutsideBand},
		{declaration, "0", "60000", "2010-06-01", statutory, enforcement.ErrFineOutsideBand},
	} {
		t.Run(fmt.Sprintf("%s/%s/%s/%s", tc.offence, tc.value, tc.fine, tc.day), func(t *testing.T) {
			got, err := enforcement.TierOf(tc.offence, amt(tc.value), amt(tc.fine), d(tc.day), enforcement.DefaultParameters())
			assert.Equal(t, tc.want, got, "TierOf(%s, %s, %s, %s)", tc.offence, tc.value, tc.fine, tc.day)
			if tc.err == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.err)
			var fe *enforcement.FineError
			if errors.As(err, &fe) {
				assert.Equal(t, statutory, fe.Band.Tier(), "TierOf reports the statutory band")
			}
		})
	}
}

// TestFineBand_concurrent runs FineBand, CheckFine and TierOf on shared
// parameters from many goroutines: -race finds any hidden state.
func TestFineBand_concurrent(t *testing.T) {
	p, on := enforcement.DefaultParameters(), d("2025-05-20")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v := decimal.New(int64(1000+i), 0)
			for _, tier := range allTiers {
				b, err := enforcement.FineBand(infringing, tier, v, on, p)
				assert.NoError(t, err)
				_ = b.String()
				_ = b.Sources()
				least, _, _ := b.FenBounds()
				assert.NoError(t, enforcement.CheckFine(infringing, tier, v, least, on, p))
				_, _ = enforcement.TierOf(infringing, v, least, on, p)
			}
		}(i)
	}
	wg.Wait()
}

// TestOffenceTier_text checks the text codes of Offence and Tier: each
// value survives MarshalText and UnmarshalText, and values without a code
// fail to marshal.
func TestOffenceTier_text(t *testing.T) {
	for _, o := range []enforcement.Offence{infringing, declaration} {
		b, err := o.MarshalText()
		require.NoError(t, err)
		var back enforcement.Offence
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, o, back)
	}
	for _, tier := range allTiers {
		b, err := tier.MarshalText()
		require.NoError(t, err)
		back := enforcement.Heavier
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tier, back)
	}
	_, err := enforcement.Offence(3).MarshalText()
	assert.ErrorIs(t, err, enforcement.ErrUnknownCode)
	_, err = enforcement.Tier(5).MarshalText()
	assert.ErrorIs(t, err, enforcement.ErrUnknownCode)
	assert.Equal(t, []enforcement.Tier{mitigated, lighter, ordinary, heavier}, enforcement.Tiers())
}

// penaltyInput is one draw of the properties below.
type penaltyInput struct {
	offence enforcement.Offence
	tier    enforcement.Tier
	value   decimal.Decimal
	day     calendar.Date
}

func (in penaltyInput) String() string {
	return fmt.Sprintf("%s/%s/%s/%s", in.offence, in.tier, in.value, in.day)
}

// penaltyInputs generates offences, tiers (the statutory band included),
// values of goods (bond_test's fen(): all of [0, MaxAmount], weighted to
// small amounts and boundaries) and days on which the tiers are in force,
// to the end of calendar.China()'s data.
func penaltyInputs() gopter.Gen {
	return gopter.CombineGens(
		gen.OneConstOf(infringing, declaration),
		gen.OneConstOf(statutory, mitigated, lighter, ordinary, heavier),
		gen.Weighted([]gen.WeightedGen{
			{Weight: 3, Gen: fen()},
			{Weight: 1, Gen: gen.Int64Range(0, 200).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		}),
		testgen.DateBetween(d("2024-01-01"), d("2027-12-31")),
	).Map(func(v []any) penaltyInput {
		return penaltyInput{v[0].(enforcement.Offence), v[1].(enforcement.Tier), v[2].(decimal.Decimal), v[3].(calendar.Date)}
	})
}

// bandOf is FineBand with the default parameters, for properties over
// valid inputs; it returns a reason in place of an error.
func bandOf(in penaltyInput, tier enforcement.Tier) (enforcement.Band, string) {
	b, err := enforcement.FineBand(in.offence, tier, in.value, in.day, enforcement.DefaultParameters())
	if err != nil {
		return b, fmt.Sprintf("FineBand(%s, %s): %v", in, tier, err)
	}
	return b, ""
}

// modelBand is the band of R-PEN-1..3 computed the plain way, in decimal
// arithmetic from the rates and amounts of the law: the exact bounds, and
// the fen bounds by Ceil and Floor. The properties compare FineBand with
// it.
type modelBand struct {
	lower, upper     decimal.Decimal
	lowerIn, upperIn bool
}

func model(o enforcement.Offence, t enforcement.Tier, v decimal.Decimal) modelBand {
	pct := func(n int64) decimal.Decimal { return v.Mul(decimal.New(n, -2)) }
	cny := func(n int64) decimal.Decimal { return decimal.New(n, 0) }
	zero := decimal.Zero
	if o == infringing {
		return map[enforcement.Tier]modelBand{
			statutory: {zero, pct(30), true, true},
			mitigated: {zero, zero, true, true},
			lighter:   {zero, pct(10), false, false},
			ordinary:  {pct(10), pct(20), true, false},
			heavier:   {pct(20), pct(30), true, true},
		}[t]
	}
	return map[enforcement.Tier]modelBand{
		statutory: {zero, cny(50_000), true, true},
		mitigated: {zero, cny(5_000), true, false},
		lighter:   {cny(5_000), cny(20_000), true, false},
		ordinary:  {cny(20_000), cny(30_000), true, false},
		heavier:   {cny(30_000), cny(50_000), true, true},
	}[t]
}

// contains reports whether x is inside m, by the exact bounds.
func (m modelBand) contains(x decimal.Decimal) bool {
	c1, c2 := x.Cmp(m.lower), x.Cmp(m.upper)
	return (c1 > 0 || c1 == 0 && m.lowerIn) && (c2 < 0 || c2 == 0 && m.upperIn)
}

// TestFineBand_properties checks the invariants of R-PEN-1..3: FineBand
// agrees with the plain decimal model; a fine from a band's fen bounds is
// inside the band and inside the statutory band, and one fen beyond is
// not; the four tiers partition the statutory band, and TierOf agrees
// with Contains; the bounds are monotone in the goods' value; every day
// before the benchmark errs for a tier.
func TestFineBand_properties(t *testing.T) {
	props := testgen.Properties(t, 1000)
	cent := decimal.New(1, -2)

	props.Property("the band agrees with the decimal model, bounds exact", prop.ForAll(
		func(in penaltyInput) string {
			b, why := bandOf(in, in.tier)
			if why != "" {
				return why
			}
			m := model(in.offence, in.tier, in.value)
			if !b.Lower().Equal(m.lower) || !b.Upper().Equal(m.upper) || b.LowerIncluded() != m.lowerIn || b.UpperIncluded() != m.upperIn {
				return fmt.Sprintf("%s: band %v; model %v", in, b, m)
			}
			// The whole-fen bounds: the model's bounds rounded inward.
			least := m.lower.Mul(decimal.New(100, 0)).Ceil().Shift(-2)
			if !m.lowerIn && least.Equal(m.lower) {
				least = least.Add(cent)
			}
			greatest := m.upper.Mul(decimal.New(100, 0)).Floor().Shift(-2)
			if !m.upperIn && greatest.Equal(m.upper) {
				greatest = greatest.Sub(cent)
			}
			l, g, ok := b.FenBounds()
			if ok != least.LessThanOrEqual(greatest) || ok && (!l.Equal(least) || !g.Equal(greatest)) {
				return fmt.Sprintf("%s: FenBounds() = %s, %s, %v; model %s, %s", in, l, g, ok, least, greatest)
			}
			return ""
		}, penaltyInputs()))

	props.Property("a fine from the fen bounds is inside its band and the statutory band; one fen beyond is not", prop.ForAll(
		func(in penaltyInput) string {
			b, why := bandOf(in, in.tier)
			if why != "" {
				return why
			}
			whole, why := bandOf(in, statutory)
			if why != "" {
				return why
			}
			m := model(in.offence, in.tier, in.value)
			least, greatest, ok := b.FenBounds()
			if !ok {
				if b.Contains(m.lower) || b.Contains(m.upper) || !b.IsEmpty() {
					return fmt.Sprintf("%s: empty band %v contains a bound", in, b)
				}
				return ""
			}
			for _, f := range []decimal.Decimal{least, greatest} {
				switch {
				case !b.Contains(f):
					return fmt.Sprintf("%s: %s from FenBounds not in %v", in, f, b)
				case !m.contains(f):
					return fmt.Sprintf("%s: %s outside the exact bounds %v", in, f, m)
				case !whole.Contains(f):
					return fmt.Sprintf("%s: %s outside the statutory band %v", in, f, whole)
				case enforcement.CheckFine(in.offence, in.tier, in.value, f, in.day, enforcement.DefaultParameters()) != nil:
					return fmt.Sprintf("%s: CheckFine(%s) refused a fine in the band", in, f)
				}
			}
			if below := least.Sub(cent); below.Sign() >= 0 && (b.Contains(below) || m.contains(below)) {
				return fmt.Sprintf("%s: %s below the least fine is in %v", in, below, b)
			}
			if above := greatest.Add(cent); b.Contains(above) || m.contains(above) {
				return fmt.Sprintf("%s: %s above the greatest fine is in %v", in, above, b)
			}
			if err := enforcement.CheckFine(in.offence, in.tier, in.value, greatest.Add(cent), in.day, enforcement.DefaultParameters()); !errors.Is(err, enforcement.ErrFineOutsideBand) && !errors.Is(err, enforcement.ErrInvalidAmount) {
				return fmt.Sprintf("%s: CheckFine one fen above the band: %v", in, err)
			}
			return ""
		}, penaltyInputs()))

	props.Property("the tiers partition the statutory band, and TierOf agrees with Contains", prop.ForAll(
		func(in penaltyInput, pick int64) string {
			whole, why := bandOf(in, statutory)
			if why != "" {
				return why
			}
			_, greatest, _ := whole.FenBounds()
			bands := make([]enforcement.Band, 0, 4)
			// The fines to try: each tier's fen bounds and one fen beyond,
			// the statutory ends, and one at random.
			fines := []decimal.Decimal{decimal.Zero, greatest, decimal.New(pick%(greatest.Shift(2).IntPart()+1), -2)}
			for _, tier := range enforcement.Tiers() {
				b, why := bandOf(in, tier)
				if why != "" {
					return why
				}
				bands = append(bands, b)
				if l, g, ok := b.FenBounds(); ok {
					fines = append(fines, l, g, l.Sub(cent), g.Add(cent))
				}
			}
			for _, f := range fines {
				if f.Sign() < 0 || !whole.Contains(f) {
					continue
				}
				var in4 []enforcement.Tier
				for i, b := range bands {
					if b.Contains(f) {
						in4 = append(in4, enforcement.Tiers()[i])
					}
				}
				zeroValue := in.offence == infringing && in.value.IsZero()
				if len(in4) != 1 && !(zeroValue && len(in4) == 2) {
					return fmt.Sprintf("%s: fine %s in tiers %v", in, f, in4)
				}
				got, err := enforcement.TierOf(in.offence, in.value, f, in.day, enforcement.DefaultParameters())
				if err != nil || got != in4[0] {
					return fmt.Sprintf("%s: TierOf(%s) = %s, %v; Contains says %v", in, f, got, err, in4)
				}
			}
			return ""
		}, penaltyInputs(), gen.Int64Range(0, 1<<62)))

	props.Property("the bounds are monotone in the goods' value", prop.ForAll(
		func(in penaltyInput, w decimal.Decimal) string {
			lo, hi := decimal.Min(in.value, w), decimal.Max(in.value, w)
			a, why := bandOf(penaltyInput{in.offence, in.tier, lo, in.day}, in.tier)
			if why != "" {
				return why
			}
			b, why := bandOf(penaltyInput{in.offence, in.tier, hi, in.day}, in.tier)
			if why != "" {
				return why
			}
			if a.Lower().GreaterThan(b.Lower()) || a.Upper().GreaterThan(b.Upper()) {
				return fmt.Sprintf("%s: the band for %s, %v, is above the band for %s, %v", in, lo, a, hi, b)
			}
			if in.offence == declaration && !(a.Lower().Equal(b.Lower()) && a.Upper().Equal(b.Upper())) {
				return fmt.Sprintf("%s: a declaration band depends on the value: %v, %v", in, a, b)
			}
			return ""
		}, penaltyInputs(), fen()))

	props.Property("every day before 2024-01-01 errs for a tier, and has a statutory band from 2004-11-01", prop.ForAll(
		func(in penaltyInput, day calendar.Date) string {
			if in.tier == statutory {
				in.tier = heavier
			}
			_, err := enforcement.FineBand(in.offence, in.tier, in.value, day, enforcement.DefaultParameters())
			if !errors.Is(err, enforcement.ErrNoParameter) {
				return fmt.Sprintf("%s on %s: %v; want ErrNoParameter", in, day, err)
			}
			_, err = enforcement.FineBand(in.offence, statutory, in.value, day, enforcement.DefaultParameters())
			if inForce := !day.Before(d("2004-11-01")); inForce != (err == nil) {
				return fmt.Sprintf("%s on %s: statutory band: %v", in, day, err)
			}
			return ""
		}, penaltyInputs(), testgen.DateBetween(d("1990-01-01"), d("2023-12-31"))))

	props.TestingRun(t)
}

// TestFineBand_parameters checks that a new version of a number, added
// with Parameters.With, moves the bounds from its first day, and only
// from then: the numbers come from Parameters for the day, never from a
// constant.
func TestFineBand_parameters(t *testing.T) {
	props := testgen.Properties(t, 500)

	// A rate of at most 4 decimal places, from lo to 1, in ten-thousandths.
	rate := func(lo int64) gopter.Gen {
		return gen.Int64Range(lo, 10_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -4) })
	}
	type change struct {
		kind  enforcement.ParameterKind
		tier  enforcement.Tier
		upper bool // The change moves the tier's upper bound, else its lower.
		gen   gopter.Gen
	}
	for _, c := range []change{
		{enforcement.InfringingFineMaxRate, heavier, true, rate(2_000)},
		{enforcement.InfringingFineMaxRate, statutory, true, rate(2_000)},
		{enforcement.InfringingOrdinaryRate, ordinary, false, gen.Int64Range(0, 2_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -4) })},
		{enforcement.InfringingOrdinaryRate, lighter, true, gen.Int64Range(0, 2_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -4) })},
		{enforcement.InfringingHeavierRate, heavier, false, gen.Int64Range(1_000, 3_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -4) })},
		{enforcement.DeclarationFineMax, heavier, true, gen.Int64Range(3_000_000, 100_000_000_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		{enforcement.DeclarationLighterFrom, mitigated, true, gen.Int64Range(0, 2_000_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		{enforcement.DeclarationOrdinaryFrom, ordinary, false, gen.Int64Range(500_000, 3_000_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
		{enforcement.DeclarationHeavierFrom, heavier, false, gen.Int64Range(2_000_000, 5_000_000).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })},
	} {
		c := c
		props.Property(fmt.Sprintf("%s moves the %s band's %s bound", c.kind, c.tier, map[bool]string{true: "upper", false: "lower"}[c.upper]), prop.ForAll(
			func(in penaltyInput, x decimal.Decimal, from calendar.Date) string {
				in.offence = declaration
				if c.kind.IsRate() {
					in.offence = infringing
				}
				p, err := enforcement.DefaultParameters().With(enforcement.Parameter{Kind: c.kind, Value: x, Source: "a later text", From: from})
				if err != nil {
					return err.Error()
				}
				want := x
				if c.kind.IsRate() {
					want = in.value.Mul(x)
				}
				after, err := enforcement.FineBand(in.offence, c.tier, in.value, from.AddDays(1), p)
				if err != nil {
					return fmt.Sprintf("%s = %s from %s: %v", c.kind, x, from, err)
				}
				got := after.Lower()
				if c.upper {
					got = after.Upper()
				}
				if !got.Equal(want) {
					return fmt.Sprintf("%s = %s from %s: %v; want the bound %s", c.kind, x, from, after, want)
				}
				if !sourcesInclude(after, x, "a later text") {
					return fmt.Sprintf("%s = %s from %s: sources %v", c.kind, x, from, after.Sources())
				}
				before, err := enforcement.FineBand(in.offence, c.tier, in.value, from.AddDays(-1), p)
				if err != nil {
					return fmt.Sprintf("the day before %s: %v", from, err)
				}
				if old, _ := enforcement.FineBand(in.offence, c.tier, in.value, from.AddDays(-1), enforcement.DefaultParameters()); !before.Lower().Equal(old.Lower()) || !before.Upper().Equal(old.Upper()) {
					return fmt.Sprintf("the day before %s: %v; want %v", from, before, old)
				}
				return ""
			}, penaltyInputs(), c.gen, testgen.DateBetween(d("2024-06-01"), d("2027-12-01"))))
	}
	props.TestingRun(t)
}

// sourcesInclude reports whether one of b's sources has value x and the
// source text src.
func sourcesInclude(b enforcement.Band, x decimal.Decimal, src string) bool {
	for _, q := range b.Sources() {
		if q.Value.Equal(x) && q.Source == src {
			return true
		}
	}
	return false
}

// TestPoliceTransfer checks R-PEN-4 through the public Case API: customs
// may transfer the case to the police (Regs art 26) from every state of
// the administrative workflow in which the goods are still held (the
// release suspended, the holder's application pending, the goods
// detained at any stage), and the case then leaves the workflow: it is
// terminal, no period runs, no event of any kind is permitted, and time
// passing changes nothing. A case already closed (released, rejected,
// confiscated, with the court) cannot be transferred.
func TestPoliceTransfer(t *testing.T) {
	type E = enforcement.Event
	notice := eventOn(enforcement.NoticeServed, "2024-02-09")
	exDetained := []E{notice, appliedOn("2024-02-19", "20000"), eventOn(enforcement.Detention, "2024-02-20")}
	appDetained := appDetainedOn("2024-09-27")
	then := func(evs []E, more ...E) []E { return append(append([]E{}, evs...), more...) }

	for _, tc := range []struct {
		name    string
		facts   enforcement.Facts
		history []E
		from    enforcement.State
		day     string // Of the transfer.
	}{
		{"ex officio, release suspended", exOfficioFacts(), []E{notice}, enforcement.Suspended, "2024-02-09"},
		{"ex officio, applied", exOfficioFacts(), []E{notice, appliedOn("2024-02-19", "5000")}, enforcement.Applied, "2024-02-19"},
		{"ex officio, under investigation", exOfficioFacts(), exDetained, enforcement.UnderInvestigation, "2024-03-01"},
		{"ex officio, found infringing", exOfficioFacts(), then(exDetained, resultOn("2024-03-15", enforcement.Infringing)), enforcement.Determined, "2024-03-18"},
		{"ex officio, undetermined, awaiting the court", exOfficioFacts(), then(exDetained, resultOn("2024-03-15", enforcement.Undetermined)), enforcement.AwaitingCourt, "2024-03-18"},
		{"upon application, applied", uponApplicationFacts(), []E{appliedOn("2024-09-20", "0")}, enforcement.Applied, "2024-09-23"},
		{"upon application, awaiting the court", uponApplicationFacts(), appDetained, enforcement.AwaitingCourt, "2024-10-08"},
		{"patent, awaiting the court", patentFacts(enforcement.UponApplication), appDetained, enforcement.AwaitingCourt, "2024-10-08"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.history...)
			require.Equal(t, tc.from, c.State())
			require.Contains(t, c.Permitted(), enforcement.PoliceTransfer)

			police := eventOn(enforcement.PoliceTransfer, tc.day)
			gone, err := c.Apply(police)
			require.NoError(t, err)
			assert.Equal(t, tc.from, c.State(), "the receiver is unchanged")
			assert.Equal(t, enforcement.TransferredToPolice, gone.State())
			assert.True(t, gone.State().IsTerminal(), "TransferredToPolice is terminal")
			assert.Empty(t, gone.Permitted(), "no event is permitted after the transfer")
			deadlines, err := gone.Deadlines()
			assert.NoError(t, err)
			assert.Empty(t, deadlines, "no period runs after the transfer")

			// Every kind of event, on the day of the transfer and a year on,
			// is refused and changes nothing.
			for _, day := range []string{tc.day, d(tc.day).AddDays(365).String()} {
				for _, ev := range anyEvents(day) {
					after, err := gone.Apply(ev)
					assert.ErrorIs(t, err, enforcement.ErrInvalidTransition, "%s on %s after the transfer", ev.Kind, day)
					assert.True(t, after.Equal(gone), "%s changed the transferred case", ev.Kind)
				}
			}
			// Time passing lapses nothing: the workflow's periods stopped.
			later, fired, err := gone.Advance(d(tc.day).AddDays(365))
			assert.NoError(t, err)
			assert.Empty(t, fired)
			assert.True(t, later.Equal(gone))

			// The transfer survives a replay of the history.
			again, err := enforcement.Replay(tc.facts, rulesChina(), gone.Events())
			require.NoError(t, err)
			assert.Equal(t, enforcement.TransferredToPolice, again.State())
		})
	}

	// States from which there is nothing to transfer: before any act of
	// customs, and after the case has closed.
	for _, tc := range []struct {
		name    string
		facts   enforcement.Facts
		history []E
		want    enforcement.State
		day     string
	}{
		{"opened", exOfficioFacts(), nil, enforcement.Opened, "2024-02-09"},
		{"released, holder declined", exOfficioFacts(), []E{notice, eventOn(enforcement.HolderDeclined, "2024-02-12")}, enforcement.ReleasedHolderDeclined, "2024-02-13"},
		{"rejected", uponApplicationFacts(), []E{appliedOn("2024-09-20", "0"), eventOn(enforcement.Rejection, "2024-09-23")}, enforcement.Rejected, "2024-09-24"},
		{"court assisted", uponApplicationFacts(), then(appDetained, eventOn(enforcement.CourtNotice, "2024-10-08")), enforcement.CourtAssisted, "2024-10-09"},
		{"confiscated", exOfficioFacts(), then(exDetained, resultOn("2024-03-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-03-20")), enforcement.Confiscated, "2024-03-21"},
	} {
		t.Run("not from "+tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.history...)
			require.Equal(t, tc.want, c.State())
			after, err := c.Apply(eventOn(enforcement.PoliceTransfer, tc.day))
			assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
			assert.True(t, after.Equal(c))
		})
	}
}

// anyEvents returns a valid event of every kind on day, with the facts
// its kind needs.
func anyEvents(day string) []enforcement.Event {
	var out []enforcement.Event
	for _, k := range enforcement.EventKinds() {
		ev := enforcement.Event{Kind: k, Date: d(day)}
		switch k {
		case enforcement.HolderApplied, enforcement.BondPosted, enforcement.CounterGuarantee:
			ev.Amount = amt("100000")
		case enforcement.InvestigationResult:
			ev.Result = enforcement.NotInfringing
		case enforcement.Lapse:
			ev.Deadline = enforcement.ExOfficioCourtPeriod
		case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
			ev.Note = "twelve identical handbags in one suitcase: for sale, not own use (Penalty Regs art 64)"
		case enforcement.DisposalCompleted:
			ev.Route = enforcement.Destruction
		}
		out = append(out, ev)
	}
	return out
}

// TestReview_moneyProblemAllocatesNothing: the doc of moneyProblem (errors.go) says
// it "allocates nothing for an amount of at most 18 digits", but an
// amount with decimal places allocates once: its comparison with
// MaxAmount (decimal Cmp) rescales one of them into a new big.Int. The
// fine decisions avoid it (money, in penalty.go); RequiredBond and the
// validation of Facts and Events do not.
func TestReview_moneyProblemAllocatesNothing(t *testing.T) {
	v := amt("150000.00")
	if n := testing.AllocsPerRun(100, func() { _, _ = enforcement.RequiredBond(enforcement.UponApplication, v) }); n != 0 {
		t.Errorf("RequiredBond(upon-application, %s): %v allocations; want 0", v, n)
	}
}
