package enforcement

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
)

// DeadlineKind names a period of the workflow. The zero DeadlineKind is
// [DeadlineUnknown].
type DeadlineKind uint8

// The periods. Do not reorder: the text codes are the stable form.
const (
	// DeadlineUnknown is the zero DeadlineKind: no period. Only the zero
	// Deadline, and an Event other than a Lapse, have it; it has no text
	// code.
	DeadlineUnknown DeadlineKind = iota
	// ReplyPeriod: ex officio, the holder applies for detention and posts
	// the bond within 3 working days from the day after service of the
	// notice, or customs must not detain (Regs art 16; Measures arts 22,
	// 41; R-EXO-2, R-EXO-3).
	ReplyPeriod
	// InvestigationPeriod: ex officio, customs notifies the result of its
	// investigation within 30 working days of the detention (Regs art 20;
	// Measures art 28; R-EXO-6). Its lapse changes nothing by itself.
	InvestigationPeriod
	// CourtPeriod: upon application, customs releases the goods unless it
	// receives a court assistance notice within 20 working days of the
	// detention (Regs art 24(1); R-APP-4).
	CourtPeriod
	// ExOfficioCourtPeriod: ex officio, customs releases the goods unless
	// it receives a court assistance notice within 50 working days of the
	// detention or has found them infringing (Regs art 24(2); R-EXO-7).
	ExOfficioCourtPeriod
	// AnnouncementPeriod: the consignee of goods found infringing could
	// not be identified and customs announced the case; unless the party
	// comes forward within 3 calendar months from the day after the
	// announcement (Civil Code arts 201, 202; rolled off a rest day by art
	// 203), the goods are taken over (收缴; Penalty Regs art 62(4);
	// Measures (2009 numbering) art 32 [U]; R-PEN-5). [Rules.Announcement]
	// sets it.
	AnnouncementPeriod
)

var deadlineKindCodes = textcode.New[DeadlineKind]("DeadlineKind", []string{
	ReplyPeriod:          "reply",
	InvestigationPeriod:  "investigation",
	CourtPeriod:          "court-notice",
	ExOfficioCourtPeriod: "ex-officio-court-notice",
	AnnouncementPeriod:   "announcement",
})

// IsValid reports whether k is one of the periods above other than
// DeadlineUnknown.
func (k DeadlineKind) IsValid() bool { return deadlineKindCodes.Valid(k) }

// String returns the stable text code of k ("reply", "investigation",
// "court-notice", "ex-officio-court-notice", "announcement"), or
// "%!DeadlineKind(n)".
func (k DeadlineKind) String() string { return deadlineKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k DeadlineKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(deadlineKindCodes, "DeadlineKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k DeadlineKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *DeadlineKind) UnmarshalText(text []byte) error {
	v, err := enumParse(deadlineKindCodes, "DeadlineKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// deadlineFacts is what the law says of each period.
var deadlineFacts = [...]struct {
	actor       Actor
	act         string
	article     string
	consequence string
}{
	ReplyPeriod: {Holder,
		"apply for detention and post a bond covering the required amount",
		"Regs art 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2",
		"customs must not detain: the goods are released (Regs art 16; R-EXO-3)"},
	InvestigationPeriod: {Customs,
		"investigate and notify whether the goods infringe",
		"Regs art 20; Measures (2009 numbering) art 28; R-EXO-6",
		"none by itself: customs is late, and the goods stay detained"},
	CourtPeriod: {Holder,
		"obtain a court's assistance notice (injunction or property preservation)",
		"Regs arts 23, 24(1); R-APP-4",
		"customs releases the goods (Regs art 24(1))"},
	ExOfficioCourtPeriod: {Holder,
		"obtain a court's assistance notice (injunction or property preservation)",
		"Regs arts 23, 24(2); Measures (2009 numbering) art 29; R-EXO-7",
		"customs releases the goods unless it has found them infringing (Regs art 24(2))"},
	AnnouncementPeriod: {Consignee,
		"come forward and identify itself to customs",
		"Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U]; R-PEN-5",
		"customs takes the goods over (收缴; Penalty Regs art 62(4))"},
}

// unit returns the unit the law counts a period of kind k in.
func (k DeadlineKind) unit() calendar.Unit {
	if k == AnnouncementPeriod {
		return calendar.UnitMonths
	}
	return calendar.UnitWorkingDays
}

// Actor returns who must act before a period of kind k ends.
func (k DeadlineKind) Actor() Actor {
	if !k.IsValid() {
		return ActorUnknown
	}
	return deadlineFacts[k].actor
}

// Act returns, in English, what must be done before a period of kind k
// ends; "" for an invalid k.
func (k DeadlineKind) Act() string {
	if !k.IsValid() {
		return ""
	}
	return deadlineFacts[k].act
}

// Article returns the legal source of the period.
func (k DeadlineKind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return deadlineFacts[k].article
}

// Consequence returns, in English, what the lapse of the period does.
func (k DeadlineKind) Consequence() string {
	if !k.IsValid() {
		return ""
	}
	return deadlineFacts[k].consequence
}

// Deadline is a running period of a case, as [Case.Deadlines] lists it:
// who must act, what, by when, under which article, and what its lapse
// does. Compare deadlines with [Deadline.Equal].
type Deadline struct {
	// Kind is which period this is; DeadlineUnknown only in the zero
	// Deadline.
	Kind  DeadlineKind
	Actor Actor // Who must act: Kind.Actor().
	// Period is the period as the case's [Rules] set it, Trigger the day
	// it counts from (service of the notice, detention).
	Period  calendar.Period
	Trigger calendar.Date
	// LastDay is the last day on which the act can be done. It is always a
	// working day of the case's calendar — a working-day period ends on
	// one, and a period in calendar months rolls forward to one (Civil
	// Code art 203) — unless the case's [Rules] set a month period not to
	// roll ([calendar.RollNone]).
	LastDay calendar.Date
	// Ends is the instant the period ends for an act by post or through a
	// bank: 24:00 China Standard Time on LastDay. InPerson is when it ends
	// for an act done in person: the end of office hours on LastDay
	// ([Rules.OfficeCloses]; Measures art 41).
	Ends, InPerson time.Time
	// Lapse is the state the case enters by law when the period ends
	// without the act, or StateUnknown when the lapse changes nothing by
	// itself.
	Lapse State
}

// IsZero reports whether d is the zero Deadline.
func (d Deadline) IsZero() bool { return d.Kind == DeadlineUnknown }

// Equal reports whether d and e are the same deadline. Use it rather than
// ==, which compares the time.Time fields' locations too.
func (d Deadline) Equal(e Deadline) bool {
	return d.Kind == e.Kind && d.Actor == e.Actor && d.Period == e.Period && d.Trigger == e.Trigger &&
		d.LastDay == e.LastDay && d.Ends.Equal(e.Ends) && d.InPerson.Equal(e.InPerson) && d.Lapse == e.Lapse
}

// Compare orders deadlines by last day, then by kind in the order of
// [DeadlineKind]: -1 if d comes first, +1 if e does, 0 if they tie.
func (d Deadline) Compare(e Deadline) int {
	if c := d.LastDay.Compare(e.LastDay); c != 0 {
		return c
	}
	return cmp.Compare(d.Kind, e.Kind)
}

// LapsesOn returns the day the lapse takes effect, the day after the last
// day, or the zero Date if the lapse changes nothing by itself.
func (d Deadline) LapsesOn() calendar.Date {
	if d.Lapse == StateUnknown {
		return calendar.Date{}
	}
	return d.LastDay.AddDays(1)
}

// String describes d in one line, e.g. "holder: apply for detention and
// post a bond covering the required amount by 2024-02-20 (Regs art 16;
// ...)".
func (d Deadline) String() string {
	return fmt.Sprintf("%s: %s by %s (%s)", d.Actor, d.Kind.Act(), d.LastDay, d.Kind.Article())
}

// running returns the kinds of the periods running in case c's state, in
// kinds[:n].
func (c Case) running() (kinds [2]DeadlineKind, n int) {
	switch st := c.st; st.state {
	case Suspended:
		kinds[0], n = ReplyPeriod, 1
	case Applied:
		if c.facts.Track == ExOfficio && !c.bondCovers() {
			kinds[0], n = ReplyPeriod, 1
		}
	case UnderInvestigation:
		kinds[0], kinds[1], n = ExOfficioCourtPeriod, InvestigationPeriod, 2
	case AwaitingCourt:
		if c.facts.Track == ExOfficio {
			kinds[0], n = ExOfficioCourtPeriod, 1
		} else {
			kinds[0], n = CourtPeriod, 1
		}
	case Announced:
		kinds[0], n = AnnouncementPeriod, 1
	}
	return kinds, n
}

// lapseTarget returns the state the lapse of k leads to.
func lapseTarget(k DeadlineKind) State {
	switch k {
	case ReplyPeriod:
		return ReleasedNoApplication
	case CourtPeriod:
		return ReleasedNoCourtNotice
	case ExOfficioCourtPeriod:
		return ReleasedUndetermined
	case AnnouncementPeriod:
		return TakenOver
	}
	return StateUnknown
}

// trigger returns the day the period of kind k counts from.
func (c Case) trigger(k DeadlineKind) calendar.Date {
	switch k {
	case ReplyPeriod:
		return c.st.served
	case AnnouncementPeriod:
		return c.st.announced
	}
	return c.st.detained
}

// period returns the case's period of kind k, as its rules set it.
func (c Case) period(k DeadlineKind) calendar.Period {
	if k == AnnouncementPeriod {
		return c.rules.Announcement
	}
	return c.rules.period(k)
}

// deadline computes the period of kind k in case c.
func (c Case) deadline(k DeadlineKind) (Deadline, error) {
	due, err := c.due(k)
	if err != nil {
		return Deadline{}, err
	}
	return c.complete(k, due)
}

// due computes the last day of the period of kind k in case c.
func (c Case) due(k DeadlineKind) (calendar.Deadline, error) {
	trigger := c.trigger(k)
	due, err := c.period(k).Deadline(c.rules.Calendar, trigger)
	if err != nil {
		return calendar.Deadline{}, fmt.Errorf("enforcement: %s period from %s: %w", k, trigger, err)
	}
	return due, nil
}

// complete returns the Deadline of kind k that ends as due does.
func (c Case) complete(k DeadlineKind, due calendar.Deadline) (Deadline, error) {
	in, err := due.EndsAt(c.rules.OfficeCloses)
	if err != nil {
		return Deadline{}, fmt.Errorf("enforcement: %s period from %s: %w", k, due.Trigger, err)
	}
	return Deadline{
		Kind: k, Actor: k.Actor(), Period: due.Period, Trigger: due.Trigger,
		LastDay: due.LastDay, Ends: due.Ends(), InPerson: in, Lapse: lapseTarget(k),
	}, nil
}

// pendingKind returns the running period whose lapse would change the
// case, or DeadlineUnknown. Each state has at most one.
func (c Case) pendingKind() DeadlineKind {
	kinds, n := c.running()
	for _, k := range kinds[:n] {
		if lapseTarget(k) != StateUnknown {
			return k
		}
	}
	return DeadlineUnknown
}

// lapsedBefore reports whether the period of kind k ended before day, that
// is whether its last day is before day, with the period if it could be
// computed.
//
// When the last day is past the calendar's data, a period can still be
// known not to have ended: a working-day period when fewer than Count
// working days run from its start to the day before day; a period in
// calendar months when its last day before any roll (which only
// moves it later, Civil Code art 203) is not before day. Then lapsedBefore
// answers false with the zero Deadline, so that a case whose period runs
// into a year not yet loaded still takes the events that are in time.
// Otherwise it fails with the calendar's error.
func (c Case) lapsedBefore(k DeadlineKind, day calendar.Date) (bool, Deadline, error) {
	due, err := c.due(k)
	if err == nil {
		if !due.LastDay.Before(day) {
			return false, Deadline{}, nil
		}
		d, err := c.complete(k, due)
		return err == nil, d, err
	}
	p, from := c.period(k), c.trigger(k)
	if p.Start == calendar.StartSameDay {
		from = from.AddDays(-1)
	}
	if !day.After(from.AddDays(1)) {
		return false, Deadline{}, nil // The first day counted is at least day.
	}
	if errors.Is(err, calendar.ErrNotCovered) {
		switch p.Unit {
		case calendar.UnitWorkingDays:
			if n, err2 := c.rules.Calendar.WorkdaysBetween(from, day.AddDays(-1)); err2 == nil && int(n) < p.Count {
				return false, Deadline{}, nil
			}
		case calendar.UnitMonths:
			if unrolled := from.AddMonths(p.Count); unrolled.IsValid() && !unrolled.Before(day) {
				return false, Deadline{}, nil
			}
		}
	}
	return false, Deadline{}, err
}

// Deadlines returns every period running in the case's current state,
// earliest last day first ([Deadline.Compare]): who must act, what, the last day and the
// instants it ends in China Standard Time, the article and the
// consequence of lapse. A terminal case has none.
//
// It fails, wrapping [calendar.ErrNotCovered], if a period reaches past
// the data of the case's calendar: load the next year's arrangement
// ([calendar.Calendar.With]) rather than guess.
//
// The periods are computed from the history as it stands: one whose last
// day is already past is still listed until [Case.Advance] applies its
// lapse.
func (c Case) Deadlines() ([]Deadline, error) {
	kinds, n := c.running()
	if n == 0 {
		return nil, nil
	}
	out := make([]Deadline, 0, n)
	for _, k := range kinds[:n] {
		d, err := c.deadline(k)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	slices.SortFunc(out, Deadline.Compare)
	return out, nil
}

// Advance returns the case as of the day asOf, with the lapses that the
// passage of time has triggered applied, and those [Lapse] events: for
// each running period whose lapse changes the case and whose last day is
// before asOf, a Lapse event dated the day after the last day. Nothing
// else happened, as far as the case knows: record events first, then
// advance.
//
// Advance is idempotent: advancing the result to the same day, or an
// earlier one, returns it unchanged and no events. The receiver is
// unchanged. It fails, the case unchanged, for an invalid asOf, or when
// a period's last day is outside the calendar's data
// ([calendar.ErrNotCovered]) and the period may have ended before asOf.
func (c Case) Advance(asOf calendar.Date) (Case, []Event, error) {
	if !asOf.IsValid() {
		return c, nil, fmt.Errorf("enforcement: advance to %s: %w", asOf, calendar.ErrInvalidDate)
	}
	out := c
	var fired []Event
	for {
		k := out.pendingKind()
		if k == DeadlineUnknown {
			return out, fired, nil
		}
		lapsed, d, err := out.lapsedBefore(k, asOf)
		if err != nil {
			return c, nil, err
		}
		if !lapsed {
			return out, fired, nil
		}
		ev := Event{Kind: Lapse, Date: d.LapsesOn(), Deadline: d.Kind}
		if out, err = out.Apply(ev); err != nil {
			return c, nil, err
		}
		fired = append(fired, ev)
	}
}
