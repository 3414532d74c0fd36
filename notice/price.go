package notice

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// priceVsFen compares q × r × days, the exact price of a by-rate line
// (Line.Method), with fen/100 CNY: cmp is the sign of q·r·days − fen/100,
// and near reports whether the two differ by less than 0.01 CNY, as an
// amount rounded to fen by any of storagecost's rules (half-up,
// half-even, up or down) differs from the exact amount it rounds
// (R-FEE-8).
//
// q and r are numbers numberProblem accepts, days is from 1 to
// storagecost.MaxStayDays and fen from 0 to 10^15. Where q's and r's
// coefficients have at most 18 digits, as every tariff's numbers do, it
// works in 128-bit integers and allocates nothing; otherwise it falls
// back to priceVsFenDecimal, whose results it equals (a property test
// checks it).
func priceVsFen(q, r decimal.Decimal, days, fen int64) (cmp int, near bool) {
	if q.Sign() == 0 || r.Sign() == 0 {
		if fen == 0 {
			return 0, true
		}
		return -1, false
	}
	if q.Sign() < 0 || r.Sign() < 0 || q.NumDigits() > 18 || r.NumDigits() > 18 {
		return priceVsFenDecimal(q, r, days, fen)
	}
	// 100·q·r·days = p × 10^s, p = cq·cr·days in 128 bits.
	p, ok := u128{}.set(uint64(q.CoefficientInt64())).mul(uint64(r.CoefficientInt64()))
	if ok {
		p, ok = p.mul(uint64(days))
	}
	if !ok {
		return priceVsFenDecimal(q, r, days, fen)
	}
	want := uint64(fen)
	switch s := int(q.Exponent()) + int(r.Exponent()) + 2; {
	case s >= 0:
		// p × 10^s is a whole number of fen, at least 1 (p > 0): any
		// number of 2^64 or more is more than fen.
		if p.hi != 0 || s >= len(tenPow) {
			return 1, false
		}
		hi, v := bits.Mul64(p.lo, tenPow[s])
		switch {
		case hi != 0 || v > want:
			return 1, false
		case v < want:
			return -1, false
		}
		return 0, true
	case -s < len(tenPow):
		// Compare p with fen × 10^k, and their difference with 10^k, one
		// fen in units of 10^-k fen.
		unit := tenPow[-s]
		var t u128
		t.hi, t.lo = bits.Mul64(want, unit)
		switch {
		case t.less(p):
			d := p.sub(t)
			return 1, d.hi == 0 && d.lo < unit
		case p.less(t):
			d := t.sub(p)
			return -1, d.hi == 0 && d.lo < unit
		}
		return 0, true
	}
	return priceVsFenDecimal(q, r, days, fen)
}

// priceVsFenDecimal is priceVsFen in decimal arithmetic: exact for any
// numbers, and allocating.
func priceVsFenDecimal(q, r decimal.Decimal, days, fen int64) (cmp int, near bool) {
	d := q.Mul(r).Mul(decimal.New(days, 0)).Shift(2).Sub(decimal.New(fen, 0))
	return d.Sign(), d.Abs().LessThan(decimal.New(1, 0))
}

// u128 is an unsigned 128-bit integer, hi × 2^64 + lo.
type u128 struct{ hi, lo uint64 }

func (u u128) set(v uint64) u128 { return u128{lo: v} }

// mul returns u × v, and false if it overflows 128 bits.
func (u u128) mul(v uint64) (u128, bool) {
	hh, hl := bits.Mul64(u.hi, v)
	lh, ll := bits.Mul64(u.lo, v)
	hi, carry := bits.Add64(hl, lh, 0)
	return u128{hi, ll}, hh == 0 && carry == 0
}

func (u u128) less(v u128) bool { return u.hi < v.hi || u.hi == v.hi && u.lo < v.lo }

// sub returns u − v, for v ≤ u.
func (u u128) sub(v u128) u128 {
	lo, borrow := bits.Sub64(u.lo, v.lo, 0)
	hi, _ := bits.Sub64(u.hi, v.hi, borrow)
	return u128{hi, lo}
}
