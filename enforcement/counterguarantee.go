package enforcement

import (
	"encoding/json"
	"fmt"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

// ReleaseGuarantee is the consignee's counter-guarantee in a patent case
// (反担保): the guarantee money, equal to the goods' value, that it
// deposits to have suspected goods released (Regs arts 19, 24(3); R-REL-1),
// and what becomes of it (Regs art 19; Measures (2009 numbering) arts 20,
// 36, 41; R-REL-2). It is the fold of its [LedgerEntry]s, in this order:
//
//  1. [Deposit]: the guarantee money, once, exactly the goods' value
//     ([Goods.Value]): Regs art 19 asks for money "equal to the value"
//     (货物等值), so more is refused as well as less.
//  2. [GoodsReleased]: customs released the goods (Regs art 24(3)).
//  3. [ReleaseNotice]: customs served its written notice of the release on
//     the holder (Measures (2009 numbering) art 20). From the day after,
//     the holder has 30 working days (Rules.CounterGuaranteeSuit; Measures
//     (2009 numbering) art 41; R-REL-2 [U]) to bring a court's
//     case-acceptance notice.
//  4. Either [SuitAccepted], on or before the window's last day: the money
//     is held until the court decides, and [Compensation] then records
//     the judgment, paying Amount (at most the deposit) to the holder
//     (Measures (2009 numbering) art 36 [U]); or nothing by the last day.
//  5. [Refund] of the whole balance to the consignee: after the judgment,
//     or from the day after the window's last day when no suit came
//     (Regs art 19: the money is refunded if the holder does not sue
//     within a reasonable period). When the judgment paid the holder all
//     of it, a refund of 0.00 closes the guarantee.
//
// At every step deposited = paid to the holder + refunded + held, where
// held is the money customs still holds. Open one with
// [NewReleaseGuarantee] on the case, which must be about patents only. The
// case's own workflow decides whether the release is allowed (its
// [CounterGuarantee] event); the guarantee follows the money.
//
// A ReleaseGuarantee is an immutable value, safe for concurrent use; the
// zero ReleaseGuarantee refuses every entry.
type ReleaseGuarantee struct {
	caseID uuid.UUID
	value  int64 // The goods' value, in fen.
	rules  Rules
	ledger
	st guaranteeStatus
}

// guaranteeStatus is what a guarantee's entries establish; amounts in fen.
type guaranteeStatus struct {
	deposited, paid, refunded int64
	depositDay, released      calendar.Date
	served, window            calendar.Date // The release notice, and the window's last day once computed.
	sued, decided, closed     calendar.Date
}

func (s *guaranteeStatus) held() int64 { return s.deposited - s.paid - s.refunded }

// NewReleaseGuarantee opens the counter-guarantee of case c, on its goods'
// value and rules, and applies entries in order. It fails with
// [FieldErrors] matching [ErrLedgerRefused] naming each right of c that is
// not a patent ("rights[1].type": Regs art 19 is for patents only;
// R-REL-1), with [ErrInvalidLedger] for the zero Case, and with an error
// naming the entry ("entries[2]: ...") if an entry is refused.
func NewReleaseGuarantee(c Case, entries ...LedgerEntry) (ReleaseGuarantee, error) {
	if c.State() == StateUnknown {
		return ReleaseGuarantee{}, &FieldError{Field: "case", Reason: "the zero Case has no goods: open one with NewCase", class: ErrInvalidLedger}
	}
	p := &problems{class: ErrLedgerRefused}
	for i, r := range c.facts.Rights {
		if !r.Type.IsPatent() {
			p.add(fmt.Sprintf("rights[%d].type", i), r.Type.String(),
				"not a patent: only in a patent case may the consignee have the goods released against guarantee money (Regs art 19; R-REL-1)")
		}
	}
	if err := p.err(); err != nil {
		return ReleaseGuarantee{}, err
	}
	if len(entries) > MaxLedgerEntries {
		return ReleaseGuarantee{}, &FieldError{Field: "entries", Value: fmt.Sprint(len(entries)), Reason: fmt.Sprintf("more than %d entries", MaxLedgerEntries), class: ErrInvalidLedger}
	}
	g := ReleaseGuarantee{caseID: c.facts.ID, value: c.value, rules: c.rules}
	if len(entries) > 0 {
		g.log = &entryLog{entries: make([]LedgerEntry, min(max(8, len(entries)+1), MaxLedgerEntries))}
	}
	for i, e := range entries {
		st, err := g.apply(e)
		if err != nil {
			return ReleaseGuarantee{}, &replayError{field: "entries", index: i, err: err, class: ErrInvalidLedger}
		}
		g.log.entries[i] = e
		g.n, g.st = i+1, st
	}
	if g.log != nil {
		g.log.claimed.Store(int64(g.n))
	}
	return g, nil
}

// Apply returns the guarantee after e, or the unchanged receiver and an
// error: [FieldErrors] matching [ErrInvalidLedger] if e's fields do not fit
// its kind; a *[LedgerError] matching [ErrLedgerRefused] if the order of
// [ReleaseGuarantee] refuses it (a suit accepted after the window carries
// the window's LastDay, a refund too early the day it is due, From); an
// error wrapping [calendar.ErrNotCovered] if the window reaches past the
// calendar's data.
func (g ReleaseGuarantee) Apply(e LedgerEntry) (ReleaseGuarantee, error) {
	st, err := g.apply(e)
	if err != nil {
		return g, err
	}
	out := g
	out.ledger, out.st = g.extend(e), st
	return out, nil
}

func (g ReleaseGuarantee) refusal(e LedgerEntry, reason string) *LedgerError {
	return &LedgerError{Entry: e, Balance: yuan(g.st.held()), Reason: reason}
}

func (g ReleaseGuarantee) apply(e LedgerEntry) (guaranteeStatus, error) {
	s := g.st
	refuse := func(why string) error { return g.refusal(e, why) }
	if err := g.precheck(e, s.closed, refuse); err != nil {
		return s, err
	}
	if g.caseID == uuid.Nil {
		return s, refuse("no guarantee: open one with NewReleaseGuarantee")
	}
	if e.Kind != Deposit && s.deposited == 0 {
		return s, refuse("no guarantee money deposited yet (Regs art 19; R-REL-1)")
	}
	amount := fen(e.Amount)
	once := func(day calendar.Date) error {
		if !day.IsZero() {
			return refuse(fmt.Sprintf("already recorded on %s", day))
		}
		return nil
	}
	switch e.Kind {
	case Deposit:
		if err := once(s.depositDay); err != nil {
			return s, err
		}
		if amount != g.value {
			err := g.refusal(e, fmt.Sprintf("guarantee money of %s is %s than the goods' value, %s: Regs art 19 asks for money equal to it (R-REL-1)",
				showFen(amount), map[bool]string{true: "more", false: "less"}[amount > g.value], showFen(g.value)))
			if amount < g.value {
				err.Shortfall = yuan(g.value - amount)
			}
			return s, err
		}
		s.deposited, s.depositDay = amount, e.Date
	case GoodsReleased:
		if err := once(s.released); err != nil {
			return s, err
		}
		s.released = e.Date
	case ReleaseNotice:
		if err := once(s.served); err != nil {
			return s, err
		}
		if s.released.IsZero() {
			return s, refuse("the goods are not released yet: customs notifies the holder of the release (Measures art 20)")
		}
		s.served = e.Date
		if w, err := g.rules.CounterGuaranteeSuit.Deadline(g.rules.Calendar, e.Date); err == nil {
			s.window = w.LastDay // Else computed when needed, failing then.
		}
	case SuitAccepted:
		if err := once(s.sued); err != nil {
			return s, err
		}
		if s.served.IsZero() {
			return s, refuse("customs has not served its release notice: the holder's 30 working days run from the day after it (Measures arts 20, 41; R-REL-2)")
		}
		last, err := g.windowEnd(s)
		if err != nil {
			return s, err
		}
		if e.Date.After(last) {
			err := g.refusal(e, fmt.Sprintf("the holder's window for the court's case-acceptance notice ended on %s: the guarantee money is refunded to the consignee (Regs art 19; Measures art 20; R-REL-2)", last))
			err.LastDay = last
			return s, err
		}
		s.sued = e.Date
	case Compensation:
		if err := once(s.decided); err != nil {
			return s, err
		}
		if s.sued.IsZero() {
			return s, refuse("no suit accepted: the guarantee money pays the holder only as a court decides on the holder's suit (Measures arts 20, 36; R-REL-2)")
		}
		if held := s.held(); amount > held {
			err := g.refusal(e, fmt.Sprintf("compensation of %s is more than the guarantee money held, %s, by %s", showFen(amount), showFen(held), showFen(amount-held)))
			err.Shortfall = yuan(amount - held)
			return s, err
		}
		s.paid += amount
		s.decided = e.Date
	case Refund:
		from, why, err := g.refundableFrom(s)
		if err != nil {
			return s, err
		}
		if why == "" && e.Date.Before(from) {
			why = fmt.Sprintf("no suit can come until the window ends on %s: a refund is possible from %s (Regs art 19; Measures art 20; R-REL-2)", from.AddDays(-1), from)
		}
		if why != "" {
			err := g.refusal(e, why)
			err.From = from
			if s.sued.IsZero() && !s.window.IsZero() {
				err.LastDay = s.window
			}
			return s, err
		}
		if held := s.held(); amount != held {
			if amount > held {
				err := g.refusal(e, fmt.Sprintf("refund of %s is more than the guarantee money held, %s, by %s", showFen(amount), showFen(held), showFen(amount-held)))
				err.Shortfall = yuan(amount - held)
				return s, err
			}
			return s, refuse(fmt.Sprintf("a refund returns the whole guarantee money held, %s (Regs art 19)", showFen(held)))
		}
		s.refunded += amount
		s.closed = e.Date
	default:
		return s, refuse(fmt.Sprintf("not an entry of a counter-guarantee: %s belongs to a bond ledger (BondLedger)", e.Kind))
	}
	return s, nil
}

// windowEnd returns the last day of the holder's window for the court's
// case-acceptance notice.
func (g ReleaseGuarantee) windowEnd(s guaranteeStatus) (calendar.Date, error) {
	if !s.window.IsZero() {
		return s.window, nil
	}
	w, err := g.rules.CounterGuaranteeSuit.Deadline(g.rules.Calendar, s.served)
	if err != nil {
		return calendar.Date{}, fmt.Errorf("enforcement: the holder's window after the release notice of %s: %w", s.served, err)
	}
	return w.LastDay, nil
}

// refundableFrom returns the first day the money may be refunded, or why
// not yet.
func (g ReleaseGuarantee) refundableFrom(s guaranteeStatus) (calendar.Date, string, error) {
	switch {
	case !s.decided.IsZero():
		return s.decided, "", nil
	case !s.sued.IsZero():
		return calendar.Date{}, fmt.Sprintf("the holder's suit was accepted on %s: the money is held until the court decides (Measures arts 20, 36; R-REL-2)", s.sued), nil
	case !s.served.IsZero():
		last, err := g.windowEnd(s)
		if err != nil {
			return calendar.Date{}, "", err
		}
		return last.AddDays(1), "", nil
	case !s.released.IsZero():
		return calendar.Date{}, "customs has not served its release notice on the holder, from which the holder's 30 working days run (Measures arts 20, 41; R-REL-2)", nil
	}
	return calendar.Date{}, "the goods are not released yet (Regs art 24(3))", nil
}

// RefundableFrom returns the first day the guarantee money may be refunded
// to the consignee: the day after the holder's window when no suit came,
// or the day of the court's judgment, also when the judgment left nothing
// (a refund of 0.00 then closes the guarantee). While that hangs on something not
// yet recorded (the release, its notice, the judgment) it returns the zero
// Date and a *[LedgerError] matching [ErrLedgerRefused] saying what; and
// an error wrapping [calendar.ErrNotCovered] if the window reaches past
// the calendar's data.
func (g ReleaseGuarantee) RefundableFrom() (calendar.Date, error) {
	probe := LedgerEntry{Kind: Refund, Amount: yuan(g.st.held())}
	switch {
	case !g.st.closed.IsZero():
		return calendar.Date{}, g.refusal(probe, fmt.Sprintf("the guarantee money was refunded on %s: the guarantee is closed", g.st.closed))
	case g.st.deposited == 0:
		return calendar.Date{}, g.refusal(probe, "no guarantee money deposited yet (Regs art 19)")
	}
	from, why, err := g.refundableFrom(g.st)
	if err != nil {
		return calendar.Date{}, err
	}
	if why != "" {
		return calendar.Date{}, g.refusal(probe, why)
	}
	return from, nil
}

// SuitWindow returns the holder's 30 working days, from the day after
// customs served the release notice, to bring a court's case-acceptance
// notice (Rules.CounterGuaranteeSuit; Measures (2009 numbering) arts 20,
// 41; R-REL-2 [U]); the zero Deadline before the notice is served. It
// fails with an error wrapping [calendar.ErrNotCovered] if the window
// reaches past the calendar's data.
func (g ReleaseGuarantee) SuitWindow() (calendar.Deadline, error) {
	if g.st.served.IsZero() {
		return calendar.Deadline{}, nil
	}
	return g.rules.CounterGuaranteeSuit.Deadline(g.rules.Calendar, g.st.served)
}

// CaseID returns the identifier of the guarantee's case.
func (g ReleaseGuarantee) CaseID() uuid.UUID { return g.caseID }

// GoodsValue returns the goods' value, which the deposit must equal.
func (g ReleaseGuarantee) GoodsValue() decimal.Decimal { return yuan(g.value) }

// Deposited returns the guarantee money deposited, in CNY: the goods'
// value once deposited, else 0.
func (g ReleaseGuarantee) Deposited() decimal.Decimal { return yuan(g.st.deposited) }

// PaidToHolder returns what the court's judgment paid the holder out of
// the guarantee money.
func (g ReleaseGuarantee) PaidToHolder() decimal.Decimal { return yuan(g.st.paid) }

// Refunded returns the guarantee money refunded to the consignee.
func (g ReleaseGuarantee) Refunded() decimal.Decimal { return yuan(g.st.refunded) }

// Held returns the guarantee money customs still holds: deposited less
// paid to the holder and refunded.
func (g ReleaseGuarantee) Held() decimal.Decimal { return yuan(g.st.held()) }

// Entries returns a copy of the entries, oldest first.
func (g ReleaseGuarantee) Entries() []LedgerEntry { return append([]LedgerEntry(nil), g.entries()...) }

// Closed reports whether the guarantee money was refunded, and when.
func (g ReleaseGuarantee) Closed() (calendar.Date, bool) { return g.st.closed, !g.st.closed.IsZero() }

// Equal reports whether g and o belong to the same case, with the same
// goods' value, rules and entries.
func (g ReleaseGuarantee) Equal(o ReleaseGuarantee) bool {
	return g.caseID == o.caseID && g.value == o.value && g.rules.Equal(o.rules) && entriesEqual(g.entries(), o.entries())
}

type guaranteeJSON struct {
	Case         uuid.UUID   `json:"case"`
	GoodsValue   *amountJSON `json:"goods_value"`
	Entries      []entryJSON `json:"entries"`
	Deposited    *amountJSON `json:"deposited,omitempty"`
	PaidToHolder *amountJSON `json:"paid_to_holder,omitempty"`
	Refunded     *amountJSON `json:"refunded,omitempty"`
	Held         *amountJSON `json:"held,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: the case's identifier, the
// goods' value, the entries and every total. It fails for the zero
// ReleaseGuarantee.
func (g ReleaseGuarantee) MarshalJSON() ([]byte, error) {
	if g.caseID == uuid.Nil {
		return nil, &FieldError{Field: "case", Reason: "the zero ReleaseGuarantee has no case: open one with NewReleaseGuarantee", class: ErrInvalidLedger}
	}
	at := func(n int64) *amountJSON { a := amountJSON(yuan(n)); return &a }
	j := guaranteeJSON{Case: g.caseID, GoodsValue: at(g.value), Entries: make([]entryJSON, g.n),
		Deposited: at(g.st.deposited), PaidToHolder: at(g.st.paid), Refunded: at(g.st.refunded), Held: at(g.st.held())}
	for i, e := range g.entries() {
		j.Entries[i] = e.toJSON()
	}
	return json.Marshal(j)
}

// ParseReleaseGuarantee reads a guarantee written by
// [ReleaseGuarantee.MarshalJSON], strictly, as the counter-guarantee of
// case c: its case must be c and its goods' value c's, and its entries are
// replayed on c's rules ([NewReleaseGuarantee]). Errors match
// [ErrInvalidLedger] (or [ErrLedgerRefused] for a case not about patents)
// and name the field or the entry at fault.
func ParseReleaseGuarantee(data []byte, c Case) (ReleaseGuarantee, error) {
	var j guaranteeJSON
	if err := decodeLedger(guarFormat, "guarantee JSON", data, &j); err != nil {
		return ReleaseGuarantee{}, err
	}
	p := &problems{class: ErrInvalidLedger}
	if j.Case != c.facts.ID {
		p.add("case", j.Case.String(), fmt.Sprintf("not the case %s", c.facts.ID))
	}
	if j.GoodsValue == nil {
		p.add("goods_value", "", "required: the goods' value the deposit equals")
	} else if v := decimal.Decimal(*j.GoodsValue); !v.Equal(yuan(c.value)) {
		p.add("goods_value", v.StringFixed(2), fmt.Sprintf("not the case's goods' value, %s", showFen(c.value)))
	}
	if err := p.err(); err != nil {
		return ReleaseGuarantee{}, err
	}
	entries, err := readEntries(j.Entries)
	if err != nil {
		return ReleaseGuarantee{}, err
	}
	g, err := NewReleaseGuarantee(c, entries...)
	if err != nil {
		return ReleaseGuarantee{}, err
	}
	s := g.st
	if err := checkTotals([]total{{"deposited", j.Deposited, s.deposited}, {"paid_to_holder", j.PaidToHolder, s.paid},
		{"refunded", j.Refunded, s.refunded}, {"held", j.Held, s.held()}}); err != nil {
		return ReleaseGuarantee{}, err
	}
	return g, nil
}
