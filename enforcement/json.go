package enforcement

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

// The JSON formats. Keys are lower case with underscores, enums are
// written as their text codes, dates as "2006-01-02", amounts as strings
// with two decimal places ("20000.00"), and zero facts are left out. A
// case carries its schema version, [SchemaVersion]; its rights and
// recordations are in the rights package's own formats.
//
// Decoding is strict: at most 4 MiB, no unknown, misspelled or repeated
// key, no unknown code, no number in exponent notation or finer than its
// field allows, no trailing data; and the value must be valid — a case's
// history must replay, and its recorded state, if written, must be the
// state the replay reaches. On error the receiver is unchanged.

// SchemaVersion is the version of the case JSON format this package
// writes. It reads every version up to it; a later one is refused, since
// it may hold facts this version would silently drop.
//
// Version 1 has grown without changing: the postal and luggage channels,
// "consignee_unknown" (and a consignee left out when nothing is known of
// it), an event's "route", and the new states, events and periods were
// added. Every case written before reads as it did, and a reader that
// predates them refuses them as unknown keys or codes rather than drop
// them.
const SchemaVersion = 1

const maxJSONBytes = 4 << 20

// amountJSON writes an amount with two decimal places, as a string, and
// reads a string or a number.
type amountJSON decimal.Decimal

func (a amountJSON) MarshalJSON() ([]byte, error) {
	return strconv.AppendQuote(nil, decimal.Decimal(a).StringFixed(2)), nil
}

func (a *amountJSON) UnmarshalJSON(data []byte) error {
	return (*decimal.Decimal)(a).UnmarshalJSON(data)
}

func amountPtr(d decimal.Decimal) *amountJSON {
	if d.IsZero() {
		return nil
	}
	a := amountJSON(d)
	return &a
}

func amountOf(a *amountJSON) decimal.Decimal {
	if a == nil {
		return decimal.Decimal{}
	}
	return decimal.Decimal(*a)
}

// quantityJSON writes a quantity in its shortest form.
type quantityJSON decimal.Decimal

func (q quantityJSON) MarshalJSON() ([]byte, error) {
	return strconv.AppendQuote(nil, decimal.Decimal(q).String()), nil
}

func (q *quantityJSON) UnmarshalJSON(data []byte) error {
	return (*decimal.Decimal)(q).UnmarshalJSON(data)
}

var (
	eventKeys = []string{"kind", "date", "amount", "result", "deadline", "route", "reference", "note"}
	caseKeys  = []string{
		"schema", "id", "track", "rights", "recordations", "goods", "holder", "consignee", "consignee_unknown", "agent",
		"port", "direction", "channel", "general_bond", "rules", "events", "state",
		"reference", "previous_year_fees", "approved", "issued", "guarantor", "bank", "licensed",
		"description", "quantity", "unit", "declared_value", "assessed_value",
		"name", "identifier", "address",
		"reply", "investigation", "court_notice", "ex_officio_court_notice", "counter_guarantee_suit",
		"preservation", "fee_payment", "fee_cap", "announcement", "office_closes",
		"count", "start", "roll",
	}
)

// checkScalar checks a value before it is decoded, so that the error can
// name its path: amounts and quantities (bounded, plain notation), enum
// codes and dates.
func checkScalar(key string, v json.Token) error {
	places := 2
	switch key {
	case "quantity":
		places = 6
		fallthrough
	case "amount", "declared_value", "assessed_value", "previous_year_fees":
		return strictjson.CheckNumberToken(v, places, 40)
	}
	text, ok := v.(string)
	if !ok {
		return nil // encoding/json reports the wrong type, with the field.
	}
	var err error
	switch key {
	case "kind":
		_, err = eventKindCodes.Parse([]byte(text))
	case "result":
		_, err = resultCodes.Parse([]byte(text))
	case "deadline":
		_, err = deadlineKindCodes.Parse([]byte(text))
	case "route":
		_, err = routeCodes.Parse([]byte(text))
	case "track":
		_, err = trackCodes.Parse([]byte(text))
	case "direction":
		_, err = directionCodes.Parse([]byte(text))
	case "channel":
		_, err = channelCodes.Parse([]byte(text))
	case "state":
		_, err = stateCodes.Parse([]byte(text))
	case "date", "approved", "issued":
		_, err = calendar.ParseDate(text)
		return err
	case "office_closes":
		_, err = parseClock(text)
		return err
	}
	if err != nil {
		return unknownCode{err}
	}
	return err
}

// unknownCode is an unknown text code found before decoding: its message
// is the code table's, and it matches ErrUnknownCode.
type unknownCode struct{ err error }

func (e unknownCode) Error() string        { return e.err.Error() }
func (e unknownCode) Is(target error) bool { return target == ErrUnknownCode }

// passes reports whether err comes from a value's own validation, to be
// returned as it is rather than as a syntax error.
func passes(err error) bool {
	for _, target := range []error{ErrUnknownCode, ErrInvalidEvent, calendar.ErrInvalidDate, calendar.ErrInvalidArgument,
		rights.ErrUnknownCode, rights.ErrInvalidRight, rights.ErrInvalidRecordation, rights.ErrInvalidApplication,
		rights.ErrInvalidEvent, rights.ErrInvalidTransition, rights.ErrInvalidNumber} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

var (
	eventFormat = strictjson.Format{MaxBytes: 1 << 16, MaxDepth: 1, Keys: eventKeys, Pass: passes, Scalar: checkScalar}
	caseFormat  = strictjson.Format{
		MaxBytes: maxJSONBytes, MaxDepth: 3, Keys: append(slices.Clone(caseKeys), eventKeys...),
		Pass: passes, Scalar: checkScalar, Opaque: []string{"rights", "recordations"},
	}
)

// decode decodes data into v per f, wrapping every error so that it
// matches class.
func decode(f strictjson.Format, what string, class error, data []byte, v any) error {
	if err := f.Decode(data, v); err != nil {
		return &jsonError{what: what, class: class, err: err}
	}
	return nil
}

type eventJSON struct {
	Kind      EventKind     `json:"kind"`
	Date      calendar.Date `json:"date"`
	Amount    *amountJSON   `json:"amount,omitempty"`
	Result    Result        `json:"result,omitempty"`
	Deadline  DeadlineKind  `json:"deadline,omitempty"`
	Route     Route         `json:"route,omitempty"`
	Reference string        `json:"reference,omitempty"`
	Note      string        `json:"note,omitempty"`
}

func (ev Event) toJSON() eventJSON {
	return eventJSON{Kind: ev.Kind, Date: ev.Date, Amount: amountPtr(ev.Amount), Result: ev.Result, Deadline: ev.Deadline,
		Route: ev.Route, Reference: ev.Reference, Note: ev.Note}
}

func (j eventJSON) event() Event {
	return Event{Kind: j.Kind, Date: j.Date, Amount: amountOf(j.Amount), Result: j.Result, Deadline: j.Deadline,
		Route: j.Route, Reference: j.Reference, Note: j.Note}
}

// MarshalJSON implements [json.Marshaler]:
//
//	{"kind":"holder-applied","date":"2024-02-19","amount":"20000.00"}
//
// It fails for an event that is not valid ([Event.Validate]).
func (ev Event) MarshalJSON() ([]byte, error) {
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(ev.toJSON())
}

// UnmarshalJSON implements [json.Unmarshaler], strictly (see the package
// documentation, "JSON"), and validates the event ([Event.Validate]).
// Errors match [ErrInvalidEvent].
func (ev *Event) UnmarshalJSON(data []byte) error {
	var j eventJSON
	if err := decode(eventFormat, "event JSON", ErrInvalidEvent, data, &j); err != nil {
		return err
	}
	e := j.event()
	if err := e.Validate(); err != nil {
		return err
	}
	*ev = e
	return nil
}

type goodsJSON struct {
	Description   string        `json:"description"`
	Quantity      *quantityJSON `json:"quantity"`
	Unit          string        `json:"unit"`
	DeclaredValue *amountJSON   `json:"declared_value,omitempty"`
	AssessedValue *amountJSON   `json:"assessed_value,omitempty"`
}

type partyJSON struct {
	Name       string `json:"name"`
	Identifier string `json:"identifier,omitempty"`
	Address    string `json:"address,omitempty"`
}

// rulesJSON holds the periods raw, so that an invalid one is reported
// with its field: encoding/json names no field for an Unmarshaler's error.
type rulesJSON struct {
	Reply                json.RawMessage `json:"reply,omitempty"`
	Investigation        json.RawMessage `json:"investigation,omitempty"`
	CourtNotice          json.RawMessage `json:"court_notice,omitempty"`
	ExOfficioCourtNotice json.RawMessage `json:"ex_officio_court_notice,omitempty"`
	CounterGuaranteeSuit json.RawMessage `json:"counter_guarantee_suit,omitempty"`
	Preservation         json.RawMessage `json:"preservation,omitempty"`
	FeePayment           json.RawMessage `json:"fee_payment,omitempty"`
	FeeCap               json.RawMessage `json:"fee_cap,omitempty"`
	Announcement         json.RawMessage `json:"announcement,omitempty"`
	OfficeCloses         string          `json:"office_closes,omitempty"`
}

// raw lists j's period fields in the order of Rules.periods.
func (j *rulesJSON) raw() [9]*json.RawMessage {
	return [...]*json.RawMessage{&j.Reply, &j.Investigation, &j.CourtNotice, &j.ExOfficioCourtNotice,
		&j.CounterGuaranteeSuit, &j.Preservation, &j.FeePayment, &j.FeeCap, &j.Announcement}
}

func (r Rules) toJSON() (*rulesJSON, error) {
	j := &rulesJSON{OfficeCloses: formatClock(r.OfficeCloses)}
	raw := j.raw()
	for i, f := range r.periods() {
		b, err := json.Marshal(*f.p)
		if err != nil {
			return nil, err
		}
		*raw[i] = b
	}
	return j, nil
}

// rules reads the rules of a case's JSON onto calendar cal, reporting
// every problem with its field ("rules.reply") as matching both
// ErrInvalidCase and ErrInvalidRules.
func (j *rulesJSON) rules(cal calendar.Calendar) (Rules, error) {
	r := Rules{Calendar: cal}
	if j == nil {
		return r, nil
	}
	var errs FieldErrors
	raw := j.raw()
	for i, f := range r.periods() {
		if *raw[i] == nil {
			continue
		}
		if err := json.Unmarshal(*raw[i], f.p); err != nil {
			errs = append(errs, &FieldError{Field: "rules." + f.name, Value: string(*raw[i]), Reason: err.Error(), class: ErrInvalidCase, err: err})
		}
	}
	if j.OfficeCloses != "" {
		r.OfficeCloses, _ = parseClock(j.OfficeCloses) // Checked by checkScalar.
	}
	if len(errs) == 0 {
		var fe FieldErrors
		if errors.As(r.Validate(), &fe) {
			for _, e := range fe {
				c := *e
				c.Field, c.class, c.err = "rules."+e.Field, ErrInvalidCase, &FieldError{Field: e.Field, Value: e.Value, Reason: e.Reason, class: ErrInvalidRules, err: e.err}
				errs = append(errs, &c)
			}
		}
	}
	if len(errs) > 0 {
		return Rules{}, errs
	}
	return r, nil
}

type caseJSON struct {
	Schema           int                   `json:"schema"`
	ID               uuid.UUID             `json:"id"`
	Track            Track                 `json:"track"`
	Rights           []rights.Right        `json:"rights"`
	Recordations     []rights.Recordation  `json:"recordations,omitempty"`
	Goods            goodsJSON             `json:"goods"`
	Holder           partyJSON             `json:"holder"`
	Consignee        *partyJSON            `json:"consignee,omitempty"`
	ConsigneeUnknown bool                  `json:"consignee_unknown,omitempty"`
	Agent            *partyJSON            `json:"agent,omitempty"`
	Port             string                `json:"port"`
	Direction        Direction             `json:"direction"`
	Channel          Channel               `json:"channel"`
	GeneralBond      *generalBondTermsJSON `json:"general_bond,omitempty"`
	Rules            *rulesJSON            `json:"rules,omitempty"`
	Events           []eventJSON           `json:"events"`
	State            State                 `json:"state,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: the schema version, the facts,
// the rules without the calendar (which the reader supplies), the
// history, and the state for human readers. It fails for the zero Case.
func (c Case) MarshalJSON() ([]byte, error) {
	if c.st.state == StateUnknown {
		return nil, &FieldError{Field: "case", Reason: "the zero Case has no facts: open one with NewCase", class: ErrInvalidCase}
	}
	f := c.facts
	j := caseJSON{
		Schema: SchemaVersion, ID: f.ID, Track: f.Track, Rights: f.Rights, Recordations: f.Recordations,
		Goods: goodsJSON{
			Description: f.Goods.Description, Unit: f.Goods.Unit,
			DeclaredValue: amountPtr(f.Goods.DeclaredValue), AssessedValue: amountPtr(f.Goods.AssessedValue),
		},
		Holder: partyJSON(f.Holder), ConsigneeUnknown: f.ConsigneeUnknown,
		Port: f.Port, Direction: f.Direction, Channel: f.Channel,
		Events: make([]eventJSON, c.n),
		State:  c.st.state,
	}
	var err error
	if j.Rules, err = c.rules.toJSON(); err != nil {
		return nil, err
	}
	q := quantityJSON(f.Goods.Quantity)
	j.Goods.Quantity = &q
	if !f.Consignee.IsZero() {
		p := partyJSON(f.Consignee)
		j.Consignee = &p
	}
	if !f.Agent.IsZero() {
		a := partyJSON(f.Agent)
		j.Agent = &a
	}
	if !f.GeneralBond.IsZero() {
		j.GeneralBond = generalBondTermsOf(f.GeneralBond)
	}
	for i, ev := range c.events() {
		j.Events[i] = ev.toJSON()
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler] with [ParseCase] on the
// calendar [calendar.China], the official data this version of the module
// ships, so that a Case can sit in a struct that encoding/json decodes. A
// case whose periods need a year loaded at run time
// ([calendar.Calendar.With]) fails to replay here, with an error wrapping
// [calendar.ErrNotCovered]: read it with ParseCase and that calendar.
func (c *Case) UnmarshalJSON(data []byte) error {
	v, err := ParseCase(data, calendar.China())
	if errors.Is(err, calendar.ErrNotCovered) {
		first, last := calendar.China().Coverage()
		return fmt.Errorf("enforcement: case JSON replayed on calendar.China(), which covers %s to %s; read it with ParseCase and a calendar that covers the case: %w", first, last, err)
	}
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCase reads a case written by [Case.MarshalJSON], strictly (see the
// package documentation, "JSON"), and replays its history on calendar cal
// ([Replay]). Errors match [ErrInvalidCase], and name the field or the
// event at fault.
func ParseCase(data []byte, cal calendar.Calendar) (Case, error) {
	var j caseJSON
	if err := decode(caseFormat, "case JSON", ErrInvalidCase, data, &j); err != nil {
		return Case{}, err
	}
	if j.Schema == 0 {
		return Case{}, &FieldError{Field: "schema", class: ErrInvalidCase,
			Reason: fmt.Sprintf("required: the schema version the case was written in (this package writes %d)", SchemaVersion)}
	}
	if j.Schema < 1 || j.Schema > SchemaVersion {
		return Case{}, &FieldError{Field: "schema", Value: strconv.Itoa(j.Schema), class: ErrInvalidCase,
			Reason: fmt.Sprintf("unknown schema version: this package reads 1 to %d", SchemaVersion)}
	}
	f := Facts{
		ID: j.ID, Track: j.Track, Rights: j.Rights, Recordations: j.Recordations,
		Goods: Goods{
			Description: j.Goods.Description, Quantity: decimal.Decimal(derefQuantity(j.Goods.Quantity)), Unit: j.Goods.Unit,
			DeclaredValue: amountOf(j.Goods.DeclaredValue), AssessedValue: amountOf(j.Goods.AssessedValue),
		},
		Holder: Party(j.Holder), ConsigneeUnknown: j.ConsigneeUnknown,
		Port: j.Port, Direction: j.Direction, Channel: j.Channel,
	}
	if j.Consignee != nil {
		f.Consignee = Party(*j.Consignee)
	}
	if j.Agent != nil {
		f.Agent = Party(*j.Agent)
	}
	if j.GeneralBond != nil {
		f.GeneralBond = j.GeneralBond.terms()
	}
	r, err := j.Rules.rules(cal)
	if err != nil {
		return Case{}, err
	}
	if len(j.Events) > MaxEvents {
		return Case{}, &FieldError{Field: "events", Value: strconv.Itoa(len(j.Events)), Reason: fmt.Sprintf("more than %d events", MaxEvents), class: ErrInvalidCase}
	}
	events := make([]Event, len(j.Events))
	for i, e := range j.Events {
		events[i] = e.event()
		p := &problems{class: ErrInvalidEvent}
		if events[i].validate(p, fmt.Sprintf("events[%d].", i)); len(p.list) > 0 {
			for _, fe := range p.list {
				fe.class = ErrInvalidCase
			}
			return Case{}, p.list
		}
	}
	c, err := Replay(f, r, events)
	if err != nil {
		return Case{}, err
	}
	if j.State != StateUnknown && j.State != c.st.state {
		return Case{}, &FieldError{Field: "state", Value: j.State.String(), class: ErrInvalidCase,
			Reason: fmt.Sprintf("the history leads to %s: a case is the fold of its events", c.st.state)}
	}
	return c, nil
}

func derefQuantity(q *quantityJSON) quantityJSON {
	if q == nil {
		return quantityJSON{}
	}
	return *q
}

// formatClock writes a time of day in whole minutes as "17:00".
func formatClock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// parseClock reads "HH:MM", from 00:01 to 24:00. 00:00 is refused: a
// zero Rules.OfficeCloses means the default, 17:00, and an office that
// closes at midnight closes at 24:00.
func parseClock(s string) (time.Duration, error) {
	var h, m int
	ok := len(s) == 5 && s[2] == ':' && digits(s[:2], &h) && digits(s[3:], &m)
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
	if !ok || m > 59 || d > 24*time.Hour || d == 0 {
		return 0, fmt.Errorf("office closing time %q: want HH:MM from 00:01 to 24:00", s)
	}
	return d, nil
}

func digits(s string, n *int) bool {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		v = v*10 + int(s[i]-'0')
	}
	*n = v
	return true
}

var deadlineFormat = strictjson.Format{
	MaxBytes: 1 << 12, MaxDepth: 2, Pass: passes, Scalar: checkDeadlineScalar,
	Keys: []string{"kind", "actor", "act", "article", "consequence", "period", "count", "unit", "start", "roll",
		"trigger", "last_day", "ends", "in_person", "lapse"},
}

// checkDeadlineScalar is checkScalar for a deadline, whose kind is a
// DeadlineKind.
func checkDeadlineScalar(key string, v json.Token) error {
	text, ok := v.(string)
	if !ok {
		return nil // encoding/json reports the wrong type, with the field.
	}
	var err error
	switch key {
	case "kind":
		_, err = deadlineKindCodes.Parse([]byte(text))
	case "actor":
		_, err = actorCodes.Parse([]byte(text))
	case "lapse":
		_, err = stateCodes.Parse([]byte(text))
	case "trigger", "last_day":
		_, err = calendar.ParseDate(text)
		return err
	default:
		return nil
	}
	if err != nil {
		return unknownCode{err}
	}
	return nil
}

type deadlineJSON struct {
	Kind        DeadlineKind    `json:"kind"`
	Actor       Actor           `json:"actor"`
	Act         string          `json:"act"`
	Article     string          `json:"article"`
	Consequence string          `json:"consequence"`
	Period      calendar.Period `json:"period"`
	Trigger     calendar.Date   `json:"trigger"`
	LastDay     calendar.Date   `json:"last_day"`
	Ends        time.Time       `json:"ends"`
	InPerson    time.Time       `json:"in_person"`
	Lapse       *State          `json:"lapse,omitempty"`
}

// MarshalJSON implements [json.Marshaler], for a case system that serves
// deadlines: the text codes, the act, article and consequence in words,
// the days, and the instants in RFC 3339 with the +08:00 offset. lapse is
// left out when the lapse changes nothing by itself.
//
//	{"kind":"reply","actor":"holder","act":"apply for detention ...","article":"Regs art 16; ...",
//	 "consequence":"customs must not detain: ...","period":{"count":3,...},"trigger":"2024-02-09",
//	 "last_day":"2024-02-20","ends":"2024-02-21T00:00:00+08:00","in_person":"2024-02-20T17:00:00+08:00",
//	 "lapse":"released-no-application"}
//
// It fails for the zero Deadline.
func (d Deadline) MarshalJSON() ([]byte, error) {
	if !d.Kind.IsValid() {
		return nil, &FieldError{Field: "kind", Value: d.Kind.String(), Reason: "not a deadline: the zero Deadline has no kind", class: ErrInvalidCase}
	}
	j := deadlineJSON{
		Kind: d.Kind, Actor: d.Actor, Act: d.Kind.Act(), Article: d.Kind.Article(), Consequence: d.Kind.Consequence(),
		Period: d.Period, Trigger: d.Trigger, LastDay: d.LastDay, Ends: d.Ends, InPerson: d.InPerson,
	}
	if d.Lapse != StateUnknown {
		j.Lapse = &d.Lapse
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler], strictly, for a deadline
// written by [Deadline.MarshalJSON]: the actor, the words and the lapse
// must be those of its kind; the period a valid one in the unit the law
// counts its kind in (working days; calendar months for the announcement);
// the last day one the period can reach from the trigger; the instants
// those of the last day. Without a calendar it cannot check that the last day is
// exactly the one the period gives: recompute with [Case.Deadlines] where
// that matters. Errors match [ErrInvalidCase]; on error the receiver is
// unchanged.
func (d *Deadline) UnmarshalJSON(data []byte) error {
	var j deadlineJSON
	if err := decode(deadlineFormat, "deadline JSON", ErrInvalidCase, data, &j); err != nil {
		return err
	}
	v := Deadline{Kind: j.Kind, Actor: j.Actor, Period: j.Period, Trigger: j.Trigger, LastDay: j.LastDay,
		Ends: j.Ends.In(calendar.CST()), InPerson: j.InPerson.In(calendar.CST())}
	if j.Lapse != nil {
		v.Lapse = *j.Lapse
	}
	p := &problems{class: ErrInvalidCase}
	k := j.Kind
	switch {
	case !k.IsValid():
		p.add("kind", k.String(), "required: reply, investigation, court-notice, ex-officio-court-notice or announcement")
	default:
		if j.Actor != k.Actor() {
			p.add("actor", j.Actor.String(), fmt.Sprintf("the %s period's actor is %s", k, k.Actor()))
		}
		for _, f := range []struct{ name, got, want string }{{"act", j.Act, k.Act()}, {"article", j.Article, k.Article()}, {"consequence", j.Consequence, k.Consequence()}} {
			if f.got != f.want {
				p.add(f.name, f.got, fmt.Sprintf("not the %s period's: want %q", k, f.want))
			}
		}
		if v.Lapse != lapseTarget(k) {
			p.add("lapse", v.Lapse.String(), fmt.Sprintf("the lapse of the %s period leads to %s", k, lapseTarget(k)))
		}
	}
	unit := k.unit()
	if err := j.Period.Validate(); err != nil || j.Period.Unit != unit {
		why := "want a valid period in working days, as the law counts them (Regs arts 16, 20, 24)"
		if unit == calendar.UnitMonths {
			why = "want a valid period in calendar months, as the law counts it (Penalty Regs art 62(4))"
		}
		p.add("period", j.Period.String(), why)
	}
	if !j.Trigger.IsValid() || !j.LastDay.IsValid() || !periodCanEnd(j.Period, j.Trigger, j.LastDay) {
		p.add("last_day", j.LastDay.String(), fmt.Sprintf("not a last day %s can give from the trigger %s", j.Period, j.Trigger))
	} else {
		if !v.Ends.Equal(j.LastDay.End()) {
			p.add("ends", j.Ends.Format(time.RFC3339), "want 24:00 China Standard Time on the last day (Measures art 41)")
		}
		if v.InPerson.Before(j.LastDay.Start()) || v.InPerson.After(j.LastDay.End()) || v.InPerson.Sub(j.LastDay.Start())%time.Minute != 0 {
			p.add("in_person", j.InPerson.Format(time.RFC3339), "want a whole minute of the last day, China Standard Time (Measures art 41)")
		}
	}
	if err := p.err(); err != nil {
		return err
	}
	*d = v
	return nil
}

// periodCanEnd reports whether p, triggered on trigger, can end on last on
// some calendar. Count working days need at least Count days after the
// day before the first counted one (the trigger, or the day before it for
// a period that counts the trigger day). A month period ends on the day
// Civil Code art 202 gives, or, rolled forward off rest days (art 203),
// later. It does not judge an invalid period, which is reported as such.
func periodCanEnd(p calendar.Period, trigger, last calendar.Date) bool {
	if p.Count <= 0 || p.Count > calendar.MaxPeriodCount {
		return true
	}
	switch p.Unit {
	case calendar.UnitWorkingDays:
		from := trigger
		if p.Start == calendar.StartSameDay {
			from = from.AddDays(-1)
		}
		return !last.Before(from.AddDays(calendar.Days(p.Count)))
	case calendar.UnitMonths:
		unrolled := trigger.AddMonths(p.Count)
		if p.Roll == calendar.RollNone {
			return last == unrolled
		}
		return unrolled.IsValid() && !last.Before(unrolled)
	}
	return true
}

// generalBondTermsJSON is the general bond of a case's facts: its terms,
// in the general bond's own format without its ledger.
type generalBondTermsJSON struct {
	Reference        string               `json:"reference"`
	Holder           partyJSON            `json:"holder"`
	Recordations     []rights.Recordation `json:"recordations"`
	PreviousYearFees *amountJSON          `json:"previous_year_fees,omitempty"`
	Approved         calendar.Date        `json:"approved"`
	Issued           calendar.Date        `json:"issued"`
	Guarantor        guarantorJSON        `json:"guarantor"`
}

func generalBondTermsOf(t GeneralBondTerms) *generalBondTermsJSON {
	return &generalBondTermsJSON{
		Reference: t.Reference, Holder: partyJSON(t.Holder), Recordations: t.Recordations,
		PreviousYearFees: amountPtr(t.PreviousYearFees), Approved: t.Approved, Issued: t.Issued,
		Guarantor: guarantorJSON(t.Guarantor),
	}
}

func (j *generalBondTermsJSON) terms() GeneralBondTerms {
	return GeneralBondTerms{
		Reference: j.Reference, Holder: Party(j.Holder), Recordations: j.Recordations,
		PreviousYearFees: amountOf(j.PreviousYearFees), Approved: j.Approved, Issued: j.Issued,
		Guarantor: Guarantor(j.Guarantor),
	}
}
