package enforcement

import (
	"errors"
	"strconv"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// Personal articles. Articles an individual carries or mails across the
// border that exceed personal-use, reasonable quantities (超出自用、合理数量)
// and infringe are handled as infringing goods (Regs art 31; R-PER-1).
// Whether they exceed is customs' decision in each case (Penalty Regs art
// 64; R-PER-2). For mailed articles, the value limits of GACC Ann. 2010
// No. 43 (R-PER-3) are the quantitative measure customs applies: a parcel
// over its limit is returned or cleared as goods. [CheckParcel] applies
// them, to inform that decision; it does not take it.

// ErrInvalidParcel: a [Parcel] with a field missing, absurd or
// contradicting another. The error is [FieldErrors].
var ErrInvalidParcel = errors.New("enforcement: invalid parcel")

// PostalRegion is where an individual's parcel comes from or goes to,
// which sets its value limit (GACC Ann. 2010 No. 43; R-PER-3). The zero
// PostalRegion is [PostalRegionUnknown].
type PostalRegion uint8

// The regions. Do not reorder: the text codes are the stable form.
const (
	// PostalRegionUnknown is the zero PostalRegion: not set. A Parcel with
	// it is invalid, and it has no text code.
	PostalRegionUnknown PostalRegion = iota
	// HKMacaoTaiwan: Hong Kong, Macao or Taiwan (港、澳、台地区); the limit
	// is [PostalLimitHKMacaoTaiwan], CNY 800.
	HKMacaoTaiwan
	// Elsewhere: any other country or region (其它国家和地区); the limit is
	// [PostalLimitElsewhere], CNY 1,000.
	Elsewhere
)

var postalRegionCodes = textcode.New[PostalRegion]("PostalRegion", []string{
	HKMacaoTaiwan: "hk-macao-taiwan",
	Elsewhere:     "elsewhere",
})

// IsValid reports whether r is HKMacaoTaiwan or Elsewhere.
func (r PostalRegion) IsValid() bool { return postalRegionCodes.Valid(r) }

// String returns the stable text code of r ("hk-macao-taiwan",
// "elsewhere"), or "%!PostalRegion(n)".
func (r PostalRegion) String() string { return postalRegionCodes.String(r) }

// AppendText appends the text code of r to b.
func (r PostalRegion) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(postalRegionCodes, "PostalRegion", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r PostalRegion) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *PostalRegion) UnmarshalText(text []byte) error {
	v, err := enumParse(postalRegionCodes, "PostalRegion", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// limitKind is the parameter that holds the value limit for r.
func (r PostalRegion) limitKind() ParameterKind {
	if r == HKMacaoTaiwan {
		return PostalLimitHKMacaoTaiwan
	}
	return PostalLimitElsewhere
}

// Parcel is a parcel an individual mails across the border (个人邮寄进出境
// 物品), as GACC Ann. 2010 No. 43 measures it.
type Parcel struct {
	// Date is the day the parcel is declared to customs: the limits in
	// force that day apply.
	Date calendar.Date
	// Direction is Import for a parcel mailed into China (进境), Export
	// for one mailed out (出境); Region is where it comes from or goes to.
	Direction Direction
	Region    PostalRegion
	// Value is the value of the articles in the parcel as customs
	// determines it, in CNY: from 0 to [MaxAmount], in whole fen.
	Value decimal.Decimal
	// Duty is the import duty (进口税) assessed on an inbound parcel, in
	// CNY, in whole fen; 0 for an outbound one, which pays none.
	Duty decimal.Decimal
	// SingleIndivisible: the parcel holds one article only, and it cannot
	// be divided (邮包内仅有一件物品且不可分割).
	SingleIndivisible bool
	// PersonalUse: customs has confirmed on review that the article is
	// for the sender's or addressee's personal use (经海关审核确属个人自用).
	PersonalUse bool
}

// ParcelCheck is what GACC Ann. 2010 No. 43 (R-PER-3) says of a
// [Parcel]: whether it is within its value limit, may be cleared as
// personal articles, and pays no duty.
type ParcelCheck struct {
	// Limit is the value limit that applies, with its source and days in
	// force: PostalLimitHKMacaoTaiwan or PostalLimitElsewhere.
	Limit Parameter
	// OverLimit: the value exceeds the limit (超出规定限值), strictly; a
	// value equal to the limit is within it (Civil Code art 1259).
	OverLimit bool
	// PersonalArticles: the parcel may be cleared as personal articles —
	// within the limit, or over it with a single indivisible article
	// customs confirmed for personal use. Otherwise it is returned or
	// cleared as goods.
	PersonalArticles bool
	// Waiver is the duty waiver that applies to an inbound parcel cleared
	// as personal articles, with its source; the zero Parameter otherwise.
	// DutyWaived: its duty is at most Waiver (50元（含50元）以下), and is not
	// collected.
	Waiver     Parameter
	DutyWaived bool
	// Reason is the outcome in words, citing the rule.
	Reason string
}

// CheckParcel applies the postal value limits of GACC Ann. 2010 No. 43
// (R-PER-3 [S]), with the parameters params in force on the parcel's
// date, to the parcel p:
//
//	| region                   | limit per parcel | parameter                    |
//	|--------------------------|------------------|------------------------------|
//	| Hong Kong, Macao, Taiwan | CNY 800          | postal-limit-hk-macao-taiwan |
//	| elsewhere                | CNY 1,000        | postal-limit-elsewhere       |
//
// in both directions. A parcel whose value exceeds its limit is returned
// or cleared as goods, save a parcel of a single indivisible article that
// customs confirms for personal use, which is cleared as personal
// articles. An inbound parcel cleared as personal articles whose duty is
// at most CNY 50 ([DutyWaiver]) pays none.
//
// The limits measure value, not quantity: they inform customs' decision
// whether mailed articles exceed personal-use, reasonable quantities
// (Regs art 31; R-PER-1, R-PER-2), which remains customs' and is recorded
// on the case.
//
// It fails with [FieldErrors] matching [ErrInvalidParcel] for an invalid
// date, direction or region, a value or duty that is not an amount of
// money, or a duty on an outbound parcel; and with a *[ParameterError]
// matching [ErrNoParameter] for a date on which params hold no limit
// (DefaultParameters: before 2010-09-01).
func CheckParcel(params Parameters, p Parcel) (ParcelCheck, error) {
	if err := p.validate(); err != nil {
		return ParcelCheck{}, err
	}
	limit, err := params.At(p.Region.limitKind(), p.Date)
	if err != nil {
		return ParcelCheck{}, err
	}
	// Amounts compare in fen: parameters and the parcel hold whole fen.
	c := ParcelCheck{Limit: limit, OverLimit: fen(p.Value) > fen(limit.Value)}
	c.PersonalArticles = !c.OverLimit || p.SingleIndivisible && p.PersonalUse
	if c.PersonalArticles && p.Direction == Import {
		if c.Waiver, err = params.At(DutyWaiver, p.Date); err != nil {
			return ParcelCheck{}, err
		}
		c.DutyWaived = fen(p.Duty) <= fen(c.Waiver.Value)
	}
	c.Reason = c.reason(p)
	return c, nil
}

func (p Parcel) validate() error {
	pr := problems{class: ErrInvalidParcel}
	if !p.Date.IsValid() {
		pr.add("date", p.Date.String(), "required: the day the parcel is declared")
	}
	if !p.Direction.IsValid() {
		pr.add("direction", p.Direction.String(), "want import or export")
	}
	if !p.Region.IsValid() {
		pr.add("region", p.Region.String(), "want hk-macao-taiwan or elsewhere")
	}
	checkMoney(&pr, "value", p.Value)
	checkMoney(&pr, "duty", p.Duty)
	if p.Direction == Export && !p.Duty.IsZero() && moneyProblem(p.Duty) == "" {
		pr.add("duty", showDecimal(p.Duty), "an outbound parcel pays no import duty")
	}
	return pr.err()
}

// reason writes the outcome of c for p in words.
func (c ParcelCheck) reason(p Parcel) string {
	b := make([]byte, 0, 512)
	b = append(b, "value "...)
	b = appendYuan(b, fen(p.Value))
	if c.OverLimit {
		b = append(b, " exceeds the limit of "...)
	} else {
		b = append(b, " is within the limit of "...)
	}
	b = appendYuan(b, fen(c.Limit.Value))
	if p.Region == HKMacaoTaiwan {
		b = append(b, " for a parcel to or from Hong Kong, Macao or Taiwan ("...)
	} else {
		b = append(b, " for a parcel to or from elsewhere ("...)
	}
	b = append(b, c.Limit.Source...)
	b = append(b, ')')
	switch {
	case c.OverLimit && c.PersonalArticles:
		b = append(b, ", but the parcel holds a single indivisible article customs confirmed for personal use: cleared as personal articles"...)
	case c.OverLimit:
		b = append(b, ": returned, or cleared as goods"...)
	default:
		b = append(b, ": cleared as personal articles"...)
	}
	if c.Waiver.Kind == DutyWaiver {
		b = append(b, "; duty "...)
		b = appendYuan(b, fen(p.Duty))
		if c.DutyWaived {
			b = append(b, " is at most "...)
			b = appendYuan(b, fen(c.Waiver.Value))
			b = append(b, " and is waived"...)
		} else {
			b = append(b, " exceeds "...)
			b = appendYuan(b, fen(c.Waiver.Value))
			b = append(b, " and is collected"...)
		}
	}
	b = append(b, ". Whether the articles exceed personal-use, reasonable quantities is customs' decision (Regs art 31; R-PER-1, R-PER-2)."...)
	return string(b)
}

// appendYuan appends an amount of n fen, n >= 0, as yuan with two
// decimal places ("1000.00"), as StringFixed(2) writes it.
func appendYuan(b []byte, n int64) []byte {
	b = strconv.AppendInt(b, n/100, 10)
	b = append(b, '.', byte('0'+n%100/10), byte('0'+n%10))
	return b
}
