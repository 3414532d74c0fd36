package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

func ExampleDefaultParameters() {
	p := enforcement.DefaultParameters()
	min, _ := p.At(enforcement.GeneralBondMinimum, calendar.MustParseDate("2025-03-01"))
	fmt.Println(min)
	_, err := p.At(enforcement.InfringingOrdinaryRate, calendar.MustParseDate("2023-12-31"))
	fmt.Println(errors.Is(err, enforcement.ErrNoParameter))
	// Output:
	// general-bond-minimum 200000.00 from 2006-07-01 (GACC Ann. 2006 No. 31; R-GB-2)
	// true
}

func ExampleNewParameters() {
	d := calendar.MustParseDate
	_, err := enforcement.NewParameters(
		enforcement.Parameter{Kind: enforcement.InfringingFineMaxRate, Value: decimal.RequireFromString("1.5"), Source: "a", From: d("2020-01-01")},
		enforcement.Parameter{Kind: enforcement.DutyWaiver, Value: decimal.New(50, 0), From: d("2020-01-01")},
	)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidParameters))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: [0].value "1.5": a rate is a fraction of the goods' value, at most 1
	// enforcement: [1].source: required
}

func ExampleParameter() {
	p := enforcement.Parameter{
		Kind:   enforcement.GeneralBondMinimum,
		Value:  decimal.New(200_000, 0),
		Source: "GACC Ann. 2006 No. 31",
		From:   calendar.MustParseDate("2006-07-01"),
	}
	fmt.Println(p.Kind, p.Value.StringFixed(2), p.From, p.Until.IsZero())
	// Output: general-bond-minimum 200000.00 2006-07-01 true
}

func ExampleParameter_InForce() {
	p, _ := enforcement.DefaultParameters().At(enforcement.InfringingHeavierRate, calendar.MustParseDate("2024-06-01"))
	fmt.Println(p.InForce(calendar.MustParseDate("2023-12-31")), p.InForce(calendar.MustParseDate("2024-01-01")))
	// Output: false true
}

func ExampleParameter_Equal() {
	p, _ := enforcement.DefaultParameters().At(enforcement.DutyWaiver, calendar.MustParseDate("2024-06-01"))
	q := p
	q.Value = decimal.RequireFromString("50.00")
	fmt.Println(p.Equal(q))
	q.Source = "another text"
	fmt.Println(p.Equal(q))
	// Output:
	// true
	// false
}

func ExampleParameter_String() {
	p, _ := enforcement.DefaultParameters().At(enforcement.InfringingFineMaxRate, calendar.MustParseDate("2024-06-01"))
	fmt.Println(p)
	// Output: infringing-fine-max-rate 0.3 from 2004-11-01 (Customs Administrative Penalty Implementing Regs art 25 para 1 (2004; retained in 2022); R-PEN-1)
}

func ExampleParameterError() {
	_, err := enforcement.DefaultParameters().At(enforcement.DeclarationHeavierFrom, calendar.MustParseDate("2020-05-01"))
	var pe *enforcement.ParameterError
	if errors.As(err, &pe) {
		fmt.Println(pe.Kind, pe.Date, len(pe.Known), pe.Known[0].From)
	}
	fmt.Println(err)
	// Output:
	// declaration-heavier-from 2020-05-01 1 2024-01-01
	// enforcement: no declaration-heavier-from in force on 2020-05-01 (known: declaration-heavier-from 30000.00 from 2024-01-01 (GACC Ann. 2023 No. 198 art 14; R-PEN-3))
}

func ExampleParameterKind() {
	for _, k := range []enforcement.ParameterKind{enforcement.GeneralBondMinimum, enforcement.InfringingFineMaxRate} {
		fmt.Println(k, k.IsRate())
	}
	// Output:
	// general-bond-minimum false
	// infringing-fine-max-rate true
}

func ExampleParameterKind_IsRate() {
	fmt.Println(enforcement.InfringingOrdinaryRate.IsRate(), enforcement.DeclarationFineMax.IsRate())
	// Output: true false
}

func ExampleParameterKind_IsValid() {
	fmt.Println(enforcement.DutyWaiver.IsValid(), enforcement.ParameterUnknown.IsValid())
	// Output: true false
}

func ExampleParameterKind_String() {
	fmt.Println(enforcement.PostalLimitHKMacaoTaiwan, enforcement.ParameterKind(99))
	// Output: postal-limit-hk-macao-taiwan %!ParameterKind(99)
}

func ExampleParameterKind_AppendText() {
	b, err := enforcement.DeclarationFineMax.AppendText([]byte("kind="))
	fmt.Println(string(b), err)
	// Output: kind=declaration-fine-max <nil>
}

func ExampleParameterKind_MarshalText() {
	b, err := enforcement.PostalLimitElsewhere.MarshalText()
	fmt.Println(string(b), err)
	// Output: postal-limit-elsewhere <nil>
}

func ExampleParameterKind_UnmarshalText() {
	var k enforcement.ParameterKind
	fmt.Println(k.UnmarshalText([]byte("General-Bond-Minimum")), k)
	fmt.Println(errors.Is(k.UnmarshalText([]byte("bond")), enforcement.ErrUnknownCode), k)
	// Output:
	// <nil> general-bond-minimum
	// true general-bond-minimum
}

func ExampleParameters() {
	p := enforcement.DefaultParameters()
	on := calendar.MustParseDate("2025-06-30")
	max, _ := p.Value(enforcement.DeclarationFineMax, on)
	rate, _ := p.Value(enforcement.InfringingFineMaxRate, on)
	fmt.Println(max.StringFixed(2), rate)
	// Output: 50000.00 0.3
}

func ExampleParameters_At() {
	p, err := enforcement.DefaultParameters().At(enforcement.PostalLimitElsewhere, calendar.MustParseDate("2024-02-09"))
	fmt.Println(p.Value.StringFixed(2), p.Source, err)
	// Output: 1000.00 GACC Ann. 2010 No. 43; R-PER-3 <nil>
}

func ExampleParameters_Value() {
	v, err := enforcement.DefaultParameters().Value(enforcement.GeneralBondMinimum, calendar.MustParseDate("2006-06-30"))
	fmt.Println(v, errors.Is(err, enforcement.ErrNoParameter))
	// Output: 0 true
}

func ExampleParameters_With() {
	d := calendar.MustParseDate
	// A (hypothetical) new announcement raises the minimum from 2027-07-01.
	p, err := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.GeneralBondMinimum, Value: decimal.New(300_000, 0),
		Source: "GACC Ann. 2027 No. 1 (hypothetical)", From: d("2027-07-01"),
	})
	fmt.Println(err)
	for _, on := range []calendar.Date{d("2027-06-30"), d("2027-07-01")} {
		v, _ := p.Value(enforcement.GeneralBondMinimum, on)
		fmt.Println(on, v.StringFixed(2))
	}
	old, _ := p.At(enforcement.GeneralBondMinimum, d("2027-06-30"))
	fmt.Println(old.Until)
	// Output:
	// <nil>
	// 2027-06-30 200000.00
	// 2027-07-01 300000.00
	// 2027-06-30
}

func ExampleParameters_All() {
	for _, p := range enforcement.DefaultParameters().All()[:2] {
		fmt.Println(p.Kind, p.From)
	}
	// Output:
	// general-bond-minimum 2006-07-01
	// infringing-fine-max-rate 2004-11-01
}

func ExampleParameters_Equal() {
	a := enforcement.DefaultParameters()
	b, _ := enforcement.NewParameters(a.All()...)
	fmt.Println(a.Equal(b), a.Equal(enforcement.Parameters{}))
	// Output: true false
}

func ExampleParameters_MarshalJSON() {
	p, _ := enforcement.NewParameters(enforcement.Parameter{
		Kind: enforcement.InfringingFineMaxRate, Value: decimal.RequireFromString("0.30"),
		Source: "Penalty Regs art 25", From: calendar.MustParseDate("2004-11-01"), Until: calendar.MustParseDate("2030-12-31"),
	})
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	// Output: [{"kind":"infringing-fine-max-rate","value":"0.3","source":"Penalty Regs art 25","from":"2004-11-01","until":"2030-12-31"}] <nil>
}

func ExampleParameters_UnmarshalJSON() {
	var p enforcement.Parameters
	err := json.Unmarshal([]byte(`[{"kind":"duty-waiver","value":"50.00","source":"GACC Ann. 2010 No. 43","from":"2010-09-01"}]`), &p)
	v, _ := p.Value(enforcement.DutyWaiver, calendar.MustParseDate("2024-01-01"))
	fmt.Println(v.StringFixed(2), err)
	err = json.Unmarshal([]byte(`[{"kind":"duty-waiver","value":"50.001","source":"x","from":"2010-09-01"}]`), &p)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidParameters), err)
	// Output:
	// 50.00 <nil>
	// true enforcement: [0].value "50.001": more than 2 decimal places: an amount of money is in whole fen
}
