package enforcement

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// The ex officio bond tiers of Measures (2009 numbering) art 23, read by
// Civil Code art 1259 (R-TIME-4): "不足2万" is strictly below 20,000, "2万至
// 20万" the closed interval [20,000, 200,000], "超过20万" strictly above
// 200,000.
var (
	bondFloor   = decimal.New(20_000, 0)  // 2万
	bondCeiling = decimal.New(200_000, 0) // 20万
	bondFlat    = decimal.New(100_000, 0) // the bond above 20万
	half        = decimal.New(5, -1)
)

// RequiredBond returns the bond the holder must post for detention of goods
// worth goodsValue, in CNY:
//
// Ex officio (Measures art 23; R-EXO-4), for goods value v:
//
//	| v                      | bond                                   |
//	|------------------------|----------------------------------------|
//	| v < 20,000             | v                                      |
//	| 20,000 <= v <= 200,000 | max(v/2, 20,000), half-up to 0.01      |
//	| v > 200,000            | 100,000                                |
//
// The bond is continuous (20,000 at v = 20,000; 100,000 at v = 200,000),
// monotone non-decreasing, never above v and never above 100,000.
//
// Upon application (Regs art 14; Measures art 16; R-APP-2): the goods'
// value, which Regs art 14 also makes the most customs may ask.
//
// The value is the one customs determines from the transaction price
// (Measures art 39). RequiredBond is the per-case amount. A general bond
// (总担保; Measures (2009 numbering) art 24; R-EXO-5) replaces it for a
// trademark holder in the ex officio route: [Case.RequiredBond] is 0 for a
// case its [Facts].GeneralBond covers, and [GeneralBond] keeps its ledger.
//
// It fails with a *[FieldError] matching [ErrInvalidAmount] for a negative
// value, one above [MaxAmount] or one finer than a fen, and matching
// [ErrUnknownCode] for an unknown track.
func RequiredBond(track Track, goodsValue decimal.Decimal) (decimal.Decimal, error) {
	if why := moneyProblem(goodsValue); why != "" {
		return decimal.Decimal{}, &FieldError{Field: "goods_value", Value: showDecimal(goodsValue), Reason: why, class: ErrInvalidAmount}
	}
	switch track {
	case ExOfficio:
		return exOfficioBond(goodsValue), nil
	case UponApplication:
		return goodsValue, nil
	}
	return decimal.Decimal{}, &CodeError{Enum: "Track", Input: track.String(), Err: fmt.Errorf("track %s: want ex-officio or upon-application", track)}
}

// exOfficioBond is the tier table of RequiredBond for a valid value.
func exOfficioBond(v decimal.Decimal) decimal.Decimal {
	switch {
	case v.LessThan(bondFloor):
		return v
	case v.GreaterThan(bondCeiling):
		return bondFlat
	}
	b := v.Mul(half).Round(2) // Half-up to 0.01: Chinese fee practice (四舍五入).
	if b.LessThan(bondFloor) {
		return bondFloor
	}
	return b
}
