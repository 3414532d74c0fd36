package storagecost_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
	"github.com/shopspring/decimal"
)

// tariff is a port warehouse's standard, as a service would load it from
// the warehouse's published file. (An example, not an official rate.)
const tariff = `[{
  "version": "EXAMPLE-2024",
  "issuer": "Example Port Warehouse",
  "effective_from": "2024-01-01",
  "minimum_per_bill": "100",
  "charges": [
    {"kind": "handling-in", "basis": "tonne", "per": "once", "rate": "35", "minimum": "50", "description": "inbound handling"},
    {"kind": "storage", "basis": "m3", "per": "day", "rate": "1.20", "free_days": 3,
     "tiers": [{"from_day": 1, "to_day": 30, "rate": "1.20"}, {"from_day": 31, "to_day": 0, "multiplier": "1.5"}],
     "description": "storage"},
    {"kind": "handling-out", "basis": "tonne", "per": "once", "rate": "35", "minimum": "50", "description": "outbound handling"},
    {"kind": "disposal", "basis": "tonne", "per": "once", "rate": "800", "description": "destruction"}
  ]
}]`

func mustSchedule() storagecost.Schedule {
	s, err := storagecost.ParseSchedule([]byte(tariff))
	if err != nil {
		panic(err)
	}
	return s
}

func d(s string) calendar.Date     { return calendar.MustParseDate(s) }
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
func bags() storagecost.Goods {
	return storagecost.Goods{Description: "handbags", Volume: dec("12.5"), Weight: dec("1850")}
}
func released(in, out string) storagecost.Stay {
	return storagecost.Stay{Goods: bags(), Detained: d(in), Outcome: storagecost.Released, End: d(out)}
}

// A whole stay: goods detained on 2024-03-04 and released 45 days later.
func Example() {
	b, err := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-04-17"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Explain())
	// Output:
	// Detained 2024-03-04; released 2024-04-17.
	// Charged days: 2024-03-04 to 2024-04-17, 45 days.
	// 1. inbound handling, 2024-03-04 under EXAMPLE-2024: 1.85 t × 35.00 CNY per t = 64.75
	// 2. storage, days 1-3 (2024-03-04 to 2024-03-06) under EXAMPLE-2024: 3 free days: 0.00
	// 3. storage, days 4-30 (2024-03-07 to 2024-04-02) under EXAMPLE-2024: 12.5 m³ × 1.20 CNY per m³ per day × 27 days = 405.00
	// 4. storage, days 31-45 (2024-04-03 to 2024-04-17) under EXAMPLE-2024: 12.5 m³ × (1.20 × 1.5 = 1.80) CNY per m³ per day × 15 days = 337.50
	// 5. outbound handling, 2024-04-17 under EXAMPLE-2024: 1.85 t × 35.00 CNY per t = 64.75
	// Subtotals: storage 742.50; handling-in 64.75; handling-out 64.75.
	// Total: 742.50 + 64.75 + 64.75 = 872.00 CNY.
}

func ExampleCalculate() {
	b, err := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range b.Lines {
		fmt.Printf("%-12s %-10s %3d days %8s\n", l.Kind, l.Method, l.Days, l.Amount.StringFixed(2))
	}
	fmt.Println("total", b.Total.StringFixed(2))
	// Output:
	// handling-in  rate         0 days    64.75
	// storage      free-days    3 days     0.00
	// storage      rate        14 days   210.00
	// handling-out rate         0 days    64.75
	// total 339.50
}

// Confiscated goods: the holder pays for no day after 3 months from service
// of the confiscation decision (Measures art 34), unless the consignee's
// appeal caused the delay.
func ExampleCalculate_confiscationCap() {
	st := storagecost.Stay{Goods: bags(), Detained: d("2024-03-04"), Outcome: storagecost.Disposed, End: d("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: d("2024-04-30")}}
	b, _ := storagecost.Calculate(mustSchedule(), st)
	fmt.Println(b.Last, b.Days, b.Total.StringFixed(2))

	st.Confiscation.Delay = storagecost.ConsigneeLitigation
	b, _ = storagecost.Calculate(mustSchedule(), st)
	fmt.Println(b.Last, b.Days, b.Total.StringFixed(2))
	// Output:
	// 2024-07-30 149 4692.00
	// 2024-09-30 211 6087.00
}

// A day to be charged that no standard covers is an error, never a silent
// zero.
func ExampleCalculate_noStandard() {
	_, err := storagecost.Calculate(mustSchedule(), released("2023-12-30", "2024-01-05"))
	var nse *storagecost.NoStandardError
	fmt.Println(errors.Is(err, storagecost.ErrNoStandard), errors.As(err, &nse) && nse.Day == d("2023-12-30"))
	fmt.Println(err)
	// Output:
	// true true
	// storagecost: no standard of the schedule is in effect on 2023-12-30 (the detention day)
}

// Goods still in storage: what they have cost so far.
func ExampleAccrued() {
	st := storagecost.Stay{Goods: bags(), Detained: d("2024-03-04")}
	b, err := storagecost.Accrued(mustSchedule(), st, d("2024-03-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Final, b.Days, b.Total.StringFixed(2))
	// Output: false 28 439.75
}

// Monthly bills of one stay add up to the bill of the whole stay.
func ExampleBetween() {
	s, st := mustSchedule(), released("2024-03-04", "2024-04-17")
	march, _ := storagecost.Between(s, st, d("2024-03-01"), d("2024-03-31"))
	april, _ := storagecost.Between(s, st, d("2024-04-01"), d("2024-04-30"))
	whole, _ := storagecost.Calculate(s, st)
	fmt.Println(march.Total.StringFixed(2), "+", april.Total.StringFixed(2), "=", march.Total.Add(april.Total).StringFixed(2), whole.Total.StringFixed(2))
	// Output: 439.75 + 432.25 = 872.00 872.00
}

func ExampleBill_Explain() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-05"))
	fmt.Println(b.Explain())
	// Output:
	// Detained 2024-03-04; released 2024-03-05.
	// Charged days: 2024-03-04 to 2024-03-05, 2 days.
	// 1. inbound handling, 2024-03-04 under EXAMPLE-2024: 1.85 t × 35.00 CNY per t = 64.75
	// 2. storage, days 1-2 (2024-03-04 to 2024-03-05) under EXAMPLE-2024: 2 free days: 0.00
	// 3. outbound handling, 2024-03-05 under EXAMPLE-2024: 1.85 t × 35.00 CNY per t = 64.75
	// Subtotals: storage 0.00; handling-in 64.75; handling-out 64.75.
	// Total: 0.00 + 64.75 + 64.75 = 129.50 CNY.
}

func ExampleBill_Subtotal() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-04-17"))
	fmt.Println(b.Subtotal(storagecost.Storage).StringFixed(2), b.Subtotal(storagecost.Disposal).StringFixed(2))
	// Output: 742.50 0.00
}

func ExampleLine_Explain() {
	st := storagecost.Stay{Goods: storagecost.Goods{Volume: dec("0.75"), Weight: dec("2")}, Detained: d("2024-03-04"), Outcome: storagecost.Released, End: d("2024-03-10")}
	b, _ := storagecost.Calculate(mustSchedule(), st)
	for _, l := range b.Lines {
		fmt.Println(l.Explain())
	}
	// Output:
	// inbound handling, 2024-03-04 under EXAMPLE-2024: 0.002 t × 35.00 CNY per t = 0.07, below the minimum: charged 50.00
	// storage, days 1-3 (2024-03-04 to 2024-03-06) under EXAMPLE-2024: 3 free days: 0.00
	// storage, days 4-7 (2024-03-07 to 2024-03-10) under EXAMPLE-2024: 0.75 m³ × 1.20 CNY per m³ per day × 4 days = 3.60
	// outbound handling, 2024-03-10 under EXAMPLE-2024: 0.002 t × 35.00 CNY per t = 0.07, below the minimum: charged 50.00
}

// A bill below the standard's minimum per bill gets a top-up line.
func ExampleLine_Explain_minimum() {
	std := storagecost.Standard{Version: "MIN", Issuer: "W", EffectiveFrom: d("2024-01-01"), MinimumPerBill: dec("100"),
		Charges: []storagecost.Charge{{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Rate: dec("1")}}}
	s, _ := storagecost.NewSchedule(std)
	st := storagecost.Stay{Goods: storagecost.Goods{Volume: dec("10")}, Detained: d("2024-03-04"), Outcome: storagecost.Released, End: d("2024-03-06")}
	b, _ := storagecost.Calculate(s, st)
	for _, l := range b.Lines {
		fmt.Println(l.Explain())
	}
	fmt.Println(b.Total.StringFixed(2))
	// Output:
	// storage, days 1-3 (2024-03-04 to 2024-03-06) under MIN: 10 m³ × 1.00 CNY per m³ per day × 3 days = 30.00
	// minimum charge per bill, 2024-03-06 under MIN: charged 30.00, below the minimum of 100.00: add 70.00
	// 100.00
}

func ExampleNewSchedule() {
	v1 := storagecost.Standard{Version: "W-2024", Issuer: "Warehouse", EffectiveFrom: d("2024-01-01"),
		Charges: []storagecost.Charge{{Kind: storagecost.Storage, Basis: storagecost.PerPallet, Per: storagecost.PerDay, Rate: dec("8")}}}
	v2 := v1
	v2.Version, v2.EffectiveFrom = "W-2025", d("2025-01-01")
	v2.Charges = []storagecost.Charge{{Kind: storagecost.Storage, Basis: storagecost.PerPallet, Per: storagecost.PerDay, Rate: dec("9")}}
	s, err := storagecost.NewSchedule(v2, v1)
	if err != nil {
		fmt.Println(err)
		return
	}
	st := storagecost.Stay{Goods: storagecost.Goods{Pallets: dec("3")}, Detained: d("2024-12-30"), Outcome: storagecost.Released, End: d("2025-01-02")}
	b, _ := storagecost.Calculate(s, st)
	for _, l := range b.Lines {
		fmt.Println(l.Standard, l.First, l.Last, l.Amount.StringFixed(2))
	}
	// Output:
	// W-2024 2024-12-30 2024-12-31 48.00
	// W-2025 2025-01-01 2025-01-02 54.00
}

func ExampleNewSchedule_overlap() {
	a := storagecost.Standard{Version: "A", Issuer: "W", EffectiveFrom: d("2024-01-01"), EffectiveUntil: d("2024-12-31"),
		Charges: []storagecost.Charge{{Kind: storagecost.Storage, Basis: storagecost.PerPallet, Per: storagecost.PerDay, Rate: dec("8")}}}
	b := a
	b.Version, b.EffectiveFrom, b.EffectiveUntil = "B", d("2024-12-01"), calendar.Date{}
	_, err := storagecost.NewSchedule(a, b)
	fmt.Println(err)
	// Output: storagecost: schedule: standards[1].effective_from "2024-12-01": overlaps standards[0], in effect 2024-01-01..2024-12-31
}

func ExampleParseSchedule() {
	s, err := storagecost.ParseSchedule([]byte(tariff))
	if err != nil {
		fmt.Println(err)
		return
	}
	std, _ := s.At(d("2024-06-01"))
	fmt.Println(s.Len(), std.Version, std.Charges[1].Tiers[1].Multiplier)
	// Output: 1 EXAMPLE-2024 1.5
}

// Tariff files are checked strictly, and errors name the field.
func ExampleParseSchedule_errors() {
	_, err := storagecost.ParseSchedule([]byte(`[{"version":"V","issuer":"W","effective_from":"2024-01-01",
	  "charges":[{"kind":"storage","basis":"m3","per":"day","rate":1e999999}]}]`))
	fmt.Println(err)
	_, err = storagecost.ParseSchedule([]byte(`[{"version":"V","issuer":"W","effective_from":"2024-01-01",
	  "charges":[{"kind":"storage","basis":"litre","per":"day","rate":"-1"}]}]`))
	fmt.Println(err)
	// Output:
	// storagecost: schedule JSON: [0].charges[0].rate: "1e999999": write numbers without an exponent
	// storagecost: schedule JSON: [0].charges[0].basis: unknown Basis "litre" (want one of m3, tonne, kg, m2, pallet, piece, consignment, value, job)
}

func ExampleParseStandard() {
	std, err := storagecost.ParseStandard([]byte(`{"version":"FLAT","issuer":"W","effective_from":"2024-01-01",
	  "charges":[{"kind":"storage","basis":"consignment","per":"once","rate":"40"}]}`))
	fmt.Println(std.Version, std.Charges[0].Per, err)
	// Output: FLAT once <nil>
}

func ExampleSchedule_At() {
	s := mustSchedule()
	std, ok := s.At(d("2024-02-29"))
	fmt.Println(std.Version, ok)
	_, ok = s.At(d("2023-12-31"))
	fmt.Println(ok)
	// Output:
	// EXAMPLE-2024 true
	// false
}

func ExampleSchedule_Len() {
	fmt.Println(mustSchedule().Len(), storagecost.Schedule{}.Len())
	// Output: 1 0
}

func ExampleSchedule_Standards() {
	for _, std := range mustSchedule().Standards() {
		fmt.Println(std.Version, std.Issuer, len(std.Charges))
	}
	// Output: EXAMPLE-2024 Example Port Warehouse 4
}

func ExampleSchedule_Equal() {
	a, b := mustSchedule(), mustSchedule()
	fmt.Println(a.Equal(b), a.Equal(storagecost.Schedule{}))
	// Output: true false
}

func ExampleSchedule_MarshalJSON() {
	std := storagecost.Standard{Version: "V", Issuer: "W", EffectiveFrom: d("2024-01-01"),
		Charges: []storagecost.Charge{{Kind: storagecost.HandlingIn, Basis: storagecost.PerConsignment, Per: storagecost.Once, Rate: dec("30")}}}
	s, _ := storagecost.NewSchedule(std)
	data, _ := json.Marshal(s)
	fmt.Println(string(data))
	// Output: [{"version":"V","issuer":"W","effective_from":"2024-01-01","effective_until":"","rounding":"half-up","day_count":"both-ends","minimum_per_bill":"0","charges":[{"kind":"handling-in","condition":"any","basis":"consignment","per":"once","rate":"30","minimum":"0"}]}]
}

func ExampleSchedule_UnmarshalJSON() {
	var s storagecost.Schedule
	err := json.Unmarshal([]byte(tariff), &s)
	fmt.Println(s.Len(), err)
	// Output: 1 <nil>
}

func ExampleStandard_Validate() {
	std := storagecost.Standard{Version: "V", EffectiveFrom: d("2024-01-01"), Charges: []storagecost.Charge{{
		Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Rate: dec("1"),
		Tiers: []storagecost.Tier{{FromDay: 1, ToDay: 30, Rate: dec("1")}, {FromDay: 20, Multiplier: dec("2")}},
	}}}
	err := std.Validate()
	var fes storagecost.FieldErrors
	fmt.Println(errors.Is(err, storagecost.ErrInvalidStandard), errors.As(err, &fes), len(fes))
	fmt.Println(err)
	// Output:
	// true true 2
	// storagecost: standard "V": issuer: required
	// storagecost: standard "V": charges[0].tiers[1].from_day "20": overlaps the tier before, which covers days to 30
}

func ExampleStandard_Equal() {
	a := storagecost.Standard{Version: "V", MinimumPerBill: dec("50")}
	b := storagecost.Standard{Version: "V", MinimumPerBill: dec("50.00")}
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleStandard_UnmarshalJSON() {
	var std storagecost.Standard
	err := json.Unmarshal([]byte(`{"version":"V","issuer":"W","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1.2345678"}]}`), &std)
	fmt.Println(err)
	// Output: storagecost: standard JSON: charges[0].rate: "1.2345678" has more than 6 decimal places
}

func ExampleCharge_Equal() {
	a := storagecost.Charge{Kind: storagecost.Storage, Rate: dec("1.5")}
	fmt.Println(a.Equal(storagecost.Charge{Kind: storagecost.Storage, Rate: dec("1.50")}), a.Equal(storagecost.Charge{Kind: storagecost.Custody, Rate: dec("1.5")}))
	// Output: true false
}

func ExampleTier_Equal() {
	fmt.Println(storagecost.Tier{FromDay: 1, Rate: dec("2")}.Equal(storagecost.Tier{FromDay: 1, Rate: dec("2.0")}))
	// Output: true
}

func ExampleBracket_Equal() {
	fmt.Println(storagecost.Bracket{UpTo: dec("20"), Amount: dec("20")}.Equal(storagecost.Bracket{UpTo: dec("20"), Amount: dec("60")}))
	// Output: false
}

func ExampleStay_Validate() {
	st := storagecost.Stay{Goods: storagecost.Goods{Volume: dec("-2"), Pallets: dec("1.5")}, Detained: d("2024-03-04"), Outcome: storagecost.Released, End: d("2024-03-01")}
	fmt.Println(st.Validate())
	// Output:
	// storagecost: stay: goods.volume "-2": negative
	// storagecost: stay: goods.pallets "1.5": not a whole number
	// storagecost: stay: end "2024-03-01": before detained 2024-03-04
}

func ExampleStay_Equal() {
	a := released("2024-03-04", "2024-03-10")
	b := a
	b.Goods.Volume = dec("12.50")
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleStay_UnmarshalJSON() {
	var st storagecost.Stay
	err := json.Unmarshal([]byte(`{"goods":{"volume":"12.5","weight":"1850"},"detained":"2024-03-04","outcome":"released","end":"2024-04-17"}`), &st)
	fmt.Println(st.Detained, st.Outcome, st.Goods.Volume, err)
	// Output: 2024-03-04 released 12.5 <nil>
}

func ExampleGoods_Equal() {
	fmt.Println(storagecost.Goods{Weight: dec("1000")}.Equal(storagecost.Goods{Weight: dec("1000.000")}))
	// Output: true
}

func ExampleConfiscation_Cap() {
	cap, ok := storagecost.Confiscation{Served: d("2024-11-30")}.Cap()
	fmt.Println(cap, ok)
	_, ok = storagecost.Confiscation{Served: d("2024-11-30"), Delay: storagecost.ConsigneeReview}.Cap()
	fmt.Println(ok)
	// Output:
	// 2025-02-28 true
	// false
}

func ExampleFieldError() {
	err := storagecost.Stay{Detained: d("2024-03-04"), Goods: storagecost.Goods{Value: dec("2000000000000")}}.Validate()
	var fe *storagecost.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.Value, fe.Reason)
	}
	// Output: goods.value 2000000000000 too large: at most 1000000000000
}

func ExampleFieldError_Error() {
	fe := &storagecost.FieldError{Field: "goods.volume", Value: "-1", Reason: "negative"}
	fmt.Println(fe.Error())
	// Output: storagecost: goods.volume "-1": negative
}

func ExampleFieldErrors() {
	err := storagecost.Stay{}.Validate()
	var fes storagecost.FieldErrors
	if errors.As(err, &fes) {
		for _, fe := range fes {
			fmt.Println(fe.Field, fe.Reason)
		}
	}
	// Output: detained required
}

func ExampleNoStandardError() {
	err := &storagecost.NoStandardError{Day: d("2024-04-01"), Charge: "storage day 3"}
	fmt.Println(err, errors.Is(err, storagecost.ErrNoStandard))
	// Output: storagecost: no standard of the schedule is in effect on 2024-04-01 (storage day 3) true
}

func ExampleSubtotal() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	for _, s := range b.Subtotals {
		fmt.Println(s.Kind, s.Amount.StringFixed(2))
	}
	// Output:
	// storage 210.00
	// handling-in 64.75
	// handling-out 64.75
}

// A bill that comes from elsewhere can be checked line by line.
func ExampleBill_Validate() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	fmt.Println(b.Validate())
	b.Lines[2].Amount = dec("200.00")
	fmt.Println(b.Validate())
	// Output:
	// <nil>
	// storagecost: bill: lines[2].amount "200": not the rounded amount 210.00
	// storagecost: bill: subtotals[0].amount "210": not the sum of the storage lines, 200.00
	// storagecost: bill: total "339.5": not the sum of the lines, 329.50
}

func ExampleBill_UnmarshalJSON() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	data, _ := json.Marshal(b)
	var back storagecost.Bill
	fmt.Println(json.Unmarshal(data, &back), back.Total.StringFixed(2))
	// Output: <nil> 339.50
}

func ExampleLine_MarshalJSON() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	data, _ := json.Marshal(b.Lines[0])
	fmt.Println(string(data))
	// Output: {"kind":"handling-in","description":"inbound handling","standard":"EXAMPLE-2024","method":"rate","per":"once","basis":"tonne","unit":"t","quantity":"1.85","rate":"35","base_rate":"0","multiplier":"0","first":"2024-03-04","last":"2024-03-04","from_day":0,"to_day":0,"days":0,"up_to":"0","minimum":"0","exact":"64.75","rounding":"half-up","amount":"64.75","explanation":"inbound handling, 2024-03-04 under EXAMPLE-2024: 1.85 t × 35.00 CNY per t = 64.75"}
}

func ExampleLine_UnmarshalJSON() {
	var l storagecost.Line
	err := json.Unmarshal([]byte(`{"kind":"storage","method":"rate","per":"day","basis":"m3","quantity":"2","rate":"1.5","days":3,"exact":"9","amount":"9","explanation":"ignored"}`), &l)
	fmt.Println(l.Kind, l.Days, l.Amount, err)
	// Output: storage 3 9 <nil>
}

func ExampleBill_MarshalJSON() {
	b, _ := storagecost.Calculate(mustSchedule(), released("2024-03-04", "2024-03-20"))
	data, _ := json.Marshal(b)
	var v struct {
		Total     string
		Subtotals []struct{ Kind, Amount string }
	}
	_ = json.Unmarshal(data, &v)
	fmt.Println(v.Total, v.Subtotals[0].Kind, v.Subtotals[0].Amount)
	// Output: 339.50 storage 210.00
}

func ExampleSubtotal_MarshalJSON() {
	data, _ := json.Marshal(storagecost.Subtotal{Kind: storagecost.Disposal, Amount: dec("1572.5")})
	fmt.Println(string(data))
	// Output: {"kind":"disposal","amount":"1572.50"}
}

// The day-count convention is the standard's, and the explanation says
// which days it leaves out.
func ExampleDayCount() {
	std := storagecost.Standard{Version: "NIGHTS", Issuer: "W", EffectiveFrom: d("2024-01-01"), DayCount: storagecost.ExcludeFirstDay,
		Charges: []storagecost.Charge{{Kind: storagecost.Storage, Basis: storagecost.PerPallet, Per: storagecost.PerDay, Rate: dec("8")}}}
	s, _ := storagecost.NewSchedule(std)
	b, _ := storagecost.Calculate(s, storagecost.Stay{Goods: storagecost.Goods{Pallets: dec("2")}, Detained: d("2024-03-04"), Outcome: storagecost.Released, End: d("2024-03-06")})
	fmt.Println(b.Explain())
	// Output:
	// Detained 2024-03-04; released 2024-03-06.
	// Charged days: 2024-03-05 to 2024-03-06, 2 days.
	// The detention day is not charged: the standard's day count excludes the first day.
	// 1. storage, days 1-2 (2024-03-05 to 2024-03-06) under NIGHTS: 2 pallet × 8.00 CNY per pallet per day × 2 days = 32.00
	// Subtotals: storage 32.00.
	// Total: 32.00 CNY.
}
