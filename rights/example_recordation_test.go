package rights_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/rights"
)

// --- Recordation ---

// A recordation of a utility model whose 10 years would outlive the
// patent: its validity is capped at the patent's term (Measures art 9;
// R-REC-4), and it lapses with it (R-REC-7).
func ExampleRecordation() {
	rec, err := rights.NewRecordation(exPatent, rights.Application{Holder: exHolder}, date("2019-12-02"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2020-01-10"), Number: "P2020-00042"})
	if err != nil {
		fmt.Println(err)
		return
	}
	until, _ := rec.ValidUntil()
	fmt.Println("valid until:", until)
	for _, on := range []string{"2019-12-02", "2020-01-10", "2025-02-28", "2025-03-01"} {
		fmt.Println(on, rec.Status(date(on)))
	}
	// Output:
	// valid until: 2025-02-28
	// 2019-12-02 applied
	// 2020-01-10 approved
	// 2025-02-28 approved
	// 2025-03-01 lapsed
}

func ExampleNewRecordation() {
	app := rights.Application{
		Holder:     exHolder,
		Licensees:  []rights.Licensee{{Name: "ACME Shanghai Co., Ltd.", Scope: "exclusive, mainland China, to 2025"}},
		Goods:      []rights.Goods{{Name: "running shoes", Origin: "Vietnam", Ports: []string{"Shanghai", "Ningbo"}, Traders: []string{"ACME Trading"}, Features: "logo on the tongue", Price: "USD 40 per pair"}},
		Infringers: []rights.Infringer{{Manufacturer: "Unknown factory, Putian", Features: "logo stitched on the side", Price: "CNY 50 per pair"}},
	}
	rec, err := rights.NewRecordation(exMark, app, date("2012-04-02"))
	fmt.Println(rec.Status(date("2012-04-02")), err)

	app.Holder.Name = "Someone Else"
	_, err = rights.NewRecordation(exMark, app, date("2012-04-02"))
	fmt.Println(err)
	// Output:
	// applied <nil>
	// rights: application.holder.name "Someone Else": differs from the right's holder "ACME Ltd": GACC must refuse an applicant who is not the holder (Regs art 8; R-REC-3)
}

func ExampleRecordation_Apply() {
	rec := exRecordation()
	next, err := rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: date("2014-06-03"), Changed: date("2014-05-20"), Note: "new address"})
	fmt.Println(next.Status(date("2014-06-03")), err)
	fmt.Println(rec.Status(date("2014-06-03")), "(the receiver is unchanged)")

	_, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2014-06-03"), Number: "T2"})
	var te *rights.TransitionError
	fmt.Println(errors.As(err, &te), te.From, te.Event)
	// Output:
	// changed <nil>
	// approved (the receiver is unchanged)
	// true approved approval
}

func ExampleRecordation_Status() {
	rec := exRecordation()
	for _, on := range []string{"2012-04-01", "2012-04-02", "2012-05-02", "2020-03-13", "2020-03-14"} {
		fmt.Println(on, rec.Status(date(on)))
	}
	// Output:
	// 2012-04-01 %!State(0)
	// 2012-04-02 applied
	// 2012-05-02 approved
	// 2020-03-13 approved
	// 2020-03-14 lapsed
}

// InForce is what customs asks before acting on its own initiative (Regs
// art 16; R-REC-1): a recordation approved and within its validity, for a
// right protected that day (R-REC-7).
func ExampleRecordation_InForce() {
	rec, _ := rights.NewRecordation(exPatent, rights.Application{Holder: exHolder}, date("2019-12-02"))
	rec, _ = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2020-01-10"), Number: "P1"})
	for _, on := range []string{"2020-01-09", "2020-01-10", "2025-02-28", "2025-03-01"} {
		fmt.Println(on, rec.Status(date(on)), rec.InForce(date(on)))
	}
	// Output:
	// 2020-01-09 applied false
	// 2020-01-10 approved true
	// 2025-02-28 approved true
	// 2025-03-01 lapsed false
}

func ExampleRecordation_ValidFrom() {
	from, ok := exRecordation().ValidFrom()
	fmt.Println(from, ok)
	// Output: 2012-05-02 true
}

// The trademark was renewed in 2019, after the recordation's approval in
// 2012: the recordation is capped at the registration as it stood then,
// and must be renewed itself (domain brief section 7.5).
func ExampleRecordation_ValidUntil() {
	until, ok := exRecordation().ValidUntil()
	fmt.Println(until, ok)
	// Output: 2020-03-13 true
}

func ExampleRecordation_Number() {
	fmt.Println(exRecordation().Number())
	// Output: T2012-00001
}

func ExampleRecordation_Received() {
	fmt.Println(exRecordation().Received())
	// Output: 2012-04-02
}

func ExampleRecordation_Right() {
	fmt.Println(exRecordation().Right().Type)
	// Output: trademark
}

func ExampleRecordation_Type() {
	fmt.Println(exRecordation().Type(), exRecordation().Type().IsPatent())
	// Output: trademark false
}

func ExampleRecordation_Application() {
	fmt.Println(exRecordation().Application().Holder.Nationality)
	// Output: HK
}

func ExampleRecordation_Conventions() {
	rec, _ := exRecordation().WithConventions(rights.Conventions{GraceInForce: true})
	fmt.Println(rec.Conventions().GraceInForce)
	// Output: true
}

func ExampleRecordation_Events() {
	for _, ev := range exRecordation().Events() {
		fmt.Println(ev.Date, ev.Kind)
	}
	// Output:
	// 2012-04-02 filing
	// 2012-05-02 approval
}

func ExampleRecordation_Equal() {
	a, b := exRecordation(), exRecordation()
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleRecordation_RenewalWindow() {
	w, ok := exRecordation().RenewalWindow()
	fmt.Println(w.Opens, w.Closes, ok)
	// Output: 2019-09-13 2020-03-13 true
}

func ExampleRecordation_Permitted() {
	rec := exRecordation()
	fmt.Println(rec.Permitted(date("2015-01-05")))
	fmt.Println(rec.Permitted(date("2020-01-06")))
	fmt.Println(rec.Permitted(date("2020-03-14")))
	// Output:
	// [change-report cancellation revocation]
	// [renewal-filing change-report cancellation revocation]
	// [filing cancellation revocation]
}

// GACC decides within 30 working days of receiving the complete
// application (Regs art 8; R-REC-2), here across the 2024 Spring Festival.
func ExampleRecordation_DecisionDue() {
	rec, _ := rights.NewRecordation(exMark, rights.Application{Holder: exHolder}, date("2024-02-09"))
	dl, err := rec.DecisionDue(calendar.China())
	fmt.Println(dl.LastDay, err)
	// Output: 2024-03-28 <nil>
}

func ExampleRecordation_ChangeDue() {
	dl, err := exRecordation().ChangeDue(calendar.China(), date("2025-09-26"))
	fmt.Println(dl.LastDay, err)
	_, err = exRecordation().ChangeDue(calendar.China(), date("2027-12-01"))
	fmt.Println(errors.Is(err, calendar.ErrNotCovered))
	// Output:
	// 2025-11-13 <nil>
	// true
}

func ExampleRecordation_LateChanges() {
	rec, _ := rights.NewRecordation(exMark, rights.Application{Holder: exHolder}, date("2023-04-03"))
	rec, _ = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2023-05-04"), Number: "T3"})
	rec, err := rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: date("2024-04-01"), Changed: date("2024-02-09"), Note: "new address"})
	fmt.Println(err)
	late, err := rec.LateChanges(calendar.China())
	fmt.Println(len(late), late[0].Changed, err)
	// Output:
	// <nil>
	// 1 2024-02-09 <nil>
}

func ExampleRecordation_BarredUntil() {
	rec, _ := exRecordation().Apply(rights.Event{Kind: rights.Revocation, Date: date("2014-01-02"), Revoke: rights.RevokeUntruthful})
	until, ok := rec.BarredUntil()
	fmt.Println(until, ok)
	barred, _ := rec.WithConventions(rights.Conventions{BarReapplication: true})
	_, err := barred.Apply(rights.Event{Kind: rights.Filing, Date: date("2014-06-02")})
	fmt.Println(errors.Is(err, rights.ErrInvalidTransition))
	// Output:
	// 2015-01-02 true
	// true
}

// When a fact of the right changes, such as a patent ending early for an
// unpaid fee, WithRight replays the history under it.
func ExampleRecordation_WithRight() {
	rec, _ := rights.NewRecordation(exPatent, rights.Application{Holder: exHolder}, date("2019-12-02"))
	rec, _ = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2020-01-10"), Number: "P1"})
	ended := exPatent
	ended.End = rights.End{Reason: rights.EndUnpaidFee, Date: date("2022-03-01")}
	rec, err := rec.WithRight(ended)
	until, _ := rec.ValidUntil()
	fmt.Println(until, rec.Status(date("2022-03-01")), err)
	// Output: 2022-02-28 lapsed <nil>
}

// WithRight refuses a new holder. An assignment is a cancellation and a
// new recordation by the assignee (Measures art 12); a change of the
// holder's name is reported with a ChangeReport (Regs art 11).
func ExampleRecordation_WithRight_holder() {
	rec, _ := rights.NewRecordation(exPatent, rights.Application{Holder: exHolder}, date("2019-12-02"))
	rec, _ = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2020-01-10"), Number: "P1"})
	renamed := exPatent
	renamed.Holder = "ACME Holdings Ltd"
	_, err := rec.WithRight(renamed)
	var fe *rights.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, rights.ErrInvalidRight))

	rec, err = rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: date("2021-04-01"), Changed: date("2021-03-15"),
		Note: "holder's name changed to ACME Holdings Ltd"})
	fmt.Println(rec.Status(date("2021-04-01")), rec.Right().Holder, err)
	// Output:
	// true holder true
	// changed ACME Ltd <nil>
}

func ExampleRecordation_WithConventions() {
	rec, err := exRecordation().WithConventions(rights.Conventions{WindowOpensDayAfter: true})
	w, _ := rec.RenewalWindow()
	fmt.Println(w.Opens, err)
	// Output: 2019-09-14 <nil>
}

func ExampleRecordation_MarshalJSON() {
	data, err := json.Marshal(exRecordation())
	fmt.Println(string(data), err)
	// Output: {"right":{"type":"trademark","holder":"ACME Ltd","number":"1234567","classes":["25"],"registered":"2010-03-14","renewals":[{"filed":"2019-06-01"}]},"application":{"holder":{"name":"ACME Ltd","address":"1 Harbour Road, Hong Kong","nationality":"HK"}},"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"approval","date":"2012-05-02","number":"T2012-00001"}]} <nil>
}

// Decoding replays the history, so an impossible one is rejected with
// the event at fault.
func ExampleRecordation_UnmarshalJSON() {
	data := []byte(`{"right":{"type":"trademark","holder":"ACME Ltd","number":"1234567","registered":"2010-03-14"},
	"application":{"holder":{"name":"ACME Ltd","address":"1 Harbour Road","nationality":"HK"}},
	"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"approval","date":"2021-05-02","number":"T1"}]}`)
	var rec rights.Recordation
	err := json.Unmarshal(data, &rec)
	fmt.Println(err)
	fmt.Println(errors.Is(err, rights.ErrInvalidRecordation), errors.Is(err, rights.ErrInvalidTransition))
	// Output:
	// rights: recordation JSON: events[1]: approval on 2021-05-02 refused in state applied: the right is not protected on 2021-05-02 (Regs arts 8, 10; R-REC-3, R-REC-5)
	// true true
}

// --- Application ---

func ExampleApplication() {
	app := rights.Application{Holder: exHolder, Goods: []rights.Goods{{Name: "shoes", Price: "USD 40 per pair"}}}
	data, err := json.Marshal(app)
	fmt.Println(string(data), err)
	// Output: {"holder":{"name":"ACME Ltd","address":"1 Harbour Road, Hong Kong","nationality":"HK"},"goods":[{"name":"shoes","price":"USD 40 per pair"}]} <nil>
}

func ExampleApplication_Validate() {
	app := rights.Application{Holder: rights.Party{Name: "ACME Ltd", Nationality: "HK"}, Infringers: []rights.Infringer{{}}}
	fmt.Println(app.Validate())
	// Output:
	// rights: holder.address: required
	// rights: infringers[0]: empty: give at least the manufacturer, a trader, a port, the features or the price
}

func ExampleApplication_Equal() {
	a := rights.Application{Holder: exHolder}
	b := rights.Application{Holder: exHolder, Goods: []rights.Goods{}}
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleApplication_UnmarshalJSON() {
	var app rights.Application
	err := json.Unmarshal([]byte(`{"holder":{"name":"ACME","address":"Road 1","nationality":"CN"},"goods":[{"name":"shoes","ports":["Shanghai"," Ningbo"]}]}`), &app)
	fmt.Println(err)
	// Output: rights: goods[0].ports[1] " Ningbo": leading or trailing space
}

func ExampleParty() {
	fmt.Printf("%+v\n", exHolder)
	// Output: {Name:ACME Ltd Address:1 Harbour Road, Hong Kong Nationality:HK}
}

func ExampleLicensee() {
	l := rights.Licensee{Name: "ACME Shanghai", Scope: "exclusive"}
	fmt.Println(rights.Application{Holder: exHolder, Licensees: []rights.Licensee{l}}.Validate())
	// Output: <nil>
}

func ExampleGoods() {
	g := rights.Goods{Name: "shoes", Ports: make([]string, 51)}
	fmt.Println(rights.Application{Holder: exHolder, Goods: []rights.Goods{g}}.Validate())
	// Output: rights: goods[0].ports "51": more than 50 entries
}

func ExampleInfringer() {
	in := rights.Infringer{Manufacturer: "Factory X", Ports: []string{"Shenzhen"}}
	fmt.Println(rights.Application{Holder: exHolder, Infringers: []rights.Infringer{in}}.Validate())
	// Output: <nil>
}

// --- Events and states ---

func ExampleEvent() {
	ev := rights.Event{Kind: rights.Cancellation, Date: date("2021-01-04"), Cancel: rights.CancelAssignment}
	data, err := json.Marshal(ev)
	fmt.Println(string(data), err)
	// Output: {"kind":"cancellation","date":"2021-01-04","cancel_reason":"assignment"} <nil>
}

func ExampleEvent_Equal() {
	rec := exRecordation()
	approved := rights.Event{Kind: rights.Approval, Date: date("2012-05-02"), Number: "T2012-00001"}
	fmt.Println(rec.Events()[1].Equal(approved), rec.Events()[0].Equal(approved))
	// Output: true false
}

func ExampleEvent_Validate() {
	fmt.Println(rights.Event{Kind: rights.ChangeReport, Date: date("2021-01-04"), Changed: date("2021-02-01")}.Validate())
	// Output:
	// rights: changed "2021-02-01": after the report was filed on 2021-01-04
	// rights: note: required
}

func ExampleEvent_MarshalJSON() {
	data, _ := json.Marshal(rights.Event{Kind: rights.Revocation, Date: date("2014-01-02"), Revoke: rights.RevokeUntruthful, Note: "forged licence"})
	fmt.Println(string(data))
	// Output: {"kind":"revocation","date":"2014-01-02","note":"forged licence","revoke_reason":"untruthful-application"}
}

func ExampleEvent_UnmarshalJSON() {
	var ev rights.Event
	err := json.Unmarshal([]byte(`{"kind":"approval","date":"2012-05-02"}`), &ev)
	fmt.Println(err, errors.Is(err, rights.ErrInvalidEvent))
	// Output: rights: number: required true
}

func ExampleEventKind() {
	fmt.Println(rights.Filing, rights.Approval, rights.Rejection, rights.RenewalFiling, rights.ChangeReport, rights.Cancellation, rights.Revocation)
	// Output: filing approval rejection renewal-filing change-report cancellation revocation
}

func ExampleEventKind_IsValid() {
	fmt.Println(rights.Approval.IsValid(), rights.EventKindUnknown.IsValid())
	// Output: true false
}

func ExampleEventKind_String() {
	fmt.Println(rights.EventKind(99))
	// Output: %!EventKind(99)
}

func ExampleEventKind_AppendText() {
	b, _ := rights.RenewalFiling.AppendText(nil)
	fmt.Println(string(b))
	// Output: renewal-filing
}

func ExampleEventKind_MarshalText() {
	_, err := rights.EventKindUnknown.MarshalText()
	fmt.Println(errors.Is(err, rights.ErrUnknownCode))
	// Output: true
}

func ExampleEventKind_UnmarshalText() {
	var k rights.EventKind
	fmt.Println(k.UnmarshalText([]byte("Change-Report")), k)
	// Output: <nil> change-report
}

func ExampleState() {
	for _, s := range []rights.State{rights.Applied, rights.Approved, rights.Rejected, rights.Renewed, rights.Changed, rights.Cancelled, rights.Revoked, rights.Lapsed} {
		fmt.Print(s, " ", s.InForce(), "; ")
	}
	fmt.Println()
	// Output: applied false; approved true; rejected false; renewed true; changed true; cancelled false; revoked false; lapsed false;
}

func ExampleState_InForce() {
	fmt.Println(rights.Renewed.InForce(), rights.Lapsed.InForce())
	// Output: true false
}

func ExampleState_IsValid() {
	fmt.Println(rights.Lapsed.IsValid(), rights.StateUnknown.IsValid())
	// Output: true false
}

func ExampleState_String() {
	fmt.Println(rights.Revoked, rights.State(42))
	// Output: revoked %!State(42)
}

func ExampleState_AppendText() {
	b, _ := rights.Approved.AppendText([]byte("status="))
	fmt.Println(string(b))
	// Output: status=approved
}

func ExampleState_MarshalText() {
	b, err := json.Marshal(rights.Lapsed)
	fmt.Println(string(b), err)
	// Output: "lapsed" <nil>
}

func ExampleState_UnmarshalText() {
	var s rights.State
	err := s.UnmarshalText([]byte("expired"))
	fmt.Println(err)
	// Output: rights: unknown State "expired" (want one of applied, approved, rejected, renewed, changed, cancelled, revoked, lapsed)
}

func ExampleCancelReason() {
	fmt.Println(rights.CancelHolderRequest, rights.CancelAssignment, rights.CancelRightEnded, rights.CancelUnreportedChange)
	// Output: holder-request assignment right-ended unreported-change
}

func ExampleCancelReason_IsValid() {
	fmt.Println(rights.CancelAssignment.IsValid(), rights.CancelReasonUnknown.IsValid())
	// Output: true false
}

func ExampleCancelReason_String() {
	fmt.Println(rights.CancelReason(9))
	// Output: %!CancelReason(9)
}

func ExampleCancelReason_AppendText() {
	b, _ := rights.CancelRightEnded.AppendText(nil)
	fmt.Println(string(b))
	// Output: right-ended
}

func ExampleCancelReason_MarshalText() {
	b, err := rights.CancelHolderRequest.MarshalText()
	fmt.Println(string(b), err)
	// Output: holder-request <nil>
}

func ExampleCancelReason_UnmarshalText() {
	var r rights.CancelReason
	fmt.Println(r.UnmarshalText([]byte("ASSIGNMENT")), r)
	// Output: <nil> assignment
}

func ExampleRevokeReason() {
	fmt.Println(rights.RevokeUntruthful, rights.RevokeUnreportedChange)
	// Output: untruthful-application unreported-change
}

func ExampleRevokeReason_IsValid() {
	fmt.Println(rights.RevokeUntruthful.IsValid(), rights.RevokeReasonUnknown.IsValid())
	// Output: true false
}

func ExampleRevokeReason_String() {
	fmt.Println(rights.RevokeReason(7))
	// Output: %!RevokeReason(7)
}

func ExampleRevokeReason_AppendText() {
	b, _ := rights.RevokeUnreportedChange.AppendText(nil)
	fmt.Println(string(b))
	// Output: unreported-change
}

func ExampleRevokeReason_MarshalText() {
	b, err := rights.RevokeUntruthful.MarshalText()
	fmt.Println(string(b), err)
	// Output: untruthful-application <nil>
}

func ExampleRevokeReason_UnmarshalText() {
	var r rights.RevokeReason
	fmt.Println(r.UnmarshalText([]byte("untruthful-application")), r)
	// Output: <nil> untruthful-application
}

// --- Fees ---

func ExampleDefaultFees() {
	for _, r := range rights.DefaultFees().Rates {
		fmt.Println(r.Kind, r.Yuan, r.EffectiveFrom, r.EffectiveUntil)
	}
	// Output:
	// recordation 800 2004-03-01 2015-11-01
	// recordation 0 2015-11-01 0000-00-00
	// renewal 0 2004-03-01 0000-00-00
	// change 0 2004-03-01 0000-00-00
}

func ExampleFeeSchedule_Fee() {
	fees := rights.DefaultFees()
	for _, on := range []string{"2015-10-31", "2015-11-01"} {
		yuan, err := fees.Fee(rights.FeeRecordation, date(on))
		fmt.Println(on, yuan, err)
	}
	_, err := fees.Fee(rights.FeeRecordation, date("2003-01-01"))
	fmt.Println(errors.Is(err, rights.ErrNoFee))
	// Output:
	// 2015-10-31 800 <nil>
	// 2015-11-01 0 <nil>
	// true
}

func ExampleFeeSchedule_Validate() {
	fees := rights.FeeSchedule{Rates: []rights.FeeRate{
		{Kind: rights.FeeRecordation, Yuan: 800, EffectiveFrom: date("2004-03-01"), Source: "Measures art 8"},
		{Kind: rights.FeeRecordation, Yuan: 0, EffectiveFrom: date("2015-11-01"), Source: "GACC Ann. 2015 No. 51"},
	}}
	fmt.Println(fees.Validate())
	// Output: rights: rates[1].effective_from "2015-11-01": overlaps rates[0]
}

// A schedule holds at most MaxRates rates; more is one problem, found
// without comparing the rates.
func ExampleFeeSchedule_Validate_maxRates() {
	fees := rights.FeeSchedule{Rates: make([]rights.FeeRate, rights.MaxRates+1)}
	fmt.Println(fees.Validate())
	// Output: rights: rates "101": more than 100 rates
}

func ExampleFeeSchedule() {
	// A schedule of one's own: a corrected or extended table.
	fees := rights.FeeSchedule{Rates: []rights.FeeRate{{Kind: rights.FeeRecordation, Yuan: 800, EffectiveFrom: date("1995-10-01"), EffectiveUntil: date("2015-11-01"), Source: "my research"}}}
	yuan, err := fees.Fee(rights.FeeRecordation, date("2000-01-01"))
	fmt.Println(yuan, err)
	// Output: 800 <nil>
}

func ExampleFeeRate() {
	r := rights.DefaultFees().Rates[0]
	fmt.Println(r.Source)
	// Output: Regs (2003) art 32; Measures (2009 numbering) art 8
}

func ExampleFeeKind() {
	fmt.Println(rights.FeeRecordation, rights.FeeRenewal, rights.FeeChange)
	// Output: recordation renewal change
}

func ExampleFeeKind_IsValid() {
	fmt.Println(rights.FeeChange.IsValid(), rights.FeeKindUnknown.IsValid())
	// Output: true false
}

func ExampleFeeKind_String() {
	fmt.Println(rights.FeeKind(5))
	// Output: %!FeeKind(5)
}

func ExampleFeeKind_AppendText() {
	b, _ := rights.FeeRenewal.AppendText(nil)
	fmt.Println(string(b))
	// Output: renewal
}

func ExampleFeeKind_MarshalText() {
	b, err := rights.FeeRecordation.MarshalText()
	fmt.Println(string(b), err)
	// Output: recordation <nil>
}

func ExampleFeeKind_UnmarshalText() {
	var k rights.FeeKind
	fmt.Println(k.UnmarshalText([]byte("Change")), k)
	// Output: <nil> change
}

// --- Errors ---

func ExampleNumberError() {
	_, err := rights.ParsePatentNumber("201750601862.7")
	var ne *rights.NumberError
	if errors.As(err, &ne) {
		fmt.Println(ne.Kind, "|", ne.Input, "|", ne.Reason)
	}
	// Output: patent number | 201750601862.7 | kind digit 5: want 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)
}

func ExampleNumberError_Error() {
	_, err := rights.ParseTrademarkNumber("")
	fmt.Println(err.Error())
	// Output: rights: invalid trademark number "": empty
}

func ExampleNumberError_Is() {
	_, err := rights.ParseNiceClass("99")
	fmt.Println(errors.Is(err, rights.ErrInvalidNumber))
	// Output: true
}

func ExampleCodeError() {
	var s rights.State
	err := s.UnmarshalText([]byte("active"))
	var ce *rights.CodeError
	fmt.Println(errors.As(err, &ce), ce.Enum, ce.Input)
	// Output: true State active
}

func ExampleCodeError_Error() {
	var k rights.FeeKind
	fmt.Println(k.UnmarshalText([]byte("x")).Error())
	// Output: rights: unknown FeeKind "x" (want one of recordation, renewal, change)
}

func ExampleCodeError_Is() {
	var t rights.Type
	err := t.UnmarshalText([]byte("patent"))
	fmt.Println(errors.Is(err, rights.ErrUnknownCode), errors.Is(err, rights.ErrUnknownType))
	// Output: true true
}

func ExampleCodeError_Unwrap() {
	var t rights.Type
	err := t.UnmarshalText([]byte("patent"))
	var ce *rights.CodeError
	errors.As(err, &ce)
	fmt.Println(ce.Unwrap() != nil)
	// Output: true
}

func ExampleFieldError() {
	err := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1"}.Validate()
	var fe *rights.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, "|", fe.Reason)
	}
	// Output: registered | required for a trademark right
}

func ExampleFieldError_Error() {
	err := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1"}.Validate()
	var fe *rights.FieldError
	errors.As(err, &fe)
	fmt.Println(fe.Error())
	// Output: rights: registered: required for a trademark right
}

func ExampleFieldError_Is() {
	err := rights.Right{}.Validate()
	fmt.Println(errors.Is(err, rights.ErrInvalidRight), errors.Is(err, rights.ErrUnknownType))
	// Output: true true
}

func ExampleFieldError_Unwrap() {
	err := rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "2021303", Filed: date("2021-06-01")}.Validate()
	var ne *rights.NumberError
	fmt.Println(errors.As(err, &ne), ne.Reason)
	// Output: true want 12 or 8 digits, a dot and the check character
}

func ExampleFieldErrors() {
	err := rights.Right{Type: rights.Trademark}.Validate()
	var list rights.FieldErrors
	errors.As(err, &list)
	for _, fe := range list {
		fmt.Println(fe.Field)
	}
	// Output:
	// holder
	// number
	// registered
}

func ExampleFieldErrors_Error() {
	err := rights.Application{}.Validate()
	fmt.Println(err.Error())
	// Output:
	// rights: holder.name: required
	// rights: holder.address: required
	// rights: holder.nationality: required
}

func ExampleFieldErrors_Unwrap() {
	err := rights.Application{}.Validate()
	var list rights.FieldErrors
	errors.As(err, &list)
	fmt.Println(len(list.Unwrap()))
	// Output: 3
}

func ExampleTransitionError() {
	_, err := exRecordation().Apply(rights.Event{Kind: rights.RenewalFiling, Date: date("2020-06-01")})
	var te *rights.TransitionError
	fmt.Println(errors.As(err, &te), te.From, te.Event, len(te.Unmet))
	// Output: true lapsed renewal-filing 0
}

// GACC must refuse to record a right that is not protected (Regs art 8;
// R-REC-3), such as a patent application not yet granted.
func ExampleTransitionError_patentNotGranted() {
	application := exPatent
	application.Granted = calendar.Date{}
	rec, _ := rights.NewRecordation(application, rights.Application{Holder: exHolder}, date("2015-06-01"))
	_, err := rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2015-07-13"), Number: "P1"})
	var te *rights.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.From, te.Event, te.Date)
		fmt.Println(te.Unmet[0])
	}
	// Output:
	// applied approval 2015-07-13
	// the patent has no grant on record: an application is not protected on 2015-07-13 (Patent Law arts 39-40; Regs art 8; R-REC-3)
}

func ExampleTransitionError_Error() {
	_, err := exRecordation().Apply(rights.Event{Kind: rights.Rejection, Date: date("2012-01-01"), Note: "late"})
	fmt.Println(err.Error())
	// Output: rights: rejection on 2012-01-01 refused in state approved: dated before the previous event, approval on 2012-05-02
}

func ExampleTransitionError_Is() {
	_, err := exRecordation().Apply(rights.Event{Kind: rights.Filing, Date: date("2013-01-01")})
	fmt.Println(errors.Is(err, rights.ErrInvalidTransition))
	// Output: true
}
