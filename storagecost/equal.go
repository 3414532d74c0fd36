package storagecost

import (
	"slices"

	"github.com/shopspring/decimal"
)

// Equality. Standards, stays and their parts hold decimals, which == and
// reflect.DeepEqual compare by representation (1.5 is not 1.50); these
// methods compare them by value, and everything else exactly.

// Equal reports whether s and o are the same standard: every field equal,
// decimals by value.
func (s Standard) Equal(o Standard) bool {
	return s.Version == o.Version && s.Issuer == o.Issuer && s.Source == o.Source && s.Note == o.Note &&
		s.EffectiveFrom == o.EffectiveFrom && s.EffectiveUntil == o.EffectiveUntil &&
		s.Rounding == o.Rounding && s.DayCount == o.DayCount &&
		s.MinimumPerBill.Equal(o.MinimumPerBill) &&
		slices.EqualFunc(s.Charges, o.Charges, Charge.Equal)
}

// Equal reports whether c and o are the same charge, decimals by value.
func (c Charge) Equal(o Charge) bool {
	return c.Kind == o.Kind && c.Condition == o.Condition && c.Basis == o.Basis && c.Per == o.Per &&
		c.Rate.Equal(o.Rate) && c.FreeDays == o.FreeDays && c.Minimum.Equal(o.Minimum) &&
		c.PassThrough == o.PassThrough && c.Description == o.Description &&
		slices.EqualFunc(c.Tiers, o.Tiers, Tier.Equal) &&
		slices.EqualFunc(c.Brackets, o.Brackets, Bracket.Equal)
}

// Equal reports whether t and o are the same tier, decimals by value.
func (t Tier) Equal(o Tier) bool {
	return t.FromDay == o.FromDay && t.ToDay == o.ToDay && t.Rate.Equal(o.Rate) && t.Multiplier.Equal(o.Multiplier)
}

// Equal reports whether b and o are the same bracket, decimals by value.
func (b Bracket) Equal(o Bracket) bool {
	return b.UpTo.Equal(o.UpTo) && b.Amount.Equal(o.Amount) && b.Rate.Equal(o.Rate)
}

// Equal reports whether s and o hold the same standards.
func (s Schedule) Equal(o Schedule) bool {
	return slices.EqualFunc(s.standards, o.standards, Standard.Equal)
}

// Equal reports whether st and o are the same stay, decimals by value.
func (st Stay) Equal(o Stay) bool {
	return st.Goods.Equal(o.Goods) && st.Detained == o.Detained && st.Outcome == o.Outcome &&
		st.End == o.End && st.Confiscation == o.Confiscation &&
		slices.Equal(st.Inspections, o.Inspections) && st.DisposalCost.Equal(o.DisposalCost)
}

// Equal reports whether g and o are the same goods, decimals by value.
func (g Goods) Equal(o Goods) bool {
	return g.Description == o.Description && g.Condition == o.Condition &&
		decimalsEqual(
			[]decimal.Decimal{g.Volume, g.Weight, g.Area, g.Pallets, g.Pieces, g.Value},
			[]decimal.Decimal{o.Volume, o.Weight, o.Area, o.Pallets, o.Pieces, o.Value})
}

func decimalsEqual(a, b []decimal.Decimal) bool {
	return slices.EqualFunc(a, b, decimal.Decimal.Equal)
}
