package enforcement_test

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// Three parcels mailed to Shanghai in 2024 (GACC Ann. 2010 No. 43;
// R-PER-3): trainers from Hong Kong worth 780.00, within the 800.00
// limit, whose duty of 39.00 is waived; the same from Hong Kong worth
// 850.00, over it; and a single indivisible camera from Germany worth
// 6,500.00 that customs confirms for personal use.
func ExampleCheckParcel() {
	params := enforcement.DefaultParameters()
	for _, p := range []enforcement.Parcel{
		{Date: exDay("2024-05-06"), Direction: enforcement.Import, Region: enforcement.HKMacaoTaiwan,
			Value: exMoney("780.00"), Duty: exMoney("39.00")},
		{Date: exDay("2024-05-06"), Direction: enforcement.Import, Region: enforcement.HKMacaoTaiwan,
			Value: exMoney("850.00"), Duty: exMoney("42.50")},
		{Date: exDay("2024-05-06"), Direction: enforcement.Import, Region: enforcement.Elsewhere,
			Value: exMoney("6500.00"), Duty: exMoney("1300.00"), SingleIndivisible: true, PersonalUse: true},
	} {
		c, err := enforcement.CheckParcel(params, p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c.OverLimit, c.PersonalArticles, c.DutyWaived)
		fmt.Println(" ", c.Reason)
	}
	// Output:
	// false true true
	//   value 780.00 is within the limit of 800.00 for a parcel to or from Hong Kong, Macao or Taiwan (GACC Ann. 2010 No. 43; R-PER-3): cleared as personal articles; duty 39.00 is at most 50.00 and is waived. Whether the articles exceed personal-use, reasonable quantities is customs' decision (Regs art 31; R-PER-1, R-PER-2).
	// true false false
	//   value 850.00 exceeds the limit of 800.00 for a parcel to or from Hong Kong, Macao or Taiwan (GACC Ann. 2010 No. 43; R-PER-3): returned, or cleared as goods. Whether the articles exceed personal-use, reasonable quantities is customs' decision (Regs art 31; R-PER-1, R-PER-2).
	// true true false
	//   value 6500.00 exceeds the limit of 1000.00 for a parcel to or from elsewhere (GACC Ann. 2010 No. 43; R-PER-3), but the parcel holds a single indivisible article customs confirmed for personal use: cleared as personal articles; duty 1300.00 exceeds 50.00 and is collected. Whether the articles exceed personal-use, reasonable quantities is customs' decision (Regs art 31; R-PER-1, R-PER-2).
}

// The limits are parameters with days in force: before GACC Ann. 2010
// No. 43 took effect on 2010-09-01 there is none, and that is an error,
// not a default.
func ExampleCheckParcel_noLimit() {
	_, err := enforcement.CheckParcel(enforcement.DefaultParameters(), enforcement.Parcel{
		Date: calendar.MustParseDate("2010-08-31"), Direction: enforcement.Export, Region: enforcement.Elsewhere, Value: exMoney("100")})
	fmt.Println(errors.Is(err, enforcement.ErrNoParameter))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: no postal-limit-elsewhere in force on 2010-08-31 (known: postal-limit-elsewhere 1000.00 from 2010-09-01 (GACC Ann. 2010 No. 43; R-PER-3))
}

// Bad input is refused with every field named.
func ExampleCheckParcel_badInput() {
	_, err := enforcement.CheckParcel(enforcement.DefaultParameters(), enforcement.Parcel{
		Date: exDay("2024-05-06"), Direction: enforcement.Export, Value: exMoney("-1"), Duty: exMoney("10")})
	fmt.Println(errors.Is(err, enforcement.ErrInvalidParcel))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: region "%!PostalRegion(0)": want hk-macao-taiwan or elsewhere
	// enforcement: value "-1": negative
	// enforcement: duty "10": an outbound parcel pays no import duty
}

// A parcel worth exactly its limit is within it: 超出 is strictly more
// (Civil Code art 1259).
func ExampleParcel() {
	p := enforcement.Parcel{Date: exDay("2024-05-06"), Direction: enforcement.Export, Region: enforcement.Elsewhere,
		Value: decimal.New(1000, 0)}
	c, _ := enforcement.CheckParcel(enforcement.DefaultParameters(), p)
	fmt.Println(c.OverLimit, c.PersonalArticles)
	p.Value = exMoney("1000.01")
	c, _ = enforcement.CheckParcel(enforcement.DefaultParameters(), p)
	fmt.Println(c.OverLimit, c.PersonalArticles)
	// Output:
	// false true
	// true false
}

// A check carries the parameters it applied, with their sources; an
// outbound parcel pays no import duty, and no waiver applies.
func ExampleParcelCheck() {
	c, _ := enforcement.CheckParcel(enforcement.DefaultParameters(), enforcement.Parcel{
		Date: exDay("2024-05-06"), Direction: enforcement.Export, Region: enforcement.HKMacaoTaiwan, Value: exMoney("120.00")})
	fmt.Println(c.Limit)
	fmt.Println(c.Waiver.Kind, c.DutyWaived)
	// Output:
	// postal-limit-hk-macao-taiwan 800.00 from 2010-09-01 (GACC Ann. 2010 No. 43; R-PER-3)
	// %!ParameterKind(0) false
}

func ExamplePostalRegion() {
	for r := enforcement.HKMacaoTaiwan; r <= enforcement.Elsewhere; r++ {
		fmt.Println(int(r), r)
	}
	// Output:
	// 1 hk-macao-taiwan
	// 2 elsewhere
}

func ExamplePostalRegion_IsValid() {
	fmt.Println(enforcement.Elsewhere.IsValid(), enforcement.PostalRegionUnknown.IsValid())
	// Output: true false
}

func ExamplePostalRegion_String() {
	fmt.Println(enforcement.HKMacaoTaiwan, enforcement.PostalRegion(7))
	// Output: hk-macao-taiwan %!PostalRegion(7)
}

func ExamplePostalRegion_AppendText() {
	b, err := enforcement.Elsewhere.AppendText([]byte("region="))
	fmt.Println(string(b), err)
	// Output: region=elsewhere <nil>
}

func ExamplePostalRegion_MarshalText() {
	b, err := enforcement.HKMacaoTaiwan.MarshalText()
	fmt.Println(string(b), err)
	// Output: hk-macao-taiwan <nil>
}

func ExamplePostalRegion_UnmarshalText() {
	var r enforcement.PostalRegion
	fmt.Println(r.UnmarshalText([]byte("HK-Macao-Taiwan")), r)
	fmt.Println(errors.Is(r.UnmarshalText([]byte("mainland")), enforcement.ErrUnknownCode), r)
	// Output:
	// <nil> hk-macao-taiwan
	// true hk-macao-taiwan
}
