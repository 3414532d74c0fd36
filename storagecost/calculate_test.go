package storagecost

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

// The port warehouse example: a confiscated consignment stored across the
// change from the 2026 to the 2027 standard, capped 3 months after the
// confiscation decision was served, then destroyed. Every number is worked
// by hand in the comments.
func TestCalculate_portWarehouse(t *testing.T) {
	s := loadSchedule(t, "port-warehouse.json")
	st := Stay{
		Goods:        Goods{Description: "counterfeit handbags", Volume: dec("12.5"), Weight: dec("1850")},
		Detained:     d("2026-11-02"),
		Outcome:      Disposed,
		End:          d("2027-03-15"),
		Confiscation: Confiscation{Served: d("2026-12-01")},
		Inspections:  []calendar.Date{d("2026-11-10")},
	}
	b, err := Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	// 2026-12-01 + 3 months = 2027-03-01; 2026-11-02..2027-03-01 is
	// 29 + 31 + 31 + 28 + 1 = 120 days.
	if b.First != d("2026-11-02") || b.Last != d("2027-03-01") || b.Days != 120 || !b.Capped || b.Cap != d("2027-03-01") {
		t.Errorf("period = %s..%s (%d days, cap %s, capped %v); want 2026-11-02..2027-03-01 (120 days, capped)", b.First, b.Last, b.Days, b.Cap, b.Capped)
	}
	want := []struct {
		kind     Kind
		method   Method
		standard string
		first    string
		days     int
		amount   string
	}{
		{HandlingIn, ByRate, "EXAMPLE-PORT-2026", "2026-11-02", 0, "64.75"}, // 1.85 t × 35
		{Storage, FreeDays, "EXAMPLE-PORT-2026", "2026-11-02", 3, "0"},      // days 1-3 free
		{Storage, ByRate, "EXAMPLE-PORT-2026", "2026-11-05", 27, "405.00"},  // 12.5 × 1.20 × 27
		{Inspection, ByRate, "EXAMPLE-PORT-2026", "2026-11-10", 0, "150.00"},
		{Storage, ByRate, "EXAMPLE-PORT-2026", "2026-12-02", 30, "675.00"},   // 12.5 × 1.80 × 30
		{Storage, ByRate, "EXAMPLE-PORT-2027", "2027-01-01", 30, "843.75"},   // 12.5 × 2.25 × 30
		{Storage, ByRate, "EXAMPLE-PORT-2027", "2027-01-31", 30, "1125.00"},  // 12.5 × 3.00 × 30
		{HandlingOut, ByRate, "EXAMPLE-PORT-2027", "2027-03-15", 0, "74.00"}, // 1.85 t × 40
		{Disposal, ByRate, "EXAMPLE-PORT-2027", "2027-03-15", 0, "1572.50"},  // 1.85 t × 850
	}
	if len(b.Lines) != len(want) {
		t.Fatalf("%d lines; want %d:\n%s", len(b.Lines), len(want), b.Explain())
	}
	for i, w := range want {
		l := b.Lines[i]
		if l.Kind != w.kind || l.Method != w.method || l.Standard != w.standard || l.First != d(w.first) || l.Days != w.days || !l.Amount.Equal(dec(w.amount)) {
			t.Errorf("line %d = %s %s %s %s %d days %s; want %s %s %s %s %d days %s", i+1,
				l.Kind, l.Method, l.Standard, l.First, l.Days, l.Amount.StringFixed(2),
				w.kind, w.method, w.standard, w.first, w.days, w.amount)
		}
	}
	requireDecimal(t, "Total", b.Total, "4910.00")
	requireDecimal(t, "Subtotal(Storage)", b.Subtotal(Storage), "3048.75")
	requireDecimal(t, "Subtotal(Disposal)", b.Subtotal(Disposal), "1572.50")
	requireDecimal(t, "Subtotal(Custody)", b.Subtotal(Custody), "0")
}

// The flat tariff in the style France publishes under Regulation (EU)
// 608/2013: handling 30, storage 40 per consignment, destruction 20 up to
// 20 kg and 60 above.
func TestCalculate_franceFlat(t *testing.T) {
	s := loadSchedule(t, "france-608.json")
	for _, tc := range []struct {
		weight string
		want   string
	}{
		{"0.5", "90.00"},
		{"20", "90.00"}, // "up to 20 kg" includes 20.
		{"20.001", "130.00"},
		{"1850", "130.00"},
	} {
		st := Stay{Goods: Goods{Weight: dec(tc.weight)}, Detained: d("2024-03-01"), Outcome: Disposed, End: d("2024-09-30"),
			Confiscation: Confiscation{Served: d("2024-04-15")}}
		b, err := Calculate(s, st)
		if err != nil {
			t.Fatal(err)
		}
		if !b.Total.Equal(dec(tc.want)) {
			t.Errorf("weight %s kg: Total = %s; want %s\n%s", tc.weight, b.Total.StringFixed(2), tc.want, b.Explain())
		}
	}
	// Released goods are not destroyed: handling and storage only.
	b, err := Calculate(s, Stay{Goods: Goods{Weight: dec("5")}, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-20")})
	if err != nil {
		t.Fatal(err)
	}
	requireDecimal(t, "released Total", b.Total, "70.00")
}

func TestCalculate_dayCount(t *testing.T) {
	for _, tc := range []struct {
		count       DayCount
		in, out     string
		days        int
		first, last string
	}{
		{BothEnds, "2024-03-01", "2024-03-03", 3, "2024-03-01", "2024-03-03"},
		{BothEnds, "2024-03-01", "2024-03-01", 1, "2024-03-01", "2024-03-01"},
		{ExcludeFirstDay, "2024-03-01", "2024-03-03", 2, "2024-03-02", "2024-03-03"},
		{ExcludeFirstDay, "2024-03-01", "2024-03-01", 0, "", ""},
		{ExcludeLastDay, "2024-03-01", "2024-03-03", 2, "2024-03-01", "2024-03-02"},
		{ExcludeLastDay, "2024-03-01", "2024-03-01", 0, "", ""},
		{BothEnds, "2024-02-28", "2024-03-01", 3, "2024-02-28", "2024-03-01"}, // 29 February counts.
	} {
		t.Run(tc.count.String()+"/"+tc.in+".."+tc.out, func(t *testing.T) {
			s, err := NewSchedule(Standard{Version: "T", Issuer: "test", EffectiveFrom: d("2020-01-01"), DayCount: tc.count, Charges: []Charge{storage("2")}})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Calculate(s, Stay{Goods: goods, Detained: d(tc.in), Outcome: Released, End: d(tc.out)})
			if err != nil {
				t.Fatal(err)
			}
			var first, last calendar.Date
			if tc.first != "" {
				first, last = d(tc.first), d(tc.last)
			}
			if b.Days != tc.days || b.First != first || b.Last != last {
				t.Errorf("charged %s..%s, %d days; want %s..%s, %d days", b.First, b.Last, b.Days, first, last, tc.days)
			}
			requireDecimal(t, "Total", b.Total, strconv.Itoa(20*tc.days))
		})
	}
}

func TestCalculate_rounding(t *testing.T) {
	// 0.5 m³ × 0.25 = 0.125 and 0.5 m³ × 0.27 = 0.135 a day, for 1 day.
	for _, tc := range []struct {
		r          Rounding
		rate, want string
	}{
		{HalfUp, "0.25", "0.13"},
		{HalfEven, "0.25", "0.12"},
		{HalfEven, "0.27", "0.14"},
		{Up, "0.25", "0.13"},
		{Up, "0.2402", "0.13"}, // 0.1201
		{Down, "0.27", "0.13"},
		{HalfUp, "0.2498", "0.12"}, // 0.1249
	} {
		s, err := NewSchedule(Standard{Version: "T", Issuer: "test", EffectiveFrom: d("2020-01-01"), Rounding: tc.r, Charges: []Charge{storage(tc.rate)}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Calculate(s, Stay{Goods: Goods{Volume: dec("0.5")}, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-01")})
		if err != nil {
			t.Fatal(err)
		}
		if !b.Total.Equal(dec(tc.want)) || !b.Lines[0].Exact.Equal(dec("0.5").Mul(dec(tc.rate))) {
			t.Errorf("%s of 0.5 × %s = %s (exact %s); want %s", tc.r, tc.rate, b.Total, b.Lines[0].Exact, tc.want)
		}
	}
}

func TestCalculate_minimums(t *testing.T) {
	st := Stay{Goods: goods, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-02")}
	// A one-off line below its minimum is raised to it: 1 t × 20 = 20 < 50.
	s := flat(t, Charge{Kind: HandlingIn, Basis: PerTonne, Per: Once, Rate: dec("20"), Minimum: dec("50")})
	b, err := Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	if l := b.Lines[0]; !l.Amount.Equal(dec("50")) || !l.Exact.Equal(dec("20")) || !l.Minimum.Equal(dec("50")) {
		t.Errorf("handling line = %s (exact %s, minimum %s); want 50 (exact 20, minimum 50)", l.Amount, l.Exact, l.Minimum)
	}
	// Per-day lines below the charge's minimum get a top-up line:
	// 10 m³ × 1 × 2 days = 20, minimum 45: add 25.
	c := storage("1")
	c.Minimum = dec("45")
	b, err = Calculate(flat(t, c), st)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(b.Lines); n != 2 || b.Lines[1].Method != ToMinimum || !b.Lines[1].Amount.Equal(dec("25")) {
		t.Fatalf("lines:\n%s\nwant a storage line of 20 and a top-up of 25", b.Explain())
	}
	requireDecimal(t, "Total", b.Total, "45")
	// A bill below the standard's minimum gets a top-up line of kind
	// Minimum.
	s, err = NewSchedule(Standard{Version: "T", Issuer: "test", EffectiveFrom: d("2020-01-01"), MinimumPerBill: dec("100"), Charges: []Charge{storage("1")}})
	if err != nil {
		t.Fatal(err)
	}
	b, err = Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	requireDecimal(t, "Total", b.Total, "100")
	requireDecimal(t, "Subtotal(Minimum)", b.Subtotal(Minimum), "80")
	// A bill above the minimums has no top-up.
	b, err = Calculate(s, Stay{Goods: goods, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Lines) != 1 || !b.Total.Equal(dec("310")) {
		t.Errorf("31 days: Total %s with %d lines; want 310 in 1 line", b.Total, len(b.Lines))
	}
}

// The cap of Measures (2009 numbering) art 34.
func TestCalculate_confiscationCap(t *testing.T) {
	s := flat(t, storage("1"),
		Charge{Kind: Disposal, Basis: PerJob, Per: Once, Rate: dec("500")})
	base := Stay{Goods: goods, Detained: d("2025-10-10"), Outcome: Disposed, End: d("2026-04-30"),
		Confiscation: Confiscation{Served: d("2025-11-30")}}
	for _, tc := range []struct {
		name  string
		conf  Confiscation
		last  string
		total string
	}{
		// 2025-11-30 + 3 months: February has no 30th, so its last day
		// (Civil Code art 202). 2025-10-10..2026-02-28 is 142 days.
		{"month end", Confiscation{Served: d("2025-11-30")}, "2026-02-28", "1920.00"},
		{"consignee review lifts the cap", Confiscation{Served: d("2025-11-30"), Delay: ConsigneeReview}, "2026-04-30", "2530.00"},
		{"special disposal reason", Confiscation{Served: d("2025-11-30"), Delay: SpecialDisposal}, "2026-04-30", "2530.00"},
		{"cap of 1 month", Confiscation{Served: d("2025-11-30"), CapMonths: 1}, "2025-12-30", "1320.00"},
		// The disposal on 2026-04-30 is after the cap: not charged.
		{"one-offs capped too", Confiscation{Served: d("2025-11-30"), CapOneOffs: true}, "2026-02-28", "1420.00"},
		// A cap after the end changes nothing.
		{"cap after the end", Confiscation{Served: d("2026-04-01")}, "2026-04-30", "2530.00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := base
			st.Confiscation = tc.conf
			b, err := Calculate(s, st)
			if err != nil {
				t.Fatal(err)
			}
			if b.Last != d(tc.last) || !b.Total.Equal(dec(tc.total)) {
				t.Errorf("last charged day %s, total %s; want %s, %s\n%s", b.Last, b.Total, tc.last, tc.total, b.Explain())
			}
		})
	}
}

func TestCalculate_conditionReplacesAny(t *testing.T) {
	s := loadSchedule(t, "port-warehouse.json")
	st := Stay{Goods: Goods{Condition: Refrigerated, Volume: dec("2"), Weight: dec("500")}, Detained: d("2026-03-01"), Outcome: Released, End: d("2026-03-10")}
	b, err := Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	// Refrigerated storage 2 × 3.50 × 10 = 70 replaces ordinary storage
	// (and its free days); handling 0.5 t × 35 = 17.50 is raised to the
	// minimum of 50, in and out; total 170, below the bill minimum of 200.
	requireDecimal(t, "Subtotal(Storage)", b.Subtotal(Storage), "70")
	requireDecimal(t, "Subtotal(HandlingIn)", b.Subtotal(HandlingIn), "50")
	requireDecimal(t, "Subtotal(Minimum)", b.Subtotal(Minimum), "30")
	requireDecimal(t, "Total", b.Total, "200")
}

func TestCalculate_passThroughAndBrackets(t *testing.T) {
	s := flat(t,
		Charge{Kind: Disposal, Per: Once, PassThrough: true, Description: "destruction at cost"},
		Charge{Kind: Inspection, Basis: PerKilogram, Per: Once, Brackets: []Bracket{
			{UpTo: dec("100"), Amount: dec("80")},
			{UpTo: dec("0"), Rate: dec("0.75")},
		}},
	)
	st := Stay{Goods: Goods{Weight: dec("250")}, Detained: d("2024-05-06"), Outcome: Disposed, End: d("2024-07-01"),
		Confiscation: Confiscation{Served: d("2024-06-01")},
		Inspections:  []calendar.Date{d("2024-05-08"), d("2024-05-07")}, DisposalCost: dec("1234.567")}
	b, err := Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	// Two inspections at 250 kg × 0.75 = 187.50, in date order; disposal at
	// cost 1234.567, rounded half-up to 1234.57.
	if len(b.Lines) != 3 || b.Lines[0].First != d("2024-05-07") || b.Lines[2].Method != PassedThrough {
		t.Fatalf("lines:\n%s", b.Explain())
	}
	requireDecimal(t, "Subtotal(Inspection)", b.Subtotal(Inspection), "375")
	requireDecimal(t, "Subtotal(Disposal)", b.Subtotal(Disposal), "1234.57")
	st.Goods.Weight = dec("100")
	b, err = Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	requireDecimal(t, "Subtotal(Inspection) at 100 kg", b.Subtotal(Inspection), "160")
}

func TestAccruedAndBetween(t *testing.T) {
	s := loadSchedule(t, "port-warehouse.json")
	st := Stay{Goods: Goods{Volume: dec("10"), Weight: dec("2000")}, Detained: d("2026-06-01"),
		Inspections: []calendar.Date{d("2026-06-20")}}
	// Still in storage on 2026-06-15: handling in 70 (2 t × 35), days 4-15
	// at 12 a day = 144; no inspection yet, no handling out. 214 is above
	// the bill minimum of 200.
	b, err := Accrued(s, st, d("2026-06-15"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Final || b.Days != 15 || !b.Total.Equal(dec("214")) {
		t.Errorf("Accrued: final %v, %d days, total %s; want interim, 15 days, 214\n%s", b.Final, b.Days, b.Total, b.Explain())
	}
	// Released on 2026-07-10: an Accrued bill on a later day is the final
	// bill.
	st.Outcome, st.End = Released, d("2026-07-10")
	final, err := Calculate(s, st)
	if err != nil {
		t.Fatal(err)
	}
	later, err := Accrued(s, st, d("2026-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	if !later.Final || !later.Total.Equal(final.Total) || later.To != st.End {
		t.Errorf("Accrued after the end: final %v total %s to %s; want the final bill %s to %s", later.Final, later.Total, later.To, final.Total, st.End)
	}
	// Monthly bills: June and July add up to the whole (no minimum applies
	// to either; every product is exact to the fen).
	june, err := Between(s, st, d("2026-06-01"), d("2026-06-30"))
	if err != nil {
		t.Fatal(err)
	}
	july, err := Between(s, st, d("2026-07-01"), d("2026-07-31"))
	if err != nil {
		t.Fatal(err)
	}
	if !june.Total.Add(july.Total).Equal(final.Total) || june.Final || !july.Final {
		t.Errorf("June %s + July %s = %s; want the whole stay %s\n%s\n%s", june.Total, july.Total, june.Total.Add(july.Total), final.Total, june.Explain(), july.Explain())
	}
	// July's storage days are days 31-40, at 1.5 times the rate.
	if l := july.Lines[0]; l.FromDay != 31 || l.ToDay != 40 || !l.Rate.Equal(dec("1.8")) {
		t.Errorf("July's first line: days %d-%d at %s; want days 31-40 at 1.80", l.FromDay, l.ToDay, l.Rate)
	}
}

func TestCalculate_errors(t *testing.T) {
	s := flat(t, storage("1"), Charge{Kind: HandlingIn, Basis: PerTonne, Per: Once, Rate: dec("30")})
	ok := Stay{Goods: goods, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-05")}
	for _, tc := range []struct {
		name   string
		edit   func(*Stay)
		target error
		field  string // The first FieldError's field, or "" for none.
	}{
		{"stay before the standard", func(st *Stay) { st.Detained = d("2019-12-30") }, ErrNoStandard, ""},
		{"volume not stated", func(st *Stay) { st.Goods.Volume = dec("0") }, ErrInvalidStay, "goods.volume"},
		{"weight not stated for tonnes", func(st *Stay) { st.Goods.Weight = dec("0") }, ErrInvalidStay, "goods.weight"},
		{"negative volume", func(st *Stay) { st.Goods.Volume = dec("-1") }, ErrInvalidStay, "goods.volume"},
		{"absurd volume", func(st *Stay) { st.Goods.Volume = dec("1000000000.000001") }, ErrInvalidStay, "goods.volume"},
		{"exponent bomb", func(st *Stay) { st.Goods.Volume = decimal.New(1, 999999) }, ErrInvalidStay, "goods.volume"},
		{"seven decimal places", func(st *Stay) { st.Goods.Volume = dec("1.0000001") }, ErrInvalidStay, "goods.volume"},
		{"fractional pallets", func(st *Stay) { st.Goods.Pallets = dec("1.5") }, ErrInvalidStay, "goods.pallets"},
		{"end before start", func(st *Stay) { st.End = d("2024-02-29") }, ErrInvalidStay, "end"},
		{"no detention day", func(st *Stay) { st.Detained = calendar.Date{} }, ErrInvalidStay, "detained"},
		{"invalid date", func(st *Stay) { st.End = calendar.Date{Year: 2024, Month: 2, Day: 30} }, ErrInvalidStay, "end"},
		{"still in storage", func(st *Stay) { st.Outcome, st.End = InStorage, calendar.Date{} }, ErrInvalidStay, "outcome"},
		{"end without outcome", func(st *Stay) { st.Outcome = InStorage }, ErrInvalidStay, "end"},
		{"unknown outcome", func(st *Stay) { st.Outcome = 9 }, ErrInvalidStay, "outcome"},
		{"stay too long", func(st *Stay) { st.End = d("2060-01-01") }, ErrInvalidStay, "end"},
		{"confiscated goods released", func(st *Stay) { st.Confiscation.Served = d("2024-03-02") }, ErrInvalidStay, "confiscation.served"},
		{"delay without decision", func(st *Stay) { st.Confiscation.Delay = ConsigneeLitigation }, ErrInvalidStay, "confiscation.served"},
		{"inspection after the end", func(st *Stay) { st.Inspections = []calendar.Date{d("2024-03-06")} }, ErrInvalidStay, "inspections[0]"},
		{"disposal cost without disposal", func(st *Stay) { st.DisposalCost = dec("10") }, ErrInvalidStay, "disposal_cost"},
		{"control character", func(st *Stay) { st.Goods.Description = "bags\x00" }, ErrInvalidStay, "goods.description"},
		{"disposed without confiscation", func(st *Stay) { st.Outcome = Disposed }, ErrInvalidStay, "confiscation.served"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := ok
			st.Inspections = nil
			tc.edit(&st)
			before := st
			_, err := Calculate(s, st)
			if !errors.Is(err, tc.target) {
				t.Fatalf("Calculate = %v; want %v", err, tc.target)
			}
			if !st.Equal(before) {
				t.Error("Calculate changed its input")
			}
			var fe *FieldError
			if tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field) {
				t.Errorf("Calculate = %v; want a FieldError for %s", err, tc.field)
			}
			if !strings.HasPrefix(err.Error(), "storagecost: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
	var nse *NoStandardError
	_, err := Calculate(s, Stay{Goods: goods, Detained: d("2019-12-30"), Outcome: Released, End: d("2020-01-02")})
	if !errors.As(err, &nse) || nse.Day != d("2019-12-30") {
		t.Errorf("Calculate before the standard = %v; want NoStandardError for 2019-12-30", err)
	}
	for _, tc := range []struct {
		name     string
		from, to string
	}{
		{"as of before detention", "2024-03-01", "2024-02-28"},
		{"reversed period", "2024-03-04", "2024-03-03"},
		{"period after the stay", "2024-03-06", "2024-03-31"},
	} {
		if _, err := Between(s, ok, d(tc.from), d(tc.to)); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("%s: Between = %v; want ErrInvalidArgument", tc.name, err)
		}
	}
	if _, err := Accrued(s, ok, calendar.Date{}); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("Accrued(zero date) = %v; want ErrInvalidArgument", err)
	}
}

// A schedule with a gap: the days in it cannot be charged.
func TestCalculate_gapInSchedule(t *testing.T) {
	a := Standard{Version: "A", Issuer: "w", EffectiveFrom: d("2024-01-01"), EffectiveUntil: d("2024-03-31"), Charges: []Charge{storage("1")}}
	b := Standard{Version: "B", Issuer: "w", EffectiveFrom: d("2024-04-03"), Charges: []Charge{storage("2")}}
	s, err := NewSchedule(b, a) // Any order.
	if err != nil {
		t.Fatal(err)
	}
	_, err = Calculate(s, Stay{Goods: goods, Detained: d("2024-03-30"), Outcome: Released, End: d("2024-04-05")})
	var nse *NoStandardError
	if !errors.As(err, &nse) || nse.Day != d("2024-04-01") || !strings.Contains(nse.Charge, "storage day 3") {
		t.Fatalf("Calculate across the gap = %v; want NoStandardError for 2024-04-01, storage day 3", err)
	}
	bill, err := Calculate(s, Stay{Goods: goods, Detained: d("2024-03-30"), Outcome: Released, End: d("2024-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	requireDecimal(t, "Total before the gap", bill.Total, "20")
}

// A pass-through disposal needs the actual cost: never a silent zero.
func TestCalculate_passThroughNeedsTheCost(t *testing.T) {
	s := flat(t, Charge{Kind: Disposal, Per: Once, PassThrough: true})
	_, err := Calculate(s, Stay{Goods: goods, Detained: d("2024-05-06"), Outcome: Disposed, End: d("2024-07-01"),
		Confiscation: Confiscation{Served: d("2024-06-01")}})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "disposal_cost" || !errors.Is(err, ErrInvalidStay) {
		t.Errorf("Calculate = %v; want a FieldError for disposal_cost", err)
	}
}

// Free days count from the stay's first day across a change of standard:
// A gives 3 free days, B (from day 5) 10, so B's lines start at day 11.
func TestCalculate_freeDaysAcrossAChange(t *testing.T) {
	a := Standard{Version: "A", Issuer: "w", EffectiveFrom: d("2024-01-01"), Charges: []Charge{{Kind: Storage, Basis: PerCubicMetre, Per: PerDay, Rate: dec("1"), FreeDays: 3}}}
	b := Standard{Version: "B", Issuer: "w", EffectiveFrom: d("2024-03-05"), Charges: []Charge{{Kind: Storage, Basis: PerCubicMetre, Per: PerDay, Rate: dec("2"), FreeDays: 10}}}
	s, err := NewSchedule(a, b)
	if err != nil {
		t.Fatal(err)
	}
	bill, err := Calculate(s, Stay{Goods: goods, Detained: d("2024-03-01"), Outcome: Released, End: d("2024-03-20")})
	if err != nil {
		t.Fatal(err)
	}
	// A: days 1-3 free, day 4 charged (10 m³ × 1). B: days 5-10 free, days
	// 11-20 charged (10 m³ × 2 × 10 days).
	var got []string
	for _, l := range bill.Lines {
		got = append(got, l.Standard+" "+l.Method.String()+" "+strconv.Itoa(l.FromDay)+"-"+strconv.Itoa(l.ToDay))
	}
	want := "A free-days 1-3, A rate 4-4, B free-days 5-10, B rate 11-20"
	if strings.Join(got, ", ") != want || !bill.Total.Equal(dec("210")) {
		t.Errorf("lines %s, total %s; want %s, total 210", strings.Join(got, ", "), bill.Total, want)
	}
}

// A monthly bill after the first gets no minimum per bill: the minimum is
// the stay's.
func TestBetween_minimumIsTheStays(t *testing.T) {
	s, err := NewSchedule(Standard{Version: "T", Issuer: "w", EffectiveFrom: d("2024-01-01"), MinimumPerBill: dec("100"), Charges: []Charge{storage("1")}})
	if err != nil {
		t.Fatal(err)
	}
	st := Stay{Goods: goods, Detained: d("2024-03-30"), Outcome: Released, End: d("2024-04-02")}
	march, err := Between(s, st, d("2024-03-01"), d("2024-03-31"))
	if err != nil {
		t.Fatal(err)
	}
	april, err := Between(s, st, d("2024-04-01"), d("2024-04-30"))
	if err != nil {
		t.Fatal(err)
	}
	// March: 2 days × 10 = 20, raised to 100. April: 2 days × 10 = 20.
	if !march.Total.Equal(dec("100")) || !april.Total.Equal(dec("20")) {
		t.Errorf("March %s, April %s; want 100 (the stay's minimum) and 20", march.Total, april.Total)
	}
}

// A cap after the last representable day caps nothing, and the bill still
// marshals.
func TestCalculate_capBeyondTheDateRange(t *testing.T) {
	s := flat(t, storage("1"))
	b, err := Calculate(s, Stay{Goods: goods, Detained: d("9999-12-01"), Outcome: Disposed, End: d("9999-12-31"),
		Confiscation: Confiscation{Served: d("9999-12-15")}})
	if err != nil {
		t.Fatal(err)
	}
	if b.Days != 31 || !b.Cap.IsZero() {
		t.Errorf("%d days, cap %s; want 31 days, no cap", b.Days, b.Cap)
	}
	if _, err := json.Marshal(b); err != nil {
		t.Errorf("Marshal = %v", err)
	}
}
