package enforcement

import (
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// EventKind is what happens in a case. The zero EventKind is
// [EventKindUnknown].
type EventKind uint8

// The event kinds. Do not reorder: the text codes are the stable form.
const (
	// EventKindUnknown is the zero EventKind: not set. An Event with it is
	// invalid, and it has no text code.
	EventKindUnknown EventKind = iota
	// NoticeServed: ex officio, customs suspended the release of the goods
	// and served its written notice on the holder (Regs art 16; Measures
	// art 21; R-EXO-1). Date is the day of service, from which the
	// holder's 3 working days run (Measures art 41; R-EXO-2).
	NoticeServed
	// HolderApplied: the holder applied for detention (Regs arts 13, 16;
	// Measures art 22(1)), posting Amount as bond (Regs art 14; Measures
	// arts 16, 23). Amount may be 0 if the bond follows as [BondPosted].
	HolderApplied
	// HolderDeclined: ex officio, the holder replied in writing that the
	// goods do not infringe or that it does not want detention (Measures
	// art 22(2)).
	HolderDeclined
	// BondPosted: the holder posted Amount more as bond after applying.
	BondPosted
	// Detention: customs detained the goods and notified the holder (Regs
	// arts 15-16). Date starts the 20, 30 and 50 working-day periods.
	Detention
	// Rejection: customs rejected the application as not meeting Regs art
	// 13 and notified the holder (Regs arts 15-16; R-APP-3).
	Rejection
	// ReceiptServed: customs served the detention receipt (扣留凭单) on the
	// consignee (Regs arts 15-16; Measures arts 18, 26).
	ReceiptServed
	// InvestigationResult: ex officio, customs notified the Result of its
	// investigation (Regs art 20; Measures art 28; R-EXO-6).
	InvestigationResult
	// CourtNotice: customs received a court's assistance notice (协助执行
	// 通知) for an injunction or property preservation (Regs arts 23-24).
	CourtNotice
	// CounterGuarantee: patent case, the consignee deposited Amount as
	// guarantee money and asked for release (Regs arts 19, 24(3);
	// R-REL-1).
	CounterGuarantee
	// EvidenceAccepted: customs found the consignee's evidence of
	// non-infringement sufficient (Regs arts 18, 24(4); R-REL-3).
	EvidenceAccepted
	// Withdrawal: the holder withdrew its application for detention (Regs
	// art 24(5); R-REL-4).
	Withdrawal
	// Confiscation: customs decided to confiscate goods found infringing
	// (Regs art 27; R-EXO-8). Date is the day the decision was served on
	// the consignee, from which the holder's storage fees are capped
	// ([Case.FeeCap]; Measures (2009 numbering) art 34; R-FEE-3): record
	// the day of service, not the day of signature. Once an announced
	// party comes forward ([Announced]), it is the decision served on it.
	Confiscation
	// PoliceTransfer: customs transferred the case to the police on
	// suspicion of a crime (Regs art 26; R-PEN-4).
	PoliceTransfer
	// Lapse: the period Deadline ended without the act it waits for, and
	// the law changed the case by itself. [Case.Advance] produces these,
	// dated the day after the period's last day.
	Lapse

	// The kinds below were added after the ones above; the text codes,
	// not the order, are the stable form.

	// BeyondPersonalUse: in a personal channel ([Channel.IsPersonal]),
	// customs decided that the articles exceed the reasonable quantity for
	// personal use, so they are handled as goods: the notice, the
	// application and detention follow as for cargo (Regs art 31; Penalty
	// Regs art 64; R-PER-1). Note must give the reasons (R-PER-2).
	BeyondPersonalUse
	// WithinPersonalUse: in a personal channel, customs decided that the
	// articles are for personal use in a reasonable quantity, and released
	// them (Regs art 31; Penalty Regs art 64; R-PER-1). Note must give the
	// reasons (R-PER-2).
	WithinPersonalUse
	// Abandonment: in a personal channel, before detention, the
	// traveller, addressee or sender declared the articles abandoned and
	// customs accepted (Measures (2009 numbering) art 31; R-PER-4 [U]).
	Abandonment
	// Announcement: the goods found infringing, the facts clear and the
	// consignee unidentified ([Facts.ConsigneeUnknown]), customs announced
	// the case; Date starts the 3 calendar months for the party to come
	// forward (Penalty Regs art 62(4); Measures (2009 numbering) art 32
	// [U]; R-PEN-5).
	Announcement
	// DisposalCompleted: customs completed the disposal of confiscated or
	// taken-over goods by Route (Regs art 27; Measures (2009 numbering)
	// art 33; R-DIS-1).
	DisposalCompleted
)

var eventKindCodes = textcode.New[EventKind]("EventKind", []string{
	NoticeServed:        "notice-served",
	HolderApplied:       "holder-applied",
	HolderDeclined:      "holder-declined",
	BondPosted:          "bond-posted",
	Detention:           "detention",
	Rejection:           "rejection",
	ReceiptServed:       "receipt-served",
	InvestigationResult: "investigation-result",
	CourtNotice:         "court-notice",
	CounterGuarantee:    "counter-guarantee",
	EvidenceAccepted:    "evidence-accepted",
	Withdrawal:          "withdrawal",
	Confiscation:        "confiscation",
	PoliceTransfer:      "police-transfer",
	Lapse:               "lapse",
	BeyondPersonalUse:   "beyond-personal-use",
	WithinPersonalUse:   "within-personal-use",
	Abandonment:         "abandonment",
	Announcement:        "announcement",
	DisposalCompleted:   "disposal-completed",
})

// EventKinds returns every event kind other than EventKindUnknown, in
// order.
func EventKinds() []EventKind { return eventKindCodes.Values() }

// IsValid reports whether k is one of the kinds above other than
// EventKindUnknown.
func (k EventKind) IsValid() bool { return eventKindCodes.Valid(k) }

// String returns the stable text code of k ("notice-served",
// "holder-applied", ...), or "%!EventKind(n)".
func (k EventKind) String() string { return eventKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k EventKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(eventKindCodes, "EventKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k EventKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *EventKind) UnmarshalText(text []byte) error {
	v, err := enumParse(eventKindCodes, "EventKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// hasAmount reports whether events of kind k carry an Amount.
func (k EventKind) hasAmount() bool {
	return k == HolderApplied || k == BondPosted || k == CounterGuarantee
}

// isDecision reports whether events of kind k are customs' decision on
// personal use, whose reasons Note must give (R-PER-2).
func (k EventKind) isDecision() bool { return k == BeyondPersonalUse || k == WithinPersonalUse }

// Event is one thing that happened in a case, on its Date, with the facts
// its Kind needs. Fields a kind does not use must be left zero.
type Event struct {
	// Kind is what happened, required; it decides which fields below the
	// event uses. Date is the day it happened, a valid date not before the
	// case's previous event; for a Lapse, the day after the period's last
	// day.
	Kind EventKind
	Date calendar.Date
	// Amount, in CNY, is the bond posted ([HolderApplied], [BondPosted])
	// or the guarantee money deposited ([CounterGuarantee]): from 0 to
	// [MaxAmount] in whole fen.
	Amount decimal.Decimal
	// Result is the result of the investigation ([InvestigationResult]).
	Result Result
	// Deadline is the period that lapsed ([Lapse]).
	Deadline DeadlineKind
	// Route is the way the goods were disposed of ([DisposalCompleted]):
	// required for that kind, left zero for every other.
	Route Route
	// Reference is the number of the document the event rests on (the
	// notice, the detention receipt, the court's notice, the decision);
	// optional.
	Reference string
	// Note is free text, optional; for a decision on personal use
	// ([BeyondPersonalUse], [WithinPersonalUse]) it is required and gives
	// customs' reasons: whether the articles are for the traveller's or
	// addressee's own use or gifts to relatives or friends, not for sale
	// or rent, and whether their quantity is reasonable judged by the
	// person's circumstances, the purpose of the journey and the length of
	// stay (Penalty Regs art 64; R-PER-2).
	Note string
}

// Limits on the facts of a case and its events. They are far above any
// real case and exist to reject absurd input before any arithmetic.
const (
	// MaxAmount bounds every amount of money and value of goods, in CNY
	// (10^12).
	MaxAmount = 1_000_000_000_000
	// MaxEvents bounds the history of one case.
	MaxEvents = 256

	maxReference = 128  // bytes of a document number
	maxText      = 1024 // bytes of a name, address, description or note
)

// Validate reports every field of ev that does not fit its kind, as
// [FieldErrors] matching [ErrInvalidEvent]: an unknown kind, an invalid
// date, an amount that is negative, above [MaxAmount], has more than 2
// decimal places or belongs to another kind, a missing or stray result,
// deadline or route, a decision on personal use without its reasons in
// Note, over-long or non-printable text.
func (ev Event) Validate() error {
	p := problems{class: ErrInvalidEvent}
	ev.validate(&p, "")
	return p.err()
}

// validate adds ev's problems to p, each field named after prefix. p is
// the caller's, so that a valid event costs no allocation.
func (ev Event) validate(p *problems, prefix string) {
	if !ev.Kind.IsValid() {
		p.add(prefix+"kind", ev.Kind.String(), "unknown event kind")
	}
	if !ev.Date.IsValid() {
		p.add(prefix+"date", ev.Date.String(), "not a valid date")
	}
	if ev.Kind.hasAmount() {
		checkMoney(p, prefix+"amount", ev.Amount)
		if ev.Amount.IsZero() && ev.Kind != HolderApplied {
			p.add(prefix+"amount", "0", "required: the amount posted")
		}
	} else if !ev.Amount.IsZero() {
		p.add(prefix+"amount", showDecimal(ev.Amount), fmt.Sprintf("an event of kind %s carries no amount", ev.Kind))
	}
	switch {
	case ev.Kind == InvestigationResult && !ev.Result.IsValid():
		p.add(prefix+"result", ev.Result.String(), "required: infringing, not-infringing or undetermined")
	case ev.Kind != InvestigationResult && ev.Result != ResultUnknown:
		p.add(prefix+"result", ev.Result.String(), fmt.Sprintf("an event of kind %s carries no result", ev.Kind))
	}
	switch {
	case ev.Kind == Lapse && !ev.Deadline.IsValid():
		p.add(prefix+"deadline", ev.Deadline.String(), "required: the period that lapsed")
	case ev.Kind != Lapse && ev.Deadline != DeadlineUnknown:
		p.add(prefix+"deadline", ev.Deadline.String(), fmt.Sprintf("an event of kind %s carries no deadline", ev.Kind))
	}
	switch {
	case ev.Kind == DisposalCompleted && ev.Route == RouteUnknown:
		p.add(prefix+"route", "", "required: public-welfare, sale-to-holder, auction or destruction (Regs art 27; R-DIS-1)")
	case ev.Kind == DisposalCompleted && !ev.Route.IsValid():
		p.add(prefix+"route", ev.Route.String(), "unknown route: want public-welfare, sale-to-holder, auction or destruction (Regs art 27; R-DIS-1)")
	case ev.Kind != DisposalCompleted && ev.Route != RouteUnknown:
		p.add(prefix+"route", ev.Route.String(), fmt.Sprintf("an event of kind %s carries no route", ev.Kind))
	}
	checkText(p, prefix+"reference", ev.Reference, maxReference, false)
	if ev.Kind.isDecision() && ev.Note == "" {
		p.add(prefix+"note", "", "required: the reasons for the decision — own use or gifts, not for sale or rent; a quantity reasonable for the person's circumstances, the purpose of the journey and the length of stay (Regs art 31; Penalty Regs art 64; R-PER-2)")
	} else {
		checkText(p, prefix+"note", ev.Note, maxText, false)
	}
}

// Equal reports whether ev and o are the same event; amounts compare by
// value, so 100 equals 100.00.
func (ev Event) Equal(o Event) bool {
	return ev.Kind == o.Kind && ev.Date == o.Date && ev.Amount.Equal(o.Amount) && ev.Result == o.Result &&
		ev.Deadline == o.Deadline && ev.Route == o.Route && ev.Reference == o.Reference && ev.Note == o.Note
}

// String describes ev in one line, e.g. "2024-02-19 holder-applied
// 20000.00".
func (ev Event) String() string {
	s := ev.Date.String() + " " + ev.Kind.String()
	switch {
	case ev.Kind.hasAmount() && moneyProblem(ev.Amount) != "":
		s += " " + showDecimal(ev.Amount)
	case ev.Kind.hasAmount():
		s += " " + ev.Amount.StringFixed(2)
	case ev.Kind == InvestigationResult:
		s += " " + ev.Result.String()
	case ev.Kind == Lapse:
		s += " " + ev.Deadline.String()
	case ev.Kind == DisposalCompleted:
		s += " " + ev.Route.String()
	}
	return s
}
