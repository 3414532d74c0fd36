package storagecost

import (
	"fmt"
	"strconv"

	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

// Stay is the facts of detained goods' time in a warehouse that a bill
// depends on: the goods, the day they were detained, how and when the stay
// ended, and the confiscation facts that cap the charge (R-FEE-3). The
// enforcement workflow produces these facts; this package only takes them
// as input.
type Stay struct {
	// Goods are the detained goods as the warehouse measures them: every
	// charge needs the quantity of its Basis.
	Goods Goods `json:"goods"`
	// Detained is the day of detention, the first day of the stay.
	// Required.
	Detained calendar.Date `json:"detained"`
	// Outcome is how the stay ended; InStorage (the zero value) while the
	// goods are still in the warehouse.
	Outcome Outcome `json:"outcome"`
	// End is the day the stay ended: release, hand-over to the court or
	// completion of disposal (Measures (2009 numbering) art 34). The zero
	// Date while the goods are in storage, and required otherwise.
	End calendar.Date `json:"end"`
	// Confiscation holds the facts of a confiscation decision, if any.
	Confiscation Confiscation `json:"confiscation"`
	// Inspections are the days an inspection or sampling took place in the
	// warehouse (Regs art 17), each charged by the inspection charges.
	Inspections []calendar.Date `json:"inspections,omitempty"`
	// DisposalCost is the actual cost of disposal, in CNY, charged by a
	// pass-through disposal charge; zero if none.
	DisposalCost decimal.Decimal `json:"disposal_cost"`
}

// Goods are the detained goods as the warehouse measures them. Each
// quantity is what a charge of the matching [Basis] multiplies its rate by:
// Volume for m³, Weight for kg and (divided by 1000) for tonnes, Area for
// m², Pallets, Pieces, and Value (in CNY) for a rate on value. A charge
// whose basis needs a quantity the goods leave at zero is an error, never
// a silent zero charge. Pallets and pieces are whole numbers.
type Goods struct {
	// Description says what the goods are, for the bill: optional, at
	// most 512 bytes. Condition is their goods class or storage
	// condition, which selects the charges that apply; AnyCondition (the
	// zero value) takes the charges for any goods. Each quantity below is
	// zero (not stated) or positive, at most [MaxQuantity] ([MaxValue]
	// for Value), with at most [MaxPlaces] decimal places.
	Description string          `json:"description,omitempty"`
	Condition   Condition       `json:"condition"`
	Volume      decimal.Decimal `json:"volume"`  // m³
	Weight      decimal.Decimal `json:"weight"`  // kg
	Area        decimal.Decimal `json:"area"`    // m²
	Pallets     decimal.Decimal `json:"pallets"` // pallet positions, whole
	Pieces      decimal.Decimal `json:"pieces"`  // whole
	Value       decimal.Decimal `json:"value"`   // CNY
}

// Confiscation is the fact that caps the chargeable period of confiscated
// goods: the holder does not pay for the time after CapMonths calendar
// months from the day the confiscation decision was served on the
// consignee, unless the delay has a reason that lifts the cap (Measures
// (2009 numbering) art 34; R-FEE-3).
type Confiscation struct {
	// Served is the day the confiscation decision was served on the
	// consignee or consignor; the zero Date if goods were not confiscated.
	// Required when the stay's outcome is Disposed.
	Served calendar.Date `json:"served"`
	// Delay is why disposal took longer, if the reason lifts the cap.
	Delay Delay `json:"delay"`
	// CapMonths is the cap period in calendar months; zero means
	// [DefaultCapMonths]. The months are counted by Civil Code art 202
	// (R-TIME-3), with no roll off a holiday: the cap is a limit on a
	// charge, not a deadline for anyone to act.
	CapMonths int `json:"cap_months,omitempty"`
	// CapOneOffs extends the cap to one-off charges dated after it
	// (handling-out, disposal): the reading that 三个月后的有关费用 means
	// every fee incurred after the cap. By default the cap limits only the
	// per-day charges, the fees "for the period" after it. [U]
	CapOneOffs bool `json:"cap_one_offs,omitempty"`
}

// DefaultCapMonths is the cap period of Measures (2009 numbering) art 34:
// 3 calendar months from service of the confiscation decision. [S]
const DefaultCapMonths = 3

const maxCapMonths = 120

// Cap returns the last day the holder pays for, and false if the
// confiscation facts set no cap: no decision served, or a delay that lifts
// it.
func (c Confiscation) Cap() (calendar.Date, bool) {
	if c.Served.IsZero() || c.Delay != NoDelay {
		return calendar.Date{}, false
	}
	m := c.CapMonths
	if m == 0 {
		m = DefaultCapMonths
	}
	return c.Served.AddMonths(m), true
}

// Validate reports every problem of st as [FieldErrors], each a
// *[FieldError] that matches [ErrInvalidStay]; nil if st is valid.
func (st Stay) Validate() error { return st.validate(nil) }

func (st *Stay) validate(nums *goodsNums) error {
	p := problems{subject: "stay", err: ErrInvalidStay}
	st.check(&p, nums)
	return p.list.orNil()
}

// goodsNums are the goods' quantities by basis, as validation found them.
type goodsNums [PerJob + 1]num

// check adds the problems of st to p and, if nums is not nil, records the
// goods' quantities in it.
func (st *Stay) check(p *problems, nums *goodsNums) {
	g := &st.Goods
	checkText(p, "goods.description", g.Description, false)
	if !g.Condition.IsValid() {
		p.add("goods.condition", g.Condition.String(), "unknown condition")
	}
	checkQuantity(p, nums, "goods.volume", g.Volume, PerCubicMetre, MaxQuantity)
	checkQuantity(p, nums, "goods.weight", g.Weight, PerKilogram, MaxQuantity)
	checkQuantity(p, nums, "goods.area", g.Area, PerSquareMetre, MaxQuantity)
	checkQuantity(p, nums, "goods.pallets", g.Pallets, PerPallet, MaxQuantity)
	checkQuantity(p, nums, "goods.pieces", g.Pieces, PerPiece, MaxQuantity)
	checkQuantity(p, nums, "goods.value", g.Value, PerValue, MaxValue)
	checkDecimal(p, "disposal_cost", st.DisposalCost, MaxValue)

	detainedOK := checkDate(p, "detained", st.Detained, true)
	endOK := checkDate(p, "end", st.End, false)
	switch {
	case !st.Outcome.IsValid():
		p.add("outcome", st.Outcome.String(), "unknown outcome")
	case st.Outcome == InStorage && !st.End.IsZero():
		p.add("end", st.End.String(), `the goods are in storage (outcome "in-storage"): an end needs an outcome`)
	case st.Outcome != InStorage && st.End.IsZero():
		p.add("end", "", "required for outcome "+st.Outcome.String())
	case st.Outcome == Disposed && st.Confiscation.Served.IsZero():
		// Without the date, the cap of Measures art 34 would silently not
		// apply.
		p.add("confiscation.served", "", "required for outcome disposed: goods are disposed of after confiscation (Regs art 27), and the day the decision was served caps the charge (Measures art 34)")
	}
	if detainedOK && endOK && !st.End.IsZero() {
		switch n := st.End.DaysSince(st.Detained); {
		case n < 0:
			p.add("end", st.End.String(), "before detained "+st.Detained.String())
		case n >= MaxStayDays:
			p.addf("end", st.End.String(), "a stay of %d days, more than %d", n+1, MaxStayDays)
		}
	}
	if !st.DisposalCost.IsZero() && st.Outcome != Disposed {
		p.add("disposal_cost", st.DisposalCost.String(), "a disposal cost needs outcome disposed")
	}

	c := st.Confiscation
	if checkDate(p, "confiscation.served", c.Served, false) && !c.Served.IsZero() && detainedOK {
		if c.Served.Before(st.Detained) {
			p.add("confiscation.served", c.Served.String(), "before detained "+st.Detained.String())
		}
		if !st.End.IsZero() && st.End.IsValid() && c.Served.After(st.End) {
			p.add("confiscation.served", c.Served.String(), "after end "+st.End.String())
		}
		if st.Outcome == Released || st.Outcome == HandedToCourt {
			p.add("confiscation.served", c.Served.String(), "confiscated goods are not "+st.Outcome.String()+": their stay ends with disposal")
		}
	}
	if !c.Delay.IsValid() {
		p.add("confiscation.delay", c.Delay.String(), "unknown delay")
	}
	if c.CapMonths < 0 || c.CapMonths > maxCapMonths {
		p.addf("confiscation.cap_months", strconv.Itoa(c.CapMonths), "out of range 0-%d", maxCapMonths)
	}
	if c.Served.IsZero() && (c.Delay != NoDelay || c.CapMonths != 0 || c.CapOneOffs) {
		p.add("confiscation.served", "", "required when the other confiscation facts are set")
	}

	if len(st.Inspections) > maxInspection {
		p.addf("inspections", "", "%d inspections, more than %d", len(st.Inspections), maxInspection)
		return
	}
	for i, d := range st.Inspections {
		f := fmt.Sprintf("inspections[%d]", i)
		if !checkDate(p, f, d, true) || !detainedOK {
			continue
		}
		if d.Before(st.Detained) {
			p.add(f, d.String(), "before detained "+st.Detained.String())
		}
		if !st.End.IsZero() && st.End.IsValid() && d.After(st.End) {
			p.add(f, d.String(), "after end "+st.End.String())
		}
	}
}

// checkQuantity adds a problem if d is not a quantity from 0 to limit
// (and whole, for pallets and pieces); otherwise it records d in nums, if
// nums is not nil.
func checkQuantity(p *problems, nums *goodsNums, field string, d decimal.Decimal, basis Basis, limit int64) {
	if d.IsZero() {
		return // Not stated; a charge that needs it says so.
	}
	n, reason := checkedNum(d, limit)
	switch {
	case reason != "":
		p.add(field, d.String(), reason)
	case (basis == PerPallet || basis == PerPiece) && d.Exponent() < 0 && !d.Equal(d.Truncate(0)):
		p.add(field, d.String(), "not a whole number")
	case nums != nil:
		nums[basis] = n
	}
}

// checkDate adds a problem if d is required and zero, or set and invalid;
// it reports whether d is usable (valid, or zero and optional).
func checkDate(p *problems, field string, d calendar.Date, required bool) bool {
	switch {
	case d.IsZero() && required:
		p.add(field, "", "required")
		return false
	case d.IsZero():
		return true
	case !d.IsValid():
		p.add(field, d.String(), "not a valid date")
		return false
	}
	return true
}

var one = decimal.New(1, 0)
