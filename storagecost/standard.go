package storagecost

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// Standard is a calculation standard (tariff) for the storage, custody,
// handling and disposal of detained goods, as one warehouse or port
// publishes it for a period. No national standard exists (R-FEE-8): each
// supervised warehouse sets its own, and the holder pays what it charges
// (Regs art 14, 25; R-FEE-1, R-FEE-2). A Standard makes that tariff data,
// so that every bill can be reproduced from it.
//
// A Standard is plain data; [NewSchedule] validates it, and so does
// decoding it from JSON. Treat a Standard as immutable once it is in a
// Schedule: the Schedule keeps its own copy.
type Standard struct {
	// Version identifies this standard on every bill line, such as
	// "SZX-W3-2026-01". Required; unique within a Schedule.
	Version string `json:"version"`
	// Issuer is the warehouse or port that publishes the standard.
	// Required.
	Issuer string `json:"issuer"`
	// Source is where the standard is published: a document number, a
	// URL.
	Source string `json:"source,omitempty"`
	// Note is anything a reader must know, such as "example, not an
	// official rate".
	Note string `json:"note,omitempty"`

	// EffectiveFrom is the first day the standard applies. Required.
	EffectiveFrom calendar.Date `json:"effective_from"`
	// EffectiveUntil is the last day it applies, or the zero Date for
	// "until the next standard of the schedule takes effect".
	EffectiveUntil calendar.Date `json:"effective_until"`

	// Rounding turns each line's exact amount into fen. The zero value is
	// HalfUp.
	Rounding Rounding `json:"rounding"`
	// DayCount says which calendar days of a stay are charged. The zero
	// value is BothEnds.
	DayCount DayCount `json:"day_count"`
	// MinimumPerBill is the least a bill charged under this standard
	// costs; zero for none. See [Calculate] for a bill under several
	// standards.
	MinimumPerBill decimal.Decimal `json:"minimum_per_bill"`

	// Charges are the standard's rates and fees. At least one.
	Charges []Charge `json:"charges"`
}

// Charge is one rate or fee of a Standard.
//
// A per-day charge ([PerDay]) costs Rate × quantity for every charged day
// of the stay, except the first FreeDays. Its Tiers, if any, give other
// rates for ranges of storage days: day 1 is the first charged day of the
// stay, free days included, and the numbering runs on across a change of
// standard. Only storage, custody and insurance may be per day.
//
// A one-off charge ([Once]) costs Rate × quantity once, on the day its
// event happens: the detention day for handling-in and for a flat storage,
// custody or insurance charge, each inspection's date, the end of the stay
// for handling-out, the completion of disposal for disposal. Its Brackets,
// if any, give a flat amount or a rate by the quantity instead. A disposal
// charge may instead pass the actual cost through (PassThrough).
//
// The quantity is the goods' quantity in the charge's Basis (see [Goods]).
// A charge applies to goods of its Condition; a charge for [AnyCondition]
// applies to all goods, unless the standard has a charge of the same Kind
// and Per for the goods' own condition, which then replaces it.
type Charge struct {
	// Kind is what the charge is for: any kind but Minimum, which is the
	// standard's MinimumPerBill. Condition is the goods it applies to,
	// AnyCondition (the zero value) for all. Basis is the unit Rate is
	// per, required except for a pass-through charge, whose basis is
	// PerJob or none. Per is whether it is charged per day (storage,
	// custody and insurance only) or once; required.
	Kind      Kind      `json:"kind"`
	Condition Condition `json:"condition"`
	Basis     Basis     `json:"basis"`
	Per       Per       `json:"per"`
	// Rate is the price per unit of Basis (and per day, for a per-day
	// charge), in CNY. At most 6 decimal places.
	Rate decimal.Decimal `json:"rate"`
	// FreeDays is how many storage days, from day 1, are not charged.
	FreeDays int `json:"free_days,omitempty"`
	// Tiers replace Rate by storage-day range; per-day charges only.
	Tiers []Tier `json:"tiers,omitempty"`
	// Brackets replace Rate by quantity; one-off charges only.
	Brackets []Bracket `json:"brackets,omitempty"`
	// Minimum is the least the charge costs, in whole fen; zero for none.
	// A one-off line below it is raised to it; the per-day lines of one
	// bill under this standard, together, are topped up to it.
	Minimum decimal.Decimal `json:"minimum"`
	// PassThrough charges the actual cost stated in the stay
	// ([Stay.DisposalCost]) instead of a rate; disposal only.
	PassThrough bool `json:"pass_through,omitempty"`
	// Description is the charge's name as the tariff gives it, for bills.
	Description string `json:"description,omitempty"`
}

// Tier is the rate of a per-day charge for storage days FromDay to ToDay
// inclusive. The tiers of a charge are in order and contiguous: the first
// starts at day 1, each starts the day after the one before ends, and only
// the last is open-ended (ToDay 0).
type Tier struct {
	// FromDay is the tier's first storage day: 1 for the first tier, the
	// day after the tier before ends for the others.
	FromDay int `json:"from_day"`
	ToDay   int `json:"to_day"` // 0: no end.
	// Rate is the tier's rate; or, if Multiplier is set, unused.
	Rate decimal.Decimal `json:"rate"`
	// Multiplier, if not zero, makes the tier's rate the charge's Rate
	// times Multiplier.
	Multiplier decimal.Decimal `json:"multiplier"`
}

// Bracket prices a one-off charge by quantity: the first bracket whose
// UpTo is at least the quantity applies. Brackets are in increasing UpTo,
// and only the last is open-ended (UpTo zero). Its price is Rate ×
// quantity if Rate is set, else the flat Amount.
type Bracket struct {
	// UpTo is the bracket's upper bound on the quantity, inclusive:
	// positive and above the bracket before's, or zero for the last,
	// open-ended bracket. Amount is its flat price in CNY, in whole fen,
	// and Rate its price per unit of the charge's Basis; exactly one of
	// the two is set.
	UpTo   decimal.Decimal `json:"up_to"`
	Amount decimal.Decimal `json:"amount"`
	Rate   decimal.Decimal `json:"rate"`
}

// Validate reports every problem of s on its own as [FieldErrors], each a
// *[FieldError] that matches [ErrInvalidStandard]; nil if s is valid.
func (s Standard) Validate() error {
	p := problems{subject: "standard " + strconv.Quote(textcode.Clip(s.Version)), err: ErrInvalidStandard}
	s.check(&p, "")
	return p.list.orNil()
}

func (s Standard) check(p *problems, at string) {
	checkText(p, at+"version", s.Version, true)
	checkText(p, at+"issuer", s.Issuer, true)
	checkText(p, at+"source", s.Source, false)
	checkText(p, at+"note", s.Note, false)
	switch {
	case s.EffectiveFrom.IsZero():
		p.add(at+"effective_from", "", "required")
	case !s.EffectiveFrom.IsValid():
		p.add(at+"effective_from", s.EffectiveFrom.String(), "not a valid date")
	}
	if !s.EffectiveUntil.IsZero() && !s.EffectiveUntil.IsValid() {
		p.add(at+"effective_until", s.EffectiveUntil.String(), "not a valid date")
	}
	if s.EffectiveUntil.IsValid() && s.EffectiveFrom.IsValid() && s.EffectiveUntil.Before(s.EffectiveFrom) {
		p.add(at+"effective_until", s.EffectiveUntil.String(), "before effective_from "+s.EffectiveFrom.String())
	}
	if !s.Rounding.IsValid() {
		p.add(at+"rounding", s.Rounding.String(), "unknown rounding")
	}
	if !s.DayCount.IsValid() {
		p.add(at+"day_count", s.DayCount.String(), "unknown day count")
	}
	checkMoney(p, at+"minimum_per_bill", s.MinimumPerBill)
	switch {
	case len(s.Charges) == 0:
		p.add(at+"charges", "", "at least one charge is required")
	case len(s.Charges) > maxCharges:
		p.addf(at+"charges", "", "%d charges, more than %d", len(s.Charges), maxCharges)
	default:
		for i, c := range s.Charges {
			c.check(p, fmt.Sprintf("%scharges[%d].", at, i))
		}
	}
}

func (c Charge) check(p *problems, at string) {
	switch {
	case !c.Kind.IsValid():
		p.add(at+"kind", c.Kind.String(), "unknown kind")
	case c.Kind == Minimum:
		p.add(at+"kind", c.Kind.String(), "a bill's minimum is the standard's minimum_per_bill, not a charge")
	}
	if !c.Condition.IsValid() {
		p.add(at+"condition", c.Condition.String(), "unknown condition")
	}
	if !c.Per.IsValid() {
		p.add(at+"per", c.Per.String(), `unknown: want "day" or "once"`)
	}
	if c.Per == PerDay && c.Kind != Storage && c.Kind != Custody && c.Kind != Insurance && c.Kind.IsValid() {
		p.add(at+"per", c.Per.String(), "only storage, custody and insurance may be charged per day; "+c.Kind.String()+" is charged once")
	}
	checkText(p, at+"description", c.Description, false)
	checkMoney(p, at+"minimum", c.Minimum)
	if c.PassThrough {
		if c.Kind != Disposal {
			p.add(at+"pass_through", "true", "only a disposal charge may pass the actual cost through")
		}
		if c.Per != Once {
			p.add(at+"per", c.Per.String(), `a pass-through charge is charged "once"`)
		}
		if !c.Rate.IsZero() || len(c.Tiers) > 0 || len(c.Brackets) > 0 {
			p.add(at+"pass_through", "true", "a pass-through charge has no rate, tiers or brackets")
		}
		if c.Basis != BasisUnknown && c.Basis != PerJob {
			p.add(at+"basis", c.Basis.String(), `a pass-through charge's basis is "job" or none`)
		}
		return
	}
	if !c.Basis.IsValid() {
		p.add(at+"basis", c.Basis.String(), "unknown basis")
	}
	checkDecimal(p, at+"rate", c.Rate, MaxQuantity)
	if c.Rate.IsZero() && len(c.Brackets) == 0 && (len(c.Tiers) == 0 || slices.ContainsFunc(c.Tiers, func(t Tier) bool { return !t.Multiplier.IsZero() })) {
		p.add(at+"rate", "0", "a charge costs something: free time is free_days, and a charge that costs nothing is no charge")
	}
	if c.FreeDays < 0 || c.FreeDays > MaxStayDays {
		p.addf(at+"free_days", strconv.Itoa(c.FreeDays), "out of range 0-%d", MaxStayDays)
	}
	if c.Per != PerDay {
		if c.FreeDays != 0 {
			p.add(at+"free_days", strconv.Itoa(c.FreeDays), "free days apply to per-day charges only")
		}
		if len(c.Tiers) > 0 {
			p.add(at+"tiers", "", "tiers apply to per-day charges only")
		}
	}
	if c.Per != Once && len(c.Brackets) > 0 {
		p.add(at+"brackets", "", "brackets apply to one-off charges only")
	}
	c.checkTiers(p, at)
	c.checkBrackets(p, at)
}

func (c Charge) checkTiers(p *problems, at string) {
	if len(c.Tiers) > maxTiers {
		p.addf(at+"tiers", "", "%d tiers, more than %d", len(c.Tiers), maxTiers)
		return
	}
	next := 1 // The day the next tier must start on.
	for i, t := range c.Tiers {
		f := fmt.Sprintf("%stiers[%d].", at, i)
		switch {
		case next == 0:
			p.add(f+"from_day", strconv.Itoa(t.FromDay), fmt.Sprintf("tiers[%d] has no end, so no tier can follow it", i-1))
		case t.FromDay < next:
			p.add(f+"from_day", strconv.Itoa(t.FromDay), fmt.Sprintf("overlaps the tier before, which covers days to %d", next-1))
		case t.FromDay > next:
			p.add(f+"from_day", strconv.Itoa(t.FromDay), fmt.Sprintf("leaves days %d-%d without a rate: want %d", next, t.FromDay-1, next))
		}
		switch {
		case t.ToDay < 0 || t.ToDay > MaxStayDays:
			p.addf(f+"to_day", strconv.Itoa(t.ToDay), "out of range 0-%d", MaxStayDays)
		case t.ToDay != 0 && t.ToDay < t.FromDay:
			p.add(f+"to_day", strconv.Itoa(t.ToDay), "before from_day "+strconv.Itoa(t.FromDay))
		}
		if t.ToDay == 0 {
			next = 0
		} else {
			next = t.ToDay + 1
		}
		checkDecimal(p, f+"rate", t.Rate, MaxQuantity)
		checkDecimal(p, f+"multiplier", t.Multiplier, MaxMultiplier)
		switch {
		case !t.Rate.IsZero() && !t.Multiplier.IsZero():
			p.add(f+"multiplier", t.Multiplier.String(), "a tier has a rate or a multiplier, not both")
		case t.Rate.IsZero() && t.Multiplier.IsZero():
			p.add(f+"rate", "0", "a tier needs a rate or a multiplier: free time is the charge's free_days")
		case !t.Multiplier.IsZero() && checkNumber(c.Rate, MaxQuantity) == "" && checkNumber(t.Multiplier, MaxMultiplier) == "" &&
			c.Rate.Mul(t.Multiplier).GreaterThan(decimal.New(MaxQuantity, 0)):
			p.add(f+"multiplier", t.Multiplier.String(), "makes a rate above "+strconv.Itoa(MaxQuantity))
		}
	}
	if len(c.Tiers) > 0 && next != 0 {
		p.add(fmt.Sprintf("%stiers[%d].to_day", at, len(c.Tiers)-1), strconv.Itoa(c.Tiers[len(c.Tiers)-1].ToDay), "the last tier must have no end (0), so that every day has a rate")
	}
}

func (c Charge) checkBrackets(p *problems, at string) {
	if len(c.Brackets) > maxBrackets {
		p.addf(at+"brackets", "", "%d brackets, more than %d", len(c.Brackets), maxBrackets)
		return
	}
	var prev decimal.Decimal
	for i, b := range c.Brackets {
		f := fmt.Sprintf("%sbrackets[%d].", at, i)
		checkDecimal(p, f+"up_to", b.UpTo, MaxQuantity)
		checkMoney(p, f+"amount", b.Amount)
		checkDecimal(p, f+"rate", b.Rate, MaxQuantity)
		if b.Rate.IsZero() && b.Amount.IsZero() {
			p.add(f+"amount", "0", "a bracket needs an amount or a rate")
		}
		last := i == len(c.Brackets)-1
		switch {
		case last && !b.UpTo.IsZero():
			p.add(f+"up_to", b.UpTo.String(), "the last bracket must have no bound (0), so that every quantity has a price")
		case !last && b.UpTo.Sign() <= 0:
			p.add(f+"up_to", b.UpTo.String(), "only the last bracket may be unbounded; want a positive bound")
		case !last && i > 0 && b.UpTo.LessThanOrEqual(prev):
			p.add(f+"up_to", b.UpTo.String(), "not above the bracket before ("+prev.String()+")")
		}
		prev = b.UpTo
		if !b.Rate.IsZero() && !b.Amount.IsZero() {
			p.add(f+"rate", b.Rate.String(), "a bracket has an amount or a rate, not both")
		}
	}
	if len(c.Brackets) > 0 && !c.Rate.IsZero() {
		p.add(at+"rate", c.Rate.String(), "a charge with brackets takes its prices from them: leave rate 0")
	}
}

// checkMoney adds a problem if d is not an amount of money: from 0 to
// MaxValue, in whole fen.
func checkMoney(p *problems, field string, d decimal.Decimal) {
	switch {
	case checkNumber(d, MaxValue) != "":
		checkDecimal(p, field, d, MaxValue)
	case d.Exponent() < -2 && !d.Equal(d.Truncate(2)):
		p.add(field, d.String(), "an amount of money has at most 2 decimal places")
	}
}

func checkDecimal(p *problems, field string, d decimal.Decimal, limit int64) {
	if reason := checkNumber(d, limit); reason != "" {
		p.add(field, textcode.Clip(d.String()), reason)
	}
}

func checkText(p *problems, field, s string, required bool) {
	if why := textcode.CheckText(s, maxTextBytes, required); why != "" {
		p.add(field, s, why)
	}
}

// applies reports whether c applies to goods of condition g in a standard
// whose charges are all: its own condition, or AnyCondition when no charge
// of its kind names g.
func (c Charge) applies(g Condition, all []Charge) bool {
	if c.Condition == g {
		return true
	}
	if c.Condition != AnyCondition {
		return false
	}
	for _, o := range all {
		if o.Kind == c.Kind && o.Per == c.Per && o.Condition == g && g != AnyCondition {
			return false
		}
	}
	return true
}

// clone returns s with its own copies of its slices.
func (s Standard) clone() Standard {
	s.Charges = append([]Charge(nil), s.Charges...)
	for i := range s.Charges {
		s.Charges[i].Tiers = append([]Tier(nil), s.Charges[i].Tiers...)
		s.Charges[i].Brackets = append([]Bracket(nil), s.Charges[i].Brackets...)
	}
	return s
}
