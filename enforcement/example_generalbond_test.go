package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// The general bond examples follow ACME Ltd, which posts a general bond
// for 2025 for its trademark 1234567 (registered 2018-03-07, recorded
// with GACC from 2020-02-10). Names, numbers and references are made up;
// the dates and holidays are real (calendar.China).

var gbExCase = uuid.MustParse("0b8e2f4c-7d1a-4e55-9c3b-2a6f1e9d4c70")

// gbExMark is the trademark the bond covers, in force until 2028-03-06.
func gbExMark() rights.Right {
	return rights.Right{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567",
		Registered: exDay("2018-03-07"), Classes: []rights.NiceClass{25}}
}

// gbExRecordation records right for ACME Ltd: filed 2020-01-02, approved
// 2020-02-10.
func gbExRecordation(right rights.Right) rights.Recordation {
	rec, err := rights.NewRecordation(right, rights.Application{Holder: rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}}, exDay("2020-01-02"))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: exDay("2020-02-10"), Number: "T2020-00001"})
	if err != nil {
		panic(err)
	}
	return rec
}

// gbExTerms are the terms GACC approved on 2025-03-03 for a holder that
// paid fees in 2024, on a letter of guarantee issued on 2025-02-20.
func gbExTerms(fees string) enforcement.GeneralBondTerms {
	return enforcement.GeneralBondTerms{
		Reference:        "GACC-GB-2025-017",
		Holder:           enforcement.Party{Name: "ACME Ltd"},
		Recordations:     []rights.Recordation{gbExRecordation(gbExMark())},
		PreviousYearFees: exMoney(fees),
		Approved:         exDay("2025-03-03"),
		Issued:           exDay("2025-02-20"),
		Guarantor:        enforcement.Guarantor{Bank: "Bank of Shanghai, Pudong Branch", Licensed: true},
	}
}

// gbExBond is the bond on gbExTerms(fees), or panics.
func gbExBond(fees string) enforcement.GeneralBond {
	b, err := enforcement.NewGeneralBond(gbExTerms(fees), exRules(), enforcement.DefaultParameters())
	if err != nil {
		panic(err)
	}
	return b
}

// gbExFacts are an ex officio case in 2025 about the covered trademark.
func gbExFacts() enforcement.Facts {
	f := exFacts(enforcement.ExOfficio, "30000")
	f.ID = gbExCase
	f.Rights = []rights.Right{gbExMark()}
	f.Recordations = []rights.Recordation{gbExRecordation(gbExMark())}
	return f
}

// gbExNotified is gbExBond("256789.10") with a fee notice of 12,000.00,
// received on Friday 2025-09-26, before the National Day holiday.
func gbExNotified() enforcement.GeneralBond {
	b, err := gbExBond("256789.10").Notify("SH-FEE-2025-0001", gbExCase, exMoney("12000"), exDay("2025-09-26"))
	if err != nil {
		panic(err)
	}
	return b
}

func Example_generalBond() {
	// The amount (R-GB-2): the fees paid last year, at least 200,000.
	fmt.Println(gbExBond("256789.10").Amount().StringFixed(2))
	fmt.Println(gbExBond("120000").Amount().StringFixed(2))

	// The windows (R-GB-3): approved 2025-03-03, the letter issued
	// 2025-02-20.
	b := gbExBond("256789.10")
	first, last := b.Coverage()
	fmt.Println("covers", first, "to", last)
	from, until := b.Guarantee()
	fmt.Println("guarantee", from, "to", until)

	// A covered ex officio case needs no per-case bond (R-EXO-5).
	fmt.Println("covers the case:", b.Covers(gbExFacts(), exDay("2025-09-01")) == nil)

	// A fee notice received on Friday 2025-09-26. Ten working days from
	// the day after (cn-holidays.tsv): Sun 28 Sep (a working day), Mon 29,
	// Tue 30; 1-8 October are the National Day holiday; Thu 9, Fri 10,
	// Sat 11 (a working day), Mon 13, Tue 14, Wed 15, Thu 16.
	b, _ = b.Notify("SH-FEE-2025-0001", gbExCase, exMoney("12000"), exDay("2025-09-26"))
	n, _ := b.Notice("SH-FEE-2025-0001")
	fmt.Println("last day to pay:", n.LastDayToPay)

	// The holder pays part of it in time.
	b, _ = b.Pay("SH-FEE-2025-0001", exMoney("2000"), exDay("2025-10-10"))

	// On the last day to pay, the bank cannot be called.
	_, err := b.Call("SH-FEE-2025-0001", exDay("2025-10-16"))
	var refused *enforcement.GeneralBondRefusedError
	if errors.As(err, &refused) {
		fmt.Println("2025-10-16 refused; callable from", refused.CallableFrom)
	}

	// The day after, it can: the call draws the 10,000.00 unpaid.
	fmt.Println("due on 2025-10-17:", len(b.CallsDue(exDay("2025-10-17"))))
	b, err = b.Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	fmt.Println("2025-10-17:", err)
	t := b.Totals()
	fmt.Println("notified", t.Notified.StringFixed(2), "paid", t.Paid.StringFixed(2), "drawn", t.Drawn.StringFixed(2),
		"outstanding", t.Outstanding.StringFixed(2), "available", t.Available.StringFixed(2))
	// Output:
	// 256789.10
	// 200000.00
	// covers 2025-03-03 to 2025-12-31
	// guarantee 2025-02-20 to 2026-06-30
	// covers the case: true
	// last day to pay: 2025-10-16
	// 2025-10-16 refused; callable from 2025-10-17
	// due on 2025-10-17: 1
	// 2025-10-17: <nil>
	// notified 12000.00 paid 2000.00 drawn 10000.00 outstanding 0.00 available 246789.10
}

func ExampleNewGeneralBond() {
	t := gbExTerms("120000")
	t.Issued = exDay("2024-12-20") // Expires 2025-06-30, before the coverage ends.
	t.Guarantor.Licensed = false
	_, err := enforcement.NewGeneralBond(t, exRules(), enforcement.DefaultParameters())
	fmt.Println(errors.Is(err, enforcement.ErrInvalidGeneralBond))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: issued "2024-12-20": the letter of guarantee expires on 2025-06-30, before the coverage ends on 2025-12-31: it must outlast the cases of the year (Ann. 2006 No. 31; R-GB-3)
	// enforcement: guarantor.licensed "false": required: a bank licensed to do financial business in mainland China (Ann. 2006 No. 31 item 2; R-GB-4)
}

func ExampleNewGeneralBond_noParameter() {
	// Parameters that hold no general bond minimum for 2025.
	params, _ := enforcement.NewParameters(enforcement.Parameter{Kind: enforcement.GeneralBondMinimum,
		Value: decimal.New(200_000, 0), Source: "GACC Ann. 2006 No. 31", From: exDay("2006-07-01"), Until: exDay("2024-12-31")})
	_, err := enforcement.NewGeneralBond(gbExTerms("0"), exRules(), params)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidGeneralBond), errors.Is(err, enforcement.ErrNoParameter))
	// Output: true true
}

func ExampleGeneralBondTerms() {
	t := gbExTerms("0") // No detention requested in 2024.
	b, _ := enforcement.NewGeneralBond(t, exRules(), enforcement.DefaultParameters())
	fmt.Println(t.Reference, b.Amount().StringFixed(2))
	// Output: GACC-GB-2025-017 200000.00
}

func ExampleGuarantor() {
	t := gbExTerms("0")
	t.Guarantor = enforcement.Guarantor{Bank: "Example Bank (Hong Kong) Ltd"} // Not licensed on the mainland.
	_, err := enforcement.NewGeneralBond(t, exRules(), enforcement.DefaultParameters())
	var fe *enforcement.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field)
	}
	// Output: guarantor.licensed
}

func ExampleGeneralBond_Terms() {
	t := gbExBond("0").Terms()
	fmt.Println(t.Holder.Name, len(t.Recordations), t.Guarantor.Bank)
	// Output: ACME Ltd 1 Bank of Shanghai, Pudong Branch
}

func ExampleGeneralBond_Amount() {
	for _, fees := range []string{"0", "199999.99", "200000", "200000.01"} {
		fmt.Println(fees, "->", gbExBond(fees).Amount().StringFixed(2))
	}
	// Output:
	// 0 -> 200000.00
	// 199999.99 -> 200000.00
	// 200000 -> 200000.00
	// 200000.01 -> 200000.01
}

func ExampleGeneralBond_Minimum() {
	fmt.Println(gbExBond("0").Minimum())
	// Output: general-bond-minimum 200000.00 from 2006-07-01 (GACC Ann. 2006 No. 31; R-GB-2)
}

func ExampleGeneralBond_Coverage() {
	first, last := gbExBond("0").Coverage()
	fmt.Println(first, last)
	// Output: 2025-03-03 2025-12-31
}

func ExampleGeneralBond_Guarantee() {
	first, last := gbExBond("0").Guarantee()
	fmt.Println(first, last)
	// Output: 2025-02-20 2026-06-30
}

func ExampleGeneralBond_Covers() {
	b := gbExBond("0")
	f := gbExFacts()
	fmt.Println(b.Covers(f, exDay("2025-06-02")))

	// An upon-application case in 2026, about a patent too.
	f.Track = enforcement.UponApplication
	f.Rights = append(f.Rights, exPatent)
	err := b.Covers(f, exDay("2026-01-05"))
	var out *enforcement.OutsideGeneralBondError
	if errors.As(err, &out) {
		for _, why := range out.Reasons {
			fmt.Println(why)
		}
	}
	// Output:
	// <nil>
	// the case is upon-application: a general bond replaces only the bond of an ex officio detention (Regs art 16; Ann. 2006 No. 31 item 1; R-GB-1)
	// rights[1] (patent-utility-model 201520123456.7) is not a trademark: a general bond covers recorded trademarks only (R-GB-1)
	// 2026-01-05 is outside the coverage window 2025-03-03 to 2025-12-31 (Ann. 2006 No. 31; R-GB-3)
}

func ExampleOutsideGeneralBondError() {
	f := gbExFacts()
	f.Holder.Name = "Other Ltd"
	err := gbExBond("0").Covers(f, exDay("2025-06-02"))
	fmt.Println(errors.Is(err, enforcement.ErrOutsideGeneralBond))
	fmt.Println(err)
	// Output:
	// true
	// enforcement: case 0b8e2f4c-7d1a-4e55-9c3b-2a6f1e9d4c70 on 2025-06-02 is outside general bond "GACC-GB-2025-017": the case's holder is "Other Ltd", not the general bond's "ACME Ltd" (R-GB-1)
}

func ExampleGeneralBond_Notify() {
	b, err := gbExBond("0").Notify("SH-FEE-2025-0001", gbExCase, exMoney("12000"), exDay("2025-09-26"))
	fmt.Println(err, b.Totals().Notified.StringFixed(2))
	_, err = b.Notify("SH-FEE-2025-0001", gbExCase, exMoney("500"), exDay("2025-09-29"))
	fmt.Println(err)
	// Output:
	// <nil> 12000.00
	// enforcement: notice-received "SH-FEE-2025-0001" on 2025-09-29 refused: a notice of that reference is already on the ledger
}

func ExampleGeneralBond_Pay() {
	b, _ := gbExNotified().Pay("SH-FEE-2025-0001", exMoney("12000"), exDay("2025-10-09"))
	n, _ := b.Notice("SH-FEE-2025-0001")
	fmt.Println(n.Paid.StringFixed(2), n.Outstanding.StringFixed(2))
	_, err := b.Pay("SH-FEE-2025-0001", exMoney("0.01"), exDay("2025-10-10"))
	fmt.Println(err)
	// Output:
	// 12000.00 0.00
	// enforcement: notice-paid "SH-FEE-2025-0001" on 2025-10-10 refused: pays 0.01, more than the 0.00 outstanding
}

func ExampleGeneralBond_Call() {
	b := gbExNotified()
	_, err := b.Call("SH-FEE-2025-0001", exDay("2025-10-16"))
	fmt.Println(err)
	b, _ = b.Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	fmt.Println(b.Totals().Drawn.StringFixed(2))
	// Output:
	// enforcement: bank-called "SH-FEE-2025-0001" on 2025-10-16 refused: the holder has until 2025-10-16 to pay the notice received on 2025-09-26, 10 working days from the day after the trigger (Regs art 25; Ann. 2006 No. 31; R-FEE-4): the bank can be called from 2025-10-17
	// 12000.00
}

func ExampleGeneralBondRefusedError() {
	// A bond of 200,000.00 and fees of 250,000.00, unpaid.
	b, _ := gbExBond("0").Notify("SH-FEE-2025-0001", gbExCase, exMoney("250000"), exDay("2025-09-26"))
	b, _ = b.Call("SH-FEE-2025-0001", exDay("2025-10-17")) // Draws the whole bond.
	_, err := b.Call("SH-FEE-2025-0001", exDay("2025-10-20"))
	var refused *enforcement.GeneralBondRefusedError
	if errors.As(err, &refused) {
		fmt.Println(errors.Is(err, enforcement.ErrGeneralBondRefused))
		fmt.Println(refused.Outstanding.StringFixed(2), refused.Available.StringFixed(2), refused.Shortfall.StringFixed(2))
		fmt.Println(refused.Reasons[0])
	}
	// Output:
	// true
	// 50000.00 0.00 50000.00
	// the bond of 200000.00 is drawn in full: nothing is left to draw (R-FEE-4)
}

func ExampleGeneralBond_Notice() {
	n, ok := gbExNotified().Notice("SH-FEE-2025-0001")
	fmt.Println(ok, n.Received, n.LastDayToPay, n.Amount.StringFixed(2), n.Outstanding.StringFixed(2))
	_, ok = gbExNotified().Notice("SH-FEE-2025-9999")
	fmt.Println(ok)
	// Output:
	// true 2025-09-26 2025-10-16 12000.00 12000.00
	// false
}

func ExampleGeneralBondNotice() {
	b, _ := gbExNotified().Pay("SH-FEE-2025-0001", exMoney("2500.50"), exDay("2025-09-30"))
	n, _ := b.Notice("SH-FEE-2025-0001")
	fmt.Println(n.Amount.StringFixed(2), "=", n.Paid.StringFixed(2), "+", n.Drawn.StringFixed(2), "+", n.Outstanding.StringFixed(2))
	// Output: 12000.00 = 2500.50 + 0.00 + 9499.50
}

func ExampleGeneralBond_Notices() {
	b, _ := gbExNotified().Notify("SH-FEE-2025-0002", gbExCase, exMoney("800"), exDay("2025-11-03"))
	for _, n := range b.Notices() {
		fmt.Println(n.Reference, n.Received, n.LastDayToPay)
	}
	// Output:
	// SH-FEE-2025-0001 2025-09-26 2025-10-16
	// SH-FEE-2025-0002 2025-11-03 2025-11-17
}

func ExampleGeneralBond_CallsDue() {
	b, _ := gbExNotified().Notify("SH-FEE-2025-0002", gbExCase, exMoney("800"), exDay("2025-11-03"))
	for _, day := range []string{"2025-10-16", "2025-10-17", "2025-11-18", "2026-07-01"} {
		fmt.Println(day, len(b.CallsDue(exDay(day))))
	}
	// Output:
	// 2025-10-16 0
	// 2025-10-17 1
	// 2025-11-18 2
	// 2026-07-01 0
}

func ExampleGeneralBond_Totals() {
	t := gbExNotified().Totals()
	fmt.Println(t.Notified.StringFixed(2), t.Outstanding.StringFixed(2), t.Available.StringFixed(2))
	// Output: 12000.00 12000.00 256789.10
}

func ExampleGeneralBondTotals() {
	b, _ := gbExNotified().Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	t := b.Totals()
	fmt.Println(t.Notified.Equal(t.Paid.Add(t.Drawn).Add(t.Outstanding)), t.Available.StringFixed(2))
	// Output: true 244789.10
}

func ExampleGeneralBond_Entries() {
	b, _ := gbExNotified().Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	for _, e := range b.Entries() {
		fmt.Println(e.Kind, e.Date, e.Notice, e.Amount.StringFixed(2))
	}
	// Output:
	// notice-received 2025-09-26 SH-FEE-2025-0001 12000.00
	// bank-called 2025-10-17 SH-FEE-2025-0001 12000.00
}

func ExampleGeneralBondEntry() {
	e := enforcement.GeneralBondEntry{Kind: enforcement.NoticePaid, Date: exDay("2025-10-09"), Notice: "SH-FEE-2025-0001", Amount: exMoney("12000")}
	b, err := enforcement.ReplayGeneralBond(gbExTerms("0"), exRules(), enforcement.DefaultParameters(),
		append(gbExNotified().Entries(), e))
	fmt.Println(err, b.Totals().Paid.StringFixed(2))
	// Output: <nil> 12000.00
}

func ExampleGeneralBondEntry_Equal() {
	e := enforcement.GeneralBondEntry{Kind: enforcement.NoticePaid, Date: exDay("2025-10-09"), Notice: "F-1", Amount: exMoney("12000")}
	f := e
	f.Amount = exMoney("12000.00")
	fmt.Println(e.Equal(f))
	// Output: true
}

func ExampleGeneralBondEntryKind() {
	fmt.Println(enforcement.NoticeReceived, enforcement.NoticePaid, enforcement.BankCalled)
	// Output: notice-received notice-paid bank-called
}

func ExampleGeneralBondEntryKind_IsValid() {
	fmt.Println(enforcement.BankCalled.IsValid(), enforcement.GeneralBondEntryUnknown.IsValid())
	// Output: true false
}

func ExampleGeneralBondEntryKind_String() {
	fmt.Println(enforcement.NoticePaid.String(), enforcement.GeneralBondEntryKind(9).String())
	// Output: notice-paid %!GeneralBondEntryKind(9)
}

func ExampleGeneralBondEntryKind_AppendText() {
	b, _ := enforcement.NoticeReceived.AppendText([]byte("kind="))
	fmt.Println(string(b))
	// Output: kind=notice-received
}

func ExampleGeneralBondEntryKind_MarshalText() {
	text, _ := enforcement.BankCalled.MarshalText()
	fmt.Println(string(text))
	// Output: bank-called
}

func ExampleGeneralBondEntryKind_UnmarshalText() {
	var k enforcement.GeneralBondEntryKind
	fmt.Println(k.UnmarshalText([]byte("Bank-Called")), k)
	fmt.Println(errors.Is(k.UnmarshalText([]byte("bank-robbed")), enforcement.ErrUnknownCode), k)
	// Output:
	// <nil> bank-called
	// true bank-called
}

func ExampleReplayGeneralBond() {
	b, _ := gbExNotified().Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	again, err := enforcement.ReplayGeneralBond(b.Terms(), exRules(), enforcement.DefaultParameters(), b.Entries())
	fmt.Println(err, again.Equal(b))

	// A call must record what the call draws.
	entries := b.Entries()
	entries[1].Amount = exMoney("5000")
	_, err = enforcement.ReplayGeneralBond(b.Terms(), exRules(), enforcement.DefaultParameters(), entries)
	fmt.Println(err)
	// Output:
	// <nil> true
	// enforcement: entries[1]: amount "5000": the call draws 12000.00: the outstanding amount, at most what is left of the bond (R-FEE-4)
}

func ExampleGeneralBond_Equal() {
	b := gbExNotified()
	c, _ := b.Pay("SH-FEE-2025-0001", exMoney("1"), exDay("2025-10-01"))
	fmt.Println(b.Equal(gbExNotified()), b.Equal(c))
	// Output: true false
}

func ExampleGeneralBond_MarshalJSON() {
	b, _ := gbExNotified().Call("SH-FEE-2025-0001", exDay("2025-10-17"))
	data, _ := json.Marshal(b)
	var j struct {
		Amount           string `json:"amount"`
		CoverageEnds     string `json:"coverage_ends"`
		GuaranteeExpires string `json:"guarantee_expires"`
		Entries          []json.RawMessage
	}
	_ = json.Unmarshal(data, &j)
	fmt.Println(j.Amount, j.CoverageEnds, j.GuaranteeExpires)
	for _, e := range j.Entries {
		fmt.Println(string(e))
	}
	// Output:
	// 256789.10 2025-12-31 2026-06-30
	// {"kind":"notice-received","date":"2025-09-26","notice":"SH-FEE-2025-0001","case":"0b8e2f4c-7d1a-4e55-9c3b-2a6f1e9d4c70","amount":"12000.00"}
	// {"kind":"bank-called","date":"2025-10-17","notice":"SH-FEE-2025-0001","amount":"12000.00"}
}

func ExampleGeneralBond_UnmarshalJSON() {
	data, _ := json.Marshal(gbExNotified())
	var b enforcement.GeneralBond
	fmt.Println(json.Unmarshal(data, &b), b.Equal(gbExNotified()))
	// Output: <nil> true
}

func ExampleParseGeneralBond() {
	data, _ := json.Marshal(gbExNotified())
	b, err := enforcement.ParseGeneralBond(data, calendar.China(), enforcement.DefaultParameters())
	fmt.Println(err, b.Totals().Notified.StringFixed(2))
	_, err = enforcement.ParseGeneralBond([]byte(`{"reference":"X","Holder":{}}`), calendar.China(), enforcement.DefaultParameters())
	fmt.Println(errors.Is(err, enforcement.ErrInvalidGeneralBond))
	// Output:
	// <nil> 12000.00
	// true
}

func ExampleGeneralBondTerms_IsZero() {
	var none enforcement.GeneralBondTerms
	fmt.Println(none.IsZero(), enforcement.GeneralBondTerms{Reference: "GB-2025-001"}.IsZero())
	// Output: true false
}

// Example_generalBondCase: a case whose facts rely on a general bond
// needs no bond of its own when the holder applies inside the bond's
// coverage (R-EXO-5), and the per-case bond of Measures art 23 after it.
func Example_generalBondCase() {
	f := gbExFacts()
	f.GeneralBond = gbExTerms("256789.10") // Covers 2025-03-03 to 2025-12-31.
	c, err := enforcement.NewCase(f, enforcement.Rules{Calendar: calendar.China()})
	if err != nil {
		fmt.Println(err)
		return
	}
	in, _ := c.Apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2025-09-01")})
	in, _ = in.Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2025-09-02")})
	fmt.Println("required:", in.RequiredBond().StringFixed(2))
	in, err = in.Apply(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2025-09-03")})
	fmt.Println(in.State(), err)

	// A year later the bond covers nothing: the case needs its own bond.
	out, _ := c.Apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2026-03-02")})
	out, _ = out.Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2026-03-03")})
	fmt.Println("required:", out.RequiredBond().StringFixed(2))
	_, err = out.Apply(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2026-03-04")})
	fmt.Println(errors.Is(err, enforcement.ErrInvalidTransition))
	// Output:
	// required: 0.00
	// under-investigation <nil>
	// required: 20000.00
	// true
}
