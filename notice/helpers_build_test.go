package notice

// Fixtures of the constructor, validation and JSON tests: real cases built
// with the enforcement API (after enforcement/helpers_test.go), a bill from
// storagecost.Calculate, one valid notice of each kind, and a comparison
// of notices that compares decimals by value. The rights and numbers are
// made up; every right and recordation is in force from 2020 to the end of
// calendar.China()'s data. Names start with fx so as not to collide with
// the fixtures of the package's other tests.

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// fxDay parses a date in ISO 8601 form.
func fxDay(s string) calendar.Date { return calendar.MustParseDate(s) }

// fxCNY parses an amount of CNY, or any decimal.
func fxCNY(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// fxHolder is the holder of every fixture right.
var fxHolder = rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}

var fxCaseID = uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11")

// fxMark is a trademark registered 2018-03-07 in Nice class 18, in force
// until 2028-03-06.
func fxMark() rights.Right {
	return rights.Right{Type: rights.Trademark, Holder: fxHolder.Name, Number: "1234567",
		Registered: fxDay("2018-03-07"), Classes: []rights.NiceClass{18}}
}

// fxUtilityModel is a utility-model patent filed 2020-06-01, granted
// 2021-01-05. Check digit by hand: 202020123456 weighted 2,3,4,5,6,7,8,9,
// 2,3,4,5 sums to 118, and 118 mod 11 = 8.
func fxUtilityModel() rights.Right {
	return rights.Right{Type: rights.PatentUtilityModel, Holder: fxHolder.Name, Number: "202020123456.8",
		Filed: fxDay("2020-06-01"), Granted: fxDay("2021-01-05")}
}

// fxRecord records right: filed on filed, approved on approved with number.
func fxRecord(right rights.Right, filed, approved, number string) rights.Recordation {
	rec, err := rights.NewRecordation(right, rights.Application{Holder: fxHolder}, fxDay(filed))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: fxDay(approved), Number: number})
	if err != nil {
		panic(err)
	}
	return rec
}

// fxFacts are the facts of a case on track about right, recorded by recs:
// handbags worth value, imported at Shanghai Pudong as cargo.
func fxFacts(track enforcement.Track, right rights.Right, value string, recs ...rights.Recordation) enforcement.Facts {
	return enforcement.Facts{
		ID:           fxCaseID,
		Track:        track,
		Rights:       []rights.Right{right},
		Recordations: recs,
		Goods: enforcement.Goods{Description: "handbags", Quantity: decimal.NewFromInt(1500), Unit: "pieces",
			DeclaredValue: fxCNY(value)},
		Holder:    enforcement.Party{Name: fxHolder.Name, Identifier: "91310000MA1FL0000X", Address: "1 Main St"},
		Consignee: enforcement.Party{Name: "X Trading Co", Address: "8 Harbour Rd"},
		Port:      "Shanghai Pudong",
		Direction: enforcement.Import,
		Channel:   enforcement.Cargo,
	}
}

// fxMarkFacts are an ex officio case about the recorded trademark, goods
// worth 150,000.00: the bond is 75,000.00 (Measures art 23; R-EXO-4).
func fxMarkFacts() enforcement.Facts {
	return fxFacts(enforcement.ExOfficio, fxMark(), "150000.00", fxRecord(fxMark(), "2020-01-02", "2020-02-10", "T2020-0001"))
}

// fxPatentFacts are an upon-application case about the recorded utility
// model, goods worth 30,000.00.
func fxPatentFacts() enforcement.Facts {
	return fxFacts(enforcement.UponApplication, fxUtilityModel(), "30000.00",
		fxRecord(fxUtilityModel(), "2021-02-01", "2021-03-01", "P2021-0001"))
}

// fxCase opens a case on f with the law's rules on calendar.China() and
// applies events, failing the test on any error.
func fxCase(t testing.TB, f enforcement.Facts, events ...enforcement.Event) enforcement.Case {
	t.Helper()
	c, err := enforcement.NewCase(f, enforcement.Rules{Calendar: calendar.China()})
	require.NoError(t, err)
	for _, ev := range events {
		c, err = c.Apply(ev)
		require.NoError(t, err, "Apply(%v)", ev)
	}
	return c
}

func fxEvent(kind enforcement.EventKind, date string) enforcement.Event {
	return enforcement.Event{Kind: kind, Date: fxDay(date)}
}

// The trademark case, step by step: the notice served on Friday 2024-02-09
// (the domain brief's worked example: reply by 2024-02-20), the holder's
// application with the 75,000.00 bond on 2024-02-19, detention on
// 2024-02-21, the receipt served the next day, the goods found infringing
// on 2024-03-15, the confiscation decision served on 2024-04-30, the goods
// destroyed on 2024-09-30.
var (
	fxServed    = enforcement.Event{Kind: enforcement.NoticeServed, Date: fxDay("2024-02-09"), Reference: "SUS-2024-001"}
	fxApplied   = enforcement.Event{Kind: enforcement.HolderApplied, Date: fxDay("2024-02-19"), Amount: fxCNY("75000.00")}
	fxDetention = enforcement.Event{Kind: enforcement.Detention, Date: fxDay("2024-02-21"), Reference: "DET-2024-017"}
	fxReceipt   = enforcement.Event{Kind: enforcement.ReceiptServed, Date: fxDay("2024-02-22"), Reference: "RCT-2024-017"}
	fxInfringes = enforcement.Event{Kind: enforcement.InvestigationResult, Date: fxDay("2024-03-15"), Result: enforcement.Infringing}
	fxConfisc   = enforcement.Event{Kind: enforcement.Confiscation, Date: fxDay("2024-04-30"), Reference: "PEN-2024-088"}
	fxDisposed  = enforcement.Event{Kind: enforcement.DisposalCompleted, Date: fxDay("2024-09-30"), Route: enforcement.Destruction}
)

func fxSuspendedCase(t testing.TB) enforcement.Case { return fxCase(t, fxMarkFacts(), fxServed) }

func fxDetainedCase(t testing.TB) enforcement.Case {
	return fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention, fxReceipt)
}

func fxConfiscatedCase(t testing.TB) enforcement.Case {
	return fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention, fxReceipt, fxInfringes, fxConfisc)
}

func fxDisposedCase(t testing.TB) enforcement.Case {
	return fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention, fxReceipt, fxInfringes, fxConfisc, fxDisposed)
}

// fxUndeterminedCase is the trademark case whose investigation could not
// determine infringement (2024-03-15), advanced to 2024-05-07: no court
// notice came within 50 working days of the detention, so the goods were
// released by law (Regs art 24(2); R-EXO-7).
func fxUndeterminedCase(t testing.TB) enforcement.Case {
	c := fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention, fxReceipt,
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: fxDay("2024-03-15"), Result: enforcement.Undetermined})
	c, _, err := c.Advance(fxDay("2024-05-07"))
	require.NoError(t, err)
	require.Equal(t, enforcement.ReleasedUndetermined, c.State())
	return c
}

// fxDeclinedCase is the trademark case whose holder declined on
// 2024-02-19: the goods were never detained.
func fxDeclinedCase(t testing.TB) enforcement.Case {
	return fxCase(t, fxMarkFacts(), fxServed, fxEvent(enforcement.HolderDeclined, "2024-02-19"))
}

// fxCounterGuaranteedCase is the patent case: the holder applied with the
// 30,000.00 bond on 2024-09-09, the goods were detained on 2024-09-10,
// and the consignee deposited 30,000.00 and obtained release on
// 2024-09-20 (Regs art 19; R-REL-1).
func fxCounterGuaranteedCase(t testing.TB) enforcement.Case {
	return fxCase(t, fxPatentFacts(),
		enforcement.Event{Kind: enforcement.HolderApplied, Date: fxDay("2024-09-09"), Amount: fxCNY("30000.00")},
		fxEvent(enforcement.Detention, "2024-09-10"),
		enforcement.Event{Kind: enforcement.CounterGuarantee, Date: fxDay("2024-09-20"), Amount: fxCNY("30000.00")})
}

// fxTariff is the example port warehouse's standard of storagecost's
// examples. (An example, not an official rate.)
const fxTariff = `[{
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

// fxBill is the final bill of the trademark case's goods, 12.5 m³ and
// 1,850 kg, detained 2024-02-21 and destroyed 2024-09-30, the confiscation
// decision served 2024-04-30, so storage is charged to 2024-07-30
// (Measures (2009 numbering) art 34; R-FEE-3). By hand: handling in
// 1.85 t × 35 = 64.75; days 1-3 free; days 4-30, 27 × 12.5 × 1.20 =
// 405.00; days 31-161 (2024-03-22 to 2024-07-30), 131 × 12.5 × 1.80 =
// 2947.50; handling out 64.75; destruction 1.85 × 800 = 1480.00; total
// 4962.00.
func fxBill(t testing.TB) storagecost.Bill {
	t.Helper()
	s, err := storagecost.ParseSchedule([]byte(fxTariff))
	require.NoError(t, err)
	b, err := storagecost.Calculate(s, storagecost.Stay{
		Goods:    storagecost.Goods{Description: "handbags", Volume: fxCNY("12.5"), Weight: fxCNY("1850")},
		Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: fxDay("2024-04-30")},
	})
	require.NoError(t, err)
	return b
}

// fxHeader is a header issued on issued.
func fxHeader(number, issued string) Header {
	return Header{
		Number: number, Office: "Shanghai Pudong International Airport Customs", Issued: fxDay(issued),
		Contact: Contact{Name: "IPR Division", Phone: "+86 21 6888 0000", Email: "ipr@pudong.customs.example.cn"},
	}
}

// fxTerms are the terms of the payment notice: received on Friday
// 2025-09-26, so due on Thursday 2025-10-16, the 10th working day across
// the National Day holiday of 1-8 October (Sunday 28 September and
// Saturday 11 October are working days).
func fxTerms() PaymentTerms {
	return PaymentTerms{
		Warehouse:       Warehouse{Name: "Example Port Warehouse", Address: "99 Gangcheng Rd, Pudong"},
		Payee:           Payee{Name: "Shanghai Pudong International Airport Customs", Bank: "Bank of China, Shanghai Branch", Account: "4377 0000 1234 5678"},
		PaidToWarehouse: fxCNY("962.00"),
		Received:        fxDay("2025-09-26"),
	}
}

// The fixture notices, one valid notice of each kind, built by the
// constructors from the cases above.

func fxPayment(t testing.TB) Payment {
	t.Helper()
	n, err := NewPayment(fxDisposedCase(t), fxBill(t), fxHeader("FEE-2025-0093", "2025-09-24"), fxTerms())
	require.NoError(t, err)
	return n
}

func fxSuspension(t testing.TB) Suspension {
	t.Helper()
	n, err := NewSuspension(fxSuspendedCase(t), fxHeader("SUS-2024-001", "2024-02-09"))
	require.NoError(t, err)
	return n
}

func fxDetentionReceipt(t testing.TB) DetentionReceipt {
	t.Helper()
	n, err := NewDetentionReceipt(fxDetainedCase(t), fxHeader("RCT-2024-017", "2024-02-22"))
	require.NoError(t, err)
	return n
}

func fxInvestigationResult(t testing.TB) InvestigationResult {
	t.Helper()
	n, err := NewInvestigationResult(fxUndeterminedCase(t), fxHeader("RES-2024-017", "2024-03-15"))
	require.NoError(t, err)
	return n
}

func fxRelease(t testing.TB) Release {
	t.Helper()
	n, err := NewRelease(fxUndeterminedCase(t), fxHeader("REL-2024-017", "2024-05-07"))
	require.NoError(t, err)
	return n
}

func fxConfiscation(t testing.TB) Confiscation {
	t.Helper()
	n, err := NewConfiscation(fxConfiscatedCase(t), fxHeader("CNF-2024-088", "2024-04-29"))
	require.NoError(t, err)
	n.Fine = fxCNY("30000.00")
	return n
}

func fxCounterGuarantee(t testing.TB) CounterGuarantee {
	t.Helper()
	n, err := NewCounterGuarantee(fxCounterGuaranteedCase(t), fxHeader("CG-2024-005", "2024-09-23"), calendar.Date{})
	require.NoError(t, err)
	return n
}

// fxNotices are the fixture notices, one of each kind, in Kinds order.
func fxNotices(t testing.TB) []Notice {
	return []Notice{fxPayment(t), fxSuspension(t), fxDetentionReceipt(t), fxInvestigationResult(t),
		fxRelease(t), fxConfiscation(t), fxCounterGuarantee(t)}
}

// noticeDiff says how notices (or any values of the same type) a and b differ,
// or returns "": decimals compare by value, and a nil slice equals an
// empty one.
func noticeDiff(a, b any) string {
	return diffValue("", reflect.ValueOf(a), reflect.ValueOf(b))
}

var decimalType = reflect.TypeOf(decimal.Decimal{})

func diffValue(path string, a, b reflect.Value) string {
	if a.IsValid() != b.IsValid() {
		return fmt.Sprintf("%s: one of the two is nil", path)
	}
	if !a.IsValid() {
		return ""
	}
	if a.Type() != b.Type() {
		return fmt.Sprintf("%s: %s and %s", path, a.Type(), b.Type())
	}
	switch {
	case a.Type() == decimalType:
		x, y := a.Interface().(decimal.Decimal), b.Interface().(decimal.Decimal)
		if !x.Equal(y) {
			return fmt.Sprintf("%s: %s and %s", path, x, y)
		}
		return ""
	case a.Kind() == reflect.Interface:
		return diffValue(path, a.Elem(), b.Elem())
	case a.Kind() == reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !a.Type().Field(i).IsExported() {
				continue
			}
			if d := diffValue(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
		return ""
	case a.Kind() == reflect.Slice:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: %d and %d elements", path, a.Len(), b.Len())
		}
		for i := 0; i < a.Len(); i++ {
			if d := diffValue(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
		return ""
	}
	if a.Interface() != b.Interface() {
		return fmt.Sprintf("%s: %v and %v", path, a.Interface(), b.Interface())
	}
	return ""
}

// requireSame fails the test if got and want differ (see noticeDiff).
func requireSame(t testing.TB, want, got any) {
	t.Helper()
	if d := noticeDiff(want, got); d != "" {
		t.Fatalf("got %+v;\nwant %+v\n(first difference at %s)", got, want, d)
	}
}

// problemFields returns the Field of every problem of err, a FieldErrors.
func problemFields(err error) []string {
	var fe FieldErrors
	if !asFieldErrors(err, &fe) {
		return nil
	}
	out := make([]string, len(fe))
	for i, e := range fe {
		out[i] = e.Field
	}
	return out
}

func asFieldErrors(err error, fe *FieldErrors) bool {
	v, ok := err.(FieldErrors)
	if ok {
		*fe = v
	}
	return ok
}
