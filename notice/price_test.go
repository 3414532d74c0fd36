package notice

import (
	"math/big"
	"math/rand"
	"strconv"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/storagecost"
)

// A by-rate line's amount is its quantity × rate (× days) rounded to fen
// by the tariff's rule, or the minimum that product falls short of
// (R-FEE-8): priceVsFen compares the product with an amount.

func TestPriceVsFen(t *testing.T) {
	for _, c := range []struct {
		q, r string
		days int64
		fen  int64
		cmp  int
		near bool
	}{
		{"12.5", "1.20", 158, 237000, 0, true},             // 2370.00 exactly.
		{"1", "0.20", 161, 3220, 0, true},                  // 32.20.
		{"1.85", "30", 1, 5550, 0, true},                   // 55.50, integer rate.
		{"1", "150", 1, 15000, 0, true},                    // s ≥ 0: whole fen.
		{"1", "150", 1, 15001, -1, false},                  // A fen more.
		{"1", "150", 1, 14999, 1, false},                   // A fen less.
		{"1.85", "0.333", 1, 62, -1, true},                 // 0.61605 rounded up.
		{"1.85", "0.333", 1, 61, 1, true},                  // ... or down.
		{"1.85", "0.333", 1, 60, 1, false},                 // 0.60 is off by more than a fen.
		{"1.85", "0.333", 1, 63, -1, false},                // And so is 0.63.
		{"0.5", "0.01", 1, 0, 1, true},                     // 0.005, rounded down to nothing.
		{"0.5", "0.01", 1, 1, -1, true},                    // ... or up to a fen.
		{"0", "3", 30, 0, 0, true},                         // Nothing.
		{"0", "3", 30, 1, -1, false},                       // A fen for nothing.
		{"2", "0", 1, 0, 0, true},                          // No rate.
		{"1000000000", "100000000000", 10000, 0, 1, false}, // 10^24 CNY: no int64 holds it.
		{"0.000000001", "0.000000000001", 1, 0, 1, true},   // 10^-21 CNY.
		{"1.000000000000000000000", "5", 1, 500, 0, true},  // A coefficient of 22 digits.
	} {
		q, r := fxDec(c.q), fxDec(c.r)
		cmp, near := priceVsFen(q, r, c.days, c.fen)
		assert.Equal(t, c.cmp, cmp, "cmp %s × %s × %d vs %d fen", c.q, c.r, c.days, c.fen)
		assert.Equal(t, c.near, near, "near %s × %s × %d vs %d fen", c.q, c.r, c.days, c.fen)
		dcmp, dnear := priceVsFenDecimal(q, r, c.days, c.fen)
		assert.Equal(t, c.cmp, dcmp, "decimal cmp %s × %s × %d vs %d fen", c.q, c.r, c.days, c.fen)
		assert.Equal(t, c.near, dnear, "decimal near %s × %s × %d vs %d fen", c.q, c.r, c.days, c.fen)
	}
}

// The 128-bit path agrees with decimal arithmetic on every number a line
// may hold, and most of all near the boundaries: an amount one fen
// either side of the product, rounded by each rule.
func TestPriceVsFen_matchesDecimal(t *testing.T) {
	props := testgen.Properties(t, 3000)
	props.Property("priceVsFen = priceVsFenDecimal", prop.ForAll(func(seed int64) string {
		r := rand.New(rand.NewSource(seed))
		// Magnitudes spread over every scale, so that many products are
		// amounts of money.
		q := rNumber(r, int64(tenPow[r.Intn(10)]), maxLinePlaces, false)
		rate := rNumber(r, int64(tenPow[r.Intn(12)]), maxRatePlaces, false)
		if r.Intn(3) == 0 { // Trailing zeros: a longer coefficient, the same number.
			k := int64(r.Intn(20))
			c := new(big.Int).Mul(q.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
			q = decimal.NewFromBigInt(c, q.Exponent()-int32(k))
		}
		days := int64(1 + r.Intn(storagecost.MaxStayDays))
		if r.Intn(2) == 0 {
			days = 1
		}
		exact := q.Mul(rate).Mul(decimal.New(days, 0))
		var fen int64
		switch base := exact.Shift(2).Floor(); {
		case r.Intn(4) == 0 || base.GreaterThan(decimal.New(1, 15)):
			fen = r.Int63n(1e15)
		default:
			fen = base.IntPart() + int64(r.Intn(5)) - 2
			if fen < 0 {
				fen = 0
			}
		}
		cmp, near := priceVsFen(q, rate, days, fen)
		dcmp, dnear := priceVsFenDecimal(q, rate, days, fen)
		if cmp != dcmp || near != dnear {
			return q.String() + " × " + rate.String() + " × " + strconv.FormatInt(days, 10) + " vs " + strconv.FormatInt(fen, 10) +
				" fen: (" + strconv.Itoa(cmp) + ", " + strconv.FormatBool(near) + "), decimal (" + strconv.Itoa(dcmp) + ", " + strconv.FormatBool(dnear) + ")"
		}
		return ""
	}, gen.Int64()))
	props.TestingRun(t)
}

func TestPriceVsFen_allocatesNothing(t *testing.T) {
	q, r := fxDec("12.5"), fxDec("1.2")
	allocs := testing.AllocsPerRun(100, func() { _, _ = priceVsFen(q, r, 158, 237000) })
	assert.Zero(t, allocs, "priceVsFen allocates")
}

// Every bill storagecost calculates, NewPayment turns into a notice that
// Validate accepts: whatever the rates (up to 1,000.00 with up to 6
// places), tier multipliers,
// brackets, minimums and rounding rule, each by-rate line's amount is its
// product rounded, or the minimum it falls short of.
func TestNewPayment_ofAnyTariffValidates(t *testing.T) {
	props := testgen.Properties(t, 300)
	cal := calendar.China()
	props.Property("Validate(NewPayment(Calculate(s, stay)))", prop.ForAll(func(seed int64) string {
		r := rand.New(rand.NewSource(seed))
		s, err := storagecost.NewSchedule(randomStandard(r))
		if err != nil {
			return "the generator made an invalid standard: " + err.Error()
		}
		b, err := storagecost.Calculate(s, storagecost.Stay{
			Goods: storagecost.Goods{Description: "handbags", Volume: decimal.New(1+r.Int63n(1e7), -int32(3+r.Intn(2))),
				Weight: decimal.New(1+r.Int63n(1e8), -int32(3+r.Intn(2))), Pallets: decimal.New(1+r.Int63n(40), 0),
				Pieces: decimal.New(1+r.Int63n(5000), 0), Value: decimal.New(1+r.Int63n(1e9), -2)},
			Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-09-30"),
			Confiscation: storagecost.Confiscation{Served: fxDay("2024-04-30")},
			Inspections:  []calendar.Date{fxDay("2024-03-05")},
			DisposalCost: decimal.New(r.Int63n(1e7), -2).Add(decimal.New(1, -2)),
		})
		if err != nil {
			return "Calculate: " + err.Error()
		}
		n, err := NewPayment(fxDisposedCase(t), b, fxHeader("FEE-2025-0094", "2025-09-24"), fxTerms())
		if err != nil {
			return "NewPayment: " + err.Error()
		}
		if err := n.Validate(cal); err != nil {
			return err.Error()
		}
		return ""
	}, gen.Int64()))
	props.TestingRun(t)
}

// randomStandard is a tariff with a charge of every method, drawn from r:
// rates of up to 6 places, tiers by rate or multiplier, brackets flat or
// by rate, minimums, and any rounding rule.
func randomStandard(r *rand.Rand) storagecost.Standard {
	rate := func() decimal.Decimal { return decimal.New(1+r.Int63n(1_000_000), -int32(3+r.Intn(4))) }
	minimum := func() decimal.Decimal {
		if r.Intn(2) == 0 {
			return decimal.Zero
		}
		return decimal.New(r.Int63n(50_000), -int32(r.Intn(3)))
	}
	bases := []storagecost.Basis{storagecost.PerCubicMetre, storagecost.PerTonne, storagecost.PerKilogram,
		storagecost.PerPallet, storagecost.PerPiece, storagecost.PerConsignment}
	basis := func() storagecost.Basis { return bases[r.Intn(len(bases))] }
	storage := storagecost.Charge{Kind: storagecost.Storage, Basis: basis(), Per: storagecost.PerDay, Rate: rate(),
		FreeDays: r.Intn(10), Minimum: minimum(), Description: "storage"}
	if k := r.Intn(4); k > 0 {
		width := 1 + r.Intn(60)
		byRate := r.Intn(2) == 0
		for i := 0; i < k; i++ {
			t := storagecost.Tier{FromDay: 1 + i*width, ToDay: (i + 1) * width}
			if byRate {
				t.Rate = storage.Rate.Mul(decimal.New(int64(i+1), 0))
			} else {
				t.Multiplier = decimal.New(10+r.Int63n(40), -1)
			}
			storage.Tiers = append(storage.Tiers, t)
		}
		storage.Tiers[k-1].ToDay = 0
	}
	brackets := func(flat bool) []storagecost.Bracket {
		var bs []storagecost.Bracket
		upTo := int64(0)
		for i := 0; i < 1+r.Intn(3); i++ {
			upTo += 1 + r.Int63n(500)
			bs = append(bs, storagecost.Bracket{UpTo: decimal.New(upTo, 0)})
		}
		bs = append(bs, storagecost.Bracket{UpTo: decimal.Zero})
		for i := range bs {
			if flat {
				bs[i].Amount = decimal.New(1+r.Int63n(100_000), -int32(r.Intn(3)))
			} else {
				bs[i].Rate = rate()
			}
		}
		return bs
	}
	return storagecost.Standard{
		Version: "GEN-1", Issuer: "generated", EffectiveFrom: fxDay("2024-01-01"),
		Rounding:       storagecost.Rounding(r.Intn(4)),
		MinimumPerBill: minimum(),
		Charges: []storagecost.Charge{
			storage,
			{Kind: storagecost.Custody, Basis: storagecost.PerConsignment, Per: storagecost.PerDay, Rate: rate(), Minimum: minimum()},
			{Kind: storagecost.HandlingIn, Basis: basis(), Per: storagecost.Once, Brackets: brackets(true), Minimum: minimum()},
			{Kind: storagecost.HandlingOut, Basis: basis(), Per: storagecost.Once, Brackets: brackets(false), Minimum: minimum()},
			{Kind: storagecost.Inspection, Basis: storagecost.PerJob, Per: storagecost.Once, Rate: rate(), Minimum: minimum()},
			{Kind: storagecost.Insurance, Basis: storagecost.PerValue, Per: storagecost.PerDay, Rate: decimal.New(1+r.Int63n(1000), -6)},
			{Kind: storagecost.Disposal, Basis: storagecost.PerJob, Per: storagecost.Once, PassThrough: true},
		},
	}
}

// Validate refuses a by-rate line whose amount its numbers do not make,
// and a flat or passed-through line that shows a rate
// (TestBug_ValidateAcceptsByRateAmountNotQuantityTimesRate,
// TestBug_ValidateAcceptsFlatLineWithRate of the issue 8 review).
func TestPayment_Validate_prices(t *testing.T) {
	require.NoError(t, mtPayment(t).Validate(calendar.China()))
	testValidate(t, mtPayment, []breakage[Payment]{
		{"by rate, rounded up", func(n *Payment) { n.Lines[3].Rate = fxDec("1.200001") }, nil},                       // 2370.0019750.
		{"by rate, rounded down", func(n *Payment) { n.Lines[3].Rate = fxDec("1.199999") }, nil},                     // 2369.998025.
		{"by rate, amount a fen less", func(n *Payment) { setAmount(n, 3, "2369.99") }, []string{"lines[3].amount"}}, // 2370.00.
		{"by rate, amount not the product", func(n *Payment) { setAmount(n, 2, "3220") }, []string{"lines[2].amount"}},
		{"by rate, rate not the tariff's", func(n *Payment) { n.Lines[6].Rate = fxDec("25") }, []string{"lines[6].amount"}},
		{"by rate, quantity not the goods'", func(n *Payment) { n.Lines[3].Quantity = fxDec("1.25") }, []string{"lines[3].amount"}},
		{"by rate, days not counted", func(n *Payment) {
			l := &n.Lines[3]
			l.Last, l.Days = l.Last.AddDays(-1), l.Days-1
		}, []string{"lines[3].amount"}},
		{"method not set, amount not the product", func(n *Payment) {
			n.Lines[6].Method = storagecost.MethodUnknown
			setAmount(n, 6, "75.00")
		}, []string{"lines[6].amount"}},
		{"raised to a minimum it reaches", func(n *Payment) { n.Lines[4].Rate = fxDec("50") }, []string{"lines[4].minimum"}},
		{"raised to a minimum it passes", func(n *Payment) { n.Lines[4].Rate = fxDec("60") }, []string{"lines[4].minimum"}},
		{"raised to a minimum it falls a fen short of", func(n *Payment) { n.Lines[4].Rate = fxDec("49.99") }, nil},
		{"flat with a rate", func(n *Payment) { n.Lines[0].Rate = fxDec("80") }, []string{"lines[0].rate"}},
		{"passed through with a rate", func(n *Payment) { n.Lines[7].Rate = fxDec("1234.56") }, []string{"lines[7].rate"}},
		{"passed through, any quantity", func(n *Payment) { n.Lines[7].Quantity = fxDec("3") }, nil},
	})
}
