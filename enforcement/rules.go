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
//	| field                | default                              | source                                      |
//	|----------------------|--------------------------------------|---------------------------------------------|
//	| Reply                | 3 working days from the day after    | Regs art 16; Measures arts 22, 41; R-EXO-2   |
//	|                      | service of the notice                |                                             |
//	| Investigation        | 30 working days from the day after   | Regs art 20; R-EXO-6; start R-TIME-2 [U]     |
//	|                      | the detention                        |                                             |
//	| CourtNotice          | 20 working days, same start          | Regs art 24(1); R-APP-4; start [U]           |
//	| ExOfficioCourtNotice | 50 working days, same start          | Regs art 24(2); R-EXO-7; start [U]           |
//	| OfficeCloses         | 17:00 China Standard Time            | Measures art 41; hours vary by office [U]    |
//
// The Measures give no start rule for periods counted "from the date of
// detention" (自扣留之日起); the default follows Civil Code art 201, the day
// after is day 1 (R-TIME-2 [U]). Set Start to [calendar.StartSameDay] in a
// period to count the detention day itself. A period's count and start may
// change; its unit stays working days, so that every last day is a working
// day.
//
// Rules is a value and safe for concurrent use.
type Rules struct {
	// Calendar is the working-day calendar, such as [calendar.China]. It is
	// required: there is no default, because a deadline computed on the
	// wrong calendar is wrong around every holiday.
	Calendar calendar.Calendar

	Reply                calendar.Period
	Investigation        calendar.Period
	CourtNotice          calendar.Period
	ExOfficioCourtNotice calendar.Period

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
)

// DefaultOfficeCloses is the default end of office hours (Rules.OfficeCloses).
const DefaultOfficeCloses = 17 * time.Hour

// DefaultRules returns the rules of the law and the library's defaults on
// calendar c, every field filled in.
func DefaultRules(c calendar.Calendar) Rules { return Rules{Calendar: c}.withDefaults() }

// withDefaults fills each zero field with its default.
func (r Rules) withDefaults() Rules {
	fill := func(p *calendar.Period, d calendar.Period) {
		if *p == (calendar.Period{}) {
			*p = d
		}
	}
	fill(&r.Reply, defaultReply)
	fill(&r.Investigation, defaultInvestigation)
	fill(&r.CourtNotice, defaultCourtNotice)
	fill(&r.ExOfficioCourtNotice, defaultExOfficioCourtNotice)
	if r.OfficeCloses == 0 {
		r.OfficeCloses = DefaultOfficeCloses
	}
	return r
}

// Validate reports every problem with r, as [FieldErrors] matching
// [ErrInvalidRules]: no calendar; an invalid period
// ([calendar.Period.Validate]) or one not counted in working days, which
// the law's periods all are; a cut-off that is not a whole number of
// minutes from 0 to 24 hours. Zero fields are valid: they mean the
// defaults.
func (r Rules) Validate() error {
	p := &problems{class: ErrInvalidRules}
	if first, _ := r.Calendar.Coverage(); first.IsZero() {
		p.add("calendar", "", "required: the working-day calendar, such as calendar.China()")
	}
	r = r.withDefaults()
	for _, f := range []struct {
		name string
		p    calendar.Period
	}{{"reply", r.Reply}, {"investigation", r.Investigation}, {"court_notice", r.CourtNotice}, {"ex_officio_court_notice", r.ExOfficioCourtNotice}} {
		if err := f.p.Validate(); err != nil {
			p.list = append(p.list, &FieldError{Field: f.name, Value: f.p.String(), Reason: err.Error(), class: ErrInvalidRules, err: err})
		} else if f.p.Unit != calendar.UnitWorkingDays {
			p.add(f.name, f.p.String(), "the law counts this period in working days (Regs arts 16, 20, 24): only its count and start may change")
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
	return a.Reply == b.Reply && a.Investigation == b.Investigation && a.CourtNotice == b.CourtNotice &&
		a.ExOfficioCourtNotice == b.ExOfficioCourtNotice && a.OfficeCloses == b.OfficeCloses && a.Calendar.Equal(b.Calendar)
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
