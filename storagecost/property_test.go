package storagecost

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
)

// Generators. Numbers are drawn as integer coefficients and decimal
// places, so that every scale up to MaxPlaces appears.

// genDecimal generates decimals from 0 to max with up to places decimal
// places.
func genDecimal(max int64, places int) gopter.Gen {
	return gopter.CombineGens(gen.Int64Range(0, max), gen.IntRange(0, places)).Map(func(v []any) decimal.Decimal {
		return decimal.New(v[0].(int64), -int32(v[1].(int)))
	})
}

// exact says whether generated rates and quantities must multiply to whole
// fen: rates with at most 2 places, whole quantities, whole multipliers.
type exact bool

// genPositive is genDecimal without zero.
func genPositive(max int64, places int) gopter.Gen {
	return gopter.CombineGens(gen.Int64Range(1, max), gen.IntRange(0, places)).Map(func(v []any) decimal.Decimal {
		return decimal.New(v[0].(int64), -int32(v[1].(int)))
	})
}

func genRate(x exact) gopter.Gen {
	if x {
		return genPositive(5000, 2)
	}
	return genPositive(5_000_000, MaxPlaces)
}

func genTiers(x exact) gopter.Gen {
	mult := genPositive(30, 1)
	if x {
		mult = genPositive(3, 0)
	}
	return gopter.CombineGens(gen.IntRange(0, 3), gen.IntRange(1, 40), genRate(x), mult, gen.Bool()).Map(func(v []any) []Tier {
		n, width := v[0].(int), v[1].(int)
		var tiers []Tier
		for i := 0; i < n; i++ {
			t := Tier{FromDay: 1 + i*width, ToDay: (i + 1) * width}
			if v[4].(bool) {
				t.Rate = v[2].(decimal.Decimal).Mul(decimal.New(int64(i+1), 0))
			} else {
				t.Multiplier = v[3].(decimal.Decimal).Add(decimal.New(int64(i), 0))
			}
			tiers = append(tiers, t)
		}
		if n > 0 {
			tiers[n-1].ToDay = 0
		}
		return tiers
	})
}

// genCharges generates a standard's charges: a per-day storage charge,
// sometimes custody per day, handling in and out, inspections, disposal.
// With minimums false, no charge has a minimum.
func genCharges(x exact, minimums bool) gopter.Gen {
	min := genDecimal(200, 2)
	if !minimums {
		min = gen.Const(decimal.Decimal{})
	}
	bases := gen.OneConstOf(PerCubicMetre, PerTonne, PerKilogram, PerPallet, PerPiece, PerConsignment)
	if x {
		bases = gen.OneConstOf(PerCubicMetre, PerKilogram, PerPallet, PerPiece, PerConsignment)
	}
	return gopter.CombineGens(
		genRate(x), genTiers(x), gen.IntRange(0, 10), min, bases, // storage
		genRate(x), gen.Bool(), // custody per day, or none
		genRate(x), min, bases, // handling
		genRate(x), genRate(x), // inspection, disposal
	).Map(func(v []any) []Charge {
		cs := []Charge{{Kind: Storage, Basis: v[4].(Basis), Per: PerDay, Rate: v[0].(decimal.Decimal), Tiers: v[1].([]Tier),
			FreeDays: v[2].(int), Minimum: v[3].(decimal.Decimal), Description: "storage"}}
		if v[6].(bool) {
			cs = append(cs, Charge{Kind: Custody, Basis: PerConsignment, Per: PerDay, Rate: v[5].(decimal.Decimal), Description: "custody"})
		}
		return append(cs,
			Charge{Kind: HandlingIn, Basis: v[9].(Basis), Per: Once, Rate: v[7].(decimal.Decimal), Minimum: v[8].(decimal.Decimal)},
			Charge{Kind: HandlingOut, Basis: v[9].(Basis), Per: Once, Rate: v[7].(decimal.Decimal), Minimum: v[8].(decimal.Decimal)},
			Charge{Kind: Inspection, Basis: PerJob, Per: Once, Rate: v[10].(decimal.Decimal)},
			Charge{Kind: Disposal, Basis: PerKilogram, Per: Once, Rate: v[11].(decimal.Decimal)},
		)
	})
}

var epoch = d("2024-01-01")

// genSchedule generates a schedule of 1 to n consecutive standards, each
// in effect for 1 to 60 days from 2024-01-01, the last open-ended.
func genSchedule(n int, x exact, minimums bool) gopter.Gen {
	return gopter.CombineGens(
		gen.SliceOfN(n, genCharges(x, minimums)),
		gen.SliceOfN(n, gen.IntRange(1, 60)),
		gen.IntRange(1, n),
		gen.OneConstOf(HalfUp, HalfEven, Up, Down),
		gen.OneConstOf(BothEnds, ExcludeFirstDay, ExcludeLastDay),
		genDecimal(300, 0),
	).Map(func(v []any) Schedule {
		charges, lengths, k := v[0].([][]Charge), v[1].([]int), v[2].(int)
		from := epoch
		var standards []Standard
		for i := 0; i < k; i++ {
			s := Standard{Version: fmt.Sprintf("S%d", i), Issuer: "generated", EffectiveFrom: from,
				Rounding: v[3].(Rounding), DayCount: v[4].(DayCount), Charges: charges[i]}
			if minimums {
				s.MinimumPerBill = v[5].(decimal.Decimal)
			}
			standards = append(standards, s)
			from = from.AddDays(calendar.Days(lengths[i]))
		}
		s, err := NewSchedule(standards...)
		if err != nil {
			panic(err) // A generator bug.
		}
		return s
	})
}

// genStay generates a stay detained in the first 30 days of 2024 that
// lasts up to 200 days, with up to 3 inspections.
func genStay(x exact) gopter.Gen {
	qty := genDecimal(100_000, 3)
	if x {
		qty = genDecimal(5000, 0)
	}
	return gopter.CombineGens(
		gen.IntRange(0, 30), gen.IntRange(0, 200),
		qty.SuchThat(func(d decimal.Decimal) bool { return d.Sign() > 0 }),
		qty.SuchThat(func(d decimal.Decimal) bool { return d.Sign() > 0 }),
		gen.Int64Range(1, 500),
		gen.OneConstOf(Released, HandedToCourt, Disposed),
		gen.SliceOfN(3, gen.IntRange(0, 200)),
		gen.IntRange(-1, 120), gen.Bool(),
	).Map(func(v []any) Stay {
		detained := epoch.AddDays(calendar.Days(v[0].(int)))
		length := v[1].(int)
		st := Stay{
			Goods: Goods{Volume: v[2].(decimal.Decimal), Weight: v[3].(decimal.Decimal),
				Pallets: decimal.New(v[4].(int64), 0), Pieces: decimal.New(v[4].(int64)*10, 0)},
			Detained: detained, Outcome: v[5].(Outcome), End: detained.AddDays(calendar.Days(length)),
		}
		for _, n := range v[6].([]int) {
			if n <= length && n%3 == 0 {
				st.Inspections = append(st.Inspections, detained.AddDays(calendar.Days(n)))
			}
		}
		if st.Outcome == Disposed {
			// Served on a day of the stay; now and then the consignee's
			// appeal lifts the cap.
			served := v[7].(int)
			st.Confiscation = Confiscation{Served: detained.AddDays(calendar.Days(max(served, 0) % (length + 1))), CapOneOffs: v[8].(bool)}
			if served < 0 {
				st.Confiscation.Delay = ConsigneeLitigation
			}
		}
		return st
	})
}

// checkBill returns why b is not a well-formed bill, or "".
func checkBill(b Bill) string {
	var sum decimal.Decimal
	for i, l := range b.Lines {
		if l.Amount.Sign() < 0 || l.Amount.Exponent() < -2 && !l.Amount.Equal(l.Amount.Round(2)) {
			return fmt.Sprintf("line %d amount %s is negative or not in fen", i, l.Amount)
		}
		sum = sum.Add(l.Amount)
	}
	if !sum.Equal(b.Total) {
		return fmt.Sprintf("total %s is not the sum of the lines %s", b.Total, sum)
	}
	var subs decimal.Decimal
	for _, s := range b.Subtotals {
		subs = subs.Add(s.Amount)
	}
	if !subs.Equal(b.Total) {
		return fmt.Sprintf("total %s is not the sum of the subtotals %s", b.Total, subs)
	}
	return ""
}

func TestProperties_bill(t *testing.T) {
	p := testgen.Properties(t, 1000)
	p.Property("total = sum of lines = sum of subtotals; amounts ≥ 0 in fen", prop.ForAll(
		func(s Schedule, st Stay) string {
			b, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			return checkBill(b)
		},
		genSchedule(3, false, true), genStay(false)))

	p.Property("free days are never charged", prop.ForAll(
		func(s Schedule, st Stay) string {
			b, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			for _, l := range b.Lines {
				std, _ := s.At(l.First)
				free := std.Charges[0].FreeDays
				if l.Kind == Storage && l.Method == ByRate && l.FromDay <= free {
					return fmt.Sprintf("storage day %d charged with %d free days", l.FromDay, free)
				}
				if l.Method == FreeDays && (l.ToDay > free || !l.Amount.IsZero()) {
					return fmt.Sprintf("free-day line %d-%d charges %s with %d free days", l.FromDay, l.ToDay, l.Amount, free)
				}
			}
			return ""
		},
		genSchedule(1, false, true), genStay(false)))

	// Not with CapOneOffs: then a disposal that moves past the cap stops
	// being charged.
	p.Property("the total never decreases as the end moves later (one standard)", prop.ForAll(
		func(s Schedule, st Stay, more int) string {
			st.Confiscation.CapOneOffs = false
			b1, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			st.End = st.End.AddDays(calendar.Days(more))
			b2, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			if b2.Total.LessThan(b1.Total) {
				return fmt.Sprintf("ending %d days later costs %s, less than %s", more, b2.Total, b1.Total)
			}
			return ""
		},
		genSchedule(1, false, true), genStay(false), gen.IntRange(1, 100)))

	p.Property("accrual never decreases as the as-of day moves later (one standard)", prop.ForAll(
		func(s Schedule, st Stay, a, more int) string {
			asOf := st.Detained.AddDays(calendar.Days(a))
			b1, err := Accrued(s, st, asOf)
			if err != nil {
				return err.Error()
			}
			b2, err := Accrued(s, st, asOf.AddDays(calendar.Days(more)))
			if err != nil {
				return err.Error()
			}
			if b2.Total.LessThan(b1.Total) {
				return fmt.Sprintf("accrued %s on %s, less than %s on %s", b2.Total, b2.To, b1.Total, b1.To)
			}
			return ""
		},
		genSchedule(1, false, true), genStay(false), gen.IntRange(0, 250), gen.IntRange(1, 100)))

	p.TestingRun(t)
}

// Splitting a stay's bill at any day, with one standard and no minimums,
// gives parts that add up to the whole: exactly when every product is a
// whole number of fen, and within the rounding of the lines otherwise.
func TestProperties_split(t *testing.T) {
	p := testgen.Properties(t, 1000)
	split := func(s Schedule, st Stay, at int) (whole, parts Bill, lines int, err error) {
		whole, err = Calculate(s, st)
		if err != nil {
			return
		}
		mid := st.Detained.AddDays(calendar.Days(at % (int(st.End.DaysSince(st.Detained)) + 1)))
		a, err := Between(s, st, st.Detained, mid)
		if err != nil || mid == st.End {
			return whole, a, len(whole.Lines) + len(a.Lines), err
		}
		b, err := Between(s, st, mid.AddDays(1), st.End)
		if err != nil {
			return
		}
		parts.Total = a.Total.Add(b.Total)
		return whole, parts, len(whole.Lines) + len(a.Lines) + len(b.Lines), nil
	}
	p.Property("parts add up to the whole (exact products)", prop.ForAll(
		func(s Schedule, st Stay, at int) string {
			whole, parts, _, err := split(s, st, at)
			if err != nil {
				return err.Error()
			}
			if !parts.Total.Equal(whole.Total) {
				return fmt.Sprintf("parts %s, whole %s", parts.Total, whole.Total)
			}
			return ""
		},
		genSchedule(1, true, false), genStay(true), gen.IntRange(0, 200)))
	p.Property("parts add up to the whole within the lines' rounding", prop.ForAll(
		func(s Schedule, st Stay, at int) string {
			whole, parts, lines, err := split(s, st, at)
			if err != nil {
				return err.Error()
			}
			if diff := parts.Total.Sub(whole.Total).Abs(); diff.GreaterThan(decimal.New(int64(lines), -2)) {
				return fmt.Sprintf("parts %s, whole %s: %s apart over %d lines", parts.Total, whole.Total, diff, lines)
			}
			return ""
		},
		genSchedule(1, false, false), genStay(false), gen.IntRange(0, 200)))
	p.TestingRun(t)
}

// Across changes of standard every charged day is charged exactly once,
// under the standard in effect on it.
func TestProperties_everyDayOnce(t *testing.T) {
	p := testgen.Properties(t, 1000)
	p.Property("each charged day is on one storage line, of its standard", prop.ForAll(
		func(s Schedule, st Stay) string {
			b, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			seen := map[calendar.Date]int{}
			for _, l := range b.Lines {
				if l.Kind != Storage || l.Per != PerDay || l.Method == ToMinimum {
					continue
				}
				if l.Days != int(l.Last.DaysSince(l.First))+1 || l.ToDay-l.FromDay+1 != l.Days {
					return fmt.Sprintf("line %s..%s (days %d-%d) says %d days", l.First, l.Last, l.FromDay, l.ToDay, l.Days)
				}
				for day := l.First; !day.After(l.Last); day = day.AddDays(1) {
					seen[day]++
					if std, _ := s.At(day); std.Version != l.Standard {
						return fmt.Sprintf("%s charged under %s, but %s is in effect", day, l.Standard, std.Version)
					}
				}
			}
			if len(seen) != b.Days {
				return fmt.Sprintf("%d days on storage lines; %d charged", len(seen), b.Days)
			}
			for day, n := range seen {
				if n != 1 || day.Before(b.First) || day.After(b.Last) {
					return fmt.Sprintf("%s is on %d storage lines (charged days %s..%s)", day, n, b.First, b.Last)
				}
			}
			return ""
		},
		genSchedule(4, false, true), genStay(false)))
	p.TestingRun(t)
}

// The int64 arithmetic gives what decimal arithmetic gives, for numbers
// that fit and numbers that do not.
func TestProperties_fixedIsDecimal(t *testing.T) {
	p := testgen.Properties(t, 5000)
	big := gopter.CombineGens(gen.Int64Range(0, 1<<62), gen.IntRange(0, MaxPlaces)).Map(func(v []any) decimal.Decimal {
		return decimal.New(v[0].(int64), -int32(v[1].(int)))
	})
	p.Property("amount = Round(qty × rate × days)", prop.ForAll(
		func(q, r decimal.Decimal, days int64, mode Rounding) string {
			exact, rounded := amount(newNum(q), newNum(r), days, mode)
			want := q.Mul(r).Mul(decimal.New(days, 0))
			if !exact.Equal(want) || !rounded.Equal(round(want, mode)) {
				return fmt.Sprintf("%s × %s × %d: %s, %s; want %s, %s", q, r, days, exact, rounded, want, round(want, mode))
			}
			return ""
		},
		gen.OneGenOf(genDecimal(1_000_000_000, MaxPlaces), big), gen.OneGenOf(genDecimal(100_000, MaxPlaces), big),
		gen.Int64Range(1, MaxStayDays), gen.OneConstOf(HalfUp, HalfEven, Up, Down)))
	p.TestingRun(t)
}

func TestProperties_JSON(t *testing.T) {
	p := testgen.Properties(t, 300)
	p.Property("a schedule survives JSON", prop.ForAll(
		func(s Schedule) string {
			data, err := json.Marshal(s)
			if err != nil {
				return err.Error()
			}
			back, err := ParseSchedule(data)
			if err != nil {
				return err.Error()
			}
			if !back.Equal(s) {
				return "changed: " + string(data)
			}
			return ""
		},
		genSchedule(3, false, true)))
	p.Property("a stay survives JSON", prop.ForAll(
		func(st Stay) string {
			data, err := json.Marshal(st)
			if err != nil {
				return err.Error()
			}
			var back Stay
			if err := json.Unmarshal(data, &back); err != nil {
				return err.Error()
			}
			if !back.Equal(st) {
				return "changed: " + string(data)
			}
			return ""
		},
		genStay(false)))
	p.TestingRun(t)
}
