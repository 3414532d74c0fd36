package enforcement_test

import (
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// The penalty benchmarks measure the target, a decision in at
// most 2 µs, reporting allocations:
//
//   - BenchmarkFineBand: the band of the ordinary tier for goods worth
//     150,000.00 on 2025-05-20 (the scenario) and of the heavier
//     tier of a declaration failure;
//   - BenchmarkCheckFine: a fine inside that band and one outside it
//     (the error path, which builds a *FineError);
//   - BenchmarkTierOf: which tier a fine of 30,000.00 falls in.
//
// Each runs as impl=ours and impl=naive, the way a case system would do
// it: decimal Mul and Div on the rates at each call, Ceil and Floor for
// the whole-fen ends, and the sources formatted with fmt. Compare them
// with benchstat -col /impl. Each benchmark checks its result, so that
// -benchtime=1x (as CI runs them) is a correctness run.
//
// Profile notes: FineBand allocates nothing on its success path: the
// goods' value is converted to fen once, the rates to ten-thousandths
// (Parameters.At returns the version without copying the list), and the
// bounds are kept as int64 millionths of a yuan; only String, Sources and
// the accessors that return decimals allocate.

var (
	sinkBand       enforcement.Band
	sinkTier       enforcement.Tier
	penaltySinkErr error
	sinkNaiveBand  naiveBand
)

// penaltyBench is one decision of the benchmarks.
type penaltyBench struct {
	name    string
	offence enforcement.Offence
	tier    enforcement.Tier
	value   decimal.Decimal
	fine    decimal.Decimal
	inside  bool // Whether fine is inside the band.
}

var penaltyBenches = []penaltyBench{
	{"infringing-ordinary", enforcement.InfringingGoods, enforcement.Ordinary, decimal.RequireFromString("150000.00"), decimal.RequireFromString("29999.99"), true},
	{"infringing-ordinary-outside", enforcement.InfringingGoods, enforcement.Ordinary, decimal.RequireFromString("150000.00"), decimal.RequireFromString("30000.00"), false},
	{"declaration-heavier", enforcement.DeclarationFailure, enforcement.Heavier, decimal.Zero, decimal.RequireFromString("50000.00"), true},
}

var benchDay = calendar.MustParseDate("2025-05-20")

func BenchmarkFineBand(b *testing.B) {
	p := enforcement.DefaultParameters()
	for _, bc := range penaltyBenches {
		if !bc.inside {
			continue // The band is the same as the one inside.
		}
		b.Run("band="+bc.name+"/impl=ours", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				band, err := enforcement.FineBand(bc.offence, bc.tier, bc.value, benchDay, p)
				if err != nil {
					b.Fatal(err)
				}
				sinkBand = band
			}
			if !sinkBand.Contains(bc.fine) {
				b.Fatalf("%v does not contain %s", sinkBand, bc.fine)
			}
		})
		b.Run("band="+bc.name+"/impl=naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				band, err := naiveFineBand(bc.offence, bc.tier, bc.value, benchDay, p)
				if err != nil {
					b.Fatal(err)
				}
				sinkNaiveBand = band
			}
			if !sinkNaiveBand.contains(bc.fine) {
				b.Fatalf("%v does not contain %s", sinkNaiveBand, bc.fine)
			}
		})
	}
}

func BenchmarkCheckFine(b *testing.B) {
	p := enforcement.DefaultParameters()
	for _, bc := range penaltyBenches {
		b.Run("fine="+bc.name+"/impl=ours", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				penaltySinkErr = enforcement.CheckFine(bc.offence, bc.tier, bc.value, bc.fine, benchDay, p)
			}
			if (penaltySinkErr == nil) != bc.inside {
				b.Fatalf("CheckFine(%s): %v", bc.fine, penaltySinkErr)
			}
		})
		b.Run("fine="+bc.name+"/impl=naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				penaltySinkErr = naiveCheckFine(bc.offence, bc.tier, bc.value, bc.fine, benchDay, p)
			}
			if (penaltySinkErr == nil) != bc.inside {
				b.Fatalf("naiveCheckFine(%s): %v", bc.fine, penaltySinkErr)
			}
		})
	}
}

func BenchmarkTierOf(b *testing.B) {
	p := enforcement.DefaultParameters()
	value, fine := decimal.RequireFromString("150000.00"), decimal.RequireFromString("30000.00")
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			t, err := enforcement.TierOf(enforcement.InfringingGoods, value, fine, benchDay, p)
			if err != nil {
				b.Fatal(err)
			}
			sinkTier = t
		}
		if sinkTier != enforcement.Heavier {
			b.Fatalf("TierOf(30000.00) = %s; want heavier", sinkTier)
		}
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkTier = enforcement.Statutory
			for _, t := range enforcement.Tiers() {
				band, err := naiveFineBand(enforcement.InfringingGoods, t, value, benchDay, p)
				if err != nil {
					b.Fatal(err)
				}
				if band.contains(fine) {
					sinkTier = t
					break
				}
			}
		}
		if sinkTier != enforcement.Heavier {
			b.Fatalf("naive TierOf(30000.00) = %s; want heavier", sinkTier)
		}
	})
}

// naiveBand is a band as a hand-written case system would compute it.
type naiveBand struct {
	lower, upper       decimal.Decimal
	lowerIn, upperIn   bool
	least, greatest    decimal.Decimal
	sources            []string
	description        string
	confiscation, none bool
}

func (n naiveBand) contains(fine decimal.Decimal) bool {
	return !n.none && !fine.LessThan(n.least) && !fine.GreaterThan(n.greatest) && fine.Equal(fine.Truncate(2))
}

// naiveFineBand is FineBand in plain decimal arithmetic: each bound
// looked up and multiplied, the whole-fen ends by Ceil and Floor, and the
// sources and the description formatted with fmt.
func naiveFineBand(o enforcement.Offence, t enforcement.Tier, v decimal.Decimal, on calendar.Date, p enforcement.Parameters) (naiveBand, error) {
	hundred := decimal.New(100, 0)
	var n naiveBand
	get := func(k enforcement.ParameterKind) (decimal.Decimal, error) {
		q, err := p.At(k, on)
		if err != nil {
			return decimal.Decimal{}, err
		}
		n.sources = append(n.sources, fmt.Sprintf("%s %s (%s)", q.Kind, q.Value, q.Source))
		if q.Kind.IsRate() {
			return v.Mul(q.Value), nil
		}
		return q.Value, nil
	}
	var kinds [4]enforcement.ParameterKind
	if o == enforcement.InfringingGoods {
		kinds = [4]enforcement.ParameterKind{enforcement.InfringingFineMaxRate, 0, enforcement.InfringingOrdinaryRate, enforcement.InfringingHeavierRate}
		n.confiscation = true
	} else {
		kinds = [4]enforcement.ParameterKind{enforcement.DeclarationFineMax, enforcement.DeclarationLighterFrom, enforcement.DeclarationOrdinaryFrom, enforcement.DeclarationHeavierFrom}
	}
	var bs [4]decimal.Decimal
	for i, k := range kinds {
		if k == 0 || (i > 0 && t == enforcement.Statutory) {
			bs[i] = decimal.Zero
			continue
		}
		x, err := get(k)
		if err != nil {
			return naiveBand{}, err
		}
		bs[i] = x
	}
	switch t {
	case enforcement.Statutory:
		n.lower, n.upper, n.lowerIn, n.upperIn = decimal.Zero, bs[0], true, true
	case enforcement.Mitigated:
		if o == enforcement.InfringingGoods {
			n.lower, n.upper, n.lowerIn, n.upperIn = decimal.Zero, decimal.Zero, true, true
		} else {
			n.lower, n.upper, n.lowerIn, n.upperIn = decimal.Zero, bs[1], true, false
		}
	case enforcement.Lighter:
		n.lower, n.upper, n.lowerIn, n.upperIn = bs[1], bs[2], o != enforcement.InfringingGoods, false
	case enforcement.Ordinary:
		n.lower, n.upper, n.lowerIn, n.upperIn = bs[2], bs[3], true, false
	case enforcement.Heavier:
		n.lower, n.upper, n.lowerIn, n.upperIn = bs[3], bs[0], true, true
	}
	cent := decimal.New(1, -2)
	n.least = n.lower.Mul(hundred).Ceil().Div(hundred)
	if !n.lowerIn && n.least.Equal(n.lower) {
		n.least = n.least.Add(cent)
	}
	n.greatest = n.upper.Mul(hundred).Floor().Div(hundred)
	if !n.upperIn && n.greatest.Equal(n.upper) {
		n.greatest = n.greatest.Sub(cent)
	}
	n.none = n.least.GreaterThan(n.greatest)
	n.description = fmt.Sprintf("%s %s worth %s on %s: %s..%s", o, t, v.StringFixed(2), on, n.least.StringFixed(2), n.greatest.StringFixed(2))
	return n, nil
}

// naiveCheckFine is CheckFine on naiveFineBand.
func naiveCheckFine(o enforcement.Offence, t enforcement.Tier, v, fine decimal.Decimal, on calendar.Date, p enforcement.Parameters) error {
	n, err := naiveFineBand(o, t, v, on, p)
	if err != nil {
		return err
	}
	if !n.contains(fine) {
		return fmt.Errorf("fine %s outside %s", fine.StringFixed(2), n.description)
	}
	return nil
}
