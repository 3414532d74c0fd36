package enforcement

import (
	"fmt"
	"slices"
	"strings"

	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/rights"
)

// transition is one row of the workflow: an event of kind on, in state
// from (or in a state inside the composite from), leads to state to if the
// row is selected by when and every guard is met. A row whose to is
// StateUnknown leaves the state as it is.
type transition struct {
	from   State
	on     EventKind
	to     State
	when   *selector
	guards []*guard
}

// selector chooses among rows for the same state and event, by the case's
// track or the event's facts. It is not a condition of the law: an event
// that no row selects is not allowed at all.
type selector struct {
	name  string // As the diagrams show it: "ex officio".
	match func(c Case, ev Event) bool
	event bool // It reads the event's facts, not only the case.
}

// guard is a condition of the law on a transition. check returns "" if it
// is met, else the reason in words, citing the rule.
type guard struct {
	name  string // As the diagrams show it: "bond covers".
	check func(c Case, ev Event) string
	event bool // It reads the event's facts, not only the case.
}

// transitions is the whole workflow. Order is significant: the first row
// that matches a state and an event, and whose selector chooses it, is the
// one applied; Permitted and the diagrams follow this order. The package
// documentation shows the table as a diagram.
var transitions = []transition{
	// Articles carried or mailed by individuals: customs first decides,
	// with reasons, whether they exceed the reasonable quantity for
	// personal use. Beyond it they are handled as goods, and the case
	// opens as for cargo; within it they are released (Regs art 31;
	// Penalty Regs art 64; R-PER-1, R-PER-2).
	{from: Opened, on: BeyondPersonalUse, to: StateUnknown, guards: []*guard{&personalChannel, &notYetDecided}},
	{from: Opened, on: WithinPersonalUse, to: ReleasedPersonalUse, guards: []*guard{&personalChannel, &notYetDecided}},

	// Opening: ex officio by customs' notice to the holder (Regs art 16;
	// R-EXO-1), upon application by the holder's application (Regs arts
	// 12-13); articles only once they are handled as goods (Regs art 31).
	{from: Opened, on: NoticeServed, to: Suspended, guards: []*guard{&exOfficioOnly, &recordedOnServiceDay, &handledAsGoods}},
	{from: Opened, on: HolderApplied, to: Applied, guards: []*guard{&uponApplicationOnly, &handledAsGoods}},

	// Abandonment instead of detention (Measures (2009 numbering) art 31;
	// R-PER-4 [U]): the traveller, addressee or sender may declare the
	// articles abandoned until customs detains them — before or after the
	// decision on personal use, since abandonment ends customs' handling
	// whatever the quantity. Once detained, the goods are held under Regs
	// arts 15-16 and follow the investigation or the court. An unknown
	// party declares nothing.
	// (The rows from Suspended and Applied are with theirs below.)
	{from: Opened, on: Abandonment, to: Abandoned, guards: []*guard{&personalChannel, &partyKnown}},

	// The holder's reply within 3 working days (Regs art 16; Measures art
	// 22; R-EXO-2). An act after the period is refused before the table is
	// consulted: the lapse has already released the goods.
	{from: Suspended, on: HolderApplied, to: Applied},
	{from: Suspended, on: HolderDeclined, to: ReleasedHolderDeclined},
	{from: Suspended, on: Lapse, to: ReleasedNoApplication, guards: []*guard{&lapseDue}},
	{from: Suspended, on: PoliceTransfer, to: TransferredToPolice},
	{from: Suspended, on: Abandonment, to: Abandoned, guards: []*guard{&personalChannel, &partyKnown}},

	// Customs decides on the application: detain if the bond covers the
	// required amount (Regs arts 14-16; Measures arts 16, 23; R-EXO-4,
	// R-APP-2, R-APP-3), or reject one that does not meet Regs art 13
	// (Regs art 15). Ex officio, a rejected application is no application
	// as Regs art 16 requires, and customs must not detain: the goods,
	// whose release was only suspended, are released.
	{from: Applied, on: BondPosted, to: StateUnknown},
	{from: Applied, on: Detention, to: UnderInvestigation, when: &exOfficio, guards: []*guard{&bondCovers}},
	{from: Applied, on: Detention, to: AwaitingCourt, when: &uponApplication, guards: []*guard{&bondCovers}},
	{from: Applied, on: Rejection, to: Rejected, when: &uponApplication},
	{from: Applied, on: Rejection, to: ReleasedNoApplication, when: &exOfficio},
	{from: Applied, on: Withdrawal, to: ReleasedWithdrawn},
	{from: Applied, on: Lapse, to: ReleasedNoApplication, guards: []*guard{&lapseDue}},
	{from: Applied, on: PoliceTransfer, to: TransferredToPolice},
	{from: Applied, on: Abandonment, to: Abandoned, guards: []*guard{&personalChannel, &partyKnown}},

	// Ex officio investigation (Regs art 20; Measures art 28; R-EXO-6).
	// Goods found infringing are confiscated (Regs art 27; R-EXO-8); a
	// court's notice received after the finding is recorded and the case
	// stays Determined [U]: Regs art 27 makes confiscation mandatory, and
	// no article says a court's measures undo the finding.
	{from: UnderInvestigation, on: InvestigationResult, to: Determined, when: &foundInfringing},
	{from: UnderInvestigation, on: InvestigationResult, to: ReleasedNotInfringing, when: &foundNotInfringing},
	{from: UnderInvestigation, on: InvestigationResult, to: AwaitingCourt, when: &foundUndetermined},
	{from: Determined, on: Confiscation, to: Confiscated},
	{from: Determined, on: CourtNotice, to: StateUnknown},

	// An unknown party (Penalty Regs art 62(4); Measures (2009 numbering)
	// art 32 [U]; R-PEN-5): the facts clear — the goods found infringing —
	// and the consignee unidentified, customs announces, and takes the
	// goods over when 3 calendar months pass. A party that comes forward
	// in time is identified: customs decides confiscation and serves it on
	// the party, as Regs art 27 requires of goods found infringing. (A
	// confiscation straight from Determined in a case opened with the
	// consignee unknown records that customs identified the party
	// meanwhile.)
	{from: Determined, on: Announcement, to: Announced, guards: []*guard{&partyUnknown}},
	{from: Announced, on: Confiscation, to: Confiscated},
	{from: Announced, on: Lapse, to: TakenOver, guards: []*guard{&lapseDue}},

	// Disposal of confiscated or taken-over goods by a route of Regs art
	// 27 (Measures (2009 numbering) art 33; R-DIS-1).
	{from: Confiscated, on: DisposalCompleted, to: Disposed, guards: []*guard{&lawfulRoute}},
	{from: TakenOver, on: DisposalCompleted, to: Disposed, guards: []*guard{&lawfulRoute}},

	// Whatever the stage of detention.
	{from: Detained, on: ReceiptServed, to: StateUnknown, guards: []*guard{&receiptNotServed}},
	{from: Detained, on: CourtNotice, to: CourtAssisted},
	{from: Detained, on: CounterGuarantee, to: ReleasedCounterGuarantee, guards: []*guard{&patentCase, &notFoundInfringing, &guaranteeEqualsValue}},
	{from: Detained, on: EvidenceAccepted, to: ReleasedEvidenceAccepted, guards: []*guard{&notFoundInfringing}},
	{from: Detained, on: Withdrawal, to: ReleasedWithdrawn, guards: []*guard{&notFoundInfringing}},
	{from: Detained, on: PoliceTransfer, to: TransferredToPolice},

	// No court notice in time (Regs art 24(1), (2); R-APP-4, R-EXO-7).
	{from: AwaitingCourt, on: Lapse, to: ReleasedNoCourtNotice, when: &uponApplication, guards: []*guard{&lapseDue}},
	{from: AwaitingCourt, on: Lapse, to: ReleasedUndetermined, when: &exOfficio, guards: []*guard{&lapseDue}},
	{from: UnderInvestigation, on: Lapse, to: ReleasedUndetermined, guards: []*guard{&lapseDue}},
}

// The selectors.
var (
	exOfficio          = selector{"ex officio", func(c Case, _ Event) bool { return c.facts.Track == ExOfficio }, false}
	uponApplication    = selector{"upon application", func(c Case, _ Event) bool { return c.facts.Track == UponApplication }, false}
	foundInfringing    = selector{"infringing", func(_ Case, ev Event) bool { return ev.Result == Infringing }, true}
	foundNotInfringing = selector{"not infringing", func(_ Case, ev Event) bool { return ev.Result == NotInfringing }, true}
	foundUndetermined  = selector{"undetermined", func(_ Case, ev Event) bool { return ev.Result == Undetermined }, true}
)

// The guards.
var (
	exOfficioOnly        = guard{"ex officio", needExOfficio, false}
	uponApplicationOnly  = guard{"upon application", needUponApplication, false}
	recordedOnServiceDay = guard{"recorded", needRecordation, true}
	bondCovers           = guard{"bond covers", needBond, false}
	receiptNotServed     = guard{"receipt not yet served", needNoReceipt, false}
	patentCase           = guard{"patents only", needPatent, false}
	notFoundInfringing   = guard{"not found infringing", needNotInfringing, false}
	guaranteeEqualsValue = guard{"guarantee equals value", needGuarantee, true}
	lapseDue             = guard{"period ended", needLapse, true}
	personalChannel      = guard{"personal articles", needPersonal, false}
	notYetDecided        = guard{"not yet decided", needUndecided, false}
	handledAsGoods       = guard{"handled as goods", needGoods, false}
	partyKnown           = guard{"party known", needPartyKnown, false}
	partyUnknown         = guard{"party unknown", needPartyUnknown, false}
	lawfulRoute          = guard{"lawful route", needLawfulRoute, true}
)

// needExOfficio: customs serves a notice of suspension only in the ex
// officio route (Regs art 16).
func needExOfficio(c Case, _ Event) string {
	if c.facts.Track == ExOfficio {
		return ""
	}
	return "customs serves a notice of suspension only in the ex officio route (Regs art 16): an upon-application case opens with the holder's application"
}

// needUponApplication: an ex officio case opens with customs' notice, not
// with the holder's application (Regs art 16).
func needUponApplication(c Case, _ Event) string {
	if c.facts.Track == UponApplication {
		return ""
	}
	return "an ex officio case opens with customs' notice to the holder (Regs art 16; R-EXO-1)"
}

// needRecordation: customs acts on its own initiative only for a right
// recorded with GACC, the recordation in force on the day (Regs art 16;
// R-REC-1).
func needRecordation(c Case, ev Event) string {
	for _, r := range c.facts.Recordations {
		if r.InForce(ev.Date) {
			return ""
		}
	}
	if len(c.facts.Recordations) == 0 {
		return "no recordation: customs acts on its own initiative only for a right recorded with GACC (Regs art 16; R-REC-1)"
	}
	return fmt.Sprintf("no recordation of the case is in force on %s: customs acts on its own initiative only for a recorded right (Regs arts 10, 16; R-REC-1, R-REC-7)", ev.Date)
}

// needBond: customs detains only once the bond posted covers the required
// amount (Regs arts 14-16; Measures arts 16, 23; R-EXO-4, R-APP-2).
func needBond(c Case, _ Event) string {
	if c.bondCovers() {
		return ""
	}
	req := c.RequiredBond()
	rule := "Measures art 23; R-EXO-4"
	if c.facts.Track == UponApplication {
		rule = "Regs art 14; Measures art 16; R-APP-2"
	}
	why := fmt.Sprintf("the bond posted, %s, is less than the %s required for goods worth %s (%s)",
		c.BondPosted().StringFixed(2), req.StringFixed(2), c.facts.Goods.Value().StringFixed(2), rule)
	if c.cover != nil && !c.st.applied.IsZero() {
		why += fmt.Sprintf(", since the general bond %s does not cover the application on %s: %s",
			textcode.Clip(c.cover.terms.Reference), c.st.applied, strings.Join(c.cover.reasons(c.facts, c.st.applied), "; "))
	}
	return why
}

// needNoReceipt: the detention receipt is served once (Regs art 15).
func needNoReceipt(c Case, _ Event) string {
	if c.st.receipt.IsZero() {
		return ""
	}
	return fmt.Sprintf("the detention receipt was already served on %s", c.st.receipt)
}

// needPatent: only goods suspected of infringing a patent may be released
// against guarantee money (Regs arts 19, 24(3); R-REL-1). Goods also
// suspected of infringing a trademark or a copyright stay detained on that
// suspicion, which the guarantee does not answer.
func needPatent(c Case, _ Event) string {
	if c.onlyPatents() {
		return ""
	}
	var others []string
	for _, r := range c.facts.Rights {
		if !r.Type.IsPatent() {
			others = append(others, r.Type.String()+" "+r.Number)
		}
	}
	return fmt.Sprintf("release against guarantee money is for goods suspected of infringing a patent only (Regs arts 19, 24(3); R-REL-1): the case also concerns %s", strings.Join(others, ", "))
}

// needNotInfringing: once customs has found the goods infringing, they are
// confiscated (Regs art 27): neither a withdrawal (Regs art 24(5); R-REL-4)
// nor the consignee's evidence or guarantee releases them.
func needNotInfringing(c Case, ev Event) string {
	if c.st.result != Infringing {
		return ""
	}
	switch ev.Kind {
	case Withdrawal:
		return fmt.Sprintf("customs found the goods infringing on %s: a withdrawal after that does not release them (Regs art 24(5); R-REL-4)", c.st.resulted)
	case CounterGuarantee:
		return fmt.Sprintf("customs found the goods infringing on %s: they are confiscated, not released against a guarantee (Regs arts 19, 27) [U]", c.st.resulted)
	}
	return fmt.Sprintf("customs found the goods infringing on %s (Regs arts 20, 27)", c.st.resulted)
}

// needLawfulRoute: imported goods that infringe a trademark are not let
// into commerce by auction on mere removal of the mark, save in special
// circumstances (Regs art 27 para 3; R-DIS-1), which the event's note must
// then state. The case cannot know the rest of the order of Regs art 27 —
// whether the goods could serve public welfare, whether the holder wished
// to buy — so the event records the route customs took; [DecideDisposal]
// gives the lawful one.
func needLawfulRoute(c Case, ev Event) string {
	if ev.Route != Auction || ev.Note != "" || c.facts.Direction != Import ||
		!slices.ContainsFunc(c.facts.Rights, func(r rights.Right) bool { return r.Type == rights.Trademark }) {
		return ""
	}
	return "imported goods infringing a trademark are auctioned on removal of the mark only in special circumstances (Regs art 27 para 3; R-DIS-1): state them in the note, or take the route DecideDisposal gives"
}

// needGuarantee: the guarantee money deposited equals the goods' value
// ([Goods.Value]; Regs art 19: "提供等值的担保金"; R-REL-1): less does not
// answer for the goods, and customs takes no more than the value.
func needGuarantee(c Case, ev Event) string {
	switch a := fen(ev.Amount); {
	case a < c.value:
		return fmt.Sprintf("guarantee money of %s is less than the goods' value, %s: the deposit equals the value (Regs art 19; R-REL-1)", ev.Amount.StringFixed(2), c.facts.Goods.Value().StringFixed(2))
	case a > c.value:
		return fmt.Sprintf("guarantee money of %s is more than the goods' value, %s: the deposit equals the value (Regs art 19; R-REL-1)", ev.Amount.StringFixed(2), c.facts.Goods.Value().StringFixed(2))
	}
	return ""
}

// needPersonal: the decision on personal use, and abandonment in place of
// detention, are for articles carried or mailed by individuals (Regs art
// 31; Measures (2009 numbering) art 31; R-PER-1, R-PER-4).
func needPersonal(c Case, ev Event) string {
	if c.facts.Channel.IsPersonal() {
		return ""
	}
	if ev.Kind == Abandonment {
		return fmt.Sprintf("abandonment in place of detention is for articles carried or mailed by individuals (Measures (2009 numbering) art 31; R-PER-4): the goods cross as %s", c.facts.Channel)
	}
	return fmt.Sprintf("the decision on personal use is for articles carried or mailed by individuals (Regs art 31; Penalty Regs art 64; R-PER-1): the goods cross as %s, and are goods", c.facts.Channel)
}

// needUndecided: customs decides on personal use once.
func needUndecided(c Case, _ Event) string {
	if c.st.beyond.IsZero() {
		return ""
	}
	return fmt.Sprintf("customs already decided on %s that the articles exceed the reasonable quantity for personal use (Regs art 31; R-PER-1)", c.st.beyond)
}

// needGoods: articles carried or mailed by individuals are handled as
// goods — suspended, applied for, detained — only once customs has
// decided they exceed the reasonable quantity for personal use (Regs art
// 31; Penalty Regs art 64; R-PER-1).
func needGoods(c Case, _ Event) string {
	if !c.facts.Channel.IsPersonal() || !c.st.beyond.IsZero() {
		return ""
	}
	return fmt.Sprintf("articles in the %s channel are handled as goods only once customs has decided, with reasons, that they exceed the reasonable quantity for personal use (Regs art 31; Penalty Regs art 64; R-PER-1): record beyond-personal-use first", c.facts.Channel)
}

// needPartyKnown: only the traveller, addressee or sender can declare the
// articles abandoned (Measures (2009 numbering) art 31; R-PER-4).
func needPartyKnown(c Case, _ Event) string {
	if !c.facts.ConsigneeUnknown {
		return ""
	}
	return "the consignee is unknown: no one can declare the articles abandoned (Measures (2009 numbering) art 31; R-PER-4)"
}

// needPartyUnknown: customs announces only when the party cannot be
// identified (Penalty Regs art 62(4); R-PEN-5); a known consignee is served
// the confiscation decision.
func needPartyUnknown(c Case, _ Event) string {
	if c.facts.ConsigneeUnknown {
		return ""
	}
	return fmt.Sprintf("the consignee, %q, is known: customs serves the confiscation decision on it rather than announce (Penalty Regs art 62(4); R-PEN-5)", textcode.Clip(c.facts.Consignee.Name))
}

// needLapse: a lapse is dated the day after the last day of the period it
// names, which must be running.
func needLapse(c Case, ev Event) string {
	k := c.pendingKind()
	d, err := c.deadline(k)
	switch {
	case k == DeadlineUnknown || k != ev.Deadline:
		return fmt.Sprintf("no %s period whose lapse changes the case is running in state %s", ev.Deadline, c.st.state)
	case err != nil:
		return err.Error() // Apply returns the calendar's error before the guards.
	case ev.Date != d.LapsesOn():
		return fmt.Sprintf("the %s period's last day is %s, so its lapse is dated %s", d.Kind, d.LastDay, d.LapsesOn())
	}
	return ""
}

// row returns the row for ev in case c's state, or nil.
func (c Case) row(ev Event) *transition {
	s := c.st.state
	for i := range transitions {
		t := &transitions[i]
		if t.on != ev.Kind || (t.from != s && t.from != s.Parent()) {
			continue
		}
		if t.when != nil && !t.when.match(c, ev) {
			continue
		}
		return t
	}
	return nil
}

// Permitted returns the kinds of event that may happen next, in the order
// of [EventKind]: those with a row of the workflow from the case's state
// whose conditions on the case are met (a detention only once the bond
// covers the required amount; in a personal channel, the notice or the
// application only once the articles are handled as goods). Conditions on
// the event's own facts and date (a guarantee that equals the value; a
// reply within its period) are checked when it is applied. [Lapse] is
// not listed: the periods are in [Case.Deadlines], and [Case.Advance]
// applies their lapses. A terminal case, and the zero Case, permit
// nothing.
func (c Case) Permitted() []EventKind {
	var kinds []EventKind
	s := c.st.state
	for _, t := range transitions {
		if t.on == Lapse || (t.from != s && t.from != s.Parent()) || slices.Contains(kinds, t.on) {
			continue
		}
		if t.when != nil && !t.when.event && !t.when.match(c, Event{Kind: t.on}) {
			continue
		}
		ok := true
		for _, g := range t.guards {
			if !g.event && g.check(c, Event{Kind: t.on}) != "" {
				ok = false
				break
			}
		}
		if ok {
			kinds = append(kinds, t.on)
		}
	}
	slices.Sort(kinds)
	return kinds
}
