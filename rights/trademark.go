package rights

import (
	"fmt"
	"strconv"
)

// TrademarkNumber is a Chinese trademark registration number (注册号):
// digits only, without check digit (domain brief section 11). Numbers have
// up to 8 digits today; this package accepts up to 9, so that it keeps
// working when the register passes 99,999,999, and rejects leading zeros,
// which no registration number has: "0123" is more likely a typing error
// than number 123.
//
// A TrademarkNumber is a small comparable value. The zero TrademarkNumber
// is no number: [TrademarkNumber.IsZero] reports it and its text form is
// empty.
type TrademarkNumber struct{ n uint32 }

// maxTrademarkDigits bounds a trademark registration number.
const maxTrademarkDigits = 9

// ParseTrademarkNumber parses a trademark registration number: 1 to 9
// ASCII digits, without leading zeros, sign, space or separators. Anything
// else is a *[NumberError] wrapping [ErrInvalidNumber].
func ParseTrademarkNumber(s string) (TrademarkNumber, error) {
	bad := func(reason string) (TrademarkNumber, error) {
		return TrademarkNumber{}, &NumberError{Kind: "trademark number", Input: s, Reason: reason}
	}
	switch {
	case s == "":
		return bad("empty")
	case len(s) > maxTrademarkDigits:
		return bad(fmt.Sprintf("more than %d characters", maxTrademarkDigits))
	case !allDigits(s):
		return bad("want digits only")
	case s[0] == '0':
		return bad("leading zero")
	}
	n, _ := strconv.ParseUint(s, 10, 32)
	return TrademarkNumber{n: uint32(n)}, nil
}

// NewTrademarkNumber returns the registration number n. A number outside
// 1 to 999,999,999 is a *[NumberError] wrapping [ErrInvalidNumber].
func NewTrademarkNumber(n int) (TrademarkNumber, error) {
	if n < 1 || n > 999_999_999 {
		return TrademarkNumber{}, &NumberError{Kind: "trademark number", Input: strconv.Itoa(n), Reason: "out of range 1-999999999"}
	}
	return TrademarkNumber{n: uint32(n)}, nil
}

// IsZero reports whether t is the zero TrademarkNumber, which is no number.
func (t TrademarkNumber) IsZero() bool { return t.n == 0 }

// Int returns the number, 0 for the zero TrademarkNumber.
func (t TrademarkNumber) Int() int { return int(t.n) }

// String returns the number in decimal, "" for the zero TrademarkNumber.
func (t TrademarkNumber) String() string {
	if t.n == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(t.n), 10)
}

// Compare returns -1, 0 or +1 as t is less than, equal to or greater
// than u, the zero TrademarkNumber first.
func (t TrademarkNumber) Compare(u TrademarkNumber) int { return cmp(t.n, u.n) }

// Equal reports whether t and u are the same number. It is the same as ==.
func (t TrademarkNumber) Equal(u TrademarkNumber) bool { return t == u }

// AppendText appends the decimal form of t to b (nothing for the zero
// TrademarkNumber).
func (t TrademarkNumber) AppendText(b []byte) ([]byte, error) { return append(b, t.String()...), nil }

// MarshalText implements [encoding.TextMarshaler]; the zero
// TrademarkNumber is the empty text.
func (t TrademarkNumber) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseTrademarkNumber] accepts, and the empty text as the zero
// TrademarkNumber. On error the receiver is unchanged.
func (t *TrademarkNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = TrademarkNumber{}
		return nil
	}
	v, err := ParseTrademarkNumber(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// NiceClass is a class of goods or services of the Nice Classification,
// 1 to 45 (classes 1-34 goods, 35-45 services), in which a trademark is
// registered. The zero NiceClass is not a valid class.
type NiceClass uint8

// The range of Nice classes (Nice Classification, 11th edition).
const (
	MinNiceClass NiceClass = 1
	MaxNiceClass NiceClass = 45
)

// ParseNiceClass parses a Nice class written as its number, "1" to "45",
// with at most one leading zero ("05"). Anything else is a *[NumberError]
// wrapping [ErrInvalidNumber].
func ParseNiceClass(s string) (NiceClass, error) {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, &NumberError{Kind: "nice class", Input: s, Reason: "want a number from 1 to 45"}
	}
	n, _ := strconv.Atoi(s)
	if c := NiceClass(n); c.IsValid() {
		return c, nil
	}
	return 0, &NumberError{Kind: "nice class", Input: s, Reason: "out of range 1-45"}
}

// IsValid reports whether c is a class from 1 to 45.
func (c NiceClass) IsValid() bool { return c >= MinNiceClass && c <= MaxNiceClass }

// Compare returns -1, 0 or +1 as c is less than, equal to or greater than
// d, in the order of their numbers, the order of the Nice Classification.
func (c NiceClass) Compare(d NiceClass) int { return cmp(c, d) }

// Equal reports whether c and d are the same class. It is the same as ==.
func (c NiceClass) Equal(d NiceClass) bool { return c == d }

// String returns the class number in decimal, "5", or "%!NiceClass(n)"
// for an invalid c.
func (c NiceClass) String() string {
	if !c.IsValid() {
		return "%!NiceClass(" + strconv.Itoa(int(c)) + ")"
	}
	return strconv.Itoa(int(c))
}

// AppendText appends the class number to b; it fails, wrapping
// [ErrInvalidNumber], for an invalid c.
func (c NiceClass) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, &NumberError{Kind: "nice class", Input: strconv.Itoa(int(c)), Reason: "out of range 1-45"}
	}
	return strconv.AppendInt(b, int64(c), 10), nil
}

// MarshalText implements [encoding.TextMarshaler] with the class number.
func (c NiceClass) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseNiceClass] accepts. On error the receiver is unchanged.
func (c *NiceClass) UnmarshalText(text []byte) error {
	v, err := ParseNiceClass(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
