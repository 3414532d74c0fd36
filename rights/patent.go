package rights

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/iprborder/iprborder/internal/textcode"
)

// PatentKind is the kind of a Chinese patent application, as the kind
// digit of its number says (domain brief section 11). The zero PatentKind
// is [PatentKindUnknown].
type PatentKind uint8

// The patent kinds. Do not reorder: the text codes are the stable form.
const (
	// PatentKindUnknown is the zero PatentKind: not set. No patent number
	// [ParsePatentNumber] accepts has it, and it has no text code.
	PatentKindUnknown PatentKind = iota
	// PatentKindInvention: kind digit 1, an invention application.
	PatentKindInvention
	// PatentKindUtilityModel: kind digit 2, a utility model application.
	PatentKindUtilityModel
	// PatentKindDesign: kind digit 3, a design application.
	PatentKindDesign
	// PatentKindPCTInvention: kind digit 8, an international (PCT)
	// application for an invention entering the national phase in China.
	PatentKindPCTInvention
	// PatentKindPCTUtilityModel: kind digit 9, a PCT application for a
	// utility model entering the national phase.
	PatentKindPCTUtilityModel
)

var patentKindCodes = textcode.New[PatentKind]("PatentKind", []string{
	PatentKindInvention:       "invention",
	PatentKindUtilityModel:    "utility-model",
	PatentKindDesign:          "design",
	PatentKindPCTInvention:    "pct-invention",
	PatentKindPCTUtilityModel: "pct-utility-model",
})

// kindDigits maps each kind to its digit in a patent number.
var kindDigits = [...]byte{
	PatentKindInvention:       '1',
	PatentKindUtilityModel:    '2',
	PatentKindDesign:          '3',
	PatentKindPCTInvention:    '8',
	PatentKindPCTUtilityModel: '9',
}

func patentKindOf(digit byte) PatentKind {
	for k, d := range kindDigits {
		if d == digit && d != 0 {
			return PatentKind(k)
		}
	}
	return PatentKindUnknown
}

// IsValid reports whether k is one of the kinds above other than
// PatentKindUnknown.
func (k PatentKind) IsValid() bool { return patentKindCodes.Valid(k) }

// Type returns the right type a patent of kind k is: [PatentInvention]
// for kinds 1 and 8, [PatentUtilityModel] for 2 and 9, [PatentDesign] for
// 3, and TypeUnknown for an invalid k.
func (k PatentKind) Type() Type {
	switch k {
	case PatentKindInvention, PatentKindPCTInvention:
		return PatentInvention
	case PatentKindUtilityModel, PatentKindPCTUtilityModel:
		return PatentUtilityModel
	case PatentKindDesign:
		return PatentDesign
	}
	return TypeUnknown
}

// String returns the stable text code of k ("invention", "utility-model",
// "design", "pct-invention", "pct-utility-model"), or "%!PatentKind(n)".
func (k PatentKind) String() string { return patentKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k PatentKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(patentKindCodes, "PatentKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k PatentKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *PatentKind) UnmarshalText(text []byte) error {
	v, err := enumParse(patentKindCodes, "PatentKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// PatentNumber is a Chinese patent application number, which is also the
// number of the patent granted on it (domain brief section 11):
//
//   - since 2003-10-01, 12 digits, a dot and a check character:
//     201710601862.3 was filed in 2017 (digits 1-4, the filing year), is
//     of kind 1 (digit 5, an invention) and has serial 0601862 (digits
//     6-12);
//   - before, 8 digits, a dot and a check character: 97101765.4 is an
//     application of (19)97, kind 1, serial 01765.
//
// The check character is the sum of the digits multiplied by the weights
// 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 (for 8 digits: 2 to 9), modulo 11,
// with 10 written X. The weights are all below 11 and 11 is prime, so
// changing any one character makes the check fail.
//
// A PatentNumber is a small comparable value. The zero PatentNumber is no
// number: [PatentNumber.IsZero] reports it and its text form is empty.
type PatentNumber struct {
	year   uint16 // The filing year, four digits.
	kind   byte   // The kind digit as written: '1', '2', '3', '8', '9'.
	serial uint32
	short  bool // The 8-digit form used before 2003-10-01.
}

// maxPatentNumberBytes bounds the input of [ParsePatentNumber]: the
// longest accepted form, "ZL 201710601862.3", has 17 bytes.
const maxPatentNumberBytes = 32

// ParsePatentNumber parses a Chinese patent application or patent number:
// 12 digits (since 2003-10-01) or 8 digits (before), a dot and the check
// character, optionally preceded by "ZL" (a granted patent) or "CN", in
// any letter case, and one optional space. A lower-case x is read as the
// check character X. Examples: "201710601862.3", "ZL201710601862.3",
// "cn 201710601862.3", "97101765.4".
//
// It is strict, and says what is wrong: a number without the dot
// ("2017106018623"), without its check character, with a wrong check
// character, with a kind digit other than 1, 2, 3, 8 or 9, with an 8-digit
// year outside 85-99 and 00-03 (the patent system started in 1985; the
// 12-digit numbers replaced the 8-digit ones in 2003), a 12-digit number
// before 2003, serial 0, surrounding space, or over 32 bytes, is a
// *[NumberError] wrapping [ErrInvalidNumber].
func ParsePatentNumber(s string) (PatentNumber, error) {
	bad := func(reason string) (PatentNumber, error) {
		return PatentNumber{}, &NumberError{Kind: "patent number", Input: s, Reason: reason}
	}
	if len(s) > maxPatentNumberBytes {
		return bad(fmt.Sprintf("longer than %d bytes", maxPatentNumberBytes))
	}
	if strings.TrimSpace(s) != s {
		return bad("leading or trailing space")
	}
	rest := s
	if len(rest) >= 2 && (strings.EqualFold(rest[:2], "ZL") || strings.EqualFold(rest[:2], "CN")) {
		rest = strings.TrimPrefix(rest[2:], " ")
	}
	digits, check, dot := strings.Cut(rest, ".")
	if !dot {
		switch n := len(rest); {
		case (n == 12 || n == 8) && allDigits(rest):
			return bad("missing the dot and the check character")
		case (n == 13 || n == 9) && allDigits(rest[:n-1]):
			if c := checkChar(rest[:n-1]); c == upper(rest[n-1]) {
				return bad(fmt.Sprintf("missing the dot before the check character: write %s.%c", rest[:n-1], c))
			}
			return bad("missing the dot before the check character")
		}
		return bad("want 12 or 8 digits, a dot and the check character")
	}
	if len(digits) != 12 && len(digits) != 8 || !allDigits(digits) {
		return bad("want 12 or 8 digits before the dot")
	}
	if len(check) != 1 || !(isDigit(check[0]) || check[0] == 'X' || check[0] == 'x') {
		return bad("want one check character, 0-9 or X, after the dot")
	}
	p := PatentNumber{short: len(digits) == 8}
	var serial string
	if p.short {
		yy, _ := strconv.Atoi(digits[:2])
		switch {
		case yy >= 85:
			p.year = uint16(1900 + yy)
		case yy <= 3:
			p.year = uint16(2000 + yy)
		default:
			return bad(fmt.Sprintf("year digits %s: 8-digit numbers run from 1985 (85) to 2003 (03)", digits[:2]))
		}
		p.kind, serial = digits[2], digits[3:]
	} else {
		y, _ := strconv.Atoi(digits[:4])
		if y < 2003 {
			return bad(fmt.Sprintf("year %s: 12-digit numbers start in 2003", digits[:4]))
		}
		p.year = uint16(y)
		p.kind, serial = digits[4], digits[5:]
	}
	if patentKindOf(p.kind) == PatentKindUnknown {
		return bad(fmt.Sprintf("kind digit %c: want 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)", p.kind))
	}
	n, _ := strconv.ParseUint(serial, 10, 32)
	if n == 0 {
		return bad("serial number 0")
	}
	p.serial = uint32(n)
	if c := checkChar(digits); c != upper(check[0]) {
		return bad(fmt.Sprintf("check character %c does not match the digits: a digit or the check character is wrong", check[0]))
	}
	return p, nil
}

// MustParsePatentNumber is like [ParsePatentNumber] but panics on error.
// It is meant for tests and package-level tables only.
func MustParsePatentNumber(s string) PatentNumber {
	p, err := ParsePatentNumber(s)
	if err != nil {
		panic(err)
	}
	return p
}

// checkChar returns the check character of 12 or 8 ASCII digits.
func checkChar(digits string) byte {
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i]-'0') * (2 + i%8)
	}
	if r := sum % 11; r < 10 {
		return byte('0' + r)
	}
	return 'X'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func upper(c byte) byte {
	if c == 'x' {
		return 'X'
	}
	return c
}

// IsZero reports whether p is the zero PatentNumber, which is no number.
func (p PatentNumber) IsZero() bool { return p == PatentNumber{} }

// Year returns the filing year, four digits: for the 8-digit numbers,
// 85-99 are 1985-1999 and 00-03 are 2000-2003. It is 0 for the zero
// PatentNumber. (A divisional application is numbered in the year it is
// filed but keeps its parent's filing date, so Year may be later than the
// filing date's year; never earlier.)
func (p PatentNumber) Year() int { return int(p.year) }

// Kind returns the kind the number's kind digit says.
func (p PatentNumber) Kind() PatentKind { return patentKindOf(p.kind) }

// Serial returns the serial number within the year and kind: the last 7
// digits (5 for 8-digit numbers).
func (p PatentNumber) Serial() int { return int(p.serial) }

// digits returns the 12 or 8 digits of p without the check character.
func (p PatentNumber) digits() string {
	if p.short {
		return fmt.Sprintf("%02d%c%05d", p.year%100, p.kind, p.serial)
	}
	return fmt.Sprintf("%04d%c%07d", p.year, p.kind, p.serial)
}

// String returns the canonical form, "201710601862.3" or "97101765.4":
// the digits, a dot and the check character, without prefix. It returns ""
// for the zero PatentNumber.
func (p PatentNumber) String() string {
	if p.IsZero() {
		return ""
	}
	d := p.digits()
	return d + "." + string(checkChar(d))
}

// Granted returns the form used for a granted patent, with the prefix ZL:
// "ZL201710601862.3". It returns "" for the zero PatentNumber.
func (p PatentNumber) Granted() string {
	if p.IsZero() {
		return ""
	}
	return "ZL" + p.String()
}

// Compare orders numbers by filing year, then kind digit, then serial
// number, the zero PatentNumber first; it returns -1, 0 or +1. Within a
// year and a kind the serial follows the order of filing.
func (p PatentNumber) Compare(q PatentNumber) int {
	switch {
	case p.year != q.year:
		return cmp(p.year, q.year)
	case p.kind != q.kind:
		return cmp(p.kind, q.kind)
	case p.serial != q.serial:
		return cmp(p.serial, q.serial)
	case p.short != q.short:
		if p.short {
			return -1
		}
		return 1
	}
	return 0
}

// Equal reports whether p and q are the same number. It is the same as ==.
func (p PatentNumber) Equal(q PatentNumber) bool { return p == q }

// AppendText appends the canonical form of p to b (nothing for the zero
// PatentNumber).
func (p PatentNumber) AppendText(b []byte) ([]byte, error) { return append(b, p.String()...), nil }

// MarshalText implements [encoding.TextMarshaler] with the canonical form;
// the zero PatentNumber is the empty text.
func (p PatentNumber) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParsePatentNumber] accepts, and the empty text as the zero
// PatentNumber. On error the receiver is unchanged.
func (p *PatentNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = PatentNumber{}
		return nil
	}
	v, err := ParsePatentNumber(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func cmp[T ~uint8 | ~uint16 | ~uint32 | ~int](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
