package rights_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/rights"
)

// The examples follow a trademark registered on 2010-03-14 for a holder
// that records it with customs, and a utility model patent. Holders,
// numbers and recordation numbers are made up.

var (
	exHolder = rights.Party{Name: "ACME Ltd", Address: "1 Harbour Road, Hong Kong", Nationality: "HK"}
	exMark   = rights.Right{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567", Classes: []rights.NiceClass{25},
		Registered: calendar.MustParseDate("2010-03-14"), Renewals: []rights.Renewal{{Filed: calendar.MustParseDate("2019-06-01")}}}
	exPatent = rights.Right{Type: rights.PatentUtilityModel, Holder: "ACME Ltd", Number: "201520123456.7",
		Filed: calendar.MustParseDate("2015-03-01"), Granted: calendar.MustParseDate("2015-10-01")}
)

func date(s string) calendar.Date { return calendar.MustParseDate(s) }

// exRecordation returns the trademark's recordation, filed 2012-04-02
// and approved 2012-05-02.
func exRecordation() rights.Recordation {
	rec, err := rights.NewRecordation(exMark, rights.Application{Holder: exHolder}, date("2012-04-02"))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: date("2012-05-02"), Number: "T2012-00001"})
	if err != nil {
		panic(err)
	}
	return rec
}

// The first question a case system asks when goods are stopped: is the
// right protected and recorded today, and until when?
func Example() {
	rec := exRecordation()
	on := date("2020-01-06")
	fmt.Println("status:", rec.Status(on))
	until, _ := rec.ValidUntil()
	fmt.Println("recorded until:", until)
	end, _ := rec.Right().ProtectionEnd()
	fmt.Println("registration until:", end)
	w, _ := rec.RenewalWindow()
	fmt.Printf("renew the recordation between %s and %s\n", w.Opens, w.Closes)

	rec, err := rec.Apply(rights.Event{Kind: rights.RenewalFiling, Date: on})
	if err != nil {
		fmt.Println(err)
		return
	}
	until, _ = rec.ValidUntil()
	fmt.Println("renewed until:", until)
	// Output:
	// status: approved
	// recorded until: 2020-03-13
	// registration until: 2030-03-13
	// renew the recordation between 2019-09-13 and 2020-03-13
	// renewed until: 2030-03-13
}

// A renewal filed one day before the window opens is refused, and the
// error says why, citing the rule.
func Example_renewalTooEarly() {
	_, err := exRecordation().Apply(rights.Event{Kind: rights.RenewalFiling, Date: date("2019-09-12")})
	fmt.Println(err)
	fmt.Println(errors.Is(err, rights.ErrInvalidTransition))
	// Output:
	// rights: renewal-filing on 2019-09-12 refused in state approved: filed on 2019-09-12, outside the renewal window 2019-09-13..2020-03-13 (Regs art 10; R-REC-5)
	// true
}

// --- Type ---

func ExampleType() {
	for _, t := range []rights.Type{rights.Trademark, rights.PatentDesign, rights.WorldExpoSymbol} {
		fmt.Println(t, t.IsPatent())
	}
	// Output:
	// trademark false
	// patent-design true
	// world-expo-symbol false
}

func ExampleTypes() {
	fmt.Println(len(rights.Types()), rights.Types()[0], rights.Types()[8])
	// Output: 9 trademark world-expo-symbol
}

func ExampleParseType() {
	for _, s := range []string{"patent-design", "Trademark"} {
		t, err := rights.ParseType(s)
		fmt.Println(t, t.IsPatent(), err)
	}
	t, err := rights.ParseType("trade-mark")
	fmt.Println(t == rights.TypeUnknown, errors.Is(err, rights.ErrUnknownType))
	// Output:
	// patent-design true <nil>
	// trademark false <nil>
	// true true
}

func ExampleType_IsValid() {
	fmt.Println(rights.Trademark.IsValid(), rights.TypeUnknown.IsValid(), rights.Type(42).IsValid())
	// Output: true false false
}

func ExampleType_IsPatent() {
	fmt.Println(rights.PatentInvention.IsPatent(), rights.CopyrightAudiovisual.IsPatent())
	// Output: true false
}

func ExampleType_IsCopyright() {
	fmt.Println(rights.CopyrightLegalPerson.IsCopyright(), rights.OlympicSymbol.IsCopyright())
	// Output: true false
}

func ExampleType_String() {
	fmt.Println(rights.CopyrightNaturalPerson, rights.Type(42))
	// Output: copyright-natural-person %!Type(42)
}

func ExampleType_AppendText() {
	b, err := rights.OlympicSymbol.AppendText([]byte("type="))
	fmt.Println(string(b), err)
	// Output: type=olympic-symbol <nil>
}

func ExampleType_MarshalText() {
	b, err := json.Marshal(map[string]rights.Type{"type": rights.PatentInvention})
	fmt.Println(string(b), err)
	_, err = rights.TypeUnknown.MarshalText()
	fmt.Println(errors.Is(err, rights.ErrUnknownType))
	// Output:
	// {"type":"patent-invention"} <nil>
	// true
}

func ExampleType_UnmarshalText() {
	var t rights.Type
	fmt.Println(t.UnmarshalText([]byte("TRADEMARK")), t)
	err := t.UnmarshalText([]byte("trade-mark"))
	fmt.Println(errors.Is(err, rights.ErrUnknownType), t)
	// Output:
	// <nil> trademark
	// true trademark
}

// --- Right ---

func ExampleRight() {
	data, err := json.Marshal(exMark)
	fmt.Println(string(data), err)
	// Output: {"type":"trademark","holder":"ACME Ltd","number":"1234567","classes":["25"],"registered":"2010-03-14","renewals":[{"filed":"2019-06-01"}]} <nil>
}

// Designs filed from 2021-06-01 are protected 15 years, earlier ones 10
// (Patent Law art 42; transitional rule).
func ExampleRight_ProtectionEnd() {
	for _, filed := range []string{"2021-05-31", "2021-06-01"} {
		r := rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "202130300001.9", Filed: date(filed)}
		end, ok := r.ProtectionEnd()
		fmt.Println(filed, "->", end, ok)
	}
	// Output:
	// 2021-05-31 -> 2031-05-30 true
	// 2021-06-01 -> 2036-05-31 true
}

func ExampleRight_ProtectionEnd_copyright() {
	living := rights.Right{Type: rights.CopyrightNaturalPerson, Holder: "h"}
	_, ok := living.ProtectionEnd()
	fmt.Println("author living:", ok)
	living.AuthorDied = 1990
	end, ok := living.ProtectionEnd()
	fmt.Println("author died 1990:", end, ok)
	// Output:
	// author living: false
	// author died 1990: 2040-12-31 true
}

func ExampleRight_InForce() {
	mark := exMark
	mark.Renewals = []rights.Renewal{{Filed: date("2020-05-01")}} // Renewed in the grace period.
	for _, on := range []string{"2020-03-13", "2020-04-01", "2020-05-01"} {
		ok, err := mark.InForce(date(on))
		fmt.Println(on, ok, err)
	}
	_, err := rights.Right{}.InForce(date("2020-01-01"))
	fmt.Println(errors.Is(err, rights.ErrInvalidRight))
	// Output:
	// 2020-03-13 true <nil>
	// 2020-04-01 false <nil>
	// 2020-05-01 true <nil>
	// true
}

// A patent takes effect on the announcement of its grant (Patent Law arts
// 39-40): before it, and without a grant on record, it is not in force,
// though its term counts from filing (art 42).
func ExampleRight_InForce_patentNotGranted() {
	application := exPatent
	application.Granted = calendar.Date{}
	ok, _ := application.InForce(date("2016-01-04"))
	end, _ := application.ProtectionEnd()
	fmt.Println("no grant:", ok, "term to", end)
	ok, _ = exPatent.InForce(date("2015-09-30"))
	fmt.Println("day before grant:", ok)
	ok, _ = exPatent.InForce(date("2015-10-01"))
	fmt.Println("grant day:", ok)
	// Output:
	// no grant: false term to 2025-02-28
	// day before grant: false
	// grant day: true
}

func ExampleRight_RenewalWindow() {
	w, ok := exMark.RenewalWindow()
	fmt.Println(w.Opens, w.Closes, w.GraceEnds, ok)
	// Output: 2029-03-13 2030-03-13 2030-09-13 true
}

func ExampleRight_Validate() {
	r := rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201720601862.9", Filed: date("2017-01-01"), Registered: date("2017-02-01")}
	err := r.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, rights.ErrInvalidRight))
	// Output:
	// rights: registered: does not apply to a patent-invention right: leave it out
	// rights: number "201720601862.9": kind digit says utility-model, which contradicts type patent-invention
	// true
}

func ExampleRight_Equal() {
	other := exMark
	other.Renewals = []rights.Renewal{{Filed: date("2019-06-01")}}
	fmt.Println(exMark.Equal(other))
	// Output: true
}

func ExampleRight_VoidAbInitio() {
	r := exPatent
	r.End = rights.End{Reason: rights.EndInvalidation, Date: date("2018-06-30")}
	end, _ := r.ProtectionEnd()
	fmt.Println(r.VoidAbInitio(), end)
	// Output: true 2018-06-29
}

func ExampleRight_PatentNumber() {
	n, err := exPatent.PatentNumber()
	fmt.Println(n.Granted(), n.Kind(), err)
	// Output: ZL201520123456.7 utility-model <nil>
}

func ExampleRight_TrademarkNumber() {
	n, err := exMark.TrademarkNumber()
	fmt.Println(n, err)
	// Output: 1234567 <nil>
}

func ExampleRight_MarshalJSON() {
	r := exPatent
	r.End = rights.End{Reason: rights.EndUnpaidFee, Date: date("2019-03-01")}
	data, err := json.Marshal(r)
	fmt.Println(string(data), err)
	// Output: {"type":"patent-utility-model","holder":"ACME Ltd","number":"201520123456.7","filed":"2015-03-01","granted":"2015-10-01","end":{"reason":"unpaid-annual-fee","date":"2019-03-01"}} <nil>
}

func ExampleRight_UnmarshalJSON() {
	var r rights.Right
	err := json.Unmarshal([]byte(`{"type":"trademark","holder":"ACME","number":"7654321","registered":"2020-02-29"}`), &r)
	end, _ := r.ProtectionEnd()
	fmt.Println(err, end)
	err = json.Unmarshal([]byte(`{"type":"trademark","Holder":"ACME"}`), &r)
	fmt.Println(err)
	// Output:
	// <nil> 2030-02-28
	// rights: right JSON: unknown key "Holder" (keys are lower case: type, holder, number, classes, filed, granted, registered, renewals, author_died, created, first_published, announced, term_adjustment, end, reason, date)
}

func ExampleRenewal() {
	r := rights.Right{Type: rights.OlympicSymbol, Holder: "BOCOG", Announced: date("2018-08-01"),
		Renewals: []rights.Renewal{{Filed: date("2028-01-15")}}}
	end, _ := r.ProtectionEnd()
	fmt.Println(end)
	// Output: 2038-07-31
}

// --- End ---

func ExampleEnd() {
	r := exMark
	r.Renewals = nil
	r.End = rights.End{Reason: rights.EndCancellation, Date: date("2016-05-20")}
	end, _ := r.ProtectionEnd()
	fmt.Println(end)
	// Output: 2016-05-19
}

func ExampleEnd_Equal() {
	surrendered := rights.End{Reason: rights.EndSurrender, Date: date("2022-03-01")}
	fmt.Println(surrendered.Equal(rights.End{Reason: rights.EndSurrender, Date: date("2022-03-01")}))
	fmt.Println(surrendered.Equal(rights.End{}), rights.End{}.Equal(exMark.End))
	// Output:
	// true
	// false true
}

func ExampleEnd_IsZero() {
	fmt.Println(rights.End{}.IsZero(), exPatent.End.IsZero())
	// Output: true true
}

func ExampleEndReason() {
	fmt.Println(rights.EndUnpaidFee, rights.EndSurrender, rights.EndInvalidation, rights.EndCancellation, rights.EndOther)
	// Output: unpaid-annual-fee surrender invalidation cancellation other
}

func ExampleEndReason_IsValid() {
	fmt.Println(rights.EndSurrender.IsValid(), rights.EndReasonUnknown.IsValid())
	// Output: true false
}

func ExampleEndReason_String() {
	fmt.Println(rights.EndReason(9))
	// Output: %!EndReason(9)
}

func ExampleEndReason_AppendText() {
	b, _ := rights.EndInvalidation.AppendText(nil)
	fmt.Println(string(b))
	// Output: invalidation
}

func ExampleEndReason_MarshalText() {
	b, err := rights.EndUnpaidFee.MarshalText()
	fmt.Println(string(b), err)
	// Output: unpaid-annual-fee <nil>
}

func ExampleEndReason_UnmarshalText() {
	var r rights.EndReason
	fmt.Println(r.UnmarshalText([]byte("Surrender")), r)
	// Output: <nil> surrender
}

// --- Conventions and Window ---

func ExampleConventions() {
	leap := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: date("2020-02-29")}
	for _, c := range []rights.Conventions{{}, {LeapDayFebruary28: true}} {
		end, _ := c.ProtectionEnd(leap)
		fmt.Printf("%+v: %s\n", c, end)
	}
	// Output:
	// {LeapDayFebruary28:false GraceInForce:false WindowOpensDayAfter:false BarReapplication:false}: 2030-02-28
	// {LeapDayFebruary28:true GraceInForce:false WindowOpensDayAfter:false BarReapplication:false}: 2030-02-27
}

func ExampleConventions_InForce() {
	mark := exMark
	mark.Renewals = []rights.Renewal{{Filed: date("2020-05-01")}}
	strict, _ := rights.Conventions{}.InForce(mark, date("2020-04-01"))
	lenient, _ := rights.Conventions{GraceInForce: true}.InForce(mark, date("2020-04-01"))
	fmt.Println(strict, lenient)
	// Output: false true
}

func ExampleConventions_ProtectionEnd() {
	end, ok := rights.Conventions{}.ProtectionEnd(exPatent)
	fmt.Println(end, ok)
	// Output: 2025-02-28 true
}

func ExampleConventions_RenewalWindow() {
	mark := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: date("2010-03-14")}
	w, _ := rights.Conventions{WindowOpensDayAfter: true}.RenewalWindow(mark)
	fmt.Println(w.Opens, w.Closes)
	// Output: 2019-03-14 2020-03-13
}

func ExampleWindow() {
	w, _ := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: date("2010-03-14")}.RenewalWindow()
	fmt.Printf("%s..%s, grace to %s\n", w.Opens, w.Closes, w.GraceEnds)
	// Output: 2019-03-13..2020-03-13, grace to 2020-09-13
}

func ExampleWindow_Contains() {
	w := rights.Window{Opens: date("2019-03-13"), Closes: date("2020-03-13"), GraceEnds: date("2020-09-13")}
	fmt.Println(w.Contains(date("2019-03-12")), w.Contains(date("2019-03-13")), w.Contains(date("2020-09-13")), w.Contains(date("2020-09-14")))
	// Output: false true true false
}

func ExampleWindow_Equal() {
	w, _ := exMark.RenewalWindow()
	fmt.Println(w.Equal(rights.Window{Opens: date("2029-03-13"), Closes: date("2030-03-13"), GraceEnds: date("2030-09-13")}))
	fmt.Println(w.Equal(rights.Window{}))
	// Output:
	// true
	// false
}

func ExampleWindow_InGrace() {
	w := rights.Window{Opens: date("2019-03-13"), Closes: date("2020-03-13"), GraceEnds: date("2020-09-13")}
	fmt.Println(w.InGrace(date("2020-03-13")), w.InGrace(date("2020-03-14")))
	// Output: false true
}

// --- Patent numbers ---

func ExampleParsePatentNumber() {
	for _, s := range []string{"201710601862.3", "ZL 97101765.4", "2017106018623", "201710601862.4"} {
		n, err := rights.ParsePatentNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n, n.Year(), n.Kind(), n.Serial())
	}
	// Output:
	// 201710601862.3 2017 invention 601862
	// 97101765.4 1997 invention 1765
	// rights: invalid patent number "2017106018623": missing the dot before the check character: write 201710601862.3
	// rights: invalid patent number "201710601862.4": check character 4 does not match the digits: a digit or the check character is wrong
}

func ExampleMustParsePatentNumber() {
	fmt.Println(rights.MustParsePatentNumber("cn201710601862.3"))
	// Output: 201710601862.3
}

func ExamplePatentNumber() {
	var zero rights.PatentNumber
	fmt.Printf("%q %t\n", zero.String(), zero.IsZero())
	// Output: "" true
}

func ExamplePatentNumber_IsZero() {
	fmt.Println(rights.MustParsePatentNumber("97101765.4").IsZero())
	// Output: false
}

func ExamplePatentNumber_Year() {
	fmt.Println(rights.MustParsePatentNumber("97101765.4").Year(), rights.MustParsePatentNumber("201710601862.3").Year())
	// Output: 1997 2017
}

func ExamplePatentNumber_Kind() {
	fmt.Println(rights.MustParsePatentNumber("201780001234.X").Kind())
	// Output: pct-invention
}

func ExamplePatentNumber_Serial() {
	fmt.Println(rights.MustParsePatentNumber("201710601862.3").Serial())
	// Output: 601862
}

func ExamplePatentNumber_String() {
	fmt.Println(rights.MustParsePatentNumber("zl201910100004.x").String())
	// Output: 201910100004.X
}

func ExamplePatentNumber_Granted() {
	fmt.Println(rights.MustParsePatentNumber("201710601862.3").Granted())
	// Output: ZL201710601862.3
}

func ExamplePatentNumber_Compare() {
	a, b := rights.MustParsePatentNumber("97101765.4"), rights.MustParsePatentNumber("201710601862.3")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	// Output: -1 1 0
}

func ExamplePatentNumber_Equal() {
	fmt.Println(rights.MustParsePatentNumber("ZL201710601862.3").Equal(rights.MustParsePatentNumber("201710601862.3")))
	// Output: true
}

func ExamplePatentNumber_AppendText() {
	b, _ := rights.MustParsePatentNumber("97101765.4").AppendText([]byte("CN"))
	fmt.Println(string(b))
	// Output: CN97101765.4
}

func ExamplePatentNumber_MarshalText() {
	b, err := json.Marshal([]rights.PatentNumber{rights.MustParsePatentNumber("ZL201710601862.3"), {}})
	fmt.Println(string(b), err)
	// Output: ["201710601862.3",""] <nil>
}

func ExamplePatentNumber_UnmarshalText() {
	var n rights.PatentNumber
	fmt.Println(n.UnmarshalText([]byte("ZL201710601862.3")), n)
	fmt.Println(errors.Is(n.UnmarshalText([]byte("201710601862")), rights.ErrInvalidNumber), n)
	// Output:
	// <nil> 201710601862.3
	// true 201710601862.3
}

func ExamplePatentKind() {
	fmt.Println(rights.PatentKindInvention, rights.PatentKindUtilityModel, rights.PatentKindDesign, rights.PatentKindPCTInvention, rights.PatentKindPCTUtilityModel)
	// Output: invention utility-model design pct-invention pct-utility-model
}

func ExamplePatentKind_Type() {
	fmt.Println(rights.PatentKindPCTUtilityModel.Type())
	// Output: patent-utility-model
}

func ExamplePatentKind_IsValid() {
	fmt.Println(rights.PatentKindDesign.IsValid(), rights.PatentKindUnknown.IsValid())
	// Output: true false
}

func ExamplePatentKind_String() {
	fmt.Println(rights.PatentKind(7))
	// Output: %!PatentKind(7)
}

func ExamplePatentKind_AppendText() {
	b, _ := rights.PatentKindDesign.AppendText(nil)
	fmt.Println(string(b))
	// Output: design
}

func ExamplePatentKind_MarshalText() {
	b, err := rights.PatentKindPCTInvention.MarshalText()
	fmt.Println(string(b), err)
	// Output: pct-invention <nil>
}

func ExamplePatentKind_UnmarshalText() {
	var k rights.PatentKind
	fmt.Println(k.UnmarshalText([]byte("Utility-Model")), k)
	// Output: <nil> utility-model
}

// --- Trademark numbers and Nice classes ---

func ExampleParseTrademarkNumber() {
	for _, s := range []string{"1234567", "0123", "12 345"} {
		n, err := rights.ParseTrademarkNumber(s)
		fmt.Println(n, err)
	}
	// Output:
	// 1234567 <nil>
	//  rights: invalid trademark number "0123": leading zero
	//  rights: invalid trademark number "12 345": want digits only
}

func ExampleNewTrademarkNumber() {
	n, err := rights.NewTrademarkNumber(7654321)
	fmt.Println(n, err)
	_, err = rights.NewTrademarkNumber(0)
	fmt.Println(err)
	// Output:
	// 7654321 <nil>
	// rights: invalid trademark number "0": out of range 1-999999999
}

func ExampleTrademarkNumber() {
	var zero rights.TrademarkNumber
	fmt.Printf("%q %t\n", zero.String(), zero.IsZero())
	// Output: "" true
}

func ExampleTrademarkNumber_IsZero() {
	n, _ := rights.ParseTrademarkNumber("1")
	fmt.Println(n.IsZero())
	// Output: false
}

func ExampleTrademarkNumber_Int() {
	n, _ := rights.ParseTrademarkNumber("1234567")
	fmt.Println(n.Int() + 1)
	// Output: 1234568
}

func ExampleTrademarkNumber_String() {
	n, _ := rights.ParseTrademarkNumber("98765")
	fmt.Println(n.String())
	// Output: 98765
}

func ExampleTrademarkNumber_Compare() {
	a, _ := rights.ParseTrademarkNumber("99")
	b, _ := rights.ParseTrademarkNumber("100")
	fmt.Println(a.Compare(b))
	// Output: -1
}

func ExampleTrademarkNumber_Equal() {
	a, _ := rights.ParseTrademarkNumber("100")
	b, _ := rights.NewTrademarkNumber(100)
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleTrademarkNumber_AppendText() {
	n, _ := rights.ParseTrademarkNumber("1234567")
	b, _ := n.AppendText([]byte("No. "))
	fmt.Println(string(b))
	// Output: No. 1234567
}

func ExampleTrademarkNumber_MarshalText() {
	n, _ := rights.ParseTrademarkNumber("1234567")
	b, err := json.Marshal(n)
	fmt.Println(string(b), err)
	// Output: "1234567" <nil>
}

func ExampleTrademarkNumber_UnmarshalText() {
	var n rights.TrademarkNumber
	fmt.Println(n.UnmarshalText([]byte("1234567")), n)
	// Output: <nil> 1234567
}

func ExampleParseNiceClass() {
	for _, s := range []string{"25", "05", "46"} {
		c, err := rights.ParseNiceClass(s)
		fmt.Println(c, err)
	}
	// Output:
	// 25 <nil>
	// 5 <nil>
	// %!NiceClass(0) rights: invalid nice class "46": out of range 1-45
}

func ExampleNiceClass() {
	fmt.Println(rights.MinNiceClass, rights.MaxNiceClass)
	// Output: 1 45
}

func ExampleNiceClass_Compare() {
	classes := []rights.NiceClass{25, 3, 18}
	slices.SortFunc(classes, rights.NiceClass.Compare)
	fmt.Println(classes, rights.NiceClass(25).Compare(3))
	// Output: [3 18 25] 1
}

func ExampleNiceClass_Equal() {
	c, _ := rights.ParseNiceClass("05")
	fmt.Println(c.Equal(5), c.Equal(25))
	// Output: true false
}

func ExampleNiceClass_IsValid() {
	fmt.Println(rights.NiceClass(45).IsValid(), rights.NiceClass(46).IsValid())
	// Output: true false
}

func ExampleNiceClass_String() {
	fmt.Println(rights.NiceClass(9), rights.NiceClass(0))
	// Output: 9 %!NiceClass(0)
}

func ExampleNiceClass_AppendText() {
	b, _ := rights.NiceClass(25).AppendText([]byte("class "))
	fmt.Println(string(b))
	// Output: class 25
}

func ExampleNiceClass_MarshalText() {
	b, err := json.Marshal([]rights.NiceClass{3, 25})
	fmt.Println(string(b), err)
	// Output: ["3","25"] <nil>
}

func ExampleNiceClass_UnmarshalText() {
	var c rights.NiceClass
	fmt.Println(c.UnmarshalText([]byte("09")), c)
	// Output: <nil> 9
}
