package storagecost

import (
	"fmt"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// Limits on the numbers of a Standard or a Stay. They are far above any
// real tariff or seizure and exist to reject absurd input quickly, before
// any arithmetic.
const (
	// MaxQuantity bounds every quantity of goods (m³, t, kg, m², pallets,
	// pieces) and every rate.
	MaxQuantity = 1_000_000_000
	// MaxValue bounds the goods' value and the actual disposal cost, in
	// CNY.
	MaxValue = 1_000_000_000_000
	// MaxPlaces is the most decimal places a rate or quantity may have.
	// Amounts of money (minimums, flat amounts) have at most 2.
	MaxPlaces = 6
	// MaxMultiplier bounds a tier's multiplier.
	MaxMultiplier = 100
	// MaxStayDays bounds the length of a stay, in calendar days (about 27
	// years).
	MaxStayDays = 10000

	maxTextBytes  = 512 // a description, issuer, source or note
	maxCharges    = 64  // charges of one standard
	maxTiers      = 32  // tiers of one charge
	maxBrackets   = 32  // brackets of one charge
	maxStandards  = 256 // standards of one schedule
	maxInspection = 366 // inspections of one stay
	maxDigits     = 40  // the characters of a number in JSON
)

// checkNumber says what is wrong with d as a rate, quantity or amount at
// most limit, or "" if nothing is.
func checkNumber(d decimal.Decimal, limit int64) string {
	_, reason := checkedNum(d, limit)
	return reason
}

// checkedNum returns d as a num if it is a number from 0 to limit with at
// most MaxPlaces decimal places, or what is wrong with it. It looks at d's
// representation before comparing, so that an exponent bomb such as
// 1e999999 costs nothing, and allocates nothing for a valid d.
func checkedNum(d decimal.Decimal, limit int64) (num, string) {
	if d.IsZero() {
		return num{d: d, ok: true}, ""
	}
	if d.Sign() < 0 {
		return num{}, "negative"
	}
	exp := d.Exponent()
	if exp > 13 { // At least 10^14, more than any limit.
		return num{}, tooLarge(limit)
	}
	if exp < -MaxPlaces && (exp < -MaxPlaces-30 || !d.Truncate(MaxPlaces).Equal(d)) {
		return num{}, fmt.Sprintf("more than %d decimal places", MaxPlaces)
	}
	n := newNum(d)
	if !n.ok {
		// A coefficient of more than 18 digits: large, or with many
		// decimal places, all zeros (checked above).
		if d.NumDigits()+int(exp) > 13 || d.Truncate(0).GreaterThan(decimal.New(limit, 0)) {
			return num{}, tooLarge(limit)
		}
		return n, ""
	}
	if x := n.f; x.e >= 0 {
		if hi, lo := bits.Mul64(uint64(x.c), pow10[x.e]); hi != 0 || lo > uint64(limit) {
			return num{}, tooLarge(limit)
		}
	} else if e := int(-x.e); e < len(pow10) {
		// x.c × 10^-e > limit ⇔ x.c > limit × 10^e.
		if hi, lo := bits.Mul64(uint64(limit), pow10[e]); hi == 0 && uint64(x.c) > lo {
			return num{}, tooLarge(limit)
		}
	}
	return n, ""
}

func tooLarge(limit int64) string { return "too large: at most " + strconv.FormatInt(limit, 10) }

// round rounds an exact amount to 0.01 CNY by r.
func round(d decimal.Decimal, r Rounding) decimal.Decimal {
	switch r {
	case HalfEven:
		return d.RoundBank(2)
	case Up:
		return d.RoundCeil(2)
	case Down:
		return d.RoundFloor(2)
	}
	return d.Round(2)
}

// roundingWords describes r for explanations.
func roundingWords(r Rounding) string {
	switch r {
	case HalfEven:
		return "rounded half-even to 0.01"
	case Up:
		return "rounded up to 0.01"
	case Down:
		return "rounded down to 0.01"
	}
	return "rounded half-up to 0.01"
}

// fmtNumber writes a rate with two decimal places, or more if it has
// more.
func fmtNumber(d decimal.Decimal) string {
	if d.Exponent() >= -2 || d.Equal(d.Truncate(2)) {
		return d.StringFixed(2)
	}
	return d.String()
}

// fmtQty writes a quantity as given, without padding.
func fmtQty(d decimal.Decimal) string { return d.String() }
