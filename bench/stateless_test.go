package bench

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/qmuntal/stateless"
	"github.com/shopspring/decimal"
)

// This file writes the detention workflow of package enforcement on
// github.com/qmuntal/stateless, the most used general state-machine
// library for Go, and compares the two on the same 12-event history.
//
// The stateless version is the table of enforcement's package
// documentation written the way stateless's README shows:
//
//   - states and triggers are the enforcement.State and
//     enforcement.EventKind values, held as stateless's `any`; the event
//     is the trigger's argument, read back with a type assertion;
//   - the case's state lives outside the machine, in a record, through
//     NewStateMachineWithExternalStorage, as it lives in an
//     enforcement.Case: the record is what a caller persists;
//   - the conditions of the law and the rows chosen by the track or the
//     result are guards on Permit (stateless's Permit takes the guards
//     that the .NET original's PermitIf does): the bond check, "ex
//     officio", "infringing", ...; Detained and Released are superstates
//     (SubstateOf), so the rows from Detained apply in each stage;
//   - the bond posted and the receipt are kept by actions
//     (InternalTransition, OnEntryFrom), and fire also refuses an event
//     dated before the previous one, as Case.Apply does.
//
// What stateless cannot express is left out: the deadlines. Its guards
// see the state and the trigger's arguments, but the machine has no
// notion of time passing, so the reply period that refuses a late
// application, the lapses that release the goods by law (Case.Advance)
// and the periods a case lists (Case.Deadlines) have no counterpart; a
// caller would write them beside the machine. The history below has no
// lapse and no late event, so both reach the same states. Neither does
// the stateless version validate the events (amounts in whole fen and
// within bounds, a result only on a result) nor keep them as the case's
// history: Case.Apply does both, so it does more work per event.

// statelessRecord is the external storage of the stateless machine: the
// state and the facts its guards read.
type statelessRecord struct {
	state   enforcement.State
	bond    decimal.Decimal
	receipt bool
	result  enforcement.Result
	last    calendar.Date // The previous event's date.
}

// statelessCase is one case on stateless: its machine and its record.
type statelessCase struct {
	rec *statelessRecord
	sm  *stateless.StateMachine
}

// eventArg reads the event back from a trigger's arguments.
func eventArg(args []any) enforcement.Event { return args[0].(enforcement.Event) }

// newStatelessCase configures a machine for a case with facts f, opened.
// required is the bond detention needs (enforcement.RequiredBond of the
// track and the goods' value), computed once as a caller would.
func newStatelessCase(f enforcement.Facts, required decimal.Decimal) statelessCase {
	rec := &statelessRecord{state: enforcement.Opened}
	sm := stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return rec.state, nil },
		func(_ context.Context, s stateless.State) error { rec.state = s.(enforcement.State); return nil },
		stateless.FiringImmediate)

	exOfficio := func(context.Context, ...any) bool { return f.Track == enforcement.ExOfficio }
	uponApplication := func(context.Context, ...any) bool { return f.Track == enforcement.UponApplication }
	recorded := func(_ context.Context, args ...any) bool {
		for _, r := range f.Recordations {
			if r.InForce(eventArg(args).Date) {
				return true
			}
		}
		return false
	}
	bondCovers := func(context.Context, ...any) bool { return !rec.bond.LessThan(required) }
	result := func(want enforcement.Result) stateless.GuardFunc {
		return func(_ context.Context, args ...any) bool { return eventArg(args).Result == want }
	}
	notFoundInfringing := func(context.Context, ...any) bool { return rec.result != enforcement.Infringing }
	patent := func(context.Context, ...any) bool {
		for _, r := range f.Rights {
			if !r.Type.IsPatent() {
				return false
			}
		}
		return true
	}
	guaranteeCovers := func(_ context.Context, args ...any) bool {
		return !eventArg(args).Amount.LessThan(f.Goods.Value())
	}
	addBond := func(_ context.Context, args ...any) error {
		rec.bond = rec.bond.Add(eventArg(args).Amount)
		return nil
	}
	setResult := func(_ context.Context, args ...any) error {
		rec.result = eventArg(args).Result
		return nil
	}

	sm.Configure(enforcement.Opened).
		Permit(enforcement.NoticeServed, enforcement.Suspended, exOfficio, recorded).
		Permit(enforcement.HolderApplied, enforcement.Applied, uponApplication)
	sm.Configure(enforcement.Suspended).
		Permit(enforcement.HolderApplied, enforcement.Applied).
		Permit(enforcement.HolderDeclined, enforcement.ReleasedHolderDeclined).
		Permit(enforcement.PoliceTransfer, enforcement.TransferredToPolice)
	sm.Configure(enforcement.Applied).
		OnEntryFrom(enforcement.HolderApplied, addBond).
		InternalTransition(enforcement.BondPosted, addBond).
		Permit(enforcement.Detention, enforcement.UnderInvestigation, exOfficio, bondCovers).
		Permit(enforcement.Detention, enforcement.AwaitingCourt, uponApplication, bondCovers).
		Permit(enforcement.Rejection, enforcement.Rejected, uponApplication).
		Permit(enforcement.Rejection, enforcement.ReleasedNoApplication, exOfficio).
		Permit(enforcement.Withdrawal, enforcement.ReleasedWithdrawn).
		Permit(enforcement.PoliceTransfer, enforcement.TransferredToPolice)
	sm.Configure(enforcement.Detained).
		InternalTransition(enforcement.ReceiptServed, func(context.Context, ...any) error { rec.receipt = true; return nil },
			func(context.Context, ...any) bool { return !rec.receipt }).
		Permit(enforcement.CourtNotice, enforcement.CourtAssisted).
		Permit(enforcement.CounterGuarantee, enforcement.ReleasedCounterGuarantee, patent, notFoundInfringing, guaranteeCovers).
		Permit(enforcement.EvidenceAccepted, enforcement.ReleasedEvidenceAccepted, notFoundInfringing).
		Permit(enforcement.Withdrawal, enforcement.ReleasedWithdrawn, notFoundInfringing).
		Permit(enforcement.PoliceTransfer, enforcement.TransferredToPolice)
	sm.Configure(enforcement.UnderInvestigation).
		SubstateOf(enforcement.Detained).
		Permit(enforcement.InvestigationResult, enforcement.Determined, result(enforcement.Infringing)).
		Permit(enforcement.InvestigationResult, enforcement.ReleasedNotInfringing, result(enforcement.NotInfringing)).
		Permit(enforcement.InvestigationResult, enforcement.AwaitingCourt, result(enforcement.Undetermined))
	sm.Configure(enforcement.AwaitingCourt).
		SubstateOf(enforcement.Detained).
		OnEntryFrom(enforcement.InvestigationResult, setResult)
	sm.Configure(enforcement.Determined).
		SubstateOf(enforcement.Detained).
		OnEntryFrom(enforcement.InvestigationResult, setResult).
		Permit(enforcement.Confiscation, enforcement.Confiscated).
		InternalTransition(enforcement.CourtNotice, func(context.Context, ...any) error { return nil })
	for _, s := range enforcement.States() {
		if s.Parent() == enforcement.Released {
			sm.Configure(s).SubstateOf(enforcement.Released)
		}
	}
	sm.Configure(enforcement.ReleasedNotInfringing).OnEntryFrom(enforcement.InvestigationResult, setResult)
	return statelessCase{rec: rec, sm: sm}
}

// fire fires ev's kind with ev as its argument, refusing an event dated
// before the previous one.
func (c statelessCase) fire(ev enforcement.Event) error {
	if ev.Date.Before(c.rec.last) {
		return fmt.Errorf("%v dated before the previous event, on %s", ev, c.rec.last)
	}
	if err := c.sm.Fire(ev.Kind, ev); err != nil {
		return err
	}
	c.rec.last = ev.Date
	return nil
}

// workflowFacts are an ex officio case about a recorded trademark: 1,200
// pairs of shoes declared at 30,000.00, so the required bond is 20,000.00
// (the floor of Measures art 23).
func workflowFacts(tb testing.TB) enforcement.Facts {
	tb.Helper()
	holder := rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}
	mark := rights.Right{Type: rights.Trademark, Holder: holder.Name, Number: "1234567",
		Registered: calendar.MustParseDate("2018-03-07"), Classes: []rights.NiceClass{25}}
	rec, err := rights.NewRecordation(mark, rights.Application{Holder: holder}, calendar.MustParseDate("2020-01-02"))
	if err == nil {
		rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: calendar.MustParseDate("2020-02-10"), Number: "T2020-1"})
	}
	if err != nil {
		tb.Fatal(err)
	}
	return enforcement.Facts{
		ID: uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11"), Track: enforcement.ExOfficio,
		Rights: []rights.Right{mark}, Recordations: []rights.Recordation{rec},
		Goods: enforcement.Goods{Description: "shoes", Quantity: decimal.NewFromInt(1200), Unit: "pairs",
			DeclaredValue: decimal.RequireFromString("30000")},
		Holder: enforcement.Party{Name: holder.Name}, Consignee: enforcement.Party{Name: "X Trading"},
		Port: "Shanghai Pudong", Direction: enforcement.Export, Channel: enforcement.Cargo,
	}
}

// workflowHistory is the 12-event history of enforcement's
// BenchmarkReplay: the notice served on Friday 2024-02-09; the holder's
// application on 2024-02-18 with 8,000.00, topped up to 20,000.00 in six
// instalments of 2,000.00 by 2024-02-20, the reply period's last day;
// detention, the receipt, an undetermined result, and a court's
// assistance notice.
func workflowHistory() []enforcement.Event {
	day := calendar.MustParseDate
	bond := func(d string) enforcement.Event {
		return enforcement.Event{Kind: enforcement.BondPosted, Date: day(d), Amount: decimal.RequireFromString("2000.00")}
	}
	return []enforcement.Event{
		{Kind: enforcement.NoticeServed, Date: day("2024-02-09"), Reference: "SH-2024-0042"},
		{Kind: enforcement.HolderApplied, Date: day("2024-02-18"), Amount: decimal.RequireFromString("8000.00"), Reference: "APP-2024-17"},
		bond("2024-02-18"), bond("2024-02-18"), bond("2024-02-19"), bond("2024-02-19"), bond("2024-02-20"), bond("2024-02-20"),
		{Kind: enforcement.Detention, Date: day("2024-02-21")},
		{Kind: enforcement.ReceiptServed, Date: day("2024-02-22")},
		{Kind: enforcement.InvestigationResult, Date: day("2024-03-15"), Result: enforcement.Undetermined},
		{Kind: enforcement.CourtNotice, Date: day("2024-04-10"), Reference: "(2024) Hu 0115 Zhi Bao 77"},
	}
}

// TestStatelessAgrees fires the 12-event history on both machines and
// checks that they pass through the same states and reach the same end;
// then that both refuse the same wrong events: a detention before the bond
// covers, a second receipt, a confiscation of goods not found infringing,
// an event dated before the previous one.
func TestStatelessAgrees(t *testing.T) {
	f := workflowFacts(t)
	bond, err := enforcement.RequiredBond(f.Track, f.Goods.Value())
	if err != nil || !bond.Equal(decimal.RequireFromString("20000")) {
		t.Fatalf("RequiredBond = %s, %v; want 20000", bond, err)
	}
	ours, err := enforcement.NewCase(f, enforcement.Rules{Calendar: calendar.China()})
	if err != nil {
		t.Fatal(err)
	}
	theirs := newStatelessCase(f, bond)
	history := workflowHistory()
	if len(history) != 12 {
		t.Fatalf("history has %d events; want 12", len(history))
	}
	for i, ev := range history {
		if ours, err = ours.Apply(ev); err != nil {
			t.Fatalf("events[%d] %v: ours: %v", i, ev, err)
		}
		if err := theirs.fire(ev); err != nil {
			t.Fatalf("events[%d] %v: stateless: %v", i, ev, err)
		}
		if ours.State() != theirs.rec.state || !ours.BondPosted().Equal(theirs.rec.bond) {
			t.Fatalf("after events[%d] %v: ours %v with bond %s; stateless %v with bond %s",
				i, ev, ours.State(), ours.BondPosted(), theirs.rec.state, theirs.rec.bond)
		}
	}
	if ours.State() != enforcement.CourtAssisted {
		t.Errorf("final state %v; want court-assisted", ours.State())
	}

	for _, tc := range []struct {
		name    string
		prefix  int // Events of history applied first.
		refused enforcement.Event
	}{
		{"detention before the bond covers", 4, enforcement.Event{Kind: enforcement.Detention, Date: calendar.MustParseDate("2024-02-19")}},
		{"second receipt", 10, enforcement.Event{Kind: enforcement.ReceiptServed, Date: calendar.MustParseDate("2024-02-23")}},
		{"confiscation not found infringing", 11, enforcement.Event{Kind: enforcement.Confiscation, Date: calendar.MustParseDate("2024-03-20")}},
		{"dated before the previous event", 9, enforcement.Event{Kind: enforcement.ReceiptServed, Date: calendar.MustParseDate("2024-02-01")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := enforcement.Replay(f, enforcement.Rules{Calendar: calendar.China()}, history[:tc.prefix])
			if err != nil {
				t.Fatal(err)
			}
			s := newStatelessCase(f, bond)
			for _, ev := range history[:tc.prefix] {
				if err := s.fire(ev); err != nil {
					t.Fatal(err)
				}
			}
			_, ourErr := c.Apply(tc.refused)
			theirErr := s.fire(tc.refused)
			if !errors.Is(ourErr, enforcement.ErrInvalidTransition) || theirErr == nil {
				t.Errorf("%v: ours %v; stateless %v; want both refused", tc.refused, ourErr, theirErr)
			}
			if s.rec.state != c.State() {
				t.Errorf("after the refusal: stateless %v; ours %v", s.rec.state, c.State())
			}
		})
	}
}

var (
	sinkCase  enforcement.Case
	sinkState enforcement.State
)

// BenchmarkWorkflow runs the 12-event history per op: impl=ours is
// enforcement.Replay (open the case, apply the 12 events); impl=stateless
// configures a fresh stateless machine over a fresh record and fires the
// 12 triggers, as a service that loads a case and its machine per request
// does. Both check their final state.
func BenchmarkWorkflow(b *testing.B) {
	f := workflowFacts(b)
	rules := enforcement.Rules{Calendar: calendar.China()}
	history := workflowHistory()
	bond, err := enforcement.RequiredBond(f.Track, f.Goods.Value())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		var c enforcement.Case
		var err error
		for i := 0; i < b.N; i++ {
			c, err = enforcement.Replay(f, rules, history)
		}
		if err != nil || c.State() != enforcement.CourtAssisted {
			b.Fatalf("Replay = %v, %v; want court-assisted", c.State(), err)
		}
		sinkCase = c
	})
	b.Run("impl=stateless", func(b *testing.B) {
		b.ReportAllocs()
		var s statelessCase
		for i := 0; i < b.N; i++ {
			s = newStatelessCase(f, bond)
			for _, ev := range history {
				if err := s.fire(ev); err != nil {
					b.Fatal(err)
				}
			}
		}
		if s.rec.state != enforcement.CourtAssisted {
			b.Fatalf("stateless = %v; want court-assisted", s.rec.state)
		}
		sinkState = s.rec.state
	})
}

// BenchmarkEvent measures one event, a detention with its bond check, on
// a case that has the 8 events before it: impl=ours is Case.Apply on a
// replayed case; impl=stateless fires the trigger on a machine configured
// once, its record reset to the same point before each op (the reset is
// three assignments). This is the per-event cost a service pays once a
// case is loaded.
func BenchmarkEvent(b *testing.B) {
	f := workflowFacts(b)
	history := workflowHistory()
	detention := history[8]
	if detention.Kind != enforcement.Detention {
		b.Fatalf("history[8] = %v; want a detention", detention)
	}
	bond, err := enforcement.RequiredBond(f.Track, f.Goods.Value())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("impl=ours", func(b *testing.B) {
		// A pool of loaded cases, rebuilt off the clock every 1024 ops:
		// a case just replayed has room for its next event, as one read
		// from storage has.
		rules := enforcement.Rules{Calendar: calendar.China()}
		pool := make([]enforcement.Case, 1024)
		b.ReportAllocs()
		b.ResetTimer()
		var out enforcement.Case
		var err error
		for i := 0; i < b.N; i++ {
			if i%len(pool) == 0 {
				b.StopTimer()
				for j := range pool {
					if pool[j], err = enforcement.Replay(f, rules, history[:8]); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
			}
			out, err = pool[i%len(pool)].Apply(detention)
		}
		if err != nil || out.State() != enforcement.UnderInvestigation {
			b.Fatalf("Apply = %v, %v; want under-investigation", out.State(), err)
		}
		sinkCase = out
	})
	b.Run("impl=stateless", func(b *testing.B) {
		s := newStatelessCase(f, bond)
		for _, ev := range history[:8] {
			if err := s.fire(ev); err != nil {
				b.Fatal(err)
			}
		}
		saved := *s.rec
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			*s.rec = saved
			if err := s.fire(detention); err != nil {
				b.Fatal(err)
			}
		}
		if s.rec.state != enforcement.UnderInvestigation {
			b.Fatalf("stateless = %v; want under-investigation", s.rec.state)
		}
		sinkState = s.rec.state
	})
}
