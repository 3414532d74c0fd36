package notice

import (
	"testing"

	"github.com/shopspring/decimal"
)

// BenchmarkCapitals compares AppendCapitals into a reused buffer
// (impl=ours) with a baseline that follows the same rules the way a
// spreadsheet macro does (impl=naive): each digit taken out of the decimal
// by decimal arithmetic, the text built by string concatenation. Compare
// them with benchstat -col /impl. The target is well under 1 µs and no
// allocation for impl=ours.

// naiveCapitals is the baseline: Capitals's rules, with decimal arithmetic
// per digit and string concatenation. Amounts are valid (the benchmark
// checks them first).
func naiveCapitals(amount decimal.Decimal) string {
	ten, tenThousand := decimal.NewFromInt(10), decimal.NewFromInt(10000)
	digitAt := func(p int32) int64 { return amount.Shift(-p).Floor().Mod(ten).IntPart() }
	digits := []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	units := []string{"", "拾", "佰", "仟"}
	groups := map[int32]string{4: "万", 8: "亿", 12: "万亿"}
	s := "人民币"
	if amount.IsZero() {
		return s + "零元整"
	}
	yuan := amount.Floor()
	if yuan.IsPositive() {
		top := int32(len(yuan.String()) - 1)
		prev := top + 1
		for p := top; p >= 0; p-- {
			if d := digitAt(p); d != 0 {
				if prev > p+1 && !(p == 3 && prev <= 7) {
					s += "零"
				}
				s += digits[d] + units[p%4]
				prev = p
			}
			if p%4 == 0 && p > 0 && !amount.Shift(-p).Floor().Mod(tenThousand).IsZero() {
				s += groups[p]
			}
		}
		s += "元"
	}
	jiao, fen := digitAt(-1), digitAt(-2)
	switch {
	case jiao != 0:
		if yuan.IsPositive() && digitAt(0) == 0 {
			s += "零"
		}
		s += digits[jiao] + "角"
		if fen != 0 {
			s += digits[fen] + "分"
		}
	case fen != 0:
		if yuan.IsPositive() {
			s += "零"
		}
		s += digits[fen] + "分"
	default:
		s += "整"
	}
	return s
}

var (
	sinkBytes  []byte
	sinkString string
)

func BenchmarkCapitals(b *testing.B) {
	for _, tt := range []struct{ name, amount string }{
		{"typical", "399.98"},
		{"zeros", "100007000.05"},
		{"longest", "999999999999.99"},
	} {
		amount := decimal.RequireFromString(tt.amount)
		want, err := Capitals(amount)
		if err != nil {
			b.Fatal(err)
		}
		if got := naiveCapitals(amount); got != want {
			b.Fatalf("naiveCapitals(%s) = %s; Capitals = %s", tt.amount, got, want)
		}
		b.Run("amount="+tt.name+"/impl=ours", func(b *testing.B) {
			b.ReportAllocs()
			buf := make([]byte, 0, maxCapitalsLen)
			for i := 0; i < b.N; i++ {
				buf, _ = AppendCapitals(buf[:0], amount)
			}
			sinkBytes = buf
		})
		b.Run("amount="+tt.name+"/impl=naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkString = naiveCapitals(amount)
			}
		})
	}
}

// TestNaiveCapitals keeps the baseline honest: it writes what Capitals
// writes for the golden amounts.
func TestNaiveCapitals(t *testing.T) {
	for _, tt := range capitalsGolden {
		if got := naiveCapitals(decimal.RequireFromString(tt.amount)); got != tt.want {
			t.Errorf("naiveCapitals(%s) = %s; want %s", tt.amount, got, tt.want)
		}
	}
}
