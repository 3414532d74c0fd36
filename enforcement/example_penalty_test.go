package enforcement_test

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// Example_penalty walks through the fines of Penalty Regs art 25 and GACC
// Ann. 2023 No. 198 arts 13-14 (R-PEN-1..3) for goods worth 150,000.00
// found infringing, decided on 2025-05-20, and for a failure to declare
// the goods' IP status; then the same questions on 2023-06-01, before the
// tiers came into force.
func Example_penalty() {
	p := enforcement.DefaultParameters()
	value := decimal.RequireFromString("150000.00")
	on := calendar.MustParseDate("2025-05-20")

	statutory, _ := enforcement.FineBand(enforcement.InfringingGoods, enforcement.Statutory, value, on, p)
	fmt.Println(statutory)
	ordinary, _ := enforcement.FineBand(enforcement.InfringingGoods, enforcement.Ordinary, value, on, p)
	fmt.Println(ordinary)

	proposed := decimal.RequireFromString("30000.00")
	err := enforcement.CheckFine(enforcement.InfringingGoods, enforcement.Ordinary, value, proposed, on, p)
	fmt.Println(errors.Is(err, enforcement.ErrFineOutsideBand), err)
	tier, _ := enforcement.TierOf(enforcement.InfringingGoods, value, proposed, on, p)
	fmt.Println("30000.00 is", tier)

	heavier, _ := enforcement.FineBand(enforcement.DeclarationFailure, enforcement.Heavier, decimal.Zero, on, p)
	fmt.Println(heavier)

	before := calendar.MustParseDate("2023-06-01")
	_, err = enforcement.FineBand(enforcement.InfringingGoods, enforcement.Ordinary, value, before, p)
	fmt.Println(errors.Is(err, enforcement.ErrNoParameter), err)
	statutory, _ = enforcement.FineBand(enforcement.InfringingGoods, enforcement.Statutory, value, before, p)
	fmt.Println(statutory)
	// Output:
	// infringing-goods worth 150000.00 on 2025-05-20, statutory: [0.00, 45000.00], with confiscation (Customs Law art 91; Penalty Regs art 25 para 1; R-PEN-1)
	// infringing-goods worth 150000.00 on 2025-05-20, ordinary: [15000.00, 30000.00), with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
	// true enforcement: fine 30000.00 above the band of infringing-goods worth 150000.00 on 2025-05-20, ordinary: [15000.00, 30000.00), with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
	// 30000.00 is heavier
	// declaration-failure on 2025-05-20, heavier: [30000.00, 50000.00] (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// true enforcement: no infringing-ordinary-rate in force on 2023-06-01 (known: infringing-ordinary-rate 0.1 from 2024-01-01 (GACC Ann. 2023 No. 198 art 13; R-PEN-2))
	// infringing-goods worth 150000.00 on 2023-06-01, statutory: [0.00, 45000.00], with confiscation (Customs Law art 91; Penalty Regs art 25 para 1; R-PEN-1)
}

// band is FineBand for the examples, which know their inputs are valid.
func band(o enforcement.Offence, t enforcement.Tier, value, day string) enforcement.Band {
	b, err := enforcement.FineBand(o, t, decimal.RequireFromString(value), calendar.MustParseDate(day), enforcement.DefaultParameters())
	if err != nil {
		panic(err)
	}
	return b
}

func ExampleOffence() {
	for o := enforcement.InfringingGoods; o <= enforcement.DeclarationFailure; o++ {
		b := band(o, enforcement.Statutory, "10000", "2025-05-20")
		upper := b.Upper()
		fmt.Println(o, upper.StringFixed(2), b.Confiscation())
	}
	// Output:
	// infringing-goods 3000.00 true
	// declaration-failure 50000.00 false
}

func ExampleOffence_IsValid() {
	fmt.Println(enforcement.DeclarationFailure.IsValid(), enforcement.OffenceUnknown.IsValid())
	// Output: true false
}

func ExampleOffence_String() {
	fmt.Println(enforcement.InfringingGoods, enforcement.Offence(7))
	// Output: infringing-goods %!Offence(7)
}

func ExampleOffence_AppendText() {
	b, err := enforcement.DeclarationFailure.AppendText([]byte("offence="))
	fmt.Println(string(b), err)
	// Output: offence=declaration-failure <nil>
}

func ExampleOffence_MarshalText() {
	b, err := enforcement.InfringingGoods.MarshalText()
	fmt.Println(string(b), err)
	_, err = enforcement.OffenceUnknown.MarshalText()
	fmt.Println(errors.Is(err, enforcement.ErrUnknownCode))
	// Output:
	// infringing-goods <nil>
	// true
}

func ExampleOffence_UnmarshalText() {
	var o enforcement.Offence
	fmt.Println(o.UnmarshalText([]byte("Infringing-Goods")), o)
	fmt.Println(errors.Is(o.UnmarshalText([]byte("smuggling")), enforcement.ErrUnknownCode), o)
	// Output:
	// <nil> infringing-goods
	// true infringing-goods
}

// The zero Tier is Statutory: the whole band, which every tier lies in.
func ExampleTier() {
	var t enforcement.Tier
	fmt.Println(t, t.IsValid())
	for _, t := range append([]enforcement.Tier{enforcement.Statutory}, enforcement.Tiers()...) {
		fmt.Println(band(enforcement.DeclarationFailure, t, "0", "2025-05-20"))
	}
	// Output:
	// statutory true
	// declaration-failure on 2025-05-20, statutory: [0.00, 50000.00] (Customs Law art 44; Penalty Regs art 25 para 2; R-PEN-3)
	// declaration-failure on 2025-05-20, mitigated: [0.00, 5000.00) (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// declaration-failure on 2025-05-20, lighter: [5000.00, 20000.00) (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// declaration-failure on 2025-05-20, ordinary: [20000.00, 30000.00) (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// declaration-failure on 2025-05-20, heavier: [30000.00, 50000.00] (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
}

func ExampleTiers() {
	for _, t := range enforcement.Tiers() {
		fmt.Println(band(enforcement.InfringingGoods, t, "150000.00", "2025-05-20"))
	}
	// Output:
	// infringing-goods worth 150000.00 on 2025-05-20, mitigated: [0.00, 0.00], with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
	// infringing-goods worth 150000.00 on 2025-05-20, lighter: (0.00, 15000.00), with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
	// infringing-goods worth 150000.00 on 2025-05-20, ordinary: [15000.00, 30000.00), with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
	// infringing-goods worth 150000.00 on 2025-05-20, heavier: [30000.00, 45000.00], with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
}

func ExampleTier_IsValid() {
	fmt.Println(enforcement.Statutory.IsValid(), enforcement.Heavier.IsValid(), enforcement.Tier(5).IsValid())
	// Output: true true false
}

func ExampleTier_String() {
	fmt.Println(enforcement.Lighter, enforcement.Tier(9))
	// Output: lighter %!Tier(9)
}

func ExampleTier_AppendText() {
	b, err := enforcement.Mitigated.AppendText([]byte("tier="))
	fmt.Println(string(b), err)
	// Output: tier=mitigated <nil>
}

func ExampleTier_MarshalText() {
	b, err := enforcement.Ordinary.MarshalText()
	fmt.Println(string(b), err)
	// Output: ordinary <nil>
}

func ExampleTier_UnmarshalText() {
	var t enforcement.Tier
	fmt.Println(t.UnmarshalText([]byte("HEAVIER")), t)
	fmt.Println(errors.Is(t.UnmarshalText([]byte("no-penalty")), enforcement.ErrUnknownCode), t)
	// Output:
	// <nil> heavier
	// true heavier
}

func ExampleFineBand() {
	p := enforcement.DefaultParameters()
	value := decimal.RequireFromString("150000.00")
	b, err := enforcement.FineBand(enforcement.InfringingGoods, enforcement.Heavier, value, calendar.MustParseDate("2025-05-20"), p)
	fmt.Println(b, err)

	_, err = enforcement.FineBand(enforcement.InfringingGoods, enforcement.Statutory, decimal.RequireFromString("-1"), calendar.MustParseDate("2025-05-20"), p)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidAmount), err)
	_, err = enforcement.FineBand(enforcement.InfringingGoods, enforcement.Statutory, value, calendar.MustParseDate("2004-10-31"), p)
	fmt.Println(errors.Is(err, enforcement.ErrNoParameter))
	// Output:
	// infringing-goods worth 150000.00 on 2025-05-20, heavier: [30000.00, 45000.00], with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2) <nil>
	// true enforcement: goods_value "-1": negative
	// true
}

// A new text that raises the maximum, added with Parameters.With, moves
// the band from the day it comes into force.
func ExampleFineBand_newText() {
	p, err := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.DeclarationFineMax, Value: decimal.New(80_000, 0),
		Source: "a later text (hypothetical)", From: calendar.MustParseDate("2026-01-01")})
	if err != nil {
		panic(err)
	}
	for _, day := range []string{"2025-12-31", "2026-01-01"} {
		b, _ := enforcement.FineBand(enforcement.DeclarationFailure, enforcement.Heavier, decimal.Zero, calendar.MustParseDate(day), p)
		fmt.Println(b.Date(), b.Upper().StringFixed(2), b.Sources()[0].Source)
	}
	// Output:
	// 2025-12-31 50000.00 Customs Administrative Penalty Implementing Regs art 25 para 2 (2004; retained in 2022); R-PEN-3
	// 2026-01-01 80000.00 a later text (hypothetical)
}

// Tiers that overlap are refused, not silently reordered.
func ExampleFineBand_overlappingParameters() {
	p, _ := enforcement.DefaultParameters().With(enforcement.Parameter{
		Kind: enforcement.InfringingOrdinaryRate, Value: decimal.RequireFromString("0.25"),
		Source: "a mistyped text", From: calendar.MustParseDate("2026-01-01")})
	_, err := enforcement.FineBand(enforcement.InfringingGoods, enforcement.Lighter, decimal.New(1000, 0), calendar.MustParseDate("2026-03-01"), p)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidParameters))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: parameters "infringing-heavier-rate 0.2": below infringing-ordinary-rate 0.25 (a mistyped text), both in force on 2026-03-01: the tiers of GACC Ann. 2023 No. 198 arts 13-14 and the statutory maximum must be in order (R-PEN-2, R-PEN-3)
}

func ExampleBand() {
	b := band(enforcement.InfringingGoods, enforcement.Ordinary, "150000.00", "2025-05-20")
	least, greatest, ok := b.FenBounds()
	fmt.Println(b.Offence(), b.Tier(), b.Date(), b.GoodsValue().StringFixed(2))
	fmt.Println(least.StringFixed(2), greatest.StringFixed(2), ok)
	var zero enforcement.Band
	fmt.Println(zero, zero.IsEmpty(), zero.Contains(decimal.Zero))
	// Output:
	// infringing-goods ordinary 2025-05-20 150000.00
	// 15000.00 29999.99 true
	// no band true false
}

func ExampleBand_Offence() {
	fmt.Println(band(enforcement.DeclarationFailure, enforcement.Lighter, "0", "2025-05-20").Offence())
	// Output: declaration-failure
}

func ExampleBand_Tier() {
	fmt.Println(band(enforcement.DeclarationFailure, enforcement.Statutory, "0", "2020-05-20").Tier())
	// Output: statutory
}

func ExampleBand_Date() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Heavier, "100", "2024-01-01").Date())
	// Output: 2024-01-01
}

func ExampleBand_GoodsValue() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Heavier, "1234.5", "2024-01-01").GoodsValue().StringFixed(2))
	// Output: 1234.50
}

// The bounds are exact; a fine is in whole fen.
func ExampleBand_Lower() {
	b := band(enforcement.InfringingGoods, enforcement.Ordinary, "0.05", "2025-05-20")
	fmt.Println(b.Lower(), b.LowerIncluded(), b.Upper(), b.UpperIncluded())
	fmt.Println(b.IsEmpty(), b)
	// Output:
	// 0.005 true 0.01 false
	// true infringing-goods worth 0.05 on 2025-05-20, ordinary: [0.005, 0.01), no fine in whole fen, with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
}

func ExampleBand_Upper() {
	b := band(enforcement.InfringingGoods, enforcement.Statutory, "0.05", "2025-05-20")
	fmt.Println(b.Upper(), b.Contains(decimal.RequireFromString("0.01")), b.Contains(decimal.RequireFromString("0.02")))
	// Output: 0.015 true false
}

// The lighter tier for infringing goods starts above 0: a fine of 0 is
// the mitigated tier, confiscation only.
func ExampleBand_LowerIncluded() {
	for _, t := range []enforcement.Tier{enforcement.Mitigated, enforcement.Lighter} {
		b := band(enforcement.InfringingGoods, t, "1000", "2025-05-20")
		fmt.Println(t, b.Lower(), b.LowerIncluded(), b.Contains(decimal.Zero))
	}
	// Output:
	// mitigated 0 true true
	// lighter 0 false false
}

// "不满2万元" excludes 20,000 (Civil Code art 1259): a fine of 20,000.00
// is ordinary, not lighter.
func ExampleBand_UpperIncluded() {
	lighter := band(enforcement.DeclarationFailure, enforcement.Lighter, "0", "2025-05-20")
	ordinary := band(enforcement.DeclarationFailure, enforcement.Ordinary, "0", "2025-05-20")
	fine := decimal.New(20_000, 0)
	fmt.Println(lighter.UpperIncluded(), lighter.Contains(fine), ordinary.Contains(fine))
	// Output: false false true
}

// 30% of 0.05 is 0.015: the greatest fine is 0.01, rounded down, not
// 0.02, which would exceed the 30% of Penalty Regs art 25.
func ExampleBand_FenBounds() {
	b := band(enforcement.InfringingGoods, enforcement.Heavier, "0.05", "2025-05-20")
	least, greatest, ok := b.FenBounds()
	fmt.Println(b.Lower(), b.Upper(), least.StringFixed(2), greatest.StringFixed(2), ok)
	_, _, ok = band(enforcement.InfringingGoods, enforcement.Lighter, "0.05", "2025-05-20").FenBounds()
	fmt.Println(ok)
	// Output:
	// 0.01 0.015 0.01 0.01 true
	// false
}

func ExampleBand_IsEmpty() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Lighter, "0.05", "2025-05-20").IsEmpty())
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Lighter, "0.11", "2025-05-20").IsEmpty())
	// Output:
	// true
	// false
}

func ExampleBand_Confiscation() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Mitigated, "500", "2025-05-20").Confiscation())
	fmt.Println(band(enforcement.DeclarationFailure, enforcement.Heavier, "500", "2025-05-20").Confiscation())
	// Output:
	// true
	// false
}

func ExampleBand_Contains() {
	b := band(enforcement.InfringingGoods, enforcement.Heavier, "150000.00", "2025-05-20")
	for _, fine := range []string{"29999.99", "30000.00", "45000.00", "45000.01", "30000.001"} {
		fmt.Println(fine, b.Contains(decimal.RequireFromString(fine)))
	}
	// Output:
	// 29999.99 false
	// 30000.00 true
	// 45000.00 true
	// 45000.01 false
	// 30000.001 false
}

func ExampleBand_Sources() {
	for _, q := range band(enforcement.DeclarationFailure, enforcement.Ordinary, "0", "2025-05-20").Sources() {
		fmt.Println(q)
	}
	// Output:
	// declaration-fine-max 50000.00 from 2004-11-01 (Customs Administrative Penalty Implementing Regs art 25 para 2 (2004; retained in 2022); R-PEN-3)
	// declaration-lighter-from 5000.00 from 2024-01-01 (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// declaration-ordinary-from 20000.00 from 2024-01-01 (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// declaration-heavier-from 30000.00 from 2024-01-01 (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
}

func ExampleBand_Article() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Statutory, "1", "2020-01-01").Article())
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Lighter, "1", "2024-01-01").Article())
	// Output:
	// Customs Law art 91; Penalty Regs art 25 para 1; R-PEN-1
	// GACC Ann. 2023 No. 198 art 13; R-PEN-2
}

func ExampleBand_Equal() {
	a := band(enforcement.InfringingGoods, enforcement.Ordinary, "150000", "2025-05-20")
	b := band(enforcement.InfringingGoods, enforcement.Ordinary, "150000.00", "2025-05-20")
	c := band(enforcement.InfringingGoods, enforcement.Ordinary, "150000.00", "2025-05-21")
	fmt.Println(a.Equal(b), a.Equal(c))
	// Output: true false
}

func ExampleBand_String() {
	fmt.Println(band(enforcement.InfringingGoods, enforcement.Lighter, "0.50", "2025-05-20"))
	// Output: infringing-goods worth 0.50 on 2025-05-20, lighter: (0.00, 0.05), with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
}

func ExampleCheckFine() {
	p := enforcement.DefaultParameters()
	on := calendar.MustParseDate("2025-05-20")
	for _, fine := range []string{"4999.99", "5000.00", "5000.001"} {
		err := enforcement.CheckFine(enforcement.DeclarationFailure, enforcement.Mitigated, decimal.Zero, decimal.RequireFromString(fine), on, p)
		fmt.Println(fine, err)
	}
	// Output:
	// 4999.99 <nil>
	// 5000.00 enforcement: fine 5000.00 above the band of declaration-failure on 2025-05-20, mitigated: [0.00, 5000.00) (GACC Ann. 2023 No. 198 art 14; R-PEN-3)
	// 5000.001 enforcement: fine "5000.001": more than 2 decimal places: an amount of money is in whole fen
}

func ExampleTierOf() {
	p := enforcement.DefaultParameters()
	value := decimal.RequireFromString("150000.00")
	on := calendar.MustParseDate("2025-05-20")
	for _, fine := range []string{"0", "0.01", "14999.99", "15000.00", "30000.00", "45000.00", "45000.01"} {
		t, err := enforcement.TierOf(enforcement.InfringingGoods, value, decimal.RequireFromString(fine), on, p)
		fmt.Println(fine, t, err)
	}
	// Output:
	// 0 mitigated <nil>
	// 0.01 lighter <nil>
	// 14999.99 lighter <nil>
	// 15000.00 ordinary <nil>
	// 30000.00 heavier <nil>
	// 45000.00 heavier <nil>
	// 45000.01 statutory enforcement: fine 45000.01 above the band of infringing-goods worth 150000.00 on 2025-05-20, statutory: [0.00, 45000.00], with confiscation (Customs Law art 91; Penalty Regs art 25 para 1; R-PEN-1)
}

func ExampleFineError() {
	err := enforcement.CheckFine(enforcement.InfringingGoods, enforcement.Heavier, decimal.New(150_000, 0),
		decimal.New(29_999, 0), calendar.MustParseDate("2025-05-20"), enforcement.DefaultParameters())
	var fe *enforcement.FineError
	if errors.As(err, &fe) {
		least, greatest, _ := fe.Band.FenBounds()
		fmt.Println(fe.Fine, fe.Band.Tier(), least.StringFixed(2), greatest.StringFixed(2))
	}
	fmt.Println(err)
	// Output:
	// 29999 heavier 30000.00 45000.00
	// enforcement: fine 29999.00 below the band of infringing-goods worth 150000.00 on 2025-05-20, heavier: [30000.00, 45000.00], with confiscation (GACC Ann. 2023 No. 198 art 13; R-PEN-2)
}
