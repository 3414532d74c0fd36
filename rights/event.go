package rights

import (
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
)

// EventKind is what happens to a recordation. The zero EventKind is
// [EventKindUnknown].
type EventKind uint8

// The event kinds. Do not reorder: the text codes are the stable form.
const (
	// EventKindUnknown is the zero EventKind: not set. An Event with it is
	// invalid, and it has no text code.
	EventKindUnknown EventKind = iota
	// Filing: GACC received a complete application for recordation (Regs
	// art 7), the first event of every recordation, or a new application
	// after a rejection, cancellation, revocation or lapse.
	Filing
	// Approval: GACC approved the recordation and gave it a number (Regs
	// arts 8, 10).
	Approval
	// Rejection: GACC refused the application, with reasons (Regs art 8).
	Rejection
	// RenewalFiling: the holder filed an application to renew the
	// recordation, which GACC accepted (Regs art 10; Measures art 10).
	// Date is the day it was filed; a renewal GACC refuses is not an
	// event.
	RenewalFiling
	// ChangeReport: the holder reported a change of the recorded facts
	// (Regs art 11; Measures art 11). Date is the day it was filed,
	// Changed the day the facts changed.
	ChangeReport
	// Cancellation: the recordation was cancelled (注销), for Cancel
	// (Measures art 12).
	Cancellation
	// Revocation: GACC revoked the recordation (撤销), for Revoke (Regs arts
	// 9, 11).
	Revocation
)

var eventKindCodes = textcode.New[EventKind]("EventKind", []string{
	Filing:        "filing",
	Approval:      "approval",
	Rejection:     "rejection",
	RenewalFiling: "renewal-filing",
	ChangeReport:  "change-report",
	Cancellation:  "cancellation",
	Revocation:    "revocation",
})

// IsValid reports whether k is one of the kinds above other than
// EventKindUnknown.
func (k EventKind) IsValid() bool { return eventKindCodes.Valid(k) }

// String returns the stable text code of k ("filing", "approval",
// "rejection", "renewal-filing", "change-report", "cancellation",
// "revocation"), or "%!EventKind(n)".
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

// CancelReason is why a recordation was cancelled (Measures (2009
// numbering) art 12). The zero CancelReason is [CancelReasonUnknown].
type CancelReason uint8

// The cancellation reasons. Do not reorder.
const (
	// CancelReasonUnknown is the zero CancelReason: no cancellation. Every
	// Event but a Cancellation has it; it has no text code.
	CancelReasonUnknown CancelReason = iota
	// CancelHolderRequest: the holder gave the recordation up (Measures
	// art 12 para 2).
	CancelHolderRequest
	// CancelAssignment: the right was assigned; the original holder must
	// cancel within 30 working days and the assignee records anew
	// (Measures art 12 para 1).
	CancelAssignment
	// CancelRightEnded: the right stopped being protected before the
	// recordation expired (Measures art 12 para 1). The right's End must
	// be on record first ([Recordation.WithRight]).
	CancelRightEnded
	// CancelUnreportedChange: GACC cancelled it, on its own or on an
	// interested party's request, because the holder did not report a
	// change or cancellation and this seriously affected others' lawful
	// trade (Measures art 12 para 3; R-REC-8).
	CancelUnreportedChange
)

var cancelReasonCodes = textcode.New[CancelReason]("CancelReason", []string{
	CancelHolderRequest:    "holder-request",
	CancelAssignment:       "assignment",
	CancelRightEnded:       "right-ended",
	CancelUnreportedChange: "unreported-change",
})

// IsValid reports whether r is one of the reasons above other than
// CancelReasonUnknown.
func (r CancelReason) IsValid() bool { return cancelReasonCodes.Valid(r) }

// String returns the stable text code of r ("holder-request",
// "assignment", "right-ended", "unreported-change"), or
// "%!CancelReason(n)".
func (r CancelReason) String() string { return cancelReasonCodes.String(r) }

// AppendText appends the text code of r to b.
func (r CancelReason) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(cancelReasonCodes, "CancelReason", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r CancelReason) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *CancelReason) UnmarshalText(text []byte) error {
	v, err := enumParse(cancelReasonCodes, "CancelReason", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// RevokeReason is why GACC revoked a recordation. The zero RevokeReason
// is [RevokeReasonUnknown].
type RevokeReason uint8

// The revocation reasons. Do not reorder.
const (
	// RevokeReasonUnknown is the zero RevokeReason: no revocation. Every
	// Event but a Revocation has it; it has no text code.
	RevokeReasonUnknown RevokeReason = iota
	// RevokeUntruthful: the recordation was obtained with untruthful
	// information or documents (Regs art 9; R-REC-9).
	RevokeUntruthful
	// RevokeUnreportedChange: the holder did not report a change within
	// 30 working days and this seriously affected others' lawful trade or
	// customs supervision (Regs art 11; R-REC-8).
	RevokeUnreportedChange
)

var revokeReasonCodes = textcode.New[RevokeReason]("RevokeReason", []string{
	RevokeUntruthful:       "untruthful-application",
	RevokeUnreportedChange: "unreported-change",
})

// IsValid reports whether r is one of the reasons above other than
// RevokeReasonUnknown.
func (r RevokeReason) IsValid() bool { return revokeReasonCodes.Valid(r) }

// String returns the stable text code of r ("untruthful-application",
// "unreported-change"), or "%!RevokeReason(n)".
func (r RevokeReason) String() string { return revokeReasonCodes.String(r) }

// AppendText appends the text code of r to b.
func (r RevokeReason) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(revokeReasonCodes, "RevokeReason", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r RevokeReason) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *RevokeReason) UnmarshalText(text []byte) error {
	v, err := enumParse(revokeReasonCodes, "RevokeReason", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Event is something that happened to a recordation, on Date, with the
// facts of its kind:
//
//	Kind           required        optional
//	Filing         Date            Note
//	Approval       Date Number     Note
//	Rejection      Date Note       -
//	RenewalFiling  Date            Note
//	ChangeReport   Date Changed Note (what changed)
//	Cancellation   Date Cancel     Note
//	Revocation     Date Revoke     Note
//
// Fields not listed for the kind must be zero. Event is a small
// comparable value; [Event.Equal] is the same as ==. It has no Compare:
// events of a history are in the order they were applied, and several
// may share a day, so no order of their fields is the right one.
type Event struct {
	// Kind is what happened, which decides the other fields it needs (the
	// table above). Required.
	Kind EventKind
	// Date is the day the event happened: the application received, the
	// decision taken, the renewal or change report filed.
	Date calendar.Date
	// Number is the recordation number GACC gave on approval: opaque text
	// (domain brief section 11), printable, at most 64 bytes. [U]
	Number string
	// Changed is the day the recorded facts changed, for a ChangeReport:
	// the 30 working days of Regs art 11 run from it.
	Changed calendar.Date
	// Note is free text: the reasons of a rejection (required, Regs art
	// 8), what changed (required), or a remark. At most 1024 bytes.
	Note string
	// Cancel is why a Cancellation happened.
	Cancel CancelReason
	// Revoke is why a Revocation happened.
	Revoke RevokeReason
}

// Equal reports whether ev and o are the same event: every field equal,
// the Note byte for byte. It is the same as ==.
func (ev Event) Equal(o Event) bool { return ev == o }

// MinEventYear is the earliest year of an event: customs recordation
// started under the 1995 Regulations.
const MinEventYear = 1995

// Validate reports every problem of ev on its own, as [FieldErrors]
// matching [ErrInvalidEvent]: a kind without a code, an invalid date or
// one before [MinEventYear], a missing or superfluous field for the kind,
// text that is not printable or too long, a change dated after its
// report. Whether the event may happen to a recordation is for
// [Recordation.Apply] to say.
func (ev Event) Validate() error { return ev.validate("").err() }

func (ev Event) validate(prefix string) *problems {
	p := &problems{class: ErrInvalidEvent}
	if !ev.Kind.IsValid() {
		p.add(prefix+"kind", ev.Kind.String(), "unknown event kind")
		return p
	}
	eventDate(p, prefix+"date", ev.Date, true)
	switch ev.Kind {
	case Approval:
		p.text(prefix+"number", ev.Number, maxNumberBytes, true)
	default:
		if ev.Number != "" {
			p.add(prefix+"number", ev.Number, fmt.Sprintf("does not apply to a %s", ev.Kind))
		}
	}
	if ev.Kind == ChangeReport {
		if eventDate(p, prefix+"changed", ev.Changed, true) && ev.Date.IsValid() && ev.Changed.After(ev.Date) {
			p.add(prefix+"changed", ev.Changed.String(), "after the report was filed on "+ev.Date.String())
		}
	} else if !ev.Changed.IsZero() {
		p.add(prefix+"changed", ev.Changed.String(), fmt.Sprintf("does not apply to a %s", ev.Kind))
	}
	p.text(prefix+"note", ev.Note, maxTextBytes, ev.Kind == Rejection || ev.Kind == ChangeReport)
	switch {
	case ev.Kind == Cancellation && !ev.Cancel.IsValid():
		p.add(prefix+"cancel_reason", ev.Cancel.String(), "a cancellation needs a known reason")
	case ev.Kind != Cancellation && ev.Cancel != CancelReasonUnknown:
		p.add(prefix+"cancel_reason", ev.Cancel.String(), fmt.Sprintf("does not apply to a %s", ev.Kind))
	}
	switch {
	case ev.Kind == Revocation && !ev.Revoke.IsValid():
		p.add(prefix+"revoke_reason", ev.Revoke.String(), "a revocation needs a known reason")
	case ev.Kind != Revocation && ev.Revoke != RevokeReasonUnknown:
		p.add(prefix+"revoke_reason", ev.Revoke.String(), fmt.Sprintf("does not apply to a %s", ev.Kind))
	}
	return p
}

// eventDate checks a date of an event; it reports whether it is usable.
func eventDate(p *problems, field string, d calendar.Date, required bool) bool {
	switch {
	case d.IsZero():
		if required {
			p.add(field, "", "required")
		}
		return false
	case !d.IsValid():
		_, err := calendar.NewDate(d.Year, d.Month, d.Day)
		p.addErr(field, d.String(), "not a valid date", err)
		return false
	case d.Year < MinEventYear:
		p.add(field, d.String(), fmt.Sprintf("before %d, when customs recordation started", MinEventYear))
		return false
	}
	return true
}
