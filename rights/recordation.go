package rights

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Recordation is a customs recordation (备案) of a right with the General
// Administration of Customs (GACC): the [Right], the [Application] (Regs
// art 7), the [Conventions] it is read with, and its history of
// [Event]s, from which everything else is derived: [Recordation.Status]
// on any day, [Recordation.ValidFrom], [Recordation.ValidUntil], the
// renewal window and the deadlines. Nothing derived is stored where it
// could go stale.
//
// A Recordation is an immutable value: [Recordation.Apply],
// [Recordation.WithRight] and [Recordation.WithConventions] return a new
// one and leave the receiver unchanged, and the accessors return copies.
// It is safe for concurrent use. Compare with [Recordation.Equal]. The zero
// Recordation has no events: its status is StateUnknown on every day and
// Apply refuses every event; build one with [NewRecordation].
type Recordation struct {
	right  Right
	app    Application
	conv   Conventions
	events []Event
	// after[i] is what events[0..i] establish. It is computed once, by
	// Apply, from the immutable fields above.
	after []snapshot
}

// snapshot is what a recordation's history establishes after an event.
type snapshot struct {
	state     State         // The recorded state: never Lapsed, which follows from dates.
	received  calendar.Date // The last Filing.
	validFrom calendar.Date // The approval of the current cycle; zero if none.
	until     calendar.Date // The last day of validity of the current cycle; zero if none.
	number    string        // The recordation number of the current cycle.
	revoked   calendar.Date // The last revocation; zero if none.
}

// MaxEvents bounds the history of one recordation.
const MaxEvents = 1000

// NewRecordation returns a recordation of right whose application app GACC
// received complete on the day received: its history is one [Filing] and
// its status [Applied]. It uses the default [Conventions].
//
// It fails with every problem found, as [FieldErrors] named
// "right.number", "application.holder.name", "received" and so on:
// an invalid right (matching [ErrInvalidRight]), an invalid application
// ([ErrInvalidApplication]), an applicant who is not the right's holder
// (GACC must refuse them: Regs art 8; R-REC-3), or an invalid day
// ([ErrInvalidEvent]). Arguments are copied: the recordation shares no
// slice with the caller.
func NewRecordation(right Right, app Application, received calendar.Date) (Recordation, error) {
	return newRecordation(right, app, Conventions{}, received)
}

func newRecordation(right Right, app Application, conv Conventions, received calendar.Date) (Recordation, error) {
	var errs FieldErrors
	errs = append(errs, prefixed(conv.validateRight(right), "right.")...)
	errs = append(errs, app.validate("application.").list...)
	if app.Holder.Name != right.Holder && app.Holder.Name != "" && right.Holder != "" {
		errs = append(errs, &FieldError{Field: "application.holder.name", Value: app.Holder.Name, class: ErrInvalidApplication,
			Reason: fmt.Sprintf("differs from the right's holder %q: GACC must refuse an applicant who is not the holder (Regs art 8; R-REC-3)", right.Holder)})
	}
	filing := Event{Kind: Filing, Date: received}
	for _, e := range filing.validate("").list {
		e.Field = "received"
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return Recordation{}, errs
	}
	return Recordation{
		right:  right.clone(),
		app:    app.clone(),
		conv:   conv,
		events: []Event{filing},
		after:  []snapshot{{state: Applied, received: received}},
	}, nil
}

// prefixed returns the FieldErrors of err, copied, with prefix before each
// field name.
func prefixed(err error, prefix string) FieldErrors {
	var fe FieldErrors
	if !errors.As(err, &fe) {
		return nil
	}
	out := make(FieldErrors, len(fe))
	for i, e := range fe {
		c := *e
		c.Field = prefix + c.Field
		out[i] = &c
	}
	return out
}

// Right returns a copy of the recorded right.
func (r Recordation) Right() Right { return r.right.clone() }

// Type returns the type of the recorded right, without copying the right
// as [Recordation.Right] does; TypeUnknown for the zero Recordation.
func (r Recordation) Type() Type { return r.right.Type }

// Application returns a copy of the application.
func (r Recordation) Application() Application { return r.app.clone() }

// Conventions returns the conventions the recordation is read with.
func (r Recordation) Conventions() Conventions { return r.conv }

// Events returns a copy of the history, oldest first.
func (r Recordation) Events() []Event { return slices.Clone(r.events) }

// Equal reports whether r and o have the same right, application,
// conventions and history.
func (r Recordation) Equal(o Recordation) bool {
	return r.right.Equal(o.right) && r.app.Equal(o.app) && r.conv == o.conv && slices.Equal(r.events, o.events)
}

// last returns what the whole history establishes; the zero snapshot for
// the zero Recordation.
func (r Recordation) last() snapshot {
	if len(r.after) == 0 {
		return snapshot{}
	}
	return r.after[len(r.after)-1]
}

// at returns what the events dated on or before on establish, and false
// if there are none.
func (r Recordation) at(on calendar.Date) (snapshot, bool) {
	i := sort.Search(len(r.events), func(i int) bool { return r.events[i].Date.After(on) })
	if i == 0 {
		return snapshot{}, false
	}
	return r.after[i-1], true
}

// Status returns the recordation's status on day on, computed from the
// events dated on or before it, the validity and the right:
//
//   - StateUnknown before the first filing, or for an invalid day;
//   - the state of the last event, except that
//   - a recordation in force (Approved, Renewed, Changed) is Lapsed after
//     its last day of validity without renewal, and as soon as the right
//     stops being protected (Regs art 10; R-REC-7).
//
// Status never goes back from Lapsed to a state in force without an
// event.
func (r Recordation) Status(on calendar.Date) State {
	if !on.IsValid() {
		return StateUnknown
	}
	s, ok := r.at(on)
	if !ok {
		return StateUnknown
	}
	return r.status(s, on)
}

func (r Recordation) status(s snapshot, on calendar.Date) State {
	if s.state.InForce() && (on.After(s.until) || !r.conv.inForce(r.right, on)) {
		return Lapsed
	}
	return s.state
}

// InForce reports whether the recordation is in force on day on, so that
// customs may act on its own initiative for the right that day (Regs art
// 16; R-REC-1): its [Recordation.Status] on that day is Approved, Renewed
// or Changed. That status already requires, besides an approval not
// since rejected, cancelled or revoked, that the day is within the
// validity (Regs art 10; R-REC-4, R-REC-6) and that the right itself is
// protected that day under the recordation's [Conventions] (R-REC-7): a
// recordation is never in force for a right that is not. So InForce(on)
// implies [Conventions.InForce] of [Recordation.Right] on that day.
//
// It is false for an invalid day, a day before the first filing, and the
// zero Recordation. It reads only events dated on or before on: a later
// cancellation or revocation does not reach back.
func (r Recordation) InForce(on calendar.Date) bool { return r.Status(on).InForce() }

// ValidFrom returns the day the recordation took effect, the day GACC
// approved it (Regs art 10; Measures art 9; R-REC-4), and true; false if
// it was never approved since its last filing.
func (r Recordation) ValidFrom() (calendar.Date, bool) {
	s := r.last()
	return s.validFrom, !s.validFrom.IsZero()
}

// ValidUntil returns the last day, inclusive, the recordation is valid
// after all its events, and true; false if it was never approved since
// its last filing. It is the smallest of:
//
//   - the day before the 10th anniversary of the approval, or of the day
//     after the previous last day for each renewal (Regs art 10; Measures
//     arts 9-10; R-REC-4, R-REC-6);
//   - the right's last day of protection, counting the right's own
//     renewals filed by the approval or recordation renewal, and any
//     early End: a trademark renewed after the recordation's approval
//     needs the recordation renewed too (domain brief section 7.5);
//   - the day before a cancellation or revocation.
//
// It never ends after the right's [Conventions.ProtectionEnd].
func (r Recordation) ValidUntil() (calendar.Date, bool) {
	s := r.last()
	return s.until, !s.until.IsZero()
}

// Number returns the recordation number GACC gave on the last approval,
// or "" if the recordation was not approved since its last filing.
func (r Recordation) Number() string { return r.last().number }

// Received returns the day GACC received the last application (the last
// [Filing]); the zero Date for the zero Recordation.
func (r Recordation) Received() calendar.Date { return r.last().received }

// RenewalWindow returns the window in which a renewal of the current
// validity may be filed, and true; false if the recordation is not in
// force after its events. The window opens 6 months before
// [Recordation.ValidUntil] and closes on it, both days included (Regs art
// 10; R-REC-5; the opening day is [Conventions.WindowOpensDayAfter]);
// there is no grace period, so GraceEnds is Closes.
func (r Recordation) RenewalWindow() (Window, bool) {
	s := r.last()
	if !s.state.InForce() {
		return Window{}, false
	}
	return r.recordationWindow(s.until), true
}

func (r Recordation) recordationWindow(until calendar.Date) Window {
	return Window{Opens: r.conv.windowOpens(until, recordationRenew), Closes: until, GraceEnds: until}
}

// BarredUntil returns the last day on which GACC may refuse a new
// application after the recordation was revoked, one year after the last
// revocation (Measures (2009 numbering) art 13; R-REC-9), and true; false
// if it was never revoked. Apply refuses such an application only with
// [Conventions.BarReapplication].
func (r Recordation) BarredUntil() (calendar.Date, bool) {
	s := r.last()
	if s.revoked.IsZero() {
		return calendar.Date{}, false
	}
	return s.revoked.AddMonths(12), true
}

// Periods of the recordation rules.
var (
	// decisionPeriod: GACC decides within 30 working days of receiving
	// the complete application (Regs art 8; R-REC-2).
	decisionPeriod = calendar.Period{Count: 30, Unit: calendar.UnitWorkingDays}
	// changePeriod: the holder reports a change within 30 working days of
	// it (Regs art 11; Measures arts 11-12; R-REC-8).
	changePeriod = calendar.Period{Count: 30, Unit: calendar.UnitWorkingDays}
)

// DecisionDue returns the deadline for GACC's decision on the last
// application: 30 working days on c from the day after it was received
// (Regs art 8; R-REC-2). It returns c's errors, such as one wrapping
// [calendar.ErrNotCovered] when the period leaves c's official data.
func (r Recordation) DecisionDue(c calendar.Calendar) (calendar.Deadline, error) {
	s := r.last()
	if s.received.IsZero() {
		return calendar.Deadline{}, &FieldError{Field: "received", Reason: "no application received", class: ErrInvalidRecordation}
	}
	return decisionPeriod.Deadline(c, s.received)
}

// ChangeDue returns the deadline for reporting a change of the recorded
// facts that happened on the day changed: 30 working days on c from the
// day after (Regs art 11; Measures arts 11-12; R-REC-8). It returns c's
// errors, such as one wrapping [calendar.ErrNotCovered].
func (r Recordation) ChangeDue(c calendar.Calendar, changed calendar.Date) (calendar.Deadline, error) {
	return changePeriod.Deadline(c, changed)
}

// LateChanges returns the change reports filed after their deadline on c
// ([Recordation.ChangeDue]). A late report is accepted all the same: the
// consequence, revocation or cancellation, is at GACC's discretion and
// needs a serious effect (Regs art 11; Measures art 12; R-REC-8). It
// returns c's errors, such as one wrapping [calendar.ErrNotCovered].
func (r Recordation) LateChanges(c calendar.Calendar) ([]Event, error) {
	var late []Event
	for _, ev := range r.events {
		if ev.Kind != ChangeReport {
			continue
		}
		dl, err := r.ChangeDue(c, ev.Changed)
		if err != nil {
			return nil, err
		}
		if ev.Date.After(dl.LastDay) {
			late = append(late, ev)
		}
	}
	return late, nil
}

// Apply returns the recordation after ev, or an error; the receiver is
// unchanged either way. It fails with:
//
//   - [FieldErrors] matching [ErrInvalidEvent] if ev is malformed
//     ([Event.Validate]);
//   - a *[TransitionError] matching [ErrInvalidTransition] if ev is dated
//     before the last event, if no transition of the table leads from the
//     recordation's [Recordation.Status] on ev's day with ev's kind, or if
//     a guard of the law is unmet: TransitionError.Unmet lists them all.
//
// The transitions are listed, with their guards, in the package
// documentation ("Recordation").
func (r Recordation) Apply(ev Event) (Recordation, error) {
	if err := ev.validate("").err(); err != nil {
		return r, err
	}
	if len(r.events) >= MaxEvents {
		return r, &TransitionError{From: r.last().state, Event: ev.Kind, Date: ev.Date,
			Unmet: []string{fmt.Sprintf("the history already holds %d events, the most this package keeps", MaxEvents)}}
	}
	if len(r.events) == 0 {
		return r, &TransitionError{From: StateUnknown, Event: ev.Kind, Date: ev.Date,
			Unmet: []string{"no recordation: build one with NewRecordation"}}
	}
	if prev := r.events[len(r.events)-1]; ev.Date.Before(prev.Date) {
		return r, &TransitionError{From: r.Status(prev.Date), Event: ev.Kind, Date: ev.Date,
			Unmet: []string{fmt.Sprintf("dated before the previous event, %s on %s", prev.Kind, prev.Date)}}
	}
	from := r.Status(ev.Date)
	to, unmet, found := r.next(from, ev)
	if !found || len(unmet) > 0 {
		return r, &TransitionError{From: from, Event: ev.Kind, Date: ev.Date, Unmet: unmet}
	}
	s := r.establish(to, ev)
	n := len(r.events)
	out := r
	// Full slice expressions: append copies, so r and out share nothing
	// that either could change.
	out.events = append(r.events[:n:n], ev)
	out.after = append(r.after[:n:n], s)
	return out, nil
}

// establish returns the snapshot after ev takes the recordation to state
// to.
func (r Recordation) establish(to State, ev Event) snapshot {
	s := r.last()
	s.state = to
	switch ev.Kind {
	case Filing:
		s.received, s.validFrom, s.until, s.number = ev.Date, calendar.Date{}, calendar.Date{}, ""
	case Approval:
		s.validFrom, s.number = ev.Date, ev.Number
		s.until = r.capped(r.conv.yearsFrom(ev.Date, recordationYears), ev.Date)
	case RenewalFiling:
		s.until = r.capped(r.conv.yearsFrom(s.until.AddDays(1), recordationYears), ev.Date)
	case Cancellation, Revocation:
		if s.until.IsZero() || !ev.Date.After(s.until) {
			s.until = ev.Date.AddDays(-1)
		}
		if ev.Kind == Revocation {
			s.revoked = ev.Date
		}
	}
	return s
}

// capped returns the earlier of last and the right's last day of
// protection, counting the right's renewals filed on or before asOf and
// its early end (Measures arts 9-10; R-REC-4, R-REC-6).
func (r Recordation) capped(last, asOf calendar.Date) calendar.Date {
	if end, ok := r.conv.protectionEnd(r.right, asOf); ok && end.Before(last) {
		return end
	}
	return last
}

// Permitted returns the kinds of event that may happen next, on day on:
// those with a transition from the recordation's status on that day whose
// guards are met by an event of that kind dated on (a change report of a
// change on the same day; a cancellation on the holder's request). It
// returns nil for a day before the last event or an invalid day.
func (r Recordation) Permitted(on calendar.Date) []EventKind {
	if !on.IsValid() || len(r.events) == 0 || on.Before(r.events[len(r.events)-1].Date) {
		return nil
	}
	from := r.Status(on)
	var kinds []EventKind
	for _, k := range eventKindCodes.Values() {
		probe := Event{Kind: k, Date: on}
		switch k {
		case Approval:
			probe.Number = "probe"
		case ChangeReport:
			probe.Changed = on
		case Cancellation:
			probe.Cancel = CancelHolderRequest
		case Revocation:
			probe.Revoke = RevokeUntruthful
		}
		if _, unmet, found := r.next(from, probe); found && len(unmet) == 0 && !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// WithRight returns the recordation with right in place of its right, its
// history replayed under the new facts: use it when the right's facts
// change (a trademark renewed, a patent granted or ended early). The
// receiver is unchanged. It fails with a *[FieldError] matching
// [ErrInvalidRight] if right is not the recorded right:
//
//   - field "right", for another type or number: a different right needs
//     its own recordation;
//   - field "holder", for another Holder. A recordation belongs to the
//     holder who applied (Regs art 8; R-REC-3). An assignment is a
//     [Cancellation] for [CancelAssignment] followed by a new recordation
//     by the assignee ([NewRecordation]; Measures art 12; R-REC-8); a
//     change of the holder's name, the holder staying the same, is
//     reported with a [ChangeReport] event whose Note gives the new name
//     (Regs art 11; Measures art 11), and the recorded Holder keeps the
//     name the right was recorded under.
//
// It also fails if right is invalid, or if the history is impossible
// with it (an approval on a day the right was not protected): the error
// names the event.
func (r Recordation) WithRight(right Right) (Recordation, error) {
	if right.Type != r.right.Type || right.Number != r.right.Number {
		return r, &FieldError{Field: "right", Value: right.Type.String() + " " + right.Number, class: ErrInvalidRight,
			Reason: fmt.Sprintf("not the recorded right %s %s: a different right needs its own recordation", r.right.Type, r.right.Number)}
	}
	if right.Holder != r.right.Holder {
		return r, &FieldError{Field: "holder", Value: right.Holder, class: ErrInvalidRight,
			Reason: fmt.Sprintf("not the recorded holder %q: an assignee files a new recordation after the cancellation (Measures art 12; R-REC-8; Regs art 8; R-REC-3), and a change of the holder's name is a change report (Regs art 11)",
				textcode.Clip(r.right.Holder))}
	}
	return replay(right, r.app, r.conv, r.events)
}

// WithConventions returns the recordation read with the conventions c,
// its history replayed under them. It fails if the history is impossible
// under c (a renewal filed on a day c excludes from the window). The
// receiver is unchanged.
func (r Recordation) WithConventions(c Conventions) (Recordation, error) {
	return replay(r.right, r.app, c, r.events)
}

// replay builds a recordation from its parts and history.
func replay(right Right, app Application, conv Conventions, events []Event) (Recordation, error) {
	if len(events) == 0 || events[0].Kind != Filing {
		return Recordation{}, &FieldError{Field: "events", class: ErrInvalidRecordation, Reason: "the history must start with a filing"}
	}
	if len(events) > MaxEvents {
		return Recordation{}, &FieldError{Field: "events", Value: fmt.Sprint(len(events)), class: ErrInvalidRecordation,
			Reason: fmt.Sprintf("more than %d events", MaxEvents)}
	}
	if errs := events[0].validate("events[0].").list; len(errs) > 0 {
		return Recordation{}, errs
	}
	rec, err := newRecordation(right, app, conv, events[0].Date)
	if err != nil {
		return Recordation{}, err
	}
	// Keep the first filing as recorded, with its note: newRecordation's
	// slice is its own, so it can be written.
	rec.events[0] = events[0]
	for i, ev := range events[1:] {
		if rec, err = rec.Apply(ev); err != nil {
			return Recordation{}, &replayError{index: i + 1, err: err}
		}
	}
	return rec, nil
}

// replayError reports the event of a history that cannot be applied.
type replayError struct {
	index int
	err   error
}

func (e *replayError) Error() string {
	return fmt.Sprintf("rights: events[%d]: %s", e.index, strings.TrimPrefix(e.err.Error(), "rights: "))
}
func (e *replayError) Unwrap() error        { return e.err }
func (e *replayError) Is(target error) bool { return target == ErrInvalidRecordation }
