package enforcement_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCase_workflows runs whole cases on both tracks to each end the law
// provides, every release reason reached by its own rule. Each row's
// dates are consistent with its periods, counted by hand in
// deadline_test.go: reply from Fri 2024-02-09 ends Tue 2024-02-20; from a
// detention on Fri 2024-09-27, 20 WD end Wed 2024-10-30, 30 WD Wed
// 2024-11-13, 50 WD Wed 2024-12-11.
func TestCase_workflows(t *testing.T) {
	type E = enforcement.Event
	notice := eventOn(enforcement.NoticeServed, "2024-02-09")
	exDetained := []E{notice, appliedOn("2024-02-19", "20000"), eventOn(enforcement.Detention, "2024-09-27")}
	// exDetained's detention is months after the application: the reply
	// period stops once the bond covers, and the law sets no period for
	// customs to detain. The deadlines still count from the detention.
	appDetained := appDetainedOn("2024-09-27")
	then := func(h []E, more ...E) []E { return append(append([]E(nil), h...), more...) }

	for _, tc := range []struct {
		name  string
		rule  string
		facts enforcement.Facts
		steps []E
		want  enforcement.State
	}{
		// Ex officio (Regs arts 16-20, 24, 27; R-EXO-*).
		{"ex officio: suspended on notice", "Regs art 16; R-EXO-1", exOfficioFacts(),
			[]E{notice}, enforcement.Suspended},
		{"ex officio: holder declines", "Measures art 22(2); Regs art 16", exOfficioFacts(),
			then([]E{notice}, eventOn(enforcement.HolderDeclined, "2024-02-12")), enforcement.ReleasedHolderDeclined},
		{"ex officio: no reply in 3 WD", "Regs art 16; R-EXO-3", exOfficioFacts(),
			then([]E{notice}, lapseOn("2024-02-21", enforcement.ReplyPeriod)), enforcement.ReleasedNoApplication},
		{"ex officio: applied on the last day with a short bond", "Regs art 16; Measures art 23; R-EXO-3, R-EXO-4", exOfficioFacts(),
			then([]E{notice}, appliedOn("2024-02-20", "15000"), lapseOn("2024-02-21", enforcement.ReplyPeriod)), enforcement.ReleasedNoApplication},
		{"ex officio: bond topped up on the last day, then detained", "Measures art 23; R-EXO-4", exOfficioFacts(),
			then([]E{notice}, appliedOn("2024-02-19", "0"), bondOn("2024-02-20", "15000"), bondOn("2024-02-20", "5000"), eventOn(enforcement.Detention, "2024-02-22")),
			enforcement.UnderInvestigation},
		{"ex officio: application rejected, goods released", "Regs arts 13, 15-16; R-EXO-3", exOfficioFacts(),
			then([]E{notice}, appliedOn("2024-02-19", "20000"), eventOn(enforcement.Rejection, "2024-02-20")), enforcement.ReleasedNoApplication},
		{"ex officio: withdrawn before detention", "Regs art 24(5); R-REL-4", exOfficioFacts(),
			then([]E{notice}, appliedOn("2024-02-19", "20000"), eventOn(enforcement.Withdrawal, "2024-02-20")), enforcement.ReleasedWithdrawn},
		{"ex officio: found not infringing", "Regs arts 20, 24(4); R-EXO-6", exOfficioFacts(),
			then(exDetained, resultOn("2024-11-13", enforcement.NotInfringing)), enforcement.ReleasedNotInfringing},
		{"ex officio: found infringing", "Regs art 20; R-EXO-6", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), enforcement.Determined},
		{"ex officio: confiscated", "Regs art 27; R-EXO-8", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-12-20")), enforcement.Confiscated},
		{"ex officio: a court's notice after the finding is recorded", "Regs arts 20, 23, 27 [U]", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.CourtNotice, "2024-10-20")), enforcement.Determined},
		{"ex officio: confiscated after a court's notice", "Regs art 27; R-EXO-8", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.CourtNotice, "2024-10-20"), eventOn(enforcement.Confiscation, "2024-12-20")), enforcement.Confiscated},
		{"ex officio: undetermined, awaiting the court", "Regs art 20; Measures art 29; R-EXO-6", exOfficioFacts(),
			then(exDetained, resultOn("2024-11-13", enforcement.Undetermined)), enforcement.AwaitingCourt},
		{"ex officio: undetermined, court assists", "Regs arts 23, 24(2); R-EXO-7", exOfficioFacts(),
			then(exDetained, resultOn("2024-11-13", enforcement.Undetermined), eventOn(enforcement.CourtNotice, "2024-12-11")), enforcement.CourtAssisted},
		{"ex officio: undetermined, no court notice in 50 WD", "Regs art 24(2); R-EXO-7", exOfficioFacts(),
			then(exDetained, resultOn("2024-11-13", enforcement.Undetermined), lapseOn("2024-12-12", enforcement.ExOfficioCourtPeriod)), enforcement.ReleasedUndetermined},
		{"ex officio: no result and no court notice in 50 WD", "Regs art 24(2); R-EXO-7", exOfficioFacts(),
			then(exDetained, lapseOn("2024-12-12", enforcement.ExOfficioCourtPeriod)), enforcement.ReleasedUndetermined},
		{"ex officio: court assists during the investigation", "Regs arts 23, 24(2)", exOfficioFacts(),
			then(exDetained, eventOn(enforcement.CourtNotice, "2024-10-10")), enforcement.CourtAssisted},
		{"ex officio: evidence accepted", "Regs art 24(4); R-REL-3", exOfficioFacts(),
			then(exDetained, eventOn(enforcement.ReceiptServed, "2024-09-29"), eventOn(enforcement.EvidenceAccepted, "2024-10-21")), enforcement.ReleasedEvidenceAccepted},
		{"ex officio: withdrawn during the investigation", "Regs art 24(5); R-REL-4", exOfficioFacts(),
			then(exDetained, eventOn(enforcement.Withdrawal, "2024-10-21")), enforcement.ReleasedWithdrawn},
		{"ex officio: withdrawn once undetermined", "Regs art 24(5); R-REL-4", exOfficioFacts(),
			then(exDetained, resultOn("2024-11-13", enforcement.Undetermined), eventOn(enforcement.Withdrawal, "2024-11-20")), enforcement.ReleasedWithdrawn},
		{"ex officio patent: counter-guarantee equal to the value", "Regs arts 19, 24(3); R-REL-1", patentFacts(enforcement.ExOfficio),
			then(exDetained, eventOn(enforcement.ReceiptServed, "2024-09-30"), guaranteeOn("2024-10-08", "30000")), enforcement.ReleasedCounterGuarantee},
		{"ex officio patent: counter-guarantee once undetermined", "Regs arts 19, 24(3); R-REL-1", patentFacts(enforcement.ExOfficio),
			then(exDetained, resultOn("2024-11-13", enforcement.Undetermined), guaranteeOn("2024-11-14", "30000.00")), enforcement.ReleasedCounterGuarantee},
		{"ex officio: to the police while suspended", "Regs art 26; R-PEN-4", exOfficioFacts(),
			then([]E{notice}, eventOn(enforcement.PoliceTransfer, "2024-02-19")), enforcement.TransferredToPolice},
		{"ex officio: to the police once applied", "Regs art 26; R-PEN-4", exOfficioFacts(),
			then([]E{notice}, appliedOn("2024-02-19", "5000"), eventOn(enforcement.PoliceTransfer, "2024-02-19")), enforcement.TransferredToPolice},
		{"ex officio: to the police during the investigation", "Regs art 26; R-PEN-4", exOfficioFacts(),
			then(exDetained, eventOn(enforcement.PoliceTransfer, "2024-10-08")), enforcement.TransferredToPolice},
		{"ex officio: to the police once found infringing", "Regs art 26; R-PEN-4", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.PoliceTransfer, "2024-10-16")), enforcement.TransferredToPolice},

		// Upon application (Regs arts 12-15, 19, 23-24; R-APP-*).
		{"upon application: applied", "Regs art 13", uponApplicationFacts(),
			[]E{appliedOn("2024-09-20", "0")}, enforcement.Applied},
		{"upon application: rejected", "Regs art 15; R-APP-3", uponApplicationFacts(),
			[]E{appliedOn("2024-09-20", "30000"), eventOn(enforcement.Rejection, "2024-09-23")}, enforcement.Rejected},
		{"upon application: detained once the bond covers the value", "Regs arts 14-15; R-APP-2, R-APP-3", uponApplicationFacts(),
			[]E{appliedOn("2024-09-20", "0"), bondOn("2024-09-23", "29999.99"), bondOn("2024-09-24", "0.01"), eventOn(enforcement.Detention, "2024-09-27")}, enforcement.AwaitingCourt},
		{"upon application: withdrawn before detention", "Regs art 24(5); R-REL-4", uponApplicationFacts(),
			[]E{appliedOn("2024-09-20", "30000"), eventOn(enforcement.Withdrawal, "2024-09-23")}, enforcement.ReleasedWithdrawn},
		{"upon application: court assists on the 20th WD", "Regs arts 23, 24(1); R-APP-4", uponApplicationFacts(),
			then(appDetained, eventOn(enforcement.ReceiptServed, "2024-09-29"), eventOn(enforcement.CourtNotice, "2024-10-30")), enforcement.CourtAssisted},
		{"upon application: no court notice in 20 WD", "Regs art 24(1); R-APP-4", uponApplicationFacts(),
			then(appDetained, lapseOn("2024-10-31", enforcement.CourtPeriod)), enforcement.ReleasedNoCourtNotice},
		{"upon application: evidence accepted", "Regs art 24(4); R-REL-3", uponApplicationFacts(),
			then(appDetained, eventOn(enforcement.EvidenceAccepted, "2024-10-08")), enforcement.ReleasedEvidenceAccepted},
		{"upon application: withdrawn after detention", "Regs art 24(5); R-REL-4", uponApplicationFacts(),
			then(appDetained, eventOn(enforcement.Withdrawal, "2024-10-08")), enforcement.ReleasedWithdrawn},
		{"upon application patent: counter-guarantee equal to the value", "Regs arts 19, 24(3); R-REL-1", patentFacts(enforcement.UponApplication),
			then(appDetained, guaranteeOn("2024-10-08", "30000")), enforcement.ReleasedCounterGuarantee},
		{"upon application: to the police", "Regs art 26; R-PEN-4", uponApplicationFacts(),
			then(appDetained, eventOn(enforcement.PoliceTransfer, "2024-10-08")), enforcement.TransferredToPolice},

		// Disposal (Regs art 27; R-DIS-1).
		{"ex officio: confiscated goods destroyed", "Regs art 27; R-DIS-1", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-10-21"), disposedOn("2025-01-10", enforcement.Destruction)), enforcement.Disposed},
		{"ex officio: confiscated goods to public welfare", "Regs art 27 para 1; R-DIS-1", exOfficioFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-10-21"), disposedOn("2024-10-21", enforcement.PublicWelfare)), enforcement.Disposed},

		// Personal articles (Regs art 31; Penalty Regs art 64; Measures
		// (2009 numbering) art 31; R-PER-1, R-PER-2, R-PER-4).
		{"luggage: within personal use, released", "Regs art 31; R-PER-1, R-PER-2", personalFacts(enforcement.Luggage),
			[]E{decisionOn(enforcement.WithinPersonalUse, "2024-02-09")}, enforcement.ReleasedPersonalUse},
		{"postal: beyond personal use, the decision recorded", "Regs art 31; R-PER-1", personalFacts(enforcement.Postal),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08")}, enforcement.Opened},
		{"postal: beyond personal use, handled as goods to disposal", "Regs arts 27, 31; R-PER-1, R-DIS-1", personalFacts(enforcement.Postal),
			then([]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), notice, appliedOn("2024-02-19", "9600"), eventOn(enforcement.Detention, "2024-02-21"),
				resultOn("2024-03-01", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-03-05"), disposedOn("2024-04-01", enforcement.Destruction)}), enforcement.Disposed},
		{"luggage upon application: beyond personal use, applied", "Regs arts 13, 31; R-PER-1", func() enforcement.Facts {
			f := personalFacts(enforcement.Luggage)
			f.Track, f.Recordations = enforcement.UponApplication, nil
			return f
		}(), []E{decisionOn(enforcement.BeyondPersonalUse, "2024-09-20"), appliedOn("2024-09-20", "9600")}, enforcement.Applied},
		{"luggage: abandoned before the decision", "Measures (2009 numbering) art 31; R-PER-4", personalFacts(enforcement.Luggage),
			[]E{eventOn(enforcement.Abandonment, "2024-02-09")}, enforcement.Abandoned},
		{"postal: abandoned after the decision", "Measures (2009 numbering) art 31; R-PER-4", personalFacts(enforcement.Postal),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), eventOn(enforcement.Abandonment, "2024-02-09")}, enforcement.Abandoned},
		{"postal: abandoned while suspended", "Measures (2009 numbering) art 31; R-PER-4", personalFacts(enforcement.Postal),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), notice, eventOn(enforcement.Abandonment, "2024-02-12")}, enforcement.Abandoned},
		{"postal: abandoned once applied", "Measures (2009 numbering) art 31; R-PER-4", personalFacts(enforcement.Postal),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), notice, appliedOn("2024-02-19", "9600"), eventOn(enforcement.Abandonment, "2024-02-20")}, enforcement.Abandoned},

		// An unknown party (Penalty Regs art 62(4); R-PEN-5). The
		// announcement of Thu 2024-10-31 runs 3 months to Fri 2025-01-31,
		// in the Spring Festival holiday (28 Jan - 4 Feb), so to Wed
		// 2025-02-05 (Civil Code art 203); its lapse is dated 2025-02-06.
		{"unknown party: announced", "Penalty Regs art 62(4); R-PEN-5", unknownPartyFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")), enforcement.Announced},
		{"unknown party: no one comes forward, taken over", "Penalty Regs art 62(4); R-PEN-5", unknownPartyFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31"), lapseOn("2025-02-06", enforcement.AnnouncementPeriod)), enforcement.TakenOver},
		{"unknown party: taken over, then auctioned", "Regs art 27; R-PEN-5, R-DIS-1", unknownPartyFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31"), lapseOn("2025-02-06", enforcement.AnnouncementPeriod),
				disposedOn("2025-03-03", enforcement.Auction)), enforcement.Disposed},
		{"unknown party: comes forward on the last day, confiscated", "Regs art 27; Penalty Regs art 62(4); R-PEN-5", unknownPartyFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31"), eventOn(enforcement.Confiscation, "2025-02-05")), enforcement.Confiscated},
		{"unknown party: identified before any announcement, confiscated", "Regs art 27; R-EXO-8", unknownPartyFacts(),
			then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-10-21")), enforcement.Confiscated},
	} {
		t.Run(tc.name+" ("+tc.rule+")", func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.steps...)
			assert.Equal(t, tc.want, c.State())
			assert.Equal(t, len(tc.steps), c.Len())
			assert.Equal(t, tc.want.IsTerminal(), len(c.Permitted()) == 0, "Permitted() = %v in %s", c.Permitted(), c.State())
			for i, ev := range c.Events() {
				assert.Truef(t, ev.Equal(tc.steps[i]), "Events()[%d] = %v; want %v", i, ev, tc.steps[i])
			}
			again, err := enforcement.Replay(tc.facts, rulesChina(), tc.steps)
			require.NoError(t, err)
			assert.True(t, again.Equal(c), "Replay of the history equals the case")
			assert.Equal(t, c.State(), again.State())
		})
	}
}

// TestCase_factsRecorded checks what the history establishes besides the
// state: the bond posted, the detention day, the result.
func TestCase_factsRecorded(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()),
		eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-19", "12000.50"), bondOn("2024-02-20", "7999.50"))
	assert.Truef(t, c.BondPosted().Equal(amt("20000")), "BondPosted() = %s; want 20000", c.BondPosted())
	_, detained := c.Detained()
	assert.False(t, detained)
	r, _ := c.Result()
	assert.Equal(t, enforcement.ResultUnknown, r)

	c = mustApply(t, c, eventOn(enforcement.Detention, "2024-02-21"), resultOn("2024-03-01", enforcement.Undetermined))
	day, detained := c.Detained()
	assert.True(t, detained)
	assert.Equal(t, d("2024-02-21"), day)
	r, on := c.Result()
	assert.Equal(t, enforcement.Undetermined, r)
	assert.Equal(t, d("2024-03-01"), on)
	assert.Equal(t, enforcement.ExOfficio, c.Track())
	assert.Equal(t, caseID, c.ID())
	assert.True(t, c.Facts().Equal(exOfficioFacts()))
}

// TestCase_Permitted lists, state by state, the kinds of event that may
// come next, derived by hand from the transition table in doc.go and in
// the order of EventKind. Lapse is never listed; a guard on the case (the
// bond covers, the receipt not yet served, patents only, not found infringing)
// removes its event, a guard on the event's own facts does not.
func TestCase_Permitted(t *testing.T) {
	type K = enforcement.EventKind
	const (
		notice, applied, declined, bond, detention, rejection   = enforcement.NoticeServed, enforcement.HolderApplied, enforcement.HolderDeclined, enforcement.BondPosted, enforcement.Detention, enforcement.Rejection
		receipt, result, court, guarantee, evidence, withdrawal = enforcement.ReceiptServed, enforcement.InvestigationResult, enforcement.CourtNotice, enforcement.CounterGuarantee, enforcement.EvidenceAccepted, enforcement.Withdrawal
		confiscation, police                                    = enforcement.Confiscation, enforcement.PoliceTransfer
		beyond, within, abandonment, announcement, disposal     = enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse, enforcement.Abandonment, enforcement.Announcement, enforcement.DisposalCompleted
	)
	infringing := append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing))
	announced := append(append([]enforcement.Event(nil), infringing...), eventOn(announcement, "2024-10-31"))
	beyondOn := decisionOn(beyond, "2024-02-08")
	exNotice := eventOn(notice, "2024-02-09")
	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		events []enforcement.Event
		want   []K
	}{
		{"ex officio opened", exOfficioFacts(), nil, []K{notice}},
		{"upon application opened", uponApplicationFacts(), nil, []K{applied}},
		{"suspended", exOfficioFacts(), []enforcement.Event{exNotice}, []K{applied, declined, police}},
		// Ex officio, customs may reject an application that fails Regs
		// art 13, and the goods are released (Regs art 16).
		{"ex officio applied, bond short", exOfficioFacts(), []enforcement.Event{exNotice, appliedOn("2024-02-19", "19999.99")},
			[]K{bond, rejection, withdrawal, police}},
		{"ex officio applied, bond covers", exOfficioFacts(), []enforcement.Event{exNotice, appliedOn("2024-02-19", "20000")},
			[]K{bond, detention, rejection, withdrawal, police}},
		{"upon application applied, bond short", uponApplicationFacts(), []enforcement.Event{appliedOn("2024-09-20", "29999.99")},
			[]K{bond, rejection, withdrawal, police}},
		{"upon application applied, bond covers", uponApplicationFacts(), []enforcement.Event{appliedOn("2024-09-20", "30000")},
			[]K{bond, detention, rejection, withdrawal, police}},
		{"under investigation, trademark", exOfficioFacts(), exDetainedOn("2024-09-27"),
			[]K{receipt, result, court, evidence, withdrawal, police}},
		{"under investigation, patent", patentFacts(enforcement.ExOfficio), exDetainedOn("2024-09-27"),
			[]K{receipt, result, court, guarantee, evidence, withdrawal, police}},
		{"under investigation, receipt served", exOfficioFacts(), append(exDetainedOn("2024-09-27"), eventOn(receipt, "2024-09-27")),
			[]K{result, court, evidence, withdrawal, police}},
		{"determined, patent", patentFacts(enforcement.ExOfficio), append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing)),
			[]K{receipt, court, confiscation, police}},
		{"ex officio awaiting court, patent", patentFacts(enforcement.ExOfficio), append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Undetermined)),
			[]K{receipt, court, guarantee, evidence, withdrawal, police}},
		{"upon application awaiting court, trademark", uponApplicationFacts(), appDetainedOn("2024-09-27"),
			[]K{receipt, court, evidence, withdrawal, police}},
		{"upon application awaiting court, patent", patentFacts(enforcement.UponApplication), appDetainedOn("2024-09-27"),
			[]K{receipt, court, guarantee, evidence, withdrawal, police}},
		{"rejected", uponApplicationFacts(), []enforcement.Event{appliedOn("2024-09-20", "30000"), eventOn(rejection, "2024-09-23")}, nil},
		{"released", exOfficioFacts(), []enforcement.Event{exNotice, eventOn(declined, "2024-02-09")}, nil},
		{"confiscated", exOfficioFacts(), append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing), eventOn(confiscation, "2024-10-16")), []K{disposal}},
		{"disposed", exOfficioFacts(), append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing), eventOn(confiscation, "2024-10-16"),
			disposedOn("2024-11-01", enforcement.Destruction)), nil},

		// Personal articles: the decision first, abandonment until
		// detention (Regs art 31; Measures (2009 numbering) art 31).
		{"postal opened", personalFacts(enforcement.Postal), nil, []K{beyond, within, abandonment}},
		{"luggage opened upon application", func() enforcement.Facts {
			f := personalFacts(enforcement.Luggage)
			f.Track = enforcement.UponApplication
			return f
		}(), nil, []K{beyond, within, abandonment}},
		{"postal beyond personal use", personalFacts(enforcement.Postal), []enforcement.Event{beyondOn}, []K{notice, abandonment}},
		{"postal suspended", personalFacts(enforcement.Postal), []enforcement.Event{beyondOn, exNotice}, []K{applied, declined, police, abandonment}},
		{"postal applied", personalFacts(enforcement.Postal), []enforcement.Event{beyondOn, exNotice, appliedOn("2024-02-19", "9600")},
			[]K{bond, detention, rejection, withdrawal, police, abandonment}},
		{"postal detained", personalFacts(enforcement.Postal), []enforcement.Event{beyondOn, exNotice, appliedOn("2024-02-19", "9600"), eventOn(detention, "2024-02-20")},
			[]K{receipt, result, court, evidence, withdrawal, police}},
		{"postal, unknown sender", func() enforcement.Facts {
			f := personalFacts(enforcement.Postal)
			f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{}
			return f
		}(), nil, []K{beyond, within}},
		{"released for personal use", personalFacts(enforcement.Luggage), []enforcement.Event{decisionOn(within, "2024-02-09")}, nil},
		{"abandoned", personalFacts(enforcement.Luggage), []enforcement.Event{eventOn(abandonment, "2024-02-09")}, nil},

		// An unknown party (Penalty Regs art 62(4); R-PEN-5).
		{"determined, party unknown", unknownPartyFacts(), infringing, []K{receipt, court, confiscation, police, announcement}},
		{"announced", unknownPartyFacts(), announced, []K{confiscation}},
		{"taken over", unknownPartyFacts(), append(announced, lapseOn("2025-02-06", enforcement.AnnouncementPeriod)), []K{disposal}},
		{"court assisted", uponApplicationFacts(), append(appDetainedOn("2024-09-27"), eventOn(court, "2024-10-16")), nil},
		{"transferred to police", exOfficioFacts(), []enforcement.Event{exNotice, eventOn(police, "2024-02-09")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.events...)
			got := c.Permitted()
			if len(tc.want) == 0 {
				assert.Emptyf(t, got, "Permitted() in %s", c.State())
				return
			}
			assert.Equalf(t, tc.want, got, "Permitted() in %s", c.State())
		})
	}
	assert.Empty(t, enforcement.Case{}.Permitted(), "the zero Case permits nothing")
}

// TestCase_Permitted_agreesWithApply checks that each permitted kind, with
// facts that meet the event's own guards, is accepted, and each other
// kind refused, in every state the workflow test reaches.
func TestCase_Permitted_agreesWithApply(t *testing.T) {
	histories := map[string]struct {
		f      enforcement.Facts
		events []enforcement.Event
	}{
		"suspended":            {exOfficioFacts(), []enforcement.Event{eventOn(enforcement.NoticeServed, "2024-09-27")}},
		"applied short":        {exOfficioFacts(), []enforcement.Event{eventOn(enforcement.NoticeServed, "2024-09-27"), appliedOn("2024-09-27", "100")}},
		"applied covered":      {uponApplicationFacts(), []enforcement.Event{appliedOn("2024-09-27", "30000")}},
		"under investigation":  {patentFacts(enforcement.ExOfficio), exDetainedOn("2024-09-27")},
		"determined":           {patentFacts(enforcement.ExOfficio), append(exDetainedOn("2024-09-27"), resultOn("2024-09-27", enforcement.Infringing))},
		"awaiting court":       {patentFacts(enforcement.UponApplication), appDetainedOn("2024-09-27")},
		"awaiting court (exo)": {patentFacts(enforcement.ExOfficio), append(exDetainedOn("2024-09-27"), resultOn("2024-09-27", enforcement.Undetermined))},
		"confiscated":          {patentFacts(enforcement.ExOfficio), append(exDetainedOn("2024-09-27"), resultOn("2024-09-27", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-09-27"))},
		"postal opened":        {personalFacts(enforcement.Postal), nil},
		"luggage beyond":       {personalFacts(enforcement.Luggage), []enforcement.Event{decisionOn(enforcement.BeyondPersonalUse, "2024-09-26")}},
		"postal suspended":     {personalFacts(enforcement.Postal), []enforcement.Event{decisionOn(enforcement.BeyondPersonalUse, "2024-09-26"), eventOn(enforcement.NoticeServed, "2024-09-26")}},
		"cargo opened":         {exOfficioFacts(), nil},
		"determined, unknown":  {unknownPartyFacts(), append(exDetainedOn("2024-09-27"), resultOn("2024-09-27", enforcement.Infringing))},
		"announced":            {unknownPartyFacts(), append(exDetainedOn("2024-09-27"), resultOn("2024-09-27", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-09-27"))},
		// Announced Mon 2024-06-03: 3 months end Tue 2024-09-03.
		"taken over": {unknownPartyFacts(), append(exDetainedOn("2024-05-20"), resultOn("2024-05-31", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-06-03"),
			lapseOn("2024-09-04", enforcement.AnnouncementPeriod))},
	}
	for name, h := range histories {
		t.Run(name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, h.f), h.events...)
			permitted := c.Permitted()
			for _, k := range enforcement.EventKinds() {
				if k == enforcement.Lapse {
					continue
				}
				ev := enforcement.Event{Kind: k, Date: d("2024-09-27")}
				switch k {
				case enforcement.HolderApplied, enforcement.BondPosted, enforcement.CounterGuarantee:
					ev.Amount = amt("30000")
				case enforcement.InvestigationResult:
					ev.Result = enforcement.Undetermined
				case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
					ev.Note = "the reasons"
				case enforcement.DisposalCompleted:
					ev.Route = enforcement.Destruction
				}
				_, err := c.Apply(ev)
				want := false
				for _, p := range permitted {
					want = want || p == k
				}
				if want {
					assert.NoErrorf(t, err, "%s is permitted in %s", k, c.State())
				} else {
					assert.ErrorIsf(t, err, enforcement.ErrInvalidTransition, "%s is not permitted in %s", k, c.State())
				}
			}
		})
	}
}

// TestCase_Apply_refused checks every way the workflow refuses an event:
// the error's fields, the rule its Unmet text cites, and a case unchanged.
func TestCase_Apply_refused(t *testing.T) {
	type E = enforcement.Event
	notice := eventOn(enforcement.NoticeServed, "2024-02-09")
	exDetained := exDetainedOn("2024-09-27")
	appDetained := appDetainedOn("2024-09-27")
	then := func(h []E, more ...E) []E { return append(append([]E(nil), h...), more...) }
	for _, tc := range []struct {
		name    string
		facts   enforcement.Facts
		history []E
		ev      E
		unmet   []string // Each must appear in the Unmet text; none: not allowed at all.
		lapsed  enforcement.DeadlineKind
		lastDay string
	}{
		{"dated before the previous event", exOfficioFacts(), []E{notice}, appliedOn("2024-02-08", "20000"),
			[]string{"dated before the previous event", "notice-served on 2024-02-09"}, 0, ""},
		{"dated before the previous event, same kind", uponApplicationFacts(), []E{appliedOn("2024-09-20", "0"), bondOn("2024-09-23", "100")}, bondOn("2024-09-22", "100"),
			[]string{"dated before the previous event"}, 0, ""},
		{"no row: detention before the notice", exOfficioFacts(), nil, eventOn(enforcement.Detention, "2024-02-09"), nil, 0, ""},
		{"no row: confiscation before a finding", exOfficioFacts(), exDetained, eventOn(enforcement.Confiscation, "2024-10-08"), nil, 0, ""},
		{"no row: a second notice", exOfficioFacts(), []E{notice}, eventOn(enforcement.NoticeServed, "2024-02-10"), nil, 0, ""},
		{"no row: result upon application", uponApplicationFacts(), appDetained, resultOn("2024-10-08", enforcement.Infringing), nil, 0, ""},
		{"no row: confiscated goods to the police", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-10-16")),
			eventOn(enforcement.PoliceTransfer, "2024-10-17"), nil, 0, ""},
		{"no row: a holder's decline upon application", uponApplicationFacts(), []E{appliedOn("2024-09-20", "0")}, eventOn(enforcement.HolderDeclined, "2024-09-20"), nil, 0, ""},
		{"notice upon application", uponApplicationFacts(), nil, notice, []string{"Regs art 16"}, 0, ""},
		{"ex officio opens with the notice", exOfficioFacts(), nil, appliedOn("2024-02-09", "20000"), []string{"Regs art 16", "R-EXO-1"}, 0, ""},
		{"ex officio: detention with a short bond", exOfficioFacts(), []E{notice, appliedOn("2024-02-19", "19999.99")}, eventOn(enforcement.Detention, "2024-02-20"),
			[]string{"19999.99", "20000.00", "Measures art 23", "R-EXO-4"}, 0, ""},
		{"upon application: detention with a short bond", uponApplicationFacts(), []E{appliedOn("2024-09-20", "20000")}, eventOn(enforcement.Detention, "2024-09-20"),
			[]string{"20000.00", "30000.00", "Regs art 14", "R-APP-2"}, 0, ""},
		{"receipt served twice", exOfficioFacts(), then(exDetained, eventOn(enforcement.ReceiptServed, "2024-09-29")), eventOn(enforcement.ReceiptServed, "2024-09-30"),
			[]string{"already served on 2024-09-29"}, 0, ""},
		{"withdrawal after an infringing finding", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), eventOn(enforcement.Withdrawal, "2024-10-16"),
			[]string{"2024-10-15", "Regs art 24(5)", "R-REL-4"}, 0, ""},
		{"evidence after an infringing finding", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), eventOn(enforcement.EvidenceAccepted, "2024-10-16"),
			[]string{"Regs arts 20, 27"}, 0, ""},
		{"lapse dated a day late", exOfficioFacts(), []E{notice}, lapseOn("2024-02-22", enforcement.ReplyPeriod),
			[]string{"2024-02-20", "dated 2024-02-21"}, 0, ""},
		{"lapse on the last day", exOfficioFacts(), []E{notice}, lapseOn("2024-02-20", enforcement.ReplyPeriod),
			[]string{"dated 2024-02-21"}, 0, ""},
		{"lapse of a period not running", exOfficioFacts(), []E{notice}, lapseOn("2024-02-21", enforcement.CourtPeriod),
			[]string{"no court-notice period"}, 0, ""},
		{"lapse of the investigation period", exOfficioFacts(), exDetained, lapseOn("2024-11-14", enforcement.InvestigationPeriod),
			[]string{"no investigation period"}, 0, ""},
		{"lapse once the bond covers", exOfficioFacts(), []E{notice, appliedOn("2024-02-19", "20000")}, lapseOn("2024-02-21", enforcement.ReplyPeriod),
			[]string{"no reply period"}, 0, ""},
		// Determined has no lapse row: R-EXO-7 releases only goods not
		// found infringing.
		{"lapse once found infringing", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), lapseOn("2024-12-12", enforcement.ExOfficioCourtPeriod),
			nil, 0, ""},

		// An event after a lapse the law has already applied (ErrDeadlinePassed).
		{"reply after the 3 WD", exOfficioFacts(), []E{notice}, appliedOn("2024-02-21", "20000"),
			[]string{"2024-02-20", "released-no-application", "2024-02-21", "Regs art 16"}, enforcement.ReplyPeriod, "2024-02-20"},
		{"bond after the 3 WD", exOfficioFacts(), []E{notice, appliedOn("2024-02-19", "10000")}, bondOn("2024-02-21", "10000"),
			[]string{"2024-02-20", "released-no-application"}, enforcement.ReplyPeriod, "2024-02-20"},
		{"decline after the 3 WD", exOfficioFacts(), []E{notice}, eventOn(enforcement.HolderDeclined, "2024-03-01"),
			[]string{"released-no-application"}, enforcement.ReplyPeriod, "2024-02-20"},
		{"court notice after the 20 WD", uponApplicationFacts(), appDetained, eventOn(enforcement.CourtNotice, "2024-10-31"),
			[]string{"2024-10-30", "released-no-court-notice", "Regs arts 23, 24(1)"}, enforcement.CourtPeriod, "2024-10-30"},
		{"court notice after the 50 WD", exOfficioFacts(), then(exDetained, resultOn("2024-11-13", enforcement.Undetermined)), eventOn(enforcement.CourtNotice, "2024-12-12"),
			[]string{"2024-12-11", "released-undetermined", "Regs arts 23, 24(2)"}, enforcement.ExOfficioCourtPeriod, "2024-12-11"},
		{"result after the 50 WD", exOfficioFacts(), exDetained, resultOn("2024-12-12", enforcement.Infringing),
			[]string{"2024-12-11", "released-undetermined"}, enforcement.ExOfficioCourtPeriod, "2024-12-11"},

		// The counter-guarantee deposit equals the value (Regs art 19;
		// R-REL-1): goods worth 30,000.00.
		{"counter-guarantee a fen short", patentFacts(enforcement.UponApplication), appDetained, guaranteeOn("2024-10-08", "29999.99"),
			[]string{"29999.99", "less than the goods' value, 30000.00", "Regs art 19", "R-REL-1"}, 0, ""},
		{"counter-guarantee a fen above", patentFacts(enforcement.UponApplication), appDetained, guaranteeOn("2024-10-08", "30000.01"),
			[]string{"30000.01", "more than the goods' value, 30000.00", "Regs art 19", "R-REL-1"}, 0, ""},
		{"counter-guarantee far above", patentFacts(enforcement.ExOfficio), exDetained, guaranteeOn("2024-10-08", "45000"),
			[]string{"45000.00", "the deposit equals the value"}, 0, ""},

		// Personal articles (Regs art 31; Measures (2009 numbering) art 31).
		{"a decision on personal use for cargo", exOfficioFacts(), nil, decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"),
			[]string{"articles carried or mailed by individuals", "Regs art 31", "R-PER-1", "as cargo"}, 0, ""},
		{"a release for personal use of cargo", uponApplicationFacts(), nil, decisionOn(enforcement.WithinPersonalUse, "2024-02-08"),
			[]string{"Regs art 31", "R-PER-1"}, 0, ""},
		{"decided twice", personalFacts(enforcement.Postal), []E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08")}, decisionOn(enforcement.WithinPersonalUse, "2024-02-09"),
			[]string{"already decided on 2024-02-08", "R-PER-1"}, 0, ""},
		{"a notice before the decision", personalFacts(enforcement.Postal), nil, notice,
			[]string{"postal channel", "record beyond-personal-use first", "Regs art 31", "Penalty Regs art 64", "R-PER-1"}, 0, ""},
		{"an application before the decision", func() enforcement.Facts {
			f := personalFacts(enforcement.Luggage)
			f.Track = enforcement.UponApplication
			return f
		}(), nil, appliedOn("2024-09-20", "9600"), []string{"luggage channel", "record beyond-personal-use first"}, 0, ""},
		{"an unrecorded notice before the decision: both reasons", func() enforcement.Facts {
			f := personalFacts(enforcement.Luggage)
			f.Recordations = []rights.Recordation{recordOrPanic(mark(), "2024-03-01", "2024-04-01", "T2024-9")}
			return f
		}(), nil, notice, []string{"no recordation of the case is in force on 2024-02-09", "record beyond-personal-use first"}, 0, ""},
		{"abandonment of cargo", exOfficioFacts(), []E{notice}, eventOn(enforcement.Abandonment, "2024-02-12"),
			[]string{"Measures (2009 numbering) art 31", "R-PER-4", "as cargo"}, 0, ""},
		{"abandonment by an unknown party", func() enforcement.Facts {
			f := personalFacts(enforcement.Postal)
			f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{}
			return f
		}(), nil, eventOn(enforcement.Abandonment, "2024-02-12"), []string{"no one can declare", "R-PER-4"}, 0, ""},
		{"no row: abandonment after detention", personalFacts(enforcement.Postal),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), notice, appliedOn("2024-02-19", "9600"), eventOn(enforcement.Detention, "2024-02-20")},
			eventOn(enforcement.Abandonment, "2024-02-21"), nil, 0, ""},
		{"no row: released for personal use", personalFacts(enforcement.Luggage), []E{decisionOn(enforcement.WithinPersonalUse, "2024-02-08")}, notice, nil, 0, ""},
		{"no row: abandoned", personalFacts(enforcement.Luggage), []E{eventOn(enforcement.Abandonment, "2024-02-08")}, decisionOn(enforcement.BeyondPersonalUse, "2024-02-09"), nil, 0, ""},

		// An unknown party (Penalty Regs art 62(4); R-PEN-5).
		{"announcement of a known party", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), eventOn(enforcement.Announcement, "2024-10-31"),
			[]string{`"X Trading", is known`, "Penalty Regs art 62(4)", "R-PEN-5"}, 0, ""},
		{"no row: announcement before a finding", unknownPartyFacts(), exDetained, eventOn(enforcement.Announcement, "2024-10-31"), nil, 0, ""},
		{"no row: announcement once undetermined", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Undetermined)), eventOn(enforcement.Announcement, "2024-10-31"), nil, 0, ""},
		{"no row: announced twice", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")),
			eventOn(enforcement.Announcement, "2024-11-01"), nil, 0, ""},
		{"no row: a court's notice once announced", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")),
			eventOn(enforcement.CourtNotice, "2024-11-01"), nil, 0, ""},
		{"announcement lapse a day early", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")),
			lapseOn("2025-02-05", enforcement.AnnouncementPeriod), []string{"last day is 2025-02-05", "dated 2025-02-06"}, 0, ""},
		{"party comes forward after the 3 months", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")),
			eventOn(enforcement.Confiscation, "2025-02-06"), []string{"2025-02-05", "taken-over", "Penalty Regs art 62(4)"}, enforcement.AnnouncementPeriod, "2025-02-05"},

		// Disposal (Regs art 27; R-DIS-1).
		{"no row: disposal before confiscation", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing)), disposedOn("2024-10-16", enforcement.Destruction), nil, 0, ""},
		{"no row: disposal of released goods", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.NotInfringing)), disposedOn("2024-10-16", enforcement.Destruction), nil, 0, ""},
		{"no row: disposal of announced goods", unknownPartyFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31")),
			disposedOn("2024-11-01", enforcement.Destruction), nil, 0, ""},
		{"no row: disposed twice", exOfficioFacts(), then(exDetained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-10-21"), disposedOn("2024-11-01", enforcement.Auction)),
			disposedOn("2024-11-02", enforcement.Destruction), nil, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.history...)
			got, err := c.Apply(tc.ev)
			require.Errorf(t, err, "Apply(%v) in %s", tc.ev, c.State())
			assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
			var te *enforcement.TransitionError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, c.State(), te.From)
			assert.Equal(t, tc.ev.Kind, te.Event)
			assert.Equal(t, tc.ev.Date, te.Date)
			if tc.unmet == nil {
				// No row: the error lists what the state permits instead.
				assert.Emptyf(t, te.Unmet, "no row: Unmet = %q", te.Unmet)
				assert.Contains(t, err.Error(), "not allowed in state "+c.State().String())
				assert.Equal(t, c.Permitted(), te.Permitted)
				if len(te.Permitted) > 0 {
					assert.Contains(t, err.Error(), " (permitted: ")
				} else {
					assert.NotContains(t, err.Error(), "permitted")
				}
			} else {
				assert.Emptyf(t, te.Permitted, "a row with unmet guards: Permitted = %v", te.Permitted)
			}
			text := strings.Join(te.Unmet, "; ")
			for _, s := range tc.unmet {
				assert.Containsf(t, text, s, "Unmet = %q", te.Unmet)
			}
			if tc.lapsed != enforcement.DeadlineUnknown {
				assert.ErrorIs(t, err, enforcement.ErrDeadlinePassed)
				assert.Equal(t, tc.lapsed, te.Lapsed.Kind)
				assert.Equal(t, d(tc.lastDay), te.Lapsed.LastDay)
				assert.Equal(t, d(tc.lastDay).AddDays(1), te.Lapsed.LapsesOn())
				if tc.lapsed == enforcement.AnnouncementPeriod {
					assert.Equal(t, enforcement.TakenOver, te.Lapsed.Lapse)
				} else {
					assert.Truef(t, te.Lapsed.Lapse.In(enforcement.Released), "Lapsed.Lapse = %s; want a release", te.Lapsed.Lapse)
				}
				assert.Contains(t, strings.Join(te.Unmet, ""), te.Lapsed.Lapse.String())
				assert.Equal(t, tc.lapsed.Actor(), te.Lapsed.Actor)
			} else {
				assert.NotErrorIs(t, err, enforcement.ErrDeadlinePassed)
				assert.True(t, te.Lapsed.IsZero())
			}
			// The case is unchanged, both the one returned and the receiver.
			assert.True(t, got.Equal(c), "the returned case equals the receiver")
			assert.Equal(t, c.State(), got.State())
			assert.Equal(t, c.Len(), got.Len())
			assert.Equal(t, len(tc.history), c.Len())
			again, err := enforcement.Replay(tc.facts, rulesChina(), tc.history)
			require.NoError(t, err)
			assert.True(t, again.Equal(c), "the receiver still equals its history")
		})
	}
}

// TestCase_Apply_afterAdvance checks the documented way out of
// ErrDeadlinePassed: advance, and the lapse is in the history.
func TestCase_Apply_afterAdvance(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09"))
	_, err := c.Apply(appliedOn("2024-02-21", "20000"))
	require.ErrorIs(t, err, enforcement.ErrDeadlinePassed)
	c, fired, err := c.Advance(d("2024-02-21"))
	require.NoError(t, err)
	require.Len(t, fired, 1)
	assert.Equal(t, enforcement.ReleasedNoApplication, c.State())
	_, err = c.Apply(appliedOn("2024-02-21", "20000"))
	assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
	assert.NotErrorIs(t, err, enforcement.ErrDeadlinePassed, "released: the workflow refuses, no period runs")
}

// TestCase_zero checks that the zero Case has no facts and refuses every
// event without panicking.
func TestCase_zero(t *testing.T) {
	var c enforcement.Case
	assert.Equal(t, enforcement.StateUnknown, c.State())
	assert.Equal(t, 0, c.Len())
	dls, err := c.Deadlines()
	assert.NoError(t, err)
	assert.Empty(t, dls)
	for _, k := range enforcement.EventKinds() {
		ev := enforcement.Event{Kind: k, Date: d("2024-02-09")}
		switch k {
		case enforcement.BondPosted, enforcement.CounterGuarantee:
			ev.Amount = amt("1")
		case enforcement.InvestigationResult:
			ev.Result = enforcement.Infringing
		case enforcement.Lapse:
			ev.Deadline = enforcement.ReplyPeriod
		case enforcement.BeyondPersonalUse, enforcement.WithinPersonalUse:
			ev.Note = "the reasons"
		case enforcement.DisposalCompleted:
			ev.Route = enforcement.Auction
		}
		got, err := c.Apply(ev)
		assert.ErrorIsf(t, err, enforcement.ErrInvalidTransition, "zero Case: Apply(%v)", ev)
		var te *enforcement.TransitionError
		if assert.ErrorAs(t, err, &te) {
			assert.Contains(t, strings.Join(te.Unmet, ""), "NewCase")
		}
		assert.True(t, got.Equal(c))
	}
	got, fired, err := c.Advance(d("2024-02-09"))
	assert.NoError(t, err)
	assert.Empty(t, fired)
	assert.True(t, got.Equal(c))
}

// TestCase_Apply_maxEvents checks the bound on a history: once it holds
// MaxEvents-1 events, the last place is kept for a lapse, so the 256th
// event, if not a lapse, is refused and the case is unchanged. (Upon
// application no period runs before detention, so no lapse can come.)
func TestCase_Apply_maxEvents(t *testing.T) {
	c := mustApply(t, mustOpen(t, uponApplicationFacts()), appliedOn("2024-09-20", "0"))
	for c.Len() < enforcement.MaxEvents-1 {
		c = mustApply(t, c, bondOn("2024-09-20", "0.01"))
	}
	// 1 application with nothing, then 254 bonds of one fen.
	assert.Truef(t, c.BondPosted().Equal(amt("2.54")), "BondPosted() = %s; want 254 fen", c.BondPosted())
	for _, ev := range []enforcement.Event{bondOn("2024-09-20", "0.01"), eventOn(enforcement.Withdrawal, "2024-09-21")} {
		got, err := c.Apply(ev)
		assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
		assert.ErrorContains(t, err, fmt.Sprint(enforcement.MaxEvents-1)+" events")
		assert.ErrorContains(t, err, fmt.Sprint(enforcement.MaxEvents)+" with a lapse")
		assert.True(t, got.Equal(c))
		assert.Equal(t, enforcement.MaxEvents-1, got.Len())
	}
}

// TestCase_immutable checks that Apply and Advance leave the receiver
// alone and that the accessors return copies, even when two cases are
// built on one history (Apply must copy, not share, the events).
func TestCase_immutable(t *testing.T) {
	base := mustApply(t, mustOpen(t, uponApplicationFacts()), appliedOn("2024-09-20", "0"), bondOn("2024-09-21", "1"))
	a := mustApply(t, base, bondOn("2024-09-22", "30000"))
	b := mustApply(t, base, eventOn(enforcement.Withdrawal, "2024-09-22"))
	assert.Equal(t, enforcement.BondPosted, a.Events()[2].Kind)
	assert.Equal(t, enforcement.Withdrawal, b.Events()[2].Kind)
	assert.Equal(t, 2, base.Len())

	evs := a.Events()
	evs[0].Kind = enforcement.Rejection
	assert.Equal(t, enforcement.HolderApplied, a.Events()[0].Kind)

	f := a.Facts()
	f.Rights[0].Classes[0] = 99
	f.Goods.Description = "changed"
	assert.True(t, a.Facts().Equal(uponApplicationFacts()))

	facts := uponApplicationFacts()
	c := mustOpen(t, facts)
	facts.Rights[0].Classes[0] = 99
	facts.Rights[0].Number = "7654321"
	assert.True(t, c.Facts().Equal(uponApplicationFacts()), "NewCase copies the facts")
}

// TestCase_concurrent uses one Case from many goroutines: Apply, Advance,
// Deadlines, Permitted and MarshalJSON each give every goroutine the same
// result as a sequential call. Run with -race.
func TestCase_concurrent(t *testing.T) {
	c := mustApply(t, mustOpen(t, patentFacts(enforcement.ExOfficio)), exDetainedOn("2024-09-27")...)
	type outcome struct {
		applied   enforcement.Case
		advanced  enforcement.Case
		fired     []enforcement.Event
		deadlines []enforcement.Deadline
		permitted []enforcement.EventKind
		json      []byte
	}
	run := func() (o outcome, err error) {
		if o.applied, err = c.Apply(eventOn(enforcement.ReceiptServed, "2024-09-30")); err != nil {
			return o, err
		}
		if o.advanced, o.fired, err = c.Advance(d("2024-12-12")); err != nil {
			return o, err
		}
		if o.deadlines, err = c.Deadlines(); err != nil {
			return o, err
		}
		o.permitted = c.Permitted()
		o.json, err = json.Marshal(c)
		return o, err
	}
	want, err := run()
	require.NoError(t, err)
	require.Equal(t, enforcement.ReleasedUndetermined, want.advanced.State())
	require.Len(t, want.fired, 1)

	const n = 32
	got := make([]outcome, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				got[i], errs[i] = run()
				if errs[i] != nil {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	for i := range got {
		require.NoError(t, errs[i])
		g := got[i]
		assert.True(t, g.applied.Equal(want.applied))
		assert.True(t, g.advanced.Equal(want.advanced))
		assert.Equal(t, len(want.fired), len(g.fired))
		for j := range want.fired {
			assert.True(t, g.fired[j].Equal(want.fired[j]))
		}
		assert.Equal(t, want.deadlines, g.deadlines) // Deadline holds no decimal.
		assert.Equal(t, want.permitted, g.permitted)
		assert.True(t, bytes.Equal(want.json, g.json), "MarshalJSON differs")
	}
	// The shared case is as it was.
	assert.Equal(t, enforcement.UnderInvestigation, c.State())
	assert.Equal(t, 3, c.Len())
	back, err := enforcement.ParseCase(want.json, calendar.China())
	require.NoError(t, err)
	assert.True(t, back.Equal(c))
}

// TestTransitionError_Is checks the classification of a TransitionError by
// its fields alone.
func TestTransitionError_Is(t *testing.T) {
	plain := &enforcement.TransitionError{From: enforcement.Opened, Event: enforcement.Detention, Date: d("2024-02-09")}
	assert.ErrorIs(t, plain, enforcement.ErrInvalidTransition)
	assert.False(t, errors.Is(plain, enforcement.ErrDeadlinePassed))
	assert.Equal(t, "enforcement: detention on 2024-02-09 not allowed in state opened", plain.Error())
	lapsed := &enforcement.TransitionError{From: enforcement.Suspended, Event: enforcement.HolderApplied, Date: d("2024-02-21"),
		Unmet: []string{"a", "b"}, Lapsed: enforcement.Deadline{Kind: enforcement.ReplyPeriod}}
	assert.ErrorIs(t, lapsed, enforcement.ErrInvalidTransition)
	assert.ErrorIs(t, lapsed, enforcement.ErrDeadlinePassed)
	assert.Equal(t, "enforcement: holder-applied on 2024-02-21 refused in state suspended: a; b", lapsed.Error())
}

// TestReplay_refused checks that Replay names the event it cannot apply
// and matches both ErrInvalidCase and the event's own error.
func TestReplay_refused(t *testing.T) {
	history := []enforcement.Event{
		eventOn(enforcement.NoticeServed, "2024-02-09"),
		appliedOn("2024-02-19", "20000"),
		eventOn(enforcement.Detention, "2024-02-18"), // Before the application.
	}
	c, err := enforcement.Replay(exOfficioFacts(), rulesChina(), history)
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
	assert.ErrorContains(t, err, "events[2]")
	var te *enforcement.TransitionError
	if assert.ErrorAs(t, err, &te) {
		assert.Equal(t, enforcement.Applied, te.From)
	}
	assert.Equal(t, enforcement.StateUnknown, c.State())

	history[2] = enforcement.Event{Kind: enforcement.Detention, Date: d("2024-02-20"), Amount: amt("1")}
	_, err = enforcement.Replay(exOfficioFacts(), rulesChina(), history)
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.ErrorIs(t, err, enforcement.ErrInvalidEvent)
	assert.ErrorContains(t, err, "events[2]")

	_, err = enforcement.Replay(exOfficioFacts(), rulesChina(), make([]enforcement.Event, enforcement.MaxEvents+1))
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
}

// TestCase_JSON_newFacts: the channel, the unknown consignee, the
// decisions' reasons and the disposal's route survive the case JSON; a
// consignee of whom nothing is known is left out; and JSON written before
// these existed, with no "consignee_unknown" and a consignee, still reads
// (SchemaVersion stays 1).
func TestCase_JSON_newFacts(t *testing.T) {
	f := personalFacts(enforcement.Postal)
	f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{}
	c := mustApply(t, mustOpen(t, f),
		decisionOn(enforcement.BeyondPersonalUse, "2024-09-20"), eventOn(enforcement.NoticeServed, "2024-09-20"),
		appliedOn("2024-09-23", "9600"), eventOn(enforcement.Detention, "2024-09-24"),
		resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31"),
		lapseOn("2025-02-06", enforcement.AnnouncementPeriod), disposedOn("2025-03-03", enforcement.Destruction))
	require.Equal(t, enforcement.Disposed, c.State())
	b, err := json.Marshal(c)
	require.NoError(t, err)
	for _, want := range []string{`"channel":"postal"`, `"consignee_unknown":true`, `"kind":"beyond-personal-use","date":"2024-09-20","note":"12 handbags`,
		`"kind":"lapse","date":"2025-02-06","deadline":"announcement"`, `"kind":"disposal-completed","date":"2025-03-03","route":"destruction"`, `"state":"disposed"`} {
		assert.Contains(t, string(b), want)
	}
	assert.NotContains(t, string(b), `"consignee":`, "nothing is known of the consignee")
	back, err := enforcement.ParseCase(b, calendar.China())
	require.NoError(t, err)
	assert.True(t, back.Equal(c))
	assert.Equal(t, c.State(), back.State())
	assert.True(t, back.Facts().ConsigneeUnknown)

	// Described, the unknown consignee is written.
	f.Consignee = enforcement.Party{Address: "illegible"}
	b, err = json.Marshal(mustOpen(t, f))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"consignee":{"name":"","address":"illegible"},"consignee_unknown":true`)
	back, err = enforcement.ParseCase(b, calendar.China())
	require.NoError(t, err)
	assert.Equal(t, f.Consignee, back.Facts().Consignee)

	// A known consignee may not be left out.
	known := strings.Replace(string(b), `"consignee_unknown":true,`, ``, 1)
	_, err = enforcement.ParseCase([]byte(known), calendar.China())
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.ErrorContains(t, err, "consignee.name")

	// Unknown codes and keys of a later version are refused, not dropped.
	for _, bad := range []string{
		strings.Replace(string(b), `"channel":"postal"`, `"channel":"express"`, 1),
		strings.Replace(string(b), `"consignee_unknown":true`, `"consignee_unknown":"yes"`, 1),
	} {
		_, err := enforcement.ParseCase([]byte(bad), calendar.China())
		assert.ErrorIs(t, err, enforcement.ErrInvalidCase, bad)
	}

	// Written by the version before: a cargo case, its consignee always
	// present, no new key.
	old := `{"schema":1,"id":"6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11","track":"upon-application",` +
		`"rights":[{"type":"trademark","holder":"ACME Ltd","number":"1234567","classes":["25"],"registered":"2018-03-07"}],` +
		`"goods":{"description":"shoes","quantity":"1200","unit":"pairs","declared_value":"30000.00"},` +
		`"holder":{"name":"ACME Ltd"},"consignee":{"name":"X Trading"},"port":"Shanghai Pudong","direction":"export","channel":"cargo",` +
		`"events":[],"state":"opened"}`
	c, err = enforcement.ParseCase([]byte(old), calendar.China())
	require.NoError(t, err)
	assert.True(t, c.Facts().Equal(uponApplicationFacts()))
}

// TestCase_FeeCap: the last day of storage the holder pays for confiscated
// goods, 3 calendar months from the day after service of the decision,
// by Civil Code art 202 and not rolled (Measures (2009 numbering) art 34;
// R-FEE-3); hand-checked, and the same as storagecost's
// Confiscation.Cap, Served.AddMonths(DefaultCapMonths).
func TestCase_FeeCap(t *testing.T) {
	infringing := append(exDetainedOn("2023-10-09"), resultOn("2023-10-20", enforcement.Infringing))
	for _, tc := range []struct{ served, cap string }{
		{"2024-01-31", "2024-04-30"}, // April has no 31st.
		{"2024-11-30", "2025-02-28"}, // Nor February a 30th, in 2025.
		{"2023-11-30", "2024-02-29"}, // 2024 is a leap year.
		{"2024-03-30", "2024-06-30"}, // A Sunday: not rolled.
		{"2024-07-01", "2024-10-01"}, // National Day: not rolled.
		{"2024-10-31", "2025-01-31"}, // Spring Festival: not rolled.
		{"2024-12-31", "2025-03-31"},
		{"2023-10-20", "2024-01-20"}, // Served on the day of the finding.
	} {
		t.Run(tc.served, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, exOfficioFacts()), append(infringing, eventOn(enforcement.Confiscation, tc.served))...)
			served, ok := c.ConfiscationServed()
			assert.True(t, ok)
			assert.Equal(t, d(tc.served), served)
			last, ok, err := c.FeeCap()
			require.NoError(t, err)
			assert.True(t, ok)
			assert.Equalf(t, d(tc.cap), last, "FeeCap() served %s = %s; want %s", tc.served, last, tc.cap)
			assert.Equal(t, d(tc.served).AddMonths(3), last, "storagecost: Served.AddMonths(DefaultCapMonths)")

			// Disposal does not change it.
			done := mustApply(t, c, disposedOn("2025-06-30", enforcement.Destruction))
			again, ok, err := done.FeeCap()
			assert.NoError(t, err)
			assert.True(t, ok)
			assert.Equal(t, last, again)
		})
	}

	// No cap before confiscation, nor for goods taken over (Measures art
	// 34 is about a decision served; R-FEE-3 [U]).
	for name, c := range map[string]enforcement.Case{
		"opened":     mustOpen(t, exOfficioFacts()),
		"determined": mustApply(t, mustOpen(t, exOfficioFacts()), infringing...),
		"taken over": mustApply(t, mustOpen(t, unknownPartyFacts()), append(infringing, eventOn(enforcement.Announcement, "2023-10-23"),
			lapseOn("2024-01-24", enforcement.AnnouncementPeriod))...),
		"zero": {},
	} {
		_, ok := c.ConfiscationServed()
		assert.False(t, ok, name)
		last, ok, err := c.FeeCap()
		assert.NoError(t, err, name)
		assert.False(t, ok, name)
		assert.True(t, last.IsZero(), name)
	}

	// The rules may count it otherwise: rolled off rest days, or longer.
	for _, tc := range []struct {
		p    calendar.Period
		want string
	}{
		{calendar.Period{Count: 3, Unit: calendar.UnitMonths}, "2024-10-08"},
		{calendar.Period{Count: 6, Unit: calendar.UnitMonths, Roll: calendar.RollNone}, "2025-01-01"},
	} {
		r := rulesChina()
		r.FeeCap = tc.p
		c, err := enforcement.Replay(exOfficioFacts(), r, append(infringing, eventOn(enforcement.Confiscation, "2024-07-01")))
		require.NoError(t, err)
		last, ok, err := c.FeeCap()
		require.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, d(tc.want), last, "%s", tc.p)
	}

	// Rolled past the calendar's data: an error, not a guess.
	r := rulesChina()
	r.FeeCap = calendar.Period{Count: 3, Unit: calendar.UnitMonths}
	c, err := enforcement.Replay(exOfficioFacts(), r, append(exDetainedOn("2027-08-02"), resultOn("2027-09-01", enforcement.Infringing),
		eventOn(enforcement.Confiscation, "2027-09-30")))
	require.NoError(t, err)
	_, ok, err := c.FeeCap()
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.False(t, ok)
}

// sinkDate keeps the compiler from discarding FeeCap's result.
var sinkDate calendar.Date

// BenchmarkApply_newKinds measures the events of personal articles, the
// unknown party and disposal applied to a loaded case (target: ≤ 2 µs
// and no allocation), against the receipt-served of BenchmarkApply — the
// cheapest row of the table before them — as the baseline
// (event=baseline), in the same run: compare with benchstat -col /event.
// The announcement's lapse computes a month period rolled off a rest day
// (Civil Code arts 202-203).
func BenchmarkApply_newKinds(b *testing.B) {
	h := benchHistory()
	infringing := append(h[:9:9], resultOn("2024-03-15", enforcement.Infringing))
	announced := append(infringing[:len(infringing):len(infringing)], eventOn(enforcement.Announcement, "2024-10-31"))
	confiscated := append(infringing[:len(infringing):len(infringing)], eventOn(enforcement.Confiscation, "2024-03-20"))
	for _, bc := range []struct {
		name   string
		facts  enforcement.Facts
		before []enforcement.Event
		ev     enforcement.Event
		want   enforcement.State
	}{
		{"baseline", exOfficioFacts(), h[:9], h[9], enforcement.UnderInvestigation},
		{"beyond-personal-use", personalFacts(enforcement.Postal), nil, decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), enforcement.Opened},
		{"abandonment", personalFacts(enforcement.Postal), []enforcement.Event{decisionOn(enforcement.BeyondPersonalUse, "2024-02-08"), h[0]},
			eventOn(enforcement.Abandonment, "2024-02-12"), enforcement.Abandoned},
		{"announcement", unknownPartyFacts(), infringing, eventOn(enforcement.Announcement, "2024-10-31"), enforcement.Announced},
		{"announcement-lapse", unknownPartyFacts(), announced, lapseOn("2025-02-06", enforcement.AnnouncementPeriod), enforcement.TakenOver},
		{"disposal-completed", exOfficioFacts(), confiscated, disposedOn("2024-06-03", enforcement.Destruction), enforcement.Disposed},
	} {
		b.Run("event="+bc.name, func(b *testing.B) {
			b.ReportAllocs()
			pool := make([]enforcement.Case, 1024)
			var next enforcement.Case
			var err error
			for i := 0; i < b.N; i++ {
				if i%len(pool) == 0 {
					b.StopTimer()
					for j := range pool {
						pool[j], _ = enforcement.Replay(bc.facts, rulesChina(), bc.before)
					}
					b.StartTimer()
				}
				next, err = pool[i%len(pool)].Apply(bc.ev)
			}
			if err != nil || next.State() != bc.want {
				b.Fatalf("Apply(%v) = %v, %v; want %v", bc.ev, next.State(), err, bc.want)
			}
			sinkCase = next
		})
	}
}

// BenchmarkCase_FeeCap measures the fee cap of a confiscated case
// (impl=ours) against the computation storagecost's Confiscation.Cap
// does, Served.AddMonths(3) (impl=naive), in the same run.
func BenchmarkCase_FeeCap(b *testing.B) {
	h := benchHistory()
	c, err := enforcement.Replay(exOfficioFacts(), rulesChina(),
		append(h[:9:9], resultOn("2024-03-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-11-30")))
	if err != nil {
		b.Fatal(err)
	}
	want := d("2025-02-28")
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		var last calendar.Date
		for i := 0; i < b.N; i++ {
			last, _, err = c.FeeCap()
		}
		if err != nil || last != want {
			b.Fatalf("FeeCap() = %s, %v; want %s", last, err, want)
		}
		sinkDate = last
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		var last calendar.Date
		for i := 0; i < b.N; i++ {
			served, _ := c.ConfiscationServed()
			last = served.AddMonths(3)
		}
		if last != want {
			b.Fatalf("AddMonths = %s; want %s", last, want)
		}
		sinkDate = last
	})
}
