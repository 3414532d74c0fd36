package enforcement_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Events, written the way the tables below read them.

func eventOn(kind enforcement.EventKind, date string) enforcement.Event {
	return enforcement.Event{Kind: kind, Date: d(date)}
}

func appliedOn(date, bond string) enforcement.Event {
	return enforcement.Event{Kind: enforcement.HolderApplied, Date: d(date), Amount: amt(bond)}
}

func bondOn(date, bond string) enforcement.Event {
	return enforcement.Event{Kind: enforcement.BondPosted, Date: d(date), Amount: amt(bond)}
}

func resultOn(date string, r enforcement.Result) enforcement.Event {
	return enforcement.Event{Kind: enforcement.InvestigationResult, Date: d(date), Result: r}
}

func guaranteeOn(date, money string) enforcement.Event {
	return enforcement.Event{Kind: enforcement.CounterGuarantee, Date: d(date), Amount: amt(money)}
}

func lapseOn(date string, k enforcement.DeadlineKind) enforcement.Event {
	return enforcement.Event{Kind: enforcement.Lapse, Date: d(date), Deadline: k}
}

// exDetainedOn is the history of an ex officio case about goods worth
// 30,000.00 detained on date: the notice served, the holder's application
// with the 20,000.00 bond and the detention all on that day.
func exDetainedOn(date string) []enforcement.Event {
	return []enforcement.Event{eventOn(enforcement.NoticeServed, date), appliedOn(date, "20000"), eventOn(enforcement.Detention, date)}
}

// appDetainedOn is the history of an upon-application case about goods
// worth 30,000.00 detained on date, the bond of 30,000.00 posted with the
// application the same day.
func appDetainedOn(date string) []enforcement.Event {
	return []enforcement.Event{appliedOn(date, "30000"), eventOn(enforcement.Detention, date)}
}

// wantDeadline is a deadline as the tables state it.
type wantDeadline struct {
	kind    enforcement.DeadlineKind
	trigger string
	lastDay string
}

// TestCase_Deadlines checks the running periods against last days counted
// by hand, working day by working day, from calendar/testdata/cn-holidays.tsv
// (the State Council arrangements; R-TIME-1). A period counted from a
// trigger T starts on the day after it (Measures art 41; Civil Code art
// 201; R-TIME-2): WD1 is the first working day after T. Weekend days the
// notices make working days (调休上班) count; holidays do not.
func TestCase_Deadlines(t *testing.T) {
	ex, app := exOfficioFacts(), uponApplicationFacts()
	reply, inv, court, exCourt := enforcement.ReplyPeriod, enforcement.InvestigationPeriod, enforcement.CourtPeriod, enforcement.ExOfficioCourtPeriod
	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		events []enforcement.Event
		want   []wantDeadline
	}{
		// Reply, 3 WD from service (Regs art 16; Measures arts 22, 41;
		// R-EXO-2).
		{
			// Domain brief: Fri 02-09 served; 02-10..17 Spring Festival;
			// WD1 Sun 02-18 (adjusted working day), WD2 Mon 02-19, WD3 Tue
			// 02-20.
			"brief: notice Fri 2024-02-09, Spring Festival", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09")},
			[]wantDeadline{{reply, "2024-02-09", "2024-02-20"}},
		},
		{
			// Fri 09-27 served; Sat 09-28 rest; WD1 Sun 09-29 (adjusted),
			// WD2 Mon 09-30; 10-01..07 National Day; WD3 Tue 10-08.
			"notice Fri 2024-09-27, National Day", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-09-27")},
			[]wantDeadline{{reply, "2024-09-27", "2024-10-08"}},
		},
		{
			// Mon 09-30 served; 10-01..07 holiday; WD1 Tue 10-08, WD2 Wed
			// 10-09, WD3 Thu 10-10.
			"notice Mon 2024-09-30, the eve of National Day", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-09-30")},
			[]wantDeadline{{reply, "2024-09-30", "2024-10-10"}},
		},
		{
			// Wed 04-30 served; 05-01..05 Labour Day; WD1 Tue 05-06, WD2
			// Wed 05-07, WD3 Thu 05-08.
			"notice Wed 2025-04-30, Labour Day", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2025-04-30")},
			[]wantDeadline{{reply, "2025-04-30", "2025-05-08"}},
		},
		{
			// The reply period keeps running while the bond posted, 10,000,
			// is short of the 20,000 required (Regs art 16: apply AND post).
			"applied with a short bond: the reply period still runs", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-19", "10000")},
			[]wantDeadline{{reply, "2024-02-09", "2024-02-20"}},
		},
		{
			"applied, then the bond topped up: no period runs", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-19", "10000"), bondOn("2024-02-20", "10000")},
			nil,
		},
		{
			"upon application, applied with a short bond: no reply period", app,
			[]enforcement.Event{appliedOn("2024-02-09", "10000")},
			nil,
		},

		// Detention: 30 WD investigation (Regs art 20; R-EXO-6), 50 WD ex
		// officio court notice (Regs art 24(2); R-EXO-7), 20 WD court
		// notice upon application (Regs art 24(1); R-APP-4).
		{
			// Fri 09-27 detained; WD1 Sun 09-29, WD2 Mon 09-30; 10-01..07
			// holiday; WD3-6 Tue 10-08..Fri 10-11; WD7 Sat 10-12
			// (adjusted); WD8-12 10-14..18; WD13-17 10-21..25; WD18-22
			// 10-28..11-01; WD23-27 11-04..08; WD28-30 11-11..13 → 30 WD
			// Wed 2024-11-13. WD31-32 11-14..15; WD33-37 11-18..22;
			// WD38-42 11-25..29; WD43-47 12-02..06; WD48-50 12-09..11 →
			// 50 WD Wed 2024-12-11.
			"ex officio: detention Fri 2024-09-27, National Day", ex,
			exDetainedOn("2024-09-27"),
			[]wantDeadline{{inv, "2024-09-27", "2024-11-13"}, {exCourt, "2024-09-27", "2024-12-11"}},
		},
		{
			// Same count: WD20 is Wed 2024-10-30.
			"upon application: detention Fri 2024-09-27, National Day", app,
			appDetainedOn("2024-09-27"),
			[]wantDeadline{{court, "2024-09-27", "2024-10-30"}},
		},
		{
			// Fri 09-26 detained; Sat 09-27 rest; WD1 Sun 09-28 (adjusted);
			// WD2-3 Mon 09-29, Tue 09-30; 10-01..08 holiday; WD4-5 Thu
			// 10-09, Fri 10-10; WD6 Sat 10-11 (adjusted); WD7-11
			// 10-13..17; WD12-16 10-20..24; WD17-20 10-27..30 → 20 WD Thu
			// 2025-10-30; WD21 Fri 10-31; WD22-26 11-03..07; WD27-31
			// 11-10..14 → 30 WD Thu 2025-11-13; WD32-36 11-17..21; WD37-41
			// 11-24..28; WD42-46 12-01..05; WD47-50 12-08..11 → 50 WD Thu
			// 2025-12-11.
			"ex officio: detention Fri 2025-09-26, National Day and Mid-Autumn", ex,
			exDetainedOn("2025-09-26"),
			[]wantDeadline{{inv, "2025-09-26", "2025-11-13"}, {exCourt, "2025-09-26", "2025-12-11"}},
		},
		{
			"upon application: detention Fri 2025-09-26, National Day and Mid-Autumn", app,
			appDetainedOn("2025-09-26"),
			[]wantDeadline{{court, "2025-09-26", "2025-10-30"}},
		},
		{
			// Thu 01-23 detained; WD1 Fri 01-24; Sat 01-25 rest; WD2 Sun
			// 01-26 (adjusted); WD3 Mon 01-27; 01-28..02-04 Spring
			// Festival; WD4-6 Wed 02-05..Fri 02-07; WD7 Sat 02-08
			// (adjusted); WD8-12 02-10..14; WD13-17 02-17..21; WD18-20
			// 02-24..26 → Wed 2025-02-26.
			"upon application: detention Thu 2025-01-23, Spring Festival", app,
			appDetainedOn("2025-01-23"),
			[]wantDeadline{{court, "2025-01-23", "2025-02-26"}},
		},
		{
			// Fri 02-02 detained; Sat 02-03 rest; WD1 Sun 02-04 (adjusted);
			// WD2-6 02-05..09; 02-10..17 holiday; WD7 Sun 02-18
			// (adjusted); WD8-12 02-19..23; WD13-17 02-26..03-01; WD18-20
			// 03-04..06 → Wed 2024-03-06.
			"upon application: detention Fri 2024-02-02, Spring Festival", app,
			appDetainedOn("2024-02-02"),
			[]wantDeadline{{court, "2024-02-02", "2024-03-06"}},
		},
		{
			// Fri 04-26 detained; Sat 04-27 rest; WD1 Sun 04-28 (adjusted);
			// WD2-3 04-29..30; 05-01..05 Labour Day; WD4-8 05-06..10; WD9
			// Sat 05-11 (adjusted); WD10-14 05-13..17; WD15-19 05-20..24;
			// WD20 Mon 05-27 → 20 WD 2024-05-27. WD21-24 05-28..31;
			// WD25-29 06-03..07; Mon 06-10 Dragon Boat; WD30 Tue 06-11 →
			// 30 WD 2024-06-11. WD31-33 06-12..14; WD34-38 06-17..21;
			// WD39-43 06-24..28; WD44-48 07-01..05; WD49-50 07-08..09 →
			// 50 WD Tue 2024-07-09.
			"ex officio: detention Fri 2024-04-26, Labour Day and Dragon Boat", ex,
			exDetainedOn("2024-04-26"),
			[]wantDeadline{{inv, "2024-04-26", "2024-06-11"}, {exCourt, "2024-04-26", "2024-07-09"}},
		},
		{
			"upon application: detention Fri 2024-04-26, Labour Day", app,
			appDetainedOn("2024-04-26"),
			[]wantDeadline{{court, "2024-04-26", "2024-05-27"}},
		},
		{
			// Undetermined leaves only the 50 WD, still from detention.
			"ex officio: undetermined, awaiting the court", ex,
			append(exDetainedOn("2024-09-27"), resultOn("2024-11-01", enforcement.Undetermined)),
			[]wantDeadline{{exCourt, "2024-09-27", "2024-12-11"}},
		},
		{
			// R-EXO-7: release only if the result is not Infringing; the
			// goods await confiscation (R-EXO-8), no period runs.
			"ex officio: found infringing, no 50 WD lapse", ex,
			append(exDetainedOn("2024-09-27"), resultOn("2024-11-01", enforcement.Infringing)),
			nil,
		},
		{
			// The receipt records a fact; it does not restart a period.
			"ex officio: receipt served, periods unchanged", ex,
			append(exDetainedOn("2024-09-27"), eventOn(enforcement.ReceiptServed, "2024-10-08")),
			[]wantDeadline{{inv, "2024-09-27", "2024-11-13"}, {exCourt, "2024-09-27", "2024-12-11"}},
		},
		{"opened: nothing runs", ex, nil, nil},
		{"terminal: released, nothing runs", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), eventOn(enforcement.HolderDeclined, "2024-02-19")}, nil},
		{"terminal: court assisted, nothing runs", app,
			append(appDetainedOn("2024-09-27"), eventOn(enforcement.CourtNotice, "2024-10-30")), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.events...)
			got, err := c.Deadlines()
			require.NoError(t, err)
			checkDeadlines(t, c, got, tc.want)
		})
	}
}

// checkDeadlines compares got with want, and checks the fields that follow
// from the kind.
func checkDeadlines(t *testing.T, c enforcement.Case, got []enforcement.Deadline, want []wantDeadline) {
	t.Helper()
	require.Lenf(t, got, len(want), "Deadlines() = %v", got)
	rules := c.Rules()
	for i, w := range want {
		g := got[i]
		assert.Equalf(t, w.kind, g.Kind, "Deadlines()[%d].Kind", i)
		assert.Equalf(t, d(w.trigger), g.Trigger, "%s: Trigger", w.kind)
		assert.Equalf(t, d(w.lastDay), g.LastDay, "%s: LastDay = %s; want %s", w.kind, g.LastDay, w.lastDay)
		assert.Equal(t, w.kind.Actor(), g.Actor)
		var period calendar.Period
		switch w.kind {
		case enforcement.ReplyPeriod:
			period = rules.Reply
			assert.Equal(t, enforcement.Holder, g.Actor)
			assert.Equal(t, enforcement.ReleasedNoApplication, g.Lapse)
		case enforcement.InvestigationPeriod:
			period = rules.Investigation
			assert.Equal(t, enforcement.Customs, g.Actor)
			assert.Equal(t, enforcement.StateUnknown, g.Lapse, "the investigation period's lapse changes nothing by itself")
			assert.True(t, g.LapsesOn().IsZero())
		case enforcement.CourtPeriod:
			period = rules.CourtNotice
			assert.Equal(t, enforcement.Holder, g.Actor)
			assert.Equal(t, enforcement.ReleasedNoCourtNotice, g.Lapse)
		case enforcement.ExOfficioCourtPeriod:
			period = rules.ExOfficioCourtNotice
			assert.Equal(t, enforcement.Holder, g.Actor)
			assert.Equal(t, enforcement.ReleasedUndetermined, g.Lapse)
		case enforcement.AnnouncementPeriod:
			period = rules.Announcement
			assert.Equal(t, enforcement.Consignee, g.Actor)
			assert.Equal(t, enforcement.TakenOver, g.Lapse)
		}
		assert.Equal(t, period, g.Period)
		if g.Lapse != enforcement.StateUnknown {
			assert.Equal(t, d(w.lastDay).AddDays(1), g.LapsesOn())
		}
		work, err := rules.Calendar.IsWorkday(g.LastDay)
		require.NoError(t, err)
		assert.Truef(t, work, "%s: LastDay %s is not a working day", w.kind, g.LastDay)
	}
}

// cst is China Standard Time, UTC+8 without daylight saving, written here
// rather than taken from the library.
var cst = time.FixedZone("CST", 8*60*60)

// TestCase_Deadlines_instants checks when a period ends (Measures art 41):
// at 24:00 China Standard Time on the last day for an act by post or bank,
// at the end of office hours for an act in person, 17:00 by default or as
// Rules.OfficeCloses sets it.
func TestCase_Deadlines_instants(t *testing.T) {
	for _, tc := range []struct {
		name     string
		closes   time.Duration
		inPerson time.Time
	}{
		{"default 17:00", 0, time.Date(2024, 2, 20, 17, 0, 0, 0, cst)},
		{"closes 16:30", 16*time.Hour + 30*time.Minute, time.Date(2024, 2, 20, 16, 30, 0, 0, cst)},
		{"closes at noon", 12 * time.Hour, time.Date(2024, 2, 20, 12, 0, 0, 0, cst)},
		{"closes at 24:00", 24 * time.Hour, time.Date(2024, 2, 21, 0, 0, 0, 0, cst)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := enforcement.NewCase(exOfficioFacts(), enforcement.Rules{Calendar: calendar.China(), OfficeCloses: tc.closes})
			require.NoError(t, err)
			c = mustApply(t, c, eventOn(enforcement.NoticeServed, "2024-02-09"))
			got, err := c.Deadlines()
			require.NoError(t, err)
			require.Len(t, got, 1)
			// 24:00 CST on Tue 2024-02-20 is 2024-02-20 16:00 UTC.
			ends := time.Date(2024, 2, 20, 16, 0, 0, 0, time.UTC)
			assert.Truef(t, got[0].Ends.Equal(ends), "Ends = %s; want %s", got[0].Ends, ends)
			assert.Truef(t, got[0].InPerson.Equal(tc.inPerson), "InPerson = %s; want %s", got[0].InPerson, tc.inPerson)
			assert.False(t, got[0].InPerson.After(got[0].Ends), "the in-person cut-off is never after 24:00")
		})
	}
}

// TestCase_Deadlines_startSameDay checks the start override that Rules
// offers for periods counted from detention, which the law leaves open
// (R-TIME-2 [U]): counting the detention day itself as day 1 ends the
// period one working day earlier when the detention day is a working day,
// and changes nothing when it is a rest day.
func TestCase_Deadlines_startSameDay(t *testing.T) {
	sameDay := func(n int) calendar.Period {
		return calendar.Period{Count: n, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}
	}
	rules := enforcement.Rules{Calendar: calendar.China(), Investigation: sameDay(30), CourtNotice: sameDay(20), ExOfficioCourtNotice: sameDay(50)}
	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		events []enforcement.Event
		want   []wantDeadline
	}{
		// Fri 09-27 is WD1 itself, so each last day is the (n-1)-th
		// working day after it: 20 WD Tue 10-29 (not Wed 10-30), 30 WD
		// Tue 11-12 (not Wed 11-13), 50 WD Tue 12-10 (not Wed 12-11).
		{"upon application, detained on a working day", uponApplicationFacts(), appDetainedOn("2024-09-27"),
			[]wantDeadline{{enforcement.CourtPeriod, "2024-09-27", "2024-10-29"}}},
		{"ex officio, detained on a working day", exOfficioFacts(), exDetainedOn("2024-09-27"),
			[]wantDeadline{{enforcement.InvestigationPeriod, "2024-09-27", "2024-11-12"}, {enforcement.ExOfficioCourtPeriod, "2024-09-27", "2024-12-10"}}},
		// Sun 10-13 is a rest day: WD1 is Mon 10-14 either way; WD1-5
		// 10-14..18, WD6-10 10-21..25, WD11-15 10-28..11-01, WD16-20
		// 11-04..08 → Fri 2024-11-08.
		{"upon application, detained on a rest day", uponApplicationFacts(), appDetainedOn("2024-10-13"),
			[]wantDeadline{{enforcement.CourtPeriod, "2024-10-13", "2024-11-08"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := enforcement.NewCase(tc.facts, rules)
			require.NoError(t, err)
			c = mustApply(t, c, tc.events...)
			got, err := c.Deadlines()
			require.NoError(t, err)
			checkDeadlines(t, c, got, tc.want)
		})
	}
	// The default start on a rest day gives the same day.
	c := mustApply(t, mustOpen(t, uponApplicationFacts()), appDetainedOn("2024-10-13")...)
	got, err := c.Deadlines()
	require.NoError(t, err)
	checkDeadlines(t, c, got, []wantDeadline{{enforcement.CourtPeriod, "2024-10-13", "2024-11-08"}})
}

// TestCase_Advance checks that the passage of time applies the lapses the
// law attaches to each period, on the day after its last day, and nothing
// else: the last day itself is still in time.
func TestCase_Advance(t *testing.T) {
	ex, app := exOfficioFacts(), uponApplicationFacts()
	for _, tc := range []struct {
		name      string
		rule      string
		facts     enforcement.Facts
		events    []enforcement.Event
		lastDay   string // Advancing to it fires nothing.
		fires     []enforcement.Event
		wantState enforcement.State
	}{
		{"reply lapses (brief example)", "Regs art 16; R-EXO-3", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09")},
			"2024-02-20", []enforcement.Event{lapseOn("2024-02-21", enforcement.ReplyPeriod)}, enforcement.ReleasedNoApplication},
		{"reply lapses with a short bond", "Regs art 16; R-EXO-3", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-20", "19999.99")},
			"2024-02-20", []enforcement.Event{lapseOn("2024-02-21", enforcement.ReplyPeriod)}, enforcement.ReleasedNoApplication},
		{"upon application: no court notice in 20 WD", "Regs art 24(1); R-APP-4", app,
			appDetainedOn("2024-09-27"),
			"2024-10-30", []enforcement.Event{lapseOn("2024-10-31", enforcement.CourtPeriod)}, enforcement.ReleasedNoCourtNotice},
		{"ex officio: no result and no court notice in 50 WD", "Regs art 24(2); R-EXO-7", ex,
			exDetainedOn("2024-09-27"),
			"2024-12-11", []enforcement.Event{lapseOn("2024-12-12", enforcement.ExOfficioCourtPeriod)}, enforcement.ReleasedUndetermined},
		{"ex officio: undetermined and no court notice in 50 WD", "Regs art 24(2); R-EXO-7", ex,
			append(exDetainedOn("2025-09-26"), resultOn("2025-11-13", enforcement.Undetermined)),
			"2025-12-11", []enforcement.Event{lapseOn("2025-12-12", enforcement.ExOfficioCourtPeriod)}, enforcement.ReleasedUndetermined},
		{"ex officio: infringing, the 50 WD do not release", "Regs arts 24(2), 27; R-EXO-7, R-EXO-8", ex,
			append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing)),
			"2024-12-11", nil, enforcement.Determined},
		{"ex officio: the bond covers, nothing lapses", "Regs art 16", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-20", "20000")},
			"2024-02-20", nil, enforcement.Applied},
		{"released: terminal, nothing lapses", "Measures art 22(2)", ex,
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2024-02-09"), eventOn(enforcement.HolderDeclined, "2024-02-09")},
			"2024-02-20", nil, enforcement.ReleasedHolderDeclined},
	} {
		t.Run(tc.name+" ("+tc.rule+")", func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.events...)
			before := c.State()

			// The last day itself: in time, nothing fires.
			same, fired, err := c.Advance(d(tc.lastDay))
			require.NoError(t, err)
			assert.Empty(t, fired, "Advance(%s) on the last day", tc.lastDay)
			assert.True(t, same.Equal(c))
			assert.Equal(t, before, same.State())

			// The day after: the lapse, dated that day.
			next := d(tc.lastDay).AddDays(1)
			got, fired, err := c.Advance(next)
			require.NoError(t, err)
			require.Lenf(t, fired, len(tc.fires), "Advance(%s) fired %v", next, fired)
			for i := range tc.fires {
				assert.Truef(t, tc.fires[i].Equal(fired[i]), "Advance(%s) fired %v; want %v", next, fired[i], tc.fires[i])
			}
			assert.Equal(t, tc.wantState, got.State())
			assert.Equal(t, c.Len()+len(tc.fires), got.Len())
			assert.Equal(t, before, c.State(), "the receiver is unchanged")

			// Idempotent: the same day, a later one, an earlier one.
			for _, asOf := range []calendar.Date{next, next.AddDays(400), d(tc.lastDay), d("2020-01-01")} {
				again, more, err := got.Advance(asOf)
				require.NoError(t, err)
				assert.Emptyf(t, more, "Advance(%s) again", asOf)
				assert.Truef(t, again.Equal(got), "Advance(%s) again changed the case", asOf)
			}

			// Replaying the fired lapses by hand gives the same case.
			byHand := mustApply(t, c, tc.fires...)
			assert.True(t, byHand.Equal(got))
		})
	}
}

// TestCase_Advance_investigationLapseChangesNothing checks that the end of
// the 30 WD investigation period releases nothing (Regs art 20 binds
// customs; only Regs art 24(2) releases): the goods stay under
// investigation until the 50th working day.
func TestCase_Advance_investigationLapseChangesNothing(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()), exDetainedOn("2024-09-27")...)
	got, fired, err := c.Advance(d("2024-11-14")) // The day after the 30th WD.
	require.NoError(t, err)
	assert.Empty(t, fired)
	assert.Equal(t, enforcement.UnderInvestigation, got.State())
	dls, err := got.Deadlines()
	require.NoError(t, err)
	checkDeadlines(t, got, dls, []wantDeadline{{enforcement.InvestigationPeriod, "2024-09-27", "2024-11-13"}, {enforcement.ExOfficioCourtPeriod, "2024-09-27", "2024-12-11"}})
	// A result after the 30th working day is late but still allowed.
	late := mustApply(t, got, resultOn("2024-11-20", enforcement.NotInfringing))
	assert.Equal(t, enforcement.ReleasedNotInfringing, late.State())
}

func TestCase_Advance_invalidDate(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09"))
	for _, asOf := range []calendar.Date{{}, {Year: 2024, Month: 2, Day: 30}} {
		got, fired, err := c.Advance(asOf)
		assert.ErrorIs(t, err, calendar.ErrInvalidDate)
		assert.Empty(t, fired)
		assert.True(t, got.Equal(c))
	}
}

// TestCase_Deadlines_notCovered checks that a period running past the
// calendar's data (calendar.China() ends 2027-12-24) is an error, never a
// guess from the weekend rule, for Deadlines, Advance and Apply; and that
// the periods ending on or before 2027-12-24 are computed.
func TestCase_Deadlines_notCovered(t *testing.T) {
	first, last := calendar.China().Coverage()
	require.Equal(t, d("2020-01-01"), first)
	require.Equal(t, d("2027-12-24"), last)

	// Reply, 3 WD, in December 2027 (no holiday): served Tue 12-21 →
	// 12-22, 12-23, Fri 12-24, covered; served Wed 12-22 → 12-23, 12-24,
	// then Mon 12-27, not covered.
	ok := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2027-12-21"))
	dls, err := ok.Deadlines()
	require.NoError(t, err)
	checkDeadlines(t, ok, dls, []wantDeadline{{enforcement.ReplyPeriod, "2027-12-21", "2027-12-24"}})

	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		events []enforcement.Event
		next   enforcement.Event
	}{
		{"ex officio reply from Wed 2027-12-22", exOfficioFacts(),
			[]enforcement.Event{eventOn(enforcement.NoticeServed, "2027-12-22")},
			appliedOn("2027-12-23", "20000")},
		// Detained Wed 12-01: 12-02..03, 12-06..10, 12-13..17, 12-20..24
		// are WD1-17; WD18 would be 12-27.
		{"upon application, 20 WD from Wed 2027-12-01", uponApplicationFacts(),
			appDetainedOn("2027-12-01"),
			eventOn(enforcement.CourtNotice, "2027-12-10")},
		{"ex officio, 50 WD from Mon 2027-11-01", exOfficioFacts(),
			exDetainedOn("2027-11-01"),
			eventOn(enforcement.ReceiptServed, "2027-11-02")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.events...)
			dls, err := c.Deadlines()
			assert.ErrorIs(t, err, calendar.ErrNotCovered)
			assert.Empty(t, dls)

			// Fewer working days have passed by 2027-12-20 than the
			// period counts, so it cannot have ended: no lapse, no error.
			got, fired, err := c.Advance(d("2027-12-20"))
			assert.NoError(t, err)
			assert.Empty(t, fired)
			assert.True(t, got.Equal(c), "nothing lapsed")

			// Advancing past the data may cross the last day: unknowable.
			got, fired, err = c.Advance(d("2027-12-28"))
			assert.ErrorIs(t, err, calendar.ErrNotCovered)
			assert.Empty(t, fired)
			assert.True(t, got.Equal(c), "Advance refused: the case is unchanged")

			// An event in the period's first working days is in time.
			got, err = c.Apply(tc.next)
			require.NoError(t, err)
			assert.Equal(t, c.Len()+1, got.Len())

			// One dated past the data may be after the last day.
			late := tc.next
			late.Date = d("2027-12-28")
			got, err = c.Apply(late)
			assert.ErrorIs(t, err, calendar.ErrNotCovered)
			assert.True(t, got.Equal(c), "Apply refused: the case is unchanged")
		})
	}
}

// TestBug_lapseBeyondCalendarRefusedAsTransition: a Lapse event whose
// period runs past the calendar's data should fail with
// calendar.ErrNotCovered, as Case.Apply documents for every event and as
// every other kind of event does; needLapse turns the calendar's error
// into Unmet text instead, so it is an ErrInvalidTransition that no longer
// matches ErrNotCovered, and a caller cannot tell "load next year's
// calendar" from "the law refuses".
func TestBug_lapseBeyondCalendarRefusedAsTransition(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2027-12-22"))
	got, err := c.Apply(lapseOn("2027-12-28", enforcement.ReplyPeriod))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, got.Equal(c))
}

// workdays reads the working days of 2020-2027 from the holiday data the
// calendar package is tested against: Monday to Friday, minus the State
// Council holidays, plus the adjusted working days (R-TIME-1). It is an
// oracle independent of package calendar.
func workdays(t *testing.T) map[calendar.Date]bool {
	t.Helper()
	f, err := os.Open("../calendar/testdata/cn-holidays.tsv")
	require.NoError(t, err)
	defer f.Close()
	special := map[calendar.Date]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "date\t") || line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(fields), 2, "line %q", line)
		special[d(fields[0])] = fields[1]
	}
	require.NoError(t, sc.Err())
	out := map[calendar.Date]bool{}
	for day := d("2020-01-01"); !day.After(d("2027-12-24")); day = day.AddDays(1) {
		wd := day.Start().Weekday()
		work := wd != time.Saturday && wd != time.Sunday
		switch special[day] {
		case "holiday":
			work = false
		case "workday":
			work = true
		}
		out[day] = work
	}
	return out
}

// TestCase_Deadlines_everyTrigger checks, for a detention and a notice on
// every day from 2020 to 2027 whose periods the calendar covers, that each
// deadline's last day is a working day and that exactly n working days of
// the holiday data lie after the trigger up to and including it.
func TestCase_Deadlines_everyTrigger(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every day of 2020-2027")
	}
	work := workdays(t)
	count := func(after, upTo calendar.Date) int {
		n := 0
		for day := after.AddDays(1); !day.After(upTo); day = day.AddDays(1) {
			if work[day] {
				n++
			}
		}
		return n
	}
	exOpen, appOpen := mustOpen(t, exOfficioFacts()), mustOpen(t, uponApplicationFacts())
	checked := 0
	// From the recordation's approval to the last notice whose reply
	// period the calendar covers (served 2027-12-21, last day 12-24).
	for day := d("2020-02-10"); !day.After(d("2027-12-21")); day = day.AddDays(1) {
		date := day.String()
		for _, c := range []enforcement.Case{
			mustApply(t, exOpen, eventOn(enforcement.NoticeServed, date)),
			mustApply(t, exOpen, exDetainedOn(date)...),
			mustApply(t, appOpen, appDetainedOn(date)...),
		} {
			dls, err := c.Deadlines()
			if err != nil {
				require.ErrorIs(t, err, calendar.ErrNotCovered, "trigger %s", date)
				continue
			}
			for _, dl := range dls {
				checked++
				if !work[dl.LastDay] {
					t.Fatalf("%s from %s: LastDay %s is not a working day", dl.Kind, date, dl.LastDay)
				}
				if n := count(day, dl.LastDay); n != dl.Period.Count {
					t.Fatalf("%s from %s: %d working days up to %s; want %d", dl.Kind, date, n, dl.LastDay, dl.Period.Count)
				}
			}
		}
	}
	assert.Greater(t, checked, 4*2800)
}

// announcedOn is an ex officio case of an unknown party, found infringing
// and announced on day (Penalty Regs art 62(4); R-PEN-5).
func announcedOn(t *testing.T, day string) enforcement.Case {
	t.Helper()
	c := mustOpen(t, unknownPartyFacts())
	detained := d(day).AddDays(-30)
	c = mustApply(t, c, eventOn(enforcement.NoticeServed, detained.AddDays(-2).String()), appliedOn(detained.AddDays(-1).String(), "20000"),
		eventOn(enforcement.Detention, detained.String()), resultOn(detained.AddDays(1).String(), enforcement.Infringing),
		eventOn(enforcement.Announcement, day))
	require.Equal(t, enforcement.Announced, c.State())
	return c
}

// TestCase_Deadlines_announcement checks the unknown party's 3 calendar
// months (Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U];
// R-PEN-5), counted from the day after the announcement by Civil Code
// arts 201-202 — the day of the same number, or the month's last day —
// and rolled to the next working day off a rest day or holiday (art 203;
// R-TIME-3). Weekdays and holidays by hand from the State Council
// arrangements.
func TestCase_Deadlines_announcement(t *testing.T) {
	ann := enforcement.AnnouncementPeriod
	for _, tc := range []struct {
		name, announced, lastDay string
	}{
		{"a plain weekday: Mon 2024-06-03 to Tue 2024-09-03", "2024-06-03", "2024-09-03"},
		{"month end: 2024-11-30 to Fri 2025-02-28 (art 202)", "2024-11-30", "2025-02-28"},
		{"month end in a leap year: 2023-11-30 to Thu 2024-02-29", "2023-11-30", "2024-02-29"},
		{"31st to a 30-day month: 2024-01-31 to Tue 2024-04-30", "2024-01-31", "2024-04-30"},
		{"a weekday: 2024-05-14 to Wed 2024-08-14", "2024-05-14", "2024-08-14"},
		{"to a Saturday, rolled over the weekend: 2024-03-15 to Sat 06-15, Mon 2024-06-17", "2024-03-15", "2024-06-17"},
		{"into Spring Festival: 2024-10-31 to Fri 2025-01-31, rolled to Wed 2025-02-05", "2024-10-31", "2025-02-05"},
		{"into National Day: 2024-07-01 to Tue 2024-10-01, rolled to Tue 2024-10-08", "2024-07-01", "2024-10-08"},
		{"to an adjusted working Sunday: 2024-06-29 to Sun 2024-09-29, a working day", "2024-06-29", "2024-09-29"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := announcedOn(t, tc.announced)
			got, err := c.Deadlines()
			require.NoError(t, err)
			checkDeadlines(t, c, got, []wantDeadline{{ann, tc.announced, tc.lastDay}})
			assert.Equal(t, calendar.Period{Count: 3, Unit: calendar.UnitMonths}, got[0].Period)

			// The party comes forward on the last day, not the day after.
			ok, err := c.Apply(eventOn(enforcement.Confiscation, tc.lastDay))
			require.NoError(t, err)
			assert.Equal(t, enforcement.Confiscated, ok.State())
			_, err = c.Apply(eventOn(enforcement.Confiscation, d(tc.lastDay).AddDays(1).String()))
			assert.ErrorIs(t, err, enforcement.ErrDeadlinePassed)

			// Advance to the last day: nothing; to the day after: taken over.
			same, fired, err := c.Advance(d(tc.lastDay))
			require.NoError(t, err)
			assert.Empty(t, fired)
			assert.True(t, same.Equal(c))
			over, fired, err := c.Advance(d(tc.lastDay).AddDays(1))
			require.NoError(t, err)
			assert.Equal(t, enforcement.TakenOver, over.State())
			if assert.Len(t, fired, 1) {
				assert.True(t, fired[0].Equal(lapseOn(d(tc.lastDay).AddDays(1).String(), ann)), "fired %v", fired[0])
			}
			dls, err := over.Deadlines()
			assert.NoError(t, err)
			assert.Empty(t, dls, "no period runs once taken over")
		})
	}
}

// TestCase_Deadlines_announcementRules: the caller may count the
// announcement period otherwise (Rules.Announcement): 6 months, or not
// rolled off a rest day.
func TestCase_Deadlines_announcementRules(t *testing.T) {
	for _, tc := range []struct {
		name    string
		period  calendar.Period
		lastDay string
	}{
		{"the law's default", calendar.Period{}, "2025-02-05"},
		{"not rolled: ends in the holiday", calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}, "2025-01-31"},
		{"6 months: Thu 2025-04-30", calendar.Period{Count: 6, Unit: calendar.UnitMonths}, "2025-04-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rulesChina()
			r.Announcement = tc.period
			f := unknownPartyFacts()
			c, err := enforcement.Replay(f, r, announcedOn(t, "2024-10-31").Events())
			require.NoError(t, err)
			got, err := c.Deadlines()
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, d(tc.lastDay), got[0].LastDay)
			assert.Equal(t, d(tc.lastDay).AddDays(1), got[0].LapsesOn())
		})
	}
	r := rulesChina()
	r.Announcement = calendar.Period{Count: 90, Unit: calendar.UnitDays}
	assert.ErrorIs(t, r.Validate(), enforcement.ErrInvalidRules, "the law counts the announcement in months")
}

// TestCase_Deadlines_announcementNotCovered: an announcement whose 3
// months end past the calendar's data (2027-12-24). Before the unrolled
// last day the period certainly runs, so the case takes events and
// advances; after it, whether a roll moves the end is unknowable, and
// the answer is calendar.ErrNotCovered, never a guess.
func TestCase_Deadlines_announcementNotCovered(t *testing.T) {
	// Announced Mon 2027-09-27: 3 months end Mon 2027-12-27, past the data.
	c := announcedOn(t, "2027-09-27")
	_, err := c.Deadlines()
	assert.ErrorIs(t, err, calendar.ErrNotCovered)

	got, fired, err := c.Advance(d("2027-12-27"))
	require.NoError(t, err, "the unrolled last day is 2027-12-27: no lapse before it")
	assert.Empty(t, fired)
	assert.True(t, got.Equal(c))
	got, err = c.Apply(eventOn(enforcement.Confiscation, "2027-12-27"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.Confiscated, got.State())

	got, fired, err = c.Advance(d("2027-12-28"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.Empty(t, fired)
	assert.True(t, got.Equal(c))
	got, err = c.Apply(eventOn(enforcement.Confiscation, "2027-12-28"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, got.Equal(c))
}
