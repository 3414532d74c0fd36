package notice

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// Amounts in capitals (人民币大写).
//
// A notice that states an amount of money states it twice, in figures
// (¥1,409.50) and in Chinese capital numerals (人民币壹仟肆佰零玖元伍角),
// as every payment document in China does. The capitals follow the
// People's Bank of China's rules for filling in bills and settlement
// vouchers: 支付结算办法 (银发〔1997〕393号), Annex 1 正确填写票据和结算凭证的
// 基本规定, cited below as "PBoC Annex 1":
//
//   - the characters: digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿,
//     元角分, and 整 (or 正); the traditional forms 貳, 陸, 億, 萬 and 圓 are
//     also accepted (not 一二三, 两, 十, 念, 毛, 另 or 0);
//   - 整 (or 正) after 元 when the amount ends there, optionally after 角,
//     never after 分;
//   - 人民币 in front, immediately followed by the amount, with no blank;
//   - the four 零 rules, numbered here as in Annex 1's examples:
//     (1) a 0 between digits is written 零 (¥1,409.50:
//     壹仟肆佰零玖元伍角); (2) a run of 0s is written as one 零 (¥6,007.14:
//     陆仟零柒元壹角肆分); (3) where the 万 digit or the 元 digit is 0 (at
//     the end of a run of 0s or alone) and the 仟 digit or the 角 digit is
//     not, the 零 may be written or left out (¥1,680.32:
//     壹仟陆佰捌拾元零叁角贰分 or 壹仟陆佰捌拾元叁角贰分; ¥107,000.53:
//     壹拾万柒仟元零伍角叁分 or 壹拾万零柒仟元伍角叁分); (4) where the 角
//     digit is 0 and the 分 digit is not, 零 is written after 元 (¥16,409.02:
//     壹万陆仟肆佰零玖元零贰分).

// MaxAmount is the largest amount a notice states: 10^12 CNY, the same
// bound as enforcement.MaxAmount.
const MaxAmount = 1_000_000_000_000

// maxFen is MaxAmount in fen.
const maxFen = MaxAmount * 100

// maxCapitalsLen is the length in bytes of the longest capitals
// ParseCapitals accepts: 人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分,
// 31 characters of 3 bytes. No optional 零 makes a form longer, because a
// 零 stands for at least one 0 digit, which would otherwise take a digit
// and a unit.
const maxCapitalsLen = 31 * 3

// ErrInvalidAmount matches every error of [Capitals], [AppendCapitals] and
// [ParseCapitals]: an amount that is negative, above [MaxAmount] or not in
// whole fen, or capital numerals that do not follow PBoC Annex 1.
var ErrInvalidAmount = errors.New("notice: invalid amount")

// AmountError reports an amount [Capitals] cannot write, or capital
// numerals [ParseCapitals] cannot read. It matches [ErrInvalidAmount].
type AmountError struct {
	// Amount is the input as given, shortened if it is very long: the
	// decimal (1e99999999 for one with an absurd exponent) or the text.
	Amount string
	// Reason says what is wrong.
	Reason string
	// Offset is, for ParseCapitals, the byte offset in the text where the
	// problem is: len(text) for text that ends too early, the start of the
	// amount (after 人民币) for one above MaxAmount. It is -1 for Capitals
	// and AppendCapitals, whose problems are with the amount as a whole.
	Offset int
}

// Error returns "notice: amount", the amount quoted, the byte offset
// in the text when there is one, and the reason, e.g. `notice: amount
// "-1": negative: an amount of money is at least 0`.
func (e *AmountError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("notice: amount %q: at byte %d: %s", e.Amount, e.Offset, e.Reason)
	}
	return fmt.Sprintf("notice: amount %q: %s", e.Amount, e.Reason)
}

// Is reports whether target is [ErrInvalidAmount].
func (e *AmountError) Is(target error) bool { return target == ErrInvalidAmount }

// Capitals returns amount in Chinese capital numerals as PBoC Annex 1
// requires, starting with 人民币: 1409.50 is 人民币壹仟肆佰零玖元伍角.
//
// Where Annex 1 allows two forms, Capitals writes one, always the same
// (the first of the Annex's examples where it gives one):
//
//   - the integer part is read in groups of four digits (个, 万, 亿; 10^12
//     is 壹万亿), a group of 0s writes no unit, and each run of 0s between
//     two non-zero digits is one 零 (rules 1 and 2); 10 is 壹拾, never a
//     bare 拾, anywhere in the number;
//   - a run of 0s ending at the 万 digit, before a non-zero 仟 digit, is
//     left out if it starts inside the 万 group (107,000 is 壹拾万柒仟, rule
//     3's first form) and written if the whole 万 group is 0 (100,007,000
//     is 壹亿零柒仟, which no one can read as 壹亿柒仟万);
//   - a 0 at the 亿 digit before a non-zero 仟万 digit is written
//     (1,010,000,000 is 壹拾亿零壹仟万): rule 3 lets the 零 be left out only
//     at the 万 and the 元 digits;
//   - 元 is followed by 零 when the 元 digit is 0 and the 角 digit is not
//     (1,680.32 is 壹仟陆佰捌拾元零叁角贰分, rule 3's first form) and when
//     the 角 digit is 0 and the 分 digit is not (rule 4);
//   - an amount under 1 yuan starts with its 角 or 分 (0.50 is 人民币伍角),
//     0 is 人民币零元整;
//   - 整 follows 元 when the amount is whole yuan, and nothing follows 角
//     or 分.
//
// Capitals fails with an *[AmountError] matching [ErrInvalidAmount] for a
// negative amount, one above [MaxAmount] and one finer than a fen (1.505;
// 1.500 is fine). It looks at the decimal's exponent and number of digits
// before any arithmetic, so an absurd input such as 1e-100000000 fails at
// once.
func Capitals(amount decimal.Decimal) (string, error) {
	var buf [maxCapitalsLen]byte
	b, err := AppendCapitals(buf[:0], amount)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendCapitals appends amount in capitals, as [Capitals] writes it, to
// dst and returns the extended buffer. It allocates nothing for an amount
// of at most 18 significant digits when dst has 93 bytes of spare
// capacity (the longest capitals); on error it returns dst unchanged.
func AppendCapitals(dst []byte, amount decimal.Decimal) ([]byte, error) {
	fen, why := amountFen(amount)
	if why != "" {
		return dst, &AmountError{Amount: showDecimal(amount), Reason: why, Offset: -1}
	}
	return appendCapitalsFen(dst, fen), nil
}

// amountFen returns amount in fen, or why it is not an amount a notice can
// state. It reads the representation first (sign, exponent, number of
// digits), so that no input costs more than a few operations on its
// coefficient, and allocates nothing for a coefficient of at most 18
// digits.
func amountFen(amount decimal.Decimal) (int64, string) {
	switch amount.Sign() {
	case -1:
		return 0, "negative: an amount of money is at least 0"
	case 0:
		return 0, ""
	}
	e, nd := int64(amount.Exponent()), int64(amount.NumDigits())
	const tooLarge = "too large: at most 1000000000000"
	const tooFine = "more than 2 decimal places: an amount of money is in whole fen"
	switch {
	case nd+e > 13: // At least 10^13.
		return 0, tooLarge
	case e < -2 && nd <= -e-2:
		// A non-zero coefficient below 10^(-e-2) is not a multiple of it.
		return 0, tooFine
	}
	// Now -e-2 < nd and nd+e <= 13: the amount in fen has at most 15
	// digits, and the digits dropped to get it are fewer than nd.
	var fen int64
	switch {
	case nd <= 18:
		c := amount.CoefficientInt64()
		if e >= -2 {
			fen = c * pow10[e+2]
		} else {
			k := pow10[-e-2]
			if c%k != 0 {
				return 0, tooFine
			}
			fen = c / k
		}
	default:
		// nd > 18, so e <= -6: the rare path of an amount written with
		// many digits, 1.500000000000000000000. Drop -e-2 digits, which
		// must be 0; the quotient is below 10^(nd+e+2) <= 10^15.
		ten := new(big.Int).Exp(big.NewInt(10), big.NewInt(-e-2), nil)
		q, r := new(big.Int).QuoRem(amount.Coefficient(), ten, new(big.Int))
		if r.Sign() != 0 {
			return 0, tooFine
		}
		fen = q.Int64()
	}
	if fen > maxFen {
		return 0, tooLarge
	}
	return fen, ""
}

// pow10[n] is 10^n.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// showDecimal returns d as text for an error message. A decimal with an
// absurd exponent is written from its representation ("1e99999999"):
// String would write out every digit.
func showDecimal(d decimal.Decimal) string {
	if e := d.Exponent(); e > 40 || e < -40 {
		return textcode.Clip(d.Coefficient().String()) + "e" + strconv.Itoa(int(e))
	}
	return textcode.Clip(d.String())
}

// The characters of capitals, 3 bytes each in UTF-8.
const (
	digitChars = "零壹贰叁肆伍陆柒捌玖"
	unitChars  = "个拾佰仟" // By the power of ten within a group; 个 is never written.
)

func appendDigit(dst []byte, d int64) []byte { return append(dst, digitChars[3*d:3*d+3]...) }

// appendCapitalsFen appends the canonical capitals of fen, an amount from
// 0 to maxFen fen; see Capitals for the rules.
func appendCapitalsFen(dst []byte, fen int64) []byte {
	dst = append(dst, "人民币"...)
	if fen == 0 {
		return append(dst, "零元整"...)
	}
	yuan, jiao, fenDigit := fen/100, fen/10%10, fen%10
	if yuan > 0 {
		// digit[p] is the digit of 10^p; top is the highest non-zero one.
		var digit [13]int64
		top := 0
		for p, y := 0, yuan; y > 0; p, y = p+1, y/10 {
			digit[p] = y % 10
			top = p
		}
		prev := top + 1 // The position of the last digit written.
		for p := top; p >= 0; p-- {
			if d := digit[p]; d != 0 {
				// Rules 1 and 2: one 零 for the 0s between prev and p,
				// unless rule 3 lets it go: the run ends at the 万 digit
				// (p is the 仟 digit) and starts inside the 万 group.
				if prev > p+1 && !(p == 3 && prev <= 7) {
					dst = append(dst, "零"...)
				}
				dst = appendDigit(dst, d)
				if u := p % 4; u != 0 {
					dst = append(dst, unitChars[3*u:3*u+3]...)
				}
				prev = p
			}
			// A group's unit, unless the whole group is 0.
			if p%4 == 0 && p > 0 && yuan/pow10[p]%10000 != 0 {
				switch p {
				case 4:
					dst = append(dst, "万"...)
				case 8:
					dst = append(dst, "亿"...)
				case 12:
					dst = append(dst, "万亿"...)
				}
			}
		}
		dst = append(dst, "元"...)
	}
	switch {
	case jiao != 0:
		if yuan > 0 && yuan%10 == 0 { // Rule 3, first form.
			dst = append(dst, "零"...)
		}
		dst = appendDigit(dst, jiao)
		dst = append(dst, "角"...)
		if fenDigit != 0 {
			dst = appendDigit(dst, fenDigit)
			dst = append(dst, "分"...)
		}
	case fenDigit != 0:
		if yuan > 0 { // Rule 4.
			dst = append(dst, "零"...)
		}
		dst = appendDigit(dst, fenDigit)
		dst = append(dst, "分"...)
	default:
		dst = append(dst, "整"...)
	}
	return dst
}

// ParseCapitals returns the amount that capitals s state, in whole fen
// (an exponent of -2). It accepts every form PBoC Annex 1 allows, and
// nothing else:
//
//   - 人民币 in front or not (a form may have it printed before the field);
//     no blank anywhere, not even after 人民币;
//   - the traditional 貳, 陸, 億, 萬 and 圓 (and 圆) for 贰, 陆, 亿, 万 and 元,
//     and 正 for 整;
//   - the 零 of rule 3 written or left out, at the 万 digit and at the 元
//     digit, in every form it can take (壹拾万零柒仟, 壹亿柒仟元整,
//     壹拾元伍角);
//   - 整 or 正 after 角 or not.
//
// It rejects, with an *[AmountError] matching [ErrInvalidAmount] whose
// Offset is the byte where the problem is: anything else, blanks and
// lower-case numerals (一, 十, 两, 〇, 0-9) included; a unit without a
// digit before it, so 10 must be 壹拾 and a bare 拾 is refused (every
// example of Annex 1 writes 壹拾, and a bare 拾 invites a digit to be
// added in front); units out of order or repeated; a 零 that stands for no
// 0 digit, two 零 in a row, a 零 not followed by a digit (a trailing 零); a
// missing 零 where rules 1, 2 and 4 require it, including at the 亿 digit
// (壹拾亿壹仟万元整 must be 壹拾亿零壹仟万元整: rule 3 names only the 万 and
// 元 digits); 元 without 整 at the end; 整 after 分; an amount under 1
// yuan written with 零元 in front (it is 人民币伍角, not 人民币零元伍角);
// an amount above [MaxAmount]; text longer than 93 bytes, the longest
// capitals, at once.
func ParseCapitals(s string) (decimal.Decimal, error) {
	fen, err := parseCapitals(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return decimal.New(fen, -2), nil
}

// symbol is a class of the characters of capitals.
type symbol uint8

const (
	symBad   symbol = iota // Not a character of capitals.
	symEnd                 // The end of the text.
	symDigit               // 壹 to 玖: val 1 to 9.
	symZero                // 零
	symUnit                // 拾, 佰, 仟: val 1, 2, 3.
	symWan                 // 万
	symYi                  // 亿
	symYuan                // 元
	symJiao                // 角
	symFen                 // 分
	symZheng               // 整
)

// symbolAt reads the character at s[i:]: its class, its value (for digits
// and units), its size in bytes and the rune itself.
func symbolAt(s string, i int) (sym symbol, val, size int, r rune) {
	if i >= len(s) {
		return symEnd, 0, 0, 0
	}
	r, size = utf8.DecodeRuneInString(s[i:])
	switch r {
	case '壹':
		return symDigit, 1, size, r
	case '贰', '貳':
		return symDigit, 2, size, r
	case '叁':
		return symDigit, 3, size, r
	case '肆':
		return symDigit, 4, size, r
	case '伍':
		return symDigit, 5, size, r
	case '陆', '陸':
		return symDigit, 6, size, r
	case '柒':
		return symDigit, 7, size, r
	case '捌':
		return symDigit, 8, size, r
	case '玖':
		return symDigit, 9, size, r
	case '零':
		return symZero, 0, size, r
	case '拾':
		return symUnit, 1, size, r
	case '佰':
		return symUnit, 2, size, r
	case '仟':
		return symUnit, 3, size, r
	case '万', '萬':
		return symWan, 0, size, r
	case '亿', '億':
		return symYi, 0, size, r
	case '元', '圆', '圓':
		return symYuan, 0, size, r
	case '角':
		return symJiao, 0, size, r
	case '分':
		return symFen, 0, size, r
	case '整', '正':
		return symZheng, 0, size, r
	}
	return symBad, 0, size, r
}

// lowerCase maps the characters Annex 1 forbids in capitals to the ones
// to write instead.
var lowerCase = map[rune]string{
	'〇': "零", '0': "零", '另': "零", '一': "壹", '1': "壹", '二': "贰", '两': "贰", '2': "贰",
	'三': "叁", '3': "叁", '四': "肆", '4': "肆", '五': "伍", '5': "伍", '六': "陆", '6': "陆",
	'七': "柒", '7': "柒", '八': "捌", '8': "捌", '九': "玖", '9': "玖", '十': "拾", '百': "佰",
	'千': "仟", '念': "贰拾", '廿': "贰拾", '毛': "角",
}

// badSymbol says why r, a character that is not one of capitals, is
// refused.
func badSymbol(r rune, size int) string {
	switch {
	case r == utf8.RuneError && size <= 1:
		return "not valid UTF-8"
	case unicode.IsSpace(r):
		return fmt.Sprintf("blank %q: capitals are written without blanks", r)
	}
	if w, ok := lowerCase[r]; ok {
		return fmt.Sprintf("%q is not a capital numeral: write %s", r, w)
	}
	return fmt.Sprintf("%q is not a character of capitals", r)
}

// entry is a non-zero digit of the integer part as ParseCapitals reads
// it.
type entry struct {
	pos     int   // The power of ten.
	digit   int64 // 1 to 9.
	off     int   // Where the digit is.
	zeroOff int   // Where the 零 before it is, or -1.
}

// capitalsParser reads one text; see ParseCapitals.
type capitalsParser struct {
	s     string
	start int       // Where the amount begins, after 人民币.
	ent   [16]entry // At most 4 groups (万亿, 亿, 万, 个) of 4 digits.
	n     int
}

func (p *capitalsParser) fail(off int, format string, args ...any) *AmountError {
	return &AmountError{Amount: textcode.Clip(p.s), Reason: fmt.Sprintf(format, args...), Offset: off}
}

// unexpected reports the character at s[i:] where it cannot be.
func (p *capitalsParser) unexpected(i int, sym symbol, r rune, size int, after string) *AmountError {
	switch sym {
	case symBad:
		return p.fail(i, "%s", badSymbol(r, size))
	case symEnd:
		return p.fail(i, "ends after %s", after)
	}
	return p.fail(i, "%c cannot follow %s", r, after)
}

// groupName is the unit of the group at 10^e: 4, 8 or 12.
func groupName(e int) string {
	switch e {
	case 4:
		return "万"
	case 8:
		return "亿"
	}
	return "万亿"
}

// digitName names the digit at 10^p, for messages: "the 万 digit". The
// grammar puts no digit above 10^15 (仟万亿).
func digitName(p int) string {
	return [...]string{"元", "拾", "佰", "仟", "万", "拾万", "佰万", "仟万", "亿", "拾亿", "佰亿", "仟亿", "万亿", "拾万亿", "佰万亿", "仟万亿"}[p]
}

func parseCapitals(s string) (int64, *AmountError) {
	p := &capitalsParser{s: s}
	if len(s) > maxCapitalsLen {
		return 0, p.fail(maxCapitalsLen, "longer than %d bytes, the longest capitals", maxCapitalsLen)
	}
	i := 0
	if strings.HasPrefix(s, "人民币") {
		i = len("人民币")
	}
	p.start = i
	switch sym, _, size, _ := symbolAt(s, i); sym {
	case symEnd:
		return 0, p.fail(i, "no amount")
	case symZero:
		// 零 begins only 零元整 (or 零元正, 零圆整, ...), the amount 0.
		if nsym, _, nsize, _ := symbolAt(s, i+size); nsym == symYuan {
			j := i + size + nsize
			switch zsym, _, zsize, _ := symbolAt(s, j); zsym {
			case symZheng:
				return p.end(j+zsize, 0, "整")
			case symEnd:
				return 0, p.fail(j, "missing 整 after 元")
			}
		}
		return 0, p.fail(i, "零 at the head of the amount: 0 is 零元整, and an amount under 1 yuan begins with its 角 or 分")
	}

	// The integer part, up to 元, as a list of non-zero digits with their
	// powers of ten.
	var (
		secStart = 0  // The first entry of the group being read.
		lastUnit = 4  // The unit of the last digit of the group: the next must be lower.
		prevExp  = 16 // The power of ten of the last group's unit.
		zeroOff  = -1 // Where a 零 waiting for its digit is.
	)
integer:
	for {
		sym, val, size, r := symbolAt(s, i)
		if zeroOff >= 0 && sym != symDigit && sym != symUnit {
			if sym == symZero {
				return 0, p.fail(i, "two 零 in a row")
			}
			return 0, p.fail(zeroOff, "零 not followed by a digit")
		}
		switch sym {
		case symDigit:
			nsym, nval, nsize, nr := symbolAt(s, i+size)
			switch nsym {
			case symUnit:
				if nval >= lastUnit {
					return 0, p.fail(i+size, "%c out of order: within a group the units fall 仟, 佰, 拾", nr)
				}
				p.add(entry{pos: nval, digit: int64(val), off: i, zeroOff: zeroOff})
				lastUnit = nval
				i += size + nsize
			case symWan, symYi, symYuan:
				p.add(entry{pos: 0, digit: int64(val), off: i, zeroOff: zeroOff})
				lastUnit = 0
				i += size
			case symJiao, symFen:
				if p.n > 0 {
					return 0, p.fail(i+size, "%c without 元 before it", nr)
				}
				// An amount under 1 yuan: no integer part, no 元.
				return p.fraction(p.start, 0, false)
			default:
				return 0, p.unexpected(i+size, nsym, nr, nsize, fmt.Sprintf("the digit %c (a digit is followed by its unit)", r))
			}
			zeroOff = -1
		case symZero:
			zeroOff = i
			i += size
		case symUnit:
			return 0, p.fail(i, "%c without a digit before it (10 is 壹拾)", r)
		case symWan, symYi:
			e := 8
			if sym == symWan {
				e = 4
				if nsym, _, nsize, _ := symbolAt(s, i+size); nsym == symYi {
					e = 12 // 万亿
					size += nsize
				}
			}
			if secStart == p.n {
				return 0, p.fail(i, "%s without a digit before it", groupName(e))
			}
			if e >= prevExp {
				return 0, p.fail(i, "%s out of order: after %s", groupName(e), groupName(prevExp))
			}
			for k := secStart; k < p.n; k++ {
				p.ent[k].pos += e
			}
			prevExp, secStart, lastUnit = e, p.n, 4
			i += size
		case symYuan:
			if p.n == 0 {
				return 0, p.fail(i, "元 without an amount before it")
			}
			i += size
			break integer
		case symEnd:
			return 0, p.fail(i, "missing 元")
		case symBad:
			return 0, p.fail(i, "%s", badSymbol(r, size))
		default: // 角, 分, 整
			return 0, p.fail(i, "%c without a digit and 元 before it", r)
		}
	}

	// The 零 of the integer part (rules 1 to 3).
	var yuan int64
	for k := 0; k < p.n; k++ {
		e := p.ent[k]
		if e.pos > 12 {
			return 0, p.fail(p.start, "too large: at most 1000000000000")
		}
		yuan += e.digit * pow10[e.pos]
		if k == 0 {
			continue
		}
		prev := p.ent[k-1].pos
		switch {
		case prev == e.pos+1 && e.zeroOff >= 0:
			return 0, p.fail(e.zeroOff, "零 where no digit is 0: the %s digit follows the %s digit", digitName(e.pos), digitName(prev))
		case prev > e.pos+1 && e.zeroOff < 0 && e.pos != 3:
			return 0, p.fail(e.off, "missing 零 before the %s digit: the %s digit is 0", digitName(e.pos), digitName(e.pos+1))
		}
	}
	return p.fraction(i, yuan, true)
}

func (p *capitalsParser) add(e entry) {
	if p.n < len(p.ent) {
		p.ent[p.n] = e
	}
	p.n++
}

// fraction reads what follows 元 from s[i:] (or, without 元, the whole
// amount under 1 yuan) and returns the amount in fen.
func (p *capitalsParser) fraction(i int, yuan int64, hasYuan bool) (int64, *AmountError) {
	s := p.s
	fen := yuan * 100
	sym, val, size, r := symbolAt(s, i)
	switch sym { // Without 元, s[i:] starts with a digit.
	case symEnd:
		return 0, p.fail(i, "missing 整 after 元: an amount in whole yuan ends 元整")
	case symZheng:
		return p.end(i+size, fen, "整")
	}
	zeroOff := -1
	if sym == symZero {
		zeroOff = i
		i += size
		sym, val, size, r = symbolAt(s, i)
		if sym == symZero {
			return 0, p.fail(i, "two 零 in a row")
		}
		if sym != symDigit {
			return 0, p.fail(zeroOff, "零 not followed by a digit")
		}
	}
	if sym != symDigit {
		return 0, p.unexpected(i, sym, r, size, "元")
	}
	onesZero := yuan%10 == 0
	nsym, _, nsize, nr := symbolAt(s, i+size)
	switch nsym {
	case symJiao:
		if zeroOff >= 0 && !onesZero {
			return 0, p.fail(zeroOff, "零 where no digit is 0: the 角 digit follows the 元 digit")
		}
		fen += int64(val) * 10
		i += size + nsize
		sym, val, size, r = symbolAt(s, i)
		switch sym {
		case symEnd:
			return p.check(fen)
		case symZheng:
			return p.end(i+size, fen, "整")
		case symDigit:
			if nsym, _, nsize, nr := symbolAt(s, i+size); nsym != symFen {
				return 0, p.unexpected(i+size, nsym, nr, nsize, fmt.Sprintf("the 分 digit %c", r))
			}
			return p.end(i+size+nsize, fen+int64(val), "分")
		case symZero:
			return 0, p.fail(i, "零 after 角: 零 stands for 0 digits between two others")
		}
		return 0, p.unexpected(i, sym, r, size, "角")
	case symFen:
		if zeroOff < 0 && hasYuan {
			return 0, p.fail(i, "missing 零 after 元: the 角 digit is 0")
		}
		return p.end(i+size+nsize, fen+int64(val), "分")
	}
	return 0, p.unexpected(i+size, nsym, nr, nsize, fmt.Sprintf("the digit %c (expected 角 or 分)", r))
}

// end checks that the text ends at s[i:], after the last character, and
// returns fen.
func (p *capitalsParser) end(i int, fen int64, last string) (int64, *AmountError) {
	if sym, _, size, r := symbolAt(p.s, i); sym != symEnd {
		if sym == symZheng && last == "分" {
			return 0, p.fail(i, "%c after 分: an amount with 分 ends there", r)
		}
		return 0, p.unexpected(i, sym, r, size, last)
	}
	return p.check(fen)
}

// check returns fen if it is at most MaxAmount.
func (p *capitalsParser) check(fen int64) (int64, *AmountError) {
	if fen > maxFen {
		return 0, p.fail(p.start, "too large: at most 1000000000000")
	}
	return fen, nil
}
