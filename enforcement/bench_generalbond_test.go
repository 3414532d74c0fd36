package enforcement_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// The general bond benchmarks measure the target, ≤ 2 µs per
// ledger operation or decision, on the ledger of a busy holder: 500 fee
// notices received from April to September 2025, against a bond of
// 10,000,000.00 on 20 trademarks.
//
//   - op=covers: GeneralBond.Covers for a covered case;
//   - op=notify, op=pay, op=call: one operation on the latest bond, as a
//     case system does that keeps the bond it last got (chained, the
//     ledger reset every 400 operations outside the timer);
//   - op=notify/ledger=branched: Notify on a bond another bond has
//     already extended, which copies the ledger: the rare path, shown so
//     that its cost is known.
//
// impl=naive is what a hand-written system does in the same run: keep the
// notices in a slice copied at each operation, find a notice by scanning,
// and recompute the totals over every notice in decimal arithmetic.
// Compare with benchstat -col /impl.

const gbBenchNotices = 500

// gbBenchTerms are the terms of the benchmark bond: 20 recorded
// trademarks, the fixture's mark last, and fees of 10,000,000.00.
func gbBenchTerms(tb testing.TB) enforcement.GeneralBondTerms {
	terms := gbTerms("10000000")
	recs := make([]rights.Recordation, 0, 20)
	for i := 0; i < 19; i++ {
		r := mark()
		r.Number = fmt.Sprint(2000000 + i)
		recs = append(recs, recordOrPanic(r, "2020-01-02", "2020-02-10", fmt.Sprintf("T2020-%d", 100+i)))
	}
	terms.Recordations = append(recs, markRecordation())
	return terms
}

// gbBenchBond is the bond with gbBenchNotices notices of 1,000.00, the
// last received on 2025-09-18.
func gbBenchBond(tb testing.TB) enforcement.GeneralBond {
	b, err := enforcement.NewGeneralBond(gbBenchTerms(tb), rulesChina(), enforcement.DefaultParameters())
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < gbBenchNotices; i++ {
		on := d("2025-04-01").AddDays(calendar.Days(i * 170 / gbBenchNotices))
		if b, err = b.Notify(fmt.Sprintf("F-%d", i), gbCase1, amt("1000"), on); err != nil {
			tb.Fatal(err)
		}
	}
	return b
}

// fresh returns a bond equal to b that shares no ledger with it.
func fresh(tb testing.TB, b enforcement.GeneralBond) enforcement.GeneralBond {
	c, err := enforcement.ReplayGeneralBond(b.Terms(), rulesChina(), enforcement.DefaultParameters(), b.Entries())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

var (
	sinkBond      enforcement.GeneralBond
	sinkNaiveBond naiveGeneralBond
	sinkErr       error
)

func BenchmarkGeneralBond(b *testing.B) {
	base := gbBenchBond(b)
	naiveBase := naiveFrom(gbBenchTerms(b), base)
	f := gbFacts()
	on := d("2025-10-09")
	callDay := d("2025-10-31") // After every notice's last day to pay.
	const reset = 400

	b.Run("op=covers/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkErr = base.Covers(f, on)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("op=covers/impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkErr = naiveBase.covers(f, on)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})

	// chained runs op on the latest bond, starting again from a fresh copy
	// of base every reset operations.
	chained := func(b *testing.B, op func(enforcement.GeneralBond, int) (enforcement.GeneralBond, error)) {
		b.ReportAllocs()
		var bond enforcement.GeneralBond
		for i := 0; i < b.N; i++ {
			if i%reset == 0 {
				b.StopTimer()
				bond = fresh(b, base)
				b.StartTimer()
			}
			var err error
			if bond, err = op(bond, i%reset); err != nil {
				b.Fatal(err)
			}
		}
		sinkBond = bond
	}
	naiveChained := func(b *testing.B, op func(naiveGeneralBond, int) (naiveGeneralBond, error)) {
		b.ReportAllocs()
		bond := naiveBase
		for i := 0; i < b.N; i++ {
			if i%reset == 0 {
				bond = naiveBase
			}
			var err error
			if bond, err = op(bond, i%reset); err != nil {
				b.Fatal(err)
			}
		}
		sinkNaiveBond = bond
	}
	refs, notices := make([]string, reset), make([]string, reset)
	for i := range refs {
		refs[i], notices[i] = fmt.Sprintf("N-%d", i), fmt.Sprintf("F-%d", i)
	}
	fee, cent := amt("1000"), amt("0.01")

	b.Run("op=notify/impl=ours", func(b *testing.B) {
		chained(b, func(g enforcement.GeneralBond, i int) (enforcement.GeneralBond, error) {
			return g.Notify(refs[i], gbCase2, fee, on)
		})
	})
	b.Run("op=notify/impl=naive", func(b *testing.B) {
		naiveChained(b, func(g naiveGeneralBond, i int) (naiveGeneralBond, error) { return g.notify(refs[i], gbCase2, fee, on) })
	})
	b.Run("op=notify/ledger=branched/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		branched := fresh(b, base)
		if _, err := branched.Notify("X", gbCase2, fee, on); err != nil {
			b.Fatal(err)
		}
		for i := 0; i < b.N; i++ {
			var err error
			if sinkBond, err = branched.Notify(refs[i%reset], gbCase2, fee, on); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("op=pay/impl=ours", func(b *testing.B) {
		chained(b, func(g enforcement.GeneralBond, i int) (enforcement.GeneralBond, error) {
			return g.Pay(notices[i], cent, on)
		})
	})
	b.Run("op=pay/impl=naive", func(b *testing.B) {
		naiveChained(b, func(g naiveGeneralBond, i int) (naiveGeneralBond, error) { return g.pay(notices[i], cent, on) })
	})
	b.Run("op=call/impl=ours", func(b *testing.B) {
		chained(b, func(g enforcement.GeneralBond, i int) (enforcement.GeneralBond, error) {
			return g.Call(notices[i], callDay)
		})
	})
	b.Run("op=call/impl=naive", func(b *testing.B) {
		naiveChained(b, func(g naiveGeneralBond, i int) (naiveGeneralBond, error) { return g.call(notices[i], callDay) })
	})
}

// naiveGeneralBond is the benchmarks' baseline: an immutable general bond
// as a hand-written system keeps it, its notices in a slice copied at
// each operation and its totals recomputed in decimal arithmetic.
type naiveGeneralBond struct {
	terms    enforcement.GeneralBondTerms
	amount   decimal.Decimal
	rules    enforcement.Rules
	notices  []naiveNotice
	lastDate calendar.Date
}

type naiveNotice struct {
	ref                 string
	id                  uuid.UUID
	amount, paid, drawn decimal.Decimal
	received, lastDay   calendar.Date
}

// naiveFrom is the baseline holding b's notices.
func naiveFrom(terms enforcement.GeneralBondTerms, b enforcement.GeneralBond) naiveGeneralBond {
	n := naiveGeneralBond{terms: terms, amount: decimal.Max(terms.PreviousYearFees, amt("200000")), rules: enforcement.DefaultRules(calendar.China())}
	for _, x := range b.Notices() {
		n.notices = append(n.notices, naiveNotice{ref: x.Reference, id: x.Case, amount: x.Amount, paid: x.Paid, drawn: x.Drawn,
			received: x.Received, lastDay: x.LastDayToPay})
		n.lastDate = x.Received
	}
	return n
}

func (g naiveGeneralBond) drawn() decimal.Decimal {
	sum := decimal.Zero
	for _, n := range g.notices {
		sum = sum.Add(n.drawn)
	}
	return sum
}

func (g naiveGeneralBond) covers(f enforcement.Facts, on calendar.Date) error {
	if f.Track != enforcement.ExOfficio || f.Holder.Name != g.terms.Holder.Name {
		return enforcement.ErrOutsideGeneralBond
	}
	for _, r := range f.Rights {
		found := false
		for _, rec := range g.terms.Recordations {
			if rr := rec.Right(); rr.Type == rights.Trademark && rr.Number == r.Number && rec.InForce(on) {
				found = true
			}
		}
		if !found {
			return enforcement.ErrOutsideGeneralBond
		}
	}
	end := calendar.Date{Year: g.terms.Approved.Year, Month: 12, Day: 31}
	if on.Before(g.terms.Approved) || on.After(end) || !g.drawn().LessThan(g.amount) {
		return enforcement.ErrOutsideGeneralBond
	}
	return nil
}

func (g naiveGeneralBond) find(ref string) int {
	return slices.IndexFunc(g.notices, func(n naiveNotice) bool { return n.ref == ref })
}

func (g naiveGeneralBond) notify(ref string, id uuid.UUID, amount decimal.Decimal, on calendar.Date) (naiveGeneralBond, error) {
	if g.find(ref) >= 0 || on.Before(g.lastDate) {
		return g, enforcement.ErrGeneralBondRefused
	}
	dl, err := g.rules.FeePayment.Deadline(g.rules.Calendar, on)
	if err != nil {
		return g, err
	}
	g.notices = append(slices.Clip(g.notices), naiveNotice{ref: ref, id: id, amount: amount, received: on, lastDay: dl.LastDay})
	g.lastDate = on
	return g, nil
}

func (g naiveGeneralBond) pay(ref string, amount decimal.Decimal, on calendar.Date) (naiveGeneralBond, error) {
	i := g.find(ref)
	if i < 0 || on.Before(g.lastDate) {
		return g, enforcement.ErrGeneralBondRefused
	}
	n := g.notices[i]
	if amount.GreaterThan(n.amount.Sub(n.paid).Sub(n.drawn)) {
		return g, enforcement.ErrGeneralBondRefused
	}
	g.notices = slices.Clone(g.notices)
	g.notices[i].paid = n.paid.Add(amount)
	g.lastDate = on
	return g, nil
}

func (g naiveGeneralBond) call(ref string, on calendar.Date) (naiveGeneralBond, error) {
	i := g.find(ref)
	if i < 0 || on.Before(g.lastDate) {
		return g, enforcement.ErrGeneralBondRefused
	}
	n := g.notices[i]
	outstanding, available := n.amount.Sub(n.paid).Sub(n.drawn), g.amount.Sub(g.drawn())
	expires := calendar.Date{Year: g.terms.Issued.Year + 1, Month: 6, Day: 30}
	if !on.After(n.lastDay) || on.After(expires) || outstanding.Sign() == 0 || available.Sign() == 0 {
		return g, enforcement.ErrGeneralBondRefused
	}
	g.notices = slices.Clone(g.notices)
	g.notices[i].drawn = n.drawn.Add(decimal.Min(outstanding, available))
	g.lastDate = on
	return g, nil
}
