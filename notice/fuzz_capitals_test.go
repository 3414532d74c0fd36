package notice

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

// The fuzz targets check that capitals never panic, that what ParseCapitals
// accepts is exactly what PBoC Annex 1 allows (checkAcceptance), that every
// error matches ErrInvalidAmount with its facts, and that amounts survive
// Capitals and ParseCapitals.

func FuzzParseCapitals(f *testing.F) {
	for _, tt := range capitalsGolden {
		f.Add(tt.want)
	}
	for _, s := range []string{
		"人民币壹拾万零柒仟元伍角叁分", // Rule 3's second form.
		"人民币壹亿柒仟元整",      // Rule 3 with the whole 万 group 0.
		"人民币貳萬陸仟圓正",      // Traditional forms.
		"伍角整",            // No 人民币, 整 after 角.
		"人民币拾元整",         // A bare 拾.
		"人民币壹拾亿壹仟万元整",    // The 零 of the 亿 digit left out.
		"人民币壹佰零零壹元整",     // Two 零.
		"人民币壹元伍角叁分整",     // 整 after 分.
		"人民币壹万壹亿元整",      // Units out of order.
		"人民币玖仟万亿元整",      // Too large.
		"人民币 壹元整",        // A blank.
		"人民币一元整",         // Lower case.
		"\xff\xfe",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseCapitals(s)
		if err != nil {
			var ae *AmountError
			if !errors.Is(err, ErrInvalidAmount) || !errors.As(err, &ae) {
				t.Fatalf("ParseCapitals(%q): error %v is not an *AmountError matching ErrInvalidAmount", s, err)
			}
			if ae.Offset < 0 || ae.Offset > len(s) {
				t.Fatalf("ParseCapitals(%q): offset %d outside the text", s, ae.Offset)
			}
		} else {
			if got.Exponent() != -2 || got.Sign() < 0 || got.GreaterThan(decimal.New(MaxAmount, 0)) {
				t.Fatalf("ParseCapitals(%q) = %s, not an amount in whole fen up to MaxAmount", s, got)
			}
			c, err := Capitals(got)
			if err != nil {
				t.Fatalf("Capitals(%s) from %q: %v", got, s, err)
			}
			back, err := ParseCapitals(c)
			if err != nil || !back.Equal(got) {
				t.Fatalf("%q reads %s, written %s, which reads %s, %v", s, got, c, back, err)
			}
		}
		if why := checkAcceptance(s); why != "" {
			t.Fatal(why)
		}
	})
}

// FuzzCapitals writes a decimal given as a coefficient and a shift of its
// exponent, so that exponent bombs (1e-100000000) are in reach.
func FuzzCapitals(f *testing.F) {
	for _, tt := range capitalsGolden {
		f.Add(tt.amount, int32(0))
	}
	f.Add("1", int32(-100_000_000)) // An exponent bomb, small.
	f.Add("1", int32(100_000_000))  // An exponent bomb, large.
	f.Add("0", int32(-100_000_000)) // 0, however written.
	f.Add("-0.01", int32(0))
	f.Add("1.505", int32(0))
	f.Add("100000000000000000000000000000001", int32(-31)) // 1.00...01 with a long coefficient.
	f.Fuzz(func(t *testing.T, coefficient string, shift int32) {
		d, err := decimal.NewFromString(coefficient)
		if err != nil {
			return
		}
		d = d.Shift(shift)
		got, err := Capitals(d)
		e := d.Exponent()
		small := e >= -40 && e <= 40 && d.NumDigits() <= 40 // Cheap to check independently.
		if err != nil {
			var ae *AmountError
			if !errors.Is(err, ErrInvalidAmount) || !errors.As(err, &ae) || ae.Offset != -1 {
				t.Fatalf("Capitals(%s): error %v is not an *AmountError matching ErrInvalidAmount", showDecimal(d), err)
			}
			if small && d.Sign() >= 0 && d.LessThanOrEqual(decimal.New(MaxAmount, 0)) && d.Equal(d.Truncate(2)) {
				t.Fatalf("Capitals(%s) refused an amount in whole fen up to MaxAmount: %v", d, err)
			}
			return
		}
		if small && (d.Sign() < 0 || d.GreaterThan(decimal.New(MaxAmount, 0)) || !d.Equal(d.Truncate(2))) {
			t.Fatalf("Capitals(%s) = %s; want an error", d, got)
		}
		back, err := ParseCapitals(got)
		if err != nil || !back.Equal(d) {
			t.Fatalf("Capitals(%s) = %s, which reads %s, %v", showDecimal(d), got, back, err)
		}
		if fen, ok := readCapitals(got); !ok || !decimal.New(fen, -2).Equal(d) {
			t.Fatalf("Capitals(%s) = %s, which the reference reads as %d fen", showDecimal(d), got, fen)
		}
	})
}
