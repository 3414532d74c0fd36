package main

import (
	_ "embed"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The case: ACME Sportswear's trademark, recorded with customs in 2020, and
// 1,200 pairs of counterfeit shoes declared for export at Shanghai Pudong
// International Airport. Names, numbers and the tariff are made up; the
// law, its periods and the calendar are real.

// tariffJSON is the warehouse's published tariff: an example, not an
// official rate (no national tariff exists; R-FEE-8).
//
//go:embed testdata/tariff.json
var tariffJSON []byte

var (
	caseID = uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11")

	holder = enforcement.Party{
		Name:       "ACME Sportswear Co., Ltd.",
		Identifier: "US-DE-4471032",
		Address:    "1200 Market Street, Wilmington, Delaware 19801, United States",
	}
	consignor = enforcement.Party{
		Name:       "宁波海曙远航进出口有限公司",
		Identifier: "91330203MA2GQ4U15X",
		Address:    "浙江省宁波市海曙区望春工业园区云林中路188号",
	}
	// The trademark: registered on 2018-03-07 for footwear (Nice class
	// 25), so protected to 2028-03-06 (Trademark Law art 39).
	trademark = rights.Right{Type: rights.Trademark, Holder: holder.Name, Number: "12345678",
		Registered: calendar.MustParseDate("2018-03-07"), Classes: []rights.NiceClass{25}}

	office    = "上海浦东国际机场海关" // Shanghai Pudong International Airport Customs
	port      = "上海浦东国际机场"   // Shanghai Pudong International Airport
	warehouse = notice.Warehouse{Name: "上海东方国际物流有限公司海关监管仓库", Address: "上海市浦东新区机场镇航城七路450号"}
	payee     = notice.Payee{Name: "上海东方国际物流有限公司", Bank: "中国银行上海市浦东分行", Account: "4363 5820 1234 5678 901"}
	contact   = notice.Contact{Name: "王磊", Phone: "+86 21 6834 1234", Email: "ipr@pvg.customs.example"}

	// The goods as customs describes them, and as the warehouse measures
	// them: 60 cartons, 12.5 m³, 1,850 kg.
	goodsDescription = "运动鞋（鞋舌及鞋底带“ACME”标识）"
	goodsEnglish     = "1,200 pairs of sports shoes, the ACME mark on tongue and sole"
	goodsQuantity    = decimal.NewFromInt(1200)
	goodsUnit        = "双" // pairs
	stored           = storagecost.Goods{Volume: decimal.RequireFromString("12.5"), Weight: decimal.RequireFromString("1850")}

	// GACC receives the application to record the trademark on Thursday
	// 2020-01-02 and approves it on Monday 2020-02-17.
	recordationFiled    = calendar.MustParseDate("2020-01-02")
	recordationApproved = calendar.MustParseDate("2020-02-17")

	// Customs finds that the goods' marks cannot all be removed, that they
	// are of no use for public welfare without them, and the holder does
	// not wish to buy them: they are destroyed (Regs art 27 para 3;
	// R-DIS-1).
	disposalFacts = enforcement.DisposalFacts{HolderConsulted: true}
)

// The pace of the case after the suspension notice, in working days: the
// law sets the limits, these are one realistic case inside them.
const (
	detainAfter     = 1  // customs detains the day after the holder applies (Regs art 16)
	resultAfter     = 20 // the result, within the 30 working days of Regs art 20
	confiscateAfter = 5  // the penalty decision served after the result (Regs art 27)
	disposeAfter    = 70 // disposal completed, after the 3-month fee cap (Measures art 34)
	billAfter       = 3  // the payment notice issued after the disposal
	receivedAfter   = 2  // and received by the holder, by post
)

// story is the case told end to end: what happened on which day, the
// bond, the disposal, the storage bill, the bond's ledger and every notice
// customs served.
type story struct {
	Start       calendar.Date
	Recordation rights.Recordation
	Case        enforcement.Case
	Steps       []step

	Bond     decimal.Decimal // required and posted (Measures art 23; R-EXO-4)
	Disposal enforcement.Disposal
	Bill     storagecost.Bill
	Ledger   enforcement.BondLedger
	// Shortfall is what the bond could not cover of the fees due, zero
	// if it covered them (Regs art 25).
	Shortfall decimal.Decimal

	// Notices are the notices served, in order; Payment is the last.
	Notices []notice.Notice
	Payment notice.Payment
}

// step is one thing that happened, with the periods it started.
type step struct {
	Date   calendar.Date
	What   string
	Rule   string
	Notice string   // the number of the notice served, if any
	Notes  []string // what else to know
	Starts []period
}

// period is a time limit a step started, on the calendar.
type period struct {
	Name     string // "reply", "investigation", "fee-cap" ...
	Actor    string // who must act, if anyone
	Act      string // what, or what the period limits
	Period   calendar.Period
	Trigger  calendar.Date
	LastDay  calendar.Date
	Rule     string
	IfMissed string // what the lapse does
	// Plain is the last day on the weekend rule alone, ignoring the
	// official holidays and working weekends: zero for periods in months.
	Plain calendar.Date
	// Crossed are the holiday blocks and working weekends on the way.
	Crossed []calendar.Day
}

// startError is a -start the case cannot be told from: a usage error.
type startError struct{ msg string }

func (e *startError) Error() string { return e.msg }

// tell runs the case from the suspension notice served on start, for goods
// worth value, on cal, with the warehouse's tariffs.
func tell(cal calendar.Calendar, tariffs storagecost.Schedule, start calendar.Date, value decimal.Decimal) (story, error) {
	s := story{Start: start}
	var err error

	// The holder records its trademark with GACC (Regs arts 7-10): GACC
	// decides within 30 working days (R-REC-2), and the recordation is in
	// force for 10 years from approval, capped at the trademark's own term
	// (R-REC-4).
	app := rights.Application{Holder: rights.Party{Name: holder.Name, Address: holder.Address, Nationality: "US"}}
	s.Recordation, err = rights.NewRecordation(trademark, app, recordationFiled)
	if err != nil {
		return s, err
	}
	due, err := s.Recordation.DecisionDue(cal)
	if err != nil {
		return s, err
	}
	decision, err := periodOf(cal, "recordation-decision", "GACC", "decide on the application",
		due, "Regs art 8; R-REC-2", "none stated: GACC is late")
	if err != nil {
		return s, err
	}
	s.add(step{Date: recordationFiled, What: "GACC receives ACME's application to record its trademark",
		Rule: "Regs art 7; Measures (2009 numbering) art 6", Starts: []period{decision}})
	recNumber := "T2020-12345"
	s.Recordation, err = s.Recordation.Apply(rights.Event{Kind: rights.Approval, Date: recordationApproved, Number: recNumber})
	if err != nil {
		return s, err
	}
	until, _ := s.Recordation.ValidUntil()
	s.add(step{Date: recordationApproved, What: "GACC approves the recordation " + recNumber,
		Rule:  "Regs arts 8, 10; Measures (2009 numbering) art 9; R-REC-4",
		Notes: []string{fmt.Sprintf("in force to %s: 10 years from approval, capped at the trademark's term", until)}})

	// Customs acts on its own initiative only for a recorded right (Regs
	// art 16; R-REC-1), and serves notices on working days.
	if !s.Recordation.InForce(start) {
		return s, &startError{fmt.Sprintf("-start %s: the trademark's recordation is in force from %s (Regs art 10), and customs acts ex officio only for a recorded right (Regs art 16; R-REC-1)", start, recordationApproved)}
	}
	if ok, err := cal.IsWorkday(start); err != nil {
		return s, err
	} else if !ok {
		why, _ := cal.Explain(start)
		return s, &startError{fmt.Sprintf("-start %s: customs serves its notices on working days, and %s", start, why)}
	}

	// The case opens on the facts: ex officio, the recorded trademark,
	// goods worth value declared for export.
	facts := enforcement.Facts{
		ID: caseID, Track: enforcement.ExOfficio,
		Rights: []rights.Right{trademark}, Recordations: []rights.Recordation{s.Recordation},
		Goods: enforcement.Goods{Description: goodsDescription, Quantity: goodsQuantity, Unit: goodsUnit,
			DeclaredValue: value},
		Holder: holder, Consignee: consignor,
		Port: port, Direction: enforcement.Export, Channel: enforcement.Cargo,
	}
	s.Case, err = enforcement.NewCase(facts, enforcement.DefaultRules(cal))
	if err != nil {
		return s, err
	}
	header := func(kind string, n int, issued calendar.Date) notice.Header {
		return notice.Header{Number: fmt.Sprintf("沪浦关知%s〔%d〕%d号", kind, issued.Year, n), Office: office,
			Issued: issued, Case: fmt.Sprintf("PVG-IPR-%d-0031", start.Year), Contact: contact}
	}

	// 1. Customs suspends the goods and serves its written notice on the
	// holder (Regs art 16; Measures arts 21-22; R-EXO-1): the holder has
	// 3 working days from the day after to apply and post the bond.
	suspension := header("中", 5, start)
	if err := s.apply(enforcement.Event{Kind: enforcement.NoticeServed, Date: start, Reference: suspension.Number},
		"Customs suspends the goods and serves the suspension notice on the holder",
		"Regs art 16; Measures (2009 numbering) arts 21, 22; R-EXO-1", suspension.Number); err != nil {
		return s, err
	}
	s.Bond = s.Case.RequiredBond()
	s.note(fmt.Sprintf("bond required: CNY %s (%s; Measures (2009 numbering) art 23; R-EXO-4)", money(s.Bond), bondTier(value)))
	n, err := notice.NewSuspension(s.Case, suspension)
	if err != nil {
		return s, err
	}
	s.Notices = append(s.Notices, n)

	// 2. The holder applies for detention and posts the bond on the last
	// day of its reply period (Regs art 16; Measures arts 22-23, 41).
	applied := n.ReplyBy
	if err := s.apply(enforcement.Event{Kind: enforcement.HolderApplied, Date: applied, Amount: s.Bond},
		"The holder applies for detention and posts the bond, on the last day of its reply period",
		"Regs arts 13, 14, 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2, R-EXO-4", ""); err != nil {
		return s, err
	}
	s.note(fmt.Sprintf("bond posted: CNY %s", money(s.Case.BondPosted())))

	// 3. Customs detains the goods and serves the detention receipt on the
	// consignor the same day (Regs art 16; Measures arts 25-26): its 30
	// working days to investigate and the holder's 50 to bring a court's
	// notice start (Regs arts 20, 24(2)).
	detained, err := cal.AddWorkdays(applied, detainAfter)
	if err != nil {
		return s, err
	}
	receipt := header("扣", 31, detained)
	if err := s.apply(enforcement.Event{Kind: enforcement.Detention, Date: detained, Reference: receipt.Number},
		"Customs detains the goods", "Regs art 16; Measures (2009 numbering) art 25", ""); err != nil {
		return s, err
	}
	if err := s.apply(enforcement.Event{Kind: enforcement.ReceiptServed, Date: detained, Reference: receipt.Number},
		"Customs serves the detention receipt on the consignor",
		"Regs arts 15, 16; Measures (2009 numbering) art 26", receipt.Number); err != nil {
		return s, err
	}
	if err := s.issue(notice.NewDetentionReceipt(s.Case, receipt)); err != nil {
		return s, err
	}

	// 4. Customs finds the goods infringing and notifies the holder and
	// the consignor (Regs art 20; Measures art 28; R-EXO-6).
	determined, err := cal.AddWorkdays(detained, resultAfter)
	if err != nil {
		return s, err
	}
	result := header("调", 9, determined)
	if err := s.apply(enforcement.Event{Kind: enforcement.InvestigationResult, Date: determined,
		Result: enforcement.Infringing, Reference: result.Number},
		"Customs finds the goods infringing and notifies the holder and the consignor",
		"Regs art 20; Measures (2009 numbering) art 28; R-EXO-6", result.Number); err != nil {
		return s, err
	}
	s.note(fmt.Sprintf("working day %d of the 30 (Regs art 20); found infringing, the goods are no longer released when the 50 working days end (Regs art 24(2); R-EXO-7)", resultAfter))
	if err := s.issue(notice.NewInvestigationResult(s.Case, result)); err != nil {
		return s, err
	}

	// 5. Customs confiscates the goods by a penalty decision served on the
	// consignor (Regs art 27; R-EXO-8); the holder is charged storage for
	// at most 3 calendar months from the day after (Measures art 34;
	// R-FEE-3).
	served, err := cal.AddWorkdays(determined, confiscateAfter)
	if err != nil {
		return s, err
	}
	confiscation := header("没", 3, served)
	decisionNo := fmt.Sprintf("沪浦关缉违字〔%d〕158号", served.Year)
	if err := s.apply(enforcement.Event{Kind: enforcement.Confiscation, Date: served, Reference: decisionNo},
		"Customs serves its decision confiscating the goods on the consignor ("+decisionNo+")",
		"Regs art 27; R-EXO-8", confiscation.Number); err != nil {
		return s, err
	}
	feeCap, _, err := s.Case.FeeCap()
	if err != nil {
		return s, err
	}
	capPeriod := enforcement.DefaultRules(cal).FeeCap
	s.starts(period{Name: "fee-cap",
		Act:    "the last day of storage the holder can be charged for, unless the consignor's review or litigation delays the disposal",
		Period: capPeriod, Trigger: served, LastDay: feeCap, Rule: "Measures (2009 numbering) art 34; R-FEE-3"})
	if err := s.issue(notice.NewConfiscation(s.Case, confiscation)); err != nil {
		return s, err
	}

	// 6. Customs decides how to dispose of the goods, in the order of Regs
	// art 27 para 3 (R-DIS-1), and completes the disposal.
	s.Disposal, err = s.Case.DecideDisposal(disposalFacts)
	if err != nil {
		return s, err
	}
	disposed, err := cal.AddWorkdays(served, disposeAfter)
	if err != nil {
		return s, err
	}
	if err := s.apply(enforcement.Event{Kind: enforcement.DisposalCompleted, Date: disposed, Route: s.Disposal.Route()},
		"Customs completes the disposal of the goods: "+s.Disposal.Route().String(), s.Disposal.Article(), ""); err != nil {
		return s, err
	}
	for _, why := range s.Disposal.Passed() {
		s.note("passed over: " + why)
	}
	if late := disposed.DaysSince(feeCap); late > 0 {
		s.note(fmt.Sprintf("%s after the fee cap: the holder is not charged storage for them (Measures (2009 numbering) art 34; R-FEE-3)", days(late)))
	}

	// 7. The warehouse bills the stay from detention to the completion of
	// the disposal, capped (Measures art 34; R-FEE-3), and customs sends
	// the holder the payment notice: the holder owes the fees (Regs art 25;
	// R-FEE-1), less what it paid the warehouse itself (Regs art 14;
	// R-FEE-2): the inbound handling, paid on the day of detention.
	s.Bill, err = storagecost.Calculate(tariffs, storagecost.Stay{
		Goods: stored, Detained: detained, Outcome: storagecost.Disposed, End: disposed,
		Confiscation: storagecost.Confiscation{Served: served},
	})
	if err != nil {
		return s, err
	}
	issued, err := cal.AddWorkdays(disposed, billAfter)
	if err != nil {
		return s, err
	}
	received, err := cal.AddWorkdays(issued, receivedAfter)
	if err != nil {
		return s, err
	}
	paid := s.Bill.Subtotal(storagecost.HandlingIn)
	s.Payment, err = notice.NewPayment(s.Case, s.Bill, header("缴", 12, issued), notice.PaymentTerms{
		Warehouse: warehouse, Payee: payee, PaidToWarehouse: paid, Received: received,
	})
	if err != nil {
		return s, err
	}
	s.Notices = append(s.Notices, s.Payment)
	payment, err := periodOf(cal, "fee-payment", "holder", "pay the amount due",
		calendar.Deadline{Period: s.Case.Rules().FeePayment, Trigger: received, LastDay: s.Payment.DueDate},
		"Regs art 25; GACC Ann. 2006 No. 31; R-FEE-4", "customs deducts the amount due from the bond (Regs art 25; R-FEE-1)")
	if err != nil {
		return s, err
	}
	s.add(step{Date: issued, What: "Customs issues the payment notice for the storage, handling and disposal fees",
		Rule: "Regs arts 14, 25; Measures (2009 numbering) art 34; R-FEE-1, R-FEE-3", Notice: s.Payment.Number,
		Notes: []string{fmt.Sprintf("total CNY %s, less CNY %s the holder paid the warehouse directly: CNY %s due (Regs art 14; R-FEE-2)",
			money(s.Payment.Total), money(s.Payment.PaidToWarehouse), money(s.Payment.Due))}})
	s.add(step{Date: received, What: "The holder receives the payment notice", Rule: "R-FEE-4", Starts: []period{payment}})

	// 8. The bond: its ledger opens with the deposit and the disposal
	// (Measures art 35). The warehouse's receipt for the inbound handling
	// releases as much of the bond (Regs art 14; R-FEE-2); the holder does
	// not pay by the due date, so customs deducts the fees due from the
	// bond, and refunds the rest (Regs art 25; Measures art 35; R-FEE-1,
	// R-FEE-5).
	s.Ledger, err = enforcement.BondLedgerOf(s.Case)
	if err != nil {
		return s, err
	}
	deducted, err := cal.AddWorkdays(s.Payment.DueDate, 1)
	if err != nil {
		return s, err
	}
	credit := decimal.Min(paid, s.Ledger.Balance())
	entries := []enforcement.LedgerEntry{{Kind: enforcement.WarehouseCredit, Date: issued, Amount: credit}}
	deduct := decimal.Min(s.Payment.Due, s.Ledger.Balance().Sub(credit))
	if deduct.IsPositive() {
		entries = append(entries, enforcement.LedgerEntry{Kind: enforcement.FeeDeduction, Date: deducted, Amount: deduct, Reference: s.Payment.Number})
	}
	s.Shortfall = s.Payment.Due.Sub(deduct)
	for _, e := range entries {
		if s.Ledger, err = s.Ledger.Apply(e); err != nil {
			return s, err
		}
	}
	deductStep := step{Date: deducted, What: "The due date has passed unpaid: customs deducts the fees from the bond",
		Rule:  "Regs art 25; Measures (2009 numbering) art 35; R-FEE-1",
		Notes: []string{fmt.Sprintf("deducted CNY %s; CNY %s of the bond was released against the warehouse's receipt (Regs art 14; R-FEE-2)", money(deduct), money(credit))}}
	if s.Shortfall.IsPositive() {
		// The bond does not cover the fees: the holder still owes the rest,
		// and nothing is refunded.
		deductStep.Notes = append(deductStep.Notes, fmt.Sprintf("the bond does not cover the fees: the holder still owes CNY %s (Regs art 25)", money(s.Shortfall)))
		s.add(deductStep)
		return s, nil
	}
	if s.Ledger, err = s.Ledger.Apply(enforcement.LedgerEntry{Kind: enforcement.FeesSettled, Date: deducted}); err != nil {
		return s, err
	}
	s.add(deductStep)
	refundable, err := s.Ledger.RefundableFrom()
	if err != nil {
		return s, err
	}
	refund := s.Ledger.Balance()
	if s.Ledger, err = s.Ledger.Apply(enforcement.LedgerEntry{Kind: enforcement.Refund, Date: refundable, Amount: refund}); err != nil {
		return s, err
	}
	s.add(step{Date: refundable, What: "The disposal is complete and the fees settled: customs refunds the rest of the bond",
		Rule:  "Measures (2009 numbering) art 35; R-FEE-5",
		Notes: []string{fmt.Sprintf("refunded CNY %s", money(refund))}})
	return s, nil
}

// add appends a step to the timeline.
func (s *story) add(st step) { s.Steps = append(s.Steps, st) }

// note adds notes to the last step.
func (s *story) note(notes ...string) {
	last := &s.Steps[len(s.Steps)-1]
	last.Notes = append(last.Notes, notes...)
}

// starts adds periods to the last step.
func (s *story) starts(ps ...period) {
	last := &s.Steps[len(s.Steps)-1]
	last.Starts = append(last.Starts, ps...)
}

// issue records a notice built by one of notice's constructors.
func (s *story) issue(n notice.Notice, err error) error {
	if err != nil {
		return err
	}
	s.Notices = append(s.Notices, n)
	return nil
}

// apply applies ev to the case and adds the step, with the periods the
// event started: those the case lists after it and did not before.
func (s *story) apply(ev enforcement.Event, what, rule, noticeNo string) error {
	before, err := s.Case.Deadlines()
	if err != nil {
		return err
	}
	c, err := s.Case.Apply(ev)
	if err != nil {
		return err
	}
	after, err := c.Deadlines()
	if err != nil {
		return err
	}
	s.Case = c
	st := step{Date: ev.Date, What: what, Rule: rule, Notice: noticeNo}
	cal := c.Rules().Calendar
	for _, d := range after {
		if running(before, d.Kind) {
			continue
		}
		p, err := periodOf(cal, d.Kind.String(), d.Actor.String(), d.Kind.Act(),
			calendar.Deadline{Period: d.Period, Trigger: d.Trigger, LastDay: d.LastDay},
			d.Kind.Article(), d.Kind.Consequence())
		if err != nil {
			return err
		}
		st.Starts = append(st.Starts, p)
	}
	s.add(st)
	return nil
}

// running reports whether a period of kind k is in ds.
func running(ds []enforcement.Deadline, k enforcement.DeadlineKind) bool {
	for _, d := range ds {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// periodOf describes a working-day deadline on cal: its last day on the
// weekend rule alone, and the holidays and working weekends that moved it.
func periodOf(cal calendar.Calendar, name, actor, act string, d calendar.Deadline, rule, ifLate string) (period, error) {
	p := period{Name: name, Actor: actor, Act: act, Period: d.Period, Trigger: d.Trigger, LastDay: d.LastDay,
		Rule: rule, IfMissed: ifLate}
	if d.Period.Unit != calendar.UnitWorkingDays {
		return p, nil
	}
	p.Plain = weekdaysAfter(d.Trigger, d.Period.Count)
	days, err := cal.SpecialDays(d.Trigger.AddDays(1), d.LastDay)
	if err != nil {
		return p, err
	}
	p.Crossed = days
	return p, nil
}

// weekdaysAfter returns the n-th Monday-to-Friday after d: the last day
// of n working days on the weekend rule alone, as if there were no
// official holidays. It is what the calendar corrects.
func weekdaysAfter(d calendar.Date, n int) calendar.Date {
	for n > 0 {
		d = d.AddDays(1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return d
}

// bondTier names the tier of Measures art 23 (R-EXO-4) that applies to
// goods worth v.
func bondTier(v decimal.Decimal) string {
	switch {
	case v.LessThan(decimal.NewFromInt(20_000)):
		return "goods under 20,000: the value"
	case v.GreaterThan(decimal.NewFromInt(200_000)):
		return "goods over 200,000: a flat 100,000"
	}
	return "goods from 20,000 to 200,000: half the value, not less than 20,000"
}

// latestStart returns the last start from which the whole case fits in
// cal's data, searching back from the end of its coverage.
func latestStart(cal calendar.Calendar, tariffs storagecost.Schedule, value decimal.Decimal) (calendar.Date, bool) {
	first, last := cal.Coverage()
	for d := last; !d.Before(first); d = d.AddDays(-1) {
		if _, err := tell(cal, tariffs, d, value); err == nil {
			return d, true
		} else if !errors.Is(err, calendar.ErrNotCovered) && !isStartError(err) {
			return calendar.Date{}, false
		}
	}
	return calendar.Date{}, false
}

func isStartError(err error) bool {
	var se *startError
	return errors.As(err, &se)
}
