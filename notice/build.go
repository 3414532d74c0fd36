package notice

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The constructors build each notice from an enforcement.Case, filling in
// every field the case knows: the parties, the rights with their
// recordation numbers, the goods, the port, the dates of its events and
// the last days of its periods, counted on the case's own rules and
// calendar. The caller gives the Header (Header.Case defaults to the
// case's ID) and, for a payment notice, the bill and the PaymentTerms.
//
// A constructor refuses a case that has not reached the step its notice
// reports with a *CaseError matching ErrNotIssuable, and never returns a
// notice that fails its own Validate on the case's calendar: a missing or
// malformed field, of the header or the terms, comes back as FieldErrors
// matching ErrInvalidNotice, and so does a period that reaches past the
// calendar's data (wrapping calendar.ErrNotCovered). On error the notice
// returned is the zero value.

// PaymentTerms are what a payment notice says that neither the case nor
// the bill does: where the goods are kept, whom the holder pays, what it
// already paid the warehouse, when it receives the notice, and, if not the
// defaults, the due date and the security that answers for unpaid fees.
type PaymentTerms struct {
	// Warehouse is where the goods are kept. Required.
	Warehouse Warehouse
	// Payee is whom the holder pays, and into which account. Required.
	Payee Payee
	// PaidToWarehouse is what the holder already paid the warehouse
	// directly for the bill's charges (Regs art 14; R-FEE-2); zero if
	// nothing. At most the bill's total.
	PaidToWarehouse decimal.Decimal
	// Received is the day the holder receives (is served) the notice, from
	// which its time to pay runs. Required.
	Received calendar.Date
	// DueDate is the last day to pay. Zero means the case's
	// Rules.FeePayment (by default 10 working days) counted from the day
	// after Received on the case's calendar (GACC Ann. 2006 No. 31;
	// R-FEE-4); otherwise it must be a working day after Received.
	DueDate calendar.Date
	// Security is what answers if the holder does not pay. Zero means
	// GeneralBond if the holder relies on a general bond that covers the
	// case (Facts.GeneralBond is set and Case.RequiredBond is 0; R-EXO-5),
	// else CashBond (Regs arts 14, 25).
	Security Security
}

// NewPayment returns the payment notice (缴费通知) for the fees of bill b,
// the storage, custody and disposal fees of the goods of case c (Regs
// art 25; R-FEE-1):
//
//   - Payer is the holder (Regs art 25); Rights, Goods (their value is
//     enforcement's Goods.Value) from the case's facts;
//   - Detention is the reference of the detention event, else of the
//     detention receipt served, if either has one; Detained is the day of
//     detention;
//   - From and To are the bill's first and last charged days (Measures
//     (2009 numbering) art 34; R-FEE-3), or, for a bill that charges no
//     day (one-off charges only, such as handling out and disposal after
//     the fee cap), the period it bills (storagecost.Bill.From and To);
//     Lines its lines, Total its total;
//   - Due is Total less t.PaidToWarehouse (Regs art 14; R-FEE-2);
//   - Received, DueDate and Security are from t, with the defaults of
//     [PaymentTerms];
//   - Bond is the bond the holder posted in the case
//     (enforcement.Case.BondPosted).
//
// A case whose goods were never detained, a bill of a stay that does not
// start on the day of detention, a bill that runs past the day goods
// released or handed to a court left detention, and a bill capped on
// another day than the case's fee cap (enforcement.Case.FeeCap) are each
// a *[CaseError] (Measures (2009 numbering) art 34; R-FEE-3). A paid amount above
// the bill's total is a [FieldError] on "paid_to_warehouse".
func NewPayment(c enforcement.Case, b storagecost.Bill, h Header, t PaymentTerms) (Payment, error) {
	if err := opened(KindPayment, c); err != nil {
		return Payment{}, err
	}
	detained, ok := c.Detained()
	if !ok {
		return Payment{}, notIssuable(KindPayment, c, "the goods were never detained, so there are no storage, custody or disposal fees (Regs art 25; R-FEE-1)")
	}
	if b.Detained != detained {
		return Payment{}, notIssuable(KindPayment, c, fmt.Sprintf("the bill is for a stay from %s, but the case's goods were detained on %s", b.Detained, detained))
	}
	if err := billWithinCharge(c, b); err != nil {
		return Payment{}, err
	}
	f, rules := c.Facts(), c.Rules()
	from, to := b.First, b.Last
	if from.IsZero() {
		// No day charged: the notice states the period billed.
		from, to = b.From, b.To
	}
	n := Payment{
		Header:          withCase(c, h),
		Payer:           PartyFrom(f.Holder),
		Rights:          rightsOf(f),
		Detention:       detentionNumber(c),
		Detained:        detained,
		Goods:           goodsOf(f.Goods),
		Warehouse:       t.Warehouse,
		From:            from,
		To:              to,
		Lines:           linesOf(b.Lines),
		Total:           b.Total,
		PaidToWarehouse: t.PaidToWarehouse,
		Payee:           t.Payee,
		Received:        t.Received,
		DueDate:         t.DueDate,
		Security:        t.Security,
		Bond:            c.BondPosted(),
	}
	if moneyProblem(n.Total) == "" && moneyProblem(n.PaidToWarehouse) == "" && !n.PaidToWarehouse.GreaterThan(n.Total) {
		n.Due = n.Total.Sub(n.PaidToWarehouse)
	}
	derived := &problems{kind: KindPayment}
	if n.DueDate.IsZero() && n.Received.IsValid() {
		n.DueDate = periodEnd(derived, "due_date", rules.FeePayment, rules.Calendar, n.Received, "received")
	}
	if n.Security == SecurityUnknown {
		n.Security = CashBond
		if !f.GeneralBond.IsZero() && c.RequiredBond().IsZero() {
			n.Security = GeneralBond
		}
	}
	checked := &problems{kind: KindPayment}
	n.validate(checked, &rules.Calendar)
	if err := mergeProblems(derived, checked); err != nil {
		return Payment{}, err
	}
	return n, nil
}

// NewSuspension returns the written notice to the holder that customs has
// suspended the release of the goods of ex officio case c (Regs art 16;
// Measures arts 21-22; R-EXO-1):
//
//   - Holder, Rights, Goods, Consignee, Port and Direction from the
//     case's facts;
//   - Served is the day of the case's notice-served event; ReplyBy the
//     last day of the holder's reply period (Rules.Reply, by default 3
//     working days from the day after service; Measures arts 22, 41;
//     R-EXO-2) — while the case is suspended, the deadline the case itself
//     lists (enforcement.Case.Deadlines);
//   - OfficeCloses is the case's Rules.OfficeCloses, by default 17:00,
//     the cut-off for a reply in person (Measures art 41);
//   - Bond is the bond the holder must post, enforcement.Case.RequiredBond
//     (Measures art 23; R-EXO-4), 0 under a general bond that covers the
//     case (R-EXO-5).
//
// A case on the upon-application track, or one in which customs served no
// notice, is a *[CaseError].
//
// Worked example (domain brief): a notice served on Friday 2024-02-09
// must be answered by Tuesday 2024-02-20, because 10-17 February 2024 are
// the Spring Festival holiday and Sunday 18 February is a working day.
func NewSuspension(c enforcement.Case, h Header) (Suspension, error) {
	if err := opened(KindSuspension, c); err != nil {
		return Suspension{}, err
	}
	if c.Track() != enforcement.ExOfficio {
		return Suspension{}, notIssuable(KindSuspension, c, "customs suspends release and serves this notice only ex officio (Regs art 16; R-EXO-1)")
	}
	ev, ok := lastEvent(c, enforcement.NoticeServed)
	if !ok {
		return Suspension{}, notIssuable(KindSuspension, c, "customs served no notice of suspension: no notice-served event (Regs art 16; R-EXO-1)")
	}
	f, rules := c.Facts(), c.Rules()
	n := Suspension{
		Header:       withCase(c, h),
		Holder:       PartyFrom(f.Holder),
		Rights:       rightsOf(f),
		Goods:        goodsOf(f.Goods),
		Consignee:    PartyFrom(f.Consignee),
		Port:         f.Port,
		Direction:    f.Direction,
		Served:       ev.Date,
		OfficeCloses: rules.OfficeCloses,
		Bond:         c.RequiredBond(),
	}
	derived := &problems{kind: KindSuspension}
	if s := c.State(); s == enforcement.Suspended || s == enforcement.Applied {
		// While the period runs, the case's own deadline.
		if d, ok := runningDeadline(c, enforcement.ReplyPeriod); ok {
			n.ReplyBy = d.LastDay
		}
	}
	if n.ReplyBy.IsZero() {
		n.ReplyBy = periodEnd(derived, "reply_by", rules.Reply, rules.Calendar, n.Served, "served")
	}
	checked := &problems{kind: KindSuspension}
	n.validate(checked, &rules.Calendar)
	if err := mergeProblems(derived, checked); err != nil {
		return Suspension{}, err
	}
	return n, nil
}

// NewDetentionReceipt returns the detention receipt (扣留凭单) for the
// goods of case c, served on the consignee (Regs arts 15-16; Measures
// (2009 numbering) arts 18, 26; R-APP-3): Consignee, Holder, Rights,
// Goods, Port, Direction and Track from the case's facts, Detained the
// day of detention. A case whose goods were never detained is a
// *[CaseError].
func NewDetentionReceipt(c enforcement.Case, h Header) (DetentionReceipt, error) {
	if err := opened(KindDetentionReceipt, c); err != nil {
		return DetentionReceipt{}, err
	}
	detained, ok := c.Detained()
	if !ok {
		return DetentionReceipt{}, notIssuable(KindDetentionReceipt, c, "the goods were never detained (Regs arts 15-16)")
	}
	f := c.Facts()
	n := DetentionReceipt{
		Header:    withCase(c, h),
		Consignee: PartyFrom(f.Consignee),
		Holder:    PartyFrom(f.Holder),
		Rights:    rightsOf(f),
		Goods:     goodsOf(f.Goods),
		Port:      f.Port,
		Direction: f.Direction,
		Track:     f.Track,
		Detained:  detained,
	}
	if err := n.check(nil); err != nil {
		return DetentionReceipt{}, err
	}
	return n, nil
}

// NewInvestigationResult returns the written notice of the result of
// customs' investigation of the goods of ex officio case c, to the holder
// and the consignee (Regs art 20; Measures art 28; R-EXO-6): Holder,
// Consignee, Rights and Goods from the case's facts; Detained the day of
// detention; Result and Determined the result the case records and the
// day it was notified (enforcement.Case.Result). For an undetermined
// result CourtBy is the last day for a court's assistance notice, the
// case's Rules.ExOfficioCourtNotice (by default 50 working days) from the
// detention, after which customs releases the goods (Regs art 24(2);
// R-EXO-7); otherwise it is zero. A case with no result is a *[CaseError].
func NewInvestigationResult(c enforcement.Case, h Header) (InvestigationResult, error) {
	if err := opened(KindInvestigationResult, c); err != nil {
		return InvestigationResult{}, err
	}
	result, determined := c.Result()
	if result == enforcement.ResultUnknown {
		return InvestigationResult{}, notIssuable(KindInvestigationResult, c, "customs has notified no result of an investigation (Regs art 20; R-EXO-6)")
	}
	detained, _ := c.Detained() // A result follows detention.
	f, rules := c.Facts(), c.Rules()
	n := InvestigationResult{
		Header:     withCase(c, h),
		Holder:     PartyFrom(f.Holder),
		Consignee:  PartyFrom(f.Consignee),
		Rights:     rightsOf(f),
		Goods:      goodsOf(f.Goods),
		Detained:   detained,
		Determined: determined,
		Result:     result,
	}
	derived := &problems{kind: KindInvestigationResult}
	if result == enforcement.Undetermined {
		n.CourtBy = periodEnd(derived, "court_by", rules.ExOfficioCourtNotice, rules.Calendar, detained, "detained")
	}
	checked := &problems{kind: KindInvestigationResult}
	n.validate(checked, &rules.Calendar)
	if err := mergeProblems(derived, checked); err != nil {
		return InvestigationResult{}, err
	}
	return n, nil
}

// NewRelease returns the written notice that the goods of case c are
// released, and why (Regs arts 16, 19, 24): Holder, Consignee, Rights and
// Goods from the case's facts; Reason the case's released state, which
// names the rule; Released the day of the event or lapse that released the
// goods, the last of the case's history; Detained the day of detention,
// zero for goods never detained. For goods released after detention,
// PreservationBy is the last day of the window for a court's
// property-preservation notice against the holder's bond, the case's
// Rules.Preservation (by default 20 working days) from the day after the
// release, as enforcement's BondLedger counts it (Measures (2009
// numbering) art 35; R-FEE-6); zero otherwise. A case whose goods are not
// released is a *[CaseError].
func NewRelease(c enforcement.Case, h Header) (Release, error) {
	if err := opened(KindRelease, c); err != nil {
		return Release{}, err
	}
	state := c.State()
	if !state.In(enforcement.Released) {
		return Release{}, notIssuable(KindRelease, c, "the goods are not released (Regs arts 16, 24)")
	}
	events := c.Events()
	released := events[len(events)-1].Date // A released state is terminal: the last event entered it.
	detained, wasDetained := c.Detained()
	f, rules := c.Facts(), c.Rules()
	n := Release{
		Header:    withCase(c, h),
		Holder:    PartyFrom(f.Holder),
		Consignee: PartyFrom(f.Consignee),
		Rights:    rightsOf(f),
		Goods:     goodsOf(f.Goods),
		Detained:  detained,
		Released:  released,
		Reason:    state,
	}
	derived := &problems{kind: KindRelease}
	if wasDetained {
		n.PreservationBy = periodEnd(derived, "preservation_by", rules.Preservation, rules.Calendar, released, "released")
	}
	checked := &problems{kind: KindRelease}
	n.validate(checked, &rules.Calendar)
	if err := mergeProblems(derived, checked); err != nil {
		return Release{}, err
	}
	return n, nil
}

// NewConfiscation returns the notice of customs' decision to confiscate
// the goods of case c, found infringing (Regs art 27; R-EXO-8):
// Consignee, Holder, Rights and Goods from the case's facts; Decision the
// reference of the confiscation event, the penalty decision's number;
// Detained the day of detention; Served the day the decision was served on
// the consignee (enforcement.Case.ConfiscationServed); FeeCap the last day
// of storage the holder can be charged for, by default 3 calendar months
// after service (enforcement.Case.FeeCap; Measures (2009 numbering)
// art 34; R-FEE-3). Fine is left zero: the case does not record it, and
// the caller sets it (Penalty Regs art 25; R-PEN-1). A case in which no
// confiscation decision was served is a *[CaseError].
func NewConfiscation(c enforcement.Case, h Header) (Confiscation, error) {
	if err := opened(KindConfiscation, c); err != nil {
		return Confiscation{}, err
	}
	served, ok := c.ConfiscationServed()
	if !ok {
		return Confiscation{}, notIssuable(KindConfiscation, c, "no confiscation decision was served (Regs art 27; R-EXO-8)")
	}
	detained, _ := c.Detained() // Confiscation follows detention.
	ev, _ := lastEvent(c, enforcement.Confiscation)
	f := c.Facts()
	n := Confiscation{
		Header:    withCase(c, h),
		Consignee: PartyFrom(f.Consignee),
		Holder:    PartyFrom(f.Holder),
		Rights:    rightsOf(f),
		Goods:     goodsOf(f.Goods),
		Decision:  ev.Reference,
		Detained:  detained,
		Served:    served,
	}
	derived := &problems{kind: KindConfiscation}
	if last, _, err := c.FeeCap(); err != nil {
		derived.add("fee_cap", "", "cannot be counted from served, "+served.String()+": "+trimPackage(err))
		derived.list[len(derived.list)-1].wrapped = err
	} else {
		n.FeeCap = last
	}
	checked := &problems{kind: KindConfiscation}
	n.validate(checked)
	if err := mergeProblems(derived, checked); err != nil {
		return Confiscation{}, err
	}
	return n, nil
}

// NewCounterGuarantee returns the written notice to the holder that the
// patent goods of case c were released against the consignee's guarantee
// money (Regs arts 19, 24(3); R-REL-1): Holder, Consignee, Rights and
// Goods from the case's facts; Amount and Released the amount and the day
// of the case's counter-guarantee event; Served the day the notice is
// served on the holder, served, or h.Issued if served is zero; SuitBy the
// last day for the holder to hand customs the court's notice accepting its
// suit, the case's Rules.CounterGuaranteeSuit (by default 30 working days)
// from the day after service, after which the money is refunded to the
// consignee (Measures (2009 numbering) arts 20, 41; R-REL-2). A case not
// released against a counter-guarantee is a *[CaseError].
func NewCounterGuarantee(c enforcement.Case, h Header, served calendar.Date) (CounterGuarantee, error) {
	if err := opened(KindCounterGuarantee, c); err != nil {
		return CounterGuarantee{}, err
	}
	ev, ok := lastEvent(c, enforcement.CounterGuarantee)
	if !ok || c.State() != enforcement.ReleasedCounterGuarantee {
		return CounterGuarantee{}, notIssuable(KindCounterGuarantee, c, "the goods were not released against a counter-guarantee (Regs art 19; R-REL-1)")
	}
	if served.IsZero() {
		served = h.Issued
	}
	f, rules := c.Facts(), c.Rules()
	n := CounterGuarantee{
		Header:    withCase(c, h),
		Holder:    PartyFrom(f.Holder),
		Consignee: PartyFrom(f.Consignee),
		Rights:    rightsOf(f),
		Goods:     goodsOf(f.Goods),
		Amount:    ev.Amount,
		Released:  ev.Date,
		Served:    served,
	}
	derived := &problems{kind: KindCounterGuarantee}
	if served.IsValid() {
		n.SuitBy = periodEnd(derived, "suit_by", rules.CounterGuaranteeSuit, rules.Calendar, served, "served")
	}
	checked := &problems{kind: KindCounterGuarantee}
	n.validate(checked, &rules.Calendar)
	if err := mergeProblems(derived, checked); err != nil {
		return CounterGuarantee{}, err
	}
	return n, nil
}

// billWithinCharge refuses a bill that charges what the case does not
// allow (Measures (2009 numbering) art 34; R-FEE-3): for goods released
// or handed to a court, a bill whose period (b.To, which is on or after
// its last charged day) runs past the day the detention ended, the day of
// the case's last event; for confiscated goods, a bill capped on another
// day than the case's FeeCap. A bill with no cap is the caller's decision
// that the cap does not apply (a delay caused by the consignee's review or
// litigation, or another special reason of disposal), which the case
// cannot know.
func billWithinCharge(c enforcement.Case, b storagecost.Bill) error {
	if s := c.State(); s.In(enforcement.Released) || s == enforcement.CourtAssisted {
		events := c.Events()
		ended := events[len(events)-1].Date // A terminal state: the last event entered it.
		if b.To.After(ended) || b.Last.After(ended) {
			return notIssuable(KindPayment, c, fmt.Sprintf("the bill runs to %s, but the detention ended on %s: only the detention period is charged (Measures (2009 numbering) art 34; R-FEE-3)", later(b.To, b.Last), ended))
		}
	}
	feeCap, capped, err := c.FeeCap()
	if err != nil || !capped || b.Cap.IsZero() {
		return nil // No cap, or none the calendar can count (NewConfiscation reports that).
	}
	if b.Cap != feeCap || b.Last.After(feeCap) {
		return notIssuable(KindPayment, c, fmt.Sprintf("the bill caps storage on %s, but the case's fee cap is %s (Measures (2009 numbering) art 34; R-FEE-3)", b.Cap, feeCap))
	}
	return nil
}

func later(a, b calendar.Date) calendar.Date {
	if b.After(a) {
		return b
	}
	return a
}

// opened refuses the zero Case, which has no facts.
func opened(k Kind, c enforcement.Case) error {
	if c.State() == enforcement.StateUnknown {
		return notIssuable(k, c, "no case: open one with enforcement.NewCase")
	}
	return nil
}

func notIssuable(k Kind, c enforcement.Case, reason string) error {
	return &CaseError{Kind: k, State: c.State(), Reason: reason}
}

// withCase returns h with its case number defaulted to the case's ID.
func withCase(c enforcement.Case, h Header) Header {
	if h.Case == "" {
		h.Case = c.ID().String()
	}
	return h
}

// rightsOf returns the rights of the case's facts, each with the number of
// its recordation, if recorded.
func rightsOf(f enforcement.Facts) []Right {
	out := make([]Right, len(f.Rights))
	for i, r := range f.Rights {
		out[i] = Right{Type: r.Type, Number: r.Number, Recordation: recordationOf(r, f.Recordations)}
	}
	return out
}

// recordationOf returns the number of the recordation of r among recs: the
// one whose right is r, else the one of r's type, number and holder (a
// recordation may hold a later copy of the right, with a renewal the case's
// facts do not have yet); "" if none.
func recordationOf(r rights.Right, recs []rights.Recordation) string {
	for _, rec := range recs {
		if rec.Right().Equal(r) {
			return rec.Number()
		}
	}
	for _, rec := range recs {
		if s := rec.Right(); s.Type == r.Type && s.Number == r.Number && s.Holder == r.Holder {
			return rec.Number()
		}
	}
	return ""
}

func goodsOf(g enforcement.Goods) Goods {
	return Goods{Description: g.Description, Quantity: g.Quantity, Unit: g.Unit, Value: g.Value()}
}

// linesOf converts a bill's lines, with each line's method, minimum and
// bracket, so that the holder can check every amount (issue 7; R-FEE-1,
// R-FEE-8). A line keeps the tariff's own description of its charge; the
// description storagecost writes in English when the tariff has none (the
// kind's code, "minimum charge per bill") is dropped, since the notice
// names every kind in its own language.
func linesOf(ls []storagecost.Line) []Line {
	if len(ls) == 0 {
		return nil
	}
	out := make([]Line, len(ls))
	for i, l := range ls {
		desc := l.Description
		if desc == l.Kind.String() || l.Kind == storagecost.Minimum {
			desc = ""
		}
		out[i] = Line{
			Kind: l.Kind, Description: desc, Basis: l.Basis, Per: l.Per, Unit: l.Unit,
			Quantity: l.Quantity, Rate: l.Rate, Days: l.Days, First: l.First, Last: l.Last, Amount: l.Amount,
			Method: l.Method, Minimum: l.Minimum, UpTo: l.UpTo,
		}
	}
	return out
}

// detentionNumber returns the reference of the case's detention, else of
// the detention receipt served, else "".
func detentionNumber(c enforcement.Case) string {
	if ev, ok := lastEvent(c, enforcement.Detention); ok && ev.Reference != "" {
		return ev.Reference
	}
	if ev, ok := lastEvent(c, enforcement.ReceiptServed); ok {
		return ev.Reference
	}
	return ""
}

// lastEvent returns the last event of kind k in the case's history.
func lastEvent(c enforcement.Case, k enforcement.EventKind) (enforcement.Event, bool) {
	events := c.Events()
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Kind == k {
			return events[i], true
		}
	}
	return enforcement.Event{}, false
}

// runningDeadline returns the case's running deadline of kind k, if any.
func runningDeadline(c enforcement.Case, k enforcement.DeadlineKind) (enforcement.Deadline, bool) {
	ds, err := c.Deadlines()
	if err != nil {
		return enforcement.Deadline{}, false // The caller counts it, and reports the error.
	}
	for _, d := range ds {
		if d.Kind == k {
			return d, true
		}
	}
	return enforcement.Deadline{}, false
}

// periodEnd returns the last day of period p from trigger on cal, or adds a
// problem on field wrapping the calendar's error and returns the zero
// Date. from names the trigger's field.
func periodEnd(p *problems, field string, period calendar.Period, cal calendar.Calendar, trigger calendar.Date, from string) calendar.Date {
	d, err := period.Deadline(cal, trigger)
	if err != nil {
		p.addf(field, "", "cannot be counted from %s, %s: %s", from, trigger, trimPackage(err))
		p.list[len(p.list)-1].wrapped = err
		return calendar.Date{}
	}
	return d.LastDay
}

// mergeProblems returns the problems of deriving a notice's fields, then those of
// validating it that are not about a field whose derivation failed (which
// would only repeat that it is missing), or nil.
func mergeProblems(derived, checked *problems) error {
	list := derived.list
	for _, e := range checked.list {
		dup := false
		for _, d := range derived.list {
			if d.Field == e.Field {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, e)
		}
	}
	return list.orNil()
}

// trimPackage returns err's message without its package's prefix.
func trimPackage(err error) string {
	msg := err.Error()
	for _, prefix := range []string{"notice: ", "calendar: ", "enforcement: ", "storagecost: ", "rights: "} {
		msg = strings.TrimPrefix(msg, prefix)
	}
	return msg
}
