package notice_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The examples of the constructors, Validate and JSON follow one case: ACME
// Ltd's trademark, recorded with customs; 1,500 handbags worth 150,000.00
// stopped at Shanghai Pudong; the notice of suspension served on Friday
// 2024-02-09, the holder's application with the 75,000.00 bond on
// 2024-02-19, detention on 2024-02-21, the goods found infringing on
// 2024-03-15, the confiscation decision served on 2024-04-30 and the goods
// destroyed on 2024-09-30; and a second one, ACME's utility model patent,
// whose goods were released against the consignee's guarantee money.
// Names and numbers are made up; the dates, periods and holidays are real
// (calendar.China). The fixtures are prefixed eb.

var (
	ebCaseID = uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11")
	ebMark   = rights.Right{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567",
		Registered: ebDay("2018-03-07"), Classes: []rights.NiceClass{18}}
	// Check character 8: 202020123456 weighted 2-9, 2-5 sums to 118, and
	// 118 mod 11 = 8.
	ebPatent = rights.Right{Type: rights.PatentUtilityModel, Holder: "ACME Ltd", Number: "202020123456.8",
		Filed: ebDay("2020-06-01"), Granted: ebDay("2021-01-05")}
)

func ebDay(s string) calendar.Date { return calendar.MustParseDate(s) }

func ebMoney(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ebRecord(r rights.Right, number string) rights.Recordation {
	rec, err := rights.NewRecordation(r, rights.Application{Holder: rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}}, ebDay("2021-02-01"))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: ebDay("2021-03-01"), Number: number})
	if err != nil {
		panic(err)
	}
	return rec
}

// ebFacts are the facts of a case on right, recorded, for goods worth
// value.
func ebFacts(track enforcement.Track, right rights.Right, recordation, value string) enforcement.Facts {
	return enforcement.Facts{
		ID: ebCaseID, Track: track, Rights: []rights.Right{right},
		Recordations: []rights.Recordation{ebRecord(right, recordation)},
		Goods: enforcement.Goods{Description: "handbags", Quantity: decimal.NewFromInt(1500), Unit: "pieces",
			DeclaredValue: ebMoney(value)},
		Holder:    enforcement.Party{Name: "ACME Ltd", Address: "1 Main St"},
		Consignee: enforcement.Party{Name: "X Trading Co", Address: "8 Harbour Rd"},
		Port:      "Shanghai Pudong", Direction: enforcement.Import, Channel: enforcement.Cargo,
	}
}

// ebMarkEvents are the trademark case's history.
var ebMarkEvents = []enforcement.Event{
	{Kind: enforcement.NoticeServed, Date: ebDay("2024-02-09"), Reference: "SUS-2024-001"},
	{Kind: enforcement.HolderApplied, Date: ebDay("2024-02-19"), Amount: ebMoney("75000.00")},
	{Kind: enforcement.Detention, Date: ebDay("2024-02-21"), Reference: "DET-2024-017"},
	{Kind: enforcement.ReceiptServed, Date: ebDay("2024-02-22")},
	{Kind: enforcement.InvestigationResult, Date: ebDay("2024-03-15"), Result: enforcement.Infringing},
	{Kind: enforcement.Confiscation, Date: ebDay("2024-04-30"), Reference: "PEN-2024-088"},
	{Kind: enforcement.DisposalCompleted, Date: ebDay("2024-09-30"), Route: enforcement.Destruction},
}

// ebMarkCase is the trademark case after its first steps events.
func ebMarkCase(steps int) enforcement.Case {
	c, err := enforcement.Replay(ebFacts(enforcement.ExOfficio, ebMark, "T2021-0001", "150000.00"),
		enforcement.Rules{Calendar: calendar.China()}, ebMarkEvents[:steps])
	if err != nil {
		panic(err)
	}
	return c
}

// ebPatentCase is the patent case, upon application: detained on
// 2024-09-10 and released on 2024-09-20 against 30,000.00 (Regs art 19).
func ebPatentCase() enforcement.Case {
	c, err := enforcement.Replay(ebFacts(enforcement.UponApplication, ebPatent, "P2021-0001", "30000.00"),
		enforcement.Rules{Calendar: calendar.China()}, []enforcement.Event{
			{Kind: enforcement.HolderApplied, Date: ebDay("2024-09-09"), Amount: ebMoney("30000.00")},
			{Kind: enforcement.Detention, Date: ebDay("2024-09-10")},
			{Kind: enforcement.CounterGuarantee, Date: ebDay("2024-09-20"), Amount: ebMoney("30000.00")},
		})
	if err != nil {
		panic(err)
	}
	return c
}

func ebHeader(number, issued string) notice.Header {
	return notice.Header{Number: number, Office: "Shanghai Pudong International Airport Customs", Issued: ebDay(issued),
		Contact: notice.Contact{Name: "IPR Division", Phone: "+86 21 6888 0000"}}
}

// ebBill is the warehouse's final bill for the handbags, 12.5 m³ and
// 1,850 kg, storage charged to 2024-07-30, 3 months after service of the
// confiscation decision (Measures (2009 numbering) art 34).
func ebBill() storagecost.Bill {
	s, err := storagecost.ParseSchedule([]byte(`[{"version": "EXAMPLE-2024", "issuer": "Example Port Warehouse",
	  "effective_from": "2024-01-01", "charges": [
	    {"kind": "handling-in", "basis": "tonne", "per": "once", "rate": "35", "description": "inbound handling"},
	    {"kind": "storage", "basis": "m3", "per": "day", "rate": "1.20", "free_days": 3,
	     "tiers": [{"from_day": 1, "to_day": 30, "rate": "1.20"}, {"from_day": 31, "to_day": 0, "multiplier": "1.5"}]},
	    {"kind": "handling-out", "basis": "tonne", "per": "once", "rate": "35", "description": "outbound handling"},
	    {"kind": "disposal", "basis": "tonne", "per": "once", "rate": "800", "description": "destruction"}]}]`))
	if err != nil {
		panic(err)
	}
	b, err := storagecost.Calculate(s, storagecost.Stay{
		Goods:    storagecost.Goods{Volume: ebMoney("12.5"), Weight: ebMoney("1850")},
		Detained: ebDay("2024-02-21"), Outcome: storagecost.Disposed, End: ebDay("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: ebDay("2024-04-30")},
	})
	if err != nil {
		panic(err)
	}
	return b
}

func ebTerms() notice.PaymentTerms {
	return notice.PaymentTerms{
		Warehouse:       notice.Warehouse{Name: "Example Port Warehouse"},
		Payee:           notice.Payee{Name: "Shanghai Pudong International Airport Customs", Bank: "Bank of China, Shanghai Branch", Account: "4377 0000 1234 5678"},
		PaidToWarehouse: ebMoney("962.00"),
		Received:        ebDay("2025-09-26"),
	}
}

func ebPayment() notice.Payment {
	n, err := notice.NewPayment(ebMarkCase(7), ebBill(), ebHeader("FEE-2025-0093", "2025-09-24"), ebTerms())
	if err != nil {
		panic(err)
	}
	return n
}

func ebSuspension() notice.Suspension {
	n, err := notice.NewSuspension(ebMarkCase(1), ebHeader("SUS-2024-001", "2024-02-09"))
	if err != nil {
		panic(err)
	}
	return n
}

func ebDetentionReceipt() notice.DetentionReceipt {
	n, err := notice.NewDetentionReceipt(ebMarkCase(4), ebHeader("RCT-2024-017", "2024-02-22"))
	if err != nil {
		panic(err)
	}
	return n
}

func ebInvestigationResult() notice.InvestigationResult {
	n, err := notice.NewInvestigationResult(ebMarkCase(5), ebHeader("RES-2024-017", "2024-03-15"))
	if err != nil {
		panic(err)
	}
	return n
}

func ebRelease() notice.Release {
	n, err := notice.NewRelease(ebPatentCase(), ebHeader("REL-2024-005", "2024-09-20"))
	if err != nil {
		panic(err)
	}
	return n
}

func ebConfiscation() notice.Confiscation {
	n, err := notice.NewConfiscation(ebMarkCase(6), ebHeader("CNF-2024-088", "2024-04-29"))
	if err != nil {
		panic(err)
	}
	return n
}

func ebCounterGuarantee() notice.CounterGuarantee {
	n, err := notice.NewCounterGuarantee(ebPatentCase(), ebHeader("CG-2024-005", "2024-09-23"), calendar.Date{})
	if err != nil {
		panic(err)
	}
	return n
}

// ebPrintJSON prints the JSON of n, or the error.
func ebPrintJSON(n any) {
	data, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
}

// --- Constructors ---

// The payment notice for the storage, custody and disposal fees (Regs
// art 25; R-FEE-1): the holder received it on Friday 2025-09-26 and has 10
// working days to pay, to Thursday 16 October across the National Day
// holiday (R-FEE-4); what it paid the warehouse directly is credited
// (Regs art 14; R-FEE-2).
func ExampleNewPayment() {
	c := ebMarkCase(7) // Disposed.
	n, err := notice.NewPayment(c, ebBill(), ebHeader("FEE-2025-0093", "2025-09-24"), ebTerms())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("charged:", n.From, "to", n.To, "in", len(n.Lines), "lines")
	fmt.Println("total:", n.Total.StringFixed(2), "paid to the warehouse:", n.PaidToWarehouse.StringFixed(2), "due:", n.Due.StringFixed(2))
	fmt.Println("due date:", n.DueDate, "else from the", n.Security, n.Bond.StringFixed(2))
	// Output:
	// charged: 2024-02-21 to 2024-07-30 in 6 lines
	// total: 4962.00 paid to the warehouse: 962.00 due: 4000.00
	// due date: 2025-10-16 else from the cash-bond 75000.00
}

// A bill of another stay is refused.
func ExampleNewPayment_otherStay() {
	b := ebBill()
	b.Detained = ebDay("2024-02-20")
	_, err := notice.NewPayment(ebMarkCase(7), b, ebHeader("FEE-2025-0093", "2025-09-24"), ebTerms())
	fmt.Println(errors.Is(err, notice.ErrNotIssuable))
	fmt.Println(err)
	// Output:
	// true
	// notice: cannot issue the payment notice for a case in state disposed: the bill is for a stay from 2024-02-20, but the case's goods were detained on 2024-02-21
}

// The domain brief's worked example: served on Friday 2024-02-09, the
// holder's 3 working days run to Tuesday 20 February, because 10-17
// February are the Spring Festival holiday and Sunday 18 February is a
// working day (Measures arts 22, 41; R-EXO-2).
func ExampleNewSuspension() {
	n, err := notice.NewSuspension(ebMarkCase(1), ebHeader("SUS-2024-001", "2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("served:", n.Served, "reply by:", n.ReplyBy, "in person until", n.OfficeCloses)
	fmt.Println("bond:", n.Bond.StringFixed(2), "case:", n.Case)
	// Output:
	// served: 2024-02-09 reply by: 2024-02-20 in person until 17h0m0s
	// bond: 75000.00 case: 6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11
}

// Customs serves the notice of suspension only ex officio.
func ExampleNewSuspension_uponApplication() {
	_, err := notice.NewSuspension(ebPatentCase(), ebHeader("SUS-2024-002", "2024-09-09"))
	fmt.Println(err)
	// Output:
	// notice: cannot issue the suspension notice for a case in state released-counter-guarantee: customs suspends release and serves this notice only ex officio (Regs art 16; R-EXO-1)
}

func ExampleNewDetentionReceipt() {
	n, err := notice.NewDetentionReceipt(ebMarkCase(3), ebHeader("RCT-2024-017", "2024-02-22"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Consignee.Name, n.Track, n.Detained, n.Rights[0].Number, n.Rights[0].Recordation)

	_, err = notice.NewDetentionReceipt(ebMarkCase(1), ebHeader("RCT-2024-017", "2024-02-22"))
	fmt.Println(err)
	// Output:
	// X Trading Co ex-officio 2024-02-21 1234567 T2021-0001
	// notice: cannot issue the detention-receipt notice for a case in state suspended: the goods were never detained (Regs arts 15-16)
}

// Found infringing: no period for a court's notice. Had customs not been
// able to determine, CourtBy would be the 50th working day after the
// detention (Regs art 24(2); R-EXO-7).
func ExampleNewInvestigationResult() {
	n, err := notice.NewInvestigationResult(ebMarkCase(5), ebHeader("RES-2024-017", "2024-03-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Result, n.Determined, n.CourtBy.IsZero())

	undetermined := append(ebMarkEvents[:4:4], enforcement.Event{Kind: enforcement.InvestigationResult, Date: ebDay("2024-03-15"), Result: enforcement.Undetermined})
	c, _ := enforcement.Replay(ebMarkCase(0).Facts(), enforcement.Rules{Calendar: calendar.China()}, undetermined)
	n, _ = notice.NewInvestigationResult(c, ebHeader("RES-2024-017", "2024-03-15"))
	fmt.Println(n.Result, n.CourtBy)
	// Output:
	// infringing 2024-03-15 true
	// undetermined 2024-05-06
}

// Goods released after detention leave the consignee 20 working days to
// bring a court's property-preservation notice against the holder's bond
// (Measures (2009 numbering) art 35; R-FEE-6): from Monday 2024-09-23,
// across the National Day holiday, to Wednesday 23 October.
func ExampleNewRelease() {
	n, err := notice.NewRelease(ebPatentCase(), ebHeader("REL-2024-005", "2024-09-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Reason, n.Detained, n.Released, n.PreservationBy)

	_, err = notice.NewRelease(ebMarkCase(6), ebHeader("REL-2024-017", "2024-05-07"))
	fmt.Println(err)
	// Output:
	// released-counter-guarantee 2024-09-10 2024-09-20 2024-10-23
	// notice: cannot issue the release notice for a case in state confiscated: the goods are not released (Regs arts 16, 24)
}

// The holder pays storage for at most 3 months after service of the
// decision (Measures (2009 numbering) art 34; R-FEE-3). The fine is the
// caller's to set.
func ExampleNewConfiscation() {
	n, err := notice.NewConfiscation(ebMarkCase(6), ebHeader("CNF-2024-088", "2024-04-29"))
	if err != nil {
		fmt.Println(err)
		return
	}
	n.Fine = ebMoney("30000.00")
	fmt.Println(n.Decision, n.Served, n.FeeCap, n.Fine.StringFixed(2), n.Validate(calendar.China()))
	// Output:
	// PEN-2024-088 2024-04-30 2024-07-30 30000.00 <nil>
}

// The holder has 30 working days from the day after service to bring the
// court's notice accepting its suit (Measures (2009 numbering) arts 20,
// 41; R-REL-2): served Monday 2024-09-23, to Thursday 7 November.
func ExampleNewCounterGuarantee() {
	n, err := notice.NewCounterGuarantee(ebPatentCase(), ebHeader("CG-2024-005", "2024-09-23"), calendar.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Amount.StringFixed(2), n.Released, n.Served, n.SuitBy)
	// Output:
	// 30000.00 2024-09-20 2024-09-23 2024-11-07
}

// --- The fields ---

// Terms override the due date and the security.
func ExamplePaymentTerms() {
	t := ebTerms()
	t.DueDate = ebDay("2025-10-31")
	t.Security = notice.Guarantee
	n, err := notice.NewPayment(ebMarkCase(7), ebBill(), ebHeader("FEE-2025-0093", "2025-09-24"), t)
	fmt.Println(n.DueDate, n.Security, err)

	t.DueDate = ebDay("2025-10-04") // National Day.
	_, err = notice.NewPayment(ebMarkCase(7), ebBill(), ebHeader("FEE-2025-0093", "2025-09-24"), t)
	fmt.Println(err)
	// Output:
	// 2025-10-31 guarantee <nil>
	// notice: payment: due_date "2025-10-04": not a working day (Saturday, holiday): a time limit ends on a working day (R-TIME-1)
}

// The case number defaults to the case's ID.
func ExampleHeader() {
	h := notice.Header{Number: "RCT-2024-017", Office: "Shanghai Pudong International Airport Customs",
		Issued: ebDay("2024-02-22"), Contact: notice.Contact{Name: "IPR Division", Phone: "+86 21 6888 0000"}}
	n, _ := notice.NewDetentionReceipt(ebMarkCase(3), h)
	fmt.Println(n.Head().Case)
	h.Case = "2024-PD-IPR-017"
	n, _ = notice.NewDetentionReceipt(ebMarkCase(3), h)
	fmt.Println(n.Head().Case)
	// Output:
	// 6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11
	// 2024-PD-IPR-017
}

// The e-mail address is optional, and checked for plausibility only.
func ExampleContact() {
	n := ebDetentionReceipt()
	n.Contact = notice.Contact{Name: "IPR Division", Phone: "021-6888 0000", Email: "ipr at pudong"}
	fmt.Println(n.Validate(calendar.China()))
	n.Contact.Email = "ipr@pudong.customs.example.cn"
	fmt.Println(n.Validate(calendar.China()))
	// Output:
	// notice: detention-receipt: contact.email "ipr at pudong": not an e-mail address: want local@domain
	// <nil>
}

func ExamplePartyFrom() {
	p := notice.PartyFrom(enforcement.Party{Name: "X Trading Co", Identifier: "91310000MA1K000000", Address: "8 Harbour Rd"})
	fmt.Printf("%+v\n", p)
	// Output: {Name:X Trading Co Identifier:91310000MA1K000000 Address:8 Harbour Rd}
}

// A party that is there has a name; an unknown consignee is the zero
// Party.
func ExampleParty() {
	n := ebSuspension()
	n.Consignee = notice.Party{}
	fmt.Println(n.Validate(calendar.China()))
	n.Consignee = notice.Party{Address: "8 Harbour Rd"}
	fmt.Println(n.Validate(calendar.China()))
	// Output:
	// <nil>
	// notice: suspension: consignee.name: required
}

// Each right carries the number of its customs recordation.
func ExampleRight() {
	for _, r := range ebConfiscation().Rights {
		fmt.Println(r.Type, r.Number, r.Recordation)
	}
	// Output: trademark 1234567 T2021-0001
}

// The goods' value is the one customs determined, else the declared one
// (Measures art 39).
func ExampleGoods() {
	f := ebFacts(enforcement.ExOfficio, ebMark, "T2021-0001", "150000.00")
	f.Goods.AssessedValue = ebMoney("142000.00")
	c, err := enforcement.Replay(f, enforcement.Rules{Calendar: calendar.China()}, ebMarkEvents[:4])
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.NewDetentionReceipt(c, ebHeader("RCT-2024-017", "2024-02-22"))
	fmt.Println(n.Goods.Description, n.Goods.Quantity, n.Goods.Unit, n.Goods.Value.StringFixed(2), err)
	// Output: handbags 1500 pieces 142000.00 <nil>
}

func ExampleWarehouse() {
	t := ebTerms()
	t.Warehouse = notice.Warehouse{Address: "99 Gangcheng Rd"}
	_, err := notice.NewPayment(ebMarkCase(7), ebBill(), ebHeader("FEE-2025-0093", "2025-09-24"), t)
	fmt.Println(err)
	// Output: notice: payment: warehouse.name: required
}

func ExamplePayee() {
	n := ebPayment()
	fmt.Println(n.Payee.Bank, "/", n.Payee.Account)
	n.Payee.Account = ""
	fmt.Println(n.Validate(calendar.China()))
	// Output:
	// Bank of China, Shanghai Branch / 4377 0000 1234 5678
	// notice: payment: payee.account: required
}

// The lines are the bill's: per-day lines count their days, one-off lines
// are dated the day of their event.
func ExampleLine() {
	for _, l := range ebPayment().Lines {
		fmt.Printf("%-12s %-5s %-4s %3d %s..%s %8s\n", l.Kind, l.Per, l.Basis, l.Days, l.First, l.Last, l.Amount.StringFixed(2))
	}
	// Output:
	// handling-in  once  tonne   0 2024-02-21..2024-02-21    64.75
	// storage      day   m3     3 2024-02-21..2024-02-23     0.00
	// storage      day   m3    27 2024-02-24..2024-03-21   405.00
	// storage      day   m3   131 2024-03-22..2024-07-30  2947.50
	// handling-out once  tonne   0 2024-09-30..2024-09-30    64.75
	// disposal     once  tonne   0 2024-09-30..2024-09-30  1480.00
}

// A Notice is one of the seven kinds; a type switch reaches each one's
// fields.
func ExampleNotice() {
	for _, n := range []notice.Notice{ebSuspension(), ebConfiscation(), ebCounterGuarantee()} {
		switch n := n.(type) {
		case notice.Suspension:
			fmt.Println(n.Kind(), "reply by", n.ReplyBy)
		case notice.Confiscation:
			fmt.Println(n.Kind(), "charged to", n.FeeCap)
		case notice.CounterGuarantee:
			fmt.Println(n.Kind(), "sue by", n.SuitBy)
		}
	}
	// Output:
	// suspension reply by 2024-02-20
	// confiscation charged to 2024-07-30
	// counter-guarantee sue by 2024-11-07
}

// --- Kind and Security ---

func ExampleKind() {
	var k notice.Kind
	fmt.Println(k, k.IsValid(), notice.KindPayment, notice.KindCounterGuarantee)
	// Output: %!Kind(0) false payment counter-guarantee
}

func ExampleKinds() {
	fmt.Println(notice.Kinds())
	// Output: [payment suspension detention-receipt investigation-result release confiscation counter-guarantee]
}

func ExampleKind_IsValid() {
	fmt.Println(notice.KindRelease.IsValid(), notice.KindUnknown.IsValid(), notice.Kind(42).IsValid())
	// Output: true false false
}

func ExampleKind_String() {
	fmt.Println(notice.KindDetentionReceipt.String(), notice.Kind(42).String())
	// Output: detention-receipt %!Kind(42)
}

func ExampleKind_AppendText() {
	b, err := notice.KindSuspension.AppendText([]byte("kind="))
	fmt.Println(string(b), err)
	// Output: kind=suspension <nil>
}

func ExampleKind_MarshalText() {
	b, err := notice.KindPayment.MarshalText()
	fmt.Println(string(b), err)
	_, err = notice.KindUnknown.MarshalText()
	fmt.Println(err, errors.Is(err, notice.ErrInvalidArgument))
	// Output:
	// payment <nil>
	// notice: Kind value 0 has no text code true
}

func ExampleKind_UnmarshalText() {
	var k notice.Kind
	err := k.UnmarshalText([]byte("Investigation-Result"))
	fmt.Println(k, err)
	err = k.UnmarshalText([]byte("summons"))
	fmt.Println(k, errors.Is(err, notice.ErrInvalidArgument))
	// Output:
	// investigation-result <nil>
	// investigation-result true
}

// By default a payment notice names the cash bond, or the general bond
// that covers the case (R-EXO-5, R-FEE-4).
func ExampleSecurity() {
	fmt.Println(ebPayment().Security)
	var s notice.Security
	fmt.Println(s.IsValid(), notice.CashBond, notice.Guarantee, notice.GeneralBond)
	// Output:
	// cash-bond
	// false cash-bond guarantee general-bond
}

func ExampleSecurity_IsValid() {
	fmt.Println(notice.GeneralBond.IsValid(), notice.SecurityUnknown.IsValid())
	// Output: true false
}

func ExampleSecurity_String() {
	fmt.Println(notice.Guarantee.String(), notice.Security(9).String())
	// Output: guarantee %!Security(9)
}

func ExampleSecurity_AppendText() {
	b, err := notice.GeneralBond.AppendText([]byte("security="))
	fmt.Println(string(b), err)
	// Output: security=general-bond <nil>
}

func ExampleSecurity_MarshalText() {
	b, err := notice.CashBond.MarshalText()
	fmt.Println(string(b), err)
	// Output: cash-bond <nil>
}

func ExampleSecurity_UnmarshalText() {
	var s notice.Security
	fmt.Println(s.UnmarshalText([]byte("GUARANTEE")), s)
	fmt.Println(s.UnmarshalText([]byte("pledge")))
	// Output:
	// <nil> guarantee
	// notice: unknown Security "pledge" (want one of cash-bond, guarantee, general-bond)
}

// --- Errors ---

// Each problem names its field as in JSON, the offending value and the
// reason.
func ExampleFieldError() {
	n := ebPayment()
	n.Lines[3].Amount = ebMoney("2947.505")
	err := n.Validate(calendar.China())
	var fe *notice.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("%s %q: %s\n", fe.Field, fe.Value, fe.Reason)
	}
	fmt.Println(errors.Is(err, notice.ErrInvalidNotice))
	// Output:
	// lines[3].amount "2947.505": more than 2 decimal places: an amount of money is in whole fen
	// true
}

func ExampleFieldErrors() {
	n := ebSuspension()
	n.Port, n.Bond = "", ebMoney("-1")
	var list notice.FieldErrors
	if errors.As(n.Validate(calendar.China()), &list) {
		for _, e := range list {
			fmt.Println(e.Field)
		}
	}
	// Output:
	// port
	// bond
}

func ExampleCaseError() {
	_, err := notice.NewConfiscation(ebMarkCase(4), ebHeader("CNF-2024-088", "2024-04-29"))
	var ce *notice.CaseError
	if errors.As(err, &ce) {
		fmt.Println(ce.Kind, ce.State, ce.Reason)
	}
	fmt.Println(errors.Is(err, notice.ErrNotIssuable))
	// Output:
	// confiscation under-investigation no confiscation decision was served (Regs art 27; R-EXO-8)
	// true
}

// --- Validate: every problem at once ---

func ExamplePayment_Validate() {
	n := ebPayment()
	n.Payer.Name = ""
	n.PaidToWarehouse = ebMoney("5000.00")
	n.DueDate = ebDay("2025-10-18") // A Saturday.
	n.Bond = decimal.New(1, 999999) // An exponent bomb, refused at once.
	fmt.Println(n.Validate(calendar.China()))
	// Output:
	// notice: payment: payer.name: required
	// notice: payment: paid_to_warehouse "5000": more than the total, 4962.00: what was paid to the warehouse is credited against these fees only (Regs art 14; R-FEE-2)
	// notice: payment: due_date "2025-10-18": not a working day (Saturday, weekend): a time limit ends on a working day (R-TIME-1)
	// notice: payment: bond "1e999999": too large: at most 1000000000000
}

func ExampleSuspension_Validate() {
	n := ebSuspension()
	n.ReplyBy = ebDay("2024-02-12") // Spring Festival.
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: suspension: reply_by "2024-02-12": not a working day (Monday, holiday): a time limit ends on a working day (R-TIME-1)
}

func ExampleDetentionReceipt_Validate() {
	n := ebDetentionReceipt()
	n.Detained = ebDay("2024-02-23")
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: detention-receipt: detained "2024-02-23": after the receipt's issue on 2024-02-22: the receipt follows the detention (Regs art 15)
}

func ExampleInvestigationResult_Validate() {
	n := ebInvestigationResult()
	n.Result = enforcement.Undetermined // Without the period it opens.
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: investigation-result: court_by: required
}

func ExampleRelease_Validate() {
	n := ebRelease()
	n.Reason = enforcement.Released // The composite, not a reason.
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: release: reason "released": want a released state, such as released-no-application, that names the reason (Regs arts 16, 19, 24)
}

func ExampleConfiscation_Validate() {
	n := ebConfiscation()
	n.FeeCap = n.Served
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: confiscation: fee_cap "2024-04-30": not after service on 2024-04-30 (Measures (2009 numbering) art 34; R-FEE-3)
}

func ExampleCounterGuarantee_Validate() {
	n := ebCounterGuarantee()
	n.Amount = ebMoney("15000.00")
	fmt.Println(n.Validate(calendar.China()))
	// Output: notice: counter-guarantee: amount "15000": not the goods' value, 30000.00 (Regs art 19; R-REL-1)
}

// --- Kind and Head ---

func ExamplePayment_Kind() {
	fmt.Println(ebPayment().Kind())
	// Output: payment
}

func ExampleSuspension_Kind() {
	fmt.Println(ebSuspension().Kind())
	// Output: suspension
}

func ExampleDetentionReceipt_Kind() {
	fmt.Println(ebDetentionReceipt().Kind())
	// Output: detention-receipt
}

func ExampleInvestigationResult_Kind() {
	fmt.Println(ebInvestigationResult().Kind())
	// Output: investigation-result
}

func ExampleRelease_Kind() {
	fmt.Println(ebRelease().Kind())
	// Output: release
}

func ExampleConfiscation_Kind() {
	fmt.Println(ebConfiscation().Kind())
	// Output: confiscation
}

func ExampleCounterGuarantee_Kind() {
	fmt.Println(ebCounterGuarantee().Kind())
	// Output: counter-guarantee
}

func ebPrintHead(h notice.Header) { fmt.Println(h.Number, h.Issued, h.Office) }

func ExamplePayment_Head() {
	ebPrintHead(ebPayment().Head())
	// Output: FEE-2025-0093 2025-09-24 Shanghai Pudong International Airport Customs
}

func ExampleSuspension_Head() {
	ebPrintHead(ebSuspension().Head())
	// Output: SUS-2024-001 2024-02-09 Shanghai Pudong International Airport Customs
}

func ExampleDetentionReceipt_Head() {
	ebPrintHead(ebDetentionReceipt().Head())
	// Output: RCT-2024-017 2024-02-22 Shanghai Pudong International Airport Customs
}

func ExampleInvestigationResult_Head() {
	ebPrintHead(ebInvestigationResult().Head())
	// Output: RES-2024-017 2024-03-15 Shanghai Pudong International Airport Customs
}

func ExampleRelease_Head() {
	ebPrintHead(ebRelease().Head())
	// Output: REL-2024-005 2024-09-20 Shanghai Pudong International Airport Customs
}

func ExampleConfiscation_Head() {
	ebPrintHead(ebConfiscation().Head())
	// Output: CNF-2024-088 2024-04-29 Shanghai Pudong International Airport Customs
}

func ExampleCounterGuarantee_Head() {
	ebPrintHead(ebCounterGuarantee().Head())
	// Output: CG-2024-005 2024-09-23 Shanghai Pudong International Airport Customs
}

// --- JSON ---

// Parse reads any kind, chosen by "kind", and checks it.
func ExampleParse() {
	data, _ := json.Marshal(ebConfiscation())
	n, err := notice.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := n.(notice.Confiscation)
	fmt.Println(n.Kind(), c.Decision, c.FeeCap)

	_, err = notice.Parse([]byte(`{"kind":"confiscation","number":"CNF-1","fine":1e999999}`))
	fmt.Println(err)
	_, err = notice.Parse([]byte(`{"kind":"summons"}`))
	fmt.Println(err)
	// Output:
	// confiscation PEN-2024-088 2024-07-30
	// notice: confiscation: fine: "1e999999": write numbers without an exponent
	// notice: kind "summons": want one of payment, suspension, detention-receipt, investigation-result, release, confiscation, counter-guarantee
}

// Amounts are written with 2 decimal places, quantities and rates in
// their shortest form.
func ExamplePayment_MarshalJSON() {
	data, err := json.Marshal(ebPayment())
	if err != nil {
		fmt.Println(err)
		return
	}
	s := string(data)
	line := s[strings.Index(s, `"lines":[`)+9:]
	fmt.Println(line[:strings.Index(line, "}")+1])
	fmt.Println(s[strings.Index(s, `"total"`):])
	// Output:
	// {"kind":"handling-in","description":"inbound handling","method":"rate","basis":"tonne","per":"once","unit":"t","quantity":"1.85","rate":"35","days":0,"first":"2024-02-21","last":"2024-02-21","amount":"64.75"}
	// "total":"4962.00","paid_to_warehouse":"962.00","due":"4000.00","payee":{"name":"Shanghai Pudong International Airport Customs","bank":"Bank of China, Shanghai Branch","account":"4377 0000 1234 5678"},"received":"2025-09-26","due_date":"2025-10-16","security":"cash-bond","bond":"75000.00"}
}

// Decoding is strict, and checks the notice: the total must be the sum
// of the lines, and what is due the total less what was paid.
func ExamplePayment_UnmarshalJSON() {
	data, _ := json.Marshal(ebPayment())
	var n notice.Payment
	fmt.Println(json.Unmarshal(data, &n), n.Due.StringFixed(2))

	bad := strings.Replace(string(data), `"total":"4962.00"`, `"total":"4962.10"`, 1)
	fmt.Println(json.Unmarshal([]byte(bad), &n))
	// Output:
	// <nil> 4000.00
	// notice: payment: total "4962.1": not the sum of the lines' amounts, 4962.00
	// notice: payment: due "4000": not total − paid_to_warehouse, 4000.10
}

func ExampleSuspension_MarshalJSON() {
	ebPrintJSON(ebSuspension())
	// Output:
	// {
	//   "kind": "suspension",
	//   "number": "SUS-2024-001",
	//   "office": "Shanghai Pudong International Airport Customs",
	//   "issued": "2024-02-09",
	//   "case": "6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11",
	//   "contact": {
	//     "name": "IPR Division",
	//     "phone": "+86 21 6888 0000"
	//   },
	//   "holder": {
	//     "name": "ACME Ltd",
	//     "address": "1 Main St"
	//   },
	//   "rights": [
	//     {
	//       "type": "trademark",
	//       "number": "1234567",
	//       "recordation": "T2021-0001"
	//     }
	//   ],
	//   "goods": {
	//     "description": "handbags",
	//     "quantity": "1500",
	//     "unit": "pieces",
	//     "value": "150000.00"
	//   },
	//   "consignee": {
	//     "name": "X Trading Co",
	//     "address": "8 Harbour Rd"
	//   },
	//   "port": "Shanghai Pudong",
	//   "direction": "import",
	//   "served": "2024-02-09",
	//   "reply_by": "2024-02-20",
	//   "office_closes": "17:00",
	//   "bond": "75000.00"
	// }
}

// A suspension notice's decoder reads only a suspension notice.
func ExampleSuspension_UnmarshalJSON() {
	data, _ := json.Marshal(ebSuspension())
	var n notice.Suspension
	fmt.Println(json.Unmarshal(data, &n), n.ReplyBy, n.OfficeCloses)

	data, _ = json.Marshal(ebRelease())
	fmt.Println(json.Unmarshal(data, &n))
	// Output:
	// <nil> 2024-02-20 17h0m0s
	// notice: suspension: unknown key "detained" (keys are lower case: kind, number, office, issued, case, contact, name, phone, email, identifier, address, rights, type, recordation, goods, description, quantity, unit, value, holder, consignee, port, direction, served, reply_by, office_closes, bond)
}

func ExampleDetentionReceipt_MarshalJSON() {
	data, _ := json.Marshal(ebDetentionReceipt())
	s := string(data)
	fmt.Println(s[strings.Index(s, `"port"`):])
	// Output: "port":"Shanghai Pudong","direction":"import","track":"ex-officio","detained":"2024-02-21"}
}

func ExampleDetentionReceipt_UnmarshalJSON() {
	data, _ := json.Marshal(ebDetentionReceipt())
	var n notice.DetentionReceipt
	fmt.Println(json.Unmarshal(data, &n), n.Track, n.Detained)

	bad := strings.Replace(string(data), `"track":"ex-officio"`, `"track":"by-request"`, 1)
	fmt.Println(json.Unmarshal([]byte(bad), &n))
	// Output:
	// <nil> ex-officio 2024-02-21
	// notice: detention-receipt: track: unknown Track "by-request" (want one of ex-officio, upon-application)
}

// A result other than undetermined leaves court_by empty.
func ExampleInvestigationResult_MarshalJSON() {
	data, _ := json.Marshal(ebInvestigationResult())
	s := string(data)
	fmt.Println(s[strings.Index(s, `"detained"`):])
	// Output: "detained":"2024-02-21","determined":"2024-03-15","result":"infringing","court_by":""}
}

func ExampleInvestigationResult_UnmarshalJSON() {
	data, _ := json.Marshal(ebInvestigationResult())
	var n notice.InvestigationResult
	fmt.Println(json.Unmarshal(data, &n), n.Result)

	bad := strings.Replace(string(data), `"court_by":""`, `"court_by":"2024-05-06"`, 1)
	fmt.Println(json.Unmarshal([]byte(bad), &n))
	// Output:
	// <nil> infringing
	// notice: investigation-result: court_by "2024-05-06": only an undetermined result leaves a period for a court's notice (Regs art 24(2); R-EXO-7)
}

func ExampleRelease_MarshalJSON() {
	data, _ := json.Marshal(ebRelease())
	s := string(data)
	fmt.Println(s[strings.Index(s, `"detained"`):])
	// Output: "detained":"2024-09-10","released":"2024-09-20","reason":"released-counter-guarantee","preservation_by":"2024-10-23"}
}

func ExampleRelease_UnmarshalJSON() {
	data, _ := json.Marshal(ebRelease())
	var n notice.Release
	fmt.Println(json.Unmarshal(data, &n), n.Reason, n.PreservationBy)
	// Output: <nil> released-counter-guarantee 2024-10-23
}

func ExampleConfiscation_MarshalJSON() {
	n := ebConfiscation()
	n.Fine = ebMoney("30000")
	data, _ := json.Marshal(n)
	s := string(data)
	fmt.Println(s[strings.Index(s, `"decision"`):])
	// Output: "decision":"PEN-2024-088","detained":"2024-02-21","served":"2024-04-30","fee_cap":"2024-07-30","fine":"30000.00"}
}

func ExampleConfiscation_UnmarshalJSON() {
	data, _ := json.Marshal(ebConfiscation())
	var n notice.Confiscation
	fmt.Println(json.Unmarshal(data, &n), n.FeeCap, n.Fine.StringFixed(2))

	bad := strings.Replace(string(data), `"fine":"0.00"`, `"fine":"0.001"`, 1)
	fmt.Println(json.Unmarshal([]byte(bad), &n))
	// Output:
	// <nil> 2024-07-30 0.00
	// notice: confiscation: fine: "0.001" has more than 2 decimal places
}

func ExampleCounterGuarantee_MarshalJSON() {
	data, _ := json.Marshal(ebCounterGuarantee())
	s := string(data)
	fmt.Println(s[strings.Index(s, `"rights"`):strings.Index(s, `,"goods"`)])
	fmt.Println(s[strings.Index(s, `"amount"`):])
	// Output:
	// "rights":[{"type":"patent-utility-model","number":"202020123456.8","recordation":"P2021-0001"}]
	// "amount":"30000.00","released":"2024-09-20","served":"2024-09-23","suit_by":"2024-11-07"}
}

func ExampleCounterGuarantee_UnmarshalJSON() {
	data, _ := json.Marshal(ebCounterGuarantee())
	var n notice.CounterGuarantee
	fmt.Println(json.Unmarshal(data, &n), n.Amount.StringFixed(2), n.SuitBy)
	// Output: <nil> 30000.00 2024-11-07
}
