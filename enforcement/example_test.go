package enforcement_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// The fixtures (exFacts, exCase, exDay, ...) are in example_case_test.go.

// exSuspended is the ex officio case of Example_exOfficio after the
// notice served on Friday 2024-02-09: the holder has until 2024-02-20.
func exSuspended() enforcement.Case {
	return exCase(exFacts(enforcement.ExOfficio, "150000.00"),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")})
}

// exDetained is the same case once the holder applied with the 75,000.00
// bond on 2024-02-19 and customs detained the goods on 2024-02-21.
func exDetained() enforcement.Case {
	return exCase(exFacts(enforcement.ExOfficio, "150000.00"),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21")})
}

// exApplied is an upon-application case for goods worth 87,654.32 whose
// holder applied on 2024-09-09, posting bond.
func exApplied(bond string) enforcement.Case {
	return exCase(exFacts(enforcement.UponApplication, "87654.32"),
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-09-09"), Amount: exMoney(bond)})
}

// --- Functions ---

// A case opens in state opened, and what may happen first depends on its
// route: customs' notice ex officio (Regs art 16), the holder's
// application otherwise (Regs art 12).
func ExampleNewCase() {
	for _, track := range []enforcement.Track{enforcement.ExOfficio, enforcement.UponApplication} {
		c, err := enforcement.NewCase(exFacts(track, "30000.00"), exRules())
		fmt.Println(track, c.State(), c.Permitted(), err)
	}
	// Output:
	// ex-officio opened [notice-served] <nil>
	// upon-application opened [holder-applied] <nil>
}

// Facts that contradict the law are refused, every problem at once:
// customs acts ex officio only for a recorded right (Regs art 16;
// R-REC-1), and a bond is measured against a value (Measures art 39).
func ExampleNewCase_invalid() {
	f := exFacts(enforcement.ExOfficio, "30000.00")
	f.Recordations = nil
	f.Goods.DeclaredValue = decimal.Zero
	_, err := enforcement.NewCase(f, exRules())
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidCase))
	// Output:
	// enforcement: recordations: required in the ex officio route: customs acts on its own initiative only for a right recorded with GACC (Regs art 16; R-REC-1)
	// enforcement: goods.declared_value "0": required: the goods' value, declared or assessed, which bonds are measured against (Measures art 39)
	// true
}

// A case is the fold of its history: Replay rebuilds it from the facts,
// the rules and the events, as a store of cases would.
func ExampleReplay() {
	events := exDetained().Events()
	c, err := enforcement.Replay(exFacts(enforcement.ExOfficio, "150000.00"), exRules(), events)
	fmt.Println(c.State(), c.Len(), err)
	fmt.Println(c.Equal(exDetained()))

	// A history the law does not allow does not replay: detention before
	// the holder applied and posted a bond (Regs art 16).
	early := enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-19")}
	_, err = enforcement.Replay(exFacts(enforcement.ExOfficio, "150000.00"), exRules(), []enforcement.Event{events[0], early})
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidCase), errors.Is(err, enforcement.ErrInvalidTransition))
	// Output:
	// under-investigation 3 <nil>
	// true
	// enforcement: events[1]: detention on 2024-02-19 not allowed in state suspended (permitted: holder-applied, holder-declined, police-transfer)
	// true true
}

// ParseCase reads a stored case on the calendar the caller supplies and
// replays its history.
func ExampleParseCase() {
	data, err := json.Marshal(exDetained())
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := enforcement.ParseCase(data, calendar.China())
	fmt.Println(c.State(), err)
	fmt.Println(c.Equal(exDetained()))
	// Output:
	// under-investigation <nil>
	// true
}

// The worked examples of the domain brief. Ex officio (Measures art 23;
// R-EXO-4): below 20,000 the value itself; from 20,000 to 200,000 half
// the value, not less than 20,000, rounded half-up to the fen; above
// 200,000 a flat 100,000. Upon application (Regs art 14; R-APP-2): the
// value.
func ExampleRequiredBond() {
	for _, tc := range []struct {
		track enforcement.Track
		value string
	}{
		{enforcement.ExOfficio, "15000.00"},
		{enforcement.ExOfficio, "30000.00"},
		{enforcement.ExOfficio, "45000.01"},
		{enforcement.ExOfficio, "150000.00"},
		{enforcement.ExOfficio, "200000.00"},
		{enforcement.ExOfficio, "200000.01"},
		{enforcement.UponApplication, "87654.32"},
	} {
		bond, err := enforcement.RequiredBond(tc.track, exMoney(tc.value))
		fmt.Printf("%-16s %10s -> %9s %v\n", tc.track, tc.value, bond.StringFixed(2), err)
	}
	_, err := enforcement.RequiredBond(enforcement.ExOfficio, exMoney("100.005"))
	fmt.Println(err, errors.Is(err, enforcement.ErrInvalidAmount))
	// Output:
	// ex-officio         15000.00 ->  15000.00 <nil>
	// ex-officio         30000.00 ->  20000.00 <nil>
	// ex-officio         45000.01 ->  22500.01 <nil>
	// ex-officio        150000.00 ->  75000.00 <nil>
	// ex-officio        200000.00 -> 100000.00 <nil>
	// ex-officio        200000.01 -> 100000.00 <nil>
	// upon-application   87654.32 ->  87654.32 <nil>
	// enforcement: goods_value "100.005": more than 2 decimal places: an amount of money is in whole fen true
}

// The law's periods (Regs arts 16, 20, 24) and the library's default
// cut-off for acts in person (Measures art 41).
func ExampleDefaultRules() {
	r := enforcement.DefaultRules(calendar.China())
	fmt.Println("reply:", r.Reply)
	fmt.Println("investigation:", r.Investigation)
	fmt.Println("court notice:", r.CourtNotice)
	fmt.Println("ex officio court notice:", r.ExOfficioCourtNotice)
	fmt.Println("office closes:", r.OfficeCloses)
	// Output:
	// reply: 3 working days from the day after the trigger
	// investigation: 30 working days from the day after the trigger
	// court notice: 20 working days from the day after the trigger
	// ex officio court notice: 50 working days from the day after the trigger
	// office closes: 17h0m0s
}

// Graph also draws the table for Graphviz; Example_graph shows the
// Mermaid form in full.
func ExampleGraph() {
	g, err := enforcement.Graph(enforcement.DOT)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(g, "\n") {
		if strings.Contains(line, "confiscat") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	_, err = enforcement.Graph(enforcement.GraphFormatUnknown)
	fmt.Println(errors.Is(err, enforcement.ErrUnknownCode))
	// Output:
	// confiscated;
	// determined -> confiscated [label="confiscation"];
	// announced -> confiscated [label="confiscation"];
	// confiscated -> disposed [label="disposal-completed (lawful route)"];
	// true
}

func ExampleStates() {
	var composite []enforcement.State
	for _, s := range enforcement.States() {
		if s.IsComposite() {
			composite = append(composite, s)
		}
	}
	fmt.Println(len(enforcement.States()), enforcement.States()[0], composite)
	// Output: 25 opened [detained released]
}

func ExampleEventKinds() {
	fmt.Println(enforcement.EventKinds())
	// Output: [notice-served holder-applied holder-declined bond-posted detention rejection receipt-served investigation-result court-notice counter-guarantee evidence-accepted withdrawal confiscation police-transfer lapse beyond-personal-use within-personal-use abandonment announcement disposal-completed]
}

// --- Case ---

// A Case is an immutable value: Apply returns a new case and leaves the
// receiver as it was.
func ExampleCase() {
	before := exSuspended()
	after, err := before.Apply(enforcement.Event{Kind: enforcement.HolderDeclined, Date: exDay("2024-02-19")})
	fmt.Println(before.State(), "->", after.State(), err)
	fmt.Println(before.Len(), after.Len())
	// Output:
	// suspended -> released-holder-declined <nil>
	// 1 2
}

// The holder replies on the last day of its 3 working days (Regs art 16;
// R-EXO-2), with a bond that covers half the value (R-EXO-4).
func ExampleCase_Apply() {
	c, err := exSuspended().Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-20"), Amount: exMoney("75000.00")})
	fmt.Println(c.State(), err)
	// Output: applied <nil>
}

// Customs detains only once the bond covers the required amount (Regs art
// 14; R-APP-2): a refused event returns the case unchanged and a
// *TransitionError citing the rule.
func ExampleCase_Apply_refused() {
	c := exApplied("50000.00")
	same, err := c.Apply(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-09-10")})
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidTransition), same.Equal(c))
	// Output:
	// enforcement: detention on 2024-09-10 refused in state applied: the bond posted, 50000.00, is less than the 87654.32 required for goods worth 87654.32 (Regs art 14; Measures art 16; R-APP-2)
	// true true
}

// An event with no row in the table for the case's state is not allowed
// at all: goods are confiscated only once found infringing (Regs art 27).
// The error lists what the state permits instead: while suspended, the
// holder's reply (Regs art 16; Measures art 22) or a transfer to the
// police (Regs art 26).
func ExampleCase_Apply_notAllowed() {
	_, err := exSuspended().Apply(enforcement.Event{Kind: enforcement.Confiscation, Date: exDay("2024-02-12")})
	fmt.Println(err)
	var te *enforcement.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Permitted, len(te.Unmet))
	}
	// Output:
	// enforcement: confiscation on 2024-02-12 not allowed in state suspended (permitted: holder-applied, holder-declined, police-transfer)
	// [holder-applied holder-declined police-transfer] 0
}

// The reply period's last day is 2024-02-20: advanced to that day, the
// case has not lapsed; advanced to the next, the law released the goods
// (Regs art 16; R-EXO-3). Advancing again changes nothing.
func ExampleCase_Advance() {
	c := exSuspended()
	for _, asOf := range []string{"2024-02-20", "2024-02-21", "2024-03-01"} {
		var lapses []enforcement.Event
		var err error
		c, lapses, err = c.Advance(exDay(asOf))
		fmt.Println(asOf, c.State(), lapses, err)
	}
	// Output:
	// 2024-02-20 suspended [] <nil>
	// 2024-02-21 released-no-application [2024-02-21 lapse reply] <nil>
	// 2024-03-01 released-no-application [] <nil>
}

// The holder's reply period after a notice served on Friday 2024-02-09,
// the eve of the Spring Festival: 3 working days from the day after
// service, that is 18 (a working Sunday), 19 and 20 February (Regs art
// 16; Measures art 41; R-EXO-2).
func ExampleCase_Deadlines() {
	ds, err := exSuspended().Deadlines()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := ds[0]
	fmt.Println(d.Kind, d.Actor, d.Trigger, "->", d.LastDay)
	fmt.Println("post or bank:", d.Ends.Format(time.RFC3339))
	fmt.Println("in person:", d.InPerson.Format(time.RFC3339))
	fmt.Println("lapse:", d.Lapse, "on", d.LapsesOn())
	fmt.Println(d.Kind.Consequence())
	// Output:
	// reply holder 2024-02-09 -> 2024-02-20
	// post or bank: 2024-02-21T00:00:00+08:00
	// in person: 2024-02-20T17:00:00+08:00
	// lapse: released-no-application on 2024-02-21
	// customs must not detain: the goods are released (Regs art 16; R-EXO-3)
}

// While the bond falls short of the required amount, customs cannot
// detain, and the reply period still runs (Regs art 16; R-EXO-3, R-EXO-4).
// Once the holder applied, customs may also reject an application that
// does not meet Regs art 13, and the goods are released (Regs art 16).
func ExampleCase_Permitted() {
	c := exSuspended()
	fmt.Println(c.State(), c.Permitted())
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("20000.00")})
	fmt.Println(c.State(), c.Permitted())
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-20"), Amount: exMoney("55000.00")})
	fmt.Println(c.State(), c.Permitted())
	// Output:
	// suspended [holder-applied holder-declined police-transfer]
	// applied [bond-posted rejection withdrawal police-transfer]
	// applied [bond-posted detention rejection withdrawal police-transfer]
}

// A case is always in a leaf state; State.In asks about the composite
// ones.
func ExampleCase_State() {
	s := exDetained().State()
	fmt.Println(s, s.In(enforcement.Detained), s.In(enforcement.Released))
	// Output: under-investigation true false
}

// When customs cannot determine infringement (Regs art 20; R-EXO-6), the
// holder has until the 50th working day after detention to bring a
// court's notice (Regs art 24(2); R-EXO-7).
func ExampleCase_Result() {
	c := exDetained()
	r, on := c.Result()
	fmt.Println(r, on.IsZero())
	c, err := c.Apply(enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-03-29"), Result: enforcement.Undetermined})
	r, on = c.Result()
	fmt.Println(r, on, c.State(), err)
	exPrintDeadlines(c)
	// Output:
	// %!Result(0) true
	// undetermined 2024-03-29 awaiting-court <nil>
	// ex-officio-court-notice: holder, 50 working days from the day after the trigger, last day 2024-05-06 Monday
}

// The date of a confiscation is the day the decision was served on the
// consignee; it stays recorded once the goods are disposed of.
func ExampleCase_ConfiscationServed() {
	c := exCase(exFacts(enforcement.ExOfficio, "150000.00"),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21")},
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: enforcement.Infringing})
	_, ok := c.ConfiscationServed()
	fmt.Println(c.State(), ok)
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.Confiscation, Date: exDay("2024-04-10")})
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.DisposalCompleted, Date: exDay("2024-06-03"), Route: enforcement.PublicWelfare})
	on, ok := c.ConfiscationServed()
	fmt.Println(c.State(), on, ok)
	// Output:
	// determined false
	// disposed 2024-04-10 true
}

// The holder pays storage of confiscated goods for at most 3 calendar
// months from the day after service of the decision (Measures (2009
// numbering) art 34; R-FEE-3), counted by Civil Code art 202: a month
// without the day ends on its last day, and the cap is not moved off a
// rest day. The input of storagecost's Confiscation.Cap.
func ExampleCase_FeeCap() {
	detained := []enforcement.Event{
		{Kind: enforcement.NoticeServed, Date: exDay("2024-01-08")},
		{Kind: enforcement.HolderApplied, Date: exDay("2024-01-09"), Amount: exMoney("75000.00")},
		{Kind: enforcement.Detention, Date: exDay("2024-01-10")},
		{Kind: enforcement.InvestigationResult, Date: exDay("2024-01-30"), Result: enforcement.Infringing},
	}
	c := exCase(exFacts(enforcement.ExOfficio, "150000.00"), detained...)
	_, ok, err := c.FeeCap()
	fmt.Println(c.State(), ok, err)
	for _, served := range []string{"2024-01-31", "2024-11-30", "2024-03-30"} {
		c := exCase(exFacts(enforcement.ExOfficio, "150000.00"), append(detained,
			enforcement.Event{Kind: enforcement.Confiscation, Date: exDay(served)})...)
		last, ok, err := c.FeeCap()
		fmt.Println(served, "->", last, last.Weekday(), ok, err)
	}
	// Output:
	// determined false <nil>
	// 2024-01-31 -> 2024-04-30 Tuesday true <nil>
	// 2024-11-30 -> 2025-02-28 Friday true <nil>
	// 2024-03-30 -> 2024-06-30 Sunday true <nil>
}

func ExampleCase_Detained() {
	_, ok := exSuspended().Detained()
	fmt.Println(ok)
	on, ok := exDetained().Detained()
	fmt.Println(on, ok)
	// Output:
	// false
	// 2024-02-21 true
}

// Bonds add up: the application's and any posted after it.
func ExampleCase_BondPosted() {
	c := exSuspended()
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("20000.00")})
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-20"), Amount: exMoney("55000.00")})
	fmt.Println(c.BondPosted().StringFixed(2), "of", c.RequiredBond().StringFixed(2))
	// Output: 75000.00 of 75000.00
}

// The bond is measured against the value customs determined, when it has
// determined one (Measures arts 23, 39): half of 180,000.00, not of the
// 150,000.00 declared.
func ExampleCase_RequiredBond() {
	f := exFacts(enforcement.ExOfficio, "150000.00")
	fmt.Println(exCase(f).RequiredBond().StringFixed(2))
	f.Goods.AssessedValue = exMoney("180000.00")
	fmt.Println(exCase(f).RequiredBond().StringFixed(2))
	// Output:
	// 75000.00
	// 90000.00
}

// Events returns a copy: changing it does not change the case.
func ExampleCase_Events() {
	c := exDetained()
	events := c.Events()
	for _, ev := range events {
		fmt.Println(ev)
	}
	events[0].Date = exDay("2020-01-01")
	fmt.Println(c.Events()[0].Date)
	// Output:
	// 2024-02-09 notice-served
	// 2024-02-19 holder-applied 75000.00
	// 2024-02-21 detention
	// 2024-02-09
}

func ExampleCase_Facts() {
	f := exDetained().Facts()
	fmt.Println(f.Track, f.Rights[0].Type, f.Rights[0].Number, f.Goods.Description, f.Port, f.Direction)
	// Output: ex-officio trademark 1234567 sports shoes Shanghai Pudong export
}

// A case keeps its rules with the defaults filled in; a customs office
// whose hours end at 17:30 moves the in-person cut-off (Measures art 41).
func ExampleCase_Rules() {
	fmt.Println(exSuspended().Rules().Reply)
	r := enforcement.Rules{Calendar: calendar.China(), OfficeCloses: 17*time.Hour + 30*time.Minute}
	c, _ := enforcement.NewCase(exFacts(enforcement.ExOfficio, "150000.00"), r)
	c, _ = c.Apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")})
	ds, _ := c.Deadlines()
	fmt.Println(c.Rules().OfficeCloses, ds[0].InPerson.Format(time.RFC3339))
	// Output:
	// 3 working days from the day after the trigger
	// 17h30m0s 2024-02-20T17:30:00+08:00
}

func ExampleCase_Equal() {
	a, b := exDetained(), exDetained()
	fmt.Println(a.Equal(b), a.Equal(exSuspended()))
	// Output: true false
}

func ExampleCase_ID() {
	fmt.Println(exSuspended().ID())
	// Output: 6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11
}

func ExampleCase_Track() {
	fmt.Println(exSuspended().Track(), exApplied("87654.32").Track())
	// Output: ex-officio upon-application
}

func ExampleCase_Len() {
	fmt.Println(exCase(exFacts(enforcement.ExOfficio, "150000.00")).Len(), exSuspended().Len(), exDetained().Len())
	// Output: 0 1 3
}

// The JSON form: the schema version, the facts, the rules without the
// calendar, the history and, for human readers, the state.
func ExampleCase_MarshalJSON() {
	data, err := json.Marshal(exApplied("87654.32"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	_ = json.Indent(&out, data, "", "  ")
	fmt.Println(out.String())
	// Output:
	// {
	//   "schema": 1,
	//   "id": "6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11",
	//   "track": "upon-application",
	//   "rights": [
	//     {
	//       "type": "trademark",
	//       "holder": "ACME Ltd",
	//       "number": "1234567",
	//       "classes": [
	//         "25"
	//       ],
	//       "registered": "2015-03-07"
	//     }
	//   ],
	//   "goods": {
	//     "description": "sports shoes",
	//     "quantity": "1200",
	//     "unit": "pairs",
	//     "declared_value": "87654.32"
	//   },
	//   "holder": {
	//     "name": "ACME Ltd"
	//   },
	//   "consignee": {
	//     "name": "X Trading Co., Ltd.",
	//     "identifier": "91310000MA1K000000"
	//   },
	//   "port": "Shanghai Pudong",
	//   "direction": "export",
	//   "channel": "cargo",
	//   "rules": {
	//     "reply": {
	//       "count": 3,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "investigation": {
	//       "count": 30,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "court_notice": {
	//       "count": 20,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "ex_officio_court_notice": {
	//       "count": 50,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "counter_guarantee_suit": {
	//       "count": 30,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "preservation": {
	//       "count": 20,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "fee_payment": {
	//       "count": 10,
	//       "unit": "working-days",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "fee_cap": {
	//       "count": 3,
	//       "unit": "months",
	//       "start": "next-day",
	//       "roll": "none"
	//     },
	//     "announcement": {
	//       "count": 3,
	//       "unit": "months",
	//       "start": "next-day",
	//       "roll": "forward"
	//     },
	//     "office_closes": "17:00"
	//   },
	//   "events": [
	//     {
	//       "kind": "holder-applied",
	//       "date": "2024-09-09",
	//       "amount": "87654.32"
	//     }
	//   ],
	//   "state": "applied"
	// }
}

// A stored case loads to the state its history reaches; a recorded state
// that contradicts the history is refused.
func ExampleCase_UnmarshalJSON() {
	data, _ := json.Marshal(exApplied("87654.32"))
	var c enforcement.Case
	err := json.Unmarshal(data, &c)
	fmt.Println(c.State(), err)

	data = bytes.Replace(data, []byte(`"state":"applied"`), []byte(`"state":"awaiting-court"`), 1)
	err = json.Unmarshal(data, &c)
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidCase), c.State())
	// Output:
	// applied <nil>
	// enforcement: state "awaiting-court": the history leads to applied: a case is the fold of its events
	// true applied
}

// --- Event ---

// An event carries only the facts its kind needs: a bond for an
// application, a result for an investigation, the period for a lapse.
func ExampleEvent() {
	for _, ev := range []enforcement.Event{
		{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000")},
		{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: enforcement.NotInfringing},
		{Kind: enforcement.Lapse, Date: exDay("2024-02-21"), Deadline: enforcement.ReplyPeriod},
	} {
		fmt.Println(ev, ev.Validate())
	}
	// Output:
	// 2024-02-19 holder-applied 75000.00 <nil>
	// 2024-04-01 investigation-result not-infringing <nil>
	// 2024-02-21 lapse reply <nil>
}

// Fields a kind does not use must be left zero: a detention carries
// neither a bond nor a result.
func ExampleEvent_Validate() {
	ev := enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21"), Amount: exMoney("10"), Result: enforcement.Infringing}
	err := ev.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidEvent))
	// Output:
	// enforcement: amount "10": an event of kind detention carries no amount
	// enforcement: result "infringing": an event of kind detention carries no result
	// true
}

// Amounts compare by value.
// A decision on personal use gives its reasons (Penalty Regs art 64;
// R-PER-2), and a completed disposal its route (Regs art 27; R-DIS-1);
// no other event carries a route.
func ExampleEvent_Validate_newKinds() {
	for _, ev := range []enforcement.Event{
		{Kind: enforcement.BeyondPersonalUse, Date: exDay("2024-05-06")},
		{Kind: enforcement.DisposalCompleted, Date: exDay("2024-06-03")},
		{Kind: enforcement.Confiscation, Date: exDay("2024-04-10"), Route: enforcement.Destruction},
		{Kind: enforcement.DisposalCompleted, Date: exDay("2024-06-03"), Route: enforcement.SaleToHolder},
	} {
		fmt.Println(ev, "->", ev.Validate())
	}
	// Output:
	// 2024-05-06 beyond-personal-use -> enforcement: note: required: the reasons for the decision — own use or gifts, not for sale or rent; a quantity reasonable for the person's circumstances, the purpose of the journey and the length of stay (Regs art 31; Penalty Regs art 64; R-PER-2)
	// 2024-06-03 disposal-completed %!Route(0) -> enforcement: route: required: public-welfare, sale-to-holder, auction or destruction (Regs art 27; R-DIS-1)
	// 2024-04-10 confiscation -> enforcement: route "destruction": an event of kind confiscation carries no route
	// 2024-06-03 disposal-completed sale-to-holder -> <nil>
}

func ExampleEvent_Equal() {
	a := enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-20"), Amount: exMoney("55000")}
	b := enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-20"), Amount: exMoney("55000.00")}
	fmt.Println(a.Equal(b), a.Equal(enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-21"), Amount: exMoney("55000")}))
	// Output: true false
}

func ExampleEvent_String() {
	fmt.Println(enforcement.Event{Kind: enforcement.CounterGuarantee, Date: exDay("2024-03-12"), Amount: exMoney("48000")})
	fmt.Println(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21"), Reference: "SHPD-2024-0042"})
	// Output:
	// 2024-03-12 counter-guarantee 48000.00
	// 2024-02-21 detention
}

func ExampleEvent_MarshalJSON() {
	data, err := json.Marshal(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000")})
	fmt.Println(string(data), err)
	_, err = json.Marshal(enforcement.Event{Kind: enforcement.Lapse, Date: exDay("2024-02-21")})
	fmt.Println(errors.Is(err, enforcement.ErrInvalidEvent))
	// Output:
	// {"kind":"holder-applied","date":"2024-02-19","amount":"75000.00"} <nil>
	// true
}

// Decoding is strict: an unknown key is refused, not ignored.
func ExampleEvent_UnmarshalJSON() {
	var ev enforcement.Event
	err := json.Unmarshal([]byte(`{"kind":"investigation-result","date":"2024-04-01","result":"infringing"}`), &ev)
	fmt.Println(ev, err)
	err = json.Unmarshal([]byte(`{"kind":"detention","date":"2024-02-21","amout":"10.00"}`), &ev)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidEvent), ev)
	// Output:
	// 2024-04-01 investigation-result infringing <nil>
	// true 2024-04-01 investigation-result infringing
}

// --- Facts, Goods, Party ---

// Validate reports every problem at once. Only the holder applies for
// protection (Regs arts 4, 13): a right held by someone else does not
// belong in the case.
func ExampleFacts_Validate() {
	f := exFacts(enforcement.UponApplication, "30000.00")
	f.Holder.Name = "ACME Trading"
	f.Port = ""
	fmt.Println(f.Validate())
	// Output:
	// enforcement: rights[0].holder "ACME Ltd": not the case's holder "ACME Trading": only the holder applies for protection (Regs arts 4, 13)
	// enforcement: port: required
}

func ExampleFacts_Equal() {
	f, g := exFacts(enforcement.ExOfficio, "30000"), exFacts(enforcement.ExOfficio, "30000.00")
	fmt.Println(f.Equal(g))
	g.Direction = enforcement.Import
	fmt.Println(f.Equal(g))
	// Output:
	// true
	// false
}

// Customs measures bonds against the value it determines from the
// transaction price, else the declared value (Measures art 39).
func ExampleGoods_Value() {
	g := enforcement.Goods{DeclaredValue: exMoney("30000.00")}
	fmt.Println(g.Value().StringFixed(2))
	g.AssessedValue = exMoney("32500.00")
	fmt.Println(g.Value().StringFixed(2))
	// Output:
	// 30000.00
	// 32500.00
}

func ExampleGoods_Equal() {
	g := enforcement.Goods{Description: "shoes", Quantity: exMoney("1200"), Unit: "pairs", DeclaredValue: exMoney("30000")}
	h := g
	h.Quantity = exMoney("1200.000")
	fmt.Println(g.Equal(h))
	// Output: true
}

func ExampleParty_IsZero() {
	fmt.Println(enforcement.Party{}.IsZero(), enforcement.Party{Name: "ACME Ltd"}.IsZero())
	// Output: true false
}

// --- Rules ---

// There is no default calendar: a deadline on the wrong calendar is wrong
// around every holiday.
func ExampleRules_Validate() {
	err := enforcement.Rules{OfficeCloses: 25 * time.Hour}.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, enforcement.ErrInvalidRules))
	fmt.Println(enforcement.Rules{Calendar: calendar.China()}.Validate())
	// Output:
	// enforcement: calendar: required: the working-day calendar, such as calendar.China()
	// enforcement: office_closes "25h0m0s": want whole minutes from 0 to 24h (Measures art 41)
	// true
	// <nil>
}

// Zero fields mean the defaults, so rules that spell the defaults out are
// equal to rules that leave them zero.
func ExampleRules_Equal() {
	r := enforcement.Rules{Calendar: calendar.China()}
	fmt.Println(r.Equal(enforcement.DefaultRules(calendar.China())))
	r.CourtNotice = calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}
	fmt.Println(r.Equal(enforcement.DefaultRules(calendar.China())))
	// Output:
	// true
	// false
}

// --- Deadline ---

func ExampleDeadline_IsZero() {
	var te enforcement.TransitionError
	fmt.Println(te.Lapsed.IsZero())
	// Output: true
}

// The investigation period's lapse changes nothing by itself (Regs art
// 20; R-EXO-6): it has no lapse day. The 50 working days of Regs art
// 24(2) do.
func ExampleDeadline_LapsesOn() {
	ds, _ := exDetained().Deadlines()
	for _, d := range ds {
		fmt.Println(d.Kind, d.LastDay, d.LapsesOn().IsZero(), d.LapsesOn())
	}
	// Output:
	// investigation 2024-04-03 true 0000-00-00
	// ex-officio-court-notice 2024-05-06 false 2024-05-07
}

func ExampleDeadline_String() {
	ds, _ := exSuspended().Deadlines()
	fmt.Println(ds[0])
	// Output: holder: apply for detention and post a bond covering the required amount by 2024-02-20 (Regs art 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2)
}

// Deadlines are the same if they name the same period, days and instants:
// Equal compares the instants, == their locations too.
func ExampleDeadline_Equal() {
	ds, _ := exSuspended().Deadlines()
	d := ds[0]
	utc := d
	utc.Ends, utc.InPerson = d.Ends.UTC(), d.InPerson.UTC()
	fmt.Println(d.Ends.Format(time.RFC3339), utc.Ends.Format(time.RFC3339))
	fmt.Println(d == utc, d.Equal(utc))
	later := d
	later.LastDay = d.LastDay.AddDays(1)
	fmt.Println(d.Equal(later))
	// Output:
	// 2024-02-21T00:00:00+08:00 2024-02-20T16:00:00Z
	// false true
	// false
}

// A case system serving deadlines writes them as JSON: codes, words, days
// and instants in China Standard Time. The reply period of the ex officio
// notice served on 2024-02-09 (Regs art 16; R-EXO-2):
func ExampleDeadline_MarshalJSON() {
	ds, _ := exSuspended().Deadlines()
	b, err := json.MarshalIndent(ds[0], "", "  ")
	fmt.Println(string(b), err)
	// Output:
	// {
	//   "kind": "reply",
	//   "actor": "holder",
	//   "act": "apply for detention and post a bond covering the required amount",
	//   "article": "Regs art 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2",
	//   "consequence": "customs must not detain: the goods are released (Regs art 16; R-EXO-3)",
	//   "period": {
	//     "count": 3,
	//     "unit": "working-days",
	//     "start": "next-day",
	//     "roll": "forward"
	//   },
	//   "trigger": "2024-02-09",
	//   "last_day": "2024-02-20",
	//   "ends": "2024-02-21T00:00:00+08:00",
	//   "in_person": "2024-02-20T17:00:00+08:00",
	//   "lapse": "released-no-application"
	// } <nil>
}

// A deadline read back is one this package computes: the actor, the words
// and the lapse must be those of its kind.
func ExampleDeadline_UnmarshalJSON() {
	ds, _ := exSuspended().Deadlines()
	b, _ := json.Marshal(ds[0])
	var d enforcement.Deadline
	fmt.Println(json.Unmarshal(b, &d), d.Equal(ds[0]))

	forged := bytes.Replace(b, []byte(`"actor":"holder"`), []byte(`"actor":"customs"`), 1)
	fmt.Println(json.Unmarshal(forged, &d))
	// Output:
	// <nil> true
	// enforcement: actor "customs": the reply period's actor is holder
}

// Deadlines order by last day, then by kind. After a detention on
// Wednesday 2024-02-21, the 30 working days of the investigation end on
// 2024-04-03, before the 50 of Regs art 24(2) on 2024-05-06. With the
// investigation set to 50 working days too (Rules), both end on
// 2024-05-06, and the investigation, the earlier kind, comes first.
func ExampleDeadline_Compare() {
	ds, _ := exDetained().Deadlines()
	inv, court := ds[0], ds[1]
	fmt.Println(inv.Kind, inv.LastDay, court.Kind, court.LastDay)
	fmt.Println(inv.Compare(court), court.Compare(inv), inv.Compare(inv))

	rules := exRules()
	rules.Investigation = calendar.Period{Count: 50, Unit: calendar.UnitWorkingDays}
	c, err := enforcement.Replay(exFacts(enforcement.ExOfficio, "150000.00"), rules, exDetained().Events())
	if err != nil {
		fmt.Println(err)
		return
	}
	ds, _ = c.Deadlines()
	inv, court = ds[0], ds[1]
	fmt.Println(inv.Kind, inv.LastDay, court.Kind, court.LastDay)
	fmt.Println(inv.Compare(court), court.Compare(inv))
	// Output:
	// investigation 2024-04-03 ex-officio-court-notice 2024-05-06
	// -1 1 0
	// investigation 2024-05-06 ex-officio-court-notice 2024-05-06
	// -1 1
}

// --- Errors ---

// A *TransitionError carries the state, the event and every unmet
// condition; a late act also names the period that lapsed.
func ExampleTransitionError() {
	_, err := exApplied("50000.00").Apply(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-09-10")})
	var te *enforcement.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.From, te.Event, te.Date, len(te.Unmet), errors.Is(err, enforcement.ErrDeadlinePassed))
	}
	// Output: applied detention 2024-09-10 1 false
}

func ExampleFieldError() {
	err := enforcement.Event{Kind: enforcement.BondPosted, Date: exDay("2024-02-20"), Amount: exMoney("-5")}.Validate()
	var fe *enforcement.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("field %s, value %s: %s\n", fe.Field, fe.Value, fe.Reason)
	}
	// Output: field amount, value -5: negative
}

func ExampleFieldErrors() {
	err := enforcement.Facts{}.Validate()
	var list enforcement.FieldErrors
	if errors.As(err, &list) {
		for _, fe := range list[:4] {
			fmt.Println(fe.Field)
		}
	}
	// Output:
	// id
	// track
	// rights
	// goods.description
}

func ExampleCodeError() {
	var s enforcement.State
	err := s.UnmarshalText([]byte("seized"))
	var ce *enforcement.CodeError
	if errors.As(err, &ce) {
		fmt.Println(ce.Enum, ce.Input, errors.Is(err, enforcement.ErrUnknownCode))
	}
	// Output: State seized true
}

// --- State ---

func ExampleState() {
	for _, s := range []enforcement.State{enforcement.Suspended, enforcement.AwaitingCourt, enforcement.ReleasedNoApplication,
		enforcement.Confiscated, enforcement.ReleasedPersonalUse, enforcement.Abandoned, enforcement.Announced,
		enforcement.TakenOver, enforcement.Disposed} {
		fmt.Println(s, s.Parent(), s.IsTerminal())
	}
	// Output:
	// suspended %!State(0) false
	// awaiting-court detained false
	// released-no-application released true
	// confiscated %!State(0) false
	// released-personal-use released true
	// abandoned %!State(0) true
	// announced %!State(0) false
	// taken-over %!State(0) false
	// disposed %!State(0) true
}

func ExampleState_In() {
	fmt.Println(enforcement.Determined.In(enforcement.Detained), enforcement.Detained.In(enforcement.Detained), enforcement.Confiscated.In(enforcement.Detained))
	// Output: true true false
}

func ExampleState_Parent() {
	fmt.Println(enforcement.ReleasedWithdrawn.Parent(), enforcement.UnderInvestigation.Parent(), enforcement.Applied.Parent() == enforcement.StateUnknown)
	// Output: released detained true
}

func ExampleState_IsComposite() {
	fmt.Println(enforcement.Released.IsComposite(), enforcement.ReleasedWithdrawn.IsComposite())
	// Output: true false
}

// No event leads out of a terminal state, and no deadline runs in one.
// Confiscated and taken-over goods still await disposal (Regs art 27).
func ExampleState_IsTerminal() {
	for _, s := range []enforcement.State{enforcement.Determined, enforcement.CourtAssisted, enforcement.ReleasedNotInfringing,
		enforcement.TransferredToPolice, enforcement.Confiscated, enforcement.TakenOver, enforcement.Disposed, enforcement.Abandoned} {
		fmt.Println(s, s.IsTerminal())
	}
	// Output:
	// determined false
	// court-assisted true
	// released-not-infringing true
	// transferred-to-police true
	// confiscated false
	// taken-over false
	// disposed true
	// abandoned true
}

func ExampleState_IsValid() {
	fmt.Println(enforcement.Opened.IsValid(), enforcement.StateUnknown.IsValid(), enforcement.State(99).IsValid())
	// Output: true false false
}

func ExampleState_String() {
	fmt.Println(enforcement.ReleasedCounterGuarantee, enforcement.State(99))
	// Output: released-counter-guarantee %!State(99)
}

func ExampleState_AppendText() {
	b, err := enforcement.UnderInvestigation.AppendText([]byte("state="))
	fmt.Println(string(b), err)
	// Output: state=under-investigation <nil>
}

func ExampleState_MarshalText() {
	b, err := json.Marshal(map[string]enforcement.State{"state": enforcement.CourtAssisted})
	fmt.Println(string(b), err)
	_, err = enforcement.StateUnknown.MarshalText()
	fmt.Println(errors.Is(err, enforcement.ErrUnknownCode))
	// Output:
	// {"state":"court-assisted"} <nil>
	// true
}

func ExampleState_UnmarshalText() {
	var s enforcement.State
	fmt.Println(s.UnmarshalText([]byte("Released-Withdrawn")), s)
	err := s.UnmarshalText([]byte("withdrawn"))
	fmt.Println(errors.Is(err, enforcement.ErrUnknownCode), s)
	// Output:
	// <nil> released-withdrawn
	// true released-withdrawn
}

// --- Track ---

func ExampleTrack() {
	for _, t := range []enforcement.Track{enforcement.ExOfficio, enforcement.UponApplication} {
		b, _ := enforcement.RequiredBond(t, exMoney("150000.00"))
		fmt.Println(t, b.StringFixed(2))
	}
	// Output:
	// ex-officio 75000.00
	// upon-application 150000.00
}

func ExampleTrack_IsValid() {
	fmt.Println(enforcement.ExOfficio.IsValid(), enforcement.TrackUnknown.IsValid())
	// Output: true false
}

func ExampleTrack_String() {
	fmt.Println(enforcement.UponApplication, enforcement.Track(7))
	// Output: upon-application %!Track(7)
}

func ExampleTrack_AppendText() {
	b, err := enforcement.ExOfficio.AppendText([]byte("track="))
	fmt.Println(string(b), err)
	// Output: track=ex-officio <nil>
}

func ExampleTrack_MarshalText() {
	b, err := enforcement.UponApplication.MarshalText()
	fmt.Println(string(b), err)
	// Output: upon-application <nil>
}

func ExampleTrack_UnmarshalText() {
	var t enforcement.Track
	fmt.Println(t.UnmarshalText([]byte("EX-OFFICIO")), t)
	fmt.Println(errors.Is(t.UnmarshalText([]byte("ex officio")), enforcement.ErrUnknownCode), t)
	// Output:
	// <nil> ex-officio
	// true ex-officio
}

// --- Direction ---

func ExampleDirection() {
	f := exFacts(enforcement.UponApplication, "30000.00")
	f.Direction = enforcement.DirectionUnknown
	fmt.Println(f.Validate())
	// Output: enforcement: direction "%!Direction(0)": want import or export
}

func ExampleDirection_IsValid() {
	fmt.Println(enforcement.Import.IsValid(), enforcement.DirectionUnknown.IsValid())
	// Output: true false
}

func ExampleDirection_String() {
	fmt.Println(enforcement.Import, enforcement.Export)
	// Output: import export
}

func ExampleDirection_AppendText() {
	b, err := enforcement.Export.AppendText([]byte("direction="))
	fmt.Println(string(b), err)
	// Output: direction=export <nil>
}

func ExampleDirection_MarshalText() {
	b, err := enforcement.Import.MarshalText()
	fmt.Println(string(b), err)
	// Output: import <nil>
}

func ExampleDirection_UnmarshalText() {
	var d enforcement.Direction
	fmt.Println(d.UnmarshalText([]byte("Import")), d)
	// Output: <nil> import
}

// --- Channel ---

func ExampleChannel() {
	fmt.Println(enforcement.Cargo, enforcement.Postal, enforcement.Luggage, enforcement.ChannelUnknown)
	// Output: cargo postal luggage %!Channel(0)
}

func ExampleChannel_IsValid() {
	fmt.Println(enforcement.Cargo.IsValid(), enforcement.Luggage.IsValid(), enforcement.Channel(4).IsValid())
	// Output: true true false
}

// Articles carried by travellers or mailed wait for customs' decision on
// personal use (Regs art 31; R-PER-1); cargo does not.
func ExampleChannel_IsPersonal() {
	for _, c := range []enforcement.Channel{enforcement.Cargo, enforcement.Postal, enforcement.Luggage} {
		fmt.Println(c, c.IsPersonal())
	}
	// Output:
	// cargo false
	// postal true
	// luggage true
}

func ExampleChannel_String() {
	fmt.Println(enforcement.Cargo.String())
	// Output: cargo
}

func ExampleChannel_AppendText() {
	b, err := enforcement.Cargo.AppendText([]byte("channel="))
	fmt.Println(string(b), err)
	// Output: channel=cargo <nil>
}

func ExampleChannel_MarshalText() {
	b, err := enforcement.Cargo.MarshalText()
	fmt.Println(string(b), err)
	// Output: cargo <nil>
}

func ExampleChannel_UnmarshalText() {
	var c enforcement.Channel
	fmt.Println(c.UnmarshalText([]byte("CARGO")), c)
	fmt.Println(c.UnmarshalText([]byte("Postal")), c)
	err := c.UnmarshalText([]byte("express"))
	fmt.Println(err)
	// Output:
	// <nil> cargo
	// <nil> postal
	// enforcement: unknown Channel "express" (want one of cargo, postal, luggage)
}

// --- Result ---

// The three results lead three ways (Regs arts 20, 24, 27): to
// confiscation, to release, or to the wait for a court's notice.
func ExampleResult() {
	for _, r := range []enforcement.Result{enforcement.Infringing, enforcement.NotInfringing, enforcement.Undetermined} {
		c, err := exDetained().Apply(enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: r})
		fmt.Println(r, "->", c.State(), err)
	}
	// Output:
	// infringing -> determined <nil>
	// not-infringing -> released-not-infringing <nil>
	// undetermined -> awaiting-court <nil>
}

func ExampleResult_IsValid() {
	fmt.Println(enforcement.Undetermined.IsValid(), enforcement.ResultUnknown.IsValid())
	// Output: true false
}

func ExampleResult_String() {
	fmt.Println(enforcement.NotInfringing, enforcement.ResultUnknown)
	// Output: not-infringing %!Result(0)
}

func ExampleResult_AppendText() {
	b, err := enforcement.Infringing.AppendText([]byte("result="))
	fmt.Println(string(b), err)
	// Output: result=infringing <nil>
}

func ExampleResult_MarshalText() {
	b, err := enforcement.Undetermined.MarshalText()
	fmt.Println(string(b), err)
	// Output: undetermined <nil>
}

func ExampleResult_UnmarshalText() {
	var r enforcement.Result
	fmt.Println(r.UnmarshalText([]byte("not-infringing")), r)
	// Output: <nil> not-infringing
}

// --- Actor ---

// Who must act before each period ends.
func ExampleActor() {
	for _, k := range []enforcement.DeadlineKind{enforcement.ReplyPeriod, enforcement.InvestigationPeriod, enforcement.CourtPeriod} {
		fmt.Println(k, k.Actor())
	}
	// Output:
	// reply holder
	// investigation customs
	// court-notice holder
}

func ExampleActor_IsValid() {
	fmt.Println(enforcement.Consignee.IsValid(), enforcement.ActorUnknown.IsValid())
	// Output: true false
}

func ExampleActor_String() {
	fmt.Println(enforcement.Holder, enforcement.Customs, enforcement.Consignee)
	// Output: holder customs consignee
}

func ExampleActor_AppendText() {
	b, err := enforcement.Customs.AppendText([]byte("actor="))
	fmt.Println(string(b), err)
	// Output: actor=customs <nil>
}

func ExampleActor_MarshalText() {
	b, err := enforcement.Holder.MarshalText()
	fmt.Println(string(b), err)
	// Output: holder <nil>
}

func ExampleActor_UnmarshalText() {
	var a enforcement.Actor
	fmt.Println(a.UnmarshalText([]byte("Consignee")), a)
	// Output: <nil> consignee
}

// --- DeadlineKind ---

// The periods of the workflow, with the rules that set them (Regs arts
// 16, 20, 24; Penalty Regs art 62(4)).
func ExampleDeadlineKind() {
	r := enforcement.DefaultRules(calendar.China())
	for _, p := range []struct {
		kind   enforcement.DeadlineKind
		period calendar.Period
	}{
		{enforcement.ReplyPeriod, r.Reply},
		{enforcement.InvestigationPeriod, r.Investigation},
		{enforcement.CourtPeriod, r.CourtNotice},
		{enforcement.ExOfficioCourtPeriod, r.ExOfficioCourtNotice},
		{enforcement.AnnouncementPeriod, r.Announcement},
	} {
		fmt.Printf("%s: %s: %s, %s\n", p.kind, p.kind.Actor(), p.period, p.kind.Article())
	}
	// Output:
	// reply: holder: 3 working days from the day after the trigger, Regs art 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2
	// investigation: customs: 30 working days from the day after the trigger, Regs art 20; Measures (2009 numbering) art 28; R-EXO-6
	// court-notice: holder: 20 working days from the day after the trigger, Regs arts 23, 24(1); R-APP-4
	// ex-officio-court-notice: holder: 50 working days from the day after the trigger, Regs arts 23, 24(2); Measures (2009 numbering) art 29; R-EXO-7
	// announcement: consignee: 3 months from the day after the trigger, Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U]; R-PEN-5
}

func ExampleDeadlineKind_Actor() {
	fmt.Println(enforcement.ExOfficioCourtPeriod.Actor(), enforcement.DeadlineUnknown.Actor())
	// Output: holder %!Actor(0)
}

func ExampleDeadlineKind_Act() {
	fmt.Println(enforcement.InvestigationPeriod.Act())
	// Output: investigate and notify whether the goods infringe
}

func ExampleDeadlineKind_Article() {
	fmt.Println(enforcement.CourtPeriod.Article())
	// Output: Regs arts 23, 24(1); R-APP-4
}

// What the end of each period does without the act it waits for.
func ExampleDeadlineKind_Consequence() {
	fmt.Println(enforcement.InvestigationPeriod.Consequence())
	fmt.Println(enforcement.ExOfficioCourtPeriod.Consequence())
	fmt.Println(enforcement.AnnouncementPeriod.Consequence())
	// Output:
	// none by itself: customs is late, and the goods stay detained
	// customs releases the goods unless it has found them infringing (Regs art 24(2))
	// customs takes the goods over (收缴; Penalty Regs art 62(4))
}

func ExampleDeadlineKind_IsValid() {
	fmt.Println(enforcement.ReplyPeriod.IsValid(), enforcement.DeadlineUnknown.IsValid())
	// Output: true false
}

func ExampleDeadlineKind_String() {
	fmt.Println(enforcement.ExOfficioCourtPeriod, enforcement.CourtPeriod)
	// Output: ex-officio-court-notice court-notice
}

func ExampleDeadlineKind_AppendText() {
	b, err := enforcement.ReplyPeriod.AppendText([]byte("deadline="))
	fmt.Println(string(b), err)
	// Output: deadline=reply <nil>
}

func ExampleDeadlineKind_MarshalText() {
	b, err := enforcement.InvestigationPeriod.MarshalText()
	fmt.Println(string(b), err)
	// Output: investigation <nil>
}

func ExampleDeadlineKind_UnmarshalText() {
	var k enforcement.DeadlineKind
	fmt.Println(k.UnmarshalText([]byte("court-notice")), k)
	// Output: <nil> court-notice
}

// --- EventKind ---

func ExampleEventKind() {
	fmt.Println(enforcement.NoticeServed, enforcement.Lapse, enforcement.EventKindUnknown)
	// Output: notice-served lapse %!EventKind(0)
}

func ExampleEventKind_IsValid() {
	fmt.Println(enforcement.Lapse.IsValid(), enforcement.EventKind(21).IsValid())
	// Output: true false
}

func ExampleEventKind_String() {
	fmt.Println(enforcement.CounterGuarantee)
	// Output: counter-guarantee
}

func ExampleEventKind_AppendText() {
	b, err := enforcement.Detention.AppendText([]byte("kind="))
	fmt.Println(string(b), err)
	// Output: kind=detention <nil>
}

func ExampleEventKind_MarshalText() {
	b, err := enforcement.HolderApplied.MarshalText()
	fmt.Println(string(b), err)
	// Output: holder-applied <nil>
}

func ExampleEventKind_UnmarshalText() {
	var k enforcement.EventKind
	fmt.Println(k.UnmarshalText([]byte("Police-Transfer")), k)
	// Output: <nil> police-transfer
}

// --- GraphFormat ---

func ExampleGraphFormat() {
	fmt.Println(enforcement.Mermaid, enforcement.DOT, enforcement.GraphFormatUnknown)
	// Output: mermaid dot %!GraphFormat(0)
}

func ExampleGraphFormat_String() {
	fmt.Println(enforcement.DOT.String())
	// Output: dot
}
