package calendar

import "github.com/iprborder/iprborder/internal/textcode"

// The enums of this package (Kind, Unit, Start, Roll) share their text
// handling: a stable lower-case ASCII code per value, written by String and
// MarshalText, read back by UnmarshalText in any letter case. Persist the
// code, never the integer.

type enum interface{ ~uint8 }

// enumString returns the code of v, or "%!Type(n)" for a value that has
// none.
func enumString[E enum](codes textcode.Codes[E], v E) string { return codes.String(v) }

func enumAppendText[E enum](codes textcode.Codes[E], b []byte, v E) ([]byte, error) {
	out, err := codes.Append(b, v)
	if err != nil {
		return b, argument(err)
	}
	return out, nil
}

func enumParse[E enum](codes textcode.Codes[E], text []byte) (E, error) {
	v, err := codes.Parse(text)
	if err != nil {
		return 0, argument(err)
	}
	return v, nil
}
