package enforcement

import (
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// Rules are the calendar and the periods a case is read with. The periods
// are the law's; the start conventions and the in-person cut-off are the
// library's documented defaults where the law is silent or uncertain (the
// domain brief's defaults table), and a caller may override any of them.
// A zero period or cut-off means the default below.
//
//	| field                | default                                    | source                                       |
//	|----------------------|--------------------------------------------|----------------------------------------------|
//	| Reply                | 3 working days from the day after service  | Regs art 16; Measures arts 22, 41; R-EXO-2    |
//	|                      | of the notice                              |                                              |
//	| Investigation        | 30 working days from the day after the     | Regs art 20; R-EXO-6; start R-TIME-2 [U]      |
//	|                      | detention                                  |                                              |
//	| CourtNotice          | 20 working days, same start                | Regs art 24(1); R-APP-4; start [U]            |
//	| ExOfficioCourtNotice | 50 working days, same start                | Regs art 24(2); R-EXO-7; start [U]            |
//	| CounterGuaranteeSuit | 30 working days from the day after service | Regs art 19; Measures (2009 numbering) arts   |
//	|                      | of the release notice                      | 20, 41; R-REL-2 [U]                           |
//	| Preservation         | 20 working days from the day after the     | Measures (2009 numbering) art 35; R-FEE-6 [U] |
//	|                      | release or court-assisted seizure          |                                              |
//	| FeePayment           | 10 working days from the day after the     | GACC Ann. 2006 No. 31 (letter of guarantee);  |
//	|                      | fee notice is received                     | R-FEE-4 [S]                                   |
//	| FeeCap               | 3 months from the day after service of the | Measures (2009 numbering) art 34; R-FEE-3 [S] |
//	|                      | confiscation decision, not rolled          |                                              |
//	| Announcement         | 3 months from the day after the            | Penalty Regs art 62(4); Measures (2009        |
//	|                      | announcement                               | numbering) art 32; R-PEN-5 [U]                |
//	| OfficeCloses         | 17:00 China Standard Time                  | Measures art 41; hours vary by office [U]     |
//
// The Measures give no start rule for periods counted "from the date of
// detention" (自扣留之日起); the default follows Civil Code art 201, the day
// after is day 1 (R-TIME-2 [U]). Set Start to [calendar.StartSameDay] in a
// period to count the detention day itself. A period's count, start and
// roll may change; its unit may not (working days for the first seven,
// months for FeeCap and Announcement), so that every last day of a
// working-day period is a working day.
//
// FeeCap is not a time limit for an act but the end of the storage days
// the holder can be charged for confiscated goods, so it does not roll off
// a rest day ([calendar.RollNone]); Announcement is the time the unknown
// party has to come forward, so it rolls forward (Civil Code art 203).
//
// Rules is a value and safe for concurrent use.
type Rules struct {
	// Calendar is the working-day calendar, such as [calendar.China]. It is
	// required: there is no default, because a deadline computed on the
	// wrong calendar is wrong around every holiday.
	Calendar calendar.Calendar

	// Reply is the holder's time, ex officio, to apply for detention and
	// post the bond after the notice is served, or customs must release
	// the goods ([ReplyPeriod]; R-EXO-2, R-EXO-3).
	Reply calendar.Period
	// Investigation is customs' time, ex officio, to notify the result of
	// its investigation after the detention ([InvestigationPeriod];
	// R-EXO-6).
	Investigation calendar.Period
	// CourtNotice is the time, upon application, for a court's assistance
	// notice after the detention, or customs releases the goods
	// ([CourtPeriod]; R-APP-4).
	CourtNotice calendar.Period
	// ExOfficioCourtNotice is the same time ex officio, unless customs
	// found the goods infringing ([ExOfficioCourtPeriod]; R-EXO-7).
	ExOfficioCourtNotice calendar.Period
	// CounterGuaranteeSuit is the holder's time, after a patent release
	// against guarantee money, to hand customs the court's notice
	// accepting its suit, or the money is refunded to the consignee
	// ([ReleaseGuarantee.SuitWindow]; R-REL-2).
	CounterGuaranteeSuit calendar.Period
	// Preservation is the time, after the goods are released or seized
	// with a court's assistance, for a court's property-preservation
	// notice against the holder's bond, or the bond is refunded
	// ([BondLedger.PreservationWindow]; R-FEE-6).
	Preservation calendar.Period
	// FeePayment is the holder's time to pay a fee notice under a general
	// bond before customs may call on the bank ([GeneralBond.Notify];
	// R-FEE-4).
	FeePayment calendar.Period
	// FeeCap ends the storage time the holder can be charged for
	// confiscated goods, counted from service of the confiscation
	// decision ([Case.FeeCap]; R-FEE-3).
	FeeCap calendar.Period
	// Announcement is an unknown party's time to come forward after
	// customs announces the case, or the goods are taken over
	// ([AnnouncementPeriod]; R-PEN-5).
	Announcement calendar.Period

	// OfficeCloses is the end of customs office hours, as time since
	// midnight China Standard Time, in whole minutes: the cut-off for an
	// act done in person on a period's last day (Measures art 41). Acts by
	// post or through a bank have until 24:00. Zero means the default,
	// 17:00; an office open until midnight closes at 24 hours.
	OfficeCloses time.Duration
}

// The law's periods (Rules' defaults).
var (
	defaultReply                = calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	defaultInvestigation        = calendar.Period{Count: 30, Unit: calendar.UnitWorkingDays}
	defaultCourtNotice          = calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
	defaultExOfficioCourtNotice = calendar.Period{Count: 50, Unit: calendar.UnitWorkingDays}
	defaultCounterGuaranteeSuit = calendar.Period{Count: 30, Unit: calendar.UnitWorkingDays}
	defaultPreservation         = calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
	defaultFeePayment           = calendar.Period{Count: 10, Unit: calendar.UnitWorkingDays}
	defaultFeeCap               = calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}
	defaultAnnouncement         = calendar.Period{Count: 3, Unit: calendar.UnitMonths}
)

// rulePeriod is one period field of Rules: its JSON name, where it is, its
// default, the one unit it may have, and why.
type rulePeriod struct {
	name string
	p    *calendar.Period
	def  calendar.Period
	why  string
}

// periods lists r's period fields in their JSON order.
func (r *Rules) periods() [9]rulePeriod {
	const wd = "the law counts this period in working days"
	const months = "the law counts this period in calendar months"
	return [...]rulePeriod{
		{"reply", &r.Reply, defaultReply, wd + " (Regs arts 16, 20, 24)"},
		{"investigation", &r.Investigation, defaultInvestigation, wd + " (Regs arts 16, 20, 24)"},
		{"court_notice", &r.CourtNotice, defaultCourtNotice, wd + " (Regs arts 16, 20, 24)"},
		{"ex_officio_court_notice", &r.ExOfficioCourtNotice, defaultExOfficioCourtNotice, wd + " (Regs arts 16, 20, 24)"},
		{"counter_guarantee_suit", &r.CounterGuaranteeSuit, defaultCounterGuaranteeSuit, wd + " (Measures art 20)"},
		{"preservation", &r.Preservation, defaultPreservation, wd + " (Measures art 35)"},
		{"fee_payment", &r.FeePayment, defaultFeePayment, wd + " (GACC Ann. 2006 No. 31)"},
		{"fee_cap", &r.FeeCap, defaultFeeCap, months + " (Measures art 34)"},
		{"announcement", &r.Announcement, defaultAnnouncement, months + " (Penalty Regs art 62(4))"},
	}
}

// DefaultOfficeCloses is the default end of office hours (Rules.OfficeCloses).
const DefaultOfficeCloses = 17 * time.Hour

// DefaultRules returns the rules of the law and the library's defaults on
// calendar c, every field filled in.
func DefaultRules(c calendar.Calendar) Rules { return Rules{Calendar: c}.withDefaults() }

// withDefaults fills each zero field with its default.
func (r Rules) withDefaults() Rules {
	for _, f := range r.periods() {
		if *f.p == (calendar.Period{}) {
			*f.p = f.def
		}
	}
	if r.OfficeCloses == 0 {
		r.OfficeCloses = DefaultOfficeCloses
	}
	return r
}

// Validate reports every problem with r, as [FieldErrors] matching
// [ErrInvalidRules]: no calendar; an invalid period
// ([calendar.Period.Validate]) or one not counted in the unit the law
// counts it in; a cut-off that is not a whole number of minutes from 0 to
// 24 hours. Zero fields are valid: they mean the defaults.
func (r Rules) Validate() error {
	p := &problems{class: ErrInvalidRules}
	if first, _ := r.Calendar.Coverage(); first.IsZero() {
		p.add("calendar", "", "required: the working-day calendar, such as calendar.China()")
	}
	r = r.withDefaults()
	for _, f := range r.periods() {
		if err := f.p.Validate(); err != nil {
			p.list = append(p.list, &FieldError{Field: f.name, Value: f.p.String(), Reason: err.Error(), class: ErrInvalidRules, err: err})
		} else if f.p.Unit != f.def.Unit {
			p.add(f.name, f.p.String(), f.why+": only its count, start and roll may change")
		}
	}
	if r.OfficeCloses < 0 || r.OfficeCloses > 24*time.Hour || r.OfficeCloses%time.Minute != 0 {
		p.add("office_closes", r.OfficeCloses.String(), "want whole minutes from 0 to 24h (Measures art 41)")
	}
	return p.err()
}

// Equal reports whether r and o are the same rules, defaults filled in.
func (r Rules) Equal(o Rules) bool {
	a, b := r.withDefaults(), o.withDefaults()
	pa, pb := a.periods(), b.periods()
	for i := range pa {
		if *pa[i].p != *pb[i].p {
			return false
		}
	}
	return a.OfficeCloses == b.OfficeCloses && a.Calendar.Equal(b.Calendar)
}

// period returns the rules' period for k.
func (r Rules) period(k DeadlineKind) calendar.Period {
	switch k {
	case ReplyPeriod:
		return r.Reply
	case InvestigationPeriod:
		return r.Investigation
	case CourtPeriod:
		return r.CourtNotice
	case ExOfficioCourtPeriod:
		return r.ExOfficioCourtNotice
	}
	return calendar.Period{}
}
