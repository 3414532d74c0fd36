package enforcement_test

import (
	"errors"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// The ledger benchmarks measure the target, each ledger operation
// ≤ 2 µs, on a bond ledger of 20 entries, as impl=ours and as impl=naive
// in the same run (compare with benchstat -col /impl). The naive ledger is
// what a hand-written system does: keep the entries and recompute every
// total by summing them in decimal arithmetic at each operation.
//
// impl=ours applies each entry to a ledger whose log has room for it, as
// a ledger just loaded or extended does (0 allocations); impl=ours-shared
// to a ledger another Apply has already extended, which copies the 20
// entries (2 allocations).

// benchLedgerEntries is a 20-entry ledger: the bond of Example_bondLedger
// topped up and drawn on weekly, then the goods released on 2024-05-31.
func benchLedgerEntries() []enforcement.LedgerEntry {
	es := []enforcement.LedgerEntry{entry(enforcement.Deposit, "2024-02-19", "75000.00")}
	day := d("2024-02-20")
	for i := 0; i < 18; i++ {
		k, a := enforcement.FeeDeduction, "399.98"
		switch i % 3 {
		case 1:
			k, a = enforcement.WarehouseCredit, "120.00"
		case 2:
			k, a = enforcement.Deposit, "500.00"
		}
		es = append(es, enforcement.LedgerEntry{Kind: k, Date: day, Amount: amt(a)})
		day = day.AddDays(5)
	}
	return append(es, entry(enforcement.GoodsReleased, "2024-05-31", ""))
}

// naiveLedger keeps the entries and sums them at each operation.
type naiveLedger struct{ entries []enforcement.LedgerEntry }

func (n naiveLedger) balance() decimal.Decimal {
	b := decimal.Zero
	for _, e := range n.entries {
		switch e.Kind {
		case enforcement.Deposit:
			b = b.Add(e.Amount)
		case enforcement.FeeDeduction, enforcement.WarehouseCredit, enforcement.Compensation, enforcement.Refund:
			b = b.Sub(e.Amount)
		}
	}
	return b
}

var errNaiveShort = errors.New("naive: more than the balance")

func (n naiveLedger) apply(e enforcement.LedgerEntry) (naiveLedger, error) {
	if err := e.Validate(); err != nil {
		return n, err
	}
	if e.Kind != enforcement.Deposit && e.Amount.GreaterThan(n.balance()) {
		return n, errNaiveShort
	}
	out := make([]enforcement.LedgerEntry, len(n.entries), len(n.entries)+1)
	copy(out, n.entries)
	return naiveLedger{append(out, e)}, nil
}

var (
	sinkLedger    enforcement.BondLedger
	sinkNaiveL    naiveLedger
	sinkGuarantee enforcement.ReleaseGuarantee
	sinkDecimal   decimal.Decimal
)

func BenchmarkBondLedger(b *testing.B) {
	base := benchLedgerEntries()
	if len(base) != 20 {
		b.Fatalf("%d entries; want 20", len(base))
	}
	l := mustLedger(b, base...)
	if want := amt("75000.00").Add(amt("3000.00")).Sub(amt("2399.88")).Sub(amt("720.00")); !l.Balance().Equal(want) {
		b.Fatalf("balance %s; want %s", l.Balance(), want)
	}
	// The refund waits for the fees of the detention period to be settled
	// (R-FEE-5): it is measured on the ledger with them settled.
	settled := append(base[:20:20], entry(enforcement.FeesSettled, "2024-05-31", ""))
	ls := mustLedger(b, settled...)
	ops := []struct {
		name string
		e    enforcement.LedgerEntry
		base []enforcement.LedgerEntry
	}{
		{"op=deposit", entry(enforcement.Deposit, "2024-06-03", "1000.00"), base},
		{"op=fee-deduction", entry(enforcement.FeeDeduction, "2024-06-03", "3999.80"), base},
		{"op=warehouse-credit", entry(enforcement.WarehouseCredit, "2024-06-03", "1200.00"), base},
		{"op=preservation-notice", entry(enforcement.PreservationNotice, "2024-06-28", "5000.00"), base},
		{"op=refund", enforcement.LedgerEntry{Kind: enforcement.Refund, Date: d("2024-07-02"), Amount: l.Balance()}, settled},
	}
	for _, op := range ops {
		l := mustLedger(b, op.base...)
		b.Run(op.name+"/impl=ours", func(b *testing.B) {
			const batch = 512
			ledgers := make([]enforcement.BondLedger, batch)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if i%batch == 0 {
					b.StopTimer()
					for j := range ledgers {
						ledgers[j], _ = enforcement.NewBondLedger(rulesChina(), op.base...)
					}
					b.StartTimer()
				}
				var err error
				if sinkLedger, err = ledgers[i%batch].Apply(op.e); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(op.name+"/impl=ours-shared", func(b *testing.B) {
			if _, err := l.Apply(op.e); err != nil { // The log's next slot is now taken.
				b.Fatal(err)
			}
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var err error
				if sinkLedger, err = l.Apply(op.e); err != nil {
					b.Fatal(err)
				}
			}
		})
		if op.e.Kind == enforcement.PreservationNotice || op.e.Kind == enforcement.Refund {
			continue // The naive ledger knows no windows.
		}
		b.Run(op.name+"/impl=naive", func(b *testing.B) {
			n := naiveLedger{base}
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var err error
				if sinkNaiveL, err = n.apply(op.e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("op=balance/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkDecimal = l.Balance()
		}
	})
	b.Run("op=balance/impl=naive", func(b *testing.B) {
		n := naiveLedger{base}
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkDecimal = n.balance()
		}
	})
	b.Run("op=refundable-from/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if from, err := ls.RefundableFrom(); err != nil || from != d("2024-07-02") {
				b.Fatalf("RefundableFrom = %s, %v", from, err)
			}
		}
	})
}

func BenchmarkReleaseGuarantee(b *testing.B) {
	g := mustGuarantee(b, gDeposit, gRelease, gNotice)
	for _, op := range []enforcement.LedgerEntry{
		entry(enforcement.SuitAccepted, "2024-04-18", ""),
		entry(enforcement.Refund, "2024-04-19", "30000.00"),
	} {
		b.Run("op="+op.Kind.String()+"/impl=ours-shared", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var err error
				if sinkGuarantee, err = g.Apply(op); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
