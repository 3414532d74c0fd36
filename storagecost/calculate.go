package storagecost

import (
	"slices"
	"strconv"

	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

// Calculate returns the final bill for a stay that has ended (its Outcome
// is not InStorage), charged under the schedule's standards.
//
// The chargeable period (R-FEE-3; Measures (2009 numbering) art 34) runs
// from the detention day to the end of the stay (release, hand-over to the
// court, completion of disposal), as the day-count convention of the
// standard in effect on each of those two days says, and for confiscated
// goods no later than the cap of [Confiscation.Cap]. Each charged day is
// charged under the standard in effect on it, so a stay that crosses a
// change of standard is split at the change; storage-day numbers (for free
// days and tiers) run on across it. Each one-off charge is charged under
// the standard in effect on the day of its event. A charge's minimum
// applies per bill and standard; the bill's minimum is that of the standard
// in effect on the bill's last day.
//
// Each line is rounded to 0.01 by its standard's rounding rule; subtotals
// and the total are sums of rounded lines and need no rounding.
//
// Errors: [FieldErrors] matching [ErrInvalidStay] for bad stay facts or a
// quantity a charge needs and the goods do not state; *[NoStandardError]
// for a day to be charged that no standard covers.
func Calculate(s Schedule, st Stay) (Bill, error) {
	var c calc
	if err := st.validate(&c.q.nums); err != nil {
		return Bill{}, err
	}
	if st.Outcome == InStorage {
		p := problems{subject: "stay", err: ErrInvalidStay}
		p.add("outcome", st.Outcome.String(), "the goods are still in storage: Calculate bills a stay that has ended; use Accrued for an interim bill")
		return Bill{}, p.list
	}
	return c.bill(&s, &st, st.Detained, st.End)
}

// Accrued returns the bill for what a stay has cost from detention up to
// and including asOf. For goods still in storage on asOf it is an interim
// bill: every day to asOf is a storage day, and the charges of leaving
// (handling-out, disposal) are not yet due. If the stay ended on or before
// asOf it is the final bill, as from [Calculate]. An asOf before the
// detention day is an error matching [ErrInvalidArgument]; otherwise the
// errors are those of Calculate.
func Accrued(s Schedule, st Stay, asOf calendar.Date) (Bill, error) {
	return Between(s, st, st.Detained, asOf)
}

// Between returns the bill for the charges of a stay that fall from from
// to to inclusive: the charged days in that period and the one-off charges
// whose events happen in it, as a warehouse invoicing monthly bills them.
// Storage-day numbers, free days and tiers count from the start of the
// stay, so the bills of consecutive periods add up to the bill of the whole
// stay, except for minimum charges (each bill has its own) and rounding
// (each line is rounded on its own). The standard's minimum per bill
// applies only to a bill that starts with the stay: the stay's minimum, not
// each month's. The bill is final if the stay ended by to. A period that
// starts before detention or ends after the stay is charged only for the
// stay; a period that ends before from or before the detention day, or
// starts after the stay ended, is an error matching [ErrInvalidArgument].
func Between(s Schedule, st Stay, from, to calendar.Date) (Bill, error) {
	var c calc
	if err := st.validate(&c.q.nums); err != nil {
		return Bill{}, err
	}
	switch {
	case !from.IsValid():
		return Bill{}, invalidArgument("period start %s is not a valid date", from)
	case !to.IsValid():
		return Bill{}, invalidArgument("period end %s is not a valid date", to)
	case to.Before(from):
		return Bill{}, invalidArgument("period end %s is before its start %s", to, from)
	case to.Before(st.Detained):
		return Bill{}, invalidArgument("period end %s is before the detention day %s", to, st.Detained)
	case st.Outcome != InStorage && from.After(st.End):
		return Bill{}, invalidArgument("period start %s is after the stay ended on %s", from, st.End)
	}
	return c.bill(&s, &st, from, to)
}

// bill charges the charges of st dated from to to. st is valid, c.q.nums
// holds its quantities, and to is not before the detention day.
func (c *calc) bill(s *Schedule, st *Stay, from, to calendar.Date) (Bill, error) {
	from = later(from, st.Detained)
	final := st.Outcome != InStorage && !st.End.After(to)
	if final {
		to = st.End
	}
	b := Bill{Detained: st.Detained, From: from, To: to, Final: final, Outcome: InStorage}
	if final {
		b.Outcome = st.Outcome
	}
	startStd := s.index(st.Detained)
	if startStd < 0 {
		return Bill{}, &NoStandardError{Day: st.Detained, Charge: "the detention day"}
	}
	toStd := s.index(to)
	if toStd < 0 {
		return Bill{}, &NoStandardError{Day: to, Charge: "the last day of the bill"}
	}
	// The stay's chargeable days, first to last, and this bill's share.
	first, last := st.Detained, to
	if s.standards[startStd].DayCount == ExcludeFirstDay {
		first = first.AddDays(1)
	}
	if final && s.standards[toStd].DayCount == ExcludeLastDay {
		last = last.AddDays(-1)
	}
	capDay, hasCap := st.Confiscation.Cap()
	hasCap = hasCap && capDay.IsValid() // A cap after 9999-12-31 caps nothing.
	if hasCap {
		b.Cap = capDay
		if capDay.Before(last) {
			last, b.Capped = capDay, true
		}
	}
	b.Lines = make([]Line, 0, lineEstimate(&s.standards[startStd], len(st.Inspections)))
	// One-off charges are charged in the order of their events, the
	// per-day charges after those of the detention day.
	c.s, c.disposalCost, c.from, c.to = *s, st.DisposalCost, from, to
	c.q.cond, c.q.weight = st.Goods.Condition, st.Goods.Weight
	if hasCap && st.Confiscation.CapOneOffs {
		c.capDay = capDay
	}
	if err := c.charge(&b, st.Detained, "the detention day", kinds(HandlingIn, Storage, Custody, Insurance)); err != nil {
		return Bill{}, err
	}
	if billFirst := later(first, from); !last.Before(billFirst) {
		b.First, b.Last, b.Days = billFirst, last, int(last.DaysSince(billFirst))+1
		if err := c.chargeDays(&b, first); err != nil {
			return Bill{}, err
		}
	}
	for _, d := range sortedDates(st.Inspections) {
		if err := c.charge(&b, d, "inspection", kinds(Inspection)); err != nil {
			return Bill{}, err
		}
	}
	if final {
		if err := c.charge(&b, to, "the end of the stay", kinds(HandlingOut)); err != nil {
			return Bill{}, err
		}
		if st.Outcome == Disposed {
			if err := c.charge(&b, to, "disposal", kinds(Disposal)); err != nil {
				return Bill{}, err
			}
		}
	}
	byDate := func(x, y Line) int { return x.First.Compare(y.First) }
	if !slices.IsSortedFunc(b.Lines, byDate) {
		slices.SortStableFunc(b.Lines, byDate)
	}

	b.total()
	// The stay's minimum, from the standard in effect on the bill's last
	// day, for a bill from the start of the stay.
	std := &s.standards[toStd]
	if from == st.Detained && std.MinimumPerBill.Sign() > 0 && b.Total.LessThan(std.MinimumPerBill) {
		b.Lines = append(b.Lines, Line{
			Kind: Minimum, Description: "minimum charge per bill", Standard: std.Version,
			Method: ToMinimum, First: to, Last: to, Minimum: std.MinimumPerBill,
			Exact: b.Total, Rounding: std.Rounding, Amount: std.MinimumPerBill.Sub(b.Total),
		})
		b.total()
	}
	return b, nil
}

// calc holds what charging a stay needs besides the bill itself.
type calc struct {
	s            Schedule
	from, to     calendar.Date // The bill's period.
	q            quantities
	memo         memo
	disposalCost decimal.Decimal
	capDay       calendar.Date // If not zero, one-offs after it are not charged.
}

// charge adds the lines of the one-off charges of the given kinds for an
// event on day, under the standard in effect on it; what names the event
// for an error.
func (c *calc) charge(b *Bill, day calendar.Date, what string, kinds kindSet) error {
	if day.Before(c.from) || day.After(c.to) || (!c.capDay.IsZero() && day.After(c.capDay)) {
		return nil
	}
	i := c.s.index(day)
	if i < 0 {
		return &NoStandardError{Day: day, Charge: what}
	}
	std := &c.s.standards[i]
	for ci := range std.Charges {
		ch, p := &std.Charges[ci], &c.s.prepared[i][ci]
		if ch.Per != Once || p.conds&(1<<c.q.cond) == 0 || kinds&(1<<ch.Kind) == 0 {
			continue
		}
		qty := oneNum
		if !ch.PassThrough {
			var missing string
			if qty, missing = c.q.get(ch.Basis); missing != "" {
				return missingQuantity(std, ci, missing)
			}
		}
		b.Lines = append(b.Lines, Line{})
		l := &b.Lines[len(b.Lines)-1]
		l.Kind, l.Description, l.Standard = ch.Kind, p.desc, std.Version
		l.Per, l.Basis, l.Unit, l.Quantity = Once, ch.Basis, ch.Basis.Unit(), qty.d
		l.First, l.Last, l.Rounding = day, day, std.Rounding
		switch br, ok := bracketFor(ch.Brackets, qty.d); {
		case ch.PassThrough:
			if c.disposalCost.IsZero() {
				return missingQuantity(std, ci, "disposal_cost")
			}
			l.Method, l.Exact = PassedThrough, c.disposalCost
			l.Amount = roundAmount(l.Exact, std.Rounding)
		case ok && br.Rate.IsZero():
			l.Method, l.UpTo, l.Exact = Flat, br.UpTo, br.Amount
			l.Amount = roundAmount(l.Exact, std.Rounding)
		case ok:
			l.Method, l.UpTo, l.Rate = ByRate, br.UpTo, br.Rate
			l.Exact, l.Amount = c.memo.amount(qty, newNum(br.Rate), 1, std.Rounding)
		default:
			l.Method, l.Rate = ByRate, ch.Rate
			l.Exact, l.Amount = c.memo.amount(qty, p.rate, 1, std.Rounding)
		}
		if ch.Minimum.Sign() > 0 && l.Amount.LessThan(ch.Minimum) {
			l.Amount, l.Minimum = ch.Minimum, ch.Minimum
		}
	}
	return nil
}

// chargeDays adds the per-day lines for the charged days b.First to
// b.Last, splitting them at each change of standard. Storage day 1 is the
// stay's first charged day, first.
func (c *calc) chargeDays(b *Bill, first calendar.Date) error {
	n0 := int(b.First.DaysSince(first)) // Storage day n0+1 is b.First.
	for day, from := b.First, n0+1; ; {
		i := c.s.index(day)
		if i < 0 {
			return &NoStandardError{Day: day, Charge: "storage day " + strconv.Itoa(from)}
		}
		partLast := b.Last
		if until, ok := c.s.lastDay(i); ok && until.Before(partLast) {
			partLast = until
		}
		to := n0 + b.Days
		if partLast != b.Last {
			to = n0 + int(partLast.DaysSince(b.First)) + 1
		}
		std := &c.s.standards[i]
		for ci := range std.Charges {
			if std.Charges[ci].Per != PerDay || c.s.prepared[i][ci].conds&(1<<c.q.cond) == 0 {
				continue
			}
			if err := c.chargeTiers(b, i, ci, n0, from, to); err != nil {
				return err
			}
		}
		if partLast == b.Last {
			return nil
		}
		day, from = partLast.AddDays(1), to+1
	}
}

// chargeTiers adds the lines of per-day charge ci of standard i for
// storage days from to to, one per tier, and the top-up to the charge's
// minimum. Storage day n0+1 is b.First.
func (c *calc) chargeTiers(b *Bill, i, ci, n0, from, to int) error {
	std := &c.s.standards[i]
	ch, p := &std.Charges[ci], &c.s.prepared[i][ci]
	qty, missing := c.q.get(ch.Basis)
	if missing != "" {
		return missingQuantity(std, ci, missing)
	}
	if from <= ch.FreeDays {
		// Free days get a line of their own, so that the bill shows them.
		hi := min(to, ch.FreeDays)
		b.Lines = append(b.Lines, Line{
			Kind: ch.Kind, Description: p.desc, Standard: std.Version, Method: FreeDays,
			Per: PerDay, Basis: ch.Basis, Unit: ch.Basis.Unit(), Quantity: qty.d,
			First: b.First.AddDays(calendar.Days(from - n0 - 1)), Last: b.First.AddDays(calendar.Days(hi - n0 - 1)),
			FromDay: from, ToDay: hi, Days: hi - from + 1, Rounding: std.Rounding,
		})
		from = hi + 1
	}
	if from > to {
		return nil
	}
	start := len(b.Lines)
	tiers, rates := ch.Tiers, p.tiers
	if len(tiers) == 0 {
		tiers, rates = []Tier{{FromDay: 1}}, []num{p.rate}
	}
	for ti := range tiers {
		t := &tiers[ti]
		lo, hi := max(from, t.FromDay), to
		if t.ToDay != 0 {
			hi = min(hi, t.ToDay)
		}
		if lo > hi {
			continue
		}
		b.Lines = append(b.Lines, Line{})
		l := &b.Lines[len(b.Lines)-1]
		l.Kind, l.Description, l.Standard, l.Method = ch.Kind, p.desc, std.Version, ByRate
		l.Per, l.Basis, l.Unit, l.Quantity, l.Rate = PerDay, ch.Basis, ch.Basis.Unit(), qty.d, rates[ti].d
		if !t.Multiplier.IsZero() {
			l.BaseRate, l.Multiplier = ch.Rate, t.Multiplier
		}
		l.First, l.Last = b.First, b.Last
		if lo != n0+1 {
			l.First = b.First.AddDays(calendar.Days(lo - n0 - 1))
		}
		if hi != n0+b.Days {
			l.Last = b.First.AddDays(calendar.Days(hi - n0 - 1))
		}
		l.FromDay, l.ToDay, l.Days = lo, hi, hi-lo+1
		l.Rounding = std.Rounding
		l.Exact, l.Amount = c.memo.amount(qty, rates[ti], int64(l.Days), std.Rounding)
	}
	if ch.Minimum.Sign() > 0 && len(b.Lines) > start {
		sum := b.Lines[start].Amount
		for _, l := range b.Lines[start+1:] {
			sum = sum.Add(l.Amount)
		}
		if sum.LessThan(ch.Minimum) {
			last := b.Lines[len(b.Lines)-1].Last
			b.Lines = append(b.Lines, Line{
				Kind: ch.Kind, Description: p.desc, Standard: std.Version, Method: ToMinimum,
				Per: PerDay, First: last, Last: last, Minimum: ch.Minimum, Exact: sum,
				Rounding: std.Rounding, Amount: ch.Minimum.Sub(sum),
			})
		}
	}
	return nil
}

// kindSet is a set of kinds, bit k for Kind k.
type kindSet uint16

func kinds(ks ...Kind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// lineEstimate returns the number of lines a bill under std usually has,
// to allocate them at once.
func lineEstimate(std *Standard, inspections int) int {
	n := inspections
	for i := range std.Charges {
		n += max(1, len(std.Charges[i].Tiers))
	}
	return n
}

// quantities gives the goods' quantities by basis, from those validation
// recorded, working out tonnes from kilograms once per bill.
type quantities struct {
	nums   goodsNums
	cond   Condition
	weight decimal.Decimal
	tonnes num
	done   bool
}

var oneNum = num{d: one, f: fixed{1, 0}, ok: true}

// get returns the goods' quantity in basis b, or the field that should
// state it: a charge never silently multiplies by a missing zero.
func (q *quantities) get(b Basis) (num, string) {
	var n num
	switch b {
	case PerConsignment, PerJob:
		return oneNum, ""
	case PerTonne:
		if !q.done {
			w := q.nums[PerKilogram]
			q.tonnes = num{d: q.weight.Shift(-3), f: fixed{w.f.c, w.f.e - 3}, ok: w.ok}
			q.done = true
		}
		n = q.tonnes
	default:
		n = q.nums[b]
	}
	if n.d.IsZero() {
		return n, quantityFields[b]
	}
	return n, ""
}

var quantityFields = [...]string{
	PerCubicMetre:  "goods.volume",
	PerTonne:       "goods.weight",
	PerKilogram:    "goods.weight",
	PerSquareMetre: "goods.area",
	PerPallet:      "goods.pallets",
	PerPiece:       "goods.pieces",
	PerValue:       "goods.value",
	PerConsignment: "",
	PerJob:         "",
}

// bracketFor returns the bracket for quantity q: the first whose bound is
// at least q, or the open last one.
func bracketFor(brackets []Bracket, q decimal.Decimal) (Bracket, bool) {
	for _, br := range brackets {
		if br.UpTo.IsZero() || q.LessThanOrEqual(br.UpTo) {
			return br, true
		}
	}
	return Bracket{}, false
}

// total sets b's subtotals and total from its lines. The sums are exact:
// every amount has at most two decimal places.
func (b *Bill) total() {
	var (
		fen   [Minimum + 1]int64 // The sum of each kind's amounts, in fen.
		count [Minimum + 1]int
		line  [Minimum + 1]int // A line of each kind.
		fast  = true
	)
	for i := range b.Lines {
		k, a := b.Lines[i].Kind, b.Lines[i].Amount
		count[k]++
		line[k] = i
		if fast {
			x, ok := toFixed(a)
			f, ok2 := x.fen(HalfUp)
			if ok && ok2 && f <= 1<<62-fen[k] {
				fen[k] += f
			} else {
				fast = false
			}
		}
	}
	kinds := 0
	for _, n := range count {
		if n > 0 {
			kinds++
		}
	}
	if cap(b.Subtotals) < kinds {
		b.Subtotals = make([]Subtotal, 0, kinds)
	}
	b.Subtotals = b.Subtotals[:0]
	var all int64
	for k := Storage; k <= Minimum; k++ {
		var sum decimal.Decimal
		switch {
		case count[k] == 0:
			continue
		case count[k] == 1:
			sum = b.Lines[line[k]].Amount
		case fast:
			sum = decimal.New(fen[k], -2)
		default:
			for i := range b.Lines {
				if b.Lines[i].Kind == k {
					sum = sum.Add(b.Lines[i].Amount)
				}
			}
		}
		if fast && fen[k] > 1<<62-all {
			fast = false
		}
		all += fen[k]
		b.Subtotals = append(b.Subtotals, Subtotal{Kind: k, Amount: sum})
	}
	switch {
	case len(b.Subtotals) == 0:
		b.Total = decimal.Decimal{}
	case len(b.Subtotals) == 1:
		b.Total = b.Subtotals[0].Amount
	case fast:
		b.Total = decimal.New(all, -2)
	default:
		b.Total = b.Subtotals[0].Amount
		for _, s := range b.Subtotals[1:] {
			b.Total = b.Total.Add(s.Amount)
		}
	}
}

func missingQuantity(std *Standard, ci int, field string) error {
	c := &std.Charges[ci]
	p := problems{subject: "stay", err: ErrInvalidStay}
	what := c.Kind.String() + " per " + c.Basis.Unit()
	if c.PassThrough {
		what = c.Kind.String() + " at actual cost"
	}
	p.addf(field, "", "required by charges[%d] (%s) of standard %q", ci, what, std.Version)
	return p.list
}

// later returns the later of a and b.
func later(a, b calendar.Date) calendar.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// sortedDates returns ds in order, without copying when already sorted.
func sortedDates(ds []calendar.Date) []calendar.Date {
	if slices.IsSortedFunc(ds, calendar.Date.Compare) {
		return ds
	}
	ds = slices.Clone(ds)
	slices.SortFunc(ds, calendar.Date.Compare)
	return ds
}
