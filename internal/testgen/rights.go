package testgen

import (
	"fmt"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/rights"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
)

// PatentDigits returns the digits of a patent number filed in year, with
// kind digit kind and the given serial, and its check character computed
// independently of package rights: the weights 2..9, 2..5 (2..9 for 8
// digits), modulo 11, 10 written X.
func PatentDigits(year int, kind byte, serial int) (digits string, check byte) {
	if year < 2003 {
		digits = fmt.Sprintf("%02d%c%05d", year%100, kind, serial%100000)
	} else {
		digits = fmt.Sprintf("%04d%c%07d", year, kind, serial%10000000)
	}
	weights := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i]-'0') * weights[i]
	}
	check = "0123456789X"[sum%11]
	return digits, check
}

// PatentNumber generates valid patent numbers in their canonical text,
// 8-digit (1985-2002) and 12-digit (2003-2099), of every kind.
func PatentNumber() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(1985, 2099),
		gen.OneConstOf(byte('1'), byte('2'), byte('3'), byte('8'), byte('9')),
		gen.IntRange(1, 9999999),
	).Map(func(v []any) string {
		year, kind, serial := v[0].(int), v[1].(byte), v[2].(int)
		if year < 2003 {
			serial = serial%99999 + 1
		}
		digits, check := PatentDigits(year, kind, serial)
		return digits + "." + string(check)
	})
}

// Right generates valid rights of every type, with renewals inside their
// windows, grants (and, one patent in six, none), term adjustments and
// early ends, dated 1986-2040.
func Right() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(1, len(rights.Types())),
		DateBetween(calendar.MustParseDate("1986-01-01"), calendar.MustParseDate("2040-12-31")),
		gen.IntRange(0, 3),         // renewals
		gen.SliceOfN(4, gen.Int()), // offsets
		gen.IntRange(1, 9999999),   // serial
		gen.IntRange(0, 2),         // 0: no end; 1, 2: an early end
		gen.IntRange(0, 2*366),     // term adjustment
		gen.IntRange(0, 2),         // classes
	).Map(func(v []any) rights.Right {
		typ := rights.Types()[v[0].(int)-1]
		base := v[1].(calendar.Date)
		offsets := v[3].([]int)
		off := func(i, span int) int {
			if span <= 0 {
				return 0
			}
			o := offsets[i%len(offsets)] % span
			if o < 0 {
				o += span
			}
			return o
		}
		r := rights.Right{Type: typ, Holder: "Holder " + typ.String()}
		switch {
		case typ == rights.Trademark || typ == rights.OlympicSymbol:
			if typ == rights.Trademark {
				r.Registered, r.Number = base, fmt.Sprint(v[4].(int))
				r.Classes = []rights.NiceClass{25, 3}[:v[7].(int)]
			} else {
				r.Announced = base
			}
			for i := 0; i < v[2].(int); i++ {
				w, ok := r.RenewalWindow()
				if !ok {
					break
				}
				filed := w.Opens.AddDays(calendar.Days(off(i, int(w.GraceEnds.DaysSince(w.Opens))+1)))
				r.Renewals = append(r.Renewals, rights.Renewal{Filed: filed})
			}
		case typ.IsPatent():
			kind := map[rights.Type]byte{rights.PatentInvention: '1', rights.PatentUtilityModel: '2', rights.PatentDesign: '3'}[typ]
			if typ != rights.PatentDesign && offsets[0]%2 == 0 {
				kind += 7 // A PCT application: 8 or 9.
			}
			digits, check := PatentDigits(base.Year, kind, v[4].(int)%99999+1)
			r.Filed, r.Number = base, digits+"."+string(check)
			if offsets[1]%6 != 0 {
				// Else an application not yet granted, never in force
				// (Patent Law arts 39-40), which cannot be recorded.
				r.Granted = base.AddDays(calendar.Days(off(1, 1500)))
			}
			if typ == rights.PatentInvention {
				r.TermAdjustment = calendar.Days(v[6].(int))
			}
		case typ == rights.CopyrightNaturalPerson:
			r.Created = base
			if offsets[0]%2 == 0 {
				r.AuthorDied = base.Year + off(1, 60)
			}
		case typ.IsCopyright():
			r.Created = base
			if offsets[0]%2 == 0 {
				r.FirstPublished = base.AddDays(calendar.Days(off(1, 3650)))
			}
		}
		if v[5].(int) > 0 {
			first := startOf(r)
			if n := len(r.Renewals); n > 0 {
				first = r.Renewals[n-1].Filed.AddDays(1)
			}
			last, ok := r.ProtectionEnd()
			if !ok {
				last = first.AddDays(20 * 365)
			}
			span := int(last.AddDays(1).DaysSince(first)) + 1
			r.End = rights.End{Reason: endReason(typ, offsets[2]), Date: first.AddDays(calendar.Days(off(3, span)))}
		}
		return r
	}).SuchThat(func(r rights.Right) bool { return r.Validate() == nil })
}

// startOf returns the first day r is protected, for the generators; the
// filing day of a patent not granted, which is never protected.
func startOf(r rights.Right) calendar.Date {
	switch {
	case r.Type == rights.Trademark:
		return r.Registered
	case r.Type == rights.OlympicSymbol:
		return r.Announced
	case r.Type.IsPatent() && r.Granted.IsZero():
		return r.Filed
	case r.Type.IsPatent():
		return r.Granted
	case !r.Created.IsZero():
		return r.Created
	}
	return calendar.Date{Year: 2005, Month: time.May, Day: 1}
}

func endReason(t rights.Type, n int) rights.EndReason {
	switch {
	case t.IsPatent():
		return []rights.EndReason{rights.EndUnpaidFee, rights.EndSurrender, rights.EndInvalidation, rights.EndOther}[abs(n)%4]
	case t == rights.Trademark:
		return []rights.EndReason{rights.EndCancellation, rights.EndSurrender, rights.EndInvalidation, rights.EndOther}[abs(n)%4]
	}
	return rights.EndOther
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Step is one step of a generated recordation history: which of the
// permitted events to try, and how many days after the last event (or
// into the renewal window, if AimWindow).
type Step struct {
	// Pick chooses the event: the permitted event at index Pick modulo
	// their number, its reasons chosen by Pick as well ([Event]'s n).
	// Gap is the number of days after the last event; with AimWindow, and
	// while the recordation has a renewal window, the day is instead Gap
	// modulo the window's length in days after the window opens, unless
	// that is before the last event. Generated steps have Pick 0 to 6 and Gap
	// 0 to 1500.
	Pick      int
	Gap       int
	AimWindow bool
}

func stepGen() gopter.Gen {
	return gopter.CombineGens(gen.IntRange(0, 6), gen.IntRange(0, 1500), gen.Bool()).
		Map(func(v []any) Step { return Step{v[0].(int), v[1].(int), v[2].(bool)} })
}

// Recordation generates recordations of generated rights whose histories
// are random walks through the events permitted at each step, aimed at the
// renewal window half of the time, so that approvals, renewals, changes,
// cancellations, revocations, lapses and new filings all occur.
func Recordation() gopter.Gen {
	return gopter.CombineGens(Right(), gen.IntRange(0, 3000), gen.SliceOfN(8, stepGen())).
		Map(func(v []any) rights.Recordation {
			r, steps := v[0].(rights.Right), v[2].([]Step)
			return Walk(r, v[1].(int), steps)
		})
}

// Walk builds a recordation of r filed days after its protection starts
// (not before 1995), then applies steps.
func Walk(r rights.Right, days int, steps []Step) rights.Recordation {
	received := startOf(r).AddDays(calendar.Days(days))
	if received.Year < rights.MinEventYear {
		received = calendar.Date{Year: rights.MinEventYear, Month: time.January, Day: 2}.AddDays(calendar.Days(days))
	}
	app := rights.Application{Holder: rights.Party{Name: r.Holder, Address: "1 Road", Nationality: "CN"}}
	rec, err := rights.NewRecordation(r, app, received)
	if err != nil {
		panic(err) // A generator bug: the right is valid.
	}
	for _, s := range steps {
		evs := rec.Events()
		last := evs[len(evs)-1].Date
		day := last.AddDays(calendar.Days(s.Gap))
		if w, ok := rec.RenewalWindow(); ok && s.AimWindow {
			if aimed := w.Opens.AddDays(calendar.Days(s.Gap % (int(w.Closes.DaysSince(w.Opens)) + 1))); !aimed.Before(last) {
				day = aimed
			}
		}
		if !day.IsValid() || day.Year > 9000 {
			continue
		}
		perm := rec.Permitted(day)
		if len(perm) == 0 {
			continue
		}
		ev := Event(perm[s.Pick%len(perm)], day, s.Pick)
		if next, err := rec.Apply(ev); err == nil {
			rec = next
		}
	}
	return rec
}

// Event returns a well-formed event of kind on day, its reasons chosen by
// n.
func Event(kind rights.EventKind, day calendar.Date, n int) rights.Event {
	ev := rights.Event{Kind: kind, Date: day}
	switch kind {
	case rights.Approval:
		ev.Number = fmt.Sprintf("T%d-%05d", day.Year, n)
	case rights.Rejection:
		ev.Note = "documents incomplete"
	case rights.ChangeReport:
		ev.Changed, ev.Note = day.AddDays(-calendar.Days(n*10)), "address"
	case rights.Cancellation:
		ev.Cancel = []rights.CancelReason{rights.CancelHolderRequest, rights.CancelAssignment, rights.CancelRightEnded, rights.CancelUnreportedChange}[n%4]
	case rights.Revocation:
		ev.Revoke = []rights.RevokeReason{rights.RevokeUntruthful, rights.RevokeUnreportedChange}[n%2]
	}
	return ev
}
