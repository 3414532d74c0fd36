package rights

import (
	"encoding/json"
	"errors"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/strictjson"
)

// The JSON formats. Keys are lower case with underscores, enums are
// written as their text codes and dates as "2006-01-02"; zero facts are
// left out. Decoding is strict: at most 1 MiB, no unknown, misspelled or
// repeated key, no unknown code, no trailing data, and the value must be
// valid (a recordation's history must replay). On error the receiver is
// unchanged.

const maxJSONBytes = 1 << 20

var (
	rightKeys       = []string{"type", "holder", "number", "classes", "filed", "granted", "registered", "renewals", "author_died", "created", "first_published", "announced", "term_adjustment", "end", "reason", "date"}
	eventKeys       = []string{"kind", "date", "number", "changed", "note", "cancel_reason", "revoke_reason"}
	applicationKeys = []string{"holder", "name", "address", "nationality", "licensees", "scope", "goods", "origin", "ports", "traders", "features", "price", "infringers", "manufacturer"}
	conventionKeys  = []string{"leap_day_february_28", "grace_in_force", "window_opens_day_after", "bar_reapplication"}
)

// ours reports whether err comes from this package's or the calendar's
// own validation, to be returned as it is rather than as a syntax error.
func ours(err error) bool {
	for _, target := range []error{ErrUnknownCode, ErrInvalidNumber, ErrInvalidRight, ErrInvalidApplication, ErrInvalidEvent, ErrInvalidRecordation, ErrInvalidTransition, calendar.ErrInvalidDate} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

func format(depth int, keys ...[]string) strictjson.Format {
	var all []string
	for _, k := range keys {
		all = append(all, k...)
	}
	return strictjson.Format{MaxBytes: maxJSONBytes, MaxDepth: depth, Keys: all, Pass: ours}
}

var (
	rightFormat       = format(3, rightKeys)
	eventFormat       = format(1, eventKeys)
	applicationFormat = format(4, applicationKeys)
	recordationFormat = format(6, []string{"right", "application", "conventions", "events"}, rightKeys, eventKeys, applicationKeys, conventionKeys)
)

// decode decodes data into v per f, wrapping every error so that it
// matches class.
func decode(f strictjson.Format, what string, class error, data []byte, v any) error {
	if err := f.Decode(data, v); err != nil {
		return &jsonError{what: what, class: class, err: err}
	}
	return nil
}

// datePtr returns nil for the zero Date, so that it is left out.
func datePtr(d calendar.Date) *calendar.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

func dateOf(p *calendar.Date) calendar.Date {
	if p == nil {
		return calendar.Date{}
	}
	return *p
}

type endJSON struct {
	Reason EndReason     `json:"reason"`
	Date   calendar.Date `json:"date"`
}

type rightJSON struct {
	Type           Type           `json:"type"`
	Holder         string         `json:"holder"`
	Number         string         `json:"number,omitempty"`
	Classes        []NiceClass    `json:"classes,omitempty"`
	Filed          *calendar.Date `json:"filed,omitempty"`
	Granted        *calendar.Date `json:"granted,omitempty"`
	Registered     *calendar.Date `json:"registered,omitempty"`
	Renewals       []Renewal      `json:"renewals,omitempty"`
	AuthorDied     int            `json:"author_died,omitempty"`
	Created        *calendar.Date `json:"created,omitempty"`
	FirstPublished *calendar.Date `json:"first_published,omitempty"`
	Announced      *calendar.Date `json:"announced,omitempty"`
	TermAdjustment calendar.Days  `json:"term_adjustment,omitempty"`
	End            *endJSON       `json:"end,omitempty"`
}

// MarshalJSON implements [json.Marshaler]:
//
//	{"type":"trademark","holder":"...","number":"1234567","classes":["25"],
//	 "registered":"2010-03-14","renewals":[{"filed":"2019-12-01"}],
//	 "end":{"reason":"cancellation","date":"2024-05-06"}}
//
// It fails only for an enum value without a code or an invalid date.
func (r Right) MarshalJSON() ([]byte, error) {
	v := rightJSON{
		Type: r.Type, Holder: r.Holder, Number: r.Number, Classes: r.Classes,
		Filed: datePtr(r.Filed), Granted: datePtr(r.Granted), Registered: datePtr(r.Registered),
		Renewals: r.Renewals, AuthorDied: r.AuthorDied, Created: datePtr(r.Created),
		FirstPublished: datePtr(r.FirstPublished), Announced: datePtr(r.Announced),
		TermAdjustment: r.TermAdjustment,
	}
	if !r.End.IsZero() {
		v.End = &endJSON{r.End.Reason, r.End.Date}
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the format of
// [Right.MarshalJSON] strictly and validates the result ([Right.Validate]).
// Every error matches [ErrInvalidRight]; on error the receiver is
// unchanged.
func (r *Right) UnmarshalJSON(data []byte) error {
	var v rightJSON
	if err := decode(rightFormat, "right JSON", ErrInvalidRight, data, &v); err != nil {
		return err
	}
	out := Right{
		Type: v.Type, Holder: v.Holder, Number: v.Number, Classes: v.Classes,
		Filed: dateOf(v.Filed), Granted: dateOf(v.Granted), Registered: dateOf(v.Registered),
		Renewals: v.Renewals, AuthorDied: v.AuthorDied, Created: dateOf(v.Created),
		FirstPublished: dateOf(v.FirstPublished), Announced: dateOf(v.Announced),
		TermAdjustment: v.TermAdjustment,
	}
	if v.End != nil {
		out.End = End{v.End.Reason, v.End.Date}
		if out.End.IsZero() {
			return &jsonError{what: "right JSON", class: ErrInvalidRight, err: errors.New("end: want a reason and a date, or no end")}
		}
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*r = out
	return nil
}

type eventJSON struct {
	Kind    EventKind      `json:"kind"`
	Date    calendar.Date  `json:"date"`
	Number  string         `json:"number,omitempty"`
	Changed *calendar.Date `json:"changed,omitempty"`
	Note    string         `json:"note,omitempty"`
	Cancel  *CancelReason  `json:"cancel_reason,omitempty"`
	Revoke  *RevokeReason  `json:"revoke_reason,omitempty"`
}

// MarshalJSON implements [json.Marshaler]:
// {"kind":"approval","date":"2020-05-06","number":"T2020-12345"}.
func (ev Event) MarshalJSON() ([]byte, error) {
	v := eventJSON{Kind: ev.Kind, Date: ev.Date, Number: ev.Number, Changed: datePtr(ev.Changed), Note: ev.Note}
	if ev.Cancel != CancelReasonUnknown {
		v.Cancel = &ev.Cancel
	}
	if ev.Revoke != RevokeReasonUnknown {
		v.Revoke = &ev.Revoke
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the format of
// [Event.MarshalJSON] strictly and validates the event ([Event.Validate]).
// Every error matches [ErrInvalidEvent]; on error the receiver is
// unchanged.
func (ev *Event) UnmarshalJSON(data []byte) error {
	var v eventJSON
	if err := decode(eventFormat, "event JSON", ErrInvalidEvent, data, &v); err != nil {
		return err
	}
	out := Event{Kind: v.Kind, Date: v.Date, Number: v.Number, Changed: dateOf(v.Changed), Note: v.Note}
	if v.Cancel != nil {
		out.Cancel = *v.Cancel
	}
	if v.Revoke != nil {
		out.Revoke = *v.Revoke
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*ev = out
	return nil
}

// applicationJSON has Application's fields without its methods.
type applicationJSON Application

// UnmarshalJSON implements [json.Unmarshaler]: it decodes strictly and
// validates the application ([Application.Validate]). Every error matches
// [ErrInvalidApplication]; on error the receiver is unchanged. (An
// Application is marshalled by its field tags.)
func (a *Application) UnmarshalJSON(data []byte) error {
	var v applicationJSON
	if err := decode(applicationFormat, "application JSON", ErrInvalidApplication, data, &v); err != nil {
		return err
	}
	if err := Application(v).Validate(); err != nil {
		return err
	}
	*a = Application(v)
	return nil
}

type recordationJSON struct {
	Right       Right        `json:"right"`
	Application Application  `json:"application"`
	Conventions *Conventions `json:"conventions,omitempty"`
	Events      []Event      `json:"events"`
}

// MarshalJSON implements [json.Marshaler]: the right, the application,
// the conventions if they are not the defaults, and the history:
//
//	{"right":{...},"application":{...},"events":[{"kind":"filing","date":"2020-01-06"},...]}
//
// Everything derived (status, validity, number) is left out: decoding
// recomputes it.
func (r Recordation) MarshalJSON() ([]byte, error) {
	v := recordationJSON{Right: r.right, Application: r.app, Events: r.events}
	if r.conv != (Conventions{}) {
		c := r.conv
		v.Conventions = &c
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the format of
// [Recordation.MarshalJSON] strictly, then rebuilds the recordation by
// replaying its events through [Recordation.Apply], so that an impossible
// history is rejected with the event at fault. Every error matches
// [ErrInvalidRecordation], and the error of the part at fault
// ([ErrInvalidRight], [ErrInvalidTransition], ...); on error the receiver
// is unchanged.
func (r *Recordation) UnmarshalJSON(data []byte) error {
	var v recordationJSON
	if err := decode(recordationFormat, "recordation JSON", ErrInvalidRecordation, data, &v); err != nil {
		return err
	}
	conv := Conventions{}
	if v.Conventions != nil {
		conv = *v.Conventions
	}
	rec, err := replay(v.Right, v.Application, conv, v.Events)
	if err != nil {
		return &jsonError{what: "recordation JSON", class: ErrInvalidRecordation, err: err}
	}
	*r = rec
	return nil
}
