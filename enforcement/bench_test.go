package enforcement_test

import (
	"math/rand"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
)

// The benchmarks measure the targets:
//
//   - BenchmarkApply: one event applied to a mid-life case, ≤ 1 µs and
//     ≤ 10 allocations, on a case just loaded (case=loaded) and on one
//     extended again and again (case=shared);
//   - BenchmarkReplay: a 12-event history rebuilt from its facts, ≤ 10 µs;
//   - BenchmarkAdvance: 10,000 open cases advanced to their as-of days,
//     ≤ 10 ms.
//
// Each operation runs as impl=ours, and Replay and Advance also as
// impl=naive, what a hand-written case system would do, in the same run:
// compare them with benchstat -col /impl. Each benchmark checks its
// result, so that -benchtime=1x (as CI runs them) is a correctness run.
//
// BenchmarkApply has no naive baseline here: the per-event baseline is
// qmuntal/stateless, in the bench module (BenchmarkEvent).
//
// Profile notes (2026-11-27): a detention first cost 16 allocations, 11
// of them the required bond recomputed in decimal arithmetic at each
// event; the bond is now computed once when the case opens and compared in
// fen. The copy of the history at each Apply was most of the rest, and of
// the time (allocation and GC scanning); cases now share their history
// (history.go), so Apply on a loaded case allocates nothing, and only a
// case extended twice (case=shared) copies.

// Sinks keep the compiler from discarding the results.
var (
	sinkCase  enforcement.Case
	sinkCases []enforcement.Case
	sinkNaive []naiveCase
)

// benchHistory is a realistic ex officio history of 12 events on the
// exOfficioFacts (goods worth 30,000.00, so a required bond of 20,000.00
// by the floor of Measures art 23): customs serves the notice on Friday
// 2024-02-09; the holder applies within the reply period (last day
// 2024-02-20, the domain brief's worked example) posting 8,000.00 and
// tops the bond up to 20,000.00 in six instalments; customs detains,
// serves the receipt, cannot determine infringement, and the holder
// brings a court's assistance notice in time. The benchmarks check that
// the table accepts every event and the case ends court-assisted.
func benchHistory() []enforcement.Event {
	ev := func(k enforcement.EventKind, day string) enforcement.Event {
		return enforcement.Event{Kind: k, Date: d(day)}
	}
	bond := func(day string) enforcement.Event {
		return enforcement.Event{Kind: enforcement.BondPosted, Date: d(day), Amount: amt("2000.00")}
	}
	return []enforcement.Event{
		{Kind: enforcement.NoticeServed, Date: d("2024-02-09"), Reference: "SH-2024-0042"},
		{Kind: enforcement.HolderApplied, Date: d("2024-02-18"), Amount: amt("8000.00"), Reference: "APP-2024-17"},
		bond("2024-02-18"),
		bond("2024-02-18"),
		bond("2024-02-19"),
		bond("2024-02-19"),
		bond("2024-02-20"),
		bond("2024-02-20"),
		ev(enforcement.Detention, "2024-02-21"),
		ev(enforcement.ReceiptServed, "2024-02-22"),
		{Kind: enforcement.InvestigationResult, Date: d("2024-03-15"), Result: enforcement.Undetermined},
		{Kind: enforcement.CourtNotice, Date: d("2024-04-10"), Reference: "(2024) Hu 0115 Zhi Bao 77"},
	}
}

// applyLoop is the Replay baseline: NewCase, then Case.Apply for each
// event, as a caller that keeps only the Case value does. Each Apply
// copies the history so far (the Case is immutable), so the loop is
// quadratic in the history's length; Replay grows one slice in place.
func applyLoop(f enforcement.Facts, r enforcement.Rules, events []enforcement.Event) (enforcement.Case, error) {
	c, err := enforcement.NewCase(f, r)
	if err != nil {
		return c, err
	}
	for _, ev := range events {
		if c, err = c.Apply(ev); err != nil {
			return c, err
		}
	}
	return c, nil
}

func BenchmarkReplay(b *testing.B) {
	f, r, events := exOfficioFacts(), rulesChina(), benchHistory()
	if len(events) != 12 {
		b.Fatalf("benchHistory has %d events; want 12", len(events))
	}
	check := func(b *testing.B, c enforcement.Case, err error) {
		b.Helper()
		if err != nil || c.State() != enforcement.CourtAssisted || c.Len() != len(events) || !c.BondPosted().Equal(amt("20000")) {
			b.Fatalf("replay = %v with %d events and bond %s, %v; want court-assisted, 12 events, 20000", c.State(), c.Len(), c.BondPosted(), err)
		}
	}
	want, err := enforcement.Replay(f, r, events)
	check(b, want, err)
	if got, err := applyLoop(f, r, events); err != nil || !got.Equal(want) {
		b.Fatalf("applyLoop = %v, %v; want the case Replay builds", got.State(), err)
	}
	for _, impl := range []struct {
		name   string
		replay func(enforcement.Facts, enforcement.Rules, []enforcement.Event) (enforcement.Case, error)
	}{{"ours", enforcement.Replay}, {"naive", applyLoop}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			var c enforcement.Case
			var err error
			for i := 0; i < b.N; i++ {
				c, err = impl.replay(f, r, events)
			}
			check(b, c, err)
			sinkCase = c
		})
	}
}

func BenchmarkApply(b *testing.B) {
	history := benchHistory()
	f, r := exOfficioFacts(), rulesChina()
	for _, bc := range []struct {
		name   string
		before []enforcement.Event // The mid-life case.
		ev     enforcement.Event
		want   enforcement.State
	}{
		// The cheapest kind of row: a self-loop with one guard on the
		// case, in a state with two running periods (the pending lapse
		// is computed to check the event is not late).
		{"receipt-served", history[:9], history[9], enforcement.UnderInvestigation},
		// The costliest: a row chosen by the track, whose guard computes
		// the required bond from the goods' value (Measures art 23) and
		// compares it with the bond posted, after the reply period's
		// check.
		{"detention", history[:8], history[8], enforcement.UnderInvestigation},
	} {
		c, err := enforcement.Replay(f, r, bc.before)
		if err != nil {
			b.Fatal(err)
		}
		check := func(b *testing.B, next enforcement.Case, err error) {
			b.Helper()
			if err != nil || next.State() != bc.want || next.Len() != c.Len()+1 {
				b.Fatalf("Apply(%v) = %v, %v; want %v", bc.ev, next.State(), err, bc.want)
			}
			sinkCase = next
		}
		// case=loaded: the case as a service has it, just replayed or
		// read from JSON, whose history has room for the next event:
		// Apply extends the log in place. A pool of such cases is
		// rebuilt off the clock every 1024 events.
		b.Run("event="+bc.name+"/case=loaded", func(b *testing.B) {
			b.ReportAllocs()
			pool := make([]enforcement.Case, 1024)
			var next enforcement.Case
			for i := 0; i < b.N; i++ {
				if i%len(pool) == 0 {
					b.StopTimer()
					for j := range pool {
						pool[j], _ = enforcement.Replay(f, r, bc.before)
					}
					b.StartTimer()
				}
				next, err = pool[i%len(pool)].Apply(bc.ev)
			}
			check(b, next, err)
		})
		// case=shared: the same case extended again and again, as a
		// what-if branch does: every Apply after the first copies the
		// history into a new log.
		b.Run("event="+bc.name+"/case=shared", func(b *testing.B) {
			b.ReportAllocs()
			var next enforcement.Case
			for i := 0; i < b.N; i++ {
				next, err = c.Apply(bc.ev)
			}
			check(b, next, err)
		})
	}
}

// advanceCases is the population of BenchmarkAdvance: n open cases in
// seven situations (both tracks; reply period running or not; detained
// under investigation, awaiting the court, or found infringing), opened
// on days spread over 2024-2025, each with its as-of day. About one case
// in eight is advanced past the last day of a period whose lapse
// releases the goods; the others are advanced to a day before it, or
// have no such period. lapsing is the number that lapse.
func advanceCases(tb testing.TB, n int) (cases []enforcement.Case, asOf []calendar.Date, lapsing int) {
	rng := rand.New(rand.NewSource(1))
	ev := func(k enforcement.EventKind, day calendar.Date) enforcement.Event {
		return enforcement.Event{Kind: k, Date: day}
	}
	money := func(k enforcement.EventKind, day calendar.Date, a string) enforcement.Event {
		return enforcement.Event{Kind: k, Date: day, Amount: amt(a)}
	}
	exo, app := exOfficioFacts(), uponApplicationFacts()
	first := d("2024-01-02")
	for i := 0; i < n; i++ {
		s := first.AddDays(calendar.Days(rng.Intn(600)))
		var f enforcement.Facts
		var events []enforcement.Event
		switch i % 7 {
		case 0: // Suspended: the reply period runs.
			f, events = exo, []enforcement.Event{ev(enforcement.NoticeServed, s)}
		case 1: // Applied with a bond short of 20,000: the reply period runs.
			f, events = exo, []enforcement.Event{ev(enforcement.NoticeServed, s), money(enforcement.HolderApplied, s.AddDays(1), "5000")}
		case 2: // Applied upon application: customs decides, no period.
			f, events = app, []enforcement.Event{money(enforcement.HolderApplied, s, "30000")}
		case 3: // Under investigation: the 50- and 30-day periods run.
			f, events = exo, []enforcement.Event{ev(enforcement.NoticeServed, s), money(enforcement.HolderApplied, s.AddDays(1), "20000"),
				ev(enforcement.Detention, s.AddDays(2))}
		case 4: // Ex officio, undetermined: the 50-day period runs.
			f, events = exo, []enforcement.Event{ev(enforcement.NoticeServed, s), money(enforcement.HolderApplied, s.AddDays(1), "20000"),
				ev(enforcement.Detention, s.AddDays(2)), {Kind: enforcement.InvestigationResult, Date: s.AddDays(20), Result: enforcement.Undetermined}}
		case 5: // Upon application, detained: the 20-day period runs.
			f, events = app, []enforcement.Event{money(enforcement.HolderApplied, s, "30000"), ev(enforcement.Detention, s.AddDays(1))}
		case 6: // Found infringing: confiscation follows, no lapse.
			f, events = exo, []enforcement.Event{ev(enforcement.NoticeServed, s), money(enforcement.HolderApplied, s.AddDays(1), "20000"),
				ev(enforcement.Detention, s.AddDays(2)), {Kind: enforcement.InvestigationResult, Date: s.AddDays(20), Result: enforcement.Infringing}}
		}
		c, err := enforcement.Replay(f, rulesChina(), events)
		if err != nil {
			tb.Fatalf("case %d: %v", i, err)
		}
		last := events[len(events)-1].Date
		day := last.AddDays(calendar.Days(rng.Intn(60)))
		ds, err := c.Deadlines()
		if err != nil {
			tb.Fatalf("case %d: %v", i, err)
		}
		for _, dl := range ds {
			if dl.Lapse == enforcement.StateUnknown {
				continue
			}
			if rng.Intn(8) == 0 {
				day = dl.LastDay.AddDays(calendar.Days(1 + rng.Intn(10)))
				lapsing++
			} else {
				day = last.AddDays(calendar.Days(rng.Intn(int(dl.LastDay.DaysSince(last)) + 1)))
			}
		}
		cases, asOf = append(cases, c), append(asOf, day)
	}
	return cases, asOf, lapsing
}

// naiveCase is the record a hand-written case system keeps: the state and
// the trigger days of its periods, in a mutable struct.
type naiveCase struct {
	track            enforcement.Track
	state            enforcement.State
	served, detained calendar.Date
	bondCovers       bool
	lapsed           enforcement.DeadlineKind // The period whose lapse released the goods, if any.
	lapsedOn         calendar.Date
}

// naiveOf copies the fields naiveCase keeps from c.
func naiveOf(c enforcement.Case) naiveCase {
	n := naiveCase{track: c.Track(), state: c.State(), bondCovers: !c.BondPosted().LessThan(c.RequiredBond())}
	n.detained, _ = c.Detained()
	for _, ev := range c.Events() {
		if ev.Kind == enforcement.NoticeServed {
			n.served = ev.Date
		}
	}
	return n
}

// naiveAdvance is the Advance baseline: the same rules written as a
// switch over the state, with each period's last day recomputed by
// stepping day by day from its trigger and asking Calendar.IsWorkday, as
// a system without a working-day table does. It records the lapse in the
// struct rather than in a history, and computes no instants: it does
// less than Advance, which returns a new immutable Case with the Lapse
// event in its history.
func naiveAdvance(cal calendar.Calendar, n naiveCase, asOf calendar.Date) (naiveCase, error) {
	for {
		var trigger calendar.Date
		var count int
		var kind enforcement.DeadlineKind
		var to enforcement.State
		switch {
		case n.state == enforcement.Suspended,
			n.state == enforcement.Applied && n.track == enforcement.ExOfficio && !n.bondCovers:
			trigger, count, kind, to = n.served, 3, enforcement.ReplyPeriod, enforcement.ReleasedNoApplication
		case n.state == enforcement.UnderInvestigation,
			n.state == enforcement.AwaitingCourt && n.track == enforcement.ExOfficio:
			trigger, count, kind, to = n.detained, 50, enforcement.ExOfficioCourtPeriod, enforcement.ReleasedUndetermined
		case n.state == enforcement.AwaitingCourt:
			trigger, count, kind, to = n.detained, 20, enforcement.CourtPeriod, enforcement.ReleasedNoCourtNotice
		default:
			return n, nil
		}
		last := trigger
		for k := 0; k < count; {
			last = last.AddDays(1)
			ok, err := cal.IsWorkday(last)
			if err != nil {
				return n, err
			}
			if ok {
				k++
			}
		}
		if !last.Before(asOf) {
			return n, nil
		}
		n.state, n.lapsed, n.lapsedOn = to, kind, last.AddDays(1)
	}
}

func BenchmarkAdvance(b *testing.B) {
	const n = 10_000
	cases, asOf, lapsing := advanceCases(b, n)
	cal := calendar.China()
	naive := make([]naiveCase, n)
	for i, c := range cases {
		naive[i] = naiveOf(c)
	}
	// check verifies a run's results against the baseline's and counts
	// the lapses.
	check := func(b *testing.B, got []enforcement.Case, gotNaive []naiveCase) {
		b.Helper()
		lapses := 0
		for i := range cases {
			ours, base := got[i], gotNaive[i]
			if ours.State() != base.state {
				b.Fatalf("case %d advanced to %s: %v; naive %v", i, asOf[i], ours.State(), base.state)
			}
			if ours.Len() > cases[i].Len() {
				lapses++
				evs := ours.Events()
				if last := evs[len(evs)-1]; last.Kind != enforcement.Lapse || last.Deadline != base.lapsed || last.Date != base.lapsedOn {
					b.Fatalf("case %d: lapse %v; naive %v on %s", i, last, base.lapsed, base.lapsedOn)
				}
			}
		}
		if lapses != lapsing || lapses == 0 || lapses > n/4 {
			b.Fatalf("%d cases lapsed; want %d, some but not most", lapses, lapsing)
		}
	}
	ours := func(out []enforcement.Case) {
		for i, c := range cases {
			next, _, err := c.Advance(asOf[i])
			if err != nil {
				b.Fatalf("case %d: Advance(%s): %v", i, asOf[i], err)
			}
			out[i] = next
		}
	}
	base := func(out []naiveCase) {
		for i, c := range naive {
			next, err := naiveAdvance(cal, c, asOf[i])
			if err != nil {
				b.Fatalf("case %d: naiveAdvance(%s): %v", i, asOf[i], err)
			}
			out[i] = next
		}
	}
	gotOurs, gotNaive := make([]enforcement.Case, n), make([]naiveCase, n)
	ours(gotOurs)
	base(gotNaive)
	check(b, gotOurs, gotNaive)

	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		out := make([]enforcement.Case, n)
		for i := 0; i < b.N; i++ {
			ours(out)
		}
		check(b, out, gotNaive)
		sinkCases = out
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		out := make([]naiveCase, n)
		for i := 0; i < b.N; i++ {
			base(out)
		}
		check(b, gotOurs, out)
		sinkNaive = out
	})
}
