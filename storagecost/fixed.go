package storagecost

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// The arithmetic of a bill line, quantity × rate × days rounded to 0.01,
// is done on int64 coefficients when they fit, which they do for any real
// tariff and seizure: shopspring/decimal allocates for every operation, and
// a bill is computed often (a service, a batch run over a case system). The
// decimal path below is the reference and takes over whenever a number does
// not fit; a property test checks that both give the same amounts.

// fixed is the number c × 10^e.
type fixed struct {
	c int64
	e int32
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// toFixed returns d as a fixed, and false if its coefficient does not fit
// in an int64 or d is negative.
func toFixed(d decimal.Decimal) (fixed, bool) {
	if d.IsZero() {
		return fixed{}, true
	}
	if d.Sign() < 0 || d.NumDigits() > 18 {
		return fixed{}, false
	}
	return fixed{d.CoefficientInt64(), d.Exponent()}, true
}

// mul returns x × y, and false on overflow.
func mul(x, y fixed) (fixed, bool) {
	hi, lo := bits.Mul64(uint64(x.c), uint64(y.c))
	if hi != 0 || lo > 1<<63-1 {
		return fixed{}, false
	}
	return fixed{int64(lo), x.e + y.e}, true
}

// fen returns x in fen (hundredths) rounded by r, and false on overflow.
func (x fixed) fen(r Rounding) (int64, bool) {
	shift := int(x.e) + 2 // The power of ten that takes x to fen.
	switch {
	case x.c == 0:
		return 0, true
	case shift >= 0:
		if shift >= len(pow10) {
			return 0, false
		}
		hi, lo := bits.Mul64(uint64(x.c), pow10[shift])
		if hi != 0 || lo > 1<<63-1 {
			return 0, false
		}
		return int64(lo), true
	case -shift >= len(pow10):
		return 0, false
	}
	div := pow10[-shift]
	q, rem := uint64(x.c)/div, uint64(x.c)%div
	switch r {
	case HalfUp:
		if rem >= div-rem { // rem ≥ div/2, without rounding div/2.
			q++
		}
	case HalfEven:
		if rem > div-rem || (rem == div-rem && q%2 == 1) {
			q++
		}
	case Up:
		if rem > 0 {
			q++
		}
	}
	return int64(q), true
}

// num is a decimal with its fixed form, computed once.
type num struct {
	d  decimal.Decimal
	f  fixed
	ok bool // f is d.
}

func newNum(d decimal.Decimal) num {
	f, ok := toFixed(d)
	return num{d, f, ok}
}

// amount returns the exact product quantity × rate × days and its amount
// rounded to 0.01 by r. The amount shares the exact value when rounding
// changes nothing.
func amount(qty, rate num, days int64, r Rounding) (exact, rounded decimal.Decimal) {
	if x, ok := product(qty, rate, days); ok {
		if f, ok := x.fen(r); ok {
			for x.e < -2 && x.c%10 == 0 {
				x.c, x.e = x.c/10, x.e+1 // 1406.250 is 1406.25, and needs no rounding.
			}
			exact = decimal.New(x.c, x.e)
			if x.e >= -2 {
				return exact, exact
			}
			return exact, decimal.New(f, -2)
		}
	}
	exact = qty.d.Mul(rate.d)
	if days != 1 {
		exact = exact.Mul(decimal.New(days, 0))
	}
	return exact, round(exact, r)
}

// memo remembers the last few amounts computed, which later lines often
// repeat (handling out costs what handling in did), so that they are
// shared rather than allocated again.
type memo struct {
	entries [4]memoEntry
	next    int
}

type memoEntry struct {
	x              fixed
	r              Rounding
	exact, rounded decimal.Decimal
	ok             bool
}

// amount is [amount], reusing an earlier result for the same product.
func (m *memo) amount(qty, rate num, days int64, r Rounding) (exact, rounded decimal.Decimal) {
	x, ok := product(qty, rate, days)
	if ok {
		for i := range m.entries {
			if e := &m.entries[i]; e.ok && e.x == x && e.r == r {
				return e.exact, e.rounded
			}
		}
	}
	exact, rounded = amount(qty, rate, days, r)
	if ok {
		m.entries[m.next] = memoEntry{x, r, exact, rounded, true}
		m.next = (m.next + 1) % len(m.entries)
	}
	return exact, rounded
}

// product returns qty × rate × days as a fixed, and false if it does not
// fit.
func product(qty, rate num, days int64) (fixed, bool) {
	if !qty.ok || !rate.ok {
		return fixed{}, false
	}
	x, ok := mul(qty.f, rate.f)
	if !ok {
		return fixed{}, false
	}
	if x.c == 0 {
		return fixed{}, true
	}
	return mul(x, fixed{days, 0})
}

// roundAmount rounds a stated amount (a flat price, a pass-through cost)
// to 0.01 by r, sharing it when it has no more than two decimal places.
func roundAmount(d decimal.Decimal, r Rounding) decimal.Decimal {
	if d.Exponent() >= -2 {
		return d
	}
	return round(d, r)
}
