package calendar

import (
	"strconv"
	"strings"
)

// The enums of this package (Kind, Unit, Start, Roll) share their text
// handling: a stable lower-case ASCII code per value, written by String and
// MarshalText, read back by UnmarshalText in any letter case. Persist the
// code, never the integer.

type enum interface{ ~uint8 }

// enumString returns the code of v, or "%!Type(n)" for a value that has
// none.
func enumString[E enum](codes []string, typ string, v E) string {
	if int(v) < len(codes) && codes[v] != "" {
		return codes[v]
	}
	return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
}

func enumAppendText[E enum](codes []string, typ string, b []byte, v E) ([]byte, error) {
	if int(v) < len(codes) && codes[v] != "" {
		return append(b, codes[v]...), nil
	}
	return b, invalidArgument("%s value %d has no text code", typ, uint8(v))
}

func enumParse[E enum](codes []string, typ string, text []byte) (E, error) {
	for i, c := range codes {
		if c != "" && strings.EqualFold(c, string(text)) {
			return E(i), nil
		}
	}
	return 0, invalidArgument("unknown %s %q (want one of %s)", typ, clip(string(text)), strings.Join(nonEmpty(codes), ", "))
}

func nonEmpty(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
