package rights

import (
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// Conventions are the readings this package takes where the law is silent
// or its text uncertain (the rules marked [U] in the package
// documentation). The zero Conventions are the package's defaults; set a
// field to take the other reading. [Right]'s methods use the defaults; a
// [Recordation] carries its own ([Recordation.WithConventions]).
//
// Conventions is a small comparable value.
type Conventions struct {
	// LeapDayFebruary28 changes the anniversary of 29 February in a
	// common year from 1 March (the default) to 28 February. A term of N
	// years from date X runs to the day before X's N-th anniversary, so by
	// default a trademark registered on 2020-02-29 is valid to 2030-02-28,
	// the same last day as Civil Code art 202's month-end rule gives;
	// with LeapDayFebruary28 it is valid to 2030-02-27. [U]
	LeapDayFebruary28 bool `json:"leap_day_february_28,omitempty"`

	// GraceInForce treats a trademark as protected during the 6-month
	// grace period after its term (Trademark Law art 40) even before a
	// renewal is filed, or if none is. By default it is not: a
	// registration not yet renewed when its term ends is treated as not in
	// force until the renewal is filed, which is the conservative reading
	// for acting at the border. [U] It changes [Conventions.InForce], not
	// [Conventions.ProtectionEnd], which stays the term's last day.
	GraceInForce bool `json:"grace_in_force,omitempty"`

	// WindowOpensDayAfter makes a renewal window of n months before an
	// expiry E open on the day after E - n months ([calendar.Date.AddMonths]),
	// so that it is exactly n months long counted back as Civil Code art
	// 202 counts forward. By default it opens on E - n months itself, the
	// reading of R-REC-5 ("expiry - 6 months <= filing <= expiry"). Both
	// readings close on E. It applies to the renewal of recordations
	// (Regs art 10), trademarks (Trademark Law art 40) and Olympic symbols
	// (Olympic Symbols Regulations art 9). [U]
	WindowOpensDayAfter bool `json:"window_opens_day_after,omitempty"`

	// BarReapplication makes [Recordation.Apply] refuse a new application
	// (a [Filing]) within one year after the recordation was revoked. By
	// default it is allowed and [Recordation.BarredUntil] reports the bar,
	// because the Measures (2009 numbering) art 13 only says GACC "may"
	// refuse it, and the article's text is unverified (R-REC-9). [U]
	BarReapplication bool `json:"bar_reapplication,omitempty"`
}

// The terms of the rights, in years from their start.
const (
	trademarkYears   = 10 // Trademark Law art 39.
	renewalYears     = 10 // Trademark Law art 40; Olympic Symbols Regulations art 9.
	olympicYears     = 10 // Olympic Symbols Regulations art 9.
	inventionYears   = 20 // Patent Law art 42 para 1.
	utilityYears     = 10 // Patent Law art 42 para 1.
	designYears      = 15 // Patent Law (2020) art 42 para 1, for designs filed on or after 2021-06-01.
	oldDesignYears   = 10 // Patent Law (2008) art 42, for designs filed before 2021-06-01.
	copyrightYears   = 50 // Copyright Law art 23.
	renewalMonths    = 12 // Trademark Law art 40; Olympic Symbols Regulations art 9: within 12 months before expiry.
	graceMonths      = 6  // Trademark Law art 40: the 6-month grace period.
	recordationYears = 10 // Regs art 10; Measures art 9.
	recordationRenew = 6  // Regs art 10: within 6 months before expiry.
)

// design15From is the first filing date of a design with the 15-year term
// of the 2020 Patent Law, in force 2021-06-01 (CNIPA's transitional
// measures; R-TERM-PAT). [S]
var design15From = calendar.Date{Year: 2021, Month: time.June, Day: 1}

// anniversary returns the day n years after d: the same month and day,
// except that 29 February falls on 1 March of a common year (or on 28
// February with LeapDayFebruary28).
func (c Conventions) anniversary(d calendar.Date, n int) calendar.Date {
	a := calendar.Date{Year: d.Year + n, Month: d.Month, Day: d.Day}
	if !a.IsValid() && a.Month == time.February && a.Day == 29 && a.Year <= calendar.MaxYear {
		if c.LeapDayFebruary28 {
			return calendar.Date{Year: a.Year, Month: time.February, Day: 28}
		}
		return calendar.Date{Year: a.Year, Month: time.March, Day: 1}
	}
	return a
}

// yearsFrom returns the last day of a term of n years that starts on
// (and counts) day d: the day before its n-th anniversary. So a utility
// model filed on 1999-09-06 is protected to 2009-09-05, and a trademark
// registered on 2010-03-14 to 2020-03-13 (CNIPA practice).
func (c Conventions) yearsFrom(d calendar.Date, n int) calendar.Date {
	return c.anniversary(d, n).AddDays(-1)
}

// windowOpens returns the first day of a window of n months that closes
// on expiry.
func (c Conventions) windowOpens(expiry calendar.Date, months int) calendar.Date {
	open := expiry.AddMonths(-months)
	if c.WindowOpensDayAfter {
		open = open.AddDays(1)
	}
	return open
}

// Window is a renewal window: a renewal may be filed from Opens to Closes
// inclusive, or, late, up to GraceEnds inclusive. Where the law gives no
// grace period GraceEnds equals Closes. The zero Window is no window.
//
// Window is a small comparable value; [Window.Equal] is the same as ==.
// It has no Compare: windows are periods, and no one order of them is
// natural.
type Window struct {
	// Opens is the first day a renewal may be filed, Closes the last day
	// it is in time, and GraceEnds the last day a late renewal is still
	// accepted, all inclusive; all zero for no window.
	Opens     calendar.Date
	Closes    calendar.Date
	GraceEnds calendar.Date
}

// Contains reports whether a renewal filed on d is in time: from Opens to
// GraceEnds inclusive.
func (w Window) Contains(d calendar.Date) bool {
	return !w.Opens.IsZero() && !d.Before(w.Opens) && !d.After(w.GraceEnds)
}

// Equal reports whether w and v have the same days: the same Opens,
// Closes and GraceEnds. It is the same as ==.
func (w Window) Equal(v Window) bool { return w == v }

// InGrace reports whether d is after Closes but not after GraceEnds: a
// renewal filed on d is late but accepted.
func (w Window) InGrace(d calendar.Date) bool { return d.After(w.Closes) && !d.After(w.GraceEnds) }

// term is one period of protection of a right, first to last inclusive.
type term struct {
	first, last calendar.Date
}

// terms returns the successive terms of r, ignoring any early End: for a
// trademark or Olympic symbol the first term and one per renewal filed on
// or before asOf (every renewal if asOf is the zero Date); for other types
// a single term whose last day is the zero Date if it is not known (a
// living author; a World Expo symbol). r must be valid.
func (c Conventions) terms(r Right, asOf calendar.Date) []term {
	switch r.Type {
	case Trademark, OlympicSymbol:
		start, years := r.Registered, trademarkYears
		if r.Type == OlympicSymbol {
			start, years = r.Announced, olympicYears
		}
		ts := []term{{start, c.yearsFrom(start, years)}}
		for _, rn := range r.Renewals {
			if !asOf.IsZero() && rn.Filed.After(asOf) {
				break
			}
			next := ts[len(ts)-1].last.AddDays(1)
			ts = append(ts, term{next, c.yearsFrom(next, renewalYears)})
		}
		return ts
	case PatentInvention, PatentUtilityModel, PatentDesign:
		years := inventionYears
		switch {
		case r.Type == PatentUtilityModel:
			years = utilityYears
		case r.Type == PatentDesign && r.Filed.Before(design15From):
			years = oldDesignYears
		case r.Type == PatentDesign:
			years = designYears
		}
		return []term{{r.Filed, c.yearsFrom(r.Filed, years).AddDays(r.TermAdjustment)}}
	case CopyrightNaturalPerson:
		t := term{first: r.Created}
		if r.AuthorDied != 0 {
			t.last = lastDayOf(r.AuthorDied + copyrightYears)
		}
		return []term{t}
	case CopyrightLegalPerson, CopyrightAudiovisual:
		t := term{first: r.Created}
		switch {
		case !r.FirstPublished.IsZero() && (r.Created.IsZero() || !r.FirstPublished.After(lastDayOf(r.Created.Year+copyrightYears))):
			t.last = lastDayOf(r.FirstPublished.Year + copyrightYears)
		case !r.Created.IsZero():
			// Not published within 50 years of creation: no longer
			// protected after them.
			t.last = lastDayOf(r.Created.Year + copyrightYears)
		}
		return []term{t}
	case WorldExpoSymbol:
		return []term{{}}
	}
	return nil
}

// lastDayOf returns 31 December of year.
func lastDayOf(year int) calendar.Date {
	return calendar.Date{Year: year, Month: time.December, Day: 31}
}

// protectionEnd returns the last day r is protected, counting the
// renewals filed on or before asOf (all if asOf is zero) and the early
// End; false if no end is known. r must be valid.
func (c Conventions) protectionEnd(r Right, asOf calendar.Date) (calendar.Date, bool) {
	ts := c.terms(r, asOf)
	last := ts[len(ts)-1].last
	if !r.End.IsZero() {
		if stop := r.End.Date.AddDays(-1); last.IsZero() || stop.Before(last) {
			last = stop
		}
	}
	return last, !last.IsZero()
}

// ProtectionEnd returns the last day, inclusive, r is protected under the
// conventions c, counting every renewal and the early End, and true; or
// false if no end is known: a natural person's work while the year of the
// last author's death is not recorded, a World Expo symbol that has not
// ended, a legal person's work without a creation or publication date.
// An invalid r ([Right.Validate]) gives the zero Date and false.
func (c Conventions) ProtectionEnd(r Right) (calendar.Date, bool) {
	if c.validateRight(r) != nil {
		return calendar.Date{}, false
	}
	return c.protectionEnd(r, calendar.Date{})
}

// InForce reports whether r is protected on day on under the conventions
// c: on or after the day protection starts (registration, announcement,
// the grant of a patent, creation of a work; a patent without a Granted
// date is never in force, Patent Law arts 39-40),
// not after [Conventions.ProtectionEnd], before any early End, and, for a
// trademark in the grace period after a term, only once the renewal is
// filed unless c.GraceInForce. It returns an error wrapping
// [ErrInvalidRight] for an invalid r, and one wrapping
// [calendar.ErrInvalidDate] for an invalid day.
func (c Conventions) InForce(r Right, on calendar.Date) (bool, error) {
	if err := c.validateRight(r); err != nil {
		return false, err
	}
	if !on.IsValid() {
		_, err := calendar.NewDate(on.Year, on.Month, on.Day)
		return false, err
	}
	return c.inForce(r, on), nil
}

// inForce is InForce for a valid r and day.
func (c Conventions) inForce(r Right, on calendar.Date) bool {
	if r.Type.IsPatent() && r.Granted.IsZero() {
		// An application, not yet a patent (Patent Law arts 39-40).
		return false
	}
	if start := r.start(); !start.IsZero() && on.Before(start) {
		return false
	}
	if !r.End.IsZero() && !on.Before(r.End.Date) {
		return false
	}
	ts := c.terms(r, calendar.Date{})
	if last := ts[len(ts)-1].last; !last.IsZero() && on.After(last) {
		// After the last term: only a trademark's grace period, read as
		// in force (Trademark Law art 40).
		return r.Type == Trademark && c.GraceInForce && !on.After(last.AddMonths(graceMonths))
	}
	if r.Type == Trademark && !c.GraceInForce {
		// In the k-th renewed term, before its renewal was filed: the
		// grace period of Trademark Law art 40, not yet renewed.
		for k := len(ts) - 1; k >= 1; k-- {
			if !on.Before(ts[k].first) {
				return !on.Before(r.Renewals[k-1].Filed)
			}
		}
	}
	return true
}

// RenewalWindow returns the window for renewing r's current term under
// the conventions c, and true; false for a right that is not renewed by
// its holder (only trademarks and Olympic symbols are) or is invalid.
//
//   - Trademark (Trademark Law art 40; R-TERM-TM): within the 12 months
//     before the term's last day, or late within the 6-month grace period
//     after it, which ends on the day of the same number 6 months later
//     (Civil Code art 202). Not renewed by then, the registration is
//     cancelled (注销).
//   - Olympic symbol (Olympic Symbols Regulations art 9; R-TERM-OLY):
//     within the 12 months before the last day, without grace period.
//
// The window is computed from the last term, after every recorded
// renewal, even if the right has since ended early.
func (c Conventions) RenewalWindow(r Right) (Window, bool) {
	if !r.Type.renewable() || c.validateRight(r) != nil {
		return Window{}, false
	}
	ts := c.terms(r, calendar.Date{})
	return c.renewalWindow(r.Type, ts[len(ts)-1].last), true
}

// renewalWindow returns the window to renew a right of type t whose term
// ends on expiry.
func (c Conventions) renewalWindow(t Type, expiry calendar.Date) Window {
	w := Window{Opens: c.windowOpens(expiry, renewalMonths), Closes: expiry, GraceEnds: expiry}
	if t == Trademark {
		w.GraceEnds = expiry.AddMonths(graceMonths)
	}
	return w
}

// ProtectionEnd returns the last day, inclusive, r is protected, and
// true; or false if no end is known or r is invalid. It uses the default
// [Conventions]; see [Conventions.ProtectionEnd] for the rules, which
// are those of the 2019 Trademark Law, 2020 Copyright Law and 2020 Patent
// Law:
//
//   - a term of N years from day X runs from X to the day before the N-th
//     anniversary of X (CNIPA practice): a utility model filed on
//     1999-09-06 is protected to 2009-09-05;
//   - trademark: 10 years from registration, plus 10 years from the day
//     after the last day for each renewal (Trademark Law arts 39-40;
//     R-TERM-TM);
//   - Olympic symbol: likewise from the announcement (Olympic Symbols
//     Regulations art 9; R-TERM-OLY);
//   - invention 20 years, utility model 10, design 15 (10 if filed before
//     2021-06-01) from filing, plus TermAdjustment (Patent Law art 42;
//     R-TERM-PAT);
//   - natural person's work: 31 December of the 50th year after the last
//     author's death (Copyright Law art 23 para 1; R-TERM-CR-natural);
//   - legal person's and audiovisual works: 31 December of the 50th year
//     after first publication, or after creation if not published by then
//     (Copyright Law art 23 paras 2-3; R-TERM-CR-legal/AV);
//   - World Expo symbol: no statutory term (R-TERM-EXPO);
//   - an early End ends protection the day before End.Date.
func (r Right) ProtectionEnd() (calendar.Date, bool) { return Conventions{}.ProtectionEnd(r) }

// InForce reports whether r is protected on day on, with the default
// [Conventions] (see [Conventions.InForce]). It returns an error wrapping
// [ErrInvalidRight] for an invalid r: a right whose facts are missing or
// contradictory protects nothing, and saying so silently would hide the
// mistake.
func (r Right) InForce(on calendar.Date) (bool, error) { return Conventions{}.InForce(r, on) }

// RenewalWindow returns the window for renewing a trademark's or Olympic
// symbol's current term, with the default [Conventions]; see
// [Conventions.RenewalWindow].
func (r Right) RenewalWindow() (Window, bool) { return Conventions{}.RenewalWindow(r) }
