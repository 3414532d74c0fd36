package storagecost

import (
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// Bill is an itemised bill for a stay: every line says what it charges,
// under which standard, by which numbers, so that a holder can reproduce
// it with a calculator ([Bill.Explain] says it in words). Total is the sum
// of the lines' amounts, and every amount is at least zero with at most two
// decimal places.
type Bill struct {
	// Detained is the first day of the stay.
	Detained calendar.Date `json:"detained"`
	// From and To are the period the bill charges, within the stay: from
	// detention (or the period's start) to the end of the stay for a final
	// bill, to the as-of day or the period's end for an interim one.
	From calendar.Date `json:"from"`
	To   calendar.Date `json:"to"`
	// Final reports whether the stay has ended by To (see [Calculate],
	// [Accrued] and [Between]).
	Final bool `json:"final"`
	// Outcome is how the stay ended, or InStorage.
	Outcome Outcome `json:"outcome"`

	// First and Last are the first and last charged days of the bill's
	// period: of the chargeable period (R-FEE-3), after the day-count
	// convention and the confiscation cap, those from From to To. Both are
	// zero if no day is charged.
	First calendar.Date `json:"first"`
	Last  calendar.Date `json:"last"`
	// Days is the number of charged days, First to Last inclusive.
	Days int `json:"days"`
	// Cap is the last day the holder pays for under Measures (2009
	// numbering) art 34, or the zero Date if there is no cap; Capped
	// reports whether it cut the chargeable period short.
	Cap    calendar.Date `json:"cap"`
	Capped bool          `json:"capped"`

	// Lines are the bill's items; Subtotals the sum of the lines of each
	// Kind that has any, in the order of Kind; Total the sum of all lines,
	// in CNY, at least zero, with at most two decimal places.
	Lines     []Line          `json:"lines"`
	Subtotals []Subtotal      `json:"subtotals"`
	Total     decimal.Decimal `json:"total"`
}

// Subtotal is the sum of a bill's lines of one kind.
type Subtotal struct {
	// Kind is the kind summed, and Amount the sum of the amounts of the
	// bill's lines of that kind, in CNY.
	Kind   Kind            `json:"kind"`
	Amount decimal.Decimal `json:"amount"`
}

// Method is how a bill line's amount is computed.
type Method uint8

const (
	// MethodUnknown is the zero Method: not set. No line of a Bill has
	// it, and it has no text code.
	MethodUnknown Method = iota
	// ByRate: Quantity × Rate, times Days for a per-day line.
	ByRate
	// Flat: the flat amount of the bracket for the quantity.
	Flat
	// PassedThrough: the actual cost, as stated in the stay.
	PassedThrough
	// ToMinimum: the top-up that brings a charge, or the bill, to its
	// Minimum, from the sum of the lines it tops up (Exact).
	ToMinimum
	// FreeDays: the free days of a per-day charge, charged nothing.
	FreeDays
)

var methodCodes = textcode.New[Method]("Method", []string{
	ByRate:        "rate",
	Flat:          "flat",
	PassedThrough: "pass-through",
	ToMinimum:     "to-minimum",
	FreeDays:      "free-days",
})

// IsValid reports whether m is one of the methods above other than
// MethodUnknown.
func (m Method) IsValid() bool { return m > MethodUnknown && m <= FreeDays }

// String returns the text code of m, such as "rate", or "%!Method(n)".
func (m Method) String() string { return methodCodes.String(m) }

// AppendText appends the text code of m to b.
func (m Method) AppendText(b []byte) ([]byte, error) { return enumAppend(methodCodes, b, m) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (m Method) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error m is
// unchanged.
func (m *Method) UnmarshalText(text []byte) error { return enumParse(methodCodes, text, m) }

// Line is one item of a bill.
type Line struct {
	// Kind is what the line charges for: the charge's Kind, or Minimum
	// for the top-up to the standard's minimum charge per bill.
	Kind Kind `json:"kind"`
	// Description is the charge's description from the standard, or the
	// kind's name.
	Description string `json:"description"`
	// Standard is the Version of the standard the line is charged under.
	// Method is how Amount is computed. Per is whether the charge is per
	// day or once, and Basis the unit its rate is per, with Unit that
	// unit's symbol ("m³", "pallet") and Quantity the goods' quantity in
	// it. Per, Basis, Unit and Quantity are zero for the bill's minimum
	// line, and Basis, Unit and Quantity for a charge's top-up to its
	// minimum; a pass-through line has Quantity 1, and no Basis or Unit
	// unless its charge names PerJob.
	Standard string          `json:"standard"`
	Method   Method          `json:"method"`
	Per      Per             `json:"per,omitempty"`
	Basis    Basis           `json:"basis,omitempty"`
	Unit     string          `json:"unit"`
	Quantity decimal.Decimal `json:"quantity"`
	// Rate is the rate applied. For a tier by multiplier it is BaseRate
	// (the charge's rate) × Multiplier; otherwise those two are zero.
	Rate       decimal.Decimal `json:"rate"`
	BaseRate   decimal.Decimal `json:"base_rate"`
	Multiplier decimal.Decimal `json:"multiplier"`
	// First and Last are the days the line charges: for a per-day line
	// its range of days, for a one-off line the day of its event.
	First calendar.Date `json:"first"`
	Last  calendar.Date `json:"last"`
	// FromDay and ToDay are the storage-day numbers of a per-day line
	// (day 1 is the first charged day of the stay); Days is the number of
	// days it charges. All zero for one-off lines.
	FromDay int `json:"from_day"`
	ToDay   int `json:"to_day"`
	Days    int `json:"days"`
	// UpTo is the upper limit of the bracket that priced a one-off line,
	// zero for the open last bracket or none.
	UpTo decimal.Decimal `json:"up_to"`
	// Minimum is the minimum a line was raised to, or that a ToMinimum
	// line tops up to; zero if none applied.
	Minimum decimal.Decimal `json:"minimum"`
	// Exact is the amount before rounding (and before any minimum).
	Exact decimal.Decimal `json:"exact"`
	// Rounding is the standard's rounding rule.
	Rounding Rounding `json:"rounding"`
	// Amount is what the line charges, in CNY, rounded to 0.01.
	Amount decimal.Decimal `json:"amount"`
}

// Subtotal returns the sum of b's lines of kind k, zero if there are none.
func (b Bill) Subtotal(k Kind) decimal.Decimal {
	for _, s := range b.Subtotals {
		if s.Kind == k {
			return s.Amount
		}
	}
	return decimal.Decimal{}
}
