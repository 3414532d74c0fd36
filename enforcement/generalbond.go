package enforcement

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/iprborder/iprborder/internal/strictjson"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// The general bond (总担保) of GACC Announcement 2006 No. 31 (in force
// 2006-07-01; reflected in Measures (2009 numbering) art 24): a trademark
// holder who repeatedly asks customs to detain goods under Regs art 16
// posts one bank guarantee for the year instead of a bond per case
// (R-GB-1..4, R-EXO-5), and customs calls on the bank for the fees of a
// covered case that the holder leaves unpaid (R-FEE-4).

var (
	// ErrInvalidGeneralBond: [GeneralBondTerms] that are missing, absurd
	// or contradict each other, a ledger operation whose own fields are
	// invalid, or general bond JSON that cannot be decoded. The error is
	// [FieldErrors] (or a *[FieldError]) naming each field as in JSON.
	ErrInvalidGeneralBond = errors.New("enforcement: invalid general bond")

	// ErrOutsideGeneralBond: a case that a [GeneralBond] does not cover on
	// a day, so that the holder must post the per-case bond. The error is
	// an *[OutsideGeneralBondError] listing every reason.
	ErrOutsideGeneralBond = errors.New("enforcement: outside the general bond")

	// ErrGeneralBondRefused: a fee notice, payment or call on the bank
	// that the general bond's ledger refuses. The error is a
	// *[GeneralBondRefusedError] carrying the facts; the bond is
	// unchanged.
	ErrGeneralBondRefused = errors.New("enforcement: general bond operation refused")
)

// Limits on a general bond. They are far above any real bond and exist to
// reject absurd input.
const (
	// MaxGeneralBondRecordations bounds the trademark recordations one
	// general bond covers.
	MaxGeneralBondRecordations = 1000
	// MaxGeneralBondEntries bounds the ledger of one general bond: fee
	// notices, payments and calls together.
	MaxGeneralBondEntries = 100_000
)

// Guarantor is the bank that issues a general bond's letter of guarantee
// and answers jointly and severally for the holder's fees (GACC Ann. 2006
// No. 31 item 2 and its annexed letter format; R-GB-4).
type Guarantor struct {
	// Bank is the bank's name, as on the letter of guarantee.
	Bank string
	// Licensed records that the bank is licensed to do financial business
	// in mainland China: required (R-GB-4). A foreign bank qualifies if it
	// is so licensed; a bank outside the mainland that is not does not.
	Licensed bool
}

// GeneralBondTerms are what GACC approved: the application of Ann. 2006
// No. 31 item 2 and the bank's letter of guarantee.
type GeneralBondTerms struct {
	// Reference is GACC's reference for the approval.
	Reference string
	// Holder is the trademark holder who applied (知识产权权利人).
	Holder Party
	// Recordations are the trademark recordations the bond covers: each a
	// trademark (R-GB-1), recorded for Holder, in force on Approved
	// (Regs art 16; R-REC-1), at most [MaxGeneralBondRecordations], no
	// trademark twice.
	Recordations []rights.Recordation
	// PreviousYearFees is the sum of the storage, custody and disposal
	// fees the holder actually paid in the previous calendar year after
	// detentions it requested; 0 if it requested none (Ann. 2006 No. 31
	// item 3; R-GB-2). In CNY, in whole fen.
	PreviousYearFees decimal.Decimal
	// Approved is the day GACC approved the general bond, from which it
	// covers (R-GB-3).
	Approved calendar.Date
	// Issued is the day the bank issued the letter of guarantee, from
	// which it is valid (R-GB-3). The letter is filed with the
	// application, so it is issued on or before Approved.
	Issued calendar.Date
	// Guarantor is the issuing bank (R-GB-4).
	Guarantor Guarantor
}

// clone returns a copy of t that shares no slice with it.
func (t GeneralBondTerms) clone() GeneralBondTerms {
	t.Recordations = slices.Clone(t.Recordations)
	return t
}

// equal reports whether t and u are the same terms; amounts compare as
// numbers.
func (t GeneralBondTerms) equal(u GeneralBondTerms) bool {
	return t.Reference == u.Reference && t.Holder == u.Holder &&
		slices.EqualFunc(t.Recordations, u.Recordations, rights.Recordation.Equal) &&
		t.PreviousYearFees.Equal(u.PreviousYearFees) && t.Approved == u.Approved && t.Issued == u.Issued &&
		t.Guarantor == u.Guarantor
}

// GeneralBond is a general bond (总担保) approved by GACC under Ann. 2006
// No. 31: its terms, what follows from them by rule, and its ledger of
// fee notices, payments and calls on the bank.
//
//	| what                     | rule                                              | source                       |
//	|--------------------------|---------------------------------------------------|------------------------------|
//	| who and what it covers   | one holder's recorded trademarks, ex officio only | Ann. 2006 No. 31; R-GB-1     |
//	| amount                   | max(previous year's fees, GeneralBondMinimum)     | Ann. 2006 No. 31; R-GB-2     |
//	| coverage                 | approval day to 31 December of that year          | Ann. 2006 No. 31; R-GB-3     |
//	| letter of guarantee      | issue day to 30 June of the next year             | Ann. 2006 No. 31; R-GB-3     |
//	| guarantor                | a bank licensed in mainland China                 | Ann. 2006 No. 31; R-GB-4     |
//	| call on the bank         | a fee notice unpaid after Rules.FeePayment        | Regs art 25; LG; R-FEE-4     |
//
// A case it covers ([GeneralBond.Covers]) needs no per-case bond
// (R-EXO-5); the storage, custody and disposal fees remain the holder's
// (Regs art 25; R-FEE-1). Customs notifies the holder of a case's fees
// ([GeneralBond.Notify]); the holder pays ([GeneralBond.Pay]) within 10
// working days of receipt; for what is then still unpaid customs calls on
// the bank ([GeneralBond.Call]), which draws on the bond up to its
// amount. Each notice balances: its amount is what was paid, plus what
// was drawn, plus what is outstanding.
//
// A GeneralBond is an immutable value: the ledger operations return a new
// one and leave the receiver unchanged, and the accessors return copies.
// It is safe for concurrent use. Compare with [GeneralBond.Equal]. The
// zero GeneralBond covers nothing and refuses every operation; build one
// with [NewGeneralBond].
type GeneralBond struct {
	terms    GeneralBondTerms
	cal      calendar.Calendar
	payment  calendar.Period // Rules.FeePayment, defaults filled in.
	minimum  Parameter       // The GeneralBondMinimum in force on Approved.
	amount   int64           // In fen.
	covered  calendar.Date   // The last day of coverage.
	expires  calendar.Date   // The last day of the letter of guarantee.
	byNumber map[string]int  // Trademark number → index in terms.Recordations; read only.

	led *gbLedger // The ledger is led.entries[:n], its notices led.notices[:m].
	n   int
	m   int
	// Totals over the ledger, in fen.
	notified, paid, drawn int64
}

// NewGeneralBond returns the general bond GACC approved on the terms t,
// read with the rules r (r.FeePayment and r.Calendar) and the numbers of
// the law params, with an empty ledger:
//
//   - its amount is the larger of t.PreviousYearFees and the
//     [GeneralBondMinimum] in force on t.Approved (R-GB-2; CNY 200,000
//     from 2006-07-01 in [DefaultParameters]);
//   - it covers from t.Approved to 31 December of that year (R-GB-3);
//   - its letter of guarantee is valid from t.Issued to 30 June of the
//     next year (R-GB-3).
//
// It fails with every problem found, as [FieldErrors] matching
// [ErrInvalidGeneralBond] (or [ErrInvalidRules], for r), named as in
// JSON ("recordations[2]", "guarantor.licensed"): no reference, holder or
// recordation; a recordation that is not of a trademark (R-GB-1), not
// recorded for the holder, not in force on the approval day, or of the
// same trademark as another; fees that are not an amount of money; an
// invalid day; a letter issued after the approval; a letter that expires
// before the coverage ends; no bank, or one not licensed in mainland
// China (R-GB-4). No GeneralBondMinimum in force on t.Approved is a
// problem of "approved" that also matches [ErrNoParameter].
//
// The letter's validity is the library's reading of Ann. 2006 No. 31:
// GACC gives it to 30 June of the next year so that it outlasts the
// cases of the year, about six months each, and a letter that would
// expire while the bond still covers new cases is refused. In practice the
// letter must be issued in the approval year.
//
// The terms are copied: the bond shares no slice with the caller.
func NewGeneralBond(t GeneralBondTerms, r Rules, params Parameters) (GeneralBond, error) {
	p := &problems{class: ErrInvalidGeneralBond}
	byNumber := t.check(p, "")
	var minimum Parameter
	if t.Approved.IsValid() {
		var err error
		if minimum, err = params.At(GeneralBondMinimum, t.Approved); err != nil {
			p.list = append(p.list, &FieldError{Field: "approved", Value: t.Approved.String(), class: ErrInvalidGeneralBond, err: err,
				Reason: fmt.Sprintf("no general bond minimum in force that day (R-GB-2): %s", strings.TrimPrefix(err.Error(), "enforcement: "))})
		}
	}
	if err := r.Validate(); err != nil {
		p.list = append(p.list, err.(FieldErrors)...)
	}
	if err := p.err(); err != nil {
		return GeneralBond{}, err
	}
	r = r.withDefaults()
	amount := fen(minimum.Value)
	if fees := fen(t.PreviousYearFees); fees > amount {
		amount = fees
	}
	return GeneralBond{
		terms: t.clone(), cal: r.Calendar, payment: r.FeePayment, minimum: minimum, amount: amount,
		covered: coverageEnd(t.Approved), expires: guaranteeExpiry(t.Issued), byNumber: byNumber,
	}, nil
}

// IsZero reports whether t is the zero GeneralBondTerms: no general bond.
func (t GeneralBondTerms) IsZero() bool {
	return t.Reference == "" && t.Holder.IsZero() && len(t.Recordations) == 0 && t.PreviousYearFees.IsZero() &&
		t.Approved.IsZero() && t.Issued.IsZero() && t.Guarantor == Guarantor{}
}

// check adds the problems of t to p, each field prefixed with at
// ("general_bond."), and returns the index of the trademark numbers
// covered: every check of NewGeneralBond but the parameters'.
func (t GeneralBondTerms) check(p *problems, at string) map[string]int {
	mark := len(p.list)
	checkText(p, "reference", t.Reference, maxReference, true)
	checkParty(p, "holder", t.Holder, true)
	byNumber := checkCoveredRecordations(p, t)
	checkMoney(p, "previous_year_fees", t.PreviousYearFees)
	approvedOK := t.Approved.IsValid()
	if !approvedOK {
		p.add("approved", t.Approved.String(), "required: the day GACC approved the general bond (R-GB-3)")
	}
	if !t.Issued.IsValid() {
		p.add("issued", t.Issued.String(), "required: the day the bank issued the letter of guarantee (R-GB-3)")
	} else if approvedOK {
		if t.Issued.After(t.Approved) {
			p.add("issued", t.Issued.String(), fmt.Sprintf("after the approval on %s: the letter of guarantee is filed with the application (Ann. 2006 No. 31 item 2)", t.Approved))
		} else if exp, end := guaranteeExpiry(t.Issued), coverageEnd(t.Approved); exp.Before(end) {
			p.add("issued", t.Issued.String(), fmt.Sprintf("the letter of guarantee expires on %s, before the coverage ends on %s: it must outlast the cases of the year (Ann. 2006 No. 31; R-GB-3)", exp, end))
		}
	}
	checkText(p, "guarantor.bank", t.Guarantor.Bank, maxText, true)
	if !t.Guarantor.Licensed {
		p.add("guarantor.licensed", "false", "required: a bank licensed to do financial business in mainland China (Ann. 2006 No. 31 item 2; R-GB-4)")
	}
	for _, e := range p.list[mark:] {
		e.Field = at + e.Field
	}
	return byNumber
}

// checkCoveredRecordations adds the problems of t.Recordations to p and
// returns the index of their trademark numbers.
func checkCoveredRecordations(p *problems, t GeneralBondTerms) map[string]int {
	switch n := len(t.Recordations); {
	case n == 0:
		p.add("recordations", "", "required: the trademark recordations the general bond covers (R-GB-1)")
		return nil
	case n > MaxGeneralBondRecordations:
		p.add("recordations", fmt.Sprint(n), fmt.Sprintf("more than %d recordations", MaxGeneralBondRecordations))
		return nil
	}
	byNumber := make(map[string]int, len(t.Recordations))
	for i, rec := range t.Recordations {
		at := fmt.Sprintf("recordations[%d]", i)
		if rec.Type() == rights.TypeUnknown {
			p.add(at, "", "the zero Recordation: build one with rights.NewRecordation")
			continue
		}
		r := rec.Right()
		what := r.Type.String() + " " + r.Number
		if r.Type != rights.Trademark {
			p.add(at, what, "not a trademark: a general bond covers trademarks recorded with GACC only (Ann. 2006 No. 31 item 1; R-GB-1)")
			continue
		}
		if r.Holder != t.Holder.Name {
			p.add(at, what, fmt.Sprintf("recorded for %q, not the holder %q (R-GB-1)", textcode.Clip(r.Holder), textcode.Clip(t.Holder.Name)))
		}
		if t.Approved.IsValid() && !rec.InForce(t.Approved) {
			p.add(at, what, fmt.Sprintf("not in force on the approval day %s (Regs art 16; R-GB-1, R-REC-1)", t.Approved))
		}
		if j, ok := byNumber[r.Number]; ok {
			p.add(at, what, fmt.Sprintf("the same trademark as recordations[%d]", j))
			continue
		}
		byNumber[r.Number] = i
	}
	return byNumber
}

// coverageEnd is the last day a general bond approved on d covers: 31
// December of the approval year (R-GB-3).
func coverageEnd(d calendar.Date) calendar.Date {
	return calendar.Date{Year: d.Year, Month: time.December, Day: 31}
}

// guaranteeExpiry is the last day of a letter of guarantee issued on d:
// 30 June of the next year (R-GB-3).
func guaranteeExpiry(d calendar.Date) calendar.Date {
	return calendar.Date{Year: d.Year + 1, Month: time.June, Day: 30}
}

// Terms returns a copy of the terms GACC approved.
func (b GeneralBond) Terms() GeneralBondTerms { return b.terms.clone() }

// Amount returns the bond's amount in CNY: the larger of the fees the
// holder paid in the previous year and the [GeneralBondMinimum] in force
// on the approval day (R-GB-2).
func (b GeneralBond) Amount() decimal.Decimal { return decimal.New(b.amount, -2) }

// Minimum returns the version of [GeneralBondMinimum] the amount was
// measured against: the one in force on the approval day, with its
// source.
func (b GeneralBond) Minimum() Parameter { return b.minimum }

// Coverage returns the first and last day, inclusive, of the bond's
// coverage: from the approval to 31 December of that year (R-GB-3). A
// detention in these days needs no per-case bond (R-EXO-5).
func (b GeneralBond) Coverage() (first, last calendar.Date) { return b.terms.Approved, b.covered }

// Guarantee returns the first and last day, inclusive, on which the
// letter of guarantee is valid and the bank can be called: from its issue
// to 30 June of the next year (R-GB-3).
func (b GeneralBond) Guarantee() (first, last calendar.Date) { return b.terms.Issued, b.expires }

// Covers returns nil if the bond covers the case of the facts f on day
// on, so that it needs no per-case bond (R-EXO-5); otherwise an
// *[OutsideGeneralBondError] matching [ErrOutsideGeneralBond] that lists
// every reason, each citing its rule:
//
//   - the case is not in the ex officio route (Regs art 16; R-GB-1): an
//     upon-application case always posts its own bond (Regs art 14);
//   - a right of the case is not a trademark (R-GB-1);
//   - a trademark of the case is not among the recordations the bond
//     covers, or its recordation is not in force on on (R-REC-1): the
//     case's own recordation of it if f has one, which may record a
//     renewal since the approval, else the bond's;
//   - the case's holder is not the bond's holder;
//   - on is outside the coverage window ([GeneralBond.Coverage]);
//   - the letter of guarantee is not valid on on ([GeneralBond.Guarantee]);
//   - the bond is drawn in full: nothing is left to answer for the case's
//     fees (R-FEE-4).
//
// The day is that of the detention the holder applies for, normally the
// day it applies. Covers reads f as given; validate it with
// [Facts.Validate].
func (b GeneralBond) Covers(f Facts, on calendar.Date) error {
	if b.byNumber == nil {
		return &OutsideGeneralBondError{Case: f.ID, Date: on, Reasons: []string{"no general bond: build one with NewGeneralBond"}}
	}
	why := b.coverage().reasons(f, on)
	if b.drawn >= b.amount {
		why = append(why, fmt.Sprintf("the bond of %s is drawn in full: nothing is left to answer for the case's fees (Regs art 25; R-FEE-4)", b.Amount().StringFixed(2)))
	}
	if len(why) > 0 {
		return &OutsideGeneralBondError{Bond: b.terms.Reference, Case: f.ID, Date: on, Reasons: why}
	}
	return nil
}

// coverage is what follows from a general bond's terms for the cases it
// covers; a Case keeps one for the general bond of its facts.
type coverage struct {
	terms            GeneralBondTerms
	byNumber         map[string]int // Read only.
	covered, expires calendar.Date
}

func (b GeneralBond) coverage() *coverage {
	return &coverage{terms: b.terms, byNumber: b.byNumber, covered: b.covered, expires: b.expires}
}

// coverageOf returns the coverage of valid terms t.
func coverageOf(t GeneralBondTerms) *coverage {
	byNumber := make(map[string]int, len(t.Recordations))
	for i, rec := range t.Recordations {
		if _, ok := byNumber[rec.Right().Number]; !ok {
			byNumber[rec.Right().Number] = i
		}
	}
	return &coverage{terms: t, byNumber: byNumber, covered: coverageEnd(t.Approved), expires: guaranteeExpiry(t.Issued)}
}

// reasons returns why the terms do not cover the case of f on day on,
// each citing its rule; none if they do. Whether anything is left to
// draw is the ledger's: see GeneralBond.Covers.
func (g *coverage) reasons(f Facts, on calendar.Date) []string {
	var why []string
	if f.Track != ExOfficio {
		why = append(why, fmt.Sprintf("the case is %s: a general bond replaces only the bond of an ex officio detention (Regs art 16; Ann. 2006 No. 31 item 1; R-GB-1)", f.Track))
	}
	if len(f.Rights) == 0 {
		why = append(why, "the case has no right")
	}
	for i, r := range f.Rights {
		if r.Type != rights.Trademark {
			why = append(why, fmt.Sprintf("rights[%d] (%s %s) is not a trademark: a general bond covers recorded trademarks only (R-GB-1)", i, r.Type, textcode.Clip(r.Number)))
			continue
		}
		k, ok := g.byNumber[r.Number]
		if !ok {
			why = append(why, fmt.Sprintf("rights[%d] (trademark %s) is not among the recordations the general bond covers (R-GB-1)", i, textcode.Clip(r.Number)))
			continue
		}
		rec := g.terms.Recordations[k]
		for _, own := range f.Recordations {
			if own.Type() == rights.Trademark && own.Right().Number == r.Number {
				rec = own // The case's copy is the later one: it may hold a renewal.
				break
			}
		}
		if on.IsValid() && !rec.InForce(on) {
			why = append(why, fmt.Sprintf("rights[%d] (trademark %s): its recordation %s is not in force on %s (Regs art 16; R-REC-1)", i, textcode.Clip(r.Number), rec.Number(), on))
		}
	}
	if f.Holder.Name != g.terms.Holder.Name {
		why = append(why, fmt.Sprintf("the case's holder is %q, not the general bond's %q (R-GB-1)", textcode.Clip(f.Holder.Name), textcode.Clip(g.terms.Holder.Name)))
	}
	switch {
	case !on.IsValid():
		why = append(why, fmt.Sprintf("%s is not a day", on))
	case on.Before(g.terms.Approved) || on.After(g.covered):
		why = append(why, fmt.Sprintf("%s is outside the coverage window %s to %s (Ann. 2006 No. 31; R-GB-3)", on, g.terms.Approved, g.covered))
	}
	if on.IsValid() && (on.Before(g.terms.Issued) || on.After(g.expires)) {
		why = append(why, fmt.Sprintf("the letter of guarantee is valid from %s to %s, not on %s (R-GB-3)", g.terms.Issued, g.expires, on))
	}
	return why
}

// OutsideGeneralBondError reports a case that a general bond does not
// cover on a day ([GeneralBond.Covers]).
type OutsideGeneralBondError struct {
	Bond    string        // The bond's reference.
	Case    uuid.UUID     // The case's identifier.
	Date    calendar.Date // The day asked about.
	Reasons []string      // Every reason, in words, citing the rule.
}

// Error returns "enforcement: case", the case, the day, the bond's
// reference quoted (clipped to 64 bytes) and every reason, separated by
// "; ".
func (e *OutsideGeneralBondError) Error() string {
	return fmt.Sprintf("enforcement: case %s on %s is outside general bond %q: %s", e.Case, e.Date, textcode.Clip(e.Bond), strings.Join(e.Reasons, "; "))
}

// Is reports whether target is [ErrOutsideGeneralBond].
func (e *OutsideGeneralBondError) Is(target error) bool { return target == ErrOutsideGeneralBond }

// GeneralBondEntryKind is what an entry of a general bond's ledger
// records. The zero GeneralBondEntryKind is [GeneralBondEntryUnknown].
type GeneralBondEntryKind uint8

// The entry kinds. Do not reorder: the text codes are the stable form.
const (
	// GeneralBondEntryUnknown is the zero GeneralBondEntryKind: not set.
	// No entry of a ledger has it, and it has no text code.
	GeneralBondEntryUnknown GeneralBondEntryKind = iota
	// NoticeReceived: the holder received customs' written notice of the
	// fees of a covered case (Regs art 25; R-FEE-1).
	NoticeReceived
	// NoticePaid: the holder paid some or all of a notice.
	NoticePaid
	// BankCalled: customs called on the bank for what the holder left
	// unpaid after the payment period (Ann. 2006 No. 31, letter of
	// guarantee; R-FEE-4).
	BankCalled
)

var generalBondEntryKindCodes = textcode.New[GeneralBondEntryKind]("GeneralBondEntryKind", []string{
	NoticeReceived: "notice-received",
	NoticePaid:     "notice-paid",
	BankCalled:     "bank-called",
})

// IsValid reports whether k is a kind other than GeneralBondEntryUnknown.
func (k GeneralBondEntryKind) IsValid() bool { return generalBondEntryKindCodes.Valid(k) }

// String returns the stable text code of k ("notice-received",
// "notice-paid", "bank-called"), or "%!GeneralBondEntryKind(n)".
func (k GeneralBondEntryKind) String() string { return generalBondEntryKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k GeneralBondEntryKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(generalBondEntryKindCodes, "GeneralBondEntryKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k GeneralBondEntryKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *GeneralBondEntryKind) UnmarshalText(text []byte) error {
	v, err := enumParse(generalBondEntryKindCodes, "GeneralBondEntryKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// GeneralBondEntry is one entry of a general bond's ledger, as
// [GeneralBond.Entries] returns it and [ReplayGeneralBond] reads it.
type GeneralBondEntry struct {
	// Kind is what the entry records; required.
	Kind GeneralBondEntryKind
	// Date is the day the holder received the notice, paid, or customs
	// called on the bank.
	Date calendar.Date
	// Notice is the fee notice's reference.
	Notice string
	// Case is the case whose fees the notice is for: NoticeReceived only.
	Case uuid.UUID
	// Amount is the notice's amount, the amount paid, or the amount the
	// call drew, in CNY.
	Amount decimal.Decimal
}

// Equal reports whether e and o are the same entry; amounts compare as
// numbers.
func (e GeneralBondEntry) Equal(o GeneralBondEntry) bool {
	return e.Kind == o.Kind && e.Date == o.Date && e.Notice == o.Notice && e.Case == o.Case && e.Amount.Equal(o.Amount)
}

// GeneralBondNotice is a fee notice on a general bond's ledger, and where
// it stands: Amount = Paid + Drawn + Outstanding.
type GeneralBondNotice struct {
	// Reference is the notice's reference, unique on the ledger; Case the
	// case whose fees it asks for; Amount what it asks, in CNY, positive,
	// in whole fen; Received the day the holder received it.
	Reference string
	Case      uuid.UUID
	Amount    decimal.Decimal
	Received  calendar.Date
	// LastDayToPay is the last day the holder may pay before customs may
	// call on the bank: Rules.FeePayment from the day of receipt, by
	// default 10 working days counted from the day after (R-FEE-4). A
	// payment by bank transfer is in time until 24:00 that day (Measures
	// art 41).
	LastDayToPay calendar.Date
	Paid         decimal.Decimal // What the holder paid.
	Drawn        decimal.Decimal // What calls on the bank drew.
	Outstanding  decimal.Decimal // What neither has settled yet.
}

// GeneralBondTotals are the sums of a general bond's ledger, in CNY:
// Notified = Paid + Drawn + Outstanding, and Available = the bond's
// amount − Drawn, never negative.
type GeneralBondTotals struct {
	// Notified is the sum of the notices received, Paid what the holder
	// paid on them, Drawn what calls on the bank drew, Outstanding what
	// neither has settled, and Available what the bond can still answer
	// for.
	Notified, Paid, Drawn, Outstanding, Available decimal.Decimal
}

// GeneralBondRefusedError reports a ledger operation the general bond
// refuses; the bond is unchanged. The facts that matter to the refusal
// are set, the others zero.
type GeneralBondRefusedError struct {
	Op     GeneralBondEntryKind // The operation refused.
	Notice string               // The notice's reference.
	Date   calendar.Date        // The operation's day.
	// Reasons lists every reason, in words, citing the rule.
	Reasons []string
	// LastDayToPay is the notice's last day to pay, and CallableFrom the
	// first day a call on the bank is possible, the day after it.
	LastDayToPay, CallableFrom calendar.Date
	// GuaranteeExpires is the last day of the letter of guarantee.
	GuaranteeExpires calendar.Date
	// Outstanding is what the notice leaves unsettled; Available what is
	// left of the bond; Shortfall the part of Outstanding the bond cannot
	// answer for, or of a payment, the part beyond Outstanding.
	Outstanding, Available, Shortfall decimal.Decimal
}

// Error returns "enforcement:", the operation, the notice's reference
// quoted (clipped to 64 bytes), the day, "refused:" and every reason,
// separated by "; ".
func (e *GeneralBondRefusedError) Error() string {
	return fmt.Sprintf("enforcement: %s %q on %s refused: %s", e.Op, textcode.Clip(e.Notice), e.Date, strings.Join(e.Reasons, "; "))
}

// Is reports whether target is [ErrGeneralBondRefused].
func (e *GeneralBondRefusedError) Is(target error) bool { return target == ErrGeneralBondRefused }

// gbLedger is the ledger log that general bonds extending one another
// share, so that an operation need not copy the ledger to keep every bond
// immutable (as history does for cases). A bond's ledger is a prefix of
// the log: entries[:n], notices[:m]. Only the bond whose ledger is the
// whole log extends it in place; any other copies its prefix into a new
// log. Entries are appended, never changed, under mu.
type gbLedger struct {
	mu      sync.RWMutex
	entries []GeneralBondEntry
	notices []gbNotice
	byRef   map[string]int32 // Reference → index in notices.
}

// gbNotice is a notice on the log: its entry, its last day to pay, and
// the history of its balance.
type gbNotice struct {
	entry    int32         // Index of its NoticeReceived entry.
	amount   int64         // In fen.
	received calendar.Date // The day of receipt.
	lastDay  calendar.Date // The last day to pay.
	// balances are the amounts paid and drawn after each entry that
	// changed them, oldest first; balances[0] is the receipt's.
	balances []gbBalance
}

type gbBalance struct {
	entry       int32 // The index of the entry after which it holds.
	paid, drawn int64 // In fen.
}

// balance returns what notice k has paid and drawn after the first n
// entries. The caller holds led.mu.
func (l *gbLedger) balance(k int32, n int) gbBalance {
	bs := l.notices[k].balances
	i := len(bs) - 1
	for i > 0 && int(bs[i].entry) >= n {
		i--
	}
	return bs[i]
}

// find returns the index of the notice ref among b's notices. The caller
// holds b.led.mu.
func (b GeneralBond) find(ref string) (int32, bool) {
	if b.led == nil {
		return 0, false
	}
	k, ok := b.led.byRef[ref]
	return k, ok && int(k) < b.m
}

// extend returns b with e appended to its ledger; k is the notice e
// concerns and bal its balance after e (for NoticeReceived, k is the new
// notice's index and n its data). It copies b's ledger into a new log if
// another bond has already extended b's.
func (b GeneralBond) extend(e GeneralBondEntry, k int32, n gbNotice, bal gbBalance) GeneralBond {
	l := b.led
	if l != nil {
		l.mu.Lock()
		if len(l.entries) != b.n {
			l.mu.Unlock()
			l = nil
		}
	}
	if l == nil {
		l = b.copyLedger()
		l.mu.Lock()
	}
	bal.entry = int32(len(l.entries))
	l.entries = append(l.entries, e)
	if e.Kind == NoticeReceived {
		n.entry, n.balances = bal.entry, []gbBalance{bal}
		l.notices = append(l.notices, n)
		l.byRef[e.Notice] = k
		b.m++
	} else {
		l.notices[k].balances = append(l.notices[k].balances, bal)
	}
	l.mu.Unlock()
	b.led, b.n = l, b.n+1
	return b
}

// copyLedger returns a new log holding b's ledger alone.
func (b GeneralBond) copyLedger() *gbLedger {
	l := &gbLedger{byRef: make(map[string]int32, b.m+1)}
	if b.led == nil {
		return l
	}
	b.led.mu.RLock()
	defer b.led.mu.RUnlock()
	l.entries = make([]GeneralBondEntry, b.n, max(8, 2*b.n))
	copy(l.entries, b.led.entries[:b.n])
	l.notices = make([]gbNotice, b.m, max(8, 2*b.m))
	for k := 0; k < b.m; k++ {
		n := b.led.notices[k]
		bs := n.balances
		i := len(bs)
		for i > 1 && int(bs[i-1].entry) >= b.n {
			i--
		}
		n.balances = bs[:i:i] // Shared: both ledgers only append, and the cap makes an append copy.
		l.notices[k] = n
		l.byRef[b.led.entries[n.entry].Notice] = int32(k)
	}
	return l
}

// refused returns a *GeneralBondRefusedError.
func (b GeneralBond) refused(op GeneralBondEntryKind, ref string, on calendar.Date, why ...string) *GeneralBondRefusedError {
	return &GeneralBondRefusedError{Op: op, Notice: ref, Date: on, Reasons: why, GuaranteeExpires: b.expires,
		Available: decimal.New(b.amount-b.drawn, -2)}
}

// checkOperation refuses an operation on the zero bond, on a full ledger,
// or dated before the last entry.
func (b GeneralBond) checkOperation(op GeneralBondEntryKind, ref string, on calendar.Date) *GeneralBondRefusedError {
	switch {
	case b.byNumber == nil:
		return b.refused(op, ref, on, "no general bond: build one with NewGeneralBond")
	case b.n >= MaxGeneralBondEntries:
		return b.refused(op, ref, on, fmt.Sprintf("the ledger already holds %d entries, the most this package keeps", b.n))
	case b.n > 0:
		b.led.mu.RLock()
		last := b.led.entries[b.n-1]
		b.led.mu.RUnlock()
		if on.Before(last.Date) {
			return b.refused(op, ref, on, fmt.Sprintf("dated before the ledger's last entry, %s %q on %s", last.Kind, textcode.Clip(last.Notice), last.Date))
		}
	}
	return nil
}

// checkEntryFields adds the problems of an operation's own fields to p.
func checkEntryFields(p *problems, ref string, amount *decimal.Decimal, on calendar.Date) {
	checkText(p, "notice", ref, maxReference, true)
	if amount != nil {
		if why := moneyProblem(*amount); why != "" {
			p.add("amount", showDecimal(*amount), why)
		} else if amount.Sign() == 0 {
			p.add("amount", "0", "must be positive")
		}
	}
	if !on.IsValid() {
		p.add("date", on.String(), "required: a valid day")
	}
}

// Notify returns the bond with the fee notice ref of the case caseID, for
// amount, received by the holder on received. The holder has until the
// notice's last day to pay, Rules.FeePayment from received (by default
// the 10th working day after it), before customs may call on the bank
// (Regs art 25; R-FEE-4). The case should be one the bond covers
// ([GeneralBond.Covers]); the ledger cannot check it.
//
// It fails, with the receiver unchanged: with [FieldErrors] matching
// [ErrInvalidGeneralBond] for an empty or over-long reference, the nil
// UUID, an amount that is not positive money, an invalid day; with a
// *[GeneralBondRefusedError] for a reference already on the ledger, a
// notice received before the approval or after the letter of guarantee
// expired (the bond cannot answer for it), or dated before the ledger's
// last entry; with an error wrapping [calendar.ErrNotCovered] if the last
// day to pay is beyond the calendar's data.
func (b GeneralBond) Notify(ref string, caseID uuid.UUID, amount decimal.Decimal, received calendar.Date) (GeneralBond, error) {
	p := &problems{class: ErrInvalidGeneralBond}
	checkEntryFields(p, ref, &amount, received)
	if caseID == uuid.Nil {
		p.add("case", "", "required: the identifier of the case whose fees the notice is for")
	}
	if err := p.err(); err != nil {
		return b, err
	}
	if e := b.checkOperation(NoticeReceived, ref, received); e != nil {
		return b, e
	}
	var why []string
	if received.Before(b.terms.Approved) {
		why = append(why, fmt.Sprintf("received before the general bond was approved on %s: it covers no case before (R-GB-3)", b.terms.Approved))
	}
	if received.After(b.expires) {
		why = append(why, fmt.Sprintf("received after the letter of guarantee expired on %s: the bond cannot answer for it (R-GB-3)", b.expires))
	}
	if b.led != nil {
		b.led.mu.RLock()
		_, dup := b.find(ref)
		b.led.mu.RUnlock()
		if dup {
			why = append(why, "a notice of that reference is already on the ledger")
		}
	}
	if b.notified+fen(amount) > maxAmountFen {
		why = append(why, fmt.Sprintf("the notices on the bond would total more than %d: no bond answers for that much", MaxAmount))
	}
	if len(why) > 0 {
		return b, b.refused(NoticeReceived, ref, received, why...)
	}
	dl, err := b.payment.Deadline(b.cal, received)
	if err != nil {
		return b, fmt.Errorf("enforcement: fee notice %q received on %s: its last day to pay (R-FEE-4): %w", textcode.Clip(ref), received, err)
	}
	a := fen(amount)
	out := b.extend(GeneralBondEntry{Kind: NoticeReceived, Date: received, Notice: ref, Case: caseID, Amount: amount},
		int32(b.m), gbNotice{amount: a, received: received, lastDay: dl.LastDay}, gbBalance{})
	out.notified += a
	return out, nil
}

// Pay returns the bond with a payment by the holder of amount towards the
// notice ref, on day on. A payment after the last day to pay is late but
// still settles what it pays.
//
// It fails, with the receiver unchanged: with [FieldErrors] matching
// [ErrInvalidGeneralBond] for invalid fields (see [GeneralBond.Notify]);
// with a *[GeneralBondRefusedError] for an unknown notice, a payment
// beyond what is outstanding (its Shortfall is the excess), or one dated
// before the ledger's last entry.
func (b GeneralBond) Pay(ref string, amount decimal.Decimal, on calendar.Date) (GeneralBond, error) {
	p := &problems{class: ErrInvalidGeneralBond}
	if checkEntryFields(p, ref, &amount, on); p.err() != nil {
		return b, p.err()
	}
	if e := b.checkOperation(NoticePaid, ref, on); e != nil {
		return b, e
	}
	k, n, bal, ok := b.lookup(ref)
	if !ok {
		return b, b.refused(NoticePaid, ref, on, "no fee notice of that reference on the ledger")
	}
	a, outstanding := fen(amount), n.amount-bal.paid-bal.drawn
	if a > outstanding {
		e := b.refused(NoticePaid, ref, on, fmt.Sprintf("pays %s, more than the %s outstanding", amount.StringFixed(2), decimal.New(outstanding, -2).StringFixed(2)))
		e.LastDayToPay, e.CallableFrom = n.lastDay, n.lastDay.AddDays(1)
		e.Outstanding, e.Shortfall = decimal.New(outstanding, -2), decimal.New(a-outstanding, -2)
		return b, e
	}
	bal.paid += a
	out := b.extend(GeneralBondEntry{Kind: NoticePaid, Date: on, Notice: ref, Amount: amount}, k, gbNotice{}, bal)
	out.paid += a
	return out, nil
}

// Call returns the bond with a call on the bank, on day on, for what the
// holder left unpaid of the notice ref: the call draws the notice's
// outstanding amount, at most what is left of the bond (Ann. 2006 No. 31,
// letter of guarantee; Regs art 25; R-FEE-4). What the bond cannot pay
// stays outstanding, the holder's to pay.
//
// It fails, with the receiver unchanged, with a *[GeneralBondRefusedError]
// listing every reason: an unknown notice; on on or before the notice's
// last day to pay (CallableFrom is the first day a call is possible);
// nothing outstanding; the letter of guarantee not valid on on; the bond
// drawn in full (Shortfall is what it cannot answer for); dated before
// the ledger's last entry. Invalid fields fail as in [GeneralBond.Notify].
func (b GeneralBond) Call(ref string, on calendar.Date) (GeneralBond, error) {
	p := &problems{class: ErrInvalidGeneralBond}
	if checkEntryFields(p, ref, nil, on); p.err() != nil {
		return b, p.err()
	}
	if e := b.checkOperation(BankCalled, ref, on); e != nil {
		return b, e
	}
	k, n, bal, ok := b.lookup(ref)
	if !ok {
		return b, b.refused(BankCalled, ref, on, "no fee notice of that reference on the ledger")
	}
	outstanding, available := n.amount-bal.paid-bal.drawn, b.amount-b.drawn
	draw := min(outstanding, available)
	var why []string
	if !on.After(n.lastDay) {
		why = append(why, fmt.Sprintf("the holder has until %s to pay the notice received on %s, %s (Regs art 25; Ann. 2006 No. 31; R-FEE-4): the bank can be called from %s",
			n.lastDay, n.received, b.payment, n.lastDay.AddDays(1)))
	}
	if outstanding == 0 {
		why = append(why, fmt.Sprintf("nothing is outstanding: the notice of %s is settled", decimal.New(n.amount, -2).StringFixed(2)))
	}
	if on.After(b.expires) {
		why = append(why, fmt.Sprintf("the letter of guarantee expired on %s (R-GB-3)", b.expires))
	}
	if outstanding > 0 && available == 0 {
		why = append(why, fmt.Sprintf("the bond of %s is drawn in full: nothing is left to draw (R-FEE-4)", b.Amount().StringFixed(2)))
	}
	if len(why) > 0 {
		e := b.refused(BankCalled, ref, on, why...)
		e.LastDayToPay, e.CallableFrom = n.lastDay, n.lastDay.AddDays(1)
		e.Outstanding, e.Shortfall = decimal.New(outstanding, -2), decimal.New(outstanding-draw, -2)
		return b, e
	}
	bal.drawn += draw
	out := b.extend(GeneralBondEntry{Kind: BankCalled, Date: on, Notice: ref, Amount: decimal.New(draw, -2)}, k, gbNotice{}, bal)
	out.drawn += draw
	return out, nil
}

// lookup returns the index of the notice ref, the notice and its balance
// after b's ledger, and whether it is on the ledger.
func (b GeneralBond) lookup(ref string) (int32, gbNotice, gbBalance, bool) {
	if b.led == nil {
		return 0, gbNotice{}, gbBalance{}, false
	}
	b.led.mu.RLock()
	defer b.led.mu.RUnlock()
	k, ok := b.find(ref)
	if !ok {
		return 0, gbNotice{}, gbBalance{}, false
	}
	return k, b.led.notices[k], b.led.balance(k, b.n), true
}

// notice returns notice k as it stands after b's ledger. The caller holds
// b.led.mu.
func (b GeneralBond) notice(k int32) GeneralBondNotice {
	n := b.led.notices[k]
	bal := b.led.balance(k, b.n)
	e := b.led.entries[n.entry]
	return GeneralBondNotice{
		Reference: e.Notice, Case: e.Case, Amount: decimal.New(n.amount, -2), Received: e.Date, LastDayToPay: n.lastDay,
		Paid: decimal.New(bal.paid, -2), Drawn: decimal.New(bal.drawn, -2), Outstanding: decimal.New(n.amount-bal.paid-bal.drawn, -2),
	}
}

// Notice returns the fee notice ref and where it stands, and whether it
// is on the ledger.
func (b GeneralBond) Notice(ref string) (GeneralBondNotice, bool) {
	if b.led == nil {
		return GeneralBondNotice{}, false
	}
	b.led.mu.RLock()
	defer b.led.mu.RUnlock()
	k, ok := b.find(ref)
	if !ok {
		return GeneralBondNotice{}, false
	}
	return b.notice(k), true
}

// Notices returns every fee notice on the ledger and where it stands, in
// the order received.
func (b GeneralBond) Notices() []GeneralBondNotice {
	return b.noticesWhere(func(GeneralBondNotice) bool { return true })
}

// CallsDue returns the fee notices for which customs may call on the bank
// on day on, in the order received: the holder's last day to pay has
// passed, something is outstanding, the letter of guarantee is valid on
// on, and something is left of the bond (R-FEE-4). Calls in that order
// draw each notice's outstanding amount until the bond is drawn in full.
// A call is recorded only on or after the ledger's last entry.
func (b GeneralBond) CallsDue(on calendar.Date) []GeneralBondNotice {
	if b.drawn >= b.amount || on.After(b.expires) || on.Before(b.terms.Issued) {
		return nil
	}
	return b.noticesWhere(func(n GeneralBondNotice) bool {
		return on.After(n.LastDayToPay) && n.Outstanding.Sign() > 0
	})
}

func (b GeneralBond) noticesWhere(keep func(GeneralBondNotice) bool) []GeneralBondNotice {
	if b.led == nil || b.m == 0 {
		return nil
	}
	b.led.mu.RLock()
	defer b.led.mu.RUnlock()
	var out []GeneralBondNotice
	for k := 0; k < b.m; k++ {
		if n := b.notice(int32(k)); keep(n) {
			out = append(out, n)
		}
	}
	return out
}

// Totals returns the sums of the ledger.
func (b GeneralBond) Totals() GeneralBondTotals {
	return GeneralBondTotals{
		Notified:    decimal.New(b.notified, -2),
		Paid:        decimal.New(b.paid, -2),
		Drawn:       decimal.New(b.drawn, -2),
		Outstanding: decimal.New(b.notified-b.paid-b.drawn, -2),
		Available:   decimal.New(b.amount-b.drawn, -2),
	}
}

// Entries returns a copy of the ledger, oldest first.
func (b GeneralBond) Entries() []GeneralBondEntry {
	if b.led == nil || b.n == 0 {
		return nil
	}
	b.led.mu.RLock()
	defer b.led.mu.RUnlock()
	return slices.Clone(b.led.entries[:b.n])
}

// Equal reports whether b and o have the same terms, payment period,
// calendar, minimum and ledger.
func (b GeneralBond) Equal(o GeneralBond) bool {
	return b.terms.equal(o.terms) && b.payment == o.payment && b.cal.Equal(o.cal) && b.minimum.Equal(o.minimum) &&
		slices.EqualFunc(b.Entries(), o.Entries(), GeneralBondEntry.Equal)
}

// ReplayGeneralBond rebuilds a general bond from its terms, rules,
// parameters and ledger: [NewGeneralBond], then each entry in turn with
// [GeneralBond.Notify], [GeneralBond.Pay] or [GeneralBond.Call]; a call's
// Amount must be what the call draws. Replaying a bond's own entries
// returns a bond equal to it. It fails with the entry's error, prefixed
// with its index ("entries[3]: ...") and matching [ErrInvalidGeneralBond]
// as well.
func ReplayGeneralBond(t GeneralBondTerms, r Rules, params Parameters, entries []GeneralBondEntry) (GeneralBond, error) {
	b, err := NewGeneralBond(t, r, params)
	if err != nil {
		return GeneralBond{}, err
	}
	if len(entries) > MaxGeneralBondEntries {
		return GeneralBond{}, &FieldError{Field: "entries", Value: fmt.Sprint(len(entries)), class: ErrInvalidGeneralBond,
			Reason: fmt.Sprintf("more than %d entries", MaxGeneralBondEntries)}
	}
	b.led = &gbLedger{entries: make([]GeneralBondEntry, 0, len(entries)), byRef: map[string]int32{}}
	for i, e := range entries {
		next, err := b.apply(e)
		if err != nil {
			return GeneralBond{}, &replayError{field: "entries", index: i, err: err, class: ErrInvalidGeneralBond}
		}
		b = next
	}
	return b, nil
}

// apply applies one entry of a ledger being replayed.
func (b GeneralBond) apply(e GeneralBondEntry) (GeneralBond, error) {
	switch e.Kind {
	case NoticeReceived:
		return b.Notify(e.Notice, e.Case, e.Amount, e.Date)
	case NoticePaid, BankCalled:
		if e.Case != uuid.Nil {
			return b, &FieldError{Field: "case", Value: e.Case.String(), Reason: "only a notice names its case", class: ErrInvalidGeneralBond}
		}
		if e.Kind == NoticePaid {
			return b.Pay(e.Notice, e.Amount, e.Date)
		}
		next, err := b.Call(e.Notice, e.Date)
		if err != nil {
			return b, err
		}
		if drawn := decimal.New(next.drawn-b.drawn, -2); !drawn.Equal(e.Amount) {
			return b, &FieldError{Field: "amount", Value: showDecimal(e.Amount), class: ErrInvalidGeneralBond,
				Reason: fmt.Sprintf("the call draws %s: the outstanding amount, at most what is left of the bond (R-FEE-4)", drawn.StringFixed(2))}
		}
		return next, nil
	}
	return b, &FieldError{Field: "kind", Value: e.Kind.String(), Reason: "want notice-received, notice-paid or bank-called", class: ErrInvalidGeneralBond}
}

// The general bond's JSON format:
//
//	{"reference":"GACC-GB-2025-017","holder":{"name":"ACME Ltd"},"recordations":[...],
//	 "previous_year_fees":"256789.10","approved":"2025-03-03","issued":"2025-02-20",
//	 "guarantor":{"bank":"Bank of Shanghai","licensed":true},
//	 "fee_payment":{"count":10,"unit":"working-days","start":"next-day","roll":"forward"},
//	 "amount":"256789.10","coverage_ends":"2025-12-31","guarantee_expires":"2026-06-30",
//	 "entries":[{"kind":"notice-received","date":"2025-09-26","notice":"SH-FEE-1","case":"6f1c…","amount":"12000.00"},
//	            {"kind":"bank-called","date":"2025-10-17","notice":"SH-FEE-1","amount":"12000.00"}]}
//
// The recordations are in package rights' format. amount, coverage_ends
// and guarantee_expires are written for human readers and, if present,
// must be what the terms give.

type guarantorJSON struct {
	Bank     string `json:"bank"`
	Licensed bool   `json:"licensed"`
}

type generalBondEntryJSON struct {
	Kind   GeneralBondEntryKind `json:"kind"`
	Date   calendar.Date        `json:"date"`
	Notice string               `json:"notice"`
	Case   *uuid.UUID           `json:"case,omitempty"`
	Amount *amountJSON          `json:"amount"`
}

type generalBondJSON struct {
	Reference        string                 `json:"reference"`
	Holder           partyJSON              `json:"holder"`
	Recordations     []rights.Recordation   `json:"recordations"`
	PreviousYearFees *amountJSON            `json:"previous_year_fees"`
	Approved         calendar.Date          `json:"approved"`
	Issued           calendar.Date          `json:"issued"`
	Guarantor        guarantorJSON          `json:"guarantor"`
	FeePayment       json.RawMessage        `json:"fee_payment,omitempty"`
	Amount           *amountJSON            `json:"amount,omitempty"`
	CoverageEnds     *calendar.Date         `json:"coverage_ends,omitempty"`
	GuaranteeExpires *calendar.Date         `json:"guarantee_expires,omitempty"`
	Entries          []generalBondEntryJSON `json:"entries"`
}

var generalBondFormat = strictjson.Format{
	MaxBytes: maxJSONBytes, MaxDepth: 3, Pass: passes, Scalar: checkGeneralBondScalar, Opaque: []string{"recordations", "fee_payment"},
	Keys: []string{"reference", "holder", "name", "identifier", "address", "previous_year_fees", "approved", "issued",
		"guarantor", "bank", "licensed", "amount", "coverage_ends", "guarantee_expires",
		"entries", "kind", "date", "notice", "case"},
}

// checkGeneralBondScalar checks a value of the general bond's JSON before
// it is decoded, so that the error can name its path.
func checkGeneralBondScalar(key string, v json.Token) error {
	switch key {
	case "amount", "previous_year_fees":
		return strictjson.CheckNumberToken(v, 2, 40)
	}
	text, ok := v.(string)
	if !ok {
		return nil // encoding/json reports the wrong type, with the field.
	}
	switch key {
	case "kind":
		if _, err := generalBondEntryKindCodes.Parse([]byte(text)); err != nil {
			return unknownCode{err}
		}
	case "date", "approved", "issued", "coverage_ends", "guarantee_expires":
		_, err := calendar.ParseDate(text)
		return err
	case "case":
		_, err := uuid.Parse(text)
		return err
	}
	return nil
}

// MarshalJSON implements [json.Marshaler]: the terms, the payment period,
// the amount and days that follow from them, and the ledger. It fails for
// the zero GeneralBond.
func (b GeneralBond) MarshalJSON() ([]byte, error) {
	if b.byNumber == nil {
		return nil, &FieldError{Field: "general_bond", Reason: "the zero GeneralBond has no terms: build one with NewGeneralBond", class: ErrInvalidGeneralBond}
	}
	t := b.terms
	period, err := json.Marshal(b.payment)
	if err != nil {
		return nil, err
	}
	fees, amount := amountJSON(t.PreviousYearFees), amountJSON(b.Amount())
	j := generalBondJSON{
		Reference: t.Reference, Holder: partyJSON(t.Holder), Recordations: t.Recordations, PreviousYearFees: &fees,
		Approved: t.Approved, Issued: t.Issued, Guarantor: guarantorJSON(t.Guarantor), FeePayment: period,
		Amount: &amount, CoverageEnds: &b.covered, GuaranteeExpires: &b.expires,
		Entries: []generalBondEntryJSON{},
	}
	for _, e := range b.Entries() {
		a := amountJSON(e.Amount)
		ej := generalBondEntryJSON{Kind: e.Kind, Date: e.Date, Notice: e.Notice, Amount: &a}
		if e.Case != uuid.Nil {
			id := e.Case
			ej.Case = &id
		}
		j.Entries = append(j.Entries, ej)
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler] with [ParseGeneralBond] on
// the calendar [calendar.China] and [DefaultParameters], so that a
// GeneralBond can sit in a struct that encoding/json decodes. On error b
// is unchanged.
func (b *GeneralBond) UnmarshalJSON(data []byte) error {
	v, err := ParseGeneralBond(data, calendar.China(), DefaultParameters())
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// ParseGeneralBond reads a general bond written by
// [GeneralBond.MarshalJSON], strictly (see the package documentation,
// "JSON"), and replays its ledger on calendar cal with the numbers of the
// law params ([ReplayGeneralBond]). A missing fee_payment is the default
// period. Errors match [ErrInvalidGeneralBond], and name the field or the
// entry at fault.
func ParseGeneralBond(data []byte, cal calendar.Calendar, params Parameters) (GeneralBond, error) {
	var j generalBondJSON
	if err := decode(generalBondFormat, "general bond JSON", ErrInvalidGeneralBond, data, &j); err != nil {
		return GeneralBond{}, err
	}
	r := Rules{Calendar: cal}
	if j.FeePayment != nil {
		if err := json.Unmarshal(j.FeePayment, &r.FeePayment); err != nil {
			return GeneralBond{}, &FieldError{Field: "fee_payment", Value: textcode.Clip(string(j.FeePayment)), Reason: err.Error(), class: ErrInvalidGeneralBond, err: err}
		}
	}
	t := GeneralBondTerms{
		Reference: j.Reference, Holder: Party(j.Holder), Recordations: j.Recordations, PreviousYearFees: amountOf(j.PreviousYearFees),
		Approved: j.Approved, Issued: j.Issued, Guarantor: Guarantor(j.Guarantor),
	}
	if len(j.Entries) > MaxGeneralBondEntries {
		return GeneralBond{}, &FieldError{Field: "entries", Value: fmt.Sprint(len(j.Entries)), class: ErrInvalidGeneralBond,
			Reason: fmt.Sprintf("more than %d entries", MaxGeneralBondEntries)}
	}
	entries := make([]GeneralBondEntry, len(j.Entries))
	for i, e := range j.Entries {
		if e.Amount == nil && e.Kind != GeneralBondEntryUnknown {
			return GeneralBond{}, &FieldError{Field: fmt.Sprintf("entries[%d].amount", i), Reason: "required", class: ErrInvalidGeneralBond}
		}
		entries[i] = GeneralBondEntry{Kind: e.Kind, Date: e.Date, Notice: e.Notice, Amount: amountOf(e.Amount)}
		if e.Case != nil {
			if *e.Case == uuid.Nil {
				return GeneralBond{}, &FieldError{Field: fmt.Sprintf("entries[%d].case", i), Value: uuid.Nil.String(), Reason: "the nil UUID identifies no case", class: ErrInvalidGeneralBond}
			}
			entries[i].Case = *e.Case
		}
	}
	b, err := ReplayGeneralBond(t, r, params, entries)
	if err != nil {
		if !errors.Is(err, ErrInvalidGeneralBond) { // The rules' errors.
			err = &jsonError{what: "general bond JSON", class: ErrInvalidGeneralBond, err: err}
		}
		return GeneralBond{}, err
	}
	p := &problems{class: ErrInvalidGeneralBond}
	if j.Amount != nil && !amountOf(j.Amount).Equal(b.Amount()) {
		p.add("amount", showDecimal(amountOf(j.Amount)), fmt.Sprintf("the terms give %s: max(previous_year_fees, %s) (R-GB-2)", b.Amount().StringFixed(2), b.minimum))
	}
	if j.CoverageEnds != nil && *j.CoverageEnds != b.covered {
		p.add("coverage_ends", j.CoverageEnds.String(), fmt.Sprintf("the terms give %s: 31 December of the approval year (R-GB-3)", b.covered))
	}
	if j.GuaranteeExpires != nil && *j.GuaranteeExpires != b.expires {
		p.add("guarantee_expires", j.GuaranteeExpires.String(), fmt.Sprintf("the terms give %s: 30 June of the year after the issue (R-GB-3)", b.expires))
	}
	if err := p.err(); err != nil {
		return GeneralBond{}, err
	}
	return b, nil
}
