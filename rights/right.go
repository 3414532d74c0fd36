package rights

import (
	"fmt"
	"slices"
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// Right is an intellectual property right as customs needs to know it:
// its type, holder and number, and the facts its term of protection
// depends on. Which facts apply depends on the type:
//
//	Type                         required          optional
//	Trademark                    Number Registered Filed Renewals Classes End
//	PatentInvention              Number Filed      Granted TermAdjustment End
//	PatentUtilityModel, Design   Number Filed      Granted End
//	CopyrightNaturalPerson       -                 Number AuthorDied Created FirstPublished End
//	CopyrightLegalPerson, AV     -                 Number Created FirstPublished End
//	OlympicSymbol                Announced         Number Renewals End
//	WorldExpoSymbol              -                 Number End
//
// Holder is always required; a fact that does not apply to the type must
// be left zero. [Right.Validate] checks all of this.
//
// Right is a value: its methods never modify it. It holds two slices
// (Renewals, Classes), so it is not comparable with ==; use
// [Right.Equal]. A Right has no natural order, so it has no Compare.
// The zero Right is not valid: its type is TypeUnknown.
type Right struct {
	// Type is the kind of right, which decides the facts that apply (the
	// table above) and how its term is counted. Required: the zero
	// TypeUnknown is not valid.
	Type Type
	// Holder is the name of the right holder (知识产权权利人).
	Holder string
	// Number is the registration, patent or certificate number, as text:
	// for a patent, a number [ParsePatentNumber] accepts, whose kind digit
	// fits Type; for a trademark, its registration number
	// ([ParseTrademarkNumber]); for the other types, printable text of at
	// most 64 bytes (a copyright registration certificate number, for
	// example), or empty.
	Number string
	// Classes are the Nice classes a trademark is registered in, each at
	// most once.
	Classes []NiceClass

	// Filed is the filing date (申请日) of a patent, from which its term
	// runs (Patent Law art 42), or of a trademark application.
	Filed calendar.Date
	// Granted is the day a patent grant was announced (授权公告日), from
	// which the patent right takes effect (Patent Law arts 39-40). A
	// patent is not in force before it, and not at all while it is zero:
	// an application is not yet a patent, and GACC must refuse to record
	// it (Regs art 8; R-REC-3). Its term is still counted from Filed
	// (Patent Law art 42).
	Granted calendar.Date
	// Registered is the day a trademark registration was approved (核准注册
	// 之日), from which its term runs (Trademark Law art 39).
	Registered calendar.Date
	// Renewals are the renewals of a trademark or Olympic symbol on
	// record, oldest first: each extends the term by 10 years from the day
	// after the previous last day. Each must have been filed inside the
	// renewal window of the term it renews ([Right.RenewalWindow]).
	Renewals []Renewal

	// AuthorDied is the year the last surviving author of a natural
	// person's work died, or 0 while the authors live or the year is not
	// known (Copyright Law art 23 para 1).
	AuthorDied int
	// Created is the day a work was created (its completion), if known.
	Created calendar.Date
	// FirstPublished is the day a work was first published, if it was.
	FirstPublished calendar.Date

	// Announced is the day CNIPA announced an Olympic symbol, from which
	// its term runs (Olympic Symbols Regulations art 9).
	Announced calendar.Date

	// TermAdjustment is the extension of an invention patent's term
	// granted under Patent Law art 42: term adjustment for unreasonable
	// delay in the grant (para 2) plus any new-drug term extension (para
	// 3, at most 5 years), in calendar days, at most
	// [MaxTermAdjustment]. Zero for other types.
	TermAdjustment calendar.Days

	// End is the right's early end, if any. See [End].
	End End
}

// Renewal is a renewal of a trademark (Trademark Law art 40) or Olympic
// symbol (Olympic Symbols Regulations art 9) on record: it was accepted,
// and Filed is the day it was filed.
type Renewal struct {
	// Filed is the day the renewal was filed, inside the renewal window
	// of the term it renews (for a trademark, possibly in the 6-month
	// grace period) and before any early End. Required.
	Filed calendar.Date `json:"filed"`
}

// Limits on a Right. They are far above any real right and exist to
// reject absurd input.
const (
	// MinYear is the earliest year of any date of a Right, and of
	// AuthorDied: no right protected today was created earlier.
	MinYear = 1800
	// MaxRenewals bounds the renewals of one right: 100 renewals are
	// 1,000 years.
	MaxRenewals = 100
	// MaxTermAdjustment bounds [Right.TermAdjustment]: 10 years of 366
	// days. The new-drug extension alone is at most 5 years (Patent Law
	// art 42 para 3); the adjustment for delay has no statutory cap, and no
	// grant has come near this one.
	MaxTermAdjustment calendar.Days = 10 * 366
)

// patentLawInForce is the day the first Patent Law took effect: no patent
// was filed earlier.
var patentLawInForce = calendar.Date{Year: 1985, Month: time.April, Day: 1}

// start returns the first day r is protected, or the zero Date if there
// is no known first day; for a patent not granted, which is never
// protected ([Right.Granted]), its filing date, the earliest day an early
// End may take effect. r must be valid.
func (r Right) start() calendar.Date {
	switch {
	case r.Type == Trademark:
		return r.Registered
	case r.Type == OlympicSymbol:
		return r.Announced
	case r.Type.IsPatent():
		if !r.Granted.IsZero() {
			return r.Granted
		}
		return r.Filed
	case r.Type.IsCopyright():
		return r.Created
	}
	return calendar.Date{}
}

// VoidAbInitio reports whether r was invalidated, and so is deemed never
// to have existed in law (Patent Law art 47; Trademark Law art 47). The
// package's computations still end it on End.Date: see [End].
func (r Right) VoidAbInitio() bool { return r.End.Reason == EndInvalidation }

// PatentNumber returns r's Number parsed as a patent number; it is an
// error wrapping [ErrInvalidNumber] if it is not one.
func (r Right) PatentNumber() (PatentNumber, error) { return ParsePatentNumber(r.Number) }

// TrademarkNumber returns r's Number parsed as a trademark registration
// number; it is an error wrapping [ErrInvalidNumber] if it is not one.
func (r Right) TrademarkNumber() (TrademarkNumber, error) { return ParseTrademarkNumber(r.Number) }

// Equal reports whether r and s hold the same facts.
func (r Right) Equal(s Right) bool {
	return r.Type == s.Type && r.Holder == s.Holder && r.Number == s.Number &&
		slices.Equal(r.Classes, s.Classes) &&
		r.Filed == s.Filed && r.Granted == s.Granted && r.Registered == s.Registered &&
		slices.Equal(r.Renewals, s.Renewals) &&
		r.AuthorDied == s.AuthorDied && r.Created == s.Created && r.FirstPublished == s.FirstPublished &&
		r.Announced == s.Announced && r.TermAdjustment == s.TermAdjustment && r.End == s.End
}

// clone returns a copy of r that shares no slice with it.
func (r Right) clone() Right {
	r.Classes = slices.Clone(r.Classes)
	r.Renewals = slices.Clone(r.Renewals)
	return r
}

// Validate reports every problem of r at once, as [FieldErrors] of
// *[FieldError], each naming its field as in JSON ("renewals[1].filed")
// and matching [ErrInvalidRight]; a missing or unknown type also matches
// [ErrUnknownType]. It returns nil for a valid Right. It checks, with the
// default [Conventions]:
//
//   - the type, the holder, and that every fact required by the type is
//     present and every fact that does not apply is zero;
//   - every date valid and not before year [MinYear]; a patent not filed
//     before 1985-04-01, when the first Patent Law took effect;
//   - the order of the facts: a grant or registration not before filing,
//     first publication not before creation, the author's death not
//     before creation, an early end not before protection starts nor
//     after it would have ended anyway;
//   - each renewal filed inside the renewal window of the term it renews,
//     and before any early end; at most [MaxRenewals];
//   - a patent number with a valid check character, whose kind digit
//     fits the type (1 or 8 for an invention, 2 or 9 for a utility model,
//     3 for a design) and whose year is not before the filing year; a
//     valid trademark number; Nice classes 1-45, each once;
//   - TermAdjustment from 0 to [MaxTermAdjustment], for inventions only;
//   - a term that ends by 9999-12-31.
func (r Right) Validate() error { return Conventions{}.validateRight(r) }

// validateRight is Validate under the conventions c, which decide the
// renewal windows.
func (c Conventions) validateRight(r Right) error {
	p := problems{class: ErrInvalidRight}
	if !r.Type.IsValid() {
		p.add("type", r.Type.String(), "unknown right type")
		return p.err() // Nothing else can be checked without the type.
	}
	p.text("holder", r.Holder, maxNameBytes, true)

	// Facts that apply to the type, required or optional.
	type fact struct {
		name    string
		present bool
		need    func(Type) bool // required for these types
		allow   func(Type) bool // allowed for these types
	}
	patent := Type.IsPatent
	tmOrOly := Type.renewable
	works := Type.IsCopyright
	never := func(Type) bool { return false }
	is := func(ts ...Type) func(Type) bool { return func(t Type) bool { return slices.Contains(ts, t) } }
	facts := []fact{
		{"number", r.Number != "", func(t Type) bool { return t.IsPatent() || t == Trademark }, func(Type) bool { return true }},
		{"classes", len(r.Classes) > 0, never, is(Trademark)},
		{"filed", !r.Filed.IsZero(), patent, func(t Type) bool { return t.IsPatent() || t == Trademark }},
		{"granted", !r.Granted.IsZero(), never, patent},
		{"registered", !r.Registered.IsZero(), is(Trademark), is(Trademark)},
		{"renewals", len(r.Renewals) > 0, never, tmOrOly},
		{"author_died", r.AuthorDied != 0, never, is(CopyrightNaturalPerson)},
		{"created", !r.Created.IsZero(), never, works},
		{"first_published", !r.FirstPublished.IsZero(), never, works},
		{"announced", !r.Announced.IsZero(), is(OlympicSymbol), is(OlympicSymbol)},
		{"term_adjustment", r.TermAdjustment != 0, never, is(PatentInvention)},
	}
	for _, f := range facts {
		switch {
		case f.present && !f.allow(r.Type):
			p.add(f.name, "", fmt.Sprintf("does not apply to a %s right: leave it out", r.Type))
		case !f.present && f.need(r.Type):
			p.add(f.name, "", fmt.Sprintf("required for a %s right", r.Type))
		}
	}

	// Dates: each valid and not absurdly early.
	datesOK := true
	date := func(field string, d calendar.Date) {
		if d.IsZero() {
			return
		}
		if !d.IsValid() {
			_, err := calendar.NewDate(d.Year, d.Month, d.Day)
			p.addErr(field, d.String(), "not a valid date", err)
			datesOK = false
			return
		}
		if d.Year < MinYear {
			p.add(field, d.String(), fmt.Sprintf("before %d", MinYear))
			datesOK = false
		}
	}
	date("filed", r.Filed)
	date("granted", r.Granted)
	date("registered", r.Registered)
	date("created", r.Created)
	date("first_published", r.FirstPublished)
	date("announced", r.Announced)
	date("end.date", r.End.Date)
	if len(r.Renewals) > MaxRenewals {
		p.add("renewals", fmt.Sprint(len(r.Renewals)), fmt.Sprintf("more than %d renewals", MaxRenewals))
		datesOK = false
	} else {
		for i, rn := range r.Renewals {
			if rn.Filed.IsZero() {
				p.add(fmt.Sprintf("renewals[%d].filed", i), "", "required")
				datesOK = false
			}
			date(fmt.Sprintf("renewals[%d].filed", i), rn.Filed)
		}
	}
	if r.AuthorDied != 0 && (r.AuthorDied < MinYear || r.AuthorDied > calendar.MaxYear-copyrightYears) {
		p.add("author_died", fmt.Sprint(r.AuthorDied), fmt.Sprintf("out of range %d-%d", MinYear, calendar.MaxYear-copyrightYears))
		datesOK = false
	}
	if r.TermAdjustment < 0 || r.TermAdjustment > MaxTermAdjustment {
		p.add("term_adjustment", fmt.Sprint(int(r.TermAdjustment)), fmt.Sprintf("out of range 0-%d days (Patent Law art 42)", MaxTermAdjustment))
		datesOK = false
	}
	if r.Type.IsPatent() && r.Filed.IsValid() && r.Filed.Before(patentLawInForce) {
		p.add("filed", r.Filed.String(), "before the Patent Law took effect on 1985-04-01")
	}

	// Order of the facts.
	before := func(field string, d, than calendar.Date, why string) {
		if !d.IsZero() && !than.IsZero() && d.Before(than) {
			p.add(field, d.String(), why+" "+than.String())
		}
	}
	before("granted", r.Granted, r.Filed, "before the filing date")
	before("registered", r.Registered, r.Filed, "before the filing date")
	before("first_published", r.FirstPublished, r.Created, "before the creation date")
	if r.AuthorDied != 0 && !r.Created.IsZero() && r.AuthorDied < r.Created.Year {
		p.add("author_died", fmt.Sprint(r.AuthorDied), "before the work was created in "+r.Created.String())
	}

	// Numbers and classes.
	switch {
	case r.Type.IsPatent() && r.Number != "":
		n, err := ParsePatentNumber(r.Number)
		switch {
		case err != nil:
			p.addErr("number", r.Number, "not a patent number: "+err.(*NumberError).Reason, err)
		case n.Kind().Type() != r.Type:
			p.add("number", r.Number, fmt.Sprintf("kind digit says %s, which contradicts type %s", n.Kind(), r.Type))
		case r.Filed.IsValid() && n.Year() < r.Filed.Year:
			p.add("number", r.Number, fmt.Sprintf("numbered in %d, before the filing date %s", n.Year(), r.Filed))
		}
	case r.Type == Trademark && r.Number != "":
		if _, err := ParseTrademarkNumber(r.Number); err != nil {
			p.addErr("number", r.Number, "not a trademark registration number: "+err.(*NumberError).Reason, err)
		}
	default:
		p.text("number", r.Number, maxNumberBytes, false)
	}
	if len(r.Classes) > int(MaxNiceClass) {
		p.add("classes", fmt.Sprint(len(r.Classes)), fmt.Sprintf("more than %d classes", MaxNiceClass))
	} else {
		for i, cl := range r.Classes {
			switch {
			case !cl.IsValid():
				p.add(fmt.Sprintf("classes[%d]", i), fmt.Sprint(int(cl)), "not a Nice class 1-45")
			case slices.Contains(r.Classes[:i], cl):
				p.add(fmt.Sprintf("classes[%d]", i), cl.String(), "repeated")
			}
		}
	}

	// End: a known reason that fits the type, and a date.
	if !r.End.IsZero() {
		switch {
		case !r.End.Reason.IsValid():
			p.add("end.reason", r.End.Reason.String(), "unknown end reason")
		case !r.End.Reason.fits(r.Type):
			p.add("end.reason", r.End.Reason.String(), fmt.Sprintf("a %s right cannot end for this reason", r.Type))
		}
		if r.End.Date.IsZero() {
			p.add("end.date", "", "required with an end reason")
		}
	}

	if len(p.list) > 0 || !datesOK {
		return p.err() // The terms cannot be computed from broken facts.
	}

	// The terms: inside the Date range, renewals in their windows, the
	// end inside the protection.
	ts := c.terms(r, calendar.Date{})
	for _, t := range ts {
		if !t.last.IsZero() && !t.last.IsValid() {
			field, value := termField(r)
			p.add(field, value, fmt.Sprintf("the term would end after %04d-12-31", calendar.MaxYear))
			return p.err()
		}
	}
	for i, rn := range r.Renewals {
		w := c.renewalWindow(r.Type, ts[i].last)
		if !w.Contains(rn.Filed) {
			p.add(fmt.Sprintf("renewals[%d].filed", i), rn.Filed.String(),
				fmt.Sprintf("outside the renewal window %s..%s of the term ending %s", w.Opens, w.GraceEnds, ts[i].last))
		}
		if !r.End.IsZero() && !rn.Filed.Before(r.End.Date) {
			p.add(fmt.Sprintf("renewals[%d].filed", i), rn.Filed.String(), "on or after the right ended on "+r.End.Date.String())
		}
	}
	if !r.End.IsZero() {
		if start := r.start(); !start.IsZero() && r.End.Date.Before(start) {
			p.add("end.date", r.End.Date.String(), "before protection started on "+start.String())
		}
		if last := ts[len(ts)-1].last; !last.IsZero() && r.End.Date.After(last.AddDays(1)) {
			p.add("end.date", r.End.Date.String(), "after the term ended on "+last.String())
		}
	}
	if r.Type.IsPatent() && !r.Granted.IsZero() && r.Granted.After(ts[0].last) {
		p.add("granted", r.Granted.String(), "after the term ended on "+ts[0].last.String())
	}
	return p.err()
}

// termField names the fact a right's term is counted from, for an error
// about the term.
func termField(r Right) (field, value string) {
	switch {
	case r.Type == Trademark:
		return "registered", r.Registered.String()
	case r.Type == OlympicSymbol:
		return "announced", r.Announced.String()
	case r.Type.IsPatent():
		return "filed", r.Filed.String()
	case r.AuthorDied != 0:
		return "author_died", fmt.Sprint(r.AuthorDied)
	case !r.FirstPublished.IsZero():
		return "first_published", r.FirstPublished.String()
	}
	return "created", r.Created.String()
}
