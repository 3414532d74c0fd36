package notice

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
)

// A payment notice states how each line's amount is computed
// (Line.Method), so that the holder, who owes the fees (Regs art 25;
// R-FEE-1), can check every number against the warehouse's tariff
// (R-FEE-8; issue 7).

// mtTariff is a warehouse standard with a charge of every method: a flat
// handling-in by weight bracket, storage with 3 free days, custody per
// day with a minimum of 100.00 (topped up), an inspection raised to its
// minimum of 50.00, a handling-out at the rate of its weight bracket, and
// destruction passed through at cost. (An example, not an official rate.)
const mtTariff = `[{
  "version": "EXAMPLE-2024-M",
  "issuer": "Example Port Warehouse",
  "effective_from": "2024-01-01",
  "charges": [
    {"kind": "handling-in", "basis": "tonne", "per": "once", "description": "inbound handling",
     "brackets": [{"up_to": "1", "amount": "40"}, {"up_to": "5", "amount": "80"}, {"up_to": "0", "amount": "150"}]},
    {"kind": "storage", "basis": "m3", "per": "day", "rate": "1.20", "free_days": 3, "description": "storage"},
    {"kind": "custody", "basis": "consignment", "per": "day", "rate": "0.20", "minimum": "100", "description": "guard"},
    {"kind": "inspection", "basis": "job", "per": "once", "rate": "20", "minimum": "50"},
    {"kind": "handling-out", "basis": "tonne", "per": "once", "description": "outbound handling",
     "brackets": [{"up_to": "2", "rate": "30"}, {"up_to": "0", "rate": "25"}]},
    {"kind": "disposal", "basis": "job", "per": "once", "pass_through": true, "description": "destruction"}
  ]
}]`

// mtPayment is the payment notice of the trademark case's goods (12.5 m³,
// 1,850 kg, detained 2024-02-21, destroyed 2024-09-30 at a cost of
// 1,234.56, inspected on 2024-03-05) under mtTariff: a line of every
// method, built by NewPayment from the bill.
func mtPayment(t testing.TB) Payment {
	t.Helper()
	s, err := storagecost.ParseSchedule([]byte(mtTariff))
	require.NoError(t, err)
	b, err := storagecost.Calculate(s, storagecost.Stay{
		Goods:    storagecost.Goods{Description: "handbags", Volume: fxCNY("12.5"), Weight: fxCNY("1850")},
		Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: fxDay("2024-04-30")},
		Inspections:  []calendar.Date{fxDay("2024-03-05")},
		DisposalCost: fxCNY("1234.56"),
	})
	require.NoError(t, err)
	require.NoError(t, b.Validate())
	n, err := NewPayment(fxDisposedCase(t), b, fxHeader("FEE-2025-0094", "2025-09-24"), fxTerms())
	require.NoError(t, err)
	return n
}

// TestNewPayment_linesStateTheirMethod: NewPayment keeps each bill line's
// method, minimum and bracket.
func TestNewPayment_linesStateTheirMethod(t *testing.T) {
	n := mtPayment(t)
	type want struct {
		kind          storagecost.Kind
		method        storagecost.Method
		minimum, upTo string
		amount        string
	}
	var got []want
	for _, l := range n.Lines {
		got = append(got, want{l.Kind, l.Method, l.Minimum.StringFixed(2), l.UpTo.String(), l.Amount.StringFixed(2)})
	}
	assert.Equal(t, []want{
		{storagecost.HandlingIn, storagecost.Flat, "0.00", "5", "80.00"},     // 1.85 t: the bracket up to 5 t.
		{storagecost.Storage, storagecost.FreeDays, "0.00", "0", "0.00"},     // Days 1-3.
		{storagecost.Custody, storagecost.ByRate, "0.00", "0", "32.20"},      // 1 × 0.20 × 161 days, to the cap of 2024-07-30.
		{storagecost.Storage, storagecost.ByRate, "0.00", "0", "2370.00"},    // 12.5 × 1.20 × 158 days.
		{storagecost.Inspection, storagecost.ByRate, "50.00", "0", "50.00"},  // 1 × 20.00, raised to 50.00.
		{storagecost.Custody, storagecost.ToMinimum, "100.00", "0", "67.80"}, // 100.00 − 32.20.
		{storagecost.HandlingOut, storagecost.ByRate, "0.00", "2", "55.50"},  // 1.85 × 30.00: the bracket up to 2 t.
		{storagecost.Disposal, storagecost.PassedThrough, "0.00", "0", "1234.56"},
	}, got)
	assert.True(t, fxCNY("3890.06").Equal(n.Total), "total %s", n.Total)
	require.NoError(t, n.Validate(calendar.China()))
}

// TestGolden_paymentMethods renders mtPayment in every format and
// language set to testdata/golden/payment-methods.*: a line of every
// method, each saying how its amount is computed.
func TestGolden_paymentMethods(t *testing.T) {
	n := mtPayment(t)
	for _, f := range []Format{FormatText, FormatHTML} {
		ext := map[Format]string{FormatText: "txt", FormatHTML: "html"}[f]
		for _, l := range goldenLangs {
			var b bytes.Buffer
			require.NoError(t, Render(&b, n, f, l.langs...))
			checkGolden(t, "payment-methods."+l.name+"."+ext, b.Bytes())
		}
	}
	var b bytes.Buffer
	require.NoError(t, Render(&b, n, FormatJSON))
	b.WriteByte('\n')
	checkGolden(t, "payment-methods.json", b.Bytes())
}

// mtPayment12 is mtPayment with 12 lines, its 8 and the first 4 again:
// the most lines a notice must fit on one A4 page per language, each
// with a note on how its amount is computed.
func mtPayment12(t testing.TB) Payment {
	n := mtPayment(t)
	n.Lines = append(n.Lines, n.Lines[:4]...)
	n.Total = decimal.Zero
	for _, l := range n.Lines {
		n.Total = n.Total.Add(l.Amount)
	}
	n.Due = n.Total.Sub(n.PaidToWarehouse)
	require.NoError(t, n.Validate(calendar.China()))
	return n
}

// TestLineCells_methods: each method's cells in both languages. The item
// says how the amount is computed where it is not quantity × rate (×
// days), and the cells that do not enter into it are empty.
func TestLineCells_methods(t *testing.T) {
	type cells struct{ item, unit, qty, rate, days string }
	base := Line{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once,
		Quantity: fxCNY("1.85"), Rate: fxCNY("30"), Amount: fxCNY("55.50")}
	with := func(f func(l *Line)) Line {
		l := base
		f(&l)
		return l
	}
	for _, tc := range []struct {
		name   string
		line   Line
		zh, en cells
	}{
		{"by rate", with(func(l *Line) { l.Method = storagecost.ByRate }),
			cells{"入库装卸费", "吨", "1.85", "30.00", "一次"},
			cells{"Handling in", "tonne", "1.85", "30.00", "once"}},
		{"method not set: by rate", base,
			cells{"入库装卸费", "吨", "1.85", "30.00", "一次"},
			cells{"Handling in", "tonne", "1.85", "30.00", "once"}},
		{"by the rate of a bracket", with(func(l *Line) { l.Method, l.UpTo = storagecost.ByRate, fxCNY("2") }),
			cells{"入库装卸费：数量不超过2的单价", "吨", "1.85", "30.00", "一次"},
			cells{"Handling in: rate for up to 2", "tonne", "1.85", "30.00", "once"}},
		{"by rate, raised to the minimum", with(func(l *Line) {
			l.Method, l.Minimum, l.Amount = storagecost.ByRate, fxCNY("60"), fxCNY("60")
		}),
			cells{"入库装卸费：不足最低收费，按最低收费￥60.00计收", "吨", "1.85", "30.00", "一次"},
			cells{"Handling in: raised to minimum CNY 60.00", "tonne", "1.85", "30.00", "once"}},
		{"by the rate of a bracket, raised to the minimum", with(func(l *Line) {
			l.Method, l.UpTo, l.Minimum, l.Amount = storagecost.ByRate, fxCNY("2"), fxCNY("60"), fxCNY("60")
		}),
			cells{"入库装卸费：数量不超过2的单价；不足最低收费，按最低收费￥60.00计收", "吨", "1.85", "30.00", "一次"},
			cells{"Handling in: rate for up to 2; raised to minimum CNY 60.00", "tonne", "1.85", "30.00", "once"}},
		{"flat", with(func(l *Line) {
			l.Method, l.UpTo, l.Rate, l.Amount = storagecost.Flat, fxCNY("5"), fxCNY("0"), fxCNY("80")
		}),
			cells{"入库装卸费：数量不超过5的定额收费", "吨", "1.85", "", "一次"},
			cells{"Handling in: flat charge for up to 5", "tonne", "1.85", "", "once"}},
		{"flat, the top bracket", with(func(l *Line) { l.Method, l.Rate, l.Amount = storagecost.Flat, fxCNY("0"), fxCNY("150") }),
			cells{"入库装卸费：最高档的定额收费", "吨", "1.85", "", "一次"},
			cells{"Handling in: flat charge of the top bracket", "tonne", "1.85", "", "once"}},
		{"flat, raised to the minimum", with(func(l *Line) {
			l.Method, l.UpTo, l.Rate, l.Minimum, l.Amount = storagecost.Flat, fxCNY("5"), fxCNY("0"), fxCNY("90"), fxCNY("90")
		}),
			cells{"入库装卸费：数量不超过5的定额收费；不足最低收费，按最低收费￥90.00计收", "吨", "1.85", "", "一次"},
			cells{"Handling in: flat charge for up to 5; raised to minimum CNY 90.00", "tonne", "1.85", "", "once"}},
		{"passed through", Line{Kind: storagecost.Disposal, Description: "销毁", Basis: storagecost.PerJob, Per: storagecost.Once,
			Method: storagecost.PassedThrough, Quantity: fxCNY("1"), Amount: fxCNY("1234.56")},
			cells{"处置费（销毁）：按实际发生的费用收取", "", "", "", "一次"},
			cells{"Disposal (销毁): at actual cost", "", "", "", "once"}},
		{"top-up of a charge", Line{Kind: storagecost.Storage, Per: storagecost.PerDay, Method: storagecost.ToMinimum,
			Minimum: fxCNY("30"), Amount: fxCNY("27")},
			cells{"仓储费：已计￥3.00，补足至最低收费￥30.00", "", "", "", ""},
			cells{"Storage: CNY 3.00 charged, topped up to the minimum of CNY 30.00", "", "", "", ""}},
		{"top-up of the bill", Line{Kind: storagecost.Minimum, Method: storagecost.ToMinimum,
			Minimum: fxCNY("1000"), Amount: fxCNY("1000")},
			cells{"最低收费补足：已计￥0.00，补足至最低收费￥1,000.00", "", "", "", ""},
			cells{"Minimum charge top-up: CNY 0.00 charged, topped up to the minimum of CNY 1,000.00", "", "", "", ""}},
		{"free days", Line{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay,
			Method: storagecost.FreeDays, Quantity: fxCNY("12.5"), Days: 3},
			cells{"仓储费：免费天数", "立方米/日", "12.5", "", "3天"},
			cells{"Storage: free days", "m³/day", "12.5", "", "3 days"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs := [3]string{formatQuantity(tc.line.Quantity), formatRate(tc.line.Rate), figures(tc.line.Amount)}
			for _, lang := range []struct {
				id   langID
				want cells
			}{{langZh, tc.zh}, {langEn, tc.en}} {
				for _, printf := range []bool{false, true} { // The catalog's printer gives the same cells.
					c := &composer{l: lexicons[lang.id], kind: KindPayment, printf: printf}
					row := make([]string, 7)
					c.line(row, 0, tc.line, figs)
					require.NoError(t, c.err)
					assert.Equal(t, lang.want, cells{row[1], row[2], row[3], row[4], row[5]}, "line(%+v) in %s", tc.line, langTags[lang.id])
					assert.Equal(t, figures(tc.line.Amount), row[6], "amount")
				}
			}
		})
	}
	c := &composer{l: lexicons[langEn], kind: KindPayment}
	c.line(make([]string, 7), 3, with(func(l *Line) { l.Method = storagecost.Method(42) }), [3]string{})
	assert.ErrorIs(t, c.err, ErrInvalidNotice)
	assert.Contains(t, c.err.Error(), "notice: payment: lines[3].method")
}

// setAmount sets the amount of line i of n, and the total and the amount
// due with it.
func setAmount(n *Payment, i int, amount string) {
	n.Total = n.Total.Sub(n.Lines[i].Amount).Add(fxCNY(amount))
	n.Lines[i].Amount = fxCNY(amount)
	n.Due = n.Total.Sub(n.PaidToWarehouse)
}

// TestPayment_Validate_methods: a line's numbers must be consistent with
// its method, so that what the notice shows accounts for the amount
// (checkMethod). The lines of mtPayment: 0 flat, 1 free days, 2 and 3 by
// rate, 4 by rate raised to its minimum of 50.00, 5 a top-up of 67.80 to
// 100.00, 6 by the rate of the bracket up to 2 t, 7 passed through.
func TestPayment_Validate_methods(t *testing.T) {
	testValidate(t, mtPayment, []breakage[Payment]{
		{"valid", func(*Payment) {}, nil},
		{"method not set: by rate", func(n *Payment) { n.Lines[6].Method = storagecost.MethodUnknown }, nil},
		{"method out of range", func(n *Payment) { n.Lines[0].Method = storagecost.Method(9) }, []string{"lines[0].method"}},
		{"top-up without a minimum", func(n *Payment) { n.Lines[5].Minimum = decimal.Zero }, []string{"lines[5].minimum"}},
		{"top-up above its minimum", func(n *Payment) { n.Lines[5].Minimum = fxCNY("60.00") }, []string{"lines[5].amount"}},
		{"top-up of the whole minimum", func(n *Payment) { n.Lines[5].Minimum = fxCNY("67.80") }, nil},
		{"top-up of nothing", func(n *Payment) { setAmount(n, 5, "0.00") }, []string{"lines[5].amount"}},
		{"top-up with a quantity", func(n *Payment) { n.Lines[5].Quantity = fxCNY("1") }, []string{"lines[5].quantity"}},
		{"top-up with a rate", func(n *Payment) { n.Lines[5].Rate = fxCNY("0.2") }, []string{"lines[5].rate"}},
		{"top-up with days", func(n *Payment) { n.Lines[5].Days = 1 }, []string{"lines[5].days"}},
		{"minimum an exponent bomb", func(n *Payment) { n.Lines[4].Minimum = nastyDecimal(bomb) }, []string{"lines[4].minimum"}},
		{"minimum a zero bomb", func(n *Payment) { n.Lines[4].Minimum = nastyDecimal(zeroExp) }, []string{"lines[4].minimum"}},
		{"minimum with 3 places", func(n *Payment) { n.Lines[4].Minimum = fxCNY("50.001") }, []string{"lines[4].minimum"}},
		{"minimum negative", func(n *Payment) { n.Lines[4].Minimum = fxCNY("-50") }, []string{"lines[4].minimum"}},
		{"minimum above the maximum", func(n *Payment) { n.Lines[4].Minimum = fxCNY("1000000000000.01") }, []string{"lines[4].minimum"}},
		{"raised, but not to its minimum", func(n *Payment) { n.Lines[4].Minimum = fxCNY("60.00") }, []string{"lines[4].amount"}},
		{"free days charged", func(n *Payment) { setAmount(n, 1, "1.00") }, []string{"lines[1].amount"}},
		{"free days with a rate", func(n *Payment) { n.Lines[1].Rate = fxCNY("1.2") }, []string{"lines[1].rate"}},
		{"free days with a minimum", func(n *Payment) { n.Lines[1].Minimum = fxCNY("0.01") }, []string{"lines[1].minimum"}},
		{"free days charged once", func(n *Payment) {
			n.Lines[1].Per, n.Lines[1].Days, n.Lines[1].Last = storagecost.Once, 0, n.Lines[1].First
		}, []string{"lines[1].per"}},
		{"flat per day", func(n *Payment) { n.Lines[0].Per = storagecost.PerDay }, []string{"lines[0].per"}},
		{"passed through per day", func(n *Payment) { n.Lines[7].Per = storagecost.PerDay }, []string{"lines[7].per"}},
		{"bracket below the quantity", func(n *Payment) { n.Lines[6].UpTo = fxCNY("1") }, []string{"lines[6].up_to"}},
		{"bracket of the quantity itself", func(n *Payment) { n.Lines[6].UpTo = fxCNY("1.85") }, nil},
		{"bracket of a pass-through", func(n *Payment) { n.Lines[7].UpTo = fxCNY("5") }, []string{"lines[7].up_to"}},
		{"bracket of a top-up", func(n *Payment) { n.Lines[5].UpTo = fxCNY("5") }, []string{"lines[5].up_to"}},
		{"bracket an exponent bomb", func(n *Payment) { n.Lines[0].UpTo = nastyDecimal(bomb) }, []string{"lines[0].up_to"}},
		{"bracket negative", func(n *Payment) { n.Lines[0].UpTo = fxCNY("-5") }, []string{"lines[0].up_to"}},
		{"bill's minimum by rate", func(n *Payment) { n.Lines[4].Kind = storagecost.Minimum }, []string{"lines[4].method"}},
		{"bill's minimum, method not set (by rate), priced", func(n *Payment) {
			n.Lines[5].Kind, n.Lines[5].Method, n.Lines[5].Minimum = storagecost.Minimum, storagecost.MethodUnknown, decimal.Zero
			n.Lines[5].Quantity, n.Lines[5].Rate = fxCNY("1"), n.Lines[5].Amount
		}, nil},
		{"bill's minimum, method not set (by rate), unpriced", func(n *Payment) {
			n.Lines[5].Kind, n.Lines[5].Method, n.Lines[5].Minimum = storagecost.Minimum, storagecost.MethodUnknown, decimal.Zero
		}, []string{"lines[5].amount"}},
		{"method not set, raised to a minimum", func(n *Payment) { n.Lines[4].Method = storagecost.MethodUnknown }, nil},
		{"method not set, not raised to its minimum", func(n *Payment) {
			n.Lines[5].Method = storagecost.MethodUnknown
		}, []string{"lines[5].amount"}},
	})
}

// TestPayment_UnmarshalJSON_methods: the JSON of a line states its method,
// minimum and bracket, strictly; a line without them, as written before
// lines had them, is charged by rate.
func TestPayment_UnmarshalJSON_methods(t *testing.T) {
	data, err := json.Marshal(mtPayment(t))
	require.NoError(t, err)
	in := string(data)
	for _, tc := range []struct {
		name, old, new, field string
	}{
		{"method unknown", `"method":"flat"`, `"method":"bracket"`, "lines[0].method"},
		{"method empty", `"method":"flat"`, `"method":""`, "lines[0].method"},
		{"minimum with 3 places", `"minimum":"50.00"`, `"minimum":"50.001"`, "lines[4].minimum"},
		{"minimum an exponent bomb", `"minimum":"50.00"`, `"minimum":5e999999`, "lines[4].minimum"},
		{"minimum not the amount raised to", `"minimum":"50.00"`, `"minimum":"49.99"`, "lines[4].amount"},
		{"up_to with 10 places", `"up_to":"5"`, `"up_to":"5.0000000001"`, "lines[0].up_to"},
		{"up_to below the quantity", `"up_to":"5"`, `"up_to":"1"`, "lines[0].up_to"},
		{"top-up above its minimum", `"minimum":"100.00"`, `"minimum":"60.00"`, "lines[5].amount"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, in, tc.old)
			var n Payment
			err := json.Unmarshal([]byte(strings.Replace(in, tc.old, tc.new, 1)), &n)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidNotice)
			assert.Equal(t, tc.field, problemFields(err)[0], "%v", err)
		})
	}

	// A notice of lines written without a method (by rate) decodes, and
	// is shown as by rate.
	byRate := paymentFixture(6)
	data, err = json.Marshal(byRate)
	require.NoError(t, err)
	require.Equal(t, 6, strings.Count(string(data), `"method":"rate",`))
	old := strings.ReplaceAll(string(data), `"method":"rate",`, "")
	back, err := Parse([]byte(old))
	require.NoError(t, err, "Parse(lines without a method)")
	for i, l := range back.(Payment).Lines {
		assert.Equal(t, storagecost.MethodUnknown, l.Method, "lines[%d].method", i)
	}
	for _, f := range []Format{FormatText, FormatHTML} {
		var want, got bytes.Buffer
		require.NoError(t, Render(&want, byRate, f, zhHans, enTag))
		require.NoError(t, Render(&got, back, f, zhHans, enTag))
		assert.Equal(t, want.String(), got.String(), "%s of lines without a method", f)
	}
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, old, string(again), "a line without a method is written without one")

	// Every method, minimum and bracket survives the round trip.
	n, err := Parse(data)
	require.NoError(t, err)
	requireSame(t, byRate, n)
	mt := mtPayment(t)
	data, err = json.Marshal(mt)
	require.NoError(t, err)
	n, err = Parse(data)
	require.NoError(t, err)
	requireSame(t, mt, n)
}
