package notice

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"github.com/iprborder/iprborder/calendar"
)

// Values are formatted by this package's own code rather than by a
// message.Printer, for two reasons: time.Month.String is English only, and
// a legal notice must show an amount exactly as decimal.StringFixed(2)
// writes it (style.md rules 12, 18).
//
//	            zh-Hans            en
//	date        2025年10月16日     16 October 2025
//	amount      ￥1,234.56         CNY 1,234.56
//	table cell  1,234.56           1,234.56
//	quantity    1,200.5            1,200.5
//
// An amount in a sentence or a field carries its currency: the fullwidth
// yuan sign in Chinese, as Chinese invoices write the figures beside the
// amount in capitals (小写 ￥1,234.56, 大写 人民币壹仟…), and the ISO code
// in English. In the payment notice's table the currency is in the column
// heading instead, and the cells are bare figures. Quantities and rates are
// the shortest decimal that states them exactly. Every number groups its
// integer digits in threes with commas, in both languages.

// appendDate appends d as lang writes a date. A zero or invalid d is
// appended as nothing; callers check validity first.
func appendDate(b []byte, d calendar.Date, lang langID) []byte {
	if !d.IsValid() {
		return b
	}
	if lang == langZh {
		b = strconv.AppendInt(b, int64(d.Year), 10)
		b = append(b, "年"...)
		b = strconv.AppendInt(b, int64(d.Month), 10)
		b = append(b, "月"...)
		b = strconv.AppendInt(b, int64(d.Day), 10)
		return append(b, "日"...)
	}
	b = strconv.AppendInt(b, int64(d.Day), 10)
	b = append(b, ' ')
	b = append(b, monthsEn[d.Month-1]...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(d.Year), 10)
}

var monthsEn = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// formatDate returns d as lang writes a date.
func formatDate(d calendar.Date, lang langID) string {
	var buf [32]byte
	return string(appendDate(buf[:0], d, lang))
}

// figures returns a as StringFixed(2) writes it, with its integer digits
// grouped: "1,234.56", "-0.50".
func figures(a decimal.Decimal) string {
	var buf [64]byte
	if b, ok := appendFigures(buf[:0], a); ok {
		return string(b)
	}
	return group(a.StringFixed(2))
}

// appendFigures appends a to b as figures writes it, if a is a decimal
// that appendShortest states with at most 2 places (ok); else it returns
// b.
func appendFigures(b []byte, a decimal.Decimal) (_ []byte, ok bool) {
	var buf [48]byte
	s, places, ok := appendShortest(buf[:0], a)
	if !ok || places > 2 {
		return b, false
	}
	return appendGrouped(b, appendPlaces(s, places, 2)), true
}

// formatAmount returns a in figures with its currency, as lang writes an
// amount: "￥1,234.56", "CNY 1,234.56".
func formatAmount(a decimal.Decimal, lang langID) string {
	currency := "CNY "
	if lang == langZh {
		currency = "￥"
	}
	var buf [64]byte
	if b, ok := appendFigures(append(buf[:0], currency...), a); ok {
		return string(b)
	}
	return currency + figures(a)
}

// formatQuantity returns q as the shortest decimal that states it
// exactly, its integer digits grouped: "1,200", "12.5", "0.0003".
func formatQuantity(q decimal.Decimal) string {
	var buf, out [64]byte
	if s, _, ok := appendShortest(buf[:0], q); ok {
		return string(appendGrouped(out[:0], s))
	}
	return group(q.String())
}

// formatRate returns a rate with at least the 2 decimal places of an
// amount, and more if it has them: "2.00", "1.25", "0.0003".
func formatRate(r decimal.Decimal) string {
	var buf, out [64]byte
	if s, places, ok := appendShortest(buf[:0], r); ok {
		return string(appendGrouped(out[:0], appendPlaces(s, places, 2)))
	}
	s := r.String()
	places := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		places = len(s) - i - 1
	}
	return group(withPlaces(s, places, 2))
}

// appendShortest appends d to b as decimal.String writes it, the shortest
// decimal that states d exactly, and returns its number of decimal
// places, without the big-number arithmetic of decimal.String: for a
// coefficient of at most 18 digits and a scale of at most 18 places. ok
// is false for any other d, which the caller formats with the decimal
// package; b is then returned as it was.
func appendShortest(b []byte, d decimal.Decimal) (_ []byte, places int, ok bool) {
	if d.NumDigits() > 18 {
		return b, 0, false
	}
	c, e := d.CoefficientInt64(), int(d.Exponent())
	for e < 0 && c%10 == 0 && c != 0 {
		c, e = c/10, e+1
	}
	if c == 0 {
		return append(b, '0'), 0, true
	}
	if e < -18 || e > 0 && e > 18-d.NumDigits() {
		return b, 0, false
	}
	for ; e > 0; e-- {
		c *= 10
	}
	neg := c < 0
	if neg {
		c = -c
	}
	var dbuf [20]byte
	digits := strconv.AppendUint(dbuf[:0], uint64(c), 10)
	places = -e
	if neg {
		b = append(b, '-')
	}
	if places >= len(digits) {
		b = append(b, '0')
		if places > 0 {
			b = append(b, '.')
			for i := len(digits); i < places; i++ {
				b = append(b, '0')
			}
		}
		b = append(b, digits...)
	} else {
		b = append(b, digits[:len(digits)-places]...)
		if places > 0 {
			b = append(b, '.')
			b = append(b, digits[len(digits)-places:]...)
		}
	}
	return b, places, true
}

// appendPlaces pads the decimal s, which has places decimal places, with
// zeros to at least min places, as withPlaces does.
func appendPlaces(s []byte, places, min int) []byte {
	switch {
	case places >= min:
		return s
	case places == 0:
		s = append(s, '.')
	}
	for ; places < min; places++ {
		s = append(s, '0')
	}
	return s
}

// appendGrouped appends the decimal number s to b with its integer digits
// grouped, as group does.
func appendGrouped(b, s []byte) []byte {
	if len(s) > 0 && s[0] == '-' {
		b, s = append(b, '-'), s[1:]
	}
	intLen := len(s)
	if i := bytes.IndexByte(s, '.'); i >= 0 {
		intLen = i
	}
	head := intLen % 3
	if head == 0 {
		head = 3
	}
	b = append(b, s[:min(head, intLen)]...)
	for i := head; i < intLen; i += 3 {
		b = append(b, ',')
		b = append(b, s[i:i+3]...)
	}
	return append(b, s[intLen:]...)
}

// withPlaces pads the decimal s, which has places decimal places, with
// zeros to at least min places.
func withPlaces(s string, places, min int) string {
	switch {
	case places >= min:
		return s
	case places == 0:
		return s + "." + strings.Repeat("0", min)
	}
	return s + strings.Repeat("0", min-places)
}

// group inserts a comma between each group of three digits of the integer
// part of the decimal number s ("-1234567.5" → "-1,234,567.5").
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + len(intPart)/3)
	b.WriteString(sign)
	head := len(intPart) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(intPart[:head])
	for i := head; i < len(intPart); i += 3 {
		b.WriteByte(',')
		b.WriteString(intPart[i : i+3])
	}
	b.WriteString(frac)
	return b.String()
}

// formatClock returns a time of day as "17:00", for a duration since
// midnight in [0, 24h).
func formatClock(d time.Duration) string {
	m := int(d / time.Minute)
	h, m := m/60, m%60
	return string([]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)})
}

// clean returns s fit to print: every byte of invalid UTF-8, control
// character and other non-printable character (such as a bidirectional
// override, which could reorder the line it is on) is replaced by U+FFFD.
// Validation refuses such text already; every string taken from a notice
// still passes through clean, so that no case data can break the layout
// whatever the validation did.
func clean(s string) string {
	ok := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				ok = false
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x4E00 && r <= 0x9FFF || r != utf8.RuneError && unicode.IsGraphic(r) {
			i += size
			continue
		}
		ok = false
		break
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsGraphic(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// runeWidth is the number of columns r takes in a monospaced terminal
// font: 2 for East Asian wide and fullwidth characters (CJK ideographs,
// fullwidth punctuation such as "：" and "￥"), 0 for combining marks,
// 1 for the rest. Ambiguous-width characters count 1, as outside East
// Asian legacy encodings; the templates avoid them.
func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303E, r >= 0xFF01 && r <= 0xFF60:
		// CJK ideographs, CJK punctuation, fullwidth forms: the most
		// frequent wide characters, before the general lookup.
		return 2
	}
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textWidth is the display width of s, in columns.
func textWidth(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n = i
			for _, r := range s[i:] {
				n += runeWidth(r)
			}
			return n
		}
	}
	return len(s)
}

// wrap breaks s into lines of at most max columns. A line breaks at a
// space, which is dropped, or between two characters of which one is
// wide, as CJK text breaks between any two characters, but never before
// closing punctuation nor after opening punctuation. A word longer than a
// line is broken where it must be. wrap never returns an empty slice.
func wrap(s string, max int) []string {
	if max < 2 {
		max = 2
	}
	if textWidth(s) <= max {
		return []string{s}
	}
	return wrapLong(s, max)
}

// wrapLong is wrap for an s known to be wider than max.
func wrapLong(s string, max int) []string {
	lines := make([]string, 0, len(s)/max+2)
	for s != "" {
		var line string
		line, _, s = nextLine(s, max)
		lines = append(lines, line)
	}
	return lines
}

// nextLine returns the first line of s wrapped to max ≥ 2 columns (as
// wrap breaks it), its width in columns, and the rest of s, the text of
// the following lines, "" after the last. s must not be "".
func nextLine(s string, max int) (line string, width int, rest string) {
	cols, cut := 0, len(s)
	brk, skip := 0, 0 // The last break opportunity, and the space to drop there.
	brkCols := 0      // The columns before brk.
	var prev rune
	prevW := 0
	for i, r := range s {
		w := runeWidth(r)
		if i > 0 {
			switch {
			case r == ' ':
				brk, skip, brkCols = i, 1, cols
			case prev != ' ' && (prevW == 2 || w == 2) && !noBreakBefore(r) && !noBreakAfter(prev):
				brk, skip, brkCols = i, 0, cols
			}
		}
		if cols+w > max && r != ' ' {
			cut = i
			break
		}
		cols += w
		prev, prevW = r, w
	}
	if cut == len(s) {
		return s, cols, ""
	}
	if brk == 0 { // No opportunity: break the word.
		brk, skip, brkCols = cut, 0, cols
		if brk == 0 {
			var r rune
			r, brk = utf8.DecodeRuneInString(s)
			brkCols = runeWidth(r)
		}
	}
	line = s[:brk]
	for len(line) > 0 && line[len(line)-1] == ' ' {
		line, brkCols = line[:len(line)-1], brkCols-1
	}
	return line, brkCols, strings.TrimLeft(s[brk+skip:], " ")
}

// noBreakBefore reports whether r is closing punctuation, which never
// starts a line.
func noBreakBefore(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '、', '）', '〉', '》', '」', '』', '〕', '】', '”', '！', '？', ',', '.', ';', ':', ')', '!', '?':
		return true
	}
	return false
}

// noBreakAfter reports whether r is opening punctuation, which never ends
// a line.
func noBreakAfter(r rune) bool {
	switch r {
	case '（', '〈', '《', '「', '『', '〔', '【', '“', '(':
		return true
	}
	return false
}
