// Package storagecost makes a warehouse's calculation standard for storing,
// looking after, handling and disposing of detained goods a typed,
// versioned value, and computes from it itemised bills that a right holder
// can reproduce line by line.
//
// It imports the standard library, shopspring/decimal and the module's
// calendar package.
//
// # Overview
//
// The right holder pays the storage, custody and disposal fees of goods
// customs detains at its request (Regs arts 14, 25; R-FEE-1), directly to
// the warehouse or out of its bond (R-FEE-2). No national tariff exists
// (R-FEE-8): each supervised warehouse or port sets its own. So:
//
//   - A [Standard] is one tariff as published: issuer, effective dates,
//     source, and its [Charge] list: rates per day or once, per m³, tonne,
//     kg, m², pallet, piece, consignment, job or value; free days; tiers
//     by storage-day range, as rates or multipliers; brackets by quantity;
//     minimum charges per charge and per bill; disposal at cost
//     (pass-through). It names its [Rounding] and its [DayCount]
//     convention.
//   - A [Schedule] is a warehouse's standards by effective date.
//     [NewSchedule] validates them; [ParseSchedule] reads them from JSON.
//   - A [Stay] is the facts of the goods' time in the warehouse: the
//     [Goods] and their quantities, detention, how and when the stay ended
//     ([Outcome]), the [Confiscation] that caps the charge, inspections,
//     the actual disposal cost. This package takes them as input; the
//     enforcement workflow produces them.
//   - [Calculate] bills a stay that has ended; [Accrued] bills what a stay
//     has cost so far; [Between] bills a period, such as a month. The
//     [Bill] has a [Line] per charge, tier and standard, subtotals by
//     [Kind] and a total, and [Bill.Explain] says every number in words.
//     [Bill.Validate] checks a bill that comes from elsewhere, and a bill
//     decoded from JSON is checked before it is accepted.
//
// # Chargeable period
//
// The holder pays for the time from detention to the end of the stay:
// release, hand-over to a court, or completion of disposal (Measures (2009
// numbering) art 34; R-FEE-3). Which calendar days of that time are charged
// is the standard's [DayCount]: by default both the detention day and the
// last day, because a started day is a charged day. For confiscated goods
// the holder pays for no day after the cap, 3 calendar months from service
// of the confiscation decision on the consignee (Civil Code art 202
// month arithmetic, no roll), unless the delay is the consignee's
// (administrative review or litigation) or has another special disposal
// reason ([Delay]). By default the cap limits the per-day charges only;
// [Confiscation.CapOneOffs] extends it to one-off charges dated after it.
// A stay whose outcome is [Disposed] must say when the confiscation
// decision was served, so that the cap cannot be forgotten.
//
// A stay that crosses a change of standard is split at the change: each
// charged day is charged under the standard in effect on it, each one-off
// charge under the standard in effect on the day of its event. Storage-day
// numbers count from the first charged day of the stay and run on across
// the change, so a standard's free days and tiers apply to the stay, not
// to the part. A day to be charged that no standard covers is an error
// ([ErrNoStandard]), never a silent zero.
//
// # Rounding
//
// Each line's exact amount, quantity × rate (× days), is rounded once, to
// 0.01 CNY, by the standard's [Rounding]: half-up (四舍五入) unless the
// standard says otherwise. Subtotals and the total are sums of rounded
// lines, so they need no rounding and always add up. A line's Exact keeps
// the amount before rounding. Minimum charges apply after rounding: a
// one-off line below its charge's minimum is raised to it; per-day lines
// below it, and a bill below the standard's minimum per bill, get a top-up
// line ([ToMinimum]). The minimum per bill is the stay's: it applies to a
// bill that starts with the stay, not to each month of [Between].
//
// Worked example (the example port warehouse of testdata/): 12.5 m³ stored
// for days 4 to 30 at 1.20 CNY per m³ per day is 12.5 × 1.20 × 27 =
// 405.00; days 31 to 60 at 1.5 times the rate are 12.5 × 1.80 × 30 =
// 675.00.
//
// # Representation
//
// Amounts, rates and quantities are [decimal.Decimal], never floats. A
// number in a standard or a stay is at most [MaxQuantity] (goods' value and
// money amounts: [MaxValue]) with at most [MaxPlaces] decimal places, 2 for
// amounts of money; a tier's multiplier is at most [MaxMultiplier]; a rate
// of zero is refused, because free time is a charge's free days; JSON
// numbers must be written in plain decimal notation, so that an exponent
// bomb such as 1e999999 is rejected before any arithmetic. Calculation
// works on int64 coefficients when they fit, which they do for any real
// tariff, and on decimals otherwise, with the same results: a typical bill
// takes well under 2 µs, against 10 µs and more to accrue a 90-day stay day
// by day (see bench_test.go).
//
// A Schedule is immutable and safe for concurrent use; the functions of
// this package are pure: no clock, no globals, no environment.
//
// # Zero values
//
//   - The zero [Rounding] is [HalfUp], the zero [DayCount] is [BothEnds]:
//     a standard that names neither gets the defaults of Chinese fee
//     practice.
//   - The zero [Condition] is [AnyCondition], the zero [Outcome] is
//     [InStorage], the zero [Delay] is [NoDelay].
//   - The zero [Kind], [Basis], [Per] and [Method] are unknown and
//     rejected.
//   - A zero decimal is zero: a zero minimum is no minimum; a zero
//     quantity is "not stated", and a charge that needs it is an error.
//   - The zero Schedule holds no standard.
//
// # Errors
//
// Every error matches one of [ErrInvalidStandard], [ErrInvalidStay],
// [ErrNoStandard], [ErrInvalidBill] and [ErrInvalidArgument] with
// [errors.Is]. Validation
// reports every problem at once, as [FieldErrors] of *[FieldError], each
// naming its field as a JSON path ("charges[2].tiers[0].rate",
// "goods.volume"); *[NoStandardError] names the day no standard covers.
// No function panics on bad input.
//
// # Legal sources
//
//   - Who pays, and the bond: Regs art 14 (fees paid to the warehouse are
//     deducted from the bond) and art 25 (the holder pays; unpaid fees come
//     out of the bond) — R-FEE-1, R-FEE-2.
//   - The chargeable period and the 3-month cap after confiscation:
//     Measures (2009 numbering) art 34 — R-FEE-3 [S].
//   - The tariff: set by each warehouse, no national standard — R-FEE-8
//     [U]; hence a Standard is input, and the example standards in
//     testdata/ are labelled as examples, not official rates.
//   - Month arithmetic for the cap: Civil Code art 202 — R-TIME-3.
//   - The defaults (rounding half-up to 0.01 per line; both the detention
//     day and the last day charged): the library's documented choices where
//     the law is silent, overridable per standard.
package storagecost
