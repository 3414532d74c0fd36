package rights_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// upTo returns r with only the renewals filed on or before day, as the
// register stood that day, and without its early end: an oracle for the
// cap of R-REC-4 and R-REC-6.
func upTo(r rights.Right, day calendar.Date) rights.Right {
	r.End = rights.End{}
	var kept []rights.Renewal
	for _, rn := range r.Renewals {
		if !rn.Filed.After(day) {
			kept = append(kept, rn)
		}
	}
	r.Renewals = kept
	return r
}

func TestProperties_Recordation(t *testing.T) {
	p := testgen.Properties(t, 500)
	days := gen.IntRange(0, 4000)

	p.Property("validity never ends after the right's protection end, after any event", prop.ForAll(
		func(rec rights.Recordation) string {
			evs := rec.Events()
			for n := 1; n <= len(evs); n++ {
				part := replayPrefix(rec, n)
				until, ok := part.ValidUntil()
				end, known := part.Right().ProtectionEnd()
				if ok && known && until.After(end) {
					return fmt.Sprintf("after %d events valid until %v, the right ends %v", n, until, end)
				}
				if from, ok2 := part.ValidFrom(); ok && ok2 && from.After(until.AddDays(1)) {
					return fmt.Sprintf("valid from %v until %v", from, until)
				}
			}
			return ""
		}, testgen.Recordation()))

	p.Property("a renewal is accepted iff it falls inside the window (the right protected)", prop.ForAll(
		func(rec rights.Recordation, n int) string {
			w, ok := rec.RenewalWindow()
			if !ok {
				return ""
			}
			evs := rec.Events()
			last := evs[len(evs)-1].Date
			day := w.Opens.AddDays(calendar.Days(n - 200)) // Around the window.
			if day.Before(last) {
				return ""
			}
			_, err := rec.Apply(rights.Event{Kind: rights.RenewalFiling, Date: day})
			until, _ := rec.ValidUntil()
			right := rec.Right()
			inForce, ierr := rec.Conventions().InForce(right, day)
			if ierr != nil {
				return ierr.Error()
			}
			end, known := rec.Conventions().ProtectionEnd(upTo(right, day))
			if !right.End.IsZero() && (!known || right.End.Date.AddDays(-1).Before(end)) {
				end, known = right.End.Date.AddDays(-1), true
			}
			// The window of R-REC-5, computed here rather than taken from
			// RenewalWindow: the 6 months before the last day, both included
			// (the generated recordations use the default Conventions).
			if opens := until.AddMonths(-6); w.Opens != opens || w.Closes != until {
				return fmt.Sprintf("window %v..%v for a validity to %v; want %v..%v", w.Opens, w.Closes, until, opens, until)
			}
			inWindow := !day.Before(until.AddMonths(-6)) && !day.After(until)
			want := inWindow && inForce && (!known || end.After(until))
			if got := err == nil; got != want {
				return fmt.Sprintf("renewal on %v, window %v..%v, right in force %t, ends %v (%t), valid until %v: accepted %t (%v)",
					day, w.Opens, w.Closes, inForce, end, known, until, got, err)
			}
			return ""
		}, testgen.Recordation(), gen.IntRange(0, 600)))

	p.Property("Status never goes back from lapsed without an event", prop.ForAll(
		func(rec rights.Recordation, a, b int) string {
			evs := rec.Events()
			d1 := evs[0].Date.AddDays(calendar.Days(a))
			d2 := d1.AddDays(calendar.Days(b))
			for _, ev := range evs {
				if ev.Date.After(d1) && !ev.Date.After(d2) {
					return "" // An event in between may change it.
				}
			}
			if s1, s2 := rec.Status(d1), rec.Status(d2); s1 == rights.Lapsed && s2 != rights.Lapsed {
				return fmt.Sprintf("Status(%v) = lapsed, Status(%v) = %v", d1, d2, s2)
			}
			return ""
		}, testgen.Recordation(), days, days))

	p.Property("Apply never changes the receiver", prop.ForAll(
		func(rec rights.Recordation, kind, gap, n int) string {
			before, err := json.Marshal(rec)
			if err != nil {
				return err.Error()
			}
			evs := rec.Events()
			day := evs[len(evs)-1].Date.AddDays(calendar.Days(gap - 100))
			probe := []calendar.Date{evs[0].Date, day, day.AddDays(4000)}
			var status []rights.State
			for _, d := range probe {
				status = append(status, rec.Status(d))
			}
			next, err := rec.Apply(testgen.Event(rights.EventKind(kind), day, n))
			after, _ := json.Marshal(rec)
			if string(before) != string(after) {
				return fmt.Sprintf("Apply changed the receiver:\n%s\n%s", before, after)
			}
			for i, d := range probe {
				if rec.Status(d) != status[i] {
					return fmt.Sprintf("Status(%v) changed", d)
				}
			}
			if err != nil && !next.Equal(rec) {
				return "Apply returned a different value with an error"
			}
			if err == nil && len(next.Events()) != len(evs)+1 {
				return "Apply did not add the event"
			}
			return ""
		}, testgen.Recordation(), gen.IntRange(0, 8), gen.IntRange(0, 3000), gen.IntRange(0, 9)))

	p.Property("a recordation in force is in force with its right, on any day", prop.ForAll(
		func(rec rights.Recordation, a int) string {
			on := rec.Events()[0].Date.AddDays(calendar.Days(a))
			got := rec.InForce(on)
			if want := rec.Status(on).InForce(); got != want {
				return fmt.Sprintf("InForce(%v) = %t; Status = %v", on, got, rec.Status(on))
			}
			right, err := rec.Conventions().InForce(rec.Right(), on)
			if err != nil {
				return err.Error()
			}
			if got && !right {
				return fmt.Sprintf("in force on %v, but the right is not", on)
			}
			return ""
		}, testgen.Recordation(), gen.IntRange(-10, 8000)))

	p.Property("a recordation survives JSON", prop.ForAll(
		func(rec rights.Recordation) string {
			data, err := json.Marshal(rec)
			if err != nil {
				return err.Error()
			}
			var back rights.Recordation
			if err := json.Unmarshal(data, &back); err != nil {
				return fmt.Sprintf("%v\n%s", err, data)
			}
			if !back.Equal(rec) {
				return fmt.Sprintf("round trip changed it:\n%s", data)
			}
			u1, _ := rec.ValidUntil()
			u2, _ := back.ValidUntil()
			if u1 != u2 || rec.Number() != back.Number() {
				return "derived facts differ after the round trip"
			}
			return ""
		}, testgen.Recordation()))

	p.TestingRun(t)
}

// replayPrefix returns rec with only its first n events.
func replayPrefix(rec rights.Recordation, n int) rights.Recordation {
	evs := rec.Events()
	out, err := rights.NewRecordation(rec.Right(), rec.Application(), evs[0].Date)
	if err != nil {
		panic(err)
	}
	for _, ev := range evs[1:n] {
		if out, err = out.Apply(ev); err != nil {
			panic(err)
		}
	}
	return out
}

func TestProperties_Right(t *testing.T) {
	p := testgen.Properties(t, 2000)

	p.Property("a right survives JSON", prop.ForAll(
		func(r rights.Right) string {
			data, err := json.Marshal(r)
			if err != nil {
				return err.Error()
			}
			var back rights.Right
			if err := json.Unmarshal(data, &back); err != nil {
				return fmt.Sprintf("%v\n%s", err, data)
			}
			if !back.Equal(r) {
				return fmt.Sprintf("round trip changed it:\n%s", data)
			}
			return ""
		}, testgen.Right()))

	p.Property("a right is in force on its last day and not the day after", prop.ForAll(
		func(r rights.Right) string {
			end, ok := r.ProtectionEnd()
			if !ok {
				return ""
			}
			if r.Type.IsPatent() && r.Granted.IsZero() {
				// Never in force (Patent Law arts 39-40).
				for _, on := range []calendar.Date{r.Filed, end} {
					if in, err := r.InForce(on); in || err != nil {
						return fmt.Sprintf("a patent not granted is in force on %v (%v)", on, err)
					}
				}
				return ""
			}
			before, err1 := rights.Conventions{GraceInForce: true}.InForce(r, end)
			after, err2 := r.InForce(end.AddDays(1))
			if err1 != nil || err2 != nil {
				return fmt.Sprint(err1, err2)
			}
			if after {
				return fmt.Sprintf("in force on %v, after its end", end.AddDays(1))
			}
			if !before && !end.Before(startDay(r)) {
				return fmt.Sprintf("not in force on its last day %v", end)
			}
			return ""
		}, testgen.Right()))

	p.TestingRun(t)
}

// startDay returns the first day of protection, for the property above.
func startDay(r rights.Right) calendar.Date {
	switch {
	case r.Type == rights.Trademark:
		return r.Registered
	case r.Type == rights.OlympicSymbol:
		return r.Announced
	case r.Type.IsPatent():
		return r.Granted
	}
	return r.Created
}

func TestProperties_PatentNumber(t *testing.T) {
	p := testgen.Properties(t, 3000)

	p.Property("ParsePatentNumber(String()) round-trips", prop.ForAll(
		func(s string) string {
			n, err := rights.ParsePatentNumber(s)
			if err != nil {
				return err.Error()
			}
			if n.String() != s {
				return fmt.Sprintf("%q -> %q", s, n.String())
			}
			back, err := rights.ParsePatentNumber(n.Granted())
			if err != nil || back != n {
				return fmt.Sprintf("%q -> %v, %v", n.Granted(), back, err)
			}
			return ""
		}, testgen.PatentNumber()))

	p.Property("any single substitution breaks the number", prop.ForAll(
		func(s string, pos int, c byte) string {
			i := pos % len(s)
			if s[i] == '.' || s[i] == c {
				return ""
			}
			if i == len(s)-1 && c == 'x' {
				return "" // Lower case x is the same check character.
			}
			mutated := s[:i] + string(c) + s[i+1:]
			if n, err := rights.ParsePatentNumber(mutated); err == nil {
				return fmt.Sprintf("%q accepted after changing %q to %q: %v", mutated, s, string(c), n)
			}
			return ""
		}, testgen.PatentNumber(), gen.IntRange(0, 20), gen.OneConstOf(byte('0'), byte('1'), byte('2'), byte('3'), byte('4'), byte('5'), byte('6'), byte('7'), byte('8'), byte('9'), byte('X'))))

	p.TestingRun(t)
}
