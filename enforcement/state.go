package enforcement

import "github.com/iprborder/iprborder/internal/textcode"

// State is the stage a detention case is in. States are participles or
// adjectives; the events that lead to them ([EventKind]) are nouns.
//
// Two states are composite: [Detained] holds the stages of detained goods
// and [Released] the reasons for a release. A case is always in a leaf
// state, never in Detained or Released itself; [State.In] asks whether it
// is inside one. The zero State is [StateUnknown], the state of no case.
type State uint8

// The states. Do not reorder: the text codes are the stable form.
const (
	// StateUnknown is the zero State, the state of no case: the zero Case
	// is in it, and no Case that [NewCase] returns is. It has no text
	// code.
	StateUnknown State = iota
	// Opened: the case's facts are recorded and nothing has happened yet.
	// An ex officio case goes on with a [NoticeServed], an upon-application
	// case with a [HolderApplied].
	Opened
	// Suspended: ex officio, customs suspended the release of the goods
	// (中止放行) and served a written notice on the holder, who has 3
	// working days to apply for detention and post a bond (Regs art 16;
	// Measures arts 21-22; R-EXO-1, R-EXO-2).
	Suspended
	// Applied: the holder applied for detention (Regs arts 13, 16). Customs
	// detains once the bond covers [RequiredBond], or rejects an
	// application that does not meet Regs art 13 (Regs arts 15-16).
	Applied
	// Rejected: upon application, customs rejected an application for
	// detention that does not meet Regs arts 13-14 and notified the holder
	// (Regs art 15; R-APP-3). Terminal. (Ex officio, a rejection releases
	// the suspended goods: ReleasedNoApplication.)
	Rejected
	// Detained is composite: customs detained the goods (扣留), notified
	// the holder and serves a detention receipt on the consignee (Regs arts
	// 15-16). It holds UnderInvestigation, AwaitingCourt and Determined.
	Detained
	// UnderInvestigation: ex officio, customs investigates whether the
	// goods infringe, and notifies a [Result] within 30 working days of
	// the detention (Regs art 20; R-EXO-6).
	UnderInvestigation
	// AwaitingCourt: the holder may obtain a court's assistance notice
	// (Regs art 23): within 20 working days of the detention in the
	// upon-application route, where customs does not investigate (Regs art
	// 24(1); R-APP-4); within 50 in the ex officio route once customs has
	// found it cannot determine infringement (Regs art 24(2); R-EXO-7).
	AwaitingCourt
	// Determined: ex officio, customs found the goods infringing (Regs art
	// 20; R-EXO-6); confiscation follows (Regs art 27; R-EXO-8), and a
	// court's assistance notice received now is recorded without changing
	// the state [U]. The other two results lead on at once: NotInfringing
	// to ReleasedNotInfringing, Undetermined to AwaitingCourt.
	Determined
	// CourtAssisted: customs received a court's assistance notice and
	// assists the court's measures (Regs art 23). Terminal for customs'
	// workflow: the goods follow the court.
	CourtAssisted
	// Released is composite: customs released the goods, or must not
	// detain them. Each of its states is one reason. Terminal.
	Released
	// ReleasedNoApplication: ex officio, the holder did not apply as Regs
	// art 13 requires and post a covering bond within 3 working days of
	// service of the notice — it let the period lapse, or customs rejected
	// its application —, so customs must not detain (Regs art 16; R-EXO-3).
	ReleasedNoApplication
	// ReleasedHolderDeclined: ex officio, the holder replied that the goods
	// do not infringe or that it does not want detention (Measures art
	// 22(2); Regs art 16).
	ReleasedHolderDeclined
	// ReleasedNoCourtNotice: upon application, no court assistance notice
	// within 20 working days of the detention (Regs art 24(1); R-APP-4).
	ReleasedNoCourtNotice
	// ReleasedUndetermined: ex officio, no court assistance notice within
	// 50 working days of the detention, and customs did not find the
	// goods infringing (Regs art 24(2); R-EXO-7).
	ReleasedUndetermined
	// ReleasedCounterGuarantee: patent case, the consignee deposited
	// guarantee money equal to the goods' value and asked for release
	// (Regs arts 19, 24(3); R-REL-1).
	ReleasedCounterGuarantee
	// ReleasedEvidenceAccepted: customs found the consignee's evidence of
	// non-infringement sufficient (Regs art 24(4); R-REL-3).
	ReleasedEvidenceAccepted
	// ReleasedWithdrawn: the holder withdrew the application before customs
	// found the goods infringing (Regs art 24(5); R-REL-4).
	ReleasedWithdrawn
	// ReleasedNotInfringing: ex officio, the investigation's result was
	// that the goods do not infringe (Regs arts 20, 24(4); Measures art
	// 28; R-EXO-6, R-REL-3).
	ReleasedNotInfringing
	// Confiscated: customs decided to confiscate goods found infringing
	// and served the decision (Regs art 27; R-EXO-8). Disposal follows, by
	// the first lawful route of Regs art 27 ([DisposalCompleted]; R-DIS-1);
	// the holder pays storage for at most 3 months after service
	// ([Case.FeeCap]; Measures (2009 numbering) art 34; R-FEE-3).
	Confiscated
	// TransferredToPolice: customs transferred the case to the public
	// security organ on suspicion of a crime (Regs art 26; R-PEN-4): it
	// leaves the administrative workflow. Terminal.
	TransferredToPolice

	// The states below were added after the ones above; the text codes,
	// not the order, are the stable form.

	// ReleasedPersonalUse: in a personal channel ([Channel.IsPersonal]),
	// customs decided with reasons that the articles are for personal use
	// in a reasonable quantity, so they are not handled as goods and are
	// released (Regs art 31; Penalty Regs art 64; R-PER-1, R-PER-2). A
	// Released state, terminal.
	ReleasedPersonalUse
	// Abandoned: in a personal channel, before detention, the traveller,
	// addressee or sender declared the articles abandoned and customs
	// accepted, so customs does not detain them (Measures (2009 numbering)
	// art 31; R-PER-4 [U]). Terminal.
	Abandoned
	// Announced: the goods were found infringing, the facts are clear,
	// and the consignee cannot be identified ([Facts.ConsigneeUnknown]):
	// customs announced the case, and the party has 3 calendar months to
	// come forward ([AnnouncementPeriod]; Penalty Regs art 62(4); Measures
	// (2009 numbering) art 32 [U]; R-PEN-5). If it does, customs decides
	// and serves confiscation ([Confiscation]); if not, the lapse takes
	// the goods over.
	Announced
	// TakenOver: no party came forward within 3 calendar months of the
	// announcement, and the goods were taken over (收缴; Penalty Regs art
	// 62(4); R-PEN-5). Disposal follows as for confiscated goods (Regs art
	// 27; R-DIS-1).
	TakenOver
	// Disposed: customs completed the disposal of confiscated or
	// taken-over goods by one of the routes of Regs art 27 ([Route];
	// R-DIS-1). Terminal.
	Disposed
)

var stateCodes = textcode.New[State]("State", []string{
	Opened:                   "opened",
	Suspended:                "suspended",
	Applied:                  "applied",
	Rejected:                 "rejected",
	Detained:                 "detained",
	UnderInvestigation:       "under-investigation",
	AwaitingCourt:            "awaiting-court",
	Determined:               "determined",
	CourtAssisted:            "court-assisted",
	Released:                 "released",
	ReleasedNoApplication:    "released-no-application",
	ReleasedHolderDeclined:   "released-holder-declined",
	ReleasedNoCourtNotice:    "released-no-court-notice",
	ReleasedUndetermined:     "released-undetermined",
	ReleasedCounterGuarantee: "released-counter-guarantee",
	ReleasedEvidenceAccepted: "released-evidence-accepted",
	ReleasedWithdrawn:        "released-withdrawn",
	ReleasedNotInfringing:    "released-not-infringing",
	Confiscated:              "confiscated",
	TransferredToPolice:      "transferred-to-police",
	ReleasedPersonalUse:      "released-personal-use",
	Abandoned:                "abandoned",
	Announced:                "announced",
	TakenOver:                "taken-over",
	Disposed:                 "disposed",
})

// States returns every state other than StateUnknown, composite ones
// included, in the order of their declaration.
func States() []State { return stateCodes.Values() }

// IsValid reports whether s is one of the states above other than
// StateUnknown.
func (s State) IsValid() bool { return stateCodes.Valid(s) }

// Parent returns the composite state that holds s ([Detained] or
// [Released]), or StateUnknown if no state holds it.
func (s State) Parent() State {
	switch {
	case s >= UnderInvestigation && s <= Determined:
		return Detained
	case s >= ReleasedNoApplication && s <= ReleasedNotInfringing, s == ReleasedPersonalUse:
		return Released
	}
	return StateUnknown
}

// In reports whether s is t or inside the composite state t:
// UnderInvestigation.In(Detained) is true.
func (s State) In(t State) bool { return s.IsValid() && (s == t || s.Parent() == t) }

// IsComposite reports whether s is [Detained] or [Released], which hold
// other states and are never a case's state themselves.
func (s State) IsComposite() bool { return s == Detained || s == Released }

// IsTerminal reports whether no event leads out of s: Rejected,
// CourtAssisted, TransferredToPolice, Abandoned, Disposed and every
// Released state. Confiscated and TakenOver are not: disposal follows
// them (Regs art 27). Deadlines no longer run in a terminal state, and
// [Case.Advance] leaves it alone.
func (s State) IsTerminal() bool {
	switch s {
	case Rejected, CourtAssisted, TransferredToPolice, Abandoned, Disposed:
		return true
	}
	return s.In(Released)
}

// String returns the stable text code of s ("suspended",
// "released-no-application", ...), or "%!State(n)".
func (s State) String() string { return stateCodes.String(s) }

// AppendText appends the text code of s to b.
func (s State) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(stateCodes, "State", b, s)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (s State) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (s *State) UnmarshalText(text []byte) error {
	v, err := enumParse(stateCodes, "State", text)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
