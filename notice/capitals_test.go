package notice

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// capitalsGolden is the canonical capitals of amounts: the worked examples
// of PBoC Annex 1 (first form where it gives two), then the shapes of 0s
// that the rules treat differently.
var capitalsGolden = []struct {
	name, amount, want string
}{
	// PBoC Annex 1's examples.
	{"rule 1: a 0 between digits", "1409.50", "人民币壹仟肆佰零玖元伍角"},
	{"rule 2: a run of 0s", "6007.14", "人民币陆仟零柒元壹角肆分"},
	{"rule 3: the 元 digit 0, first form", "1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"},
	{"rule 3: the 万 and 元 digits 0, first form", "107000.53", "人民币壹拾万柒仟元零伍角叁分"},
	{"rule 4: the 角 digit 0", "16409.02", "人民币壹万陆仟肆佰零玖元零贰分"},
	{"rule 4: the 角 digit 0, again", "325.04", "人民币叁佰贰拾伍元零肆分"},
	{"the issue's payment notice", "399.98", "人民币叁佰玖拾玖元玖角捌分"},

	// Under 1 yuan, and 0.
	{"0", "0", "人民币零元整"},
	{"0.00", "0.00", "人民币零元整"},
	{"1 fen", "0.01", "人民币壹分"},
	{"1 jiao", "0.10", "人民币壹角"},
	{"5 fen", "0.05", "人民币伍分"},
	{"5 jiao", "0.50", "人民币伍角"},
	{"jiao and fen", "0.56", "人民币伍角陆分"},

	// The integer part.
	{"1", "1", "人民币壹元整"},
	{"10 is 壹拾", "10", "人民币壹拾元整"},
	{"11", "11", "人民币壹拾壹元整"},
	{"19", "19", "人民币壹拾玖元整"},
	{"20", "20", "人民币贰拾元整"},
	{"100", "100", "人民币壹佰元整"},
	{"101", "101", "人民币壹佰零壹元整"},
	{"110: 壹拾 inside a group", "110", "人民币壹佰壹拾元整"},
	{"1000.00", "1000.00", "人民币壹仟元整"},
	{"1001", "1001", "人民币壹仟零壹元整"},
	{"1010: 壹拾 after 零", "1010", "人民币壹仟零壹拾元整"},
	{"10000", "10000", "人民币壹万元整"},
	{"10001", "10001", "人民币壹万零壹元整"},
	{"10010", "10010", "人民币壹万零壹拾元整"},
	{"100000: 壹拾 at a group's head", "100000", "人民币壹拾万元整"},
	{"100100", "100100", "人民币壹拾万零壹佰元整"},
	{"107000: run ending at the 万 digit, inside the 万 group", "107000", "人民币壹拾万柒仟元整"},
	{"100700: run through the 万 digit and the 仟 digit", "100700", "人民币壹拾万零柒佰元整"},
	{"110000", "110000", "人民币壹拾壹万元整"},
	{"1000000", "1000000", "人民币壹佰万元整"},
	{"1050000: a 0 inside the 万 group", "1050000", "人民币壹佰零伍万元整"},
	{"1007000: two 0s ending at the 万 digit", "1007000", "人民币壹佰万柒仟元整"},
	{"10000000", "10000000", "人民币壹仟万元整"},
	{"10000001", "10000001", "人民币壹仟万零壹元整"},
	{"100000000", "100000000", "人民币壹亿元整"},
	{"100000001", "100000001", "人民币壹亿零壹元整"},
	{"100000500: no 万 for a 0 万 group", "100000500", "人民币壹亿零伍佰元整"},
	{"100007000: the whole 万 group 0, before a 仟 digit", "100007000", "人民币壹亿零柒仟元整"},
	{"100010000", "100010000", "人民币壹亿零壹万元整"},
	{"1000000000", "1000000000", "人民币壹拾亿元整"},
	{"1000010000", "1000010000", "人民币壹拾亿零壹万元整"},
	{"1010000000: the 亿 digit 0 is written", "1010000000", "人民币壹拾亿零壹仟万元整"},
	{"1100000000", "1100000000", "人民币壹拾壹亿元整"},
	{"100000000000", "100000000000", "人民币壹仟亿元整"},
	{"every digit", "1234567890.12", "人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分"},
	{"the largest below MaxAmount", "999999999999.99", "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
	{"MaxAmount", "1000000000000", "人民币壹万亿元整"},

	// The fraction after 元.
	{"10.50: the 元 digit 0", "10.50", "人民币壹拾元零伍角"},
	{"10.05: the 元 and 角 digits 0", "10.05", "人民币壹拾元零伍分"},
	{"11.50", "11.50", "人民币壹拾壹元伍角"},
	{"1.05", "1.05", "人民币壹元零伍分"},
	{"100000.10", "100000.10", "人民币壹拾万元零壹角"},

	// How the decimal is written does not matter.
	{"trailing zeros", "1.500", "人民币壹元伍角"},
	{"many trailing zeros", "1.500000000000000000000000", "人民币壹元伍角"},
	{"an exponent", "12e3", "人民币壹万贰仟元整"},
	{"MaxAmount with places", "1000000000000.00", "人民币壹万亿元整"},
}

func TestCapitals(t *testing.T) {
	for _, tt := range capitalsGolden {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Capitals(decimal.RequireFromString(tt.amount))
			require.NoError(t, err)
			if got != tt.want {
				t.Errorf("Capitals(%s) = %s; want %s", tt.amount, got, tt.want)
			}
		})
	}
}

// TestParseCapitals_golden reads every canonical form back.
func TestParseCapitals_golden(t *testing.T) {
	for _, tt := range capitalsGolden {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCapitals(tt.want)
			require.NoError(t, err)
			want := decimal.RequireFromString(tt.amount)
			assert.Truef(t, got.Equal(want), "ParseCapitals(%s) = %s; want %s", tt.want, got, want)
			assert.Equal(t, int32(-2), got.Exponent(), "an amount in whole fen")
		})
	}
}

func TestParseCapitals_otherForms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// The second forms of PBoC Annex 1's examples.
		{"rule 3 example 1, no 零 after 元", "人民币壹仟陆佰捌拾元叁角贰分", "1680.32"},
		{"rule 3 example 2, 零 after 万, none after 元", "人民币壹拾万零柒仟元伍角叁分", "107000.53"},
		{"rule 3 example 2, both 零", "人民币壹拾万零柒仟元零伍角叁分", "107000.53"},
		{"rule 3 example 2, neither 零", "人民币壹拾万柒仟元伍角叁分", "107000.53"},
		{"rule 3: the whole 万 group 0, no 零", "人民币壹亿柒仟元整", "100007000"},
		{"rule 3: 10.50 without 零", "人民币壹拾元伍角", "10.50"},
		{"rule 3: 零 after 万, two 0s", "人民币壹佰万零柒仟元整", "1007000"},

		// 整 and 正.
		{"正 for 整", "人民币壹元正", "1"},
		{"整 after 角", "人民币伍角整", "0.50"},
		{"正 after 角", "人民币壹元伍角正", "1.50"},
		{"0 with 正", "人民币零元正", "0"},

		// 人民币 printed on the form.
		{"without 人民币", "壹元整", "1"},
		{"0 without 人民币", "零元整", "0"},
		{"fen only, without 人民币", "伍分", "0.05"},

		// The traditional forms Annex 1 accepts.
		{"貳 萬 陸 圓", "人民币貳萬陸仟圓整", "26000"},
		{"億", "人民币壹億元整", "100000000"},
		{"圆", "人民币壹圆整", "1"},
		{"萬億", "人民币壹萬億圓正", "1000000000000"},
		{"陸 in the fraction", "人民币陸角陸分", "0.66"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCapitals(tt.text)
			require.NoError(t, err)
			want := decimal.RequireFromString(tt.want)
			assert.Truef(t, got.Equal(want), "ParseCapitals(%s) = %s; want %s", tt.text, got, want)
			if ref, ok := readCapitals(tt.text); !ok || ref != decimal.RequireFromString(tt.want).Shift(2).IntPart() {
				t.Errorf("the reference reading of %s = %d, %v; want %s", tt.text, ref, ok, tt.want)
			}
		})
	}
}

func TestParseCapitals_rejects(t *testing.T) {
	long := "人民币" + strings.Repeat("壹", 30)
	tests := []struct {
		name, text string
		offset     int
		reason     string // A part of the reason.
	}{
		{"empty", "", 0, "no amount"},
		{"only 人民币", "人民币", 9, "no amount"},
		{"blank after 人民币", "人民币 壹元整", 9, "blank"},
		{"full-width blank", "人民币壹元\u3000整", 15, "blank"},
		{"blank at the end", "人民币壹元整 ", 18, "blank"},
		{"bare 拾 at the head", "人民币拾元整", 9, "拾 without a digit"},
		{"bare 拾 in a group", "人民币壹佰零拾元整", 18, "拾 without a digit"},
		{"bare 拾 at a group's head", "人民币拾万元整", 9, "拾 without a digit"},
		{"no 整 after 元", "人民币壹拾元", 18, "missing 整"},
		{"no 整 after 零元", "人民币零元", 15, "missing 整"},
		{"no 元", "人民币壹拾", 15, "missing 元"},
		{"two 零", "人民币壹佰零零壹元整", 18, "two 零"},
		{"two 零 after 元", "人民币壹拾元零零伍角", 21, "two 零"},
		{"trailing 零 before 元", "人民币壹拾零元整", 15, "零 not followed by a digit"},
		{"trailing 零 at the end", "人民币壹拾元零", 18, "零 not followed by a digit"},
		{"零 after 角", "人民币伍角零", 15, "零 after 角"},
		{"零 before 万", "人民币壹拾零万元整", 15, "零 not followed by a digit"},
		{"整 after 分", "人民币壹元伍角叁分整", 27, "after 分"},
		{"正 after 分", "人民币伍分正", 15, "after 分"},
		{"整 twice", "人民币壹元整整", 18, "cannot follow 整"},
		{"units out of order in a group", "人民币壹佰壹仟元整", 18, "仟 out of order"},
		{"a unit twice", "人民币壹拾壹拾元整", 18, "拾 out of order"},
		{"亿 after 万", "人民币壹万壹亿元整", 18, "亿 out of order"},
		{"万 twice", "人民币壹万壹万元整", 18, "万 out of order"},
		{"万 without a digit", "人民币壹亿万元整", 15, "万 without a digit"},
		{"元 without an amount", "人民币元整", 9, "元 without an amount"},
		{"整 alone", "人民币整", 9, "整 without"},
		{"零 where no digit is 0", "人民币壹仟零陆佰元整", 15, "零 where no digit is 0"},
		{"零 between 元 and 角 with a non-zero 元 digit", "人民币壹元零伍角", 15, "零 where no digit is 0"},
		{"missing 零 (rule 1)", "人民币壹仟陆元整", 15, "missing 零 before the 元 digit"},
		{"missing 零 (rule 2)", "人民币陆仟柒元壹角肆分", 15, "missing 零"},
		{"missing 零 through the 万 and 仟 digits", "人民币壹拾万柒佰元整", 18, "missing 零 before the 佰 digit"},
		{"missing 零 in the 万 group", "人民币壹佰伍万元整", 15, "missing 零 before the 万 digit"},
		{"missing 零 at the 亿 digit", "人民币壹拾亿壹仟万元整", 18, "missing 零 before the 仟万 digit"},
		{"missing 零 after 元 (rule 4)", "人民币壹万陆仟肆佰零玖元贰分", 36, "missing 零 after 元"},
		{"零 at the head", "人民币零壹元整", 9, "零 at the head"},
		{"零元 before 角", "人民币零元伍角", 9, "零 at the head"},
		{"零 alone", "人民币零", 9, "零 at the head"},
		{"角 without 元", "人民币壹拾伍角", 18, "角 without 元"},
		{"分 without a digit", "人民币壹元零分", 15, "零 not followed by a digit"},
		{"a digit without a unit", "人民币壹零壹元整", 12, "cannot follow the digit 壹"},
		{"two digits", "人民币壹壹元整", 12, "cannot follow the digit 壹"},
		{"a fraction digit without its unit", "人民币壹角伍", 18, "ends after the 分 digit 伍"},
		{"lower-case numeral", "人民币一元整", 9, "write 壹"},
		{"Arabic digit", "人民币1元整", 9, "write 壹"},
		{"两", "人民币两元整", 9, "write 贰"},
		{"毛", "人民币伍毛", 12, "write 角"},
		{"念", "人民币念元整", 9, "write 贰拾"},
		{"invalid UTF-8", "人民币\xff", 9, "not valid UTF-8"},
		{"人民币 twice", "人民币人民币壹元整", 9, "not a character of capitals"},
		{"too large", "人民币壹拾万亿元整", 9, "too large"},
		{"too large by a fen", "人民币壹万亿元零壹分", 9, "too large"},
		{"too large, digits above 万亿", "人民币玖仟万亿元整", 9, "too large"},
		{"too long", long, maxCapitalsLen, "longer than 93 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCapitals(tt.text)
			require.Errorf(t, err, "ParseCapitals(%q) = %s; want an error", tt.text, got)
			assert.ErrorIs(t, err, ErrInvalidAmount)
			var ae *AmountError
			require.ErrorAs(t, err, &ae)
			if ae.Offset != tt.offset {
				t.Errorf("ParseCapitals(%q): offset %d; want %d (%v)", tt.text, ae.Offset, tt.offset, err)
			}
			assert.Contains(t, ae.Reason, tt.reason)
			assert.True(t, strings.HasPrefix(err.Error(), "notice: amount "), err.Error())
			assert.True(t, decimal.Zero.Equal(got), "the zero Decimal on error")
		})
	}
}

func TestCapitals_rejects(t *testing.T) {
	tests := []struct {
		name   string
		amount decimal.Decimal
		show   string // AmountError.Amount
		reason string
	}{
		{"negative", decimal.RequireFromString("-1"), "-1", "negative"},
		{"negative fen", decimal.RequireFromString("-0.01"), "-0.01", "negative"},
		{"a fen above MaxAmount", decimal.RequireFromString("1000000000000.01"), "1000000000000.01", "too large"},
		{"10^13", decimal.New(1, 13), "10000000000000", "too large"},
		{"a third decimal place", decimal.RequireFromString("1.505"), "1.505", "more than 2 decimal places"},
		{"a fen and a bit", decimal.RequireFromString("0.011"), "0.011", "more than 2 decimal places"},
		{"a long fraction", decimal.RequireFromString("1.0000000000000000000001"), "1.0000000000000000000001", "more than 2 decimal places"},
		{"an exponent bomb, small", decimal.New(1, -100_000_000), "1e-100000000", "more than 2 decimal places"},
		{"an exponent bomb, large", decimal.New(1, 100_000_000), "1e100000000", "too large"},
		{"a negative bomb", decimal.New(-7, 100_000_000), "-7e100000000", "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			got, err := Capitals(tt.amount)
			if elapsed := time.Since(start); elapsed > time.Second {
				t.Errorf("Capitals took %v", elapsed)
			}
			require.Errorf(t, err, "Capitals(%s) = %s; want an error", tt.show, got)
			assert.ErrorIs(t, err, ErrInvalidAmount)
			var ae *AmountError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.show, ae.Amount)
			assert.Equal(t, -1, ae.Offset)
			assert.Contains(t, ae.Reason, tt.reason)
			assert.Equal(t, "", got)

			dst := []byte("金额：")
			out, err := AppendCapitals(dst, tt.amount)
			assert.ErrorIs(t, err, ErrInvalidAmount)
			assert.Equal(t, "金额：", string(out), "AppendCapitals changed dst on error")
		})
	}
}

// TestCapitals_zeroExponents: 0 is 0 however it is written, even with an
// absurd exponent, and costs nothing.
func TestCapitals_zeroExponents(t *testing.T) {
	for _, d := range []decimal.Decimal{{}, decimal.New(0, -100_000_000), decimal.New(0, 100_000_000)} {
		got, err := Capitals(d)
		require.NoError(t, err)
		assert.Equal(t, "人民币零元整", got)
	}
}

func TestAmountError_Error(t *testing.T) {
	_, err := ParseCapitals("人民币拾元整")
	assert.EqualError(t, err, `notice: amount "人民币拾元整": at byte 9: 拾 without a digit before it (10 is 壹拾)`)
	_, err = Capitals(decimal.RequireFromString("-5"))
	assert.EqualError(t, err, `notice: amount "-5": negative: an amount of money is at least 0`)
	_, err = ParseCapitals(strings.Repeat("壹", 40))
	var ae *AmountError
	require.ErrorAs(t, err, &ae)
	assert.LessOrEqual(t, len(ae.Amount), 64+len("..."), "the echoed input is clipped")
	assert.True(t, utf8.ValidString(ae.Amount), "clipped at a rune boundary")
}

func TestAppendCapitals_allocs(t *testing.T) {
	buf := make([]byte, 0, maxCapitalsLen)
	for _, s := range []string{"0", "399.98", "999999999999.99", "100007000.05", "1000000000000"} {
		d := decimal.RequireFromString(s)
		allocs := testing.AllocsPerRun(100, func() {
			buf, _ = AppendCapitals(buf[:0], d)
		})
		assert.Zerof(t, allocs, "AppendCapitals(%s) allocates", s)
	}
}

// TestCapitals_longest checks maxCapitalsLen: it is the length of the
// longest capitals, and every other form (a 零 left out, a 零 written) is
// no longer.
func TestCapitals_longest(t *testing.T) {
	got, err := Capitals(decimal.RequireFromString("999999999999.99"))
	require.NoError(t, err)
	assert.Equal(t, maxCapitalsLen, len(got))
	got, err = Capitals(decimal.RequireFromString("999999999990.99"))
	require.NoError(t, err)
	assert.Equal(t, maxCapitalsLen, len(got))
	_, err = ParseCapitals(got)
	require.NoError(t, err)
}

// readCapitals is the tests' own reading of capitals, independent of
// ParseCapitals: the classic accumulator for Chinese numerals (a digit
// waits for its unit, 万 closes a section, 亿 multiplies everything so
// far), which knows nothing of positions or of the rules for 零. It checks
// no form, only which digits and units the text holds.
func readCapitals(s string) (fen int64, ok bool) {
	digits := map[rune]int64{'零': 0, '壹': 1, '贰': 2, '貳': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9}
	s = strings.TrimPrefix(s, "人民币")
	var total, section, num, yuan, jiao int64
	for _, r := range s {
		if d, isDigit := digits[r]; isDigit {
			num = d
			continue
		}
		switch r {
		case '拾':
			section, num = section+num*10, 0
		case '佰':
			section, num = section+num*100, 0
		case '仟':
			section, num = section+num*1000, 0
		case '万', '萬':
			total, section, num = total+(section+num)*10000, 0, 0
		case '亿', '億':
			total, section, num = (total+section+num)*100000000, 0, 0
		case '元', '圆', '圓':
			yuan, total, section, num = total+section+num, 0, 0, 0
		case '角':
			jiao, num = num, 0
		case '分':
			fen, num = num, 0
		case '整', '正':
		default:
			return 0, false
		}
	}
	return yuan*100 + jiao*10 + fen, true
}

// genFen generates amounts in fen from 0 to maxFen, most of them with
// many 0 digits (each digit is 0 two times in three, or more), where the
// rules for 零 are.
func genFen() gopter.Gen {
	zeros := gopter.CombineGens(
		gen.SliceOfN(14, gen.IntRange(1, 9)),
		gen.SliceOfN(14, gen.IntRange(0, 2)),
		gen.IntRange(1, 14),
	).Map(func(v []any) int64 {
		ds, keep, n := v[0].([]int), v[1].([]int), v[2].(int)
		var fen int64
		for k := 0; k < n; k++ {
			d := int64(0)
			if keep[k] == 0 {
				d = int64(ds[k])
			}
			fen = fen*10 + d
		}
		return fen
	})
	return gen.Weighted([]gen.WeightedGen{
		{Weight: 8, Gen: zeros},
		{Weight: 2, Gen: gen.Int64Range(0, maxFen)},
		{Weight: 1, Gen: gen.Const(int64(maxFen))},
	})
}

// fenDigit returns the digit of 10^k fen in fen: 0 is 分, 1 角, 2 元, 6 万.
func fenDigit(fen int64, k int) int64 { return fen / pow10[k] % 10 }

// wantZeros counts the 零 of the canonical capitals of fen from its digits:
// one for each run of 0 digits between two non-zero ones, read as one
// number from the highest digit down to 分, except a run that ends at the
// 万 digit before a non-zero 仟 digit and starts inside the 万 group (rule
// 3, first form). 0 is 零元整.
func wantZeros(fen int64) int {
	if fen == 0 {
		return 1
	}
	ds := fmt.Sprintf("%d", fen)
	n := 0
	for i := 0; i < len(ds); {
		if ds[i] != '0' {
			i++
			continue
		}
		j := i
		for j < len(ds) && ds[j] == '0' {
			j++
		}
		if j == len(ds) {
			break // Trailing 0s are not between two digits.
		}
		// The run is at the powers of ten (in fen) len(ds)-j to len(ds)-1-i.
		lowest, highest := len(ds)-j, len(ds)-1-i
		if !(lowest == 6 && highest <= 8) {
			n++
		}
		i = j
	}
	return n
}

func TestCapitals_properties(t *testing.T) {
	p := testgen.Properties(t, 2000)
	capitals := func(fen int64) string {
		s, err := Capitals(decimal.New(fen, -2))
		if err != nil {
			panic(err)
		}
		return s
	}
	p.Property("ParseCapitals(Capitals(x)) == x", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		got, err := ParseCapitals(s)
		if err != nil {
			return err.Error()
		}
		if !got.Equal(decimal.New(fen, -2)) {
			return fmt.Sprintf("ParseCapitals(%s) = %s", s, got)
		}
		return ""
	}, genFen()))
	p.Property("the reference reading of Capitals(x) is x", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		if got, ok := readCapitals(s); !ok || got != fen {
			return fmt.Sprintf("%s reads %d fen, %v", s, got, ok)
		}
		return ""
	}, genFen()))
	p.Property("only the characters of capitals, after 人民币", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		rest, ok := strings.CutPrefix(s, "人民币")
		if !ok {
			return s + " does not start with 人民币"
		}
		for _, r := range rest {
			if !strings.ContainsRune("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整", r) {
				return fmt.Sprintf("%s has %q", s, r)
			}
		}
		return ""
	}, genFen()))
	p.Property("零 only before a digit, never twice, never last", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		if fen == 0 {
			return ""
		}
		rs := []rune(s)
		for i, r := range rs {
			if r == '零' && (i+1 == len(rs) || !strings.ContainsRune("壹贰叁肆伍陆柒捌玖", rs[i+1])) {
				return fmt.Sprintf("%s: 零 before %q", s, string(rs[i+1:]))
			}
		}
		return ""
	}, genFen()))
	p.Property("the number of 零 follows from the digits", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		if got, want := strings.Count(s, "零"), wantZeros(fen); got != want {
			return fmt.Sprintf("%s has %d 零; want %d", s, got, want)
		}
		return ""
	}, genFen()))
	p.Property("元 角 分 整 appear as the digits say", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		checks := []struct {
			unit string
			want bool
		}{
			{"整", fen%100 == 0},
			{"分", fen%10 != 0},
			{"角", fen/10%10 != 0},
			{"元", fen >= 100 || fen == 0},
		}
		for _, c := range checks {
			if strings.Contains(s, c.unit) != c.want {
				return fmt.Sprintf("%s: %s present %v; want %v", s, c.unit, !c.want, c.want)
			}
		}
		return ""
	}, genFen()))
	p.Property("the forms PBoC Annex 1 allows all read x", prop.ForAll(func(fen int64, choice uint16) string {
		for _, s := range otherForms(fen, choice) {
			got, err := ParseCapitals(s)
			if err != nil {
				return err.Error()
			}
			if !got.Equal(decimal.New(fen, -2)) {
				return fmt.Sprintf("ParseCapitals(%s) = %s", s, got)
			}
		}
		return ""
	}, genFen(), gen.UInt16()))
	p.Property("a mandatory 零 left out, or any 零 doubled, is refused", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		for i := strings.Index(s, "零"); i >= 0; i = nextZero(s, i) {
			doubled := s[:i] + "零" + s[i:]
			if _, err := ParseCapitals(doubled); err == nil {
				return "accepted " + doubled
			}
			removed := s[:i] + s[i+len("零"):]
			_, err := ParseCapitals(removed)
			if optionalZero(fen, s, i) {
				if err != nil {
					return fmt.Sprintf("refused %s, an allowed form: %v", removed, err)
				}
			} else if err == nil {
				return "accepted " + removed
			}
		}
		return ""
	}, genFen()))
	p.Property("a 零 where no 0 digit is, or an optional one added, is refused or allowed as the rules say", prop.ForAll(func(fen int64) string {
		s := capitals(fen)
		rs := []rune(s)
		for i := len("人民币") / 3; i < len(rs); i++ {
			// Before each digit not already after 零, except the first.
			if !strings.ContainsRune("壹贰叁肆伍陆柒捌玖", rs[i]) || i == len("人民币")/3 || rs[i-1] == '零' {
				continue
			}
			at := len(string(rs[:i]))
			added := s[:at] + "零" + s[at:]
			_, err := ParseCapitals(added)
			if optionalZero(fen, added, at) {
				if err != nil {
					return fmt.Sprintf("refused %s, an allowed form: %v", added, err)
				}
			} else if err == nil {
				return "accepted " + added
			}
		}
		return ""
	}, genFen()))
	p.Property("ParseCapitals accepts a changed form exactly when it is an allowed form", prop.ForAll(func(fen int64, edits []int) string {
		s := capitals(fen)
		for k := 0; k+1 < len(edits); k += 2 {
			s = mutate(s, edits[k], edits[k+1])
			if why := checkAcceptance(s); why != "" {
				return why
			}
		}
		return ""
	}, genFen(), gen.SliceOfN(6, gen.IntRange(0, 3+len([]rune(capitalsAlphabet))-1))))
	p.TestingRun(t)
}

func nextZero(s string, i int) int {
	j := strings.Index(s[i+len("零"):], "零")
	if j < 0 {
		return -1
	}
	return i + len("零") + j
}

// optionalZero reports whether the 零 at s[i:] in a form of fen may be
// written or left out (rule 3): before the 仟 digit when the 万 digit is 0
// and the amount is at least 10^5 yuan, or after 元 before the 角 digit
// when the 元 digit is 0.
func optionalZero(fen int64, s string, i int) bool {
	after := []rune(s[i+len("零"):])
	if len(after) < 2 {
		return false
	}
	switch after[1] {
	case '仟':
		// The 仟 digit of the 个 group: no 仟 after it before 元.
		rest := string(after[2:])
		yuanAt := strings.Index(rest, "元")
		return yuanAt >= 0 && !strings.Contains(rest[:yuanAt], "仟") && !strings.ContainsAny(rest[:yuanAt], "万亿") &&
			fenDigit(fen, 6) == 0 && fen >= 100_000*100
	case '角':
		return strings.HasSuffix(s[:i], "元") && fenDigit(fen, 2) == 0
	}
	return false
}

// allowedForms returns every form of fen that PBoC Annex 1 allows, in
// the tests' normal form (see normalForm): the canonical capitals with the
// optional 零 of rule 3 toggled at the 万 digit and at the 元 digit, and
// with 整 after a final 角 or not. It works on the text of Capitals, not
// on the digits, and so checks ParseCapitals independently of its
// grammar.
func allowedForms(fen int64) []string {
	if fen < 0 || fen > maxFen {
		return nil
	}
	c, err := Capitals(decimal.New(fen, -2))
	if err != nil {
		panic(err)
	}
	forms := []string{strings.TrimPrefix(c, "人民币")}
	// Rule 3 at the 万 digit: the 0 万 digit before a non-zero 仟 digit.
	if fenDigit(fen, 6) == 0 && fenDigit(fen, 5) != 0 && fen >= 100_000*100 {
		for _, s := range forms {
			yuanAt := strings.Index(s, "元")
			at := strings.LastIndex(s[:yuanAt], "仟") - len("壹")
			if strings.HasSuffix(s[:at], "零") {
				forms = append(forms, s[:at-len("零")]+s[at:])
			} else {
				forms = append(forms, s[:at]+"零"+s[at:])
			}
		}
	}
	// Rule 3 at the 元 digit: the 0 元 digit before a non-zero 角 digit.
	if fen >= 100 && fenDigit(fen, 2) == 0 && fenDigit(fen, 1) != 0 {
		for _, s := range forms {
			forms = append(forms, strings.Replace(s, "元零", "元", 1))
		}
	}
	// 整 after a final 角.
	if fen%100 != 0 && fen%10 == 0 {
		for _, s := range forms {
			forms = append(forms, s+"整")
		}
	}
	return forms
}

// normalForm returns s without 人民币 in front and with the simplified
// characters for the traditional ones Annex 1 accepts, and 整 for 正: the
// choices that are free everywhere.
func normalForm(s string) string {
	s = strings.TrimPrefix(s, "人民币")
	return strings.NewReplacer("貳", "贰", "陸", "陆", "億", "亿", "萬", "万", "圓", "元", "圆", "元", "正", "整").Replace(s)
}

// checkAcceptance says why ParseCapitals's verdict on s is wrong, or
// returns "": it must accept s exactly when the normal form of s is an
// allowed form of the amount s holds (as readCapitals reads it), and then
// return that amount.
func checkAcceptance(s string) string {
	got, err := ParseCapitals(s)
	norm := normalForm(s)
	if err == nil {
		fen := got.Shift(2).IntPart()
		if !slices.Contains(allowedForms(fen), norm) {
			return fmt.Sprintf("ParseCapitals(%s) = %s, but %s is not an allowed form of it: %q", s, got, norm, allowedForms(fen))
		}
		return ""
	}
	if fen, ok := readCapitals(s); ok && slices.Contains(allowedForms(fen), norm) {
		return fmt.Sprintf("ParseCapitals(%s) refused an allowed form of %d fen: %v", s, fen, err)
	}
	return ""
}

// otherForms returns forms of fen that PBoC Annex 1 allows, as the bits
// of choice pick: each of allowedForms with 正 for 整, the traditional
// characters, and 人民币 or not.
func otherForms(fen int64, choice uint16) []string {
	bit := func(k int) bool { return choice&(1<<k) != 0 }
	var forms []string
	for _, s := range allowedForms(fen) {
		if bit(0) {
			s = strings.Replace(s, "整", "正", 1)
		}
		if !bit(1) {
			s = "人民币" + s
		}
		for k, pair := range [][2]string{{"贰", "貳"}, {"陆", "陸"}, {"亿", "億"}, {"万", "萬"}, {"元", "圓"}, {"元", "圆"}} {
			if bit(2 + k) {
				s = strings.ReplaceAll(s, pair[0], pair[1])
			}
		}
		forms = append(forms, s)
	}
	return forms
}

// mutate changes s at rune i by op: 0 deletes the rune, 1 doubles it, 2
// swaps it with the next, 3 to 3+len(capitalsAlphabet) inserts a
// character of capitals before it.
func mutate(s string, i, op int) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	i %= len(rs)
	switch {
	case op == 0:
		rs = append(rs[:i:i], rs[i+1:]...)
	case op == 1:
		rs = append(rs[:i+1:i+1], rs[i:]...)
	case op == 2:
		if i+1 < len(rs) {
			rs[i], rs[i+1] = rs[i+1], rs[i]
		}
	default:
		alphabet := []rune(capitalsAlphabet)
		r := alphabet[(op-3)%len(alphabet)]
		rs = append(rs[:i:i], append([]rune{r}, rs[i:]...)...)
	}
	return string(rs)
}

// capitalsAlphabet is every character of capitals.
const capitalsAlphabet = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正貳陸億萬圓圆"
