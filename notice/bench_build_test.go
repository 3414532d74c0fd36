package notice

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
)

// The benchmarks measure a payment notice of a 12-line bill: built from
// the case and the bill (NewPayment), and validated (Payment.Validate).
// Each has a baseline in the same run; compare with benchstat -col /impl.
// impl=notice is this package. impl=baseline is, for NewPayment, a
// literal copy of the case's and the bill's fields into a Payment with no
// derivation and no check, the least a constructor can do; for Validate,
// the checks of the amounts alone done the plain way, with decimal
// arithmetic (Add, Sub, Cmp, Round), where Validate checks every field,
// each amount by its representation, and sums whole fen in an int64.

// benchBill returns a final bill of 12 lines: handling in; storage with
// 3 free days and three tiers (4 lines); custody and insurance per day;
// three inspections; handling out; destruction.
func benchBill(b testing.TB) storagecost.Bill {
	std := storagecost.Standard{
		Version: "BENCH-2024", Issuer: "bench", EffectiveFrom: fxDay("2024-01-01"),
		Charges: []storagecost.Charge{
			{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once, Rate: fxCNY("35")},
			{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Rate: fxCNY("1.20"), FreeDays: 3,
				Tiers: []storagecost.Tier{{FromDay: 1, ToDay: 30, Rate: fxCNY("1.20")}, {FromDay: 31, ToDay: 60, Multiplier: fxCNY("1.5")},
					{FromDay: 61, Multiplier: fxCNY("2")}}},
			{Kind: storagecost.Custody, Basis: storagecost.PerPallet, Per: storagecost.PerDay, Rate: fxCNY("2.5")},
			{Kind: storagecost.Insurance, Basis: storagecost.PerValue, Per: storagecost.PerDay, Rate: fxCNY("0.00001")},
			{Kind: storagecost.Inspection, Basis: storagecost.PerJob, Per: storagecost.Once, Rate: fxCNY("120")},
			{Kind: storagecost.HandlingOut, Basis: storagecost.PerTonne, Per: storagecost.Once, Rate: fxCNY("35")},
			{Kind: storagecost.Disposal, Basis: storagecost.PerTonne, Per: storagecost.Once, Rate: fxCNY("800")},
		},
	}
	s, err := storagecost.NewSchedule(std)
	if err != nil {
		b.Fatal(err)
	}
	bill, err := storagecost.Calculate(s, storagecost.Stay{
		Goods:    storagecost.Goods{Volume: fxCNY("12.5"), Weight: fxCNY("1850"), Pallets: fxCNY("6"), Value: fxCNY("150000")},
		Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-06-28"),
		Confiscation: storagecost.Confiscation{Served: fxDay("2024-04-30")},
		Inspections:  []calendar.Date{fxDay("2024-02-26"), fxDay("2024-03-12"), fxDay("2024-04-02")},
	})
	if err != nil {
		b.Fatal(err)
	}
	if len(bill.Lines) != 12 {
		b.Fatalf("the bench bill has %d lines, want 12", len(bill.Lines))
	}
	return bill
}

func BenchmarkNewPayment(b *testing.B) {
	c, bill := fxDisposedCase(b), benchBill(b)
	h, terms := fxHeader("FEE-2025-0093", "2025-09-24"), fxTerms()
	b.Run("impl=notice", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := NewPayment(c, bill, h, terms); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=baseline", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			f := c.Facts()
			detained, _ := c.Detained()
			n := Payment{Header: h, Payer: PartyFrom(f.Holder), Rights: rightsOf(f), Detained: detained,
				Goods: goodsOf(f.Goods), Warehouse: terms.Warehouse, From: bill.First, To: bill.Last,
				Lines: linesOf(bill.Lines), Total: bill.Total, PaidToWarehouse: terms.PaidToWarehouse,
				Due: bill.Total.Sub(terms.PaidToWarehouse), Payee: terms.Payee, Received: terms.Received,
				Security: CashBond, Bond: c.BondPosted()}
			if len(n.Lines) != 12 {
				b.Fatal("lines")
			}
		}
	})
}

func BenchmarkPayment_Validate(b *testing.B) {
	n, err := NewPayment(fxDisposedCase(b), benchBill(b), fxHeader("FEE-2025-0093", "2025-09-24"), fxTerms())
	if err != nil {
		b.Fatal(err)
	}
	cal := calendar.China()
	b.Run("impl=notice", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := n.Validate(cal); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=baseline", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if !naiveAmounts(n) {
				b.Fatal("naive")
			}
		}
	})
}

// naiveAmounts is the baseline of BenchmarkPayment_Validate: the checks of
// the amounts alone (each in whole fen, from 0 to MaxAmount; the total
// their sum; the due amount the rest), with decimal arithmetic.
func naiveAmounts(n Payment) bool {
	limit := decimal.New(MaxAmount, 0)
	money := func(d decimal.Decimal) bool {
		return d.Sign() >= 0 && d.Cmp(limit) <= 0 && d.Equal(d.Round(2))
	}
	sum := decimal.Zero
	for _, l := range n.Lines {
		if !money(l.Amount) {
			return false
		}
		sum = sum.Add(l.Amount)
	}
	return money(n.Total) && money(n.PaidToWarehouse) && money(n.Due) && money(n.Bond) && money(n.Goods.Value) &&
		sum.Equal(n.Total) && n.PaidToWarehouse.Cmp(n.Total) <= 0 && n.Due.Equal(n.Total.Sub(n.PaidToWarehouse))
}
