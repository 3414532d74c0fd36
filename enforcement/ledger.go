package enforcement

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// The money ledgers of a case: the holder's bond ([BondLedger]; Regs arts
// 14, 25; Measures (2009 numbering) art 35) and the consignee's patent
// counter-guarantee ([ReleaseGuarantee]; Regs art 19; Measures (2009
// numbering) art 20). Each is the fold of its dated [LedgerEntry]s, as a
// [Case] is the fold of its events: amounts are kept in whole fen, every
// entry either keeps the books balanced or is refused, and a refused entry
// changes nothing.

// Sentinel errors of the ledgers.
var (
	// ErrInvalidLedger: a [LedgerEntry] whose fields do not fit its kind,
	// ledger or guarantee JSON that cannot be decoded, or a history that
	// cannot be replayed. Field problems come as [FieldErrors].
	ErrInvalidLedger = errors.New("enforcement: invalid ledger")

	// ErrLedgerRefused: an entry the law does not allow now — more money
	// than the ledger holds, a refund before it is due, a court's notice
	// after its window, guarantee money that is not the goods' value — as
	// a *[LedgerError] with the facts; or a counter-guarantee in a case
	// that is not about patents only, as [FieldErrors]. The ledger is
	// unchanged.
	ErrLedgerRefused = errors.New("enforcement: ledger entry refused")
)

// EntryKind is what one [LedgerEntry] records: money moving in or out of a
// deposit held by customs, or a fact that a window of the law hangs on.
// The zero EntryKind is [EntryKindUnknown].
//
//	| kind                | amount           | bond ledger | counter-guarantee | source                           |
//	|---------------------|------------------|-------------|-------------------|----------------------------------|
//	| deposit             | in               | yes         | yes, once         | Regs arts 14, 19                 |
//	| fee-deduction       | out, to customs  | yes         |                   | Regs art 25; R-FEE-1             |
//	| warehouse-credit    | out, to holder   | yes         |                   | Regs art 14; R-FEE-2             |
//	| goods-released      | none             | yes         | yes               | Regs art 24; Measures 35         |
//	| court-seizure       | none             | yes         |                   | Regs art 23; Measures 35         |
//	| preservation-notice | held             | yes         |                   | Measures 35; R-FEE-6             |
//	| release-notice      | none             |             | yes               | Measures arts 20, 41; R-REL-2    |
//	| suit-accepted       | none             |             | yes               | Measures art 20; R-REL-2         |
//	| compensation        | out, per a court | yes         | yes               | Measures arts 35, 36; R-FEE-5    |
//	| goods-disposed      | none             | yes         |                   | Regs art 27; Measures 35         |
//	| fees-settled        | none             | yes         |                   | Measures 35; R-FEE-5             |
//	| refund              | out, the balance | yes         | yes               | Regs art 19; Measures 35; R-FEE-5 |
//	| not-detained        | none             | yes         |                   | Regs arts 15, 16, 24(5); Measures 31 |
type EntryKind uint8

// The entry kinds. Do not reorder: the text codes are the stable form.
const (
	// EntryKindUnknown is the zero EntryKind: not set. A LedgerEntry with
	// it is invalid, and it has no text code.
	EntryKindUnknown EntryKind = iota
	// Deposit: money deposited with customs. In a [BondLedger], the bond
	// the holder posts, or a top-up (Regs art 14; Measures (2009
	// numbering) arts 16, 23). In a [ReleaseGuarantee], the guarantee
	// money the consignee deposits to obtain release, equal to the goods'
	// value (Regs art 19; R-REL-1).
	Deposit
	// FeeDeduction: the holder left a notice of storage, custody or
	// disposal fees unpaid, and customs deducted Amount from the bond
	// (Regs art 25; Measures (2009 numbering) art 35; R-FEE-1). The holder
	// may recover the fees as reasonable expenses when the goods are found
	// infringing (Regs art 25; R-FEE-7).
	FeeDeduction
	// WarehouseCredit: the holder paid Amount of those fees directly to
	// the warehouse operator, and it is deducted from the bond (Regs art
	// 14: "直接向仓储商支付...的，从担保中扣除"; R-FEE-2). Read: the bond
	// secures the fees; what the holder has paid itself needs no security,
	// so that part of the bond is released to the holder and the bond held
	// shrinks by Amount. (Reading it as a deduction paid to customs would
	// make the holder pay the fees twice.)
	WarehouseCredit
	// GoodsReleased: customs released the goods (Regs art 24). In a bond
	// ledger it opens the property-preservation window (Measures (2009
	// numbering) art 35; R-FEE-6); in a counter-guarantee it is the release
	// the money bought (Regs art 24(3); R-REL-1).
	GoodsReleased
	// CourtSeizure: customs assisted a court's seizure of the goods (Regs
	// art 23); like a release, it opens the property-preservation window
	// (Measures (2009 numbering) art 35; R-FEE-6).
	CourtSeizure
	// PreservationNotice: customs received a court's notice of property
	// preservation (财产保全) against the holder's bond, within the window,
	// at the consignee's request; Amount of the balance is held for the
	// court (Measures (2009 numbering) art 35; R-FEE-6 [U]).
	PreservationNotice
	// ReleaseNotice: customs served on the holder its written notice that
	// the goods were released against the guarantee; from the day after,
	// the holder has 30 working days to bring a court's case-acceptance
	// notice (Measures (2009 numbering) arts 20, 41; R-REL-2 [U]).
	ReleaseNotice
	// SuitAccepted: the holder brought the court's case-acceptance notice
	// (受理通知书) within that window; the guarantee money is held until
	// the court decides (Regs art 19; Measures (2009 numbering) arts 20,
	// 36; R-REL-2).
	SuitAccepted
	// Compensation: a court's judgment on the money held pays Amount out
	// of it: to the consignee from the holder's bond (R-FEE-5; Measures
	// (2009 numbering) art 35), or to the holder from the consignee's
	// guarantee money (Measures (2009 numbering) art 36). It ends the hold;
	// Amount 0 records a court that awarded nothing.
	Compensation
	// GoodsDisposed: the disposal of the confiscated goods is completed
	// (Regs art 27; Measures (2009 numbering) arts 33, 35; R-FEE-5).
	GoodsDisposed
	// FeesSettled: the storage, custody and disposal fees are settled
	// (Measures (2009 numbering) art 35; R-FEE-5).
	FeesSettled
	// Refund: customs refunded the whole balance, Amount, to the one who
	// deposited it, which closes the ledger (Regs art 19; Measures (2009
	// numbering) art 35; R-FEE-5, R-FEE-6, R-REL-2). Amount 0 closes a
	// ledger whose balance fees or compensation have used up.
	Refund

	// The kinds below were added after the ones above; the text codes, not
	// the order, are the stable form.

	// NotDetained: the case ended before customs detained the goods — the
	// application was rejected (Regs art 15), withdrawn (Regs art 24(5)),
	// not made or not covered in time (Regs art 16), or the articles
	// abandoned (Measures (2009 numbering) art 31; R-PER-4). Read: the
	// bond secures the fees of the detention and the consignee's loss from
	// it (Regs art 14); with no detention there are neither, so the bond
	// may be refunded from that day, with no property-preservation window
	// and no settlement of fees to wait for. Measures (2009 numbering) art
	// 35 [U] gives its window for releases of detained goods only.
	NotDetained
)

var entryKindCodes = textcode.New[EntryKind]("EntryKind", []string{
	Deposit:            "deposit",
	FeeDeduction:       "fee-deduction",
	WarehouseCredit:    "warehouse-credit",
	GoodsReleased:      "goods-released",
	CourtSeizure:       "court-seizure",
	PreservationNotice: "preservation-notice",
	ReleaseNotice:      "release-notice",
	SuitAccepted:       "suit-accepted",
	Compensation:       "compensation",
	GoodsDisposed:      "goods-disposed",
	FeesSettled:        "fees-settled",
	Refund:             "refund",
	NotDetained:        "not-detained",
})

// IsValid reports whether k is one of the kinds above other than
// EntryKindUnknown.
func (k EntryKind) IsValid() bool { return entryKindCodes.Valid(k) }

// String returns the stable text code of k ("deposit", "fee-deduction",
// ...), or "%!EntryKind(n)".
func (k EntryKind) String() string { return entryKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k EntryKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(entryKindCodes, "EntryKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k EntryKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *EntryKind) UnmarshalText(text []byte) error {
	v, err := enumParse(entryKindCodes, "EntryKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// hasAmount reports whether entries of kind k carry an amount.
func (k EntryKind) hasAmount() bool {
	switch k {
	case Deposit, FeeDeduction, WarehouseCredit, PreservationNotice, Compensation, Refund:
		return true
	}
	return false
}

// LedgerEntry is one dated line of a [BondLedger] or a [ReleaseGuarantee].
// Fields a kind does not use must be left zero.
type LedgerEntry struct {
	// Kind is what the entry records, required; it decides the fields the
	// entry uses and whether the ledger accepts it. Date is the day it
	// happened, a valid date not before the ledger's previous entry.
	Kind EntryKind
	Date calendar.Date
	// Amount, in CNY, is the money the entry moves or holds: positive,
	// at most [MaxAmount], in whole fen; 0 only for a [Compensation] that
	// awards nothing, a [Refund] of a balance that is 0, and the kinds
	// that move no money.
	Amount decimal.Decimal
	// Reference is the number of the document the entry rests on (the fee
	// notice, the warehouse's receipt, the court's notice or judgment);
	// optional.
	Reference string
	// Note is free text; optional.
	Note string
}

// MaxLedgerEntries bounds the entries of one ledger or guarantee.
const MaxLedgerEntries = 256

// Validate reports every field of e that does not fit its kind, as
// [FieldErrors] matching [ErrInvalidLedger]: an unknown kind, an invalid
// date, an amount that is negative, above [MaxAmount], finer than a fen,
// zero where money must move (a [Compensation] or a [Refund] may be 0), or
// present on a kind that moves none;
// over-long or non-printable text.
func (e LedgerEntry) Validate() error {
	p := problems{class: ErrInvalidLedger}
	e.validate(&p, "")
	return p.err()
}

func (e LedgerEntry) validate(p *problems, prefix string) {
	if !e.Kind.IsValid() {
		p.add(prefix+"kind", e.Kind.String(), "unknown entry kind")
	}
	if !e.Date.IsValid() {
		p.add(prefix+"date", e.Date.String(), "not a valid date")
	}
	switch {
	case e.Kind.hasAmount():
		checkMoney(p, prefix+"amount", e.Amount)
		if e.Amount.IsZero() && e.Kind != Compensation && e.Kind != Refund {
			p.add(prefix+"amount", "0", fmt.Sprintf("required: the amount of the %s", e.Kind))
		}
	case !e.Amount.IsZero():
		p.add(prefix+"amount", showDecimal(e.Amount), fmt.Sprintf("an entry of kind %s moves no money", e.Kind))
	}
	checkText(p, prefix+"reference", e.Reference, maxReference, false)
	checkText(p, prefix+"note", e.Note, maxText, false)
}

// Equal reports whether e and o are the same entry; amounts compare by
// value, so 100 equals 100.00.
func (e LedgerEntry) Equal(o LedgerEntry) bool {
	return e.Kind == o.Kind && e.Date == o.Date && e.Amount.Equal(o.Amount) && e.Reference == o.Reference && e.Note == o.Note
}

// String describes e in one line, e.g. "2024-03-04 fee-deduction 3999.80".
func (e LedgerEntry) String() string {
	s := e.Date.String() + " " + e.Kind.String()
	switch {
	case e.Kind.hasAmount() && moneyProblem(e.Amount) != "":
		s += " " + showDecimal(e.Amount)
	case e.Kind.hasAmount():
		s += " " + e.Amount.StringFixed(2)
	}
	return s
}

// LedgerError reports an entry that a [BondLedger] or a
// [ReleaseGuarantee] refuses, with the facts; it matches
// [ErrLedgerRefused]. The receiver of Apply is unchanged.
type LedgerError struct {
	Entry LedgerEntry // The entry refused.
	// Balance is the money the ledger held before the entry, in CNY.
	Balance decimal.Decimal
	// Shortfall is by how much the entry's amount exceeds what it may
	// draw on (the balance, what is not held for a court, what is held),
	// or falls short of the goods' value; zero when money is not why.
	Shortfall decimal.Decimal
	// LastDay is the last day of the window the entry missed or waits
	// for, if that is why; else the zero Date.
	LastDay calendar.Date
	// From is the first day the entry becomes possible, if the ledger
	// knows it; else the zero Date.
	From calendar.Date
	// Reason says why, in words, citing the rule.
	Reason string
}

// Error returns "enforcement:", the entry as [LedgerEntry.String] writes
// it (without a date when the question is about no particular day, as
// for RefundableFrom), "refused:" and the reason.
func (e *LedgerError) Error() string {
	what := e.Entry.String()
	if e.Entry.Date.IsZero() {
		// RefundableFrom asks about a refund on no particular day.
		what = strings.TrimPrefix(what, e.Entry.Date.String()+" ")
	}
	return "enforcement: " + what + " refused: " + e.Reason
}

// Is reports whether target is [ErrLedgerRefused].
func (e *LedgerError) Is(target error) bool { return target == ErrLedgerRefused }

// showFen writes an amount in fen as "1234.56".
func showFen(n int64) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	return fmt.Sprintf("%s%d.%02d", sign, n/100, n%100)
}

// yuan returns an amount in fen as a decimal in CNY.
func yuan(n int64) decimal.Decimal { return decimal.New(n, -2) }

// ledger is what a BondLedger and a ReleaseGuarantee share: the entries,
// in a log that ledgers extending one another share (see history, which
// does the same for a case's events).
type ledger struct {
	log *entryLog
	n   int
}

// entryLog is an append-only log of entries: each is written once, by the
// Apply that claims its index, so that every ledger sharing the log sees a
// prefix of one sequence.
type entryLog struct {
	entries []LedgerEntry // len == cap; entries[i] is written once, by the claimer of i.
	claimed atomic.Int64
}

func (l ledger) entries() []LedgerEntry {
	if l.log == nil {
		return nil
	}
	return l.log.entries[:l.n:l.n]
}

// last returns the latest entry, if any.
func (l ledger) last() (LedgerEntry, bool) {
	if l.n == 0 {
		return LedgerEntry{}, false
	}
	return l.log.entries[l.n-1], true
}

// extend returns l followed by e.
func (l ledger) extend(e LedgerEntry) ledger {
	n := l.n
	if g := l.log; g != nil && n < len(g.entries) && g.claimed.CompareAndSwap(int64(n), int64(n+1)) {
		g.entries[n] = e
		return ledger{g, n + 1}
	}
	g := &entryLog{entries: make([]LedgerEntry, min(max(8, n+1+n/2), MaxLedgerEntries))}
	copy(g.entries, l.entries())
	g.entries[n] = e
	g.claimed.Store(int64(n + 1))
	return ledger{g, n + 1}
}

// precheck refuses what no ledger takes: an invalid entry, one dated
// before the latest, one past the bound, one after the ledger closed.
func (l ledger) precheck(e LedgerEntry, closed calendar.Date, refuse func(string) error) error {
	if err := e.Validate(); err != nil {
		return err
	}
	if prev, ok := l.last(); ok && e.Date.Before(prev.Date) {
		return refuse(fmt.Sprintf("dated before the previous entry, %s", prev))
	}
	if l.n >= MaxLedgerEntries {
		return refuse(fmt.Sprintf("the ledger already holds %d entries, the most this package keeps", l.n))
	}
	if !closed.IsZero() {
		return refuse(fmt.Sprintf("the balance was refunded on %s: the ledger is closed", closed))
	}
	return nil
}

// BondLedger is the account of the holder's bond in one case (Regs arts
// 14, 25; Measures (2009 numbering) art 35): the fold of its
// [LedgerEntry]s, as a [Case] is the fold of its events. Open one with
// [NewBondLedger] (or [BondLedgerOf] a case) and add entries with
// [BondLedger.Apply].
//
// The money: the holder posts the bond ([Deposit]); customs deducts fees
// the holder leaves unpaid ([FeeDeduction]; R-FEE-1); fees the holder paid
// the warehouse directly release as much of the bond ([WarehouseCredit];
// R-FEE-2); a court's property-preservation notice holds part of the
// balance ([PreservationNotice]) and its judgment pays compensation to the
// consignee out of what is held ([Compensation]; R-FEE-5); and customs
// refunds the balance ([Refund]). At every step
//
//	posted = deducted + credited + compensated + refunded + balance
//
// and the balance is never negative: an entry that would draw more than
// it may is refused, naming the shortfall. Money held for a court is part
// of the balance, and only compensation may draw on it.
//
// The facts the refund hangs on are entries too, so that the ledger knows
// them without a case: how the detention ended — the goods released
// ([GoodsReleased]) or seized by a court with customs' assistance
// ([CourtSeizure]), either of which opens the 20-working-day
// property-preservation window (Rules.Preservation, from the day after;
// R-FEE-6 [U]), or the disposal of confiscated goods completed
// ([GoodsDisposed]) —, the fees of the detention settled ([FeesSettled]),
// or that there was no detention ([NotDetained]). The balance may be
// refunded (Regs arts 14, 25; Measures (2009 numbering) arts 34, 35;
// R-FEE-1, R-FEE-3, R-FEE-5, R-FEE-6):
//
//   - after a release or court seizure, once the fees are settled (the
//     bond answers for the storage fees of the detention period, which
//     released goods are charged too), the window has passed and nothing
//     is held for a court: from the latest of the day after the window's
//     last day, the day of the settlement and, if a court's notice came,
//     the day its judgment is entered;
//   - after the disposal is completed and the fees are settled, from the
//     later of the two;
//   - when the goods were never detained, from that day, with no window
//     and no settlement to wait for (see [NotDetained]).
//
// A refund returns the whole balance, 0.00 if nothing is left, and closes
// the ledger; before it is due it is refused with the reason and, where
// the ledger knows it, the day it becomes possible
// ([BondLedger.RefundableFrom]). Other rules: a ledger opens with a
// deposit; entries come in date order; the goods are released, seized,
// disposed of or found never detained once, never two of these; no fee is
// deducted or credited once the fees are settled; a preservation notice
// comes within the window (Measures (2009 numbering) art 35).
//
// A BondLedger is an immutable value, safe for concurrent use; the zero
// BondLedger has no rules and refuses every entry.
type BondLedger struct {
	rules Rules
	ledger
	st bondStatus
}

// bondStatus is what a bond ledger's entries establish; amounts in fen.
type bondStatus struct {
	posted, deducted, credited, compensated, refunded, held int64

	released     calendar.Date // GoodsReleased or CourtSeizure: the window's trigger.
	releasedKind EntryKind
	window       calendar.Date // The window's last day, once computed.
	preserved    calendar.Date // The first preservation notice.
	decided      calendar.Date // The court's judgment (Compensation).
	disposed     calendar.Date
	settled      calendar.Date
	notDetained  calendar.Date
	closed       calendar.Date // The refund.
}

func (s *bondStatus) balance() int64 {
	return s.posted - s.deducted - s.credited - s.compensated - s.refunded
}

// NewBondLedger opens a bond ledger read with the rules r (their calendar
// and Preservation period) and applies entries in order. It fails with
// [FieldErrors] matching [ErrInvalidRules] for invalid rules, and with an
// error naming the entry ("entries[3]: ...") and matching
// [ErrInvalidLedger], as well as the entry's own error, if an entry is
// refused.
func NewBondLedger(r Rules, entries ...LedgerEntry) (BondLedger, error) {
	if err := r.Validate(); err != nil {
		return BondLedger{}, err
	}
	if len(entries) > MaxLedgerEntries {
		return BondLedger{}, &FieldError{Field: "entries", Value: strconv.Itoa(len(entries)), Reason: fmt.Sprintf("more than %d entries", MaxLedgerEntries), class: ErrInvalidLedger}
	}
	l := BondLedger{rules: r.withDefaults()}
	if len(entries) > 0 {
		l.log = &entryLog{entries: make([]LedgerEntry, min(max(8, len(entries)+1), MaxLedgerEntries))}
	}
	for i, e := range entries {
		st, err := l.apply(e)
		if err != nil {
			return BondLedger{}, &replayError{field: "entries", index: i, err: err, class: ErrInvalidLedger}
		}
		l.log.entries[i] = e
		l.n, l.st = i+1, st
	}
	if l.log != nil {
		l.log.claimed.Store(int64(l.n))
	}
	return l, nil
}

// BondLedgerOf opens the bond ledger of case c on its rules: a [Deposit]
// for each bond the history posts ([HolderApplied] or [BondPosted] with an
// amount), then an entry for how the case ended, dated the day of the
// event that ended it, as the ledger's refund hangs on it (Measures (2009
// numbering) art 35; R-FEE-5, R-FEE-6):
//
//	| state of c                              | entry          |
//	|-----------------------------------------|----------------|
//	| Released state, the goods detained      | GoodsReleased  |
//	| Released state, never detained          | NotDetained    |
//	| Rejected, Abandoned                     | NotDetained    |
//	| CourtAssisted                           | CourtSeizure   |
//	| Disposed                                | GoodsDisposed  |
//	| TransferredToPolice, never detained     | NotDetained    |
//	| TransferredToPolice, the goods detained | none           |
//	| any state that is not terminal          | none           |
//
// Whether the goods were detained is [Case.Detained]. The states that are
// not terminal — Opened, Suspended, Applied, the Detained states, and
// Confiscated, Announced and TakenOver, which disposal follows (Regs art
// 27) — have no end yet: apply it to the ledger when it comes. Nor do
// Regs art 26 and the Measures say when a bond is refunded once detained
// goods are transferred to the police [U]: record what the police or the
// court do with them (a release, a disposal). Fees, their settlement,
// court notices and refunds are not events of a case: apply them to the
// ledger. A case with no bond gives an empty ledger. It fails with
// [ErrInvalidLedger] for the zero Case.
func BondLedgerOf(c Case) (BondLedger, error) {
	if c.State() == StateUnknown {
		return BondLedger{}, &FieldError{Field: "case", Reason: "the zero Case has no bond: open one with NewCase", class: ErrInvalidLedger}
	}
	var entries []LedgerEntry
	events := c.events()
	for _, ev := range events {
		if (ev.Kind == HolderApplied || ev.Kind == BondPosted) && !ev.Amount.IsZero() {
			entries = append(entries, LedgerEntry{Kind: Deposit, Date: ev.Date, Amount: ev.Amount, Reference: ev.Reference})
		}
	}
	if len(entries) > 0 && len(events) > 0 {
		if k := bondLedgerEnd(c); k != EntryKindUnknown {
			// A terminal state is entered by the last event: none leads
			// out of it.
			end := events[len(events)-1]
			entries = append(entries, LedgerEntry{Kind: k, Date: end.Date, Reference: end.Reference})
		}
	}
	return NewBondLedger(c.Rules(), entries...)
}

// bondLedgerEnd returns the entry for how case c ended, per the table of
// BondLedgerOf, or EntryKindUnknown.
func bondLedgerEnd(c Case) EntryKind {
	s := c.State()
	if !s.IsTerminal() {
		return EntryKindUnknown
	}
	_, detained := c.Detained()
	switch {
	case s == CourtAssisted:
		return CourtSeizure
	case s == Disposed:
		return GoodsDisposed
	case !detained:
		return NotDetained
	case s.In(Released):
		return GoodsReleased
	}
	return EntryKindUnknown // TransferredToPolice after detention.
}

// Apply returns the ledger after e, or the unchanged receiver and an
// error: [FieldErrors] matching [ErrInvalidLedger] if e's fields do not fit
// its kind ([LedgerEntry.Validate]); a *[LedgerError] matching
// [ErrLedgerRefused] if the rules of [BondLedger] refuse it; an error
// wrapping [calendar.ErrNotCovered] if the preservation window it needs
// reaches past the calendar's data.
func (l BondLedger) Apply(e LedgerEntry) (BondLedger, error) {
	st, err := l.apply(e)
	if err != nil {
		return l, err
	}
	out := l
	out.ledger, out.st = l.extend(e), st
	return out, nil
}

func (l BondLedger) refusal(e LedgerEntry, reason string) *LedgerError {
	return &LedgerError{Entry: e, Balance: yuan(l.st.balance()), Reason: reason}
}

func (l BondLedger) apply(e LedgerEntry) (bondStatus, error) {
	s := l.st
	refuse := func(why string) error { return l.refusal(e, why) }
	if err := l.precheck(e, s.closed, refuse); err != nil {
		return s, err
	}
	if l.rules.Calendar == (calendar.Calendar{}) {
		return s, refuse("no ledger: open one with NewBondLedger")
	}
	if e.Kind != Deposit && s.posted == 0 {
		return s, refuse("no bond posted yet: a bond ledger opens with the bond (Regs art 14)")
	}
	amount := fen(e.Amount)
	balance := s.balance()
	free := balance - s.held
	short := func(what string, have int64) error {
		err := l.refusal(e, fmt.Sprintf("%s of %s is more than %s, %s, by %s", e.Kind, showFen(amount), what, showFen(have), showFen(amount-have)))
		err.Shortfall = yuan(amount - have)
		return err
	}
	// what the free balance is called in a refusal.
	freeName := "the balance"
	if s.held > 0 {
		freeName = "the balance not held for the court"
	}
	switch e.Kind {
	case Deposit:
		if s.posted+amount > MaxAmount*100 {
			return s, refuse(fmt.Sprintf("the bond would exceed %d, the most this package keeps", MaxAmount))
		}
		s.posted += amount
	case FeeDeduction, WarehouseCredit:
		if !s.settled.IsZero() {
			return s, refuse(fmt.Sprintf("the fees were settled on %s (Measures art 35; R-FEE-5)", s.settled))
		}
		if amount > free {
			return s, short(freeName, free)
		}
		if e.Kind == FeeDeduction {
			s.deducted += amount
		} else {
			s.credited += amount
		}
	case GoodsReleased, CourtSeizure:
		switch {
		case !s.released.IsZero():
			return s, refuse(fmt.Sprintf("already recorded: %s on %s", s.releasedKind, s.released))
		case !s.disposed.IsZero():
			return s, refuse(fmt.Sprintf("the goods were confiscated and disposed of on %s (Regs art 27)", s.disposed))
		case !s.notDetained.IsZero():
			return s, refuse(neverDetained(s))
		}
		s.released, s.releasedKind = e.Date, e.Kind
		if w, err := l.rules.Preservation.Deadline(l.rules.Calendar, e.Date); err == nil {
			s.window = w.LastDay // Else computed when needed, failing then.
		}
	case PreservationNotice:
		if !s.notDetained.IsZero() {
			return s, refuse(neverDetained(s) + ": no property-preservation window opens (Measures art 35; R-FEE-6)")
		}
		if s.released.IsZero() {
			return s, refuse("the goods are neither released nor seized by a court: the property-preservation window opens only then (Measures art 35; R-FEE-6)")
		}
		last, err := l.windowEnd(s)
		if err != nil {
			return s, err
		}
		if e.Date.After(last) {
			err := l.refusal(e, fmt.Sprintf("the property-preservation window after the %s of %s ended on %s (Measures art 35; R-FEE-6)", s.releasedKind, s.released, last))
			err.LastDay = last
			return s, err
		}
		if amount > free {
			return s, short(freeName, free)
		}
		s.held += amount
		if s.preserved.IsZero() {
			s.preserved = e.Date
		}
	case Compensation:
		if s.held == 0 {
			return s, refuse("nothing is held under a court's property-preservation notice: compensation is taken from the bond only against one received within the window (Measures art 35; R-FEE-5, R-FEE-6)")
		}
		if amount > s.held {
			return s, short("what is held for the court", s.held)
		}
		s.compensated += amount
		s.held = 0
		s.decided = e.Date
	case GoodsDisposed:
		switch {
		case !s.disposed.IsZero():
			return s, refuse(fmt.Sprintf("already recorded on %s", s.disposed))
		case !s.released.IsZero():
			return s, refuse(fmt.Sprintf("the goods were not confiscated: %s on %s", s.releasedKind, s.released))
		case !s.notDetained.IsZero():
			return s, refuse(neverDetained(s))
		}
		s.disposed = e.Date
	case NotDetained:
		switch {
		case !s.notDetained.IsZero():
			return s, refuse(fmt.Sprintf("already recorded on %s", s.notDetained))
		case !s.released.IsZero():
			return s, refuse(fmt.Sprintf("the detention ended: %s on %s", s.releasedKind, s.released))
		case !s.disposed.IsZero():
			return s, refuse(fmt.Sprintf("the goods were confiscated and disposed of on %s (Regs art 27)", s.disposed))
		}
		s.notDetained = e.Date
	case FeesSettled:
		if !s.settled.IsZero() {
			return s, refuse(fmt.Sprintf("already recorded on %s", s.settled))
		}
		s.settled = e.Date
	case Refund:
		from, why, err := l.refundableFrom(s)
		if err != nil {
			return s, err
		}
		if why == "" && e.Date.Before(from) {
			why = fmt.Sprintf("a refund is possible from %s", from)
		}
		if why != "" {
			err := l.refusal(e, why)
			err.From = from
			if !s.window.IsZero() && s.held == 0 && !s.released.IsZero() {
				err.LastDay = s.window
			}
			return s, err
		}
		if amount > balance {
			return s, short("the balance", balance)
		}
		if amount < balance {
			return s, refuse(fmt.Sprintf("a refund returns the whole balance, %s (Measures art 35; R-FEE-5)", showFen(balance)))
		}
		s.refunded += amount
		s.closed = e.Date
	default:
		return s, refuse(fmt.Sprintf("not an entry of a bond ledger: %s belongs to a counter-guarantee (ReleaseGuarantee)", e.Kind))
	}
	return s, nil
}

// windowEnd returns the last day of the property-preservation window,
// which a release or court seizure opened.
func (l BondLedger) windowEnd(s bondStatus) (calendar.Date, error) {
	if !s.window.IsZero() {
		return s.window, nil
	}
	w, err := l.rules.Preservation.Deadline(l.rules.Calendar, s.released)
	if err != nil {
		return calendar.Date{}, fmt.Errorf("enforcement: the property-preservation window after %s: %w", s.released, err)
	}
	return w.LastDay, nil
}

// neverDetained says that a NotDetained entry rules e out.
func neverDetained(s bondStatus) string {
	return fmt.Sprintf("the goods were never detained: %s on %s", NotDetained, s.notDetained)
}

// refundableFrom returns the first day the balance may be refunded, or
// why it may not be yet (from then the zero Date).
func (l BondLedger) refundableFrom(s bondStatus) (calendar.Date, string, error) {
	latest := func(days ...calendar.Date) calendar.Date {
		var d calendar.Date
		for _, x := range days {
			if d.Before(x) {
				d = x
			}
		}
		return d
	}
	switch {
	case s.held > 0:
		return calendar.Date{}, fmt.Sprintf("%s is held under the court's property-preservation notice of %s until the court decides (Measures art 35; R-FEE-5)", showFen(s.held), s.preserved), nil
	case !s.notDetained.IsZero():
		return s.notDetained, "", nil
	case !s.released.IsZero():
		last, err := l.windowEnd(s)
		if err != nil {
			return calendar.Date{}, "", err
		}
		if s.settled.IsZero() {
			what := "released"
			if s.releasedKind == CourtSeizure {
				what = "seized by a court"
			}
			return calendar.Date{}, fmt.Sprintf("the goods were %s on %s, but the fees of the detention period are not settled (Regs arts 14, 25; Measures arts 34, 35; R-FEE-1, R-FEE-3, R-FEE-5); the property-preservation window ends on %s", what, s.released, last), nil
		}
		return latest(last.AddDays(1), s.decided, s.settled), "", nil
	case !s.disposed.IsZero() && !s.settled.IsZero():
		return latest(s.disposed, s.settled), "", nil
	case !s.disposed.IsZero():
		return calendar.Date{}, fmt.Sprintf("the goods were disposed of on %s, but the fees are not settled (Measures art 35; R-FEE-5)", s.disposed), nil
	}
	return calendar.Date{}, "the goods are neither released, seized by a court, nor disposed of, nor recorded as never detained: the bond secures the consignee's claims and the fees until then (Regs art 14; Measures art 35; R-FEE-5, R-FEE-6)", nil
}

// RefundableFrom returns the first day the balance may be refunded (see
// [BondLedger] for the rules), also when the balance is 0: a refund of
// 0.00 then closes the ledger. While that day hangs on something the
// ledger does not yet know — how the detention ended, the fees unsettled,
// money held for a court that has not decided — it returns the zero Date
// and a *[LedgerError] matching [ErrLedgerRefused] that says what; and an
// error wrapping [calendar.ErrNotCovered] if the window reaches past the
// calendar's data. The zero ledger has no day.
func (l BondLedger) RefundableFrom() (calendar.Date, error) {
	probe := LedgerEntry{Kind: Refund, Date: calendar.Date{}, Amount: yuan(l.st.balance())}
	switch {
	case !l.st.closed.IsZero():
		return calendar.Date{}, l.refusal(probe, fmt.Sprintf("the balance was refunded on %s: the ledger is closed", l.st.closed))
	case l.st.posted == 0:
		return calendar.Date{}, l.refusal(probe, "no bond posted yet (Regs art 14)")
	}
	from, why, err := l.refundableFrom(l.st)
	if err != nil {
		return calendar.Date{}, err
	}
	if why != "" {
		return calendar.Date{}, l.refusal(probe, why)
	}
	return from, nil
}

// PreservationWindow returns the 20-working-day window, from the day after
// the goods were released or seized by a court with customs' assistance,
// in which a court's property-preservation notice against the bond may
// come (Rules.Preservation; Measures (2009 numbering) art 35; R-FEE-6
// [U]); the zero Deadline while there was neither. It fails with an error
// wrapping [calendar.ErrNotCovered] if the window reaches past the
// calendar's data.
func (l BondLedger) PreservationWindow() (calendar.Deadline, error) {
	if l.st.released.IsZero() {
		return calendar.Deadline{}, nil
	}
	return l.rules.Preservation.Deadline(l.rules.Calendar, l.st.released)
}

// Entries returns a copy of the entries, oldest first.
func (l BondLedger) Entries() []LedgerEntry { return append([]LedgerEntry(nil), l.entries()...) }

// Posted returns the bond posted, top-ups included, in CNY.
func (l BondLedger) Posted() decimal.Decimal { return yuan(l.st.posted) }

// Deducted returns the fees customs deducted from the bond (R-FEE-1).
func (l BondLedger) Deducted() decimal.Decimal { return yuan(l.st.deducted) }

// Credited returns the fees the holder paid the warehouse directly, by
// which the bond was released to it (R-FEE-2).
func (l BondLedger) Credited() decimal.Decimal { return yuan(l.st.credited) }

// Compensated returns the compensation paid to the consignee out of the
// bond by a court's judgment (R-FEE-5).
func (l BondLedger) Compensated() decimal.Decimal { return yuan(l.st.compensated) }

// Refunded returns the balance refunded to the holder (R-FEE-5).
func (l BondLedger) Refunded() decimal.Decimal { return yuan(l.st.refunded) }

// Held returns the part of the balance held under a court's
// property-preservation notice until the court decides (R-FEE-6).
func (l BondLedger) Held() decimal.Decimal { return yuan(l.st.held) }

// Balance returns the bond customs holds: posted less deducted, credited,
// compensated and refunded. It is never negative.
func (l BondLedger) Balance() decimal.Decimal { return yuan(l.st.balance()) }

// Closed reports whether the balance was refunded, and when.
func (l BondLedger) Closed() (calendar.Date, bool) { return l.st.closed, !l.st.closed.IsZero() }

// Equal reports whether l and o have the same rules and entries.
func (l BondLedger) Equal(o BondLedger) bool {
	return l.rules.Equal(o.rules) && entriesEqual(l.entries(), o.entries())
}

func entriesEqual(a, b []LedgerEntry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// JSON.
//
// An entry is {"kind":"fee-deduction","date":"2024-03-04",
// "amount":"3999.80","reference":"...","note":"..."}, amount, reference and
// note left out when empty. A bond ledger carries its preservation period
// and its entries, and its totals for human readers; a counter-guarantee
// its case, the goods' value, its entries and its totals. Decoding is
// strict (see the package documentation, "JSON") and replays the entries;
// totals, if written, must be those the entries give.

var (
	entryKeys  = []string{"kind", "date", "amount", "reference", "note"}
	ledgerKeys = []string{"preservation", "count", "unit", "start", "roll", "entries",
		"kind", "date", "amount", "reference", "note",
		"posted", "deducted", "credited", "compensated", "refunded", "held", "balance"}
	guaranteeKeys = []string{"case", "goods_value", "entries", "kind", "date", "amount", "reference", "note",
		"deposited", "paid_to_holder", "refunded", "held"}

	entryFormat  = strictjson.Format{MaxBytes: 1 << 12, MaxDepth: 1, Keys: entryKeys, Pass: ledgerPasses, Scalar: checkLedgerScalar}
	ledgerFormat = strictjson.Format{MaxBytes: 1 << 20, MaxDepth: 3, Keys: ledgerKeys, Pass: ledgerPasses, Scalar: checkLedgerScalar}
	guarFormat   = strictjson.Format{MaxBytes: 1 << 20, MaxDepth: 3, Keys: guaranteeKeys, Pass: ledgerPasses, Scalar: checkLedgerScalar}
)

// checkLedgerScalar checks amounts, kinds and dates before they are
// decoded, so that the error names the value's path.
func checkLedgerScalar(key string, v json.Token) error {
	switch key {
	case "amount", "posted", "deducted", "credited", "compensated", "refunded", "held", "balance",
		"goods_value", "deposited", "paid_to_holder":
		return strictjson.CheckNumberToken(v, 2, 40)
	}
	text, ok := v.(string)
	if !ok {
		return nil // encoding/json reports the wrong type, with the field.
	}
	switch key {
	case "kind":
		if _, err := entryKindCodes.Parse([]byte(text)); err != nil {
			return unknownCode{err}
		}
	case "date":
		_, err := calendar.ParseDate(text)
		return err
	}
	return nil
}

func ledgerPasses(err error) bool {
	return errors.Is(err, ErrUnknownCode) || errors.Is(err, calendar.ErrInvalidDate) || errors.Is(err, calendar.ErrInvalidArgument)
}

func decodeLedger(f strictjson.Format, what string, data []byte, v any) error {
	if err := f.Decode(data, v); err != nil {
		return &jsonError{what: what, class: ErrInvalidLedger, err: err}
	}
	return nil
}

type entryJSON struct {
	Kind      EntryKind     `json:"kind"`
	Date      calendar.Date `json:"date"`
	Amount    *amountJSON   `json:"amount,omitempty"`
	Reference string        `json:"reference,omitempty"`
	Note      string        `json:"note,omitempty"`
}

func (e LedgerEntry) toJSON() entryJSON {
	j := entryJSON{Kind: e.Kind, Date: e.Date, Amount: amountPtr(e.Amount), Reference: e.Reference, Note: e.Note}
	if j.Amount == nil && (e.Kind == Compensation || e.Kind == Refund) {
		zero := amountJSON(decimal.Zero)
		j.Amount = &zero // An award or refund of nothing is written, not left out.
	}
	return j
}

func (j entryJSON) entry() LedgerEntry {
	return LedgerEntry{Kind: j.Kind, Date: j.Date, Amount: amountOf(j.Amount), Reference: j.Reference, Note: j.Note}
}

// MarshalJSON implements [json.Marshaler]. It fails for an entry that
// does not validate.
func (e LedgerEntry) MarshalJSON() ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(e.toJSON())
}

// UnmarshalJSON implements [json.Unmarshaler], strictly, and validates the
// entry ([LedgerEntry.Validate]). Errors match [ErrInvalidLedger]; on error
// the receiver is unchanged.
func (e *LedgerEntry) UnmarshalJSON(data []byte) error {
	var j entryJSON
	if err := decodeLedger(entryFormat, "entry JSON", data, &j); err != nil {
		return err
	}
	v := j.entry()
	if err := v.Validate(); err != nil {
		return err
	}
	*e = v
	return nil
}

// readEntries validates decoded entries, naming each field
// ("entries[2].amount").
func readEntries(js []entryJSON) ([]LedgerEntry, error) {
	if len(js) > MaxLedgerEntries {
		return nil, &FieldError{Field: "entries", Value: strconv.Itoa(len(js)), Reason: fmt.Sprintf("more than %d entries", MaxLedgerEntries), class: ErrInvalidLedger}
	}
	entries := make([]LedgerEntry, len(js))
	p := &problems{class: ErrInvalidLedger}
	for i, j := range js {
		entries[i] = j.entry()
		entries[i].validate(p, "entries["+strconv.Itoa(i)+"].")
	}
	return entries, p.err()
}

// total is one total of a ledger's JSON: its key, the value written, if
// any, and the value the entries give.
type total struct {
	key     string
	written *amountJSON
	fen     int64
}

// checkTotals reports every written total the entries do not give.
func checkTotals(totals []total) error {
	p := &problems{class: ErrInvalidLedger}
	for _, t := range totals {
		if t.written != nil && !decimal.Decimal(*t.written).Equal(yuan(t.fen)) {
			p.add(t.key, decimal.Decimal(*t.written).StringFixed(2), fmt.Sprintf("the entries give %s: a ledger is the fold of its entries", showFen(t.fen)))
		}
	}
	return p.err()
}

type bondLedgerJSON struct {
	Preservation json.RawMessage `json:"preservation"`
	Entries      []entryJSON     `json:"entries"`
	Posted       *amountJSON     `json:"posted,omitempty"`
	Deducted     *amountJSON     `json:"deducted,omitempty"`
	Credited     *amountJSON     `json:"credited,omitempty"`
	Compensated  *amountJSON     `json:"compensated,omitempty"`
	Refunded     *amountJSON     `json:"refunded,omitempty"`
	Held         *amountJSON     `json:"held,omitempty"`
	Balance      *amountJSON     `json:"balance,omitempty"`
}

func (l BondLedger) totals(j *bondLedgerJSON) []total {
	return []total{
		{"posted", j.Posted, l.st.posted}, {"deducted", j.Deducted, l.st.deducted}, {"credited", j.Credited, l.st.credited},
		{"compensated", j.Compensated, l.st.compensated}, {"refunded", j.Refunded, l.st.refunded},
		{"held", j.Held, l.st.held}, {"balance", j.Balance, l.st.balance()},
	}
}

// MarshalJSON implements [json.Marshaler]: the preservation period, the
// entries, and every total (two decimal places, as strings). It fails for
// the zero BondLedger.
func (l BondLedger) MarshalJSON() ([]byte, error) {
	if l.rules.Calendar == (calendar.Calendar{}) {
		return nil, &FieldError{Field: "ledger", Reason: "the zero BondLedger has no rules: open one with NewBondLedger", class: ErrInvalidLedger}
	}
	p, err := json.Marshal(l.rules.Preservation)
	if err != nil {
		return nil, err
	}
	j := bondLedgerJSON{Preservation: p, Entries: make([]entryJSON, l.n)}
	for i, e := range l.entries() {
		j.Entries[i] = e.toJSON()
	}
	at := func(n int64) *amountJSON { a := amountJSON(yuan(n)); return &a }
	j.Posted, j.Deducted, j.Credited, j.Compensated = at(l.st.posted), at(l.st.deducted), at(l.st.credited), at(l.st.compensated)
	j.Refunded, j.Held, j.Balance = at(l.st.refunded), at(l.st.held), at(l.st.balance())
	return json.Marshal(j)
}

// ParseBondLedger reads a ledger written by [BondLedger.MarshalJSON],
// strictly, on calendar cal with the law's periods and the preservation
// period it carries (the default if it carries none), and replays its
// entries ([NewBondLedger]). Errors match [ErrInvalidLedger] and name the
// field or the entry at fault.
func ParseBondLedger(data []byte, cal calendar.Calendar) (BondLedger, error) {
	var j bondLedgerJSON
	if err := decodeLedger(ledgerFormat, "bond ledger JSON", data, &j); err != nil {
		return BondLedger{}, err
	}
	r := Rules{Calendar: cal}
	if j.Preservation != nil {
		if err := json.Unmarshal(j.Preservation, &r.Preservation); err != nil {
			return BondLedger{}, &FieldError{Field: "preservation", Value: string(j.Preservation), Reason: err.Error(), class: ErrInvalidLedger, err: err}
		}
	}
	if err := r.Validate(); err != nil {
		var fe FieldErrors
		errors.As(err, &fe)
		out := make(FieldErrors, len(fe))
		for i, e := range fe {
			c := *e
			c.class, c.err = ErrInvalidLedger, e
			out[i] = &c
		}
		return BondLedger{}, out
	}
	entries, err := readEntries(j.Entries)
	if err != nil {
		return BondLedger{}, err
	}
	l, err := NewBondLedger(r, entries...)
	if err != nil {
		return BondLedger{}, err
	}
	if err := checkTotals(l.totals(&j)); err != nil {
		return BondLedger{}, err
	}
	return l, nil
}
