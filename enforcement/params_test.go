package enforcement_test

import (
	"encoding/json"
	"errors"
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

// TestDefaultParameters checks each number of the law against the domain
// brief (sections 3, 5 and 6.1; R-GB-2, R-PEN-1..3, R-PER-3): its value,
// the first day it is in force, and that the day before is an error.
func TestDefaultParameters(t *testing.T) {
	p := enforcement.DefaultParameters()
	for _, tc := range []struct {
		kind  enforcement.ParameterKind
		value string
		from  string
	}{
		{enforcement.GeneralBondMinimum, "200000", "2006-07-01"},
		{enforcement.InfringingFineMaxRate, "0.3", "2004-11-01"},
		{enforcement.InfringingOrdinaryRate, "0.1", "2024-01-01"},
		{enforcement.InfringingHeavierRate, "0.2", "2024-01-01"},
		{enforcement.DeclarationFineMax, "50000", "2004-11-01"},
		{enforcement.DeclarationLighterFrom, "5000", "2024-01-01"},
		{enforcement.DeclarationOrdinaryFrom, "20000", "2024-01-01"},
		{enforcement.DeclarationHeavierFrom, "30000", "2024-01-01"},
		{enforcement.PostalLimitHKMacaoTaiwan, "800", "2010-09-01"},
		{enforcement.PostalLimitElsewhere, "1000", "2010-09-01"},
		{enforcement.DutyWaiver, "50", "2010-09-01"},
	} {
		t.Run(tc.kind.String(), func(t *testing.T) {
			from := calendar.MustParseDate(tc.from)
			for _, on := range []calendar.Date{from, from.AddDays(1), calendar.MustParseDate("2027-12-31"), calendar.MustParseDate("9999-12-31")} {
				q, err := p.At(tc.kind, on)
				require.NoError(t, err, "on %s", on)
				assert.True(t, q.Value.Equal(decimal.RequireFromString(tc.value)), "%s on %s: %s", tc.kind, on, q.Value)
				assert.NotEmpty(t, q.Source)
			}
			_, err := p.At(tc.kind, from.AddDays(-1))
			assert.ErrorIs(t, err, enforcement.ErrNoParameter)
			var pe *enforcement.ParameterError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.kind, pe.Kind)
			assert.Equal(t, from.AddDays(-1), pe.Date)
			assert.Len(t, pe.Known, 1)
		})
	}
	// Every kind has a version: a kind added without one fails here.
	for k := enforcement.GeneralBondMinimum; k.IsValid(); k++ {
		_, err := p.At(k, calendar.MustParseDate("2025-01-01"))
		assert.NoError(t, err, "%s", k)
	}
	_, err := enforcement.Parameters{}.At(enforcement.GeneralBondMinimum, calendar.MustParseDate("2025-01-01"))
	assert.ErrorIs(t, err, enforcement.ErrNoParameter)
	assert.ErrorContains(t, err, "the parameters hold none")
}

func TestNewParameters_invalid(t *testing.T) {
	d := calendar.MustParseDate
	ok := enforcement.Parameter{Kind: enforcement.DutyWaiver, Value: decimal.New(50, 0), Source: "s", From: d("2020-01-01")}
	with := func(f func(p *enforcement.Parameter)) enforcement.Parameter { p := ok; f(&p); return p }
	big, _ := decimal.NewFromString("1e13")
	for _, tc := range []struct {
		name  string
		ps    []enforcement.Parameter
		field string
	}{
		{"unknown kind", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Kind = 0 })}, "[0].kind"},
		{"negative amount", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Value = decimal.New(-1, 0) })}, "[0].value"},
		{"amount finer than a fen", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Value = decimal.New(1, -3) })}, "[0].value"},
		{"absurd amount", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Value = big })}, "[0].value"},
		{"negative rate", []enforcement.Parameter{with(func(p *enforcement.Parameter) {
			p.Kind, p.Value = enforcement.InfringingFineMaxRate, decimal.New(-1, -1)
		})}, "[0].value"},
		{"rate above 1", []enforcement.Parameter{with(func(p *enforcement.Parameter) {
			p.Kind, p.Value = enforcement.InfringingFineMaxRate, decimal.New(30, 0)
		})}, "[0].value"},
		{"rate finer than 4 places", []enforcement.Parameter{with(func(p *enforcement.Parameter) {
			p.Kind, p.Value = enforcement.InfringingFineMaxRate, decimal.New(30001, -5)
		})}, "[0].value"},
		{"rate of a huge exponent", []enforcement.Parameter{with(func(p *enforcement.Parameter) {
			p.Kind, p.Value = enforcement.InfringingFineMaxRate, decimal.New(1, -100000000)
		})}, "[0].value"},
		{"no source", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Source = "" })}, "[0].source"},
		{"no from", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.From = calendar.Date{} })}, "[0].from"},
		{"until before from", []enforcement.Parameter{with(func(p *enforcement.Parameter) { p.Until = d("2019-12-31") })}, "[0].until"},
		{"overlap, both open", []enforcement.Parameter{ok, with(func(p *enforcement.Parameter) { p.From = d("2024-01-01") })}, "[1]"},
		{"overlap on one day", []enforcement.Parameter{
			with(func(p *enforcement.Parameter) { p.Until = d("2023-12-31") }),
			with(func(p *enforcement.Parameter) { p.From = d("2023-12-31") }),
		}, "[1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := enforcement.NewParameters(tc.ps...)
			assert.ErrorIs(t, err, enforcement.ErrInvalidParameters)
			assert.Equal(t, []string{tc.field}, fieldsOf(t, err))
		})
	}
	// Adjacent versions are fine.
	_, err := enforcement.NewParameters(
		with(func(p *enforcement.Parameter) { p.Until = d("2023-12-31") }),
		with(func(p *enforcement.Parameter) { p.From = d("2024-01-01") }),
	)
	assert.NoError(t, err)
	many := make([]enforcement.Parameter, enforcement.MaxParameters+1)
	_, err = enforcement.NewParameters(many...)
	assert.ErrorIs(t, err, enforcement.ErrInvalidParameters)
	assert.ErrorContains(t, err, "more than 256")
}

// TestParameters_With: a new version replaces what was in force on its
// days, and nothing else; a refused With leaves the receiver as it was.
func TestParameters_With(t *testing.T) {
	d := calendar.MustParseDate
	base := enforcement.DefaultParameters()
	mid := enforcement.Parameter{Kind: enforcement.GeneralBondMinimum, Value: decimal.New(250_000, 0), Source: "interim",
		From: d("2010-01-01"), Until: d("2010-12-31")}
	p, err := base.With(mid)
	require.NoError(t, err)
	for _, tc := range []struct {
		on   string
		want int64
	}{{"2009-12-31", 200_000}, {"2010-01-01", 250_000}, {"2010-12-31", 250_000}, {"2011-01-01", 200_000}} {
		v, err := p.Value(enforcement.GeneralBondMinimum, d(tc.on))
		require.NoError(t, err)
		assert.True(t, v.Equal(decimal.New(tc.want, 0)), "%s: %s", tc.on, v)
	}
	_, err = p.At(enforcement.GeneralBondMinimum, d("2006-06-30"))
	assert.ErrorIs(t, err, enforcement.ErrNoParameter)
	assert.Len(t, p.All(), len(base.All())+2, "the old version is split around the new one")

	bad := mid
	bad.Source = ""
	q, err := p.With(bad)
	assert.ErrorIs(t, err, enforcement.ErrInvalidParameters)
	assert.True(t, q.Equal(p))
	assert.True(t, base.Equal(enforcement.DefaultParameters()), "With changed its receiver")
}

func genParameter() gopter.Gen {
	first, last := calendar.MustParseDate("2000-01-01"), calendar.MustParseDate("2040-12-31")
	return gopter.CombineGens(
		gen.IntRange(int(enforcement.GeneralBondMinimum), int(enforcement.DutyWaiver)),
		gen.Int64Range(0, 10_000),
		testgen.DateBetween(first, last),
		gen.IntRange(-1, 4000),
	).Map(func(v []any) enforcement.Parameter {
		k := enforcement.ParameterKind(v[0].(int))
		val := decimal.New(v[1].(int64), -2)
		if k.IsRate() {
			val = decimal.New(v[1].(int64), -4)
		}
		p := enforcement.Parameter{Kind: k, Value: val, Source: "generated", From: v[2].(calendar.Date)}
		if n := v[3].(int); n >= 0 {
			p.Until = p.From.AddDays(calendar.Days(n))
		}
		return p
	})
}

// TestParameters_properties: With(q) answers q on q's days and what it
// answered before on every other day; JSON round-trips.
func TestParameters_properties(t *testing.T) {
	props := testgen.Properties(t, 300)
	days := testgen.DateBetween(calendar.MustParseDate("1999-01-01"), calendar.MustParseDate("2042-12-31"))
	props.Property("With(q) replaces exactly q's days", prop.ForAll(
		func(qs []enforcement.Parameter, on calendar.Date) bool {
			p := enforcement.DefaultParameters()
			for _, q := range qs {
				next, err := p.With(q)
				if err != nil {
					t.Log(err)
					return false
				}
				for k := enforcement.GeneralBondMinimum; k.IsValid(); k++ {
					got, gerr := next.At(k, on)
					want, werr := p.At(k, on)
					if k == q.Kind && q.InForce(on) {
						want, werr = q, nil
					}
					// The version in force answers the same; its days may
					// have been cut around q.
					same := (gerr != nil && werr != nil) || (gerr == nil && werr == nil &&
						got.Kind == want.Kind && got.Value.Equal(want.Value) && got.Source == want.Source && got.InForce(on))
					if !same {
						t.Logf("%s on %s after With(%s): got %s (%v), want %s (%v)", k, on, q, got, gerr, want, werr)
						return false
					}
				}
				p = next
			}
			return true
		},
		gen.SliceOfN(4, genParameter()), days,
	))
	props.Property("JSON round trip", prop.ForAll(
		func(qs []enforcement.Parameter) bool {
			p := enforcement.DefaultParameters()
			for _, q := range qs {
				p, _ = p.With(q)
			}
			data, err := json.Marshal(p)
			if err != nil {
				return false
			}
			var back enforcement.Parameters
			if err := json.Unmarshal(data, &back); err != nil {
				t.Log(err)
				return false
			}
			return back.Equal(p)
		},
		gen.SliceOfN(3, genParameter()),
	))
	props.TestingRun(t)
}

func TestParameters_UnmarshalJSON_invalid(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown key", `[{"kind":"duty-waiver","value":"50","source":"s","from":"2010-09-01","to":"2011-01-01"}]`, "to"},
		{"unknown kind", `[{"kind":"duty","value":"50","source":"s","from":"2010-09-01"}]`, "duty"},
		{"exponent", `[{"kind":"duty-waiver","value":"5e1","source":"s","from":"2010-09-01"}]`, "value"},
		{"bad date", `[{"kind":"duty-waiver","value":"50","source":"s","from":"2010-02-30"}]`, "2010-02-30"},
		{"overlap", `[{"kind":"duty-waiver","value":"50","source":"s","from":"2010-09-01"},{"kind":"duty-waiver","value":"60","source":"s","from":"2011-09-01"}]`, "[1]"},
		{"not an array", `{"kind":"duty-waiver"}`, "parameters JSON"},
		{"number value", `[{"kind":"duty-waiver","value":50,"source":"s","from":"2010-09-01"}]`, "value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := enforcement.DefaultParameters()
			err := json.Unmarshal([]byte(tc.in), &p)
			require.Error(t, err)
			assert.True(t, errors.Is(err, enforcement.ErrInvalidParameters) || errors.Is(err, enforcement.ErrUnknownCode) ||
				errors.Is(err, calendar.ErrInvalidDate), "%v", err)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, p.Equal(enforcement.DefaultParameters()), "the receiver changed")
		})
	}
}

func FuzzParameters_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`[{"kind":"duty-waiver","value":"50.00","source":"GACC Ann. 2010 No. 43","from":"2010-09-01"}]`,
		`[{"kind":"infringing-fine-max-rate","value":"0.3","source":"x","from":"2004-11-01","until":"2030-12-31"}]`,
		`[]`, `null`, `[{"kind":"duty-waiver","value":"1e999999","source":"s","from":"2010-09-01"}]`,
		`[{"kind":"duty-waiver","value":"50","source":"s","from":"2010-09-01","until":"2009-01-01"}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p enforcement.Parameters
		if err := p.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidParameters) && !errors.Is(err, enforcement.ErrUnknownCode) && !errors.Is(err, calendar.ErrInvalidDate) {
				t.Fatalf("error matches no sentinel: %v", err)
			}
			if !p.Equal(enforcement.Parameters{}) {
				t.Fatal("the receiver changed on error")
			}
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back enforcement.Parameters
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(p) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}
