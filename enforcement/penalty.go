package enforcement

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// ErrFineOutsideBand: a fine outside the band the law allows for the
// offence, tier, goods' value and day. The error is a *[FineError].
var ErrFineOutsideBand = errors.New("enforcement: fine outside its band")

// Offence is an administrative offence of customs IPR protection that
// customs punishes with a fine (Customs Law arts 44, 91; Customs
// Administrative Penalty Implementing Regs art 25). The zero Offence is
// [OffenceUnknown].
type Offence uint8

// The offences. Do not reorder: the text codes are the stable form.
const (
	// OffenceUnknown is the zero Offence: not set. [FineBand] refuses it
	// with a *[CodeError], and it has no text code.
	OffenceUnknown Offence = iota
	// InfringingGoods: importing or exporting goods that infringe an IPR
	// protected by customs (Customs Law art 91; Penalty Regs art 25 para
	// 1; R-PEN-1). Customs confiscates the goods and may fine up to 30% of
	// their value ([InfringingFineMaxRate]).
	InfringingGoods
	// DeclarationFailure: failing to declare truthfully the IP status of
	// goods, or to submit proof of their lawful use, where customs requires
	// it (Customs Law art 44; Penalty Regs art 25 para 2; R-PEN-3).
	// Customs may ("可以") fine up to CNY 50,000 ([DeclarationFineMax]);
	// the paragraph confiscates nothing.
	DeclarationFailure
)

var offenceCodes = textcode.New[Offence]("Offence", []string{
	InfringingGoods:    "infringing-goods",
	DeclarationFailure: "declaration-failure",
})

// IsValid reports whether o is InfringingGoods or DeclarationFailure.
func (o Offence) IsValid() bool { return offenceCodes.Valid(o) }

// String returns the stable text code of o ("infringing-goods",
// "declaration-failure"), or "%!Offence(n)".
func (o Offence) String() string { return offenceCodes.String(o) }

// AppendText appends the text code of o to b.
func (o Offence) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(offenceCodes, "Offence", b, o)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (o Offence) MarshalText() ([]byte, error) { return o.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (o *Offence) UnmarshalText(text []byte) error {
	v, err := enumParse(offenceCodes, "Offence", text)
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Tier is a tier of discretion of GACC Ann. 2023 No. 198 (《海关行政处罚
// 裁量基准（三）》, in force from 2024-01-01), arts 13 and 14: the part of
// the statutory band in which the fine for a case falls, by its
// circumstances. The tiers apply from 2024-01-01 only; before, there is
// only the statutory band.
//
// The zero Tier is [Statutory]: no tier chosen, the whole band the
// Penalty Regs set. An unset tier thus asks for the widest band, which
// every tier lies inside, and never for a narrower one by mistake.
//
// The announcement also names a fifth outcome, no penalty (不予处罚),
// whose conditions this package does not know [U]. It is not a Tier: it
// is a decision not to fine at all, not a band of the fine, and for
// infringing goods it would not undo the confiscation that Regs art 27
// makes mandatory. A case with no penalty records no fine.
type Tier uint8

// The tiers, from the mildest. Do not reorder: the text codes are the
// stable form, and the order is the law's.
const (
	// Statutory: no tier, the band of the Penalty Regs art 25: 0 ≤ f ≤
	// 30% of the value for infringing goods (R-PEN-1), 0 ≤ f ≤ 50,000 for
	// a declaration failure (R-PEN-3). In force from 2004-11-01.
	Statutory Tier = iota
	// Mitigated (减轻处罚): for infringing goods, confiscation only, f = 0
	// (art 13; R-PEN-2); for a declaration failure, 0 ≤ f < 5,000 (art
	// 14; R-PEN-3).
	Mitigated
	// Lighter (从轻处罚): 0 < f < 10% of the value (art 13; R-PEN-2);
	// 5,000 ≤ f < 20,000 (art 14; R-PEN-3).
	Lighter
	// Ordinary (一般处罚): 10% ≤ f < 20% of the value (art 13; R-PEN-2);
	// 20,000 ≤ f < 30,000 (art 14; R-PEN-3).
	Ordinary
	// Heavier (从重处罚): 20% ≤ f ≤ 30% of the value (art 13; R-PEN-2);
	// 30,000 ≤ f ≤ 50,000 (art 14; R-PEN-3).
	Heavier
)

var tierCodes = textcode.New[Tier]("Tier", []string{
	Statutory: "statutory",
	Mitigated: "mitigated",
	Lighter:   "lighter",
	Ordinary:  "ordinary",
	Heavier:   "heavier",
})

// Tiers returns the four tiers of discretion, from the mildest: Mitigated,
// Lighter, Ordinary, Heavier. They partition the statutory band.
func Tiers() []Tier { return []Tier{Mitigated, Lighter, Ordinary, Heavier} }

// IsValid reports whether t is Statutory or one of the four tiers.
func (t Tier) IsValid() bool { return tierCodes.Valid(t) }

// String returns the stable text code of t ("statutory", "mitigated",
// "lighter", "ordinary", "heavier"), or "%!Tier(n)".
func (t Tier) String() string { return tierCodes.String(t) }

// AppendText appends the text code of t to b.
func (t Tier) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(tierCodes, "Tier", b, t)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (t Tier) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (t *Tier) UnmarshalText(text []byte) error {
	v, err := enumParse(tierCodes, "Tier", text)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Band is the band in which the law allows the fine for an offence: its
// bounds, exact, each included or not, and the least and greatest fines
// in whole fen inside it. [FineBand] makes one; the zero Band contains no
// fine.
//
// Band is an immutable value, safe for concurrent use.
type Band struct {
	offence Offence
	tier    Tier
	on      calendar.Date
	value   int64 // fen
	params  Parameters
	// The bounds in millionths of a yuan (10^-4 fen), exact: a rate has
	// at most 4 decimal places and a value is in whole fen.
	lower, upper     int64
	lowerIn, upperIn bool
	least, greatest  int64 // fen; least > greatest: no whole-fen fine
}

// micro is the number of millionths of a yuan in a fen.
const micro = 10_000

// bandArticles cite the text and rule of each band, by offence and tier.
var bandArticles = [...][5]string{
	InfringingGoods: {
		Statutory: "Customs Law art 91; Penalty Regs art 25 para 1; R-PEN-1",
		Mitigated: "GACC Ann. 2023 No. 198 art 13; R-PEN-2", Lighter: "GACC Ann. 2023 No. 198 art 13; R-PEN-2",
		Ordinary: "GACC Ann. 2023 No. 198 art 13; R-PEN-2", Heavier: "GACC Ann. 2023 No. 198 art 13; R-PEN-2",
	},
	DeclarationFailure: {
		Statutory: "Customs Law art 44; Penalty Regs art 25 para 2; R-PEN-3",
		Mitigated: "GACC Ann. 2023 No. 198 art 14; R-PEN-3", Lighter: "GACC Ann. 2023 No. 198 art 14; R-PEN-3",
		Ordinary: "GACC Ann. 2023 No. 198 art 14; R-PEN-3", Heavier: "GACC Ann. 2023 No. 198 art 14; R-PEN-3",
	},
}

// scheme is how the law's numbers set the bands of an offence: the
// statutory maximum and the lower bounds of the tiers above the mildest
// (for infringing goods, the mitigated tier is f = 0 and the lighter one
// starts above 0, so its first bound is none).
type scheme struct {
	max   ParameterKind
	steps [3]ParameterKind // lower bounds of Lighter, Ordinary, Heavier
}

var schemes = [...]scheme{
	InfringingGoods:    {InfringingFineMaxRate, [3]ParameterKind{ParameterUnknown, InfringingOrdinaryRate, InfringingHeavierRate}},
	DeclarationFailure: {DeclarationFineMax, [3]ParameterKind{DeclarationLighterFrom, DeclarationOrdinaryFrom, DeclarationHeavierFrom}},
}

// bounds are the numbers of an offence for one value and day, in
// millionths of a yuan: the statutory maximum, and the lower bounds of
// Lighter, Ordinary and Heavier (0 for infringing goods' Lighter).
type bounds struct {
	value int64 // The goods' value, in fen.
	max   int64
	steps [3]int64
}

// FineBand returns the band in which the law allows the fine for offence
// o committed with goods worth goodsValue (in CNY; the value customs
// determined, [Goods.Value]), decided on the day on, in tier t: every
// number from p, the versions in force on that day. For goods value v,
// from [DefaultParameters]:
//
//	| tier      | infringing goods (R-PEN-1, R-PEN-2) | declaration failure (R-PEN-3) |
//	|-----------|-------------------------------------|-------------------------------|
//	| statutory | 0 ≤ f ≤ 30%·v, and confiscation     | 0 ≤ f ≤ 50,000                |
//	| mitigated | f = 0, confiscation only            | 0 ≤ f < 5,000                 |
//	| lighter   | 0 < f < 10%·v                       | 5,000 ≤ f < 20,000            |
//	| ordinary  | 10%·v ≤ f < 20%·v                   | 20,000 ≤ f < 30,000           |
//	| heavier   | 20%·v ≤ f ≤ 30%·v                   | 30,000 ≤ f ≤ 50,000           |
//
// The ends are read by Civil Code art 1259 (R-TIME-4): the statute's "以
// 下" (30% 以下, 5万元以下) and the benchmark's "以上" include the number,
// its "不满" excludes it, so that the four tiers partition the statutory
// band: every fine from 0 to the maximum falls in exactly one. A lighter
// fine for infringing goods is a fine, so it is above 0; a fine of 0 is
// the mitigated tier (confiscation only). The goods' value does not
// matter for a declaration failure, and may be 0.
//
// The bounds are exact ([Band.Lower], [Band.Upper]): 10% of 0.05 is
// 0.005. A fine is in whole fen, and [Band.FenBounds] gives the least and
// the greatest whole-fen fines inside the band, each bound rounded
// inward, up for the lower and down for the upper, one fen further where
// the bound is excluded. Rounding half-up would not do: 30% of 0.05 is
// 0.015, and a fine of 0.02 would exceed the 30% the law allows. A band
// may hold no whole-fen fine (the lighter tier for goods worth 0.05 is
// 0 < f < 0.005): [Band.IsEmpty] says so, and no fine is inside it.
//
// For goods of no value every infringing-goods band is {0} or empty: the
// mitigated and the heavier tiers then both contain the fine 0, and
// [TierOf] reports the mildest.
//
// It fails, and no band is returned:
//
//   - with a *[CodeError] matching [ErrUnknownCode] for an unknown
//     offence or tier;
//   - with a *[FieldError] matching [ErrInvalidAmount] for a goods value
//     that is negative, above [MaxAmount] or finer than a fen;
//   - wrapping [calendar.ErrInvalidDate] for an invalid day;
//   - with a *[ParameterError] matching [ErrNoParameter] if a number it
//     needs is not in force on the day: a tier on a day before
//     2024-01-01, when GACC Ann. 2023 No. 198 came into force, or the
//     statutory band before 2004-11-01, with the default parameters;
//   - with a *[FieldError] matching [ErrInvalidParameters] if the numbers
//     in force on the day overlap: a tier's lower bound above the next
//     one's, or above the maximum.
func FineBand(o Offence, t Tier, goodsValue decimal.Decimal, on calendar.Date, p Parameters) (Band, error) {
	if o.IsValid() && !t.IsValid() {
		return Band{}, &CodeError{Enum: "Tier", Input: t.String(), Err: fmt.Errorf("tier %s: want one of statutory, mitigated, lighter, ordinary, heavier", t)}
	}
	bs, err := fineBounds(o, t != Statutory, goodsValue, on, p)
	if err != nil {
		return Band{}, err
	}
	return makeBand(o, t, on, p, bs), nil
}

// fineBounds validates the inputs of FineBand and loads the numbers of
// offence o for the day: the statutory maximum, and the tiers' bounds if
// tiers.
func fineBounds(o Offence, tiers bool, goodsValue decimal.Decimal, on calendar.Date, p Parameters) (bounds, error) {
	if !o.IsValid() {
		return bounds{}, &CodeError{Enum: "Offence", Input: o.String(), Err: fmt.Errorf("offence %s: want infringing-goods or declaration-failure", o)}
	}
	v, why := money(goodsValue)
	if why != "" {
		return bounds{}, &FieldError{Field: "goods_value", Value: showDecimal(goodsValue), Reason: why, class: ErrInvalidAmount}
	}
	if !on.IsValid() {
		return bounds{}, fmt.Errorf("enforcement: fine band on %s: %w", on, calendar.ErrInvalidDate)
	}
	// The numbers are checked in order as the law states them, rates
	// against rates and amounts against amounts, whatever the value.
	s := schemes[o]
	bs := bounds{value: v}
	var err error
	if bs.max, err = load(p, s.max, on); err != nil || !tiers {
		bs.max = perValue(s.max, bs.max, v)
		return bs, err
	}
	prev, prevKind := int64(0), ParameterUnknown
	for i, k := range s.steps {
		if k == ParameterUnknown {
			continue
		}
		if bs.steps[i], err = load(p, k, on); err != nil {
			return bs, err
		}
		if bs.steps[i] < prev {
			return bs, outOfOrder(p, k, prevKind, on)
		}
		prev, prevKind = bs.steps[i], k
		bs.steps[i] = perValue(k, bs.steps[i], v)
	}
	if bs.max < prev {
		return bs, outOfOrder(p, s.max, prevKind, on)
	}
	bs.max = perValue(s.max, bs.max, v)
	return bs, nil
}

// load returns the number of kind k in force on day on: a rate in
// ten-thousandths, an amount in millionths of a yuan.
func load(p Parameters, k ParameterKind, on calendar.Date) (int64, error) {
	q, err := p.At(k, on)
	if err != nil {
		return 0, err
	}
	if k.IsRate() {
		return scaled(q.Value, 4), nil
	}
	return fen(q.Value) * micro, nil
}

// perValue returns the bound that the number n of kind k (as load
// returns it) sets for goods worth v fen, in millionths of a yuan: a
// rate's share of v, or the amount itself.
func perValue(k ParameterKind, n, v int64) int64 {
	if k.IsRate() {
		return v * n // At most 10^14 fen times at most 10^4: within int64.
	}
	return n
}

// scaled returns d·10^places for a d of at most places decimal places
// whose scaled value fits an int64.
func scaled(d decimal.Decimal, places int32) int64 {
	if d.Exponent() < -places {
		d = d.Truncate(places) // Exact: d has at most places decimal places.
	}
	n := d.CoefficientInt64()
	for e := d.Exponent(); e > -places; e-- {
		n *= 10
	}
	return n
}

// outOfOrder reports that the number of kind k is below that of kind
// below, both in force on day on: a tier's bound below the previous
// tier's, or the maximum below the top tier's bound.
func outOfOrder(p Parameters, k, below ParameterKind, on calendar.Date) error {
	q, _ := p.At(k, on)
	r, _ := p.At(below, on)
	show := func(q Parameter) string {
		if q.Kind.IsRate() {
			return q.Kind.String() + " " + q.Value.String()
		}
		return q.Kind.String() + " " + q.Value.StringFixed(2)
	}
	return FieldErrors{&FieldError{Field: "parameters", Value: show(q), Reason: fmt.Sprintf(
		"below %s (%s), both in force on %s: the tiers of GACC Ann. 2023 No. 198 arts 13-14 and the statutory maximum must be in order (R-PEN-2, R-PEN-3)",
		show(r), r.Source, on), class: ErrInvalidParameters}}
}

// makeBand returns the band of tier t from the numbers bs.
func makeBand(o Offence, t Tier, on calendar.Date, p Parameters, bs bounds) Band {
	b := Band{offence: o, tier: t, on: on, value: bs.value, params: p}
	switch t {
	case Statutory:
		b.lower, b.upper, b.lowerIn, b.upperIn = 0, bs.max, true, true
	case Mitigated:
		if o == InfringingGoods {
			b.lower, b.upper, b.lowerIn, b.upperIn = 0, 0, true, true // Confiscation only.
		} else {
			b.lower, b.upper, b.lowerIn, b.upperIn = 0, bs.steps[0], true, false
		}
	case Lighter:
		// Infringing goods: above 0, a fine; else from the lighter bound.
		b.lower, b.upper, b.lowerIn, b.upperIn = bs.steps[0], bs.steps[1], o != InfringingGoods, false
	case Ordinary:
		b.lower, b.upper, b.lowerIn, b.upperIn = bs.steps[1], bs.steps[2], true, false
	case Heavier:
		b.lower, b.upper, b.lowerIn, b.upperIn = bs.steps[2], bs.max, true, true
	}
	// Inward to whole fen: the least fen at or above the lower bound (above,
	// if excluded), the greatest at or below the upper (below, if excluded).
	b.least = (b.lower + micro - 1) / micro
	if !b.lowerIn && b.lower%micro == 0 {
		b.least++
	}
	b.greatest = b.upper / micro
	if !b.upperIn && b.upper%micro == 0 {
		b.greatest--
	}
	return b
}

// Offence returns the offence the band is for.
func (b Band) Offence() Offence { return b.offence }

// Tier returns the tier of the band; [Statutory] for the whole band.
func (b Band) Tier() Tier { return b.tier }

// Date returns the day of the decision, whose numbers set the band.
func (b Band) Date() calendar.Date { return b.on }

// GoodsValue returns the value of the goods the band was computed for.
func (b Band) GoodsValue() decimal.Decimal { return decimal.New(b.value, -2) }

// Lower returns the lower bound of the band, exact: it may be finer than
// a fen (10% of 0.05 is 0.005). [Band.LowerIncluded] says whether a fine
// equal to it is inside the band.
func (b Band) Lower() decimal.Decimal { return decimal.New(b.lower, -6) }

// Upper returns the upper bound of the band, exact. [Band.UpperIncluded]
// says whether a fine equal to it is inside the band.
func (b Band) Upper() decimal.Decimal { return decimal.New(b.upper, -6) }

// LowerIncluded reports whether the lower bound is inside the band: "以上"
// includes the number (Civil Code art 1259; R-TIME-4); the lighter tier
// for infringing goods starts above 0.
func (b Band) LowerIncluded() bool { return b.lowerIn }

// UpperIncluded reports whether the upper bound is inside the band: "以下"
// includes the number, "不满" excludes it (Civil Code art 1259;
// R-TIME-4).
func (b Band) UpperIncluded() bool { return b.upperIn }

// FenBounds returns the least and the greatest fines in whole fen inside
// the band: the bounds rounded inward, never half-up, so that neither is
// outside the band. ok is false, and both are 0, if no whole-fen fine is
// inside it ([Band.IsEmpty]).
func (b Band) FenBounds() (least, greatest decimal.Decimal, ok bool) {
	if b.IsEmpty() {
		return decimal.Decimal{}, decimal.Decimal{}, false
	}
	return decimal.New(b.least, -2), decimal.New(b.greatest, -2), true
}

// IsEmpty reports whether no fine in whole fen is inside the band: the
// lighter tier for goods worth 0.05, 0 < f < 0.005, or a tier that the
// numbers in force leave no room for. The zero Band is empty.
func (b Band) IsEmpty() bool { return !b.offence.IsValid() || b.least > b.greatest }

// Confiscation reports whether the goods are confiscated as well as
// fined: always for infringing goods, whatever the tier (Customs Law art
// 91; Penalty Regs art 25 para 1; R-PEN-1), never under Penalty Regs art
// 25 para 2 (R-PEN-3).
func (b Band) Confiscation() bool { return b.offence == InfringingGoods }

// Contains reports whether fine is inside the band: an amount of money in
// whole fen, from 0 to [MaxAmount], between the bounds. A fine finer
// than a fen, negative or absurd is in no band.
func (b Band) Contains(fine decimal.Decimal) bool {
	f, why := money(fine)
	return why == "" && b.containsFen(f)
}

// containsFen reports whether the fine of f fen is inside b.
func (b Band) containsFen(f int64) bool {
	return b.offence.IsValid() && b.least <= f && f <= b.greatest
}

// Sources returns the versions of the law's numbers that set the band, as
// [Parameters.At] returns them for its day: the statutory maximum and,
// for a tier, the tiers' bounds, in the order of their kinds. The band of
// a tier depends on its neighbours' bounds, and they are checked in
// order, so all of them are its sources. The zero Band has none.
func (b Band) Sources() []Parameter {
	if !b.offence.IsValid() {
		return nil
	}
	s := schemes[b.offence]
	kinds := []ParameterKind{s.max}
	if b.tier != Statutory {
		for _, k := range s.steps {
			if k != ParameterUnknown {
				kinds = append(kinds, k)
			}
		}
	}
	out := make([]Parameter, 0, len(kinds))
	for _, k := range kinds {
		if q, err := b.params.At(k, b.on); err == nil {
			out = append(out, q)
		}
	}
	return out
}

// Article returns the text and rule the band comes from: "GACC Ann. 2023
// No. 198 art 13; R-PEN-2" for a tier of the fine for infringing goods.
// The zero Band has none.
func (b Band) Article() string {
	if !b.offence.IsValid() || !b.tier.IsValid() {
		return ""
	}
	return bandArticles[b.offence][b.tier]
}

// Equal reports whether b and c are the same band: the same offence,
// tier, day and goods' value, the same bounds, and the same sources.
func (b Band) Equal(c Band) bool {
	if b.offence != c.offence || b.tier != c.tier || b.on != c.on || b.value != c.value ||
		b.lower != c.lower || b.upper != c.upper || b.lowerIn != c.lowerIn || b.upperIn != c.upperIn {
		return false
	}
	bs, cs := b.Sources(), c.Sources()
	if len(bs) != len(cs) {
		return false
	}
	for i := range bs {
		if !bs[i].Equal(cs[i]) {
			return false
		}
	}
	return true
}

// String describes b: "infringing-goods worth 150000.00 on 2025-05-20,
// ordinary: [15000.00, 30000.00), with confiscation (GACC Ann. 2023 No.
// 198 art 13; R-PEN-2)", a bracket for an included bound and a
// parenthesis for an excluded one. A bound finer than a fen is written
// exactly ("0.005"); a band without a whole-fen fine says so.
func (b Band) String() string {
	if !b.offence.IsValid() {
		return "no band"
	}
	var s strings.Builder
	s.WriteString(b.offence.String())
	if b.offence == InfringingGoods {
		s.WriteString(" worth ")
		s.WriteString(showFen(b.value))
	}
	s.WriteString(" on ")
	s.WriteString(b.on.String())
	s.WriteString(", ")
	s.WriteString(b.tier.String())
	s.WriteString(": ")
	if b.lowerIn {
		s.WriteByte('[')
	} else {
		s.WriteByte('(')
	}
	s.WriteString(showMicro(b.lower))
	s.WriteString(", ")
	s.WriteString(showMicro(b.upper))
	if b.upperIn {
		s.WriteByte(']')
	} else {
		s.WriteByte(')')
	}
	if b.IsEmpty() {
		s.WriteString(", no fine in whole fen")
	}
	if b.Confiscation() {
		s.WriteString(", with confiscation")
	}
	s.WriteString(" (")
	s.WriteString(b.Article())
	s.WriteByte(')')
	return s.String()
}

// showMicro writes n millionths of a yuan (n ≥ 0) as yuan with at least
// 2 decimal places and no more than it needs.
func showMicro(n int64) string {
	frac := strconv.FormatInt(1_000_000+n%1_000_000, 10)[1:] // 6 digits
	frac = strings.TrimRight(frac, "0")
	for len(frac) < 2 {
		frac += "0"
	}
	return strconv.FormatInt(n/1_000_000, 10) + "." + frac
}

// CheckFine reports whether fine is inside [FineBand] of offence o, tier
// t, goods worth goodsValue and the day on, from p: nil if it is, a
// *[FineError] matching [ErrFineOutsideBand], carrying the band and the
// fine, if it is not. It fails as FineBand does, and with a *[FieldError]
// matching [ErrInvalidAmount] for a fine that is negative, above
// [MaxAmount] or finer than a fen.
func CheckFine(o Offence, t Tier, goodsValue, fine decimal.Decimal, on calendar.Date, p Parameters) error {
	f, why := money(fine)
	if why != "" {
		return &FieldError{Field: "fine", Value: showDecimal(fine), Reason: why, class: ErrInvalidAmount}
	}
	b, err := FineBand(o, t, goodsValue, on, p)
	if err != nil {
		return err
	}
	if !b.containsFen(f) {
		return &FineError{Band: b, Fine: fine}
	}
	return nil
}

// TierOf returns the tier of discretion whose band contains fine, for
// offence o, goods worth goodsValue and the day on, from p: the mildest
// such tier (only for goods of no value, or numbers that leave a tier
// empty at 0, does more than one contain a fine). It fails with a
// *[FineError] matching [ErrFineOutsideBand], carrying the statutory band,
// for a fine outside it, whatever the day; then as [CheckFine] does: with
// a *[ParameterError] matching [ErrNoParameter] on a day without tiers,
// before 2024-01-01 with the default parameters.
func TierOf(o Offence, goodsValue, fine decimal.Decimal, on calendar.Date, p Parameters) (Tier, error) {
	f, why := money(fine)
	if why != "" {
		return Statutory, &FieldError{Field: "fine", Value: showDecimal(fine), Reason: why, class: ErrInvalidAmount}
	}
	bs, err := fineBounds(o, false, goodsValue, on, p)
	if err != nil {
		return Statutory, err
	}
	if b := makeBand(o, Statutory, on, p, bs); !b.containsFen(f) {
		return Statutory, &FineError{Band: b, Fine: fine}
	}
	if bs, err = fineBounds(o, true, goodsValue, on, p); err != nil {
		return Statutory, err
	}
	for t := Mitigated; t <= Heavier; t++ {
		if makeBand(o, t, on, p, bs).containsFen(f) {
			return t, nil
		}
	}
	// Unreachable: the tiers, in order, cover the statutory band.
	return Statutory, &FineError{Band: makeBand(o, Statutory, on, p, bs), Fine: fine}
}

// FineError reports a fine outside the band the law allows: [CheckFine]'s
// band, or the statutory band for [TierOf].
type FineError struct {
	// Band is the band the fine had to be in, and Fine the fine, in CNY,
	// as given.
	Band Band
	Fine decimal.Decimal
}

// Error returns "enforcement: fine", the fine, whether it is above or
// below the band, and the band as [Band.String] describes it.
func (e *FineError) Error() string {
	side := "above"
	if c := e.Fine.Cmp(e.Band.Lower()); c < 0 || c == 0 && !e.Band.lowerIn {
		side = "below"
	}
	fine := showDecimal(e.Fine)
	if _, why := money(e.Fine); why == "" {
		fine = e.Fine.StringFixed(2)
	}
	return "enforcement: fine " + fine + " " + side + " the band of " + e.Band.String()
}

// Is reports whether target is [ErrFineOutsideBand].
func (e *FineError) Is(target error) bool { return target == ErrFineOutsideBand }
