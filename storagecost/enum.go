package storagecost

import "github.com/iprborder/iprborder/internal/textcode"

// The enums of this package share their text handling: a stable lower-case
// ASCII code per value, written by String and MarshalText and read back by
// UnmarshalText in any letter case. Persist the code, never the integer.
// Do not reorder the constants.

func enumAppend[E ~uint8](codes textcode.Codes[E], b []byte, v E) ([]byte, error) {
	out, err := codes.Append(b, v)
	if err != nil {
		return b, &argumentError{"storagecost: " + err.Error()}
	}
	return out, nil
}

func enumParse[E ~uint8](codes textcode.Codes[E], text []byte, v *E) error {
	p, err := codes.Parse(text)
	if err != nil {
		return &argumentError{"storagecost: " + err.Error()}
	}
	*v = p
	return nil
}

// Kind is what a charge or a bill line is for. The zero Kind is
// [KindUnknown] and marks an unset value.
type Kind uint8

const (
	// KindUnknown is the zero Kind: not set. No charge or bill line has
	// it, and it has no text code.
	KindUnknown Kind = iota
	// Storage (仓储费): keeping the goods, per day or as a flat charge.
	Storage
	// Custody (保管费): looking after the goods beyond storage (guarding,
	// special care), per day or once.
	Custody
	// HandlingIn: moving the goods into the warehouse, once, on the day
	// of detention.
	HandlingIn
	// HandlingOut: moving the goods out, once, on the day the stay ends.
	HandlingOut
	// Inspection: assisting an inspection or sampling (Regs art 17), once
	// per occasion, on its date.
	Inspection
	// Insurance: a rate on the goods' value, per day or once.
	Insurance
	// Disposal (处置费): destruction or other disposal of confiscated goods,
	// once, on the day disposal is completed.
	Disposal
	// Minimum is a bill line only: the top-up to the bill's minimum charge.
	Minimum
)

var kindCodes = textcode.New[Kind]("Kind", []string{
	Storage:     "storage",
	Custody:     "custody",
	HandlingIn:  "handling-in",
	HandlingOut: "handling-out",
	Inspection:  "inspection",
	Insurance:   "insurance",
	Disposal:    "disposal",
	Minimum:     "minimum",
})

// IsValid reports whether k is a kind other than KindUnknown.
func (k Kind) IsValid() bool { return k > KindUnknown && k <= Minimum }

// String returns the text code of k, such as "handling-in", or "%!Kind(n)".
func (k Kind) String() string { return kindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k Kind) AppendText(b []byte) ([]byte, error) { return enumAppend(kindCodes, b, k) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error k is
// unchanged.
func (k *Kind) UnmarshalText(text []byte) error { return enumParse(kindCodes, text, k) }

// Basis is the unit a charge's rate is per: the rate is multiplied by the
// goods' quantity in that unit. The zero Basis is [BasisUnknown].
type Basis uint8

const (
	// BasisUnknown is the zero Basis: no basis. Only a pass-through
	// charge, which has no rate, may have it; it has no text code.
	BasisUnknown Basis = iota
	// PerCubicMetre: the quantity is the goods' Volume in m³.
	PerCubicMetre
	// PerTonne: the quantity is the goods' Weight in tonnes (kg / 1000).
	PerTonne
	// PerKilogram: the quantity is the goods' Weight in kg.
	PerKilogram
	// PerSquareMetre: the quantity is the floor Area in m².
	PerSquareMetre
	// PerPallet: the quantity is the number of Pallets (positions).
	PerPallet
	// PerPiece: the quantity is the number of Pieces.
	PerPiece
	// PerConsignment: the quantity is always 1.
	PerConsignment
	// PerValue: the quantity is the goods' value in CNY, so the rate is a
	// fraction (0.0003 is 0.03%). For insurance.
	PerValue
	// PerJob: the quantity is 1 per occasion: per inspection, per
	// disposal job.
	PerJob
)

var basisCodes = textcode.New[Basis]("Basis", []string{
	PerCubicMetre:  "m3",
	PerTonne:       "tonne",
	PerKilogram:    "kg",
	PerSquareMetre: "m2",
	PerPallet:      "pallet",
	PerPiece:       "piece",
	PerConsignment: "consignment",
	PerValue:       "value",
	PerJob:         "job",
})

var basisUnits = [...]string{
	PerCubicMetre:  "m³",
	PerTonne:       "t",
	PerKilogram:    "kg",
	PerSquareMetre: "m²",
	PerPallet:      "pallet",
	PerPiece:       "piece",
	PerConsignment: "consignment",
	PerValue:       "CNY of value",
	PerJob:         "job",
}

// IsValid reports whether b is a basis other than BasisUnknown.
func (b Basis) IsValid() bool { return b > BasisUnknown && b <= PerJob }

// Unit returns the unit symbol of b as a bill shows it: "m³", "t",
// "pallet"; "" for an invalid b.
func (b Basis) Unit() string {
	if !b.IsValid() {
		return ""
	}
	return basisUnits[b]
}

// String returns the text code of b, such as "m3", or "%!Basis(n)".
func (b Basis) String() string { return basisCodes.String(b) }

// AppendText appends the text code of b to dst.
func (b Basis) AppendText(dst []byte) ([]byte, error) { return enumAppend(basisCodes, dst, b) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (b Basis) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error b is
// unchanged.
func (b *Basis) UnmarshalText(text []byte) error { return enumParse(basisCodes, text, b) }

// Per says how often a charge applies. The zero Per is [PerUnknown].
type Per uint8

const (
	// PerUnknown is the zero Per: not set. A Charge with it is invalid,
	// and of a bill's lines only the bill's minimum line has it. It has
	// no text code.
	PerUnknown Per = iota
	// PerDay: for every charged day of the stay, with free days and tiers.
	PerDay
	// Once: once, on the day the charge's event happens (see [Kind]).
	Once
)

var perCodes = textcode.New[Per]("Per", []string{PerDay: "day", Once: "once"})

// IsValid reports whether p is PerDay or Once.
func (p Per) IsValid() bool { return p == PerDay || p == Once }

// String returns the text code of p: "day" or "once".
func (p Per) String() string { return perCodes.String(p) }

// AppendText appends the text code of p to b.
func (p Per) AppendText(b []byte) ([]byte, error) { return enumAppend(perCodes, b, p) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (p Per) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error p is
// unchanged.
func (p *Per) UnmarshalText(text []byte) error { return enumParse(perCodes, text, p) }

// Condition is the goods class or storage condition a charge applies to.
// The zero Condition is [AnyCondition]: a charge for any goods.
type Condition uint8

const (
	// AnyCondition: a charge for goods of every condition, unless the
	// standard has a charge of the same kind for the goods' own.
	AnyCondition Condition = iota
	// Ordinary goods, stored without special conditions.
	Ordinary
	// Refrigerated goods (冷藏).
	Refrigerated
	// Hazardous goods (危险品).
	Hazardous
	// HighValue goods, kept under guard.
	HighValue
	// Oversize goods, that need special handling or space.
	Oversize
)

var conditionCodes = textcode.New[Condition]("Condition", []string{
	AnyCondition: "any",
	Ordinary:     "ordinary",
	Refrigerated: "refrigerated",
	Hazardous:    "hazardous",
	HighValue:    "high-value",
	Oversize:     "oversize",
})

// IsValid reports whether c is one of the conditions above.
func (c Condition) IsValid() bool { return c <= Oversize }

// String returns the text code of c, such as "refrigerated".
func (c Condition) String() string { return conditionCodes.String(c) }

// AppendText appends the text code of c to b.
func (c Condition) AppendText(b []byte) ([]byte, error) { return enumAppend(conditionCodes, b, c) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (c Condition) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error c is
// unchanged.
func (c *Condition) UnmarshalText(text []byte) error {
	return enumParse(conditionCodes, text, c)
}

// Rounding is how a line's exact amount becomes an amount in fen (0.01
// CNY). The zero Rounding is [HalfUp], the default of Chinese fee practice
// (四舍五入), so that a Standard that names none rounds half-up.
type Rounding uint8

const (
	// HalfUp rounds to 0.01, halves away from zero (四舍五入).
	HalfUp Rounding = iota
	// HalfEven rounds to 0.01, halves to the even fen (banker's rounding).
	HalfEven
	// Up rounds any fraction of a fen up to the next fen.
	Up
	// Down drops any fraction of a fen.
	Down
)

var roundingCodes = textcode.New[Rounding]("Rounding", []string{
	HalfUp:   "half-up",
	HalfEven: "half-even",
	Up:       "up",
	Down:     "down",
})

// IsValid reports whether r is one of the roundings above.
func (r Rounding) IsValid() bool { return r <= Down }

// String returns the text code of r, such as "half-up".
func (r Rounding) String() string { return roundingCodes.String(r) }

// AppendText appends the text code of r to b.
func (r Rounding) AppendText(b []byte) ([]byte, error) { return enumAppend(roundingCodes, b, r) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r Rounding) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error r is
// unchanged.
func (r *Rounding) UnmarshalText(text []byte) error { return enumParse(roundingCodes, text, r) }

// DayCount is the convention that says which calendar days of a stay are
// charged. The zero DayCount is [BothEnds], the library's default: a
// started day is a charged day.
type DayCount uint8

const (
	// BothEnds charges every calendar day from the first to the last day
	// of the chargeable period, both included: in on the 1st, out on the
	// 3rd is 3 days.
	BothEnds DayCount = iota
	// ExcludeFirstDay does not charge the first day (nights in storage):
	// in on the 1st, out on the 3rd is 2 days, and a same-day stay is 0.
	ExcludeFirstDay
	// ExcludeLastDay does not charge the last day: in on the 1st, out on
	// the 3rd is 2 days, and a same-day stay is 0.
	ExcludeLastDay
)

var dayCountCodes = textcode.New[DayCount]("DayCount", []string{
	BothEnds:        "both-ends",
	ExcludeFirstDay: "exclude-first-day",
	ExcludeLastDay:  "exclude-last-day",
})

// IsValid reports whether d is one of the conventions above.
func (d DayCount) IsValid() bool { return d <= ExcludeLastDay }

// String returns the text code of d, such as "both-ends".
func (d DayCount) String() string { return dayCountCodes.String(d) }

// AppendText appends the text code of d to b.
func (d DayCount) AppendText(b []byte) ([]byte, error) { return enumAppend(dayCountCodes, b, d) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (d DayCount) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error d is
// unchanged.
func (d *DayCount) UnmarshalText(text []byte) error { return enumParse(dayCountCodes, text, d) }

// Outcome is how a stay ended (R-FEE-3). The zero Outcome is [InStorage]:
// the goods are still in the warehouse.
type Outcome uint8

const (
	// InStorage: the stay has not ended.
	InStorage Outcome = iota
	// Released: customs released the goods (Regs art 16, 19, 24).
	Released
	// HandedToCourt: customs handed the goods over under a court's
	// assistance notice (Regs art 23).
	HandedToCourt
	// Disposed: the goods were confiscated and their disposal completed
	// (Regs art 27).
	Disposed
)

var outcomeCodes = textcode.New[Outcome]("Outcome", []string{
	InStorage:     "in-storage",
	Released:      "released",
	HandedToCourt: "handed-to-court",
	Disposed:      "disposed",
})

// IsValid reports whether o is one of the outcomes above.
func (o Outcome) IsValid() bool { return o <= Disposed }

// String returns the text code of o, such as "released".
func (o Outcome) String() string { return outcomeCodes.String(o) }

// AppendText appends the text code of o to b.
func (o Outcome) AppendText(b []byte) ([]byte, error) { return enumAppend(outcomeCodes, b, o) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (o Outcome) MarshalText() ([]byte, error) { return o.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error o is
// unchanged.
func (o *Outcome) UnmarshalText(text []byte) error { return enumParse(outcomeCodes, text, o) }

// Delay is why disposal of confiscated goods took longer than the cap
// period, when the reason lifts the cap (Measures (2009 numbering) art 34).
// The zero Delay is [NoDelay]: the cap applies.
type Delay uint8

const (
	// NoDelay: no reason lifts the cap; the holder pays nothing for the
	// time after it.
	NoDelay Delay = iota
	// ConsigneeReview: the consignee applied for administrative review
	// (行政复议).
	ConsigneeReview
	// ConsigneeLitigation: the consignee brought an administrative suit
	// (行政诉讼).
	ConsigneeLitigation
	// SpecialDisposal: another special reason in the disposal of the goods
	// (货物处置方面的其他特殊原因).
	SpecialDisposal
)

var delayCodes = textcode.New[Delay]("Delay", []string{
	NoDelay:             "none",
	ConsigneeReview:     "consignee-review",
	ConsigneeLitigation: "consignee-litigation",
	SpecialDisposal:     "special-disposal",
})

// IsValid reports whether d is one of the delays above.
func (d Delay) IsValid() bool { return d <= SpecialDisposal }

// String returns the text code of d, such as "consignee-review".
func (d Delay) String() string { return delayCodes.String(d) }

// AppendText appends the text code of d to b.
func (d Delay) AppendText(b []byte) ([]byte, error) { return enumAppend(delayCodes, b, d) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (d Delay) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; on error d is
// unchanged.
func (d *Delay) UnmarshalText(text []byte) error { return enumParse(delayCodes, text, d) }
