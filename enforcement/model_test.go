package enforcement_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/commands"
	"github.com/leanovate/gopter/gen"
	"github.com/shopspring/decimal"
)

// This file drives random event sequences against enforcement.Case and a
// small reference model written from the domain brief (sections 1, 2, 5,
// 6 and 9) and the package documentation, not from the package's table: the
// states, which event the law allows where, the bond tiers (computed in
// fen), and the periods (working days counted one day at a time with
// IsWorkday; calendar months by Civil Code art 202 by hand, rolled off
// rest days one day at a time). The
// model keeps amounts in whole fen as int64, so that none of its
// arithmetic is the package's decimal arithmetic.

// The window every date of the test stays in: calendar.China covers it
// and every period that starts inside it.
var (
	modelFirstDay = calendar.MustParseDate("2021-01-01")
	modelLastDay  = calendar.MustParseDate("2026-06-30")
	modelCST      = time.FixedZone("CST", 8*60*60)
)

// modelOutcome is what the model predicts for one command.
type modelOutcome uint8

const (
	modelAccepted        modelOutcome = iota + 1
	modelRefusedInvalid               // FieldErrors matching ErrInvalidEvent.
	modelRefusedTable                 // *TransitionError, not ErrDeadlinePassed.
	modelRefusedDeadline              // *TransitionError matching ErrDeadlinePassed.
	modelAdvanced                     // Advance: the lapses in fired.
)

func (o modelOutcome) String() string {
	return [...]string{"?", "accepted", "refused (invalid event)", "refused (transition)", "refused (deadline passed)", "advanced"}[o]
}

// modelRights says which rights the goods are suspected of infringing.
type modelRights uint8

const (
	modelTrademark modelRights = iota // A trademark alone.
	modelPatent                       // A utility-model patent alone.
	modelBoth                         // The patent and the trademark.
)

func (r modelRights) String() string {
	return [...]string{"trademark", "patent", "patent+trademark"}[r]
}

// modelCase is the model's state: the facts it needs and what the history
// established. It is a value; NextState returns a new one.
type modelCase struct {
	track  enforcement.Track
	rights modelRights
	// declared and assessed are the goods' values in fen; value is the one
	// bonds are measured against (Measures art 39: the assessed value,
	// else the declared one).
	declared, assessed, value int64
	recorded                  bool
	opened                    calendar.Date // The day the case was opened: the first event's reference.
	channel                   enforcement.Channel
	unknown                   bool // The consignee cannot be identified (R-PEN-5).
	imported                  bool // Imported goods, else exported.
	// The periods' lengths in working days: the law's 3, 30, 20 and 50,
	// or a caller's override (Rules).
	replyWD, investigationWD, courtWD, exCourtWD int

	state    enforcement.State
	n        int           // Events in the history.
	last     calendar.Date // The last event's date, or opened.
	served   calendar.Date
	detained calendar.Date
	bond     int64 // fen
	receipt  bool
	result   enforcement.Result
	beyond   bool // Customs decided the articles exceed personal use (R-PER-1).
	// announced is the day of the announcement (R-PEN-5), confiscated the
	// day the confiscation decision was served.
	announced, confiscated calendar.Date

	// The prediction for the command that led here.
	outcome modelOutcome
	ev      enforcement.Event   // The event applied (Apply commands).
	fired   []enforcement.Event // The lapses (Advance).
	lapsed  modelPeriod         // The period that refused an event (modelRefusedDeadline).
}

func (m modelCase) String() string {
	return fmt.Sprintf("{%s %s rights=%s declared=%s assessed=%s recorded=%v unknown=%v opened=%s periods=%d/%d/%d/%d}",
		m.track, m.channel, m.rights, modelMoney(m.declared).StringFixed(2), modelMoney(m.assessed).StringFixed(2), m.recorded, m.unknown, m.opened,
		m.replyWD, m.investigationWD, m.courtWD, m.exCourtWD)
}

func modelMoney(fen int64) decimal.Decimal { return decimal.New(fen, -2) }

// requiredBond is the bond in fen (Measures art 23, R-EXO-4, read with
// Civil Code art 1259: 不足2万 < 20,000; 2万至20万 closed; 超过20万 >
// 200,000; half rounded half-up to the fen. Regs art 14, R-APP-2: the
// value upon application).
func (m modelCase) requiredBond() int64 {
	v := m.value
	if m.track == enforcement.UponApplication {
		return v
	}
	switch {
	case v < 2_000_000:
		return v
	case v > 20_000_000:
		return 10_000_000
	}
	half := (v + 1) / 2 // v/2 has at most half a fen, which rounds up.
	if half < 2_000_000 {
		return 2_000_000
	}
	return half
}

// terminal: no event leads out (Regs arts 15, 23, 24, 26, 27, 31;
// Measures (2009 numbering) art 31). Confiscated and taken-over goods
// await disposal (Regs art 27), announced goods the party or the lapse
// (Penalty Regs art 62(4)).
func modelTerminal(s enforcement.State) bool {
	switch s {
	case enforcement.Opened, enforcement.Suspended, enforcement.Applied,
		enforcement.UnderInvestigation, enforcement.AwaitingCourt, enforcement.Determined,
		enforcement.Confiscated, enforcement.Announced, enforcement.TakenOver:
		return false
	}
	return true
}

// modelMonths returns the day n calendar months after d by Civil Code art
// 202: the same day of the month, or the month's last day if it has none.
func modelMonths(d calendar.Date, n int) calendar.Date {
	y, m := d.Year, int(d.Month)+n
	y, m = y+(m-1)/12, (m-1)%12+1
	last := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		last = 29
	}
	return calendar.Date{Year: y, Month: time.Month(m), Day: min(d.Day, last)}
}

func modelDetained(s enforcement.State) bool {
	return s == enforcement.UnderInvestigation || s == enforcement.AwaitingCourt || s == enforcement.Determined
}

// modelPeriod is a running period as the model computes it.
type modelPeriod struct {
	kind    enforcement.DeadlineKind
	trigger calendar.Date
	lastDay calendar.Date
	lapse   enforcement.State // StateUnknown: the lapse changes nothing.
	wd      int               // Its length in working days,
	months  int               // or in calendar months.
}

// modelWorkdays returns the n-th working day after trigger, counting one
// day at a time from the day after (Measures art 41; R-TIME-2).
func modelWorkdays(trigger calendar.Date, n int) (calendar.Date, error) {
	cal := calendar.China()
	d := trigger
	for count := 0; count < n; {
		d = d.AddDays(1)
		ok, err := cal.IsWorkday(d)
		if err != nil {
			return calendar.Date{}, err
		}
		if ok {
			count++
		}
	}
	return d, nil
}

// periods returns the periods running in the model's state, in the order
// the law names them.
func (m modelCase) periods() ([]modelPeriod, error) {
	type spec struct {
		kind    enforcement.DeadlineKind
		trigger calendar.Date
		wd      int
		lapse   enforcement.State
		months  int
	}
	var specs []spec
	reply := spec{enforcement.ReplyPeriod, m.served, m.replyWD, enforcement.ReleasedNoApplication, 0} // Regs art 16; R-EXO-2, R-EXO-3.
	exCourt := spec{enforcement.ExOfficioCourtPeriod, m.detained, m.exCourtWD, enforcement.ReleasedUndetermined, 0}
	switch m.state {
	case enforcement.Suspended:
		specs = append(specs, reply)
	case enforcement.Applied:
		// The holder must both apply and post the bond within the 3 days
		// (Regs art 16): a short bond leaves the period running.
		if m.track == enforcement.ExOfficio && m.bond < m.requiredBond() {
			specs = append(specs, reply)
		}
	case enforcement.UnderInvestigation:
		// Regs art 20 (30 WD, no lapse of its own); Regs art 24(2), R-EXO-7
		// (50 WD, no result yet so none is infringing).
		specs = append(specs, spec{enforcement.InvestigationPeriod, m.detained, m.investigationWD, enforcement.StateUnknown, 0}, exCourt)
	case enforcement.AwaitingCourt:
		if m.track == enforcement.ExOfficio {
			specs = append(specs, exCourt) // Result undetermined: R-EXO-7.
		} else {
			specs = append(specs, spec{enforcement.CourtPeriod, m.detained, m.courtWD, enforcement.ReleasedNoCourtNotice, 0}) // Regs art 24(1); R-APP-4.
		}
	case enforcement.Announced:
		// 3 calendar months from the day after the announcement, rolled
		// off a rest day (Penalty Regs art 62(4); Civil Code arts 201-203;
		// R-PEN-5).
		specs = append(specs, spec{enforcement.AnnouncementPeriod, m.announced, 0, enforcement.TakenOver, 3})
	}
	var out []modelPeriod
	for _, s := range specs {
		if s.months > 0 {
			last := modelMonths(s.trigger, s.months)
			for {
				ok, err := calendar.China().IsWorkday(last)
				if err != nil {
					return nil, err
				}
				if ok {
					break
				}
				last = last.AddDays(1)
			}
			out = append(out, modelPeriod{s.kind, s.trigger, last, s.lapse, 0, s.months})
			continue
		}
		last, err := modelWorkdays(s.trigger, s.wd)
		if err != nil {
			return nil, err
		}
		out = append(out, modelPeriod{s.kind, s.trigger, last, s.lapse, s.wd, 0})
	}
	return out, nil
}

// pending returns the running period whose lapse changes the case.
func (m modelCase) pending() (modelPeriod, bool) {
	ps, err := m.periods()
	if err != nil {
		panic(err) // The window keeps every period inside the calendar.
	}
	for _, p := range ps {
		if p.lapse != enforcement.StateUnknown {
			return p, true
		}
	}
	return modelPeriod{}, false
}

// valid reports whether ev's fields fit its kind (the package doc's
// Event fields; amounts in whole fen, and routes that are either valid or
// none, are all the generators make).
func modelValid(ev enforcement.Event) bool {
	if (ev.Kind == enforcement.DisposalCompleted) != (ev.Route != enforcement.RouteUnknown) {
		return false // Regs art 27: the route taken, and only there.
	}
	switch ev.Kind {
	case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
		return ev.Amount.IsZero() && ev.Note != "" // The reasons (R-PER-2).
	case enforcement.HolderApplied:
		return ev.Amount.Sign() >= 0
	case enforcement.BondPosted, enforcement.CounterGuarantee:
		return ev.Amount.Sign() > 0
	case enforcement.InvestigationResult:
		return ev.Amount.IsZero() && ev.Result.IsValid()
	case enforcement.Lapse:
		return ev.Amount.IsZero() && ev.Deadline.IsValid()
	}
	return ev.Amount.IsZero()
}

// table returns the model after ev if the law allows ev in the model's
// state, ignoring the order of dates and the periods.
func (m modelCase) table(ev enforcement.Event) (modelCase, bool) {
	fen := ev.Amount.Shift(2).IntPart()
	to := func(s enforcement.State) (modelCase, bool) { m.state = s; return m, true }
	ex := m.track == enforcement.ExOfficio
	personal := m.channel == enforcement.Postal || m.channel == enforcement.Luggage
	// Articles are goods once customs decided they exceed personal use
	// (Regs art 31; R-PER-1); cargo always is.
	goods := !personal || m.beyond
	// Abandonment, instead of detention: personal articles, declared by a
	// known traveller, addressee or sender (Measures (2009 numbering) art
	// 31; R-PER-4).
	abandon := ev.Kind == enforcement.Abandonment && personal && !m.unknown
	lapse := func() (modelCase, bool) {
		p, ok := m.pending()
		if !ok || p.kind != ev.Deadline || ev.Date != p.lastDay.AddDays(1) {
			return m, false
		}
		return to(p.lapse)
	}
	switch m.state {
	case enforcement.Opened:
		switch {
		case ev.Kind == enforcement.NoticeServed && ex && m.recorded && goods: // Regs art 16; R-EXO-1, R-REC-1.
			m.served = ev.Date
			return to(enforcement.Suspended)
		case ev.Kind == enforcement.HolderApplied && !ex && goods: // Regs arts 12-13.
			m.bond += fen
			return to(enforcement.Applied)
		case ev.Kind == enforcement.BeyondPersonalUse && personal && !m.beyond: // Regs art 31: decided once.
			m.beyond = true
			return m, true
		case ev.Kind == enforcement.WithinPersonalUse && personal && !m.beyond:
			return to(enforcement.ReleasedPersonalUse)
		case abandon:
			return to(enforcement.Abandoned)
		}
	case enforcement.Suspended:
		if abandon {
			return to(enforcement.Abandoned)
		}
		switch ev.Kind {
		case enforcement.HolderApplied: // Regs art 16.
			m.bond += fen
			return to(enforcement.Applied)
		case enforcement.HolderDeclined: // Measures art 22(2).
			return to(enforcement.ReleasedHolderDeclined)
		case enforcement.PoliceTransfer: // Regs art 26.
			return to(enforcement.TransferredToPolice)
		case enforcement.Lapse: // R-EXO-3.
			return lapse()
		}
	case enforcement.Applied:
		if abandon {
			return to(enforcement.Abandoned)
		}
		switch ev.Kind {
		case enforcement.BondPosted:
			m.bond += fen
			return m, true
		case enforcement.Detention: // Regs arts 14-16: only with the bond.
			if m.bond < m.requiredBond() {
				return m, false
			}
			m.detained = ev.Date
			if ex {
				return to(enforcement.UnderInvestigation) // Regs art 20.
			}
			return to(enforcement.AwaitingCourt) // Regs art 24(1): customs does not investigate.
		case enforcement.Rejection: // Regs art 15: an application that fails Regs art 13.
			if ex {
				// Ex officio, a rejected application is no application as
				// Regs art 16 requires: customs must not detain, and the
				// goods, whose release was only suspended, are released.
				return to(enforcement.ReleasedNoApplication)
			}
			return to(enforcement.Rejected)
		case enforcement.Withdrawal: // Regs art 24(5).
			return to(enforcement.ReleasedWithdrawn)
		case enforcement.PoliceTransfer:
			return to(enforcement.TransferredToPolice)
		case enforcement.Lapse:
			return lapse()
		}
	case enforcement.UnderInvestigation, enforcement.AwaitingCourt, enforcement.Determined:
		infringing := m.result == enforcement.Infringing
		switch ev.Kind {
		case enforcement.ReceiptServed: // Regs art 15: served once.
			if m.receipt {
				return m, false
			}
			m.receipt = true
			return m, true
		case enforcement.CourtNotice: // Regs art 23.
			if m.state == enforcement.Determined {
				// Found infringing, the goods must be confiscated (Regs art
				// 27); no article lets a court's measures undo the finding,
				// so the notice is recorded and the case stays [U].
				return m, true
			}
			return to(enforcement.CourtAssisted)
		case enforcement.CounterGuarantee: // Regs arts 19, 24(3); R-REL-1.
			// Only goods suspected of infringing patents alone: a
			// trademark's suspicion is not answered by the guarantee.
			// The deposit equals the value (Regs art 19: 等值).
			if m.rights != modelPatent || infringing || fen != m.value {
				return m, false
			}
			return to(enforcement.ReleasedCounterGuarantee)
		case enforcement.EvidenceAccepted: // Regs art 24(4); R-REL-3.
			if infringing {
				return m, false
			}
			return to(enforcement.ReleasedEvidenceAccepted)
		case enforcement.Withdrawal: // Regs art 24(5); R-REL-4.
			if infringing {
				return m, false
			}
			return to(enforcement.ReleasedWithdrawn)
		case enforcement.PoliceTransfer:
			return to(enforcement.TransferredToPolice)
		case enforcement.InvestigationResult: // Regs art 20; R-EXO-6.
			if m.state != enforcement.UnderInvestigation {
				return m, false
			}
			m.result = ev.Result
			switch ev.Result {
			case enforcement.Infringing:
				return to(enforcement.Determined)
			case enforcement.NotInfringing:
				return to(enforcement.ReleasedNotInfringing)
			}
			return to(enforcement.AwaitingCourt)
		case enforcement.Confiscation: // Regs art 27; R-EXO-8.
			if m.state != enforcement.Determined {
				return m, false
			}
			m.confiscated = ev.Date
			return to(enforcement.Confiscated)
		case enforcement.Announcement: // Penalty Regs art 62(4); R-PEN-5.
			if m.state != enforcement.Determined || !m.unknown {
				return m, false
			}
			m.announced = ev.Date
			return to(enforcement.Announced)
		case enforcement.Lapse: // Regs art 24(1), (2).
			return lapse()
		}
	case enforcement.Announced:
		switch ev.Kind {
		case enforcement.Confiscation: // The party came forward.
			m.confiscated = ev.Date
			return to(enforcement.Confiscated)
		case enforcement.Lapse: // No one came forward: 收缴.
			return lapse()
		}
	case enforcement.Confiscated, enforcement.TakenOver:
		if ev.Kind == enforcement.DisposalCompleted { // Regs art 27; R-DIS-1.
			// Imported goods infringing a trademark are not auctioned on
			// removal of the mark, save special circumstances stated in
			// the note (Regs art 27 para 3).
			if ev.Route == enforcement.Auction && ev.Note == "" && m.imported && m.rights != modelPatent {
				return m, false
			}
			return to(enforcement.Disposed)
		}
	}
	return m, false
}

// apply returns the model after ev, with the outcome predicted. The
// checks come in the order the package documentation gives the reasons
// an event is refused; which reason refuses matters only for the class
// of the error.
func (m modelCase) apply(ev enforcement.Event) modelCase {
	m.ev, m.fired, m.lapsed = ev, nil, modelPeriod{}
	refuse := func(o modelOutcome) modelCase { m.outcome = o; return m }
	if !modelValid(ev) {
		return refuse(modelRefusedInvalid)
	}
	// The history is bounded, and its last place is kept for the lapse,
	// which the law makes whatever the history holds (package doc,
	// MaxEvents).
	if m.n >= enforcement.MaxEvents || m.n >= enforcement.MaxEvents-1 && ev.Kind != enforcement.Lapse {
		return refuse(modelRefusedTable)
	}
	if m.n > 0 && ev.Date.Before(m.last) {
		return refuse(modelRefusedTable)
	}
	if p, ok := m.pending(); ok && ev.Kind != enforcement.Lapse && p.lastDay.Before(ev.Date) {
		m.lapsed = p
		return refuse(modelRefusedDeadline)
	}
	next, ok := m.table(ev)
	if !ok {
		return refuse(modelRefusedTable)
	}
	next.n++
	next.last = ev.Date
	next.outcome = modelAccepted
	return next
}

// advance returns the model as of asOf: each pending lapse whose period's
// last day is before asOf, dated the day after the last day.
func (m modelCase) advance(asOf calendar.Date) modelCase {
	var fired []enforcement.Event
	for {
		p, ok := m.pending()
		if !ok || !p.lastDay.Before(asOf) {
			break
		}
		ev := enforcement.Event{Kind: enforcement.Lapse, Date: p.lastDay.AddDays(1), Deadline: p.kind}
		if m = m.apply(ev); m.outcome != modelAccepted {
			panic(fmt.Sprintf("model: its own lapse %s refused", ev))
		}
		fired = append(fired, ev)
	}
	m.outcome, m.fired, m.ev, m.lapsed = modelAdvanced, fired, enforcement.Event{}, modelPeriod{}
	return m
}

// permitted returns the kinds the law allows in the model's state when
// the event's own facts are favourable (a covering guarantee, any
// result), Lapse aside.
func (m modelCase) permitted() []enforcement.EventKind {
	var out []enforcement.EventKind
	for _, k := range enforcement.EventKinds() {
		if k == enforcement.Lapse {
			continue
		}
		ev := enforcement.Event{Kind: k, Date: m.last}
		switch k {
		case enforcement.BondPosted:
			ev.Amount = modelMoney(1)
		case enforcement.CounterGuarantee:
			ev.Amount = modelMoney(m.value)
		case enforcement.InvestigationResult:
			ev.Result = enforcement.Undetermined
		case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
			ev.Note = "reasons"
		case enforcement.DisposalCompleted:
			ev.Route = enforcement.Destruction
		}
		if _, ok := m.table(ev); ok {
			out = append(out, k)
		}
	}
	return out
}

// The fixtures: a recorded trademark, a recorded utility model, or both,
// valid and recorded throughout the window (registered or filed 2018,
// recorded 2019).
func modelFacts(m modelCase) enforcement.Facts {
	mark := rights.Right{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567",
		Registered: calendar.MustParseDate("2018-03-07"), Classes: []rights.NiceClass{25}}
	digits, check := testgen.PatentDigits(2018, '2', 123456)
	patent := rights.Right{Type: rights.PatentUtilityModel, Holder: "ACME Ltd", Number: "ZL" + digits + "." + string(check),
		Filed: calendar.MustParseDate("2018-03-01"), Granted: calendar.MustParseDate("2018-10-09")}
	rs := map[modelRights][]rights.Right{modelTrademark: {mark}, modelPatent: {patent}, modelBoth: {patent, mark}}[m.rights]
	f := enforcement.Facts{
		ID: uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11"), Track: m.track, Rights: rs,
		Goods: enforcement.Goods{Description: "shoes", Quantity: decimal.NewFromInt(1200), Unit: "pairs",
			DeclaredValue: modelMoney(m.declared), AssessedValue: modelMoney(m.assessed)},
		Holder: enforcement.Party{Name: "ACME Ltd"}, Consignee: enforcement.Party{Name: "X Trading"},
		Port: "Shanghai Pudong", Direction: enforcement.Export, Channel: m.channel,
	}
	if m.imported {
		f.Direction = enforcement.Import
	}
	if m.unknown {
		// Nothing, or only what a label says, is known of the party.
		f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{}
		if m.declared%2 == 0 {
			f.Consignee.Address = "illegible return address"
		}
	}
	if m.recorded {
		// Every right is recorded (an ex officio case needs one, R-REC-1).
		for i, right := range rs {
			rec, err := rights.NewRecordation(right, rights.Application{Holder: rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}}, calendar.MustParseDate("2019-01-02"))
			if err == nil {
				rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: calendar.MustParseDate("2019-02-11"), Number: fmt.Sprintf("R2019-%d", i+1)})
			}
			if err != nil {
				panic(err)
			}
			f.Recordations = append(f.Recordations, rec)
		}
	}
	return f
}

// modelValues are goods values in fen around the bond tiers' edges.
var modelValues = []int64{
	1, 100, 1_999_999, 2_000_000, 2_000_001, 3_000_000, 3_999_999, 4_000_001, 4_000_003,
	8_765_432, 15_000_000, 19_999_999, 20_000_000, 20_000_001, 100_000_000,
}

func genModelValue() gopter.Gen {
	return gen.Frequency(map[int]gopter.Gen{
		3: gen.OneConstOf(toInterfaces(modelValues)...),
		1: gen.Int64Range(1, 50_000_000),
	})
}

func toInterfaces(vs []int64) []interface{} {
	out := make([]interface{}, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func genModelCase() gopter.Gen {
	return gopter.CombineGens(
		gen.OneConstOf(enforcement.ExOfficio, enforcement.UponApplication),
		// Patents alone often enough to reach the counter-guarantee; a
		// patent with a trademark, whose goods it cannot release, less.
		gen.OneConstOf(modelTrademark, modelTrademark, modelTrademark, modelPatent, modelPatent, modelPatent, modelBoth, modelBoth),
		genModelValue(),
		gen.Frequency(map[int]gopter.Gen{3: gen.Const(int64(0)), 1: genModelValue()}),
		gen.IntRange(0, 3),
		testgen.DateBetween(modelFirstDay, calendar.MustParseDate("2024-12-31")),
		gen.SliceOfN(5, gen.IntRange(1, 60)),
		// Cargo half the time, articles in the post or luggage the other
		// half (Regs art 31).
		gen.OneConstOf(enforcement.Cargo, enforcement.Cargo, enforcement.Postal, enforcement.Luggage),
		// An unknown party in one case in two (R-PEN-5).
		gen.IntRange(0, 1),
	).Map(func(vs []interface{}) modelCase {
		m := modelCase{track: vs[0].(enforcement.Track), rights: vs[1].(modelRights), declared: vs[2].(int64), assessed: vs[3].(int64),
			opened: vs[5].(calendar.Date), state: enforcement.Opened,
			replyWD: 3, investigationWD: 30, courtWD: 20, exCourtWD: 50,
			channel: vs[7].(enforcement.Channel), unknown: vs[8].(int) == 0}
		m.imported = m.declared%2 == 1 // Half the cases import.
		// One case in four is read with periods of its own (Rules).
		if p := vs[6].([]int); p[0] <= 15 {
			m.replyWD, m.investigationWD, m.courtWD, m.exCourtWD = 1+p[1]%5, p[2], p[3], p[4]
		}
		// Ex officio needs a recordation (R-REC-1); upon application may
		// have one.
		m.recorded = m.track == enforcement.ExOfficio || vs[4].(int) > 0
		if vs[4].(int) == 3 && m.assessed != 0 {
			m.declared = 0 // Only customs' value is known.
		}
		m.value = m.declared
		if m.assessed != 0 {
			m.value = m.assessed
		}
		m.last = m.opened
		return m
	})
}

// modelSUT is the system under test: the case as the commands leave it.
type modelSUT struct {
	c      enforcement.Case
	opened calendar.Date
	err    error
}

// last is the previous event's date, or the opening day.
func (s *modelSUT) last() calendar.Date {
	if evs := s.c.Events(); len(evs) > 0 {
		return evs[len(evs)-1].Date
	}
	return s.opened
}

func modelClamp(d calendar.Date) calendar.Date {
	if d.After(modelLastDay) {
		return modelLastDay
	}
	return d
}

// modelResult is what a command observed.
type modelResult struct {
	before, after enforcement.Case
	ev            enforcement.Event
	err           error
	asOf          calendar.Date
	fired         []enforcement.Event
	openErr       error
}

// modelRun collects what the run visited.
type modelRun struct {
	visits   map[enforcement.State]int
	accepted map[enforcement.EventKind]int
	// mixedRefused counts the counter-guarantees refused only because the
	// case concerns a trademark too: the same event in the same case about
	// the patent alone would have released the goods (Regs arts 19, 24(3)).
	mixedRefused int
	// determinedNotices counts the court's notices recorded once the goods
	// were found infringing, the case staying determined.
	determinedNotices int
}

// modelEventCmd applies one event, dated offset days after the previous
// one (or on date, if set).
type modelEventCmd struct {
	run      *modelRun
	kind     enforcement.EventKind
	offset   int
	date     calendar.Date
	amount   int64 // fen
	result   enforcement.Result
	deadline enforcement.DeadlineKind
	route    enforcement.Route
	note     string
}

func (c *modelEventCmd) event(last calendar.Date) enforcement.Event {
	ev := enforcement.Event{Kind: c.kind, Date: c.date, Result: c.result, Deadline: c.deadline, Route: c.route, Note: c.note}
	if c.date.IsZero() {
		ev.Date = modelClamp(last.AddDays(calendar.Days(c.offset)))
	}
	if c.amount != 0 {
		ev.Amount = modelMoney(c.amount)
	}
	return ev
}

func (c *modelEventCmd) Run(sut commands.SystemUnderTest) commands.Result {
	s := sut.(*modelSUT)
	if s.err != nil {
		return &modelResult{openErr: s.err}
	}
	ev := c.event(s.last())
	after, err := s.c.Apply(ev)
	if err == nil {
		// A second branch from the same case must not write into the
		// first one's history (a Case is an immutable value).
		branch := ev
		branch.Note = "another branch"
		_, _ = s.c.Apply(branch)
	}
	r := &modelResult{before: s.c, after: after, ev: ev, err: err}
	s.c = after
	return r
}

func (c *modelEventCmd) NextState(state commands.State) commands.State {
	m := state.(modelCase)
	return m.apply(c.event(m.last))
}

func (c *modelEventCmd) PreCondition(commands.State) bool { return true }

func (c *modelEventCmd) PostCondition(state commands.State, res commands.Result) *gopter.PropResult {
	return modelVerdict(c.run, state.(modelCase), res.(*modelResult))
}

func (c *modelEventCmd) String() string {
	s := c.kind.String()
	if c.date.IsZero() {
		s += fmt.Sprintf("%+d", c.offset)
	} else {
		s += "@" + c.date.String()
	}
	switch {
	case c.amount != 0:
		s += " " + modelMoney(c.amount).StringFixed(2)
	case c.result != enforcement.ResultUnknown:
		s += " " + c.result.String()
	case c.deadline != enforcement.DeadlineUnknown:
		s += " " + c.deadline.String()
	case c.route != enforcement.RouteUnknown:
		s += " " + c.route.String()
	}
	if c.note != "" {
		s += fmt.Sprintf(" %q", c.note)
	}
	return s
}

// modelAdvanceCmd advances the case to offset days after the previous
// event.
type modelAdvanceCmd struct {
	run    *modelRun
	offset int
}

func (c *modelAdvanceCmd) asOf(last calendar.Date) calendar.Date {
	return modelClamp(last.AddDays(calendar.Days(c.offset)))
}

func (c *modelAdvanceCmd) Run(sut commands.SystemUnderTest) commands.Result {
	s := sut.(*modelSUT)
	if s.err != nil {
		return &modelResult{openErr: s.err}
	}
	asOf := c.asOf(s.last())
	after, fired, err := s.c.Advance(asOf)
	r := &modelResult{before: s.c, after: after, asOf: asOf, fired: fired, err: err}
	s.c = after
	return r
}

func (c *modelAdvanceCmd) NextState(state commands.State) commands.State {
	m := state.(modelCase)
	return m.advance(c.asOf(m.last))
}

func (c *modelAdvanceCmd) PreCondition(commands.State) bool { return true }

func (c *modelAdvanceCmd) PostCondition(state commands.State, res commands.Result) *gopter.PropResult {
	return modelVerdict(c.run, state.(modelCase), res.(*modelResult))
}

func (c *modelAdvanceCmd) String() string { return fmt.Sprintf("advance%+d", c.offset) }

// modelVerdict compares what the command observed with the model's
// prediction m, and checks the invariants on the case it left.
func modelVerdict(run *modelRun, m modelCase, r *modelResult) *gopter.PropResult {
	why := modelCompare(m, r)
	if why == "" {
		why = modelInvariants(m, r.after)
	}
	if why == "" {
		run.visits[r.after.State()]++

		for _, ev := range m.fired {
			run.accepted[ev.Kind]++ // The lapses Advance applied.
		}
		if m.outcome == modelAccepted {
			run.accepted[r.ev.Kind]++
			if r.ev.Kind == enforcement.CourtNotice && m.state == enforcement.Determined {
				run.determinedNotices++
			}
		}
		if m.outcome == modelRefusedTable && m.rights == modelBoth && m.ev.Kind == enforcement.CounterGuarantee {
			// A refused command leaves the model as it was before.
			alone := m
			alone.rights = modelPatent
			if alone.apply(m.ev).outcome == modelAccepted {
				run.mixedRefused++
			}
		}
		return &gopter.PropResult{Status: gopter.PropTrue}
	}
	return &gopter.PropResult{Status: gopter.PropFalse, Labels: []string{why}}
}

func modelCompare(m modelCase, r *modelResult) string {
	if r.openErr != nil {
		return "NewCase: " + r.openErr.Error()
	}
	if r.before.State().IsTerminal() && (r.after.State() != r.before.State() || m.outcome != modelAdvanced && r.err == nil) {
		return fmt.Sprintf("terminal state %s: %s accepted, to %s", r.before.State(), r.ev, r.after.State())
	}
	if m.outcome == modelAdvanced {
		if r.err != nil {
			return fmt.Sprintf("Advance(%s) = %v", r.asOf, r.err)
		}
		if !slices.EqualFunc(r.fired, m.fired, enforcement.Event.Equal) {
			return fmt.Sprintf("Advance(%s) fired %v; the model %v", r.asOf, r.fired, m.fired)
		}
		if r.before.State().IsTerminal() && (len(r.fired) > 0 || !r.after.Equal(r.before)) {
			return fmt.Sprintf("Advance(%s) changed a %s case", r.asOf, r.before.State())
		}
		if again, evs, err := r.after.Advance(r.asOf); err != nil || len(evs) > 0 || !again.Equal(r.after) {
			return fmt.Sprintf("Advance(%s) again = %v, %v: not idempotent", r.asOf, evs, err)
		}
		if r.after.State() != m.state {
			return fmt.Sprintf("Advance(%s): state %s; the model %s", r.asOf, r.after.State(), m.state)
		}
		return ""
	}
	if !r.ev.Equal(m.ev) {
		return fmt.Sprintf("applied %s; the model %s (histories out of step)", r.ev, m.ev)
	}
	if m.outcome == modelAccepted {
		switch {
		case r.err != nil:
			return fmt.Sprintf("Apply(%s) in %s = %v; the model accepts it, to %s", r.ev, r.before.State(), r.err, m.state)
		case r.after.State() != m.state:
			return fmt.Sprintf("Apply(%s) in %s: state %s; the model %s", r.ev, r.before.State(), r.after.State(), m.state)
		case r.after.Len() != r.before.Len()+1 || !r.after.Events()[r.after.Len()-1].Equal(r.ev):
			return fmt.Sprintf("Apply(%s): history %v", r.ev, r.after.Events())
		}
		return ""
	}
	if r.err == nil {
		return fmt.Sprintf("Apply(%s) in %s accepted, to %s; the model: %s", r.ev, r.before.State(), r.after.State(), m.outcome)
	}
	if !r.after.Equal(r.before) || r.after.State() != r.before.State() {
		return fmt.Sprintf("Apply(%s) refused but changed the case", r.ev)
	}
	var fe enforcement.FieldErrors
	var te *enforcement.TransitionError
	switch m.outcome {
	case modelRefusedInvalid:
		if !errors.Is(r.err, enforcement.ErrInvalidEvent) || !errors.As(r.err, &fe) {
			return fmt.Sprintf("Apply(%s) = %v; want FieldErrors matching ErrInvalidEvent", r.ev, r.err)
		}
		return ""
	}
	if !errors.As(r.err, &te) || !errors.Is(r.err, enforcement.ErrInvalidTransition) {
		return fmt.Sprintf("Apply(%s) = %v (%T); want a *TransitionError matching ErrInvalidTransition", r.ev, r.err, r.err)
	}
	if te.From != r.before.State() || te.Event != r.ev.Kind || te.Date != r.ev.Date {
		return fmt.Sprintf("Apply(%s) = %+v: wrong state, event or date", r.ev, te)
	}
	deadline := m.outcome == modelRefusedDeadline
	if errors.Is(r.err, enforcement.ErrDeadlinePassed) != deadline {
		return fmt.Sprintf("Apply(%s) in %s = %v; matches ErrDeadlinePassed: %v; the model: %s", r.ev, r.before.State(), r.err, !deadline, m.outcome)
	}
	if deadline && (te.Lapsed.Kind != m.lapsed.kind || te.Lapsed.LastDay != m.lapsed.lastDay || te.Lapsed.Lapse != m.lapsed.lapse) {
		return fmt.Sprintf("Apply(%s): lapsed %s ending %s; the model %s ending %s", r.ev, te.Lapsed.Kind, te.Lapsed.LastDay, m.lapsed.kind, m.lapsed.lastDay)
	}
	return ""
}

// modelInvariants checks what must hold of every case, c the case and m
// the model of it.
func modelInvariants(m modelCase, c enforcement.Case) string {
	s := c.State()
	if c.Len() != m.n {
		return fmt.Sprintf("%d events; the model %d", c.Len(), m.n)
	}
	if want := modelMoney(m.requiredBond()); !c.RequiredBond().Equal(want) {
		return fmt.Sprintf("RequiredBond() = %s for %s goods worth %s; want %s", c.RequiredBond(), m.track, modelMoney(m.value), want)
	}
	if want := modelMoney(m.bond); !c.BondPosted().Equal(want) {
		return fmt.Sprintf("BondPosted() = %s; want %s", c.BondPosted(), want)
	}
	if s.In(enforcement.Detained) != modelDetained(s) || s.IsTerminal() != modelTerminal(s) {
		return fmt.Sprintf("state %s: In(Detained) %v, IsTerminal %v", s, s.In(enforcement.Detained), s.IsTerminal())
	}
	if s.In(enforcement.Detained) && c.BondPosted().LessThan(c.RequiredBond()) {
		return fmt.Sprintf("%s with bond %s short of %s", s, c.BondPosted(), c.RequiredBond())
	}
	if res, day := c.Result(); res != m.result || (res == enforcement.ResultUnknown) != day.IsZero() {
		return fmt.Sprintf("Result() = %s, %s; the model %s", res, day, m.result)
	}
	if day, ok := c.Detained(); day != m.detained || ok == m.detained.IsZero() {
		return fmt.Sprintf("Detained() = %s, %v; the model %s", day, ok, m.detained)
	}
	ds, err := c.Deadlines()
	if err != nil {
		return "Deadlines: " + err.Error()
	}
	ps, _ := m.periods()
	// Earliest last day first; on the same day, in the order the law's
	// periods are listed (reply, investigation, court notice, ex officio
	// court notice), as the package documents for Deadlines.
	modelRank := func(k enforcement.DeadlineKind) int {
		return slices.Index([]enforcement.DeadlineKind{enforcement.ReplyPeriod, enforcement.InvestigationPeriod,
			enforcement.CourtPeriod, enforcement.ExOfficioCourtPeriod, enforcement.AnnouncementPeriod}, k)
	}
	slices.SortFunc(ps, func(a, b modelPeriod) int {
		if c := a.lastDay.Compare(b.lastDay); c != 0 {
			return c
		}
		return modelRank(a.kind) - modelRank(b.kind)
	})
	if len(ds) != len(ps) {
		return fmt.Sprintf("in %s Deadlines() = %v; the model %v", s, ds, ps)
	}
	for i, d := range ds {
		p := ps[i]
		period := calendar.Period{Count: p.wd, Unit: calendar.UnitWorkingDays}
		if p.months > 0 {
			period = calendar.Period{Count: p.months, Unit: calendar.UnitMonths}
		}
		if d.Kind != p.kind || d.Trigger != p.trigger || d.LastDay != p.lastDay || d.Lapse != p.lapse || d.Period != period {
			return fmt.Sprintf("in %s deadline %d: %s from %s to %s lapsing to %s; the model %s from %s to %s lapsing to %s",
				s, i, d.Kind, d.Trigger, d.LastDay, d.Lapse, p.kind, p.trigger, p.lastDay, p.lapse)
		}
		if ok, err := calendar.China().IsWorkday(d.LastDay); !ok || err != nil || !d.LastDay.After(d.Trigger) {
			return fmt.Sprintf("deadline %s: last day %s (trigger %s) not a working day after the trigger", d.Kind, d.LastDay, d.Trigger)
		}
		// Measures art 41: 24:00 China Standard Time for acts by post or
		// bank, the close of office (17:00 by default) for acts in person.
		day, _ := time.ParseInLocation("2006-01-02", d.LastDay.String(), modelCST)
		if !d.Ends.Equal(day.Add(24*time.Hour)) || !d.InPerson.Equal(day.Add(17*time.Hour)) {
			return fmt.Sprintf("deadline %s on %s ends %s, in person %s", d.Kind, d.LastDay, d.Ends, d.InPerson)
		}
		// The holder acts in every period but the investigation's (Regs
		// arts 16, 20, 24) and the announcement's, where the unknown party
		// must come forward (Penalty Regs art 62(4)).
		actor := enforcement.Holder
		switch d.Kind {
		case enforcement.InvestigationPeriod:
			actor = enforcement.Customs
		case enforcement.AnnouncementPeriod:
			actor = enforcement.Consignee
		}
		if d.Actor != actor {
			return fmt.Sprintf("deadline %s: actor %s; want %s", d.Kind, d.Actor, actor)
		}
	}
	// The fee cap: 3 calendar months from the day after service of the
	// confiscation decision, not rolled (Measures (2009 numbering) art 34;
	// R-FEE-3); none for goods not confiscated.
	served, ok := c.ConfiscationServed()
	if served != m.confiscated || ok == m.confiscated.IsZero() {
		return fmt.Sprintf("ConfiscationServed() = %s, %v; the model %s", served, ok, m.confiscated)
	}
	last, capped, err := c.FeeCap()
	switch {
	case err != nil:
		return "FeeCap: " + err.Error()
	case capped == m.confiscated.IsZero():
		return fmt.Sprintf("FeeCap() = %s, %v; confiscation served %s", last, capped, m.confiscated)
	case capped && last != modelMonths(m.confiscated, 3):
		return fmt.Sprintf("FeeCap() = %s; served on %s, want %s", last, m.confiscated, modelMonths(m.confiscated, 3))
	}
	if got, want := c.Permitted(), m.permitted(); !slices.Equal(got, want) {
		return fmt.Sprintf("in %s (receipt %v, bond %s of %s) Permitted() = %v; the model %v", s, m.receipt, modelMoney(m.bond), modelMoney(m.requiredBond()), got, want)
	}
	// The rest is costly, and a case a command left unchanged (it is Equal
	// to the one before) was checked already.
	if m.outcome != modelAccepted && len(m.fired) == 0 {
		return ""
	}
	if again, evs, err := c.Advance(m.last); err != nil || len(evs) > 0 || !again.Equal(c) {
		return fmt.Sprintf("Advance to the last event's day %s = %v, %v", m.last, evs, err)
	}
	re, err := enforcement.Replay(c.Facts(), c.Rules(), c.Events())
	if err != nil || !re.Equal(c) || re.State() != s {
		return fmt.Sprintf("Replay = %s, %v; the case is %s", re.State(), err, s)
	}
	b, err := c.MarshalJSON()
	if err != nil {
		return "MarshalJSON: " + err.Error()
	}
	back, err := enforcement.ParseCase(b, calendar.China())
	if err != nil || !back.Equal(c) || back.State() != s {
		return fmt.Sprintf("ParseCase(MarshalJSON) = %s, %v; the case is %s\n%s", back.State(), err, s, b)
	}
	return ""
}

// genModelCommand generates the next command in model state m: mostly an
// event the law allows now (so that every state is reached), an advance,
// or any event at all.
func genModelCommand(run *modelRun, m modelCase) gopter.Gen {
	allowed := m.permitted()
	all := enforcement.EventKinds()
	kinds := gen.Frequency(map[int]gopter.Gen{
		1: gen.OneConstOf(kindsOf(all)...),
	})
	if len(allowed) > 0 {
		// The events that lead on through the workflow weigh more than
		// those that end it at once, or the deep states are rarely reached.
		var onward, ending []enforcement.EventKind
		for _, k := range allowed {
			switch k {
			case enforcement.NoticeServed, enforcement.HolderApplied, enforcement.BondPosted, enforcement.Detention,
				enforcement.InvestigationResult, enforcement.ReceiptServed, enforcement.Confiscation,
				enforcement.BeyondPersonalUse, enforcement.Announcement, enforcement.DisposalCompleted:
				onward = append(onward, k)
			case enforcement.CourtNotice:
				if m.state == enforcement.Determined { // Recorded; the case stays.
					onward = append(onward, k)
				} else {
					ending = append(ending, k)
				}
			default:
				ending = append(ending, k)
			}
		}
		choices := map[int]gopter.Gen{2: gen.OneConstOf(kindsOf(all)...)}
		if len(onward) > 0 {
			choices[12] = gen.OneConstOf(kindsOf(onward)...)
		}
		if len(ending) > 0 {
			choices[3] = gen.OneConstOf(kindsOf(ending)...)
		}
		// Goods detained under a patent: the counter-guarantee, permitted
		// or not (a trademark too, or found infringing), often enough that
		// both outcomes are seen.
		if modelDetained(m.state) && m.rights != modelTrademark {
			choices[2] = gen.Const(enforcement.CounterGuarantee)
		}
		// Goods of an unknown party found infringing: the announcement
		// (R-PEN-5), or the confiscation that records the party found;
		// once announced, the party comes forward or the 3 months lapse.
		if m.state == enforcement.Determined && m.unknown {
			choices[24] = gen.Const(enforcement.Announcement)
		}
		if m.state == enforcement.Announced {
			choices[24] = gen.Const(enforcement.Lapse)
		}
		kinds = gen.Frequency(choices)
	}
	// The days from the previous event to the last day of the period
	// running, if one is: most events fall inside it, so that the holder
	// often acts in time.
	span := 15
	p, pending := m.pending()
	if pending {
		if d := int(p.lastDay.DaysSince(m.last)); d >= 0 && d < span {
			span = d
		}
	}
	offset := gopter.CombineGens(gen.IntRange(0, 11), gen.IntRange(0, 1<<20)).Map(func(vs []interface{}) int {
		mode, raw := vs[0].(int), vs[1].(int)
		switch {
		case mode == 0:
			return -1 // Before the previous event.
		case mode <= 8:
			return raw % (span + 1)
		}
		return raw % 16
	})
	event := gopter.CombineGens(kinds, offset, gen.IntRange(0, 99), genModelValue(), gen.IntRange(-1, 1)).Map(func(vs []interface{}) commands.Command {
		c := &modelEventCmd{run: run, kind: vs[0].(enforcement.EventKind), offset: vs[1].(int)}
		pick, random := vs[2].(int), vs[3].(int64)
		req, short := m.requiredBond(), m.requiredBond()-m.bond
		choose := func(options ...int64) int64 { return options[pick%len(options)] }
		switch c.kind {
		case enforcement.HolderApplied:
			c.amount = choose(req, req, req+1, req-1, req/2, 0, random)
			if c.amount < 0 {
				c.amount = 0
			}
		case enforcement.BondPosted:
			c.amount = choose(short, short, short-1, short+1, 1, random)
			if c.amount < 0 || pick == 99 {
				c.amount = 0 // No amount: an invalid event.
			}
		case enforcement.CounterGuarantee:
			c.amount = choose(m.value, m.value, m.value, m.value+100, m.value-1, m.value/2, random)
			if pick == 99 {
				c.amount = 0
			}
		case enforcement.InvestigationResult:
			// Infringing more often: the confiscation, announcement and
			// disposal that follow are deep in the workflow.
			c.result = []enforcement.Result{enforcement.Infringing, enforcement.Infringing, enforcement.NotInfringing, enforcement.Undetermined}[pick%4]
			if pick == 99 {
				c.result = enforcement.ResultUnknown
			}
		case enforcement.Lapse:
			c.deadline = enforcement.DeadlineKind(1 + pick%5)
			if pending && pick%5 != 0 {
				c.deadline = p.kind
				c.date = p.lastDay.AddDays(calendar.Days(1 + vs[4].(int)))
			}
		case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
			if pick != 99 { // Without reasons: an invalid event (R-PER-2).
				c.note = "for sale: 12 of one design, new"
			}
		case enforcement.DisposalCompleted:
			if pick != 99 { // Without a route: an invalid event.
				c.route = enforcement.Route(1 + pick%4)
			}
			if pick%3 == 0 {
				c.note = "special circumstances: disaster relief"
			}
		default:
			switch pick {
			case 98:
				c.amount = 100 // A stray amount: an invalid event.
			case 97:
				c.route = enforcement.Auction // A stray route: an invalid event.
			}
		}
		return c
	})
	// Advance: to a random day, or, while a period runs, more often to a
	// day before its lapse than after it.
	advance := gopter.CombineGens(gen.IntRange(0, 4), gen.IntRange(0, 1<<20)).Map(func(vs []interface{}) commands.Command {
		mode, raw := vs[0].(int), vs[1].(int)
		n := raw%106 - 5
		if pending && mode < 4 {
			end := int(p.lastDay.DaysSince(m.last))
			if mode < 3 {
				n = raw%(end+6) - 5
			} else {
				n = end + 1 + raw%30
			}
		}
		return &modelAdvanceCmd{run: run, offset: n}
	})
	if m.state == enforcement.Announced {
		return gen.OneGenOf(event, advance)
	}
	return gen.Frequency(map[int]gopter.Gen{7: event, 1: advance})
}

func kindsOf(ks []enforcement.EventKind) []interface{} {
	out := make([]interface{}, len(ks))
	for i, k := range ks {
		out[i] = k
	}
	return out
}

// TestModel_workflow drives random histories against the model; the end
// checks that the run reached every state a case can be in.
func TestModel_workflow(t *testing.T) {
	run := &modelRun{visits: map[enforcement.State]int{}, accepted: map[enforcement.EventKind]int{}}
	cmds := &commands.ProtoCommands{
		NewSystemUnderTestFunc: func(initial commands.State) commands.SystemUnderTest {
			m := initial.(modelCase)
			wd := func(n int) calendar.Period { return calendar.Period{Count: n, Unit: calendar.UnitWorkingDays} }
			rules := enforcement.Rules{Calendar: calendar.China()}
			if m.replyWD != 3 || m.investigationWD != 30 || m.courtWD != 20 || m.exCourtWD != 50 {
				rules.Reply, rules.Investigation, rules.CourtNotice, rules.ExOfficioCourtNotice = wd(m.replyWD), wd(m.investigationWD), wd(m.courtWD), wd(m.exCourtWD)
			}
			c, err := enforcement.NewCase(modelFacts(m), rules)
			return &modelSUT{c: c, opened: m.opened, err: err}
		},
		InitialStateGen: genModelCase(),
		GenCommandFunc: func(state commands.State) gopter.Gen {
			return genModelCommand(run, state.(modelCase))
		},
	}
	// 500 histories of up to 100 commands reach every state and accept
	// every kind of event with a margin (an announcement, the rarest
	// event, some ten to twenty times, half of them taken over), refuse
	// a counter-guarantee for goods under a trademark too tens of times,
	// and record a court's notice in a determined case five times or
	// more; -short runs fewer and does not ask for every state.
	runs := 500
	if testing.Short() {
		runs = 100
	}
	p := testgen.Properties(t, runs)
	p.Property("the case follows the model of the law", commands.Prop(cmds))
	p.TestingRun(t)

	var counts, missing []string
	for _, s := range enforcement.States() {
		if s.IsComposite() {
			continue
		}
		counts = append(counts, fmt.Sprintf("%s=%d", s, run.visits[s]))
		if run.visits[s] == 0 {
			missing = append(missing, s.String())
		}
	}
	t.Logf("states visited: %s", strings.Join(counts, " "))
	var acc, never []string
	for _, k := range enforcement.EventKinds() {
		acc = append(acc, fmt.Sprintf("%s=%d", k, run.accepted[k]))
		if run.accepted[k] == 0 {
			never = append(never, k.String())
		}
	}
	t.Logf("events accepted: %s", strings.Join(acc, " "))
	t.Logf("counter-guarantees refused for a patent and a trademark: %d; court notices recorded once determined: %d", run.mixedRefused, run.determinedNotices)
	if len(missing) > 0 && !t.Failed() && !testing.Short() {
		t.Errorf("states never reached: %s", strings.Join(missing, ", "))
	}
	if len(never) > 0 && !t.Failed() && !testing.Short() {
		t.Errorf("events never accepted: %s", strings.Join(never, ", "))
	}
	if run.mixedRefused == 0 && !t.Failed() && !testing.Short() {
		t.Errorf("no counter-guarantee was refused for a case about a patent and a trademark (Regs arts 19, 24(3))")
	}
	if run.determinedNotices == 0 && !t.Failed() && !testing.Short() {
		t.Errorf("no court notice was recorded in a determined case (Regs arts 23, 27)")
	}
}
