package enforcement_test

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// The fixtures of the ledger examples: the bond of Example_bondLedger and
// the counter-guarantee of Example_releaseGuarantee.

func lday(s string) calendar.Date     { return calendar.MustParseDate(s) }
func lmoney(s string) decimal.Decimal { return decimal.RequireFromString(s) }
func lrules() enforcement.Rules       { return enforcement.DefaultRules(calendar.China()) }
func lentry(k enforcement.EntryKind, date, amount string) enforcement.LedgerEntry {
	e := enforcement.LedgerEntry{Kind: k, Date: lday(date)}
	if amount != "" {
		e.Amount = lmoney(amount)
	}
	return e
}

// exLedger is the bond of Example_bondLedger: 75,000.00 posted, a storage
// fee of 3,999.80 deducted, 1,200.00 paid to the warehouse credited, the
// goods released on Friday 2024-03-15.
func exLedger() enforcement.BondLedger {
	l, err := enforcement.NewBondLedger(lrules(),
		lentry(enforcement.Deposit, "2024-02-19", "75000.00"),
		lentry(enforcement.FeeDeduction, "2024-03-04", "3999.80"),
		lentry(enforcement.WarehouseCredit, "2024-03-08", "1200.00"),
		lentry(enforcement.GoodsReleased, "2024-03-15", ""))
	if err != nil {
		panic(err)
	}
	return l
}

// exSettled is exLedger with the fees of the detention period settled on
// 2024-03-22.
func exSettled() enforcement.BondLedger {
	l, err := exLedger().Apply(lentry(enforcement.FeesSettled, "2024-03-22", ""))
	if err != nil {
		panic(err)
	}
	return l
}

// exPatentCase is an upon-application case about a utility-model patent,
// goods worth 30,000.00, detained on 2024-03-01.
func exPatentCase() enforcement.Case {
	c, err := enforcement.NewCase(patentFacts(enforcement.UponApplication), lrules())
	if err != nil {
		panic(err)
	}
	for _, ev := range []enforcement.Event{
		{Kind: enforcement.HolderApplied, Date: lday("2024-02-28"), Amount: lmoney("30000.00")},
		{Kind: enforcement.Detention, Date: lday("2024-03-01")},
	} {
		if c, err = c.Apply(ev); err != nil {
			panic(err)
		}
	}
	return c
}

// exGuarantee is the case's counter-guarantee: 30,000.00 deposited on
// 2024-03-04, the goods released on 2024-03-05, the release notice served
// on the holder on Wednesday 2024-03-06.
func exGuarantee() enforcement.ReleaseGuarantee {
	g, err := enforcement.NewReleaseGuarantee(exPatentCase(),
		lentry(enforcement.Deposit, "2024-03-04", "30000.00"),
		lentry(enforcement.GoodsReleased, "2024-03-05", ""),
		lentry(enforcement.ReleaseNotice, "2024-03-06", ""))
	if err != nil {
		panic(err)
	}
	return g
}

// The bond of an ex officio case for goods worth 150,000.00 is 75,000.00
// (Measures art 23). The holder leaves a storage fee notice of 3,999.80
// unpaid, so customs deducts it (Regs art 25; R-FEE-1); it pays another
// 1,200.00 to the warehouse itself, which is deducted from the bond and
// released to it (Regs art 14; R-FEE-2). The goods are released on Friday
// 2024-03-15; the 20 working days of Measures art 35 run from Monday
// 18 March and end on Monday 15 April (4-6 April are the Qingming
// holiday, Sunday 7 April a working day). The bond answers for the
// storage fees of the detention period, so the refund waits for them to
// be settled (Regs arts 14, 25; R-FEE-1, R-FEE-5): they are on 22 March.
// No court's preservation notice comes, so customs refunds the balance
// from 16 April: 75,000.00 - 3,999.80 - 1,200.00 = 69,800.20.
func Example_bondLedger() {
	l := exLedger()
	w, _ := l.PreservationWindow()
	_, err := l.RefundableFrom()
	fmt.Println("window ends", w.LastDay)
	fmt.Println(err)

	l, _ = l.Apply(lentry(enforcement.FeesSettled, "2024-03-22", ""))
	from, _ := l.RefundableFrom()
	fmt.Println("fees settled, refund from", from)

	_, err = l.Apply(lentry(enforcement.Refund, "2024-04-15", "69800.20"))
	fmt.Println(err)

	l, err = l.Apply(lentry(enforcement.Refund, "2024-04-16", "69800.20"))
	fmt.Println(err)
	fmt.Println("posted", l.Posted(), "deducted", l.Deducted(), "credited", l.Credited(),
		"compensated", l.Compensated(), "refunded", l.Refunded(), "balance", l.Balance())
	// Output:
	// window ends 2024-04-15
	// enforcement: refund 69800.20 refused: the goods were released on 2024-03-15, but the fees of the detention period are not settled (Regs arts 14, 25; Measures arts 34, 35; R-FEE-1, R-FEE-3, R-FEE-5); the property-preservation window ends on 2024-04-15
	// fees settled, refund from 2024-04-16
	// enforcement: 2024-04-15 refund 69800.20 refused: a refund is possible from 2024-04-16
	// <nil>
	// posted 75000 deducted 3999.8 credited 1200 compensated 0 refunded 69800.2 balance 0
}

// A patent case: the consignee deposits guarantee money equal to the
// goods' value, 30,000.00, and the goods are released (Regs arts 19,
// 24(3)). Customs serves the release notice on Wednesday 2024-03-06; the
// holder's 30 working days (Measures arts 20, 41) end on 2024-04-18. It
// brings the court's case-acceptance notice on 2024-04-10; the court
// awards it 12,000.00 out of the money, and the remaining 18,000.00 is
// refunded to the consignee.
func Example_releaseGuarantee() {
	g := exGuarantee()
	w, _ := g.SuitWindow()
	fmt.Println("suit window ends", w.LastDay)
	for _, e := range []enforcement.LedgerEntry{
		lentry(enforcement.SuitAccepted, "2024-04-10", ""),
		lentry(enforcement.Compensation, "2024-09-20", "12000.00"),
		lentry(enforcement.Refund, "2024-09-23", "18000.00"),
	} {
		var err error
		if g, err = g.Apply(e); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("deposited", g.Deposited(), "paid to holder", g.PaidToHolder(), "refunded", g.Refunded(), "held", g.Held())
	// Output:
	// suit window ends 2024-04-18
	// deposited 30000 paid to holder 12000 refunded 18000 held 0
}

func ExampleEntryKind() {
	fmt.Println(enforcement.Deposit, enforcement.FeeDeduction, enforcement.WarehouseCredit, enforcement.Refund, enforcement.NotDetained)
	// Output: deposit fee-deduction warehouse-credit refund not-detained
}

func ExampleEntryKind_IsValid() {
	fmt.Println(enforcement.PreservationNotice.IsValid(), enforcement.EntryKindUnknown.IsValid(), enforcement.EntryKind(99).IsValid())
	// Output: true false false
}

func ExampleEntryKind_String() {
	fmt.Println(enforcement.SuitAccepted.String(), enforcement.EntryKind(99).String())
	// Output: suit-accepted %!EntryKind(99)
}

func ExampleEntryKind_AppendText() {
	b, err := enforcement.CourtSeizure.AppendText([]byte("kind="))
	fmt.Println(string(b), err)
	// Output: kind=court-seizure <nil>
}

func ExampleEntryKind_MarshalText() {
	b, err := enforcement.GoodsDisposed.MarshalText()
	fmt.Println(string(b), err)
	_, err = enforcement.EntryKindUnknown.MarshalText()
	fmt.Println(errors.Is(err, enforcement.ErrUnknownCode))
	// Output:
	// goods-disposed <nil>
	// true
}

func ExampleEntryKind_UnmarshalText() {
	var k enforcement.EntryKind
	fmt.Println(k.UnmarshalText([]byte("FEES-SETTLED")), k)
	fmt.Println(k.UnmarshalText([]byte("payment")))
	// Output:
	// <nil> fees-settled
	// enforcement: unknown EntryKind "payment" (want one of deposit, fee-deduction, warehouse-credit, goods-released, court-seizure, preservation-notice, release-notice, suit-accepted, compensation, goods-disposed, fees-settled, refund, not-detained)
}

func ExampleLedgerEntry() {
	e := enforcement.LedgerEntry{Kind: enforcement.FeeDeduction, Date: lday("2024-03-04"), Amount: lmoney("3999.8"), Reference: "FEE-2024-031"}
	fmt.Println(e)
	// Output: 2024-03-04 fee-deduction 3999.80
}

// An entry is validated against its kind: money where money moves, none
// where none does.
func ExampleLedgerEntry_Validate() {
	fmt.Println(lentry(enforcement.Deposit, "2024-02-19", "75000.001").Validate())
	fmt.Println(lentry(enforcement.GoodsReleased, "2024-03-15", "1.00").Validate())
	fmt.Println(lentry(enforcement.Compensation, "2024-09-20", "0").Validate())
	fmt.Println(lentry(enforcement.Refund, "2024-09-23", "0").Validate())
	fmt.Println(lentry(enforcement.Deposit, "2024-02-19", "0").Validate())
	// Output:
	// enforcement: amount "75000.001": more than 2 decimal places: an amount of money is in whole fen
	// enforcement: amount "1": an entry of kind goods-released moves no money
	// <nil>
	// <nil>
	// enforcement: amount "0": required: the amount of the deposit
}

func ExampleLedgerEntry_Equal() {
	a := lentry(enforcement.Deposit, "2024-02-19", "75000")
	b := lentry(enforcement.Deposit, "2024-02-19", "75000.00")
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleLedgerEntry_String() {
	fmt.Println(lentry(enforcement.Refund, "2024-04-16", "69800.2").String())
	fmt.Println(lentry(enforcement.GoodsReleased, "2024-03-15", "").String())
	// Output:
	// 2024-04-16 refund 69800.20
	// 2024-03-15 goods-released
}

func ExampleLedgerEntry_MarshalJSON() {
	b, err := lentry(enforcement.WarehouseCredit, "2024-03-08", "1200").MarshalJSON()
	fmt.Println(string(b), err)
	// Output: {"kind":"warehouse-credit","date":"2024-03-08","amount":"1200.00"} <nil>
}

// Decoding is strict: an amount finer than a fen is refused, naming the
// field.
func ExampleLedgerEntry_UnmarshalJSON() {
	var e enforcement.LedgerEntry
	fmt.Println(e.UnmarshalJSON([]byte(`{"kind":"fee-deduction","date":"2024-03-04","amount":"3999.80"}`)), e)
	err := e.UnmarshalJSON([]byte(`{"kind":"fee-deduction","date":"2024-03-04","amount":"3999.805"}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidLedger))
	// Output:
	// <nil> 2024-03-04 fee-deduction 3999.80
	// enforcement: entry JSON: amount: "3999.805" has more than 2 decimal places
	// true
}

// A deduction above the balance is refused, naming the shortfall.
func ExampleLedgerError() {
	_, err := exLedger().Apply(lentry(enforcement.FeeDeduction, "2024-03-20", "70000.00"))
	var le *enforcement.LedgerError
	if errors.As(err, &le) {
		fmt.Println(le.Reason)
		fmt.Println("balance", le.Balance, "shortfall", le.Shortfall, errors.Is(err, enforcement.ErrLedgerRefused))
	}
	// Output:
	// fee-deduction of 70000.00 is more than the balance, 69800.20, by 199.80
	// balance 69800.2 shortfall 199.8 true
}

func ExampleNewBondLedger() {
	_, err := enforcement.NewBondLedger(lrules(),
		lentry(enforcement.Deposit, "2024-02-19", "20000.00"),
		lentry(enforcement.Refund, "2024-02-20", "20000.00"))
	fmt.Println(err)
	// Output: enforcement: entries[1]: 2024-02-20 refund 20000.00 refused: the goods are neither released, seized by a court, nor disposed of, nor recorded as never detained: the bond secures the consignee's claims and the fees until then (Regs art 14; Measures art 35; R-FEE-5, R-FEE-6)
}

// The ledger of a case starts from the bond its history posted, and from
// how the case ended: a withdrawal after detention releases the goods and
// opens the property-preservation window; a withdrawal before it means
// the goods were never detained, and the bond may be refunded at once.
func ExampleBondLedgerOf() {
	open := func(events ...enforcement.Event) enforcement.Case {
		c, _ := enforcement.NewCase(patentFacts(enforcement.UponApplication), lrules())
		for _, ev := range events {
			c, _ = c.Apply(ev)
		}
		return c
	}
	applied := []enforcement.Event{
		{Kind: enforcement.HolderApplied, Date: lday("2024-02-28"), Amount: lmoney("10000.00")},
		{Kind: enforcement.BondPosted, Date: lday("2024-02-29"), Amount: lmoney("20000.00")},
	}
	detained := append(applied[:2:2], enforcement.Event{Kind: enforcement.Detention, Date: lday("2024-03-01")})

	l, err := enforcement.BondLedgerOf(open(append(detained, enforcement.Event{Kind: enforcement.Withdrawal, Date: lday("2024-03-11")})...))
	fmt.Println(l.Entries(), err)

	l, err = enforcement.BondLedgerOf(open(append(applied, enforcement.Event{Kind: enforcement.Withdrawal, Date: lday("2024-03-01")})...))
	fmt.Println(l.Entries(), err)
	fmt.Println(l.RefundableFrom())
	// Output:
	// [2024-02-28 deposit 10000.00 2024-02-29 deposit 20000.00 2024-03-11 goods-released] <nil>
	// [2024-02-28 deposit 10000.00 2024-02-29 deposit 20000.00 2024-03-01 not-detained] <nil>
	// 2024-03-01 <nil>
}

func ExampleBondLedger() {
	l := exLedger()
	fmt.Println(l.Balance(), l.Posted().Sub(l.Deducted()).Sub(l.Credited()))
	// Output: 69800.2 69800.2
}

func ExampleBondLedger_Apply() {
	l, err := exLedger().Apply(lentry(enforcement.FeeDeduction, "2024-03-20", "800.20"))
	fmt.Println(l.Balance(), err)
	// Output: 69000 <nil>
}

// A court's property-preservation notice within the window holds part of
// the bond; its judgment pays the consignee out of it (Measures art 35;
// R-FEE-5, R-FEE-6). After the window, the notice is refused with its
// last day.
func ExampleBondLedger_Apply_preservation() {
	l := exLedger()
	_, err := l.Apply(lentry(enforcement.PreservationNotice, "2024-04-16", "50000.00"))
	var le *enforcement.LedgerError
	errors.As(err, &le)
	fmt.Println("too late:", le.LastDay)

	l, _ = l.Apply(lentry(enforcement.PreservationNotice, "2024-04-12", "50000.00"))
	_, err = l.RefundableFrom()
	fmt.Println(err)
	l, _ = l.Apply(lentry(enforcement.Compensation, "2024-08-30", "35000.00"))
	l, _ = l.Apply(lentry(enforcement.FeesSettled, "2024-08-30", ""))
	from, _ := l.RefundableFrom()
	fmt.Println("compensated", l.Compensated(), "balance", l.Balance(), "refund from", from)
	// Output:
	// too late: 2024-04-15
	// enforcement: refund 69800.20 refused: 50000.00 is held under the court's property-preservation notice of 2024-04-12 until the court decides (Measures art 35; R-FEE-5)
	// compensated 35000 balance 34800.2 refund from 2024-08-30
}

// After a release the refund waits for the window and for the fees to be
// settled; it is due from the later of the day after the window and the
// settlement (Measures art 35; R-FEE-5, R-FEE-6).
func ExampleBondLedger_RefundableFrom() {
	l, _ := exLedger().Apply(lentry(enforcement.Deposit, "2024-03-16", "100.00"))
	_, err := l.RefundableFrom()
	fmt.Println(errors.Is(err, enforcement.ErrLedgerRefused))
	settled, _ := l.Apply(lentry(enforcement.FeesSettled, "2024-03-22", ""))
	fmt.Println(settled.RefundableFrom())
	late, _ := l.Apply(lentry(enforcement.FeesSettled, "2024-05-06", ""))
	fmt.Println(late.RefundableFrom())
	// Output:
	// true
	// 2024-04-16 <nil>
	// 2024-05-06 <nil>
}

// Goods never detained: the application was rejected, so there are no
// fees of a detention and no loss of the consignee to preserve against;
// the bond may be refunded the same day, with no window (Regs art 15).
func ExampleBondLedger_RefundableFrom_notDetained() {
	l, _ := enforcement.NewBondLedger(lrules(),
		lentry(enforcement.Deposit, "2024-03-04", "30000.00"),
		lentry(enforcement.NotDetained, "2024-03-05", ""))
	fmt.Println(l.RefundableFrom())
	w, _ := l.PreservationWindow()
	fmt.Println(w.IsZero())
	l, err := l.Apply(lentry(enforcement.Refund, "2024-03-05", "30000.00"))
	fmt.Println(l.Refunded(), err)
	// Output:
	// 2024-03-05 <nil>
	// true
	// 30000 <nil>
}

// Fees that use up the bond leave 0.00 to refund: a refund of 0.00 closes
// the ledger.
func ExampleBondLedger_RefundableFrom_nothingLeft() {
	l, _ := enforcement.NewBondLedger(lrules(),
		lentry(enforcement.Deposit, "2024-02-19", "100.00"),
		lentry(enforcement.FeeDeduction, "2024-03-04", "100.00"),
		lentry(enforcement.GoodsReleased, "2024-03-15", ""),
		lentry(enforcement.FeesSettled, "2024-03-15", ""))
	fmt.Println(l.RefundableFrom())
	l, err := l.Apply(lentry(enforcement.Refund, "2024-04-16", "0"))
	fmt.Println(l.Closed())
	fmt.Println(err)
	// Output:
	// 2024-04-16 <nil>
	// 2024-04-16 true
	// <nil>
}

// Confiscated goods: the bond is refunded once the disposal is completed
// and the fees are settled (Measures art 35; R-FEE-5).
func ExampleBondLedger_RefundableFrom_disposal() {
	l, _ := enforcement.NewBondLedger(lrules(),
		lentry(enforcement.Deposit, "2024-02-19", "75000.00"),
		lentry(enforcement.GoodsDisposed, "2024-07-01", ""))
	_, err := l.RefundableFrom()
	fmt.Println(err)
	l, _ = l.Apply(lentry(enforcement.FeesSettled, "2024-07-05", ""))
	fmt.Println(l.RefundableFrom())
	// Output:
	// enforcement: refund 75000.00 refused: the goods were disposed of on 2024-07-01, but the fees are not settled (Measures art 35; R-FEE-5)
	// 2024-07-05 <nil>
}

func ExampleBondLedger_PreservationWindow() {
	w, err := exLedger().PreservationWindow()
	fmt.Println(w.Trigger, w.LastDay, err)
	// Output: 2024-03-15 2024-04-15 <nil>
}

func ExampleBondLedger_Entries() {
	for _, e := range exLedger().Entries() {
		fmt.Println(e)
	}
	// Output:
	// 2024-02-19 deposit 75000.00
	// 2024-03-04 fee-deduction 3999.80
	// 2024-03-08 warehouse-credit 1200.00
	// 2024-03-15 goods-released
}

func ExampleBondLedger_Posted() {
	l, _ := exLedger().Apply(lentry(enforcement.Deposit, "2024-03-16", "5000.00"))
	fmt.Println(l.Posted())
	// Output: 80000
}

func ExampleBondLedger_Deducted() {
	fmt.Println(exLedger().Deducted())
	// Output: 3999.8
}

func ExampleBondLedger_Credited() {
	fmt.Println(exLedger().Credited())
	// Output: 1200
}

func ExampleBondLedger_Compensated() {
	l, _ := exLedger().Apply(lentry(enforcement.PreservationNotice, "2024-04-01", "10000.00"))
	l, _ = l.Apply(lentry(enforcement.Compensation, "2024-06-03", "2500.50"))
	fmt.Println(l.Compensated(), l.Held())
	// Output: 2500.5 0
}

func ExampleBondLedger_Refunded() {
	l, _ := exSettled().Apply(lentry(enforcement.Refund, "2024-04-16", "69800.20"))
	fmt.Println(l.Refunded())
	// Output: 69800.2
}

func ExampleBondLedger_Held() {
	l, _ := exLedger().Apply(lentry(enforcement.PreservationNotice, "2024-04-01", "10000.00"))
	fmt.Println(l.Held(), l.Balance())
	// Output: 10000 69800.2
}

func ExampleBondLedger_Balance() {
	fmt.Println(exLedger().Balance().StringFixed(2))
	// Output: 69800.20
}

func ExampleBondLedger_Closed() {
	l := exSettled()
	_, closed := l.Closed()
	fmt.Println(closed)
	l, _ = l.Apply(lentry(enforcement.Refund, "2024-04-16", "69800.20"))
	fmt.Println(l.Closed())
	_, err := l.Apply(lentry(enforcement.FeeDeduction, "2024-04-17", "1.00"))
	fmt.Println(err)
	// Output:
	// false
	// 2024-04-16 true
	// enforcement: 2024-04-17 fee-deduction 1.00 refused: the balance was refunded on 2024-04-16: the ledger is closed
}

func ExampleBondLedger_Equal() {
	l := exLedger()
	again, _ := enforcement.NewBondLedger(lrules(), l.Entries()...)
	fmt.Println(l.Equal(again))
	// Output: true
}

func ExampleBondLedger_MarshalJSON() {
	l, _ := enforcement.NewBondLedger(lrules(), lentry(enforcement.Deposit, "2024-02-19", "20000"))
	b, _ := l.MarshalJSON()
	fmt.Println(string(b))
	// Output: {"preservation":{"count":20,"unit":"working-days","start":"next-day","roll":"forward"},"entries":[{"kind":"deposit","date":"2024-02-19","amount":"20000.00"}],"posted":"20000.00","deducted":"0.00","credited":"0.00","compensated":"0.00","refunded":"0.00","held":"0.00","balance":"20000.00"}
}

// A ledger is the fold of its entries: totals that disagree with them are
// refused.
func ExampleParseBondLedger() {
	l, err := enforcement.ParseBondLedger([]byte(`{"entries":[
		{"kind":"deposit","date":"2024-02-19","amount":"20000.00"},
		{"kind":"fee-deduction","date":"2024-03-04","amount":"1500.00"}],
		"balance":"18500.00"}`), calendar.China())
	fmt.Println(l.Balance(), err)
	_, err = enforcement.ParseBondLedger([]byte(`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"20000.00"}],"balance":"25000.00"}`), calendar.China())
	fmt.Println(err)
	// Output:
	// 18500 <nil>
	// enforcement: balance "25000.00": the entries give 20000.00: a ledger is the fold of its entries
}

func ExampleNewReleaseGuarantee() {
	g, err := enforcement.NewReleaseGuarantee(exPatentCase(), lentry(enforcement.Deposit, "2024-03-04", "30000.00"))
	fmt.Println(g.Deposited(), err)

	_, err = enforcement.NewReleaseGuarantee(exPatentCase(), lentry(enforcement.Deposit, "2024-03-04", "35000.00"))
	fmt.Println(err)

	tm, _ := enforcement.NewCase(exOfficioFacts(), lrules())
	_, err = enforcement.NewReleaseGuarantee(tm)
	fmt.Println(err, errors.Is(err, enforcement.ErrLedgerRefused))
	// Output:
	// 30000 <nil>
	// enforcement: entries[0]: 2024-03-04 deposit 35000.00 refused: guarantee money of 35000.00 is more than the goods' value, 30000.00: Regs art 19 asks for money equal to it (R-REL-1)
	// enforcement: rights[0].type "trademark": not a patent: only in a patent case may the consignee have the goods released against guarantee money (Regs art 19; R-REL-1) true
}

func ExampleReleaseGuarantee() {
	g := exGuarantee()
	fmt.Println(g.Deposited(), g.Held(), g.GoodsValue())
	// Output: 30000 30000 30000
}

// No court's case-acceptance notice by the window's last day: the
// notice is refused after it, and the money is refunded to the
// consignee from the day after (Regs art 19; R-REL-2).
func ExampleReleaseGuarantee_Apply() {
	g := exGuarantee()
	_, err := g.Apply(lentry(enforcement.SuitAccepted, "2024-04-19", ""))
	fmt.Println(err)
	g, err = g.Apply(lentry(enforcement.Refund, "2024-04-19", "30000.00"))
	fmt.Println(g.Refunded(), err)
	// Output:
	// enforcement: 2024-04-19 suit-accepted refused: the holder's window for the court's case-acceptance notice ended on 2024-04-18: the guarantee money is refunded to the consignee (Regs art 19; Measures art 20; R-REL-2)
	// 30000 <nil>
}

func ExampleReleaseGuarantee_RefundableFrom() {
	from, err := exGuarantee().RefundableFrom()
	fmt.Println(from, err)
	// Output: 2024-04-19 <nil>
}

func ExampleReleaseGuarantee_SuitWindow() {
	w, err := exGuarantee().SuitWindow()
	fmt.Println(w.Trigger, w.LastDay, w.Period, err)
	// Output: 2024-03-06 2024-04-18 30 working days from the day after the trigger <nil>
}

func ExampleReleaseGuarantee_CaseID() {
	fmt.Println(exGuarantee().CaseID() == exPatentCase().ID())
	// Output: true
}

func ExampleReleaseGuarantee_GoodsValue() {
	fmt.Println(exGuarantee().GoodsValue().StringFixed(2))
	// Output: 30000.00
}

func ExampleReleaseGuarantee_Deposited() {
	fmt.Println(exGuarantee().Deposited().StringFixed(2))
	// Output: 30000.00
}

// The court awards the holder all of the guarantee money (Measures art
// 36): nothing is left, and a refund of 0.00 closes the guarantee.
func ExampleReleaseGuarantee_PaidToHolder() {
	g, _ := exGuarantee().Apply(lentry(enforcement.SuitAccepted, "2024-04-01", ""))
	g, _ = g.Apply(lentry(enforcement.Compensation, "2024-10-08", "30000.00"))
	fmt.Println(g.PaidToHolder(), g.Held())
	fmt.Println(g.RefundableFrom())
	g, err := g.Apply(lentry(enforcement.Refund, "2024-10-08", "0.00"))
	fmt.Println(g.Closed())
	fmt.Println(err)
	// Output:
	// 30000 0
	// 2024-10-08 <nil>
	// 2024-10-08 true
	// <nil>
}

func ExampleReleaseGuarantee_Refunded() {
	g, _ := exGuarantee().Apply(lentry(enforcement.Refund, "2024-04-22", "30000.00"))
	fmt.Println(g.Refunded())
	// Output: 30000
}

// Once the holder's suit is accepted, the money is held until the court
// decides.
func ExampleReleaseGuarantee_Held() {
	g, _ := exGuarantee().Apply(lentry(enforcement.SuitAccepted, "2024-04-01", ""))
	_, err := g.Apply(lentry(enforcement.Refund, "2024-05-06", "30000.00"))
	fmt.Println(g.Held(), err)
	// Output: 30000 enforcement: 2024-05-06 refund 30000.00 refused: the holder's suit was accepted on 2024-04-01: the money is held until the court decides (Measures arts 20, 36; R-REL-2)
}

func ExampleReleaseGuarantee_Entries() {
	fmt.Println(exGuarantee().Entries())
	// Output: [2024-03-04 deposit 30000.00 2024-03-05 goods-released 2024-03-06 release-notice]
}

func ExampleReleaseGuarantee_Closed() {
	g, _ := exGuarantee().Apply(lentry(enforcement.Refund, "2024-04-19", "30000.00"))
	fmt.Println(g.Closed())
	// Output: 2024-04-19 true
}

func ExampleReleaseGuarantee_Equal() {
	g := exGuarantee()
	again, _ := enforcement.NewReleaseGuarantee(exPatentCase(), g.Entries()...)
	fmt.Println(g.Equal(again))
	// Output: true
}

func ExampleReleaseGuarantee_MarshalJSON() {
	g, _ := enforcement.NewReleaseGuarantee(exPatentCase(), lentry(enforcement.Deposit, "2024-03-04", "30000"))
	b, _ := g.MarshalJSON()
	fmt.Println(string(b))
	// Output: {"case":"6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000.00"}],"deposited":"30000.00","paid_to_holder":"0.00","refunded":"0.00","held":"30000.00"}
}

// A guarantee is read as the counter-guarantee of its case.
func ExampleParseReleaseGuarantee() {
	c := exPatentCase()
	b, _ := exGuarantee().MarshalJSON()
	g, err := enforcement.ParseReleaseGuarantee(b, c)
	fmt.Println(g.Equal(exGuarantee()), err)
	_, err = enforcement.ParseReleaseGuarantee([]byte(`{"case":"6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11","goods_value":"31000.00","entries":[]}`), c)
	fmt.Println(err)
	// Output:
	// true <nil>
	// enforcement: goods_value "31000.00": not the case's goods' value, 30000.00
}
