package enforcement_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// The examples follow ACME Ltd, which holds a trademark recorded with
// customs and a utility model patent, and goods stopped at the border in
// 2024. Names, numbers and identifiers are made up; the dates, the
// periods and the holidays are real (calendar.China).

var (
	exCaseID = uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11")
	exMark   = rights.Right{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567",
		Registered: exDay("2015-03-07"), Classes: []rights.NiceClass{25}}
	// exPatent's check character 7 is the one rights.ParsePatentNumber
	// computes for 201520123456 (weights 2-9, 2-5, modulo 11).
	exPatent = rights.Right{Type: rights.PatentUtilityModel, Holder: "ACME Ltd", Number: "201520123456.7",
		Filed: exDay("2015-03-01"), Granted: exDay("2015-10-01")}
)

func exDay(s string) calendar.Date { return calendar.MustParseDate(s) }

func exMoney(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// exRecordation returns the trademark's recordation with GACC, filed on
// 2020-01-02 and approved on 2020-02-10: in force throughout 2024.
func exRecordation() rights.Recordation {
	app := rights.Application{Holder: rights.Party{Name: "ACME Ltd", Address: "1 Main St, Shanghai", Nationality: "CN"}}
	rec, err := rights.NewRecordation(exMark, app, exDay("2020-01-02"))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: exDay("2020-02-10"), Number: "T2020-00001"})
	if err != nil {
		panic(err)
	}
	return rec
}

// exFacts returns the facts of a case on the trademark: ex officio with
// its recordation, upon application without one; goods worth value,
// declared for export at Shanghai Pudong.
func exFacts(track enforcement.Track, value string) enforcement.Facts {
	f := enforcement.Facts{
		ID: exCaseID, Track: track, Rights: []rights.Right{exMark},
		Goods: enforcement.Goods{Description: "sports shoes", Quantity: decimal.NewFromInt(1200), Unit: "pairs",
			DeclaredValue: exMoney(value)},
		Holder:    enforcement.Party{Name: "ACME Ltd"},
		Consignee: enforcement.Party{Name: "X Trading Co., Ltd.", Identifier: "91310000MA1K000000"},
		Port:      "Shanghai Pudong", Direction: enforcement.Export, Channel: enforcement.Cargo,
	}
	if track == enforcement.ExOfficio {
		f.Recordations = []rights.Recordation{exRecordation()}
	}
	return f
}

// exRules are the law's rules on the official Chinese calendar.
func exRules() enforcement.Rules { return enforcement.Rules{Calendar: calendar.China()} }

// exCase opens a case on f and applies events, or panics.
func exCase(f enforcement.Facts, events ...enforcement.Event) enforcement.Case {
	c, err := enforcement.Replay(f, exRules(), events)
	if err != nil {
		panic(err)
	}
	return c
}

// exPrintDeadlines prints the periods running in c.
func exPrintDeadlines(c enforcement.Case) {
	ds, err := c.Deadlines()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range ds {
		fmt.Printf("%s: %s, %s, last day %s %s\n", d.Kind, d.Actor, d.Period, d.LastDay, d.LastDay.Weekday())
	}
}

// An ex officio case from beginning to end (Regs arts 16, 20, 27):
// customs stops goods worth 150,000.00 declared for export under ACME's
// recorded trademark and serves its notice on Friday 9 February 2024, the
// eve of the Spring Festival.
//
// The holder has 3 working days from the day after service (Regs art 16;
// Measures art 41; R-EXO-2): 10-17 February are holidays and Sunday 18
// February is a working day, so the last day is Tuesday 20 February, until
// 24:00 China Standard Time by post or bank, until office hours end in
// person. The bond is half the value, 75,000.00 (Measures art 23;
// R-EXO-4).
//
// Customs detains on Wednesday 21 February. Counting from the next day,
// its 30 working days to investigate end on 3 April, before the Qingming
// holiday (4-6 April); the holder's 50 working days to bring a court
// notice end on 6 May, after the working Sundays of 7 and 28 April and
// the Labour Day holiday of 1-5 May (Regs arts 20, 24(2); R-EXO-6,
// R-EXO-7). Customs finds the goods infringing on 1 April and serves its
// confiscation decision on 10 April (Regs art 27; R-EXO-8): the holder
// pays storage until 10 July (Measures (2009 numbering) art 34; R-FEE-3).
// The goods are destroyed on 3 June (Regs art 27 para 3; R-DIS-1).
func Example_exOfficio() {
	c, err := enforcement.NewCase(exFacts(enforcement.ExOfficio, "150000.00"), exRules())
	if err != nil {
		fmt.Println(err)
		return
	}
	apply := func(ev enforcement.Event) {
		if err == nil {
			c, err = c.Apply(ev)
		}
	}

	apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09"), Reference: "SHPD-2024-0042"})
	ds, _ := c.Deadlines()
	reply := ds[0]
	fmt.Println(c.State(), "- reply by", reply.LastDay, reply.LastDay.Weekday())
	fmt.Println("  by post or bank until", reply.Ends.Format(time.RFC3339), "(24:00 CST)")
	fmt.Println("  in person until", reply.InPerson.Format(time.RFC3339))
	fmt.Println("  bond required", c.RequiredBond().StringFixed(2))

	apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000.00")})
	fmt.Println(c.State(), "- bond posted", c.BondPosted().StringFixed(2), "- may:", c.Permitted())

	apply(enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21")})
	apply(enforcement.Event{Kind: enforcement.ReceiptServed, Date: exDay("2024-02-22")})
	fmt.Println(c.State())
	exPrintDeadlines(c)

	apply(enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: enforcement.Infringing})
	apply(enforcement.Event{Kind: enforcement.Confiscation, Date: exDay("2024-04-10"), Reference: "SHPD-2024-PEN-17"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.State(), c.State().IsTerminal())
	last, _, _ := c.FeeCap()
	fmt.Println("  storage charged to the holder until", last)

	apply(enforcement.Event{Kind: enforcement.DisposalCompleted, Date: exDay("2024-06-03"), Route: enforcement.Destruction})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ev := range c.Events() {
		fmt.Println(ev)
	}
	fmt.Println(c.State(), c.State().IsTerminal())
	// Output:
	// suspended - reply by 2024-02-20 Tuesday
	//   by post or bank until 2024-02-21T00:00:00+08:00 (24:00 CST)
	//   in person until 2024-02-20T17:00:00+08:00
	//   bond required 75000.00
	// applied - bond posted 75000.00 - may: [bond-posted detention rejection withdrawal police-transfer]
	// under-investigation
	// investigation: customs, 30 working days from the day after the trigger, last day 2024-04-03 Wednesday
	// ex-officio-court-notice: holder, 50 working days from the day after the trigger, last day 2024-05-06 Monday
	// confiscated false
	//   storage charged to the holder until 2024-07-10
	// 2024-02-09 notice-served
	// 2024-02-19 holder-applied 75000.00
	// 2024-02-21 detention
	// 2024-02-22 receipt-served
	// 2024-04-01 investigation-result infringing
	// 2024-04-10 confiscation
	// 2024-06-03 disposal-completed destruction
	// disposed true
}

// Upon application (Regs arts 12-15, 24(1)): the holder applies with a
// bond equal to the goods' value, 87,654.32 (Regs art 14; R-APP-2), and
// customs detains on Tuesday 10 September 2024. No court assistance
// notice arrives within 20 working days of the detention, counted from
// the next day across the Mid-Autumn (15-17 September) and National Day
// (1-7 October) holidays and the working days of Saturday 14 September,
// Sunday 29 September and Saturday 12 October: the last day is Monday 14
// October, so on 15 October customs must release the goods (R-APP-4).
// Advance applies that lapse; no one files it.
func Example_uponApplication() {
	c := exCase(exFacts(enforcement.UponApplication, "87654.32"),
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-09-09"), Amount: exMoney("87654.32")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-09-10")},
	)
	fmt.Println("bond required", c.RequiredBond().StringFixed(2), "posted", c.BondPosted().StringFixed(2))
	fmt.Println(c.State())
	exPrintDeadlines(c)

	c, lapses, err := c.Advance(exDay("2024-10-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ev := range lapses {
		fmt.Println(ev)
	}
	fmt.Println(c.State())
	// Output:
	// bond required 87654.32 posted 87654.32
	// awaiting-court
	// court-notice: holder, 20 working days from the day after the trigger, last day 2024-10-14 Monday
	// 2024-10-15 lapse court-notice
	// released-no-court-notice
}

// A patent case: the consignee may have the goods released by depositing
// guarantee money equal to their value (Regs arts 19, 24(3); R-REL-1).
// Less or more than the value is refused, and the error says why.
func Example_patentCounterGuarantee() {
	f := exFacts(enforcement.UponApplication, "48000.00")
	f.Rights = []rights.Right{exPatent}
	c := exCase(f,
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-03-04"), Amount: exMoney("48000.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-03-05")},
	)

	_, err := c.Apply(enforcement.Event{Kind: enforcement.CounterGuarantee, Date: exDay("2024-03-12"), Amount: exMoney("47999.99")})
	fmt.Println(err)
	_, err = c.Apply(enforcement.Event{Kind: enforcement.CounterGuarantee, Date: exDay("2024-03-12"), Amount: exMoney("50000.00")})
	fmt.Println(err)

	c, err = c.Apply(enforcement.Event{Kind: enforcement.CounterGuarantee, Date: exDay("2024-03-12"), Amount: exMoney("48000.00")})
	fmt.Println(c.State(), err)
	// Output:
	// enforcement: counter-guarantee on 2024-03-12 refused in state awaiting-court: guarantee money of 47999.99 is less than the goods' value, 48000.00: the deposit equals the value (Regs art 19; R-REL-1)
	// enforcement: counter-guarantee on 2024-03-12 refused in state awaiting-court: guarantee money of 50000.00 is more than the goods' value, 48000.00: the deposit equals the value (Regs art 19; R-REL-1)
	// released-counter-guarantee <nil>
}

// The holder's reply one day late (Regs art 16; R-EXO-2, R-EXO-3): the
// notice was served on Friday 9 February 2024, the last day was Tuesday 20
// February, and on 21 February the law had already released the goods.
// The application is refused with ErrDeadlinePassed, naming the period;
// Advance shows the release.
func Example_lapseRefusesLateReply() {
	c := exCase(exFacts(enforcement.ExOfficio, "150000.00"),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")})

	_, err := c.Apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-21"), Amount: exMoney("75000.00")})
	fmt.Println(errors.Is(err, enforcement.ErrDeadlinePassed))
	var te *enforcement.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Lapsed.Kind, "period, last day", te.Lapsed.LastDay, "- lapses on", te.Lapsed.LapsesOn(), "to", te.Lapsed.Lapse)
	}

	c, lapses, err := c.Advance(exDay("2024-02-21"))
	fmt.Println(lapses, c.State(), err)
	// Output:
	// true
	// reply period, last day 2024-02-20 - lapses on 2024-02-21 to released-no-application
	// [2024-02-21 lapse reply] released-no-application <nil>
}

// The workflow as a Mermaid state diagram, drawn from the very table
// Case.Apply reads. Each edge is an event, with its selector in brackets
// and the conditions of the law in parentheses.
func Example_graph() {
	g, err := enforcement.Graph(enforcement.Mermaid)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(g)
	// Output:
	// stateDiagram-v2
	//     [*] --> opened
	//     state detained {
	//         under_investigation
	//         awaiting_court
	//         determined
	//     }
	//     state released {
	//         released_no_application
	//         released_holder_declined
	//         released_no_court_notice
	//         released_undetermined
	//         released_counter_guarantee
	//         released_evidence_accepted
	//         released_withdrawn
	//         released_not_infringing
	//         released_personal_use
	//     }
	//     opened --> opened : beyond-personal-use (personal articles, not yet decided)
	//     opened --> released_personal_use : within-personal-use (personal articles, not yet decided)
	//     opened --> suspended : notice-served (ex officio, recorded, handled as goods)
	//     opened --> applied : holder-applied (upon application, handled as goods)
	//     opened --> abandoned : abandonment (personal articles, party known)
	//     suspended --> applied : holder-applied
	//     suspended --> released_holder_declined : holder-declined
	//     suspended --> released_no_application : lapse (period ended)
	//     suspended --> transferred_to_police : police-transfer
	//     suspended --> abandoned : abandonment (personal articles, party known)
	//     applied --> applied : bond-posted
	//     applied --> under_investigation : detention [ex officio] (bond covers)
	//     applied --> awaiting_court : detention [upon application] (bond covers)
	//     applied --> rejected : rejection [upon application]
	//     applied --> released_no_application : rejection [ex officio]
	//     applied --> released_withdrawn : withdrawal
	//     applied --> released_no_application : lapse (period ended)
	//     applied --> transferred_to_police : police-transfer
	//     applied --> abandoned : abandonment (personal articles, party known)
	//     under_investigation --> determined : investigation-result [infringing]
	//     under_investigation --> released_not_infringing : investigation-result [not infringing]
	//     under_investigation --> awaiting_court : investigation-result [undetermined]
	//     determined --> confiscated : confiscation
	//     determined --> determined : court-notice
	//     determined --> announced : announcement (party unknown)
	//     announced --> confiscated : confiscation
	//     announced --> taken_over : lapse (period ended)
	//     confiscated --> disposed : disposal-completed (lawful route)
	//     taken_over --> disposed : disposal-completed (lawful route)
	//     detained --> detained : receipt-served (receipt not yet served)
	//     detained --> court_assisted : court-notice
	//     detained --> released_counter_guarantee : counter-guarantee (patents only, not found infringing, guarantee equals value)
	//     detained --> released_evidence_accepted : evidence-accepted (not found infringing)
	//     detained --> released_withdrawn : withdrawal (not found infringing)
	//     detained --> transferred_to_police : police-transfer
	//     awaiting_court --> released_no_court_notice : lapse [upon application] (period ended)
	//     awaiting_court --> released_undetermined : lapse [ex officio] (period ended)
	//     under_investigation --> released_undetermined : lapse (period ended)
	//     rejected --> [*]
	//     court_assisted --> [*]
	//     released --> [*]
	//     transferred_to_police --> [*]
	//     abandoned --> [*]
	//     disposed --> [*]
}

// Articles in a traveller's luggage (Regs art 31; Penalty Regs art 64;
// R-PER-1, R-PER-2): customs first decides, with its reasons, whether they
// exceed the reasonable quantity for personal use. Until it does, the
// notice to the holder is refused. One handbag for the traveller's own
// use is released; twelve new ones of one design are handled as goods,
// and the traveller may still abandon them before detention (Measures
// (2009 numbering) art 31; R-PER-4).
func Example_personalArticles() {
	f := exFacts(enforcement.ExOfficio, "9600.00")
	f.Channel, f.Direction = enforcement.Luggage, enforcement.Import
	f.Consignee = enforcement.Party{Name: "Li Wei"}

	one := exCase(f)
	_, err := one.Apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-05-06")})
	fmt.Println(err)
	one, err = one.Apply(enforcement.Event{Kind: enforcement.WithinPersonalUse, Date: exDay("2024-05-06"),
		Note: "one used handbag, for the traveller's own use on a 2-week visit"})
	fmt.Println(one.State(), one.State().In(enforcement.Released), err)

	twelve := exCase(f, enforcement.Event{Kind: enforcement.BeyondPersonalUse, Date: exDay("2024-05-06"),
		Note: "12 new handbags of one design with tags, for a 3-day trip: for sale, not own use or gifts"})
	fmt.Println(twelve.State(), twelve.Permitted())
	twelve, err = twelve.Apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-05-06")})
	fmt.Println(twelve.State(), err)
	twelve, err = twelve.Apply(enforcement.Event{Kind: enforcement.Abandonment, Date: exDay("2024-05-07")})
	fmt.Println(twelve.State(), twelve.State().IsTerminal(), err)
	// Output:
	// enforcement: notice-served on 2024-05-06 refused in state opened: articles in the luggage channel are handled as goods only once customs has decided, with reasons, that they exceed the reasonable quantity for personal use (Regs art 31; Penalty Regs art 64; R-PER-1): record beyond-personal-use first
	// released-personal-use true <nil>
	// opened [notice-served abandonment]
	// suspended <nil>
	// abandoned true <nil>
}

// A parcel whose sender cannot be identified (Penalty Regs art 62(4);
// Measures (2009 numbering) art 32 [U]; R-PEN-5): found infringing, the
// goods are announced on Thursday 31 October 2024. Three calendar months
// from the next day end on Friday 31 January 2025, in the Spring Festival
// holiday, so the period rolls to Wednesday 5 February (Civil Code art
// 203). No one comes forward; advancing to 6 February takes the goods
// over (收缴), and they are destroyed: imported goods infringing a
// trademark are not let into commerce on mere removal of the mark (Regs
// art 27 para 3; R-DIS-1).
func Example_unknownParty() {
	f := exFacts(enforcement.ExOfficio, "9600.00")
	f.Channel, f.Direction = enforcement.Postal, enforcement.Import
	f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{Address: "return address illegible"}
	c := exCase(f,
		enforcement.Event{Kind: enforcement.BeyondPersonalUse, Date: exDay("2024-09-20"), Note: "40 watches of one model in one parcel: for sale"},
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-09-20")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-09-23"), Amount: exMoney("9600.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-09-24")},
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-10-15"), Result: enforcement.Infringing},
		enforcement.Event{Kind: enforcement.Announcement, Date: exDay("2024-10-31"), Reference: "SHPD-2024-ANN-3"},
	)
	ds, err := c.Deadlines()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.State(), c.Permitted())
	fmt.Println(ds[0])
	c, fired, err := c.Advance(exDay("2025-02-06"))
	fmt.Println(fired, c.State(), err)
	c, err = c.Apply(enforcement.Event{Kind: enforcement.DisposalCompleted, Date: exDay("2025-03-03"), Route: enforcement.Destruction})
	fmt.Println(c.State(), err)
	_, capped, _ := c.FeeCap()
	fmt.Println("fee cap:", capped)
	// Output:
	// announced [confiscation]
	// consignee: come forward and identify itself to customs by 2025-02-05 (Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U]; R-PEN-5)
	// [2025-02-06 lapse announcement] taken-over <nil>
	// disposed <nil>
	// fee cap: false
}
