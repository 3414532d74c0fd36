package rights

import "github.com/iprborder/iprborder/internal/textcode"

// The enums of this package share their text handling (style.md rule 8):
// a stable lower-case ASCII code per value, written by String and
// MarshalText, read back by UnmarshalText in any letter case. Persist the
// code, never the integer.

type enum interface{ ~uint8 }

func enumAppendText[E enum](codes textcode.Codes[E], enumName string, b []byte, v E) ([]byte, error) {
	out, err := codes.Append(b, v)
	if err != nil {
		return b, &CodeError{Enum: enumName, Input: codes.String(v), Err: err}
	}
	return out, nil
}

func enumParse[E enum](codes textcode.Codes[E], enumName string, text []byte) (E, error) {
	v, err := codes.Parse(text)
	if err != nil {
		return 0, &CodeError{Enum: enumName, Input: string(text), Err: err}
	}
	return v, nil
}
