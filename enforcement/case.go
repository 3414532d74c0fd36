package enforcement

import (
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// Facts are what a case is about, fixed when it opens: the rights, the
// goods, the parties and where the goods cross the border.
type Facts struct {
	// ID identifies the case; the caller chooses it (uuid.New, or its own
	// system's identifier as a UUID). The nil UUID is not valid.
	ID uuid.UUID
	// Track is the route by which customs acts, ExOfficio or
	// UponApplication: required. It decides the events the case may go
	// through and whether a recordation is needed.
	Track Track
	// Rights are the rights the goods are suspected of infringing, each
	// held by Holder: at least one, at most [MaxRights].
	Rights []rights.Right
	// Recordations are the customs recordations (备案) of some of Rights,
	// each of one of them. An ex officio case needs one in force on the day
	// the notice is served (Regs art 16; R-REC-1); an upon-application case
	// needs none (Regs art 12).
	Recordations []rights.Recordation
	// Goods are the goods held, described as [Goods] says; required.
	Goods Goods
	// Holder is the right holder (知识产权权利人); Consignee the consignee
	// or consignor of the goods (收发货人) — in a personal channel the
	// traveller, the addressee or the sender —; Agent the holder's agent,
	// if any (Measures art 2).
	Holder, Consignee, Agent Party
	// ConsigneeUnknown records that the consignee cannot be identified
	// (Penalty Regs art 62(4); R-PEN-5). Then Consignee may be empty, or
	// describe the unknown party by what is known of it (a name on a
	// parcel's label, an address), but carries no identifier: an
	// identified party is not unknown. Goods of an unknown party found
	// infringing are announced ([Announcement]) rather than confiscated,
	// and no one can declare them abandoned ([Abandonment]).
	ConsigneeUnknown bool
	// Port is the customs office or port where the goods are held,
	// required, at most 1024 bytes; Direction whether they are being
	// imported or exported, and Channel how they cross the border (cargo,
	// post or a traveller's luggage), both required.
	Port      string
	Direction Direction
	Channel   Channel
	// GeneralBond holds the terms of the general bond (总担保) the holder
	// relies on instead of a bond for this case, if any ([GeneralBond];
	// GACC Ann. 2006 No. 31; R-EXO-5); the zero terms for none. Only an ex
	// officio case of the bond's holder whose every right is a trademark
	// the bond covers can rely on one (R-GB-1): other facts are refused.
	// Whether the bond covers the case depends on the day the holder
	// applies ([Case.RequiredBond]); whether anything is left to draw on it
	// is for its ledger ([GeneralBond.Covers]).
	GeneralBond GeneralBondTerms
}

// Goods are the goods of a case.
type Goods struct {
	// Description says what the goods are, as customs records them:
	// required, printable, at most 1024 bytes.
	Description string
	// Quantity is how much, in Unit ("pieces", "kg", "cartons"):
	// positive, at most [MaxQuantity], at most 6 decimal places. Unit is
	// required, at most 128 bytes.
	Quantity decimal.Decimal
	Unit     string
	// DeclaredValue is the value declared to customs, and AssessedValue
	// the value customs determined from the transaction price or assessed
	// (Measures art 39); either may be 0 if not known, not both. In CNY,
	// at most [MaxAmount], in whole fen.
	DeclaredValue decimal.Decimal
	AssessedValue decimal.Decimal
}

// Value returns the goods' value that bonds and guarantees are measured
// against: the value customs determined (Measures art 39), or the
// declared value while customs has determined none.
func (g Goods) Value() decimal.Decimal {
	if !g.AssessedValue.IsZero() {
		return g.AssessedValue
	}
	return g.DeclaredValue
}

// Equal reports whether g and h are the same goods; numbers compare by
// value.
func (g Goods) Equal(h Goods) bool {
	return g.Description == h.Description && g.Quantity.Equal(h.Quantity) && g.Unit == h.Unit &&
		g.DeclaredValue.Equal(h.DeclaredValue) && g.AssessedValue.Equal(h.AssessedValue)
}

// Party is a person or company in a case.
type Party struct {
	// Name is the person's or company's name, at most 1024 bytes:
	// required for the holder and, unless it is unknown, the consignee;
	// for the agent, required if any other field is set.
	Name string
	// Identifier is the party's registration or identity number, such as a
	// unified social credit code (统一社会信用代码); optional.
	Identifier string
	Address    string // Optional.
}

// IsZero reports whether p has no name, identifier or address.
func (p Party) IsZero() bool { return p == Party{} }

// Limits on the facts of a case.
const (
	// MaxRights bounds the rights of one case.
	MaxRights = 16
	// MaxQuantity bounds the quantity of goods.
	MaxQuantity = 1_000_000_000
)

// Validate reports every problem with f at once, as [FieldErrors]
// matching [ErrInvalidCase], each naming its field as in JSON
// ("goods.declared_value", "rights[1].number"): a nil ID, an unknown
// track, direction or channel; no right, an invalid one
// ([rights.Right.Validate]) or one held by someone other than Holder; a
// recordation of no right of the case, or none at all in an ex officio
// case (R-REC-1); goods without a description, a positive quantity and
// unit, or a value; a missing holder or port; a missing consignee, unless
// [Facts.ConsigneeUnknown], and then one with an identifier; text that is
// over-long or not printable.
func (f Facts) Validate() error { return f.validate().err() }

func (f Facts) validate() *problems {
	p := &problems{class: ErrInvalidCase}
	if f.ID == uuid.Nil {
		p.add("id", "", "required: a non-nil UUID")
	}
	if !f.Track.IsValid() {
		p.add("track", f.Track.String(), "want ex-officio or upon-application")
	}
	switch {
	case len(f.Rights) == 0:
		p.add("rights", "", "required: at least one right")
	case len(f.Rights) > MaxRights:
		p.add("rights", fmt.Sprint(len(f.Rights)), fmt.Sprintf("more than %d rights", MaxRights))
	default:
		for i, r := range f.Rights {
			at := fmt.Sprintf("rights[%d]", i)
			if err := r.Validate(); err != nil {
				p.list = append(p.list, &FieldError{Field: at, Value: r.Type.String() + " " + r.Number, Reason: err.Error(), class: ErrInvalidCase, err: err})
				continue
			}
			if r.Holder != f.Holder.Name && f.Holder.Name != "" {
				p.add(at+".holder", r.Holder, fmt.Sprintf("not the case's holder %q: only the holder applies for protection (Regs arts 4, 13)", textcode.Clip(f.Holder.Name)))
			}
			for j := 0; j < i; j++ {
				if f.Rights[j].Type == r.Type && f.Rights[j].Number == r.Number {
					p.add(at, r.Type.String()+" "+r.Number, fmt.Sprintf("the same right as rights[%d]", j))
				}
			}
		}
	}
	if len(f.Recordations) > MaxRights {
		p.add("recordations", fmt.Sprint(len(f.Recordations)), fmt.Sprintf("more than %d recordations", MaxRights))
	} else {
		for i, rec := range f.Recordations {
			at := fmt.Sprintf("recordations[%d]", i)
			if rec.Type() == rights.TypeUnknown {
				p.add(at, "", "the zero Recordation: build one with rights.NewRecordation")
				continue
			}
			r := rec.Right()
			if !slices.ContainsFunc(f.Rights, func(s rights.Right) bool { return s.Type == r.Type && s.Number == r.Number && s.Holder == r.Holder }) {
				p.add(at, r.Type.String()+" "+r.Number, "records no right of the case")
			}
			for j := 0; j < i; j++ {
				if q := f.Recordations[j].Right(); q.Type == r.Type && q.Number == r.Number {
					p.add(at, r.Type.String()+" "+r.Number, fmt.Sprintf("records the same right as recordations[%d]", j))
				}
			}
		}
	}
	if f.Track == ExOfficio && len(f.Recordations) == 0 {
		p.add("recordations", "", "required in the ex officio route: customs acts on its own initiative only for a right recorded with GACC (Regs art 16; R-REC-1)")
	}
	f.Goods.validate(p)
	checkParty(p, "holder", f.Holder, true)
	if f.ConsigneeUnknown {
		// What is known of the party: any of its fields, or none.
		checkText(p, "consignee.name", f.Consignee.Name, maxText, false)
		checkText(p, "consignee.address", f.Consignee.Address, maxText, false)
		if f.Consignee.Identifier != "" {
			p.add("consignee.identifier", f.Consignee.Identifier, "the consignee is unknown (consignee_unknown): a party with an identifier is identified (Penalty Regs art 62(4); R-PEN-5)")
		}
	} else {
		checkParty(p, "consignee", f.Consignee, true)
	}
	checkParty(p, "agent", f.Agent, false)
	checkText(p, "port", f.Port, maxText, true)
	if !f.Direction.IsValid() {
		p.add("direction", f.Direction.String(), "want import or export")
	}
	if !f.GeneralBond.IsZero() {
		mark := len(p.list)
		f.GeneralBond.check(p, "general_bond.")
		if len(p.list) == mark {
			// On the approval day only the facts themselves can fail it.
			if why := coverageOf(f.GeneralBond).reasons(f, f.GeneralBond.Approved); len(why) > 0 {
				p.add("general_bond", f.GeneralBond.Reference, "does not cover this case: "+strings.Join(why, "; "))
			}
		}
	}
	if !f.Channel.IsValid() {
		p.add("channel", f.Channel.String(), "want cargo, postal or luggage")
	}
	return p
}

func (g Goods) validate(p *problems) {
	checkText(p, "goods.description", g.Description, maxText, true)
	checkText(p, "goods.unit", g.Unit, maxReference, true)
	// The representation is looked at before any comparison, which for
	// 10^-100000000 would build a number of a hundred million digits.
	switch q := g.Quantity; {
	case q.Sign() <= 0:
		p.add("goods.quantity", showDecimal(q), "must be positive")
	case q.Exponent() > 9 || q.NumDigits()+int(q.Exponent()) > 10:
		p.add("goods.quantity", showDecimal(q), fmt.Sprintf("too large: at most %d", MaxQuantity))
	case q.Exponent() < -6 && (q.Exponent() < -40 || !q.Equal(q.Truncate(6))):
		p.add("goods.quantity", showDecimal(q), "more than 6 decimal places")
	case q.GreaterThan(decimal.New(MaxQuantity, 0)):
		p.add("goods.quantity", showDecimal(q), fmt.Sprintf("too large: at most %d", MaxQuantity))
	}
	checkMoney(p, "goods.declared_value", g.DeclaredValue)
	checkMoney(p, "goods.assessed_value", g.AssessedValue)
	if g.DeclaredValue.IsZero() && g.AssessedValue.IsZero() {
		p.add("goods.declared_value", "0", "required: the goods' value, declared or assessed, which bonds are measured against (Measures art 39)")
	}
}

func checkParty(p *problems, at string, party Party, required bool) {
	checkText(p, at+".name", party.Name, maxText, required || !party.IsZero())
	checkText(p, at+".identifier", party.Identifier, maxReference, false)
	checkText(p, at+".address", party.Address, maxText, false)
}

// clone returns a copy of f that shares no slice with it.
func (f Facts) clone() Facts {
	f.Rights = slices.Clone(f.Rights)
	for i := range f.Rights {
		f.Rights[i].Classes = slices.Clone(f.Rights[i].Classes)
		f.Rights[i].Renewals = slices.Clone(f.Rights[i].Renewals)
	}
	f.Recordations = slices.Clone(f.Recordations)
	f.GeneralBond = f.GeneralBond.clone()
	return f
}

// Equal reports whether f and g are the same facts.
func (f Facts) Equal(g Facts) bool {
	return f.ID == g.ID && f.Track == g.Track &&
		slices.EqualFunc(f.Rights, g.Rights, rights.Right.Equal) &&
		slices.EqualFunc(f.Recordations, g.Recordations, rights.Recordation.Equal) &&
		f.Goods.Equal(g.Goods) && f.Holder == g.Holder && f.Consignee == g.Consignee && f.Agent == g.Agent &&
		f.ConsigneeUnknown == g.ConsigneeUnknown && f.Port == g.Port && f.Direction == g.Direction && f.Channel == g.Channel &&
		f.GeneralBond.equal(g.GeneralBond)
}

// Case is a border-protection case: its [Facts], the [Rules] it is read
// with, and its history of [Event]s, of which it is the fold. Everything
// else — the state, the bond posted, the running [Deadline]s — follows
// from them.
//
// A Case is an immutable value: [Case.Apply] and [Case.Advance] return a
// new one and leave the receiver unchanged, and the accessors return
// copies. It is safe for concurrent use. Compare with [Case.Equal]. The
// zero Case has no facts and refuses every event; open one with
// [NewCase].
type Case struct {
	facts Facts
	rules Rules
	log   *history // The history is log.events[:n]: see history.
	n     int
	st    status
	// value and required are the goods' value and the required bond, in
	// fen, computed once from the facts: the guards compare integers.
	value, required int64
	// cover is the coverage of the facts' general bond, or nil.
	cover *coverage
}

// status is what the history establishes; Apply computes it from the
// previous status and the event.
type status struct {
	state    State
	served   calendar.Date // NoticeServed: the reply period's trigger.
	applied  calendar.Date // HolderApplied.
	bond     int64         // Every bond posted, in total, in fen.
	detained calendar.Date // Detention: the trigger of the later periods.
	receipt  calendar.Date // ReceiptServed.
	result   Result        // InvestigationResult.
	resulted calendar.Date // The day of the result.
	// beyond is the day customs decided the articles of a personal
	// channel exceed personal use (BeyondPersonalUse).
	beyond      calendar.Date
	announced   calendar.Date // Announcement: the announcement period's trigger.
	confiscated calendar.Date // Confiscation: the day the decision was served.
}

// NewCase opens a case on the facts f, read with the rules r: its state is
// [Opened] and its history empty. It fails with every problem found, as
// [FieldErrors] matching [ErrInvalidCase] or [ErrInvalidRules]. The facts
// are copied: the case shares no slice with the caller.
func NewCase(f Facts, r Rules) (Case, error) {
	p := f.validate()
	if err := r.Validate(); err != nil {
		p.list = append(p.list, err.(FieldErrors)...)
	}
	if err := p.err(); err != nil {
		return Case{}, err
	}
	c := Case{facts: f.clone(), rules: r.withDefaults(), st: status{state: Opened}}
	c.value = fen(f.Goods.Value())
	if f.Track == ExOfficio {
		c.required = fen(exOfficioBond(f.Goods.Value()))
	} else {
		c.required = c.value
	}
	if !f.GeneralBond.IsZero() {
		c.cover = coverageOf(c.facts.GeneralBond)
	}
	return c, nil
}

// Replay rebuilds a case from its facts, rules and history: the fold of
// [Case.Apply] over events from [NewCase]. Replay of a case's own history
// returns a case equal to it. It fails, with an error naming the event
// ("events[3]: ...") and matching [ErrInvalidCase] as well as the event's
// own error, if an event is refused.
func Replay(f Facts, r Rules, events []Event) (Case, error) {
	c, err := NewCase(f, r)
	if err != nil {
		return Case{}, err
	}
	if len(events) > MaxEvents {
		return Case{}, &FieldError{Field: "events", Value: fmt.Sprint(len(events)), Reason: fmt.Sprintf("more than %d events", MaxEvents), class: ErrInvalidCase}
	}
	// The log is ours alone, sized for the history and a lapse.
	c.log = &history{events: make([]Event, min(len(events)+1, MaxEvents))}
	for i, ev := range events {
		next, err := c.apply(ev)
		if err != nil {
			return Case{}, &replayError{field: "events", index: i, err: err, class: ErrInvalidCase}
		}
		c.log.events[i] = ev
		c.n, c.st = i+1, next
	}
	c.log.claimed.Store(int64(c.n))
	return c, nil
}

// ID returns the case's identifier.
func (c Case) ID() uuid.UUID { return c.facts.ID }

// Track returns the case's route.
func (c Case) Track() Track { return c.facts.Track }

// Facts returns a copy of the case's facts.
func (c Case) Facts() Facts { return c.facts.clone() }

// Rules returns the rules the case is read with, defaults filled in.
func (c Case) Rules() Rules { return c.rules }

// Events returns a copy of the history, oldest first.
func (c Case) Events() []Event { return slices.Clone(c.events()) }

// Len returns the number of events in the history.
func (c Case) Len() int { return c.n }

// State returns the case's state: a leaf state, never [Detained] or
// [Released] themselves (ask with [State.In]); StateUnknown for the zero
// Case.
func (c Case) State() State { return c.st.state }

// Result returns the result of the investigation and the day it was
// notified, or ResultUnknown if there is none.
func (c Case) Result() (Result, calendar.Date) { return c.st.result, c.st.resulted }

// Detained returns the day the goods were detained, if they were.
func (c Case) Detained() (calendar.Date, bool) { return c.st.detained, !c.st.detained.IsZero() }

// BondPosted returns the total bond the holder posted, in CNY.
func (c Case) BondPosted() decimal.Decimal { return decimal.New(c.st.bond, -2) }

// RequiredBond returns the bond required for detention in this case:
// [RequiredBond] of its track and its goods' [Goods.Value] — or 0 if the
// general bond of its facts ([Facts].GeneralBond) covers the case on the
// day the holder applied for detention, or, before it applies, on the
// day the notice was served: in the coverage window, with the letter of
// guarantee valid and the trademarks' recordations in force (Ann. 2006
// No. 31; Measures (2009 numbering) art 24; R-EXO-5, R-GB-3).
func (c Case) RequiredBond() decimal.Decimal {
	day := c.st.applied
	if day.IsZero() {
		day = c.st.served
	}
	return decimal.New(c.requiredOn(day), -2)
}

// requiredOn returns the bond required for a detention applied for on day,
// in fen.
func (c Case) requiredOn(day calendar.Date) int64 {
	if c.cover != nil && !day.IsZero() && len(c.cover.reasons(c.facts, day)) == 0 {
		return 0
	}
	return c.required
}

// ConfiscationServed returns the day the confiscation decision was served
// on the consignee — the date of the [Confiscation] event, which records
// service —, and false if the goods were not confiscated. The decision
// stays served once the goods are disposed of.
func (c Case) ConfiscationServed() (calendar.Date, bool) {
	return c.st.confiscated, !c.st.confiscated.IsZero()
}

// FeeCap returns the last day of storage the holder can be charged for
// confiscated goods: [Rules.FeeCap] from the day the confiscation decision
// was served ([Case.ConfiscationServed]), by default 3 calendar months
// counted from the day after service by Civil Code arts 201-202 and not
// moved off a rest day, since it limits a charge rather than an act
// (Measures (2009 numbering) art 34; R-FEE-3). Served on 2024-01-31, the
// cap is 2024-04-30; served on 2024-11-30, it is 2025-02-28. It agrees
// with storagecost's Confiscation.Cap at its default of 3 months, and is
// that computation's input. The cap does not apply where the consignee's
// review or litigation or another special reason delayed disposal; the
// case does not know that, and the caller decides.
//
// It returns false, and no error, if the goods were not confiscated:
// goods taken over after an announcement ([TakenOver]) were served on no
// one, and Measures art 34 sets them no cap [U]. It fails, wrapping
// [calendar.ErrNotCovered], only if the rules make the cap roll off a
// rest day outside the calendar's data.
func (c Case) FeeCap() (calendar.Date, bool, error) {
	served, ok := c.ConfiscationServed()
	if !ok {
		return calendar.Date{}, false, nil
	}
	due, err := c.rules.FeeCap.Deadline(c.rules.Calendar, served)
	if err != nil {
		return calendar.Date{}, false, fmt.Errorf("enforcement: fee cap from %s: %w", served, err)
	}
	return due.LastDay, true, nil
}

// bondCovers reports whether the bond posted covers the required bond.
func (c Case) bondCovers() bool { return c.st.bond >= c.requiredOn(c.st.applied) }

// fen returns a valid amount of money (checkMoney) in fen.
func fen(d decimal.Decimal) int64 {
	if d.Sign() == 0 {
		return 0
	}
	if d.Exponent() < -2 {
		d = d.Truncate(2) // Exact: the amount is in whole fen.
	}
	n := d.CoefficientInt64()
	for e := d.Exponent(); e > -2; e-- {
		n *= 10
	}
	return n
}

// onlyPatents reports whether every right of the case is a patent.
func (c Case) onlyPatents() bool {
	return !slices.ContainsFunc(c.facts.Rights, func(r rights.Right) bool { return !r.Type.IsPatent() })
}

// Equal reports whether c and o have the same facts, rules and history.
func (c Case) Equal(o Case) bool {
	return c.facts.Equal(o.facts) && c.rules.Equal(o.rules) && slices.EqualFunc(c.events(), o.events(), Event.Equal)
}

// Apply returns the case after ev, or the unchanged receiver and an error:
//
//   - [FieldErrors] matching [ErrInvalidEvent] if ev's fields do not fit
//     its kind ([Event.Validate]);
//   - a *[TransitionError] matching [ErrInvalidTransition] if the workflow
//     does not allow ev now: no row of the table for the case's state and
//     ev's kind, ev dated before the previous event, a guard of the law
//     unmet (the reasons are in Unmet), or — matching [ErrDeadlinePassed]
//     too — ev dated after a period whose lapse has already changed the
//     case by law: advance the case first ([Case.Advance]);
//   - an error wrapping [calendar.ErrNotCovered] if a running period
//     reaches past the calendar's data and ev may be after its end (an
//     event within its first working days is still taken), or ev is
//     that period's lapse.
//
// The table is in the package documentation, as a diagram.
func (c Case) Apply(ev Event) (Case, error) {
	next, err := c.apply(ev)
	if err != nil {
		return c, err
	}
	out := c
	out.log, out.n = c.extend(ev)
	out.st = next
	return out, nil
}

// apply returns the status after ev, or why ev is refused.
func (c Case) apply(ev Event) (status, error) {
	if err := ev.Validate(); err != nil {
		return c.st, err
	}
	refuse := func(why ...string) (status, error) {
		return c.st, &TransitionError{From: c.st.state, Event: ev.Kind, Date: ev.Date, Unmet: why}
	}
	if c.st.state == StateUnknown {
		return refuse("no case: open one with NewCase")
	}
	if n := c.n; n > 0 && ev.Date.Before(c.log.events[n-1].Date) {
		prev := c.log.events[n-1]
		return refuse(fmt.Sprintf("dated before the previous event, %s on %s", prev.Kind, prev.Date))
	}
	if k := c.pendingKind(); k != DeadlineUnknown {
		if ev.Kind == Lapse {
			// A lapse is dated from the period's last day: it must be known.
			if _, err := c.deadline(k); err != nil {
				return c.st, err
			}
		} else {
			lapsed, d, err := c.lapsedBefore(k, ev.Date)
			if err != nil {
				return c.st, err
			}
			if lapsed {
				return c.st, &TransitionError{From: c.st.state, Event: ev.Kind, Date: ev.Date, Lapsed: d, Unmet: []string{
					fmt.Sprintf("the %s period ended on %s, and by law the case became %s on %s (%s): advance the case to see it",
						d.Kind, d.LastDay, d.Lapse, d.LapsesOn(), d.Kind.Article())}}
			}
		}
	}
	if c.n >= MaxEvents || (c.n >= MaxEvents-1 && ev.Kind != Lapse) {
		// The last place is kept for a lapse, which the law makes whatever
		// the history holds: the one lapse a case can have.
		return refuse(fmt.Sprintf("the history already holds %d events, the most this package keeps (%d with a lapse)", c.n, MaxEvents))
	}
	t := c.row(ev)
	if t == nil {
		return c.st, &TransitionError{From: c.st.state, Event: ev.Kind, Date: ev.Date, Permitted: c.Permitted()}
	}
	var unmet []string
	for _, g := range t.guards {
		if why := g.check(c, ev); why != "" {
			unmet = append(unmet, why)
		}
	}
	if len(unmet) > 0 {
		return refuse(unmet...)
	}
	return c.st.after(t.to, ev), nil
}

// after returns the status once ev takes the case to state to
// (StateUnknown: the state stays).
func (s status) after(to State, ev Event) status {
	if to != StateUnknown {
		s.state = to
	}
	switch ev.Kind {
	case NoticeServed:
		s.served = ev.Date
	case HolderApplied, BondPosted:
		s.bond += fen(ev.Amount)
		if ev.Kind == HolderApplied {
			s.applied = ev.Date
		}
	case Detention:
		s.detained = ev.Date
	case ReceiptServed:
		s.receipt = ev.Date
	case InvestigationResult:
		s.result, s.resulted = ev.Result, ev.Date
	case BeyondPersonalUse:
		s.beyond = ev.Date
	case Announcement:
		s.announced = ev.Date
	case Confiscation:
		s.confiscated = ev.Date
	}
	return s
}
