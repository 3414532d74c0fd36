package notice

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// Validation. Each kind's Validate reports every problem at once, as
// FieldErrors naming the field as in JSON; precheck is the same checks
// without the calendar (whether a date is a working day), for the renderer
// and the decoders, which have none.

// Limits on the numbers of a payment notice's lines, beyond those of the
// notice itself. A line's quantity is in the unit of its charge's basis,
// and tonnes are worked out from kilograms (storagecost), so it has up to
// 3 places more than a stay's quantities; a rate raised by a tier's
// multiplier has as many places as the rate and the multiplier together.
const (
	maxLineQuantity = storagecost.MaxQuantity
	maxLinePlaces   = storagecost.MaxPlaces + 3
	maxRate         = storagecost.MaxQuantity * storagecost.MaxMultiplier
	maxRatePlaces   = 2 * storagecost.MaxPlaces
	// maxEmail is the longest e-mail address (RFC 5321 section 4.5.3.1.3).
	maxEmail = 254
)

// Validate reports every missing, malformed or inconsistent field of n at
// once, as [FieldErrors] matching [ErrInvalidNotice]:
//
//   - the header (see [Header]) and every text field: printable, trimmed,
//     at most [MaxText] bytes (names, addresses, descriptions) or
//     [MaxCode] (numbers, accounts, the telephone);
//   - the payer (the holder, Regs art 25), the warehouse and the payee, each
//     with its required fields;
//   - at most [MaxRights] rights, each of a known type;
//   - the goods: a description, a positive quantity of at most
//     enforcement.MaxQuantity with at most 6 decimal places, a unit, and a
//     value in money;
//   - the dates, each a real day, in order: Detained ≤ From ≤ To ≤ Issued
//     (a notice asks for fees already incurred, R-FEE-3), every line's days
//     from Detained to Issued, Issued ≤ Received < DueDate, and DueDate a
//     working day of cal (R-FEE-4; a DueDate cal does not cover is a
//     problem too);
//   - 1 to [MaxLines] lines, each of a known kind, with a description, a
//     quantity and rate that are not negative, First ≤ Last, and Days
//     counting First to Last for a per-day line (0 for a one-off line or
//     a top-up, where First = Last); a per-day line's days within From to
//     To, the period charged (R-FEE-3; a one-off line, such as one dated
//     after a fee cap, may fall outside it);
//   - each line's method known, or not set (by rate), and the line
//     consistent with it as [Line.Method] describes it, so that what the
//     notice shows accounts for the amount (R-FEE-1, R-FEE-8): a top-up
//     (to-minimum) has no quantity, rate or days of its own, a Minimum
//     above 0, and an amount above 0 and at most the Minimum; free days
//     are per day, with no rate and no minimum, and charged 0; a flat or
//     passed-through charge is charged once and shows no rate; a by-rate
//     line's amount is Quantity × Rate (× Days) rounded to fen by any
//     rule (within 0.01 CNY of the product), or, raised to its Minimum,
//     the Minimum, which the product falls short of; a flat or
//     passed-through line raised to its Minimum charges it; UpTo is only
//     for a line priced by a bracket (by rate or flat), and not below its
//     quantity; a line of kind minimum is a top-up. Whether the quantity,
//     rate, bracket and rounding rule are the tariff's is for
//     storagecost.Bill.Validate, which has the tariff;
//   - every amount (lines and their minimums, Total, PaidToWarehouse,
//     Due, Bond, the goods' value) money: CNY from 0 to [MaxAmount] in
//     whole fen;
//   - Total the sum of the lines' amounts; PaidToWarehouse at most Total
//     (Regs art 14; R-FEE-2); Due = Total − PaidToWarehouse;
//   - Security known, and a cash bond or a guarantee of more than 0.
func (n Payment) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; the holder and the port required, the direction
// known; Served and ReplyBy real days with Issued ≤ Served < ReplyBy and
// ReplyBy a working day of cal (Measures arts 22, 41; R-EXO-2). ReplyBy is
// not required to be the 3rd working day: the period is the case's rule,
// which a caller may override. OfficeCloses is whole minutes after 00:00
// and at most 24:00 (Measures art 41); Bond is money (Measures art 23;
// R-EXO-4), and 0 — a general bond covers the case — only if every right
// is a trademark (general bonds are for trademarks only: Ann. 2006 No. 31;
// R-GB-1, R-EXO-5).
func (n Suspension) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; the holder and the port required, the consignee if
// known; the direction and the track known; Detained a real day, on or
// before Issued (the receipt follows the detention, Regs art 15). It needs
// no calendar: cal is not used.
func (n DetentionReceipt) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; Detained and Determined real days with Detained ≤
// Determined ≤ Issued and Detained ≤ Issued; Result known (R-EXO-6);
// CourtBy set exactly when the result is Undetermined, then after Detained,
// not before Determined, and a working day of cal (Regs art 24(2);
// R-EXO-7).
func (n InvestigationResult) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; Reason one of the released states, not the
// composite Released itself; Released a real day, on or after Detained
// (if the goods were detained) and on or before Issued; PreservationBy set
// exactly when the goods were detained, then after Released and a working
// day of cal (Measures (2009 numbering) art 35; R-FEE-6).
func (n Release) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; the holder required; the consignee, on whom the
// decision is served, named if any of it is known, and otherwise empty: a
// consignee that could not be identified and came forward after the
// announcement (Penalty Regs art 62(4); R-PEN-5) is filled in by the
// caller; Detained ≤ Issued ≤ Served, Detained ≤ Served, and FeeCap
// after Served (Measures (2009 numbering) art 34; R-FEE-3); Fine money.
// FeeCap is not a time limit for an act and need not be a working day, so
// cal is not used.
func (n Confiscation) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// Validate reports every problem of n at once, as [FieldErrors] matching
// [ErrInvalidNotice]: the header, parties, rights and goods as for
// [Payment.Validate]; the holder and the consignee required; at least one
// right, every one a patent (Regs arts 19, 24(3); R-REL-1); Amount money,
// more than 0, and the goods' value when that is stated (R-REL-1);
// Released ≤ Issued ≤ Served, Released ≤ Served < SuitBy, and SuitBy a working day of cal
// (Measures (2009 numbering) arts 20, 41; R-REL-2).
func (n CounterGuarantee) Validate(cal calendar.Calendar) error { return n.check(&cal) }

// precheck is Validate without the calendar: every check but whether a
// date is a working day. The renderer calls it before writing a notice,
// and the decoders on what they decode. A nil Notice, or a nil pointer to
// one, is a problem too.
func precheck(n Notice) error {
	switch n := n.(type) {
	case Payment:
		return n.check(nil)
	case Suspension:
		return n.check(nil)
	case DetentionReceipt:
		return n.check(nil)
	case InvestigationResult:
		return n.check(nil)
	case Release:
		return n.check(nil)
	case Confiscation:
		return n.check(nil)
	case CounterGuarantee:
		return n.check(nil)
	case *Payment:
		if n != nil {
			return n.check(nil)
		}
	case *Suspension:
		if n != nil {
			return n.check(nil)
		}
	case *DetentionReceipt:
		if n != nil {
			return n.check(nil)
		}
	case *InvestigationResult:
		if n != nil {
			return n.check(nil)
		}
	case *Release:
		if n != nil {
			return n.check(nil)
		}
	case *Confiscation:
		if n != nil {
			return n.check(nil)
		}
	case *CounterGuarantee:
		if n != nil {
			return n.check(nil)
		}
	}
	return FieldErrors{{Reason: "no notice: nil"}}
}

// The check methods run the checks of a kind, those needing the calendar
// only if cal is not nil.

func (n Payment) check(cal *calendar.Calendar) error {
	p := &problems{kind: KindPayment}
	n.validate(p, cal)
	return p.list.orNil()
}

func (n Suspension) check(cal *calendar.Calendar) error {
	p := &problems{kind: KindSuspension}
	n.validate(p, cal)
	return p.list.orNil()
}

func (n DetentionReceipt) check(*calendar.Calendar) error {
	p := &problems{kind: KindDetentionReceipt}
	n.validate(p)
	return p.list.orNil()
}

func (n InvestigationResult) check(cal *calendar.Calendar) error {
	p := &problems{kind: KindInvestigationResult}
	n.validate(p, cal)
	return p.list.orNil()
}

func (n Release) check(cal *calendar.Calendar) error {
	p := &problems{kind: KindRelease}
	n.validate(p, cal)
	return p.list.orNil()
}

func (n Confiscation) check(*calendar.Calendar) error {
	p := &problems{kind: KindConfiscation}
	n.validate(p)
	return p.list.orNil()
}

func (n CounterGuarantee) check(cal *calendar.Calendar) error {
	p := &problems{kind: KindCounterGuarantee}
	n.validate(p, cal)
	return p.list.orNil()
}

func (n Payment) validate(p *problems, cal *calendar.Calendar) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "payer", n.Payer, true)
	checkRights(p, n.Rights)
	checkText(p, "", "detention", n.Detention, MaxCode, false)
	detained := checkDate(p, "", "detained", n.Detained, true)
	checkGoods(p, n.Goods)
	checkText(p, "", "warehouse.name", n.Warehouse.Name, MaxText, true)
	checkText(p, "", "warehouse.address", n.Warehouse.Address, MaxText, false)
	from := checkDate(p, "", "from", n.From, true)
	to := checkDate(p, "", "to", n.To, true)
	switch {
	case detained && from && n.From.Before(n.Detained):
		p.add("from", n.From.String(), "before the detention on "+n.Detained.String()+": storage is charged from detention (Measures (2009 numbering) art 34; R-FEE-3)")
	case from && to && n.To.Before(n.From):
		p.add("to", n.To.String(), "before from, "+n.From.String())
	case to && issued && n.To.After(n.Issued):
		p.add("to", n.To.String(), "after the notice's issue on "+n.Issued.String()+": a notice asks for fees already incurred")
	}
	sum, summed := n.checkLines(p, detained, issued, from && to && !n.To.Before(n.From))
	total := checkMoney(p, "", "total", n.Total)
	paid := checkMoney(p, "", "paid_to_warehouse", n.PaidToWarehouse)
	due := checkMoney(p, "", "due", n.Due)
	if total && summed && fenOfChecked(n.Total) != sum {
		p.add("total", showDecimal(n.Total), "not the sum of the lines' amounts, "+fenText(sum))
	}
	switch {
	case total && paid && fenOfChecked(n.PaidToWarehouse) > fenOfChecked(n.Total):
		p.add("paid_to_warehouse", showDecimal(n.PaidToWarehouse), "more than the total, "+fenText(fenOfChecked(n.Total))+": what was paid to the warehouse is credited against these fees only (Regs art 14; R-FEE-2)")
	case total && paid && due && fenOfChecked(n.Due) != fenOfChecked(n.Total)-fenOfChecked(n.PaidToWarehouse):
		p.add("due", showDecimal(n.Due), "not total − paid_to_warehouse, "+fenText(fenOfChecked(n.Total)-fenOfChecked(n.PaidToWarehouse)))
	}
	checkText(p, "", "payee.name", n.Payee.Name, MaxText, true)
	checkText(p, "", "payee.bank", n.Payee.Bank, MaxText, true)
	checkText(p, "", "payee.account", n.Payee.Account, MaxCode, true)
	received := checkDate(p, "", "received", n.Received, true)
	dueDate := checkDate(p, "", "due_date", n.DueDate, true)
	if received && issued && n.Received.Before(n.Issued) {
		p.add("received", n.Received.String(), "before the notice's issue on "+n.Issued.String())
	}
	switch {
	case received && dueDate && !n.DueDate.After(n.Received):
		p.add("due_date", n.DueDate.String(), "not after the day the notice is received, "+n.Received.String()+" (R-FEE-4)")
	case dueDate:
		checkWorkday(p, cal, "", "due_date", n.DueDate)
	}
	if !n.Security.IsValid() {
		p.add("security", codeOf(n.Security), "want cash-bond, guarantee or general-bond (Regs art 25; R-FEE-1)")
	}
	if checkMoney(p, "", "bond", n.Bond) && n.Bond.IsZero() && (n.Security == CashBond || n.Security == Guarantee) {
		p.add("bond", "0", "a "+n.Security.String()+" of 0 answers for nothing: state the bond posted (Regs art 14)")
	}
}

// checkLines checks the lines of a payment notice and returns the sum of
// their amounts in fen, and whether every amount was money.
func (n Payment) checkLines(p *problems, detained, issued, period bool) (sum int64, ok bool) {
	switch {
	case len(n.Lines) == 0:
		p.add("lines", "", "required: at least one line")
		return 0, false
	case len(n.Lines) > MaxLines:
		p.addf("lines", strconv.Itoa(len(n.Lines)), "more than %d lines", MaxLines)
		return 0, false
	}
	ok = true
	for i, l := range n.Lines {
		at := linePrefix[i]
		if !l.Kind.IsValid() {
			p.add(at+"kind", codeOf(l.Kind), "want a charge's kind: storage, custody, handling-in, handling-out, inspection, insurance, disposal or minimum")
		}
		checkText(p, at, "description", l.Description, MaxText, false)
		if l.Basis != storagecost.BasisUnknown && !l.Basis.IsValid() {
			p.add(at+"basis", l.Basis.String(), "unknown basis")
		}
		if l.Per != storagecost.PerUnknown && !l.Per.IsValid() {
			p.add(at+"per", l.Per.String(), "want day or once")
		}
		checkText(p, at, "unit", l.Unit, MaxCode, false)
		quantity := checkNumber(p, at, "quantity", l.Quantity, maxLineQuantity, maxLinePlaces)
		rate := checkNumber(p, at, "rate", l.Rate, maxRate, maxRatePlaces)
		upTo := checkNumber(p, at, "up_to", l.UpTo, maxLineQuantity, maxLinePlaces)
		first := checkDate(p, at, "first", l.First, true)
		last := checkDate(p, at, "last", l.Last, true)
		dated := len(p.list) // Whether the days and dates pass, below.
		switch {
		case l.Days < 0 || l.Days > storagecost.MaxStayDays:
			p.addf(at+"days", strconv.Itoa(l.Days), "want 0 to %d", storagecost.MaxStayDays)
		case l.Days > 0 && l.Per != storagecost.PerDay:
			p.add(at+"days", strconv.Itoa(l.Days), "a line charged once counts no days")
		case first && last && l.Last.Before(l.First):
			p.add(at+"last", l.Last.String(), "before first, "+l.First.String())
		case first && last && l.Days == 0 && l.Last != l.First:
			p.add(at+"last", l.Last.String(), "not first, "+l.First.String()+": a line without days charges one day's event")
		case first && last && l.Days > 0 && int(l.Last.DaysSince(l.First))+1 != l.Days:
			p.addf(at+"days", strconv.Itoa(l.Days), "not the %d days from %s to %s", int(l.Last.DaysSince(l.First))+1, l.First, l.Last)
		case first && detained && l.First.Before(n.Detained):
			p.add(at+"first", l.First.String(), "before the detention on "+n.Detained.String())
		case last && issued && l.Last.After(n.Issued):
			p.add(at+"last", l.Last.String(), "after the notice's issue on "+n.Issued.String()+": a notice asks for fees already incurred")
		case first && period && l.Days > 0 && l.First.Before(n.From):
			p.add(at+"first", l.First.String(), "before from, "+n.From.String()+": a per-day line charges days of the period charged (Measures (2009 numbering) art 34; R-FEE-3)")
		case last && period && l.Days > 0 && l.Last.After(n.To):
			p.add(at+"last", l.Last.String(), "after to, "+n.To.String()+": a per-day line charges days of the period charged (Measures (2009 numbering) art 34; R-FEE-3)")
		}
		minimum := checkMoney(p, at, "minimum", l.Minimum)
		amount := checkMoney(p, at, "amount", l.Amount)
		if amount {
			sum += fenOfChecked(l.Amount)
		} else {
			ok = false
		}
		checkMethod(p, at, l, lineNumbers{quantity: quantity, rate: rate, upTo: upTo, days: dated == len(p.list), money: minimum && amount})
	}
	return sum, ok
}

const topUpAlone = "a top-up has no quantity, rate or days of its own: it raises what the other lines of its charge charge to their minimum"

// checkMethod checks that a line's numbers are consistent with its
// method, so that what the notice shows of them (Line.Method) accounts
// for the amount (issue 7; R-FEE-1, R-FEE-8): a by-rate line's amount is
// its quantity × rate (× days) rounded to fen, or the minimum that
// product is below; a flat or passed-through line shows no rate, since
// none enters into its amount. Whether the numbers are the tariff's is
// storagecost's to check (storagecost.Bill.Validate), not a notice's, and
// so is which rounding rule the tariff names: an amount within 0.01 CNY
// of the product is one of them. ok says which of the line's numbers
// passed their own checks.
func checkMethod(p *problems, at string, l Line, ok lineNumbers) {
	money := ok.money
	m := l.Method
	switch {
	case m != storagecost.MethodUnknown && !m.IsValid():
		p.add(at+"method", m.String(), "want rate, flat, pass-through, to-minimum or free-days")
		return
	case l.Kind == storagecost.Minimum && m != storagecost.MethodUnknown && m != storagecost.ToMinimum:
		p.add(at+"method", m.String(), "the bill's minimum charge is a top-up: want to-minimum")
	}
	bracket := m == storagecost.MethodUnknown || m == storagecost.ByRate || m == storagecost.Flat
	switch {
	case l.UpTo.Sign() > 0 && !bracket:
		p.add(at+"up_to", showDecimal(l.UpTo), "a "+m.String()+" line is not priced by a bracket")
	case l.UpTo.Sign() > 0 && ok.quantity && ok.upTo && l.Quantity.GreaterThan(l.UpTo):
		p.add(at+"up_to", showDecimal(l.UpTo), "less than the quantity, "+showDecimal(l.Quantity)+": the bracket that prices a quantity includes it")
	}
	minimum, amount := int64(0), int64(0)
	if money {
		minimum, amount = fenOfChecked(l.Minimum), fenOfChecked(l.Amount)
	}
	switch m {
	case storagecost.ToMinimum:
		switch {
		case l.Quantity.Sign() != 0:
			p.add(at+"quantity", showDecimal(l.Quantity), topUpAlone)
		case l.Rate.Sign() != 0:
			p.add(at+"rate", showDecimal(l.Rate), topUpAlone)
		case l.Days != 0:
			p.add(at+"days", strconv.Itoa(l.Days), topUpAlone)
		case money && minimum == 0:
			p.add(at+"minimum", showDecimal(l.Minimum), "required: the minimum the line tops up to")
		case money && amount == 0:
			p.add(at+"amount", showDecimal(l.Amount), "a top-up of nothing: a charge at its minimum needs none")
		case money && amount > minimum:
			p.add(at+"amount", showDecimal(l.Amount), "more than the minimum it tops up to, "+fenText(minimum))
		}
	case storagecost.FreeDays:
		switch {
		case l.Per != storagecost.PerDay:
			p.add(at+"per", codeOf(l.Per), "free days are days of a charge per day: want day")
		case l.Rate.Sign() != 0:
			p.add(at+"rate", showDecimal(l.Rate), "free days have no rate")
		case money && minimum != 0:
			p.add(at+"minimum", showDecimal(l.Minimum), "free days are charged nothing, and raised to no minimum")
		case money && amount != 0:
			p.add(at+"amount", showDecimal(l.Amount), "free days are charged nothing")
		}
	case storagecost.Flat, storagecost.PassedThrough:
		switch {
		case l.Per == storagecost.PerDay:
			p.add(at+"per", "day", "a "+m.String()+" charge is charged once")
		case l.Rate.Sign() != 0:
			p.add(at+"rate", showDecimal(l.Rate), "a "+m.String()+" line has no rate: the notice shows its amount alone, which no rate enters into")
		case money && minimum != 0 && amount != minimum:
			p.add(at+"amount", showDecimal(l.Amount), "not the minimum the line was raised to, "+fenText(minimum))
		}
	default: // By rate; the zero Method means by rate.
		if !money {
			return
		}
		priced := ok.quantity && ok.rate && ok.days
		days := int64(1)
		if l.Days > 0 {
			days = int64(l.Days)
		}
		switch {
		case minimum != 0 && amount != minimum:
			p.add(at+"amount", showDecimal(l.Amount), "not the minimum the line was raised to, "+fenText(minimum))
		case minimum != 0 && priced:
			if cmp, _ := priceVsFen(l.Quantity, l.Rate, days, minimum); cmp >= 0 {
				p.add(at+"minimum", showDecimal(l.Minimum), "not more than quantity × rate"+timesDays(l)+", "+priceText(l, days)+": a line is raised only to a minimum it falls short of")
			}
		case priced:
			if _, near := priceVsFen(l.Quantity, l.Rate, days, amount); !near {
				p.add(at+"amount", showDecimal(l.Amount), "not quantity × rate"+timesDays(l)+", "+priceText(l, days)+", rounded to fen")
			}
		}
	}
}

// lineNumbers says which of a line's numbers passed their own checks:
// the quantity, the rate, UpTo, the days (with the dates they count),
// and (money) both the minimum and the amount.
type lineNumbers struct{ quantity, rate, upTo, days, money bool }

// timesDays is " × days" for a line priced per day.
func timesDays(l Line) string {
	if l.Days > 0 {
		return " × days"
	}
	return ""
}

// priceText writes a by-rate line's exact price, for a problem.
func priceText(l Line, days int64) string {
	return l.Quantity.Mul(l.Rate).Mul(decimal.New(days, 0)).String()
}

func (n Suspension) validate(p *problems, cal *calendar.Calendar) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "holder", n.Holder, true)
	checkRights(p, n.Rights)
	checkGoods(p, n.Goods)
	checkParty(p, "consignee", n.Consignee, false)
	checkText(p, "", "port", n.Port, MaxText, true)
	checkDirection(p, n.Direction)
	served := checkDate(p, "", "served", n.Served, true)
	replyBy := checkDate(p, "", "reply_by", n.ReplyBy, true)
	if served && issued && n.Served.Before(n.Issued) {
		p.add("served", n.Served.String(), "before the notice's issue on "+n.Issued.String())
	}
	switch {
	case served && replyBy && !n.ReplyBy.After(n.Served):
		p.add("reply_by", n.ReplyBy.String(), "not after service on "+n.Served.String()+": the holder's working days run from the day after (Measures arts 22, 41; R-EXO-2)")
	case replyBy:
		checkWorkday(p, cal, "", "reply_by", n.ReplyBy)
	}
	if c := n.OfficeCloses; c <= 0 || c > 24*time.Hour || c%time.Minute != 0 {
		p.add("office_closes", clockText(c), "want the end of office hours in whole minutes, after 00:00 and at most 24:00 (Measures art 41)")
	}
	if checkMoney(p, "", "bond", n.Bond) && n.Bond.IsZero() && !allTrademarks(n.Rights) {
		p.add("bond", "0", "a bond of 0 says a general bond covers the case, but general bonds are for trademarks only: state the bond the holder must post (Ann. 2006 No. 31; R-GB-1, R-EXO-5)")
	}
}

func (n DetentionReceipt) validate(p *problems) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "consignee", n.Consignee, false)
	checkParty(p, "holder", n.Holder, true)
	checkRights(p, n.Rights)
	checkGoods(p, n.Goods)
	checkText(p, "", "port", n.Port, MaxText, true)
	checkDirection(p, n.Direction)
	if !n.Track.IsValid() {
		p.add("track", codeOf(n.Track), "want ex-officio or upon-application")
	}
	if checkDate(p, "", "detained", n.Detained, true) && issued && n.Detained.After(n.Issued) {
		p.add("detained", n.Detained.String(), "after the receipt's issue on "+n.Issued.String()+": the receipt follows the detention (Regs art 15)")
	}
}

func (n InvestigationResult) validate(p *problems, cal *calendar.Calendar) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "holder", n.Holder, true)
	checkParty(p, "consignee", n.Consignee, false)
	checkRights(p, n.Rights)
	checkGoods(p, n.Goods)
	detained := checkDate(p, "", "detained", n.Detained, true)
	determined := checkDate(p, "", "determined", n.Determined, true)
	switch {
	case detained && issued && n.Detained.After(n.Issued):
		p.add("detained", n.Detained.String(), "after the notice's issue on "+n.Issued.String())
	case detained && determined && n.Determined.Before(n.Detained):
		p.add("determined", n.Determined.String(), "before the detention on "+n.Detained.String()+" (Regs art 20; R-EXO-6)")
	case determined && issued && n.Determined.After(n.Issued):
		p.add("determined", n.Determined.String(), "after the notice's issue on "+n.Issued.String()+": the notice reports a result already reached")
	}
	if !n.Result.IsValid() {
		p.add("result", codeOf(n.Result), "want infringing, not-infringing or undetermined (Regs art 20; Measures art 28; R-EXO-6)")
	}
	switch {
	case n.Result != enforcement.Undetermined:
		if !n.CourtBy.IsZero() {
			p.add("court_by", n.CourtBy.String(), "only an undetermined result leaves a period for a court's notice (Regs art 24(2); R-EXO-7)")
		}
	case !checkDate(p, "", "court_by", n.CourtBy, true):
	case detained && !n.CourtBy.After(n.Detained):
		p.add("court_by", n.CourtBy.String(), "not after the detention on "+n.Detained.String()+" (Regs art 24(2); R-EXO-7)")
	case determined && n.CourtBy.Before(n.Determined):
		p.add("court_by", n.CourtBy.String(), "before the result was notified on "+n.Determined.String()+": the holder would have no time to obtain a court's notice (Regs art 24(2); R-EXO-7)")
	default:
		checkWorkday(p, cal, "", "court_by", n.CourtBy)
	}
}

func (n Release) validate(p *problems, cal *calendar.Calendar) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "holder", n.Holder, true)
	checkParty(p, "consignee", n.Consignee, false)
	checkRights(p, n.Rights)
	checkGoods(p, n.Goods)
	detained := checkDate(p, "", "detained", n.Detained, false)
	released := checkDate(p, "", "released", n.Released, true)
	switch {
	case released && detained && n.Released.Before(n.Detained):
		p.add("released", n.Released.String(), "before the detention on "+n.Detained.String())
	case released && issued && n.Released.After(n.Issued):
		p.add("released", n.Released.String(), "after the notice's issue on "+n.Issued.String())
	}
	if !n.Reason.IsValid() || !n.Reason.In(enforcement.Released) || n.Reason.IsComposite() {
		p.add("reason", codeOf(n.Reason), "want a released state, such as released-no-application, that names the reason (Regs arts 16, 19, 24)")
	}
	switch {
	case n.Detained.IsZero():
		if !n.PreservationBy.IsZero() {
			p.add("preservation_by", n.PreservationBy.String(), "goods never detained leave no property-preservation period (Measures (2009 numbering) art 35; R-FEE-6)")
		}
	case !checkDate(p, "", "preservation_by", n.PreservationBy, true):
	case released && !n.PreservationBy.After(n.Released):
		p.add("preservation_by", n.PreservationBy.String(), "not after the release on "+n.Released.String()+" (Measures (2009 numbering) art 35; R-FEE-6)")
	default:
		checkWorkday(p, cal, "", "preservation_by", n.PreservationBy)
	}
}

func (n Confiscation) validate(p *problems) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "consignee", n.Consignee, false)
	checkParty(p, "holder", n.Holder, true)
	checkRights(p, n.Rights)
	checkGoods(p, n.Goods)
	checkText(p, "", "decision", n.Decision, MaxCode, false)
	detained := checkDate(p, "", "detained", n.Detained, true)
	served := checkDate(p, "", "served", n.Served, true)
	switch {
	case detained && issued && n.Detained.After(n.Issued):
		p.add("detained", n.Detained.String(), "after the notice's issue on "+n.Issued.String())
	case served && detained && n.Served.Before(n.Detained):
		p.add("served", n.Served.String(), "before the detention on "+n.Detained.String())
	case served && issued && n.Served.Before(n.Issued):
		p.add("served", n.Served.String(), "before the notice's issue on "+n.Issued.String())
	}
	if checkDate(p, "", "fee_cap", n.FeeCap, true) && served && !n.FeeCap.After(n.Served) {
		p.add("fee_cap", n.FeeCap.String(), "not after service on "+n.Served.String()+" (Measures (2009 numbering) art 34; R-FEE-3)")
	}
	checkMoney(p, "", "fine", n.Fine)
}

func (n CounterGuarantee) validate(p *problems, cal *calendar.Calendar) {
	issued := checkHeader(p, n.Header)
	checkParty(p, "holder", n.Holder, true)
	checkParty(p, "consignee", n.Consignee, true)
	if checkRights(p, n.Rights) {
		if len(n.Rights) == 0 {
			p.add("rights", "", "no patent: only patent goods are released against a counter-guarantee (Regs art 19; R-REL-1)")
		}
		for i, r := range n.Rights {
			if r.Type.IsValid() && !r.Type.IsPatent() {
				p.add(rightPrefix[i]+"type", r.Type.String(), "not a patent: only goods suspected of infringing patents alone are released against a counter-guarantee (Regs art 19; R-REL-1)")
			}
		}
	}
	value := checkGoods(p, n.Goods)
	if checkMoney(p, "", "amount", n.Amount) {
		switch {
		case n.Amount.IsZero():
			p.add("amount", "0", "required: the guarantee money, equal to the goods' value (Regs art 19; R-REL-1)")
		case value && !n.Goods.Value.IsZero() && fenOfChecked(n.Amount) != fenOfChecked(n.Goods.Value):
			p.add("amount", showDecimal(n.Amount), "not the goods' value, "+fenText(fenOfChecked(n.Goods.Value))+" (Regs art 19; R-REL-1)")
		}
	}
	released := checkDate(p, "", "released", n.Released, true)
	served := checkDate(p, "", "served", n.Served, true)
	suitBy := checkDate(p, "", "suit_by", n.SuitBy, true)
	switch {
	case released && issued && n.Released.After(n.Issued):
		p.add("released", n.Released.String(), "after the notice's issue on "+n.Issued.String()+": the notice reports the release")
	case served && released && n.Served.Before(n.Released):
		p.add("served", n.Served.String(), "before the release on "+n.Released.String())
	case served && issued && n.Served.Before(n.Issued):
		p.add("served", n.Served.String(), "before the notice's issue on "+n.Issued.String())
	}
	switch {
	case served && suitBy && !n.SuitBy.After(n.Served):
		p.add("suit_by", n.SuitBy.String(), "not after service on "+n.Served.String()+": the holder's working days run from the day after (Measures (2009 numbering) arts 20, 41; R-REL-2)")
	case suitBy:
		checkWorkday(p, cal, "", "suit_by", n.SuitBy)
	}
}

// allTrademarks reports whether every right of rs is a trademark, the
// only rights a general bond can cover (R-GB-1).
func allTrademarks(rs []Right) bool {
	for _, r := range rs {
		if r.Type != rights.Trademark {
			return false
		}
	}
	return true
}

// checkHeader checks the fields every notice has, and reports whether
// Issued is a real day.
func checkHeader(p *problems, h Header) (issued bool) {
	checkText(p, "", "number", h.Number, MaxCode, true)
	checkText(p, "", "office", h.Office, MaxText, true)
	issued = checkDate(p, "", "issued", h.Issued, true)
	checkText(p, "", "case", h.Case, MaxCode, true)
	checkText(p, "", "contact.name", h.Contact.Name, MaxText, true)
	if checkText(p, "", "contact.phone", h.Contact.Phone, MaxCode, true) && !strings.ContainsAny(h.Contact.Phone, "0123456789") {
		p.add("contact.phone", h.Contact.Phone, "no digit: not a telephone number")
	}
	if checkText(p, "", "contact.email", h.Contact.Email, maxEmail, false) && h.Contact.Email != "" {
		if why := emailProblem(h.Contact.Email); why != "" {
			p.add("contact.email", h.Contact.Email, why)
		}
	}
	return issued
}

// emailProblem says why s does not look like an e-mail address
// (local@domain.tld), or returns "". It is a plausibility check, not RFC
// 5322: a notice prints the address, it does not send mail.
func emailProblem(s string) string {
	local, domain, ok := strings.Cut(s, "@")
	switch {
	case !ok || local == "" || domain == "":
		return "not an e-mail address: want local@domain"
	case strings.Contains(domain, "@"):
		return "more than one @"
	case strings.ContainsAny(s, " \t<>()[],;:\\\""):
		return "not an e-mail address: spaces, brackets and separators are not allowed"
	case !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") || strings.Contains(domain, ".."):
		return "not an e-mail address: want a domain such as customs.gov.cn"
	}
	return ""
}

func checkParty(p *problems, at string, party Party, required bool) {
	checkText(p, at, ".name", party.Name, MaxText, required || party != Party{})
	checkText(p, at, ".identifier", party.Identifier, MaxCode, false)
	checkText(p, at, ".address", party.Address, MaxText, false)
}

// checkRights checks a notice's rights and reports whether they are
// within bounds.
func checkRights(p *problems, rs []Right) bool {
	if len(rs) > MaxRights {
		p.addf("rights", strconv.Itoa(len(rs)), "more than %d rights", MaxRights)
		return false
	}
	for i, r := range rs {
		at := rightPrefix[i]
		if !r.Type.IsValid() {
			p.add(at+"type", codeOf(r.Type), "unknown type of right")
		}
		checkText(p, at, "number", r.Number, MaxCode, false)
		checkText(p, at, "recordation", r.Recordation, MaxCode, false)
	}
	return true
}

// checkGoods checks the goods and reports whether their value is money.
func checkGoods(p *problems, g Goods) (value bool) {
	checkText(p, "", "goods.description", g.Description, MaxText, true)
	if why := numberProblem(g.Quantity, enforcement.MaxQuantity, 6); why != "" {
		p.add("goods.quantity", showDecimal(g.Quantity), why)
	} else if g.Quantity.IsZero() {
		p.add("goods.quantity", "0", "required: a positive quantity")
	}
	checkText(p, "", "goods.unit", g.Unit, MaxCode, true)
	return checkMoney(p, "", "goods.value", g.Value)
}

func checkDirection(p *problems, d enforcement.Direction) {
	if !d.IsValid() {
		p.add("direction", codeOf(d), "want import or export")
	}
}

// The check helpers name the field at fault as at+name, a prefix such as
// "payer." or "lines[3]." and a name; they join the two only when they
// report a problem, so that checking a valid notice allocates nothing to
// name its fields.

// checkText adds a problem if s is not acceptable text of at most max
// bytes, and reports whether it is.
func checkText(p *problems, at, name, s string, max int, required bool) bool {
	if s != "" && len(s) <= max && plainText(s) {
		return true
	}
	if why := textcode.CheckText(s, max, required); why != "" {
		p.add(at+name, s, why)
		return false
	}
	return true
}

// plainText reports whether s is text that textcode.CheckText accepts
// (printable, valid UTF-8, without leading or trailing space) because it
// is made of printable ASCII, CJK ideographs, CJK punctuation, fullwidth
// forms and curly quotes alone, none of them a space but the ASCII space
// inside it: the text of most notices, checked without the Unicode
// tables. For any other s it returns false, and CheckText decides.
func plainText(s string) bool {
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3001 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E, r == '“', r == '”':
		default:
			return false
		}
		i += size
	}
	return true
}

// checkDate adds a problem if d is not a real day (or, if required, is
// zero), and reports whether d is a real day.
func checkDate(p *problems, at, name string, d calendar.Date, required bool) bool {
	switch {
	case d.IsZero():
		if required {
			p.add(at+name, "", "required")
		}
		return false
	case !d.IsValid():
		p.add(at+name, fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day), "not a real day")
		return false
	}
	return true
}

// checkWorkday adds a problem if d is not a working day of cal, or cal
// does not cover it; with no calendar it checks nothing.
func checkWorkday(p *problems, cal *calendar.Calendar, at, name string, d calendar.Date) {
	if cal == nil {
		return
	}
	day, err := cal.Day(d)
	if err != nil {
		p.add(at+name, d.String(), strings.TrimPrefix(err.Error(), "calendar: "))
		p.list[len(p.list)-1].wrapped = err
		return
	}
	if !day.IsWorkday() {
		p.addf(at+name, d.String(), "not a working day (%s, %s): a time limit ends on a working day (R-TIME-1)", d.Weekday(), day.Kind)
	}
}

// checkMoney adds a problem if d is not an amount of money, and reports
// whether it is.
func checkMoney(p *problems, at, name string, d decimal.Decimal) bool {
	if why := moneyProblem(d); why != "" {
		p.add(at+name, showDecimal(d), why)
		return false
	}
	return true
}

// checkNumber adds a problem if d is not a number from 0 to limit with at
// most places decimal places, and reports whether it is.
func checkNumber(p *problems, at, name string, d decimal.Decimal, limit int64, places int32) bool {
	if why := numberProblem(d, limit, places); why != "" {
		p.add(at+name, showDecimal(d), why)
		return false
	}
	return true
}

// linePrefix and rightPrefix are the prefixes of the fields of each line
// and right, "lines[3].", written once.
var (
	linePrefix  = prefixes("lines", MaxLines)
	rightPrefix = prefixes("rights", MaxRights)
)

func prefixes(list string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = list + "[" + strconv.Itoa(i) + "]."
	}
	return out
}

// clockText writes a time of day as "HH:MM" where it is whole minutes of a
// day or two, and as a Duration otherwise.
func clockText(d time.Duration) string {
	if d < 0 || d%time.Minute != 0 || d >= 100*time.Hour {
		return d.String()
	}
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// moneyProblem says what is wrong with d as an amount of money — CNY from 0
// to MaxAmount in whole fen — or returns "". It looks at d's
// representation before comparing, so that an exponent bomb such as
// 1e999999 or 0e-100000000 costs nothing, and allocates nothing for an
// amount of at most 18 digits. It is amountFen's check, the one Capitals
// makes, with the words Validate uses.
func moneyProblem(d decimal.Decimal) string {
	switch e := d.Exponent(); {
	case d.Sign() < 0:
		return "negative"
	case d.Sign() == 0 && (e < -40 || e > 40):
		// 0 written as 0e-100000000 is still 0, but every rescaling of it
		// would build a number of a hundred million digits.
		return fmt.Sprintf("0 written with the exponent %d: write 0", e)
	}
	_, why := amountFen(d)
	return why
}

// numberProblem says what is wrong with d as a quantity or rate from 0 to
// limit with at most places decimal places, or returns "", looking at the
// representation first as moneyProblem does, and allocating nothing for a
// number of at most 18 digits within its places.
func numberProblem(d decimal.Decimal, limit int64, places int32) string {
	switch e := d.Exponent(); {
	case d.Sign() < 0:
		return "negative"
	case d.Sign() == 0:
		if e < -40 || e > 40 {
			return fmt.Sprintf("0 written with the exponent %d: write 0", e)
		}
		return ""
	case e > 18 || d.NumDigits()+int(e) > decimalDigits(limit):
		return fmt.Sprintf("too large: at most %d", limit)
	case e < -places && (e < -places-40 || !d.Equal(d.Truncate(places))):
		return fmt.Sprintf("more than %d decimal places", places)
	case d.NumDigits() <= 18 && e <= 0:
		// d = c × 10^e ≤ limit ⇔ c ≤ limit × 10^-e, in 128 bits.
		c := uint64(d.CoefficientInt64())
		if -e > 19 {
			return "" // limit × 10^-e > 2^63 > c.
		}
		if hi, lo := bits.Mul64(uint64(limit), tenPow[-e]); hi == 0 && c > lo {
			return fmt.Sprintf("too large: at most %d", limit)
		}
		return ""
	case d.GreaterThan(decimal.New(limit, 0)):
		return fmt.Sprintf("too large: at most %d", limit)
	}
	return ""
}

// decimalDigits returns the number of decimal digits of n > 0.
func decimalDigits(n int64) int {
	k := 0
	for ; n > 0; n /= 10 {
		k++
	}
	return k
}

// tenPow[i] is 10^i.
var tenPow = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// fenOfChecked returns an amount of money (moneyProblem returns "") in fen.
func fenOfChecked(d decimal.Decimal) int64 {
	fen, _ := amountFen(d)
	return fen
}

// fenText writes an amount in fen as yuan with 2 decimal places.
func fenText(n int64) string { return decimal.New(n, -2).StringFixed(2) }

// codeOf returns an enum's text code for a problem: "" for the zero value,
// which is missing rather than wrong.
func codeOf[E interface {
	~uint8
	String() string
}](v E) string {
	if v == 0 {
		return ""
	}
	return v.String()
}
