package enforcement_test

import (
	"fmt"
	"strings"
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

// GACC Ann. 2010 No. 43 (in force 2010-09-01; R-PER-3 [S]), as the domain
// brief (section 5) reads it:
//
//	个人邮寄进境物品，海关依法征收进口税，但应征进口税税额在人民币50元（含50元）以下的，
//	海关予以免征。个人寄自或寄往港、澳、台地区的物品，每次限值为800元人民币；寄自或寄往
//	其它国家和地区的物品，每次限值为1000元人民币。个人邮寄进出境物品超出规定限值的，应
//	办理退运手续或者按照货物规定办理通关手续。但邮包内仅有一件物品且不可分割的，虽超出
//	规定限值，经海关审核确属个人自用的，可以按照个人物品规定办理通关手续。
//
// "50元（含50元）以下" includes 50; "超出" is strictly more (Civil Code
// art 1259).

// TestCheckParcel checks the limits and the waiver at their boundaries,
// fen by fen, in both regions and directions.
func TestCheckParcel(t *testing.T) {
	hk, other := enforcement.HKMacaoTaiwan, enforcement.Elsewhere
	in, out := enforcement.Import, enforcement.Export
	for _, tc := range []struct {
		name              string
		dir               enforcement.Direction
		region            enforcement.PostalRegion
		value, duty       string
		single, personal  bool
		over, articles    bool
		waived            bool
		limit, waiverWant string // "" for no waiver
	}{
		{"HK: well within", in, hk, "120.00", "12.00", false, false, false, true, true, "800", "50"},
		{"HK: at the limit is within", in, hk, "800.00", "0", false, false, false, true, true, "800", "50"},
		{"HK: a fen over", in, hk, "800.01", "0", false, false, true, false, false, "800", ""},
		{"HK: between the limits is over", in, hk, "999.99", "0", false, false, true, false, false, "800", ""},
		{"elsewhere: 800.01 is within", in, other, "800.01", "0", false, false, false, true, true, "1000", "50"},
		{"elsewhere: at the limit is within", in, other, "1000.00", "0", false, false, false, true, true, "1000", "50"},
		{"elsewhere: a fen over", in, other, "1000.01", "0", false, false, true, false, false, "1000", ""},
		{"zero value", in, other, "0", "0", false, false, false, true, true, "1000", "50"},

		// The duty waiver (含50元): inbound articles only.
		{"duty 50.00 is waived", in, hk, "500", "50.00", false, false, false, true, true, "800", "50"},
		{"duty 50.01 is collected", in, hk, "500", "50.01", false, false, false, true, false, "800", "50"},
		{"outbound: no duty, no waiver", out, hk, "500", "0", false, false, false, true, false, "800", ""},
		{"outbound over the limit", out, other, "1500", "0", false, false, true, false, false, "1000", ""},

		// The single-item exception: one indivisible article AND
		// customs' confirmation of personal use.
		{"single indivisible, personal use: articles", in, other, "6500", "1300", true, true, true, true, false, "1000", "50"},
		{"single indivisible, small duty waived", in, hk, "900", "45", true, true, true, true, true, "800", "50"},
		{"single indivisible, not confirmed: goods", in, other, "6500", "1300", true, false, true, false, false, "1000", ""},
		{"personal use, not single: goods", in, other, "6500", "1300", false, true, true, false, false, "1000", ""},
		{"exception moot within the limit", in, other, "600", "20", true, true, false, true, true, "1000", "50"},
		{"outbound single indivisible, personal use", out, hk, "5000", "0", true, true, true, true, false, "800", ""},
		{"goods over the limit: small duty not waived", in, hk, "801", "10", false, false, true, false, false, "800", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := enforcement.Parcel{Date: d("2024-05-06"), Direction: tc.dir, Region: tc.region, Value: amt(tc.value), Duty: amt(tc.duty),
				SingleIndivisible: tc.single, PersonalUse: tc.personal}
			c, err := enforcement.CheckParcel(enforcement.DefaultParameters(), p)
			require.NoError(t, err)
			assert.Equalf(t, tc.over, c.OverLimit, "CheckParcel(%+v).OverLimit", p)
			assert.Equalf(t, tc.articles, c.PersonalArticles, "CheckParcel(%+v).PersonalArticles", p)
			assert.Equalf(t, tc.waived, c.DutyWaived, "CheckParcel(%+v).DutyWaived", p)
			assert.Truef(t, c.Limit.Value.Equal(amt(tc.limit)), "limit %s; want %s", c.Limit.Value, tc.limit)
			assert.Equal(t, "GACC Ann. 2010 No. 43; R-PER-3", c.Limit.Source)
			if tc.waiverWant == "" {
				assert.Equal(t, enforcement.ParameterUnknown, c.Waiver.Kind)
			} else {
				assert.Equal(t, enforcement.DutyWaiver, c.Waiver.Kind)
				assert.Truef(t, c.Waiver.Value.Equal(amt(tc.waiverWant)), "waiver %s; want %s", c.Waiver.Value, tc.waiverWant)
			}
			assert.Contains(t, c.Reason, "GACC Ann. 2010 No. 43")
			assert.Contains(t, c.Reason, "Regs art 31")
		})
	}
}

// TestCheckParcel_badInput checks that a parcel that is not one is
// refused with each field named, and nothing checked.
func TestCheckParcel_badInput(t *testing.T) {
	good := enforcement.Parcel{Date: d("2024-05-06"), Direction: enforcement.Import, Region: enforcement.Elsewhere, Value: amt("100")}
	for _, tc := range []struct {
		name   string
		change func(*enforcement.Parcel)
		fields []string
	}{
		{"zero parcel", func(p *enforcement.Parcel) { *p = enforcement.Parcel{} }, []string{"date", "direction", "region"}},
		{"invalid date", func(p *enforcement.Parcel) { p.Date = calendar.Date{Year: 2024, Month: 2, Day: 30} }, []string{"date"}},
		{"unknown direction", func(p *enforcement.Parcel) { p.Direction = 9 }, []string{"direction"}},
		{"unknown region", func(p *enforcement.Parcel) { p.Region = 3 }, []string{"region"}},
		{"negative value", func(p *enforcement.Parcel) { p.Value = amt("-0.01") }, []string{"value"}},
		{"value over MaxAmount", func(p *enforcement.Parcel) { p.Value = amt("1000000000000.01") }, []string{"value"}},
		{"value exponent bomb", func(p *enforcement.Parcel) { p.Value = decimal.New(1, 999999) }, []string{"value"}},
		{"value finer than a fen", func(p *enforcement.Parcel) { p.Value = amt("100.001") }, []string{"value"}},
		{"negative duty", func(p *enforcement.Parcel) { p.Duty = amt("-5") }, []string{"duty"}},
		{"duty finer than a fen", func(p *enforcement.Parcel) { p.Duty = decimal.New(1, -999999) }, []string{"duty"}},
		{"duty on an outbound parcel", func(p *enforcement.Parcel) { p.Direction, p.Duty = enforcement.Export, amt("10") }, []string{"duty"}},
		{"bad duty on an outbound parcel, named once", func(p *enforcement.Parcel) { p.Direction, p.Duty = enforcement.Export, amt("-10") }, []string{"duty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := good
			tc.change(&p)
			c, err := enforcement.CheckParcel(enforcement.DefaultParameters(), p)
			require.Errorf(t, err, "CheckParcel(%+v) = %+v; want an error", p, c)
			assert.Equal(t, "", c.Reason)
			assert.ErrorIs(t, err, enforcement.ErrInvalidParcel)
			var fes enforcement.FieldErrors
			require.ErrorAs(t, err, &fes)
			var got []string
			for _, fe := range fes {
				got = append(got, fe.Field)
			}
			assert.Equal(t, tc.fields, got)
		})
	}
}

// TestCheckParcel_parameters checks that the limits come from the
// parameters in force on the parcel's day: none before 2010-09-01, and a
// later version from its first day.
func TestCheckParcel_parameters(t *testing.T) {
	parcel := func(day string) enforcement.Parcel {
		return enforcement.Parcel{Date: d(day), Direction: enforcement.Import, Region: enforcement.HKMacaoTaiwan, Value: amt("1500"), Duty: amt("60")}
	}
	params := enforcement.DefaultParameters()
	_, err := enforcement.CheckParcel(params, parcel("2010-08-31"))
	assert.ErrorIs(t, err, enforcement.ErrNoParameter)
	c, err := enforcement.CheckParcel(params, parcel("2010-09-01"))
	require.NoError(t, err)
	assert.True(t, c.OverLimit)

	// A later text raising the limit to 2,000 and the waiver to 100 from
	// 2025-01-01 (made up) takes effect from that day.
	next, err := params.With(
		enforcement.Parameter{Kind: enforcement.PostalLimitHKMacaoTaiwan, Value: amt("2000"), Source: "a later text", From: d("2025-01-01")},
		enforcement.Parameter{Kind: enforcement.DutyWaiver, Value: amt("100"), Source: "a later text", From: d("2025-01-01")})
	require.NoError(t, err)
	c, err = enforcement.CheckParcel(next, parcel("2024-12-31"))
	require.NoError(t, err)
	assert.True(t, c.OverLimit)
	assert.Equal(t, "GACC Ann. 2010 No. 43; R-PER-3", c.Limit.Source)
	c, err = enforcement.CheckParcel(next, parcel("2025-01-01"))
	require.NoError(t, err)
	assert.False(t, c.OverLimit)
	assert.True(t, c.DutyWaived, "duty 60 under the new waiver of 100")
	assert.Equal(t, "a later text", c.Limit.Source)
	assert.Contains(t, c.Reason, "(a later text)")

	// Parameters without the waiver: an inbound parcel cleared as
	// articles cannot be checked, an outbound one can.
	limits, err := enforcement.NewParameters(
		enforcement.Parameter{Kind: enforcement.PostalLimitHKMacaoTaiwan, Value: amt("800"), Source: "GACC Ann. 2010 No. 43", From: d("2010-09-01")})
	require.NoError(t, err)
	small := parcel("2024-05-06")
	small.Value = amt("100")
	_, err = enforcement.CheckParcel(limits, small)
	assert.ErrorIs(t, err, enforcement.ErrNoParameter)
	small.Direction, small.Duty = enforcement.Export, decimal.Decimal{}
	_, err = enforcement.CheckParcel(limits, small)
	assert.NoError(t, err)
	_, err = enforcement.CheckParcel(enforcement.Parameters{}, small)
	assert.ErrorIs(t, err, enforcement.ErrNoParameter, "the zero Parameters hold nothing")
}

// genParcel generates valid parcels from 2010-09-01 to 2030-12-31, their
// values and duties in whole fen, half of them near the limits and the
// waiver.
func genParcel() gopter.Gen {
	money := func(lo, hi int64) gopter.Gen {
		return gen.Int64Range(lo, hi).Map(func(n int64) decimal.Decimal { return decimal.New(n, -2) })
	}
	value := gen.Weighted([]gen.WeightedGen{
		{Weight: 2, Gen: money(0, 1_000_000_00)},
		{Weight: 1, Gen: money(790_00, 810_00)},
		{Weight: 1, Gen: money(990_00, 1010_00)},
	})
	duty := gen.Weighted([]gen.WeightedGen{
		{Weight: 1, Gen: money(0, 10_000_00)},
		{Weight: 1, Gen: money(49_90, 50_10)},
	})
	return gopter.CombineGens(
		testgen.DateBetween(d("2010-09-01"), d("2030-12-31")),
		gen.Bool(), gen.Bool(), value, duty, gen.Bool(), gen.Bool(),
	).Map(func(v []interface{}) enforcement.Parcel {
		p := enforcement.Parcel{Date: v[0].(calendar.Date), Direction: enforcement.Import, Region: enforcement.Elsewhere,
			Value: v[3].(decimal.Decimal), Duty: v[4].(decimal.Decimal), SingleIndivisible: v[5].(bool), PersonalUse: v[6].(bool)}
		if v[1].(bool) {
			p.Direction, p.Duty = enforcement.Export, decimal.Decimal{}
		}
		if v[2].(bool) {
			p.Region = enforcement.HKMacaoTaiwan
		}
		return p
	})
}

// checked is CheckParcel on the default parameters for a property.
func checked(p enforcement.Parcel) (enforcement.ParcelCheck, string) {
	c, err := enforcement.CheckParcel(enforcement.DefaultParameters(), p)
	if err != nil {
		return c, fmt.Sprintf("CheckParcel(%+v): %v", p, err)
	}
	return c, ""
}

// TestCheckParcel_properties checks the rule of GACC Ann. 2010 No. 43
// (R-PER-3) for random parcels against its own statement.
func TestCheckParcel_properties(t *testing.T) {
	props := testgen.Properties(t, 1000)
	limitOf := map[enforcement.PostalRegion]decimal.Decimal{enforcement.HKMacaoTaiwan: decimal.New(800, 0), enforcement.Elsewhere: decimal.New(1000, 0)}
	waiver := decimal.New(50, 0)

	props.Property("the limit is the region's; over it is strictly more", prop.ForAll(
		func(p enforcement.Parcel) string {
			c, why := checked(p)
			if why != "" {
				return why
			}
			limit := limitOf[p.Region]
			if !c.Limit.Value.Equal(limit) || c.OverLimit != p.Value.GreaterThan(limit) {
				return fmt.Sprintf("CheckParcel(%+v): limit %s, over %t", p, c.Limit.Value, c.OverLimit)
			}
			return ""
		}, genParcel()))

	props.Property("articles: within the limit, or one indivisible article for personal use", prop.ForAll(
		func(p enforcement.Parcel) string {
			c, why := checked(p)
			if why != "" {
				return why
			}
			if want := !c.OverLimit || p.SingleIndivisible && p.PersonalUse; c.PersonalArticles != want {
				return fmt.Sprintf("CheckParcel(%+v).PersonalArticles = %t; want %t", p, c.PersonalArticles, want)
			}
			return ""
		}, genParcel()))

	props.Property("duty waived exactly for inbound articles with duty at most 50", prop.ForAll(
		func(p enforcement.Parcel) string {
			c, why := checked(p)
			if why != "" {
				return why
			}
			want := p.Direction == enforcement.Import && c.PersonalArticles && !p.Duty.GreaterThan(waiver)
			if c.DutyWaived != want {
				return fmt.Sprintf("CheckParcel(%+v).DutyWaived = %t; want %t", p, c.DutyWaived, want)
			}
			if (c.Waiver.Kind == enforcement.DutyWaiver) != (p.Direction == enforcement.Import && c.PersonalArticles) {
				return fmt.Sprintf("CheckParcel(%+v).Waiver = %v", p, c.Waiver)
			}
			return ""
		}, genParcel()))

	props.Property("monotone: a parcel worth less is never over when one worth more is within", prop.ForAll(
		func(p enforcement.Parcel, cut int64) string {
			c, why := checked(p)
			if why != "" {
				return why
			}
			less := p
			less.Value = decimal.Max(decimal.Decimal{}, p.Value.Sub(decimal.New(cut, -2)))
			cl, why := checked(less)
			if why != "" {
				return why
			}
			if !c.OverLimit && cl.OverLimit {
				return fmt.Sprintf("%s within, %s over", p.Value, less.Value)
			}
			return ""
		}, genParcel(), gen.Int64Range(0, 100_000)))

	props.Property("the reason states the outcome and its sources", prop.ForAll(
		func(p enforcement.Parcel) string {
			c, why := checked(p)
			if why != "" {
				return why
			}
			for _, phrase := range []string{p.Value.StringFixed(2), c.Limit.Source, "Regs art 31"} {
				if !strings.Contains(c.Reason, phrase) {
					return fmt.Sprintf("reason %q lacks %q", c.Reason, phrase)
				}
			}
			if c.PersonalArticles != strings.Contains(c.Reason, "cleared as personal articles") {
				return fmt.Sprintf("reason %q; articles %t", c.Reason, c.PersonalArticles)
			}
			return ""
		}, genParcel()))

	props.TestingRun(t)
}

// TestPostalRegion_textRoundTrip checks that every region survives its
// text code.
func TestPostalRegion_textRoundTrip(t *testing.T) {
	for _, r := range []enforcement.PostalRegion{enforcement.HKMacaoTaiwan, enforcement.Elsewhere} {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back enforcement.PostalRegion
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	_, err := enforcement.PostalRegionUnknown.MarshalText()
	assert.ErrorIs(t, err, enforcement.ErrUnknownCode)
}
