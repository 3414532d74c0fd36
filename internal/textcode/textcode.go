// Package textcode holds the text codes of the module's enums: a stable
// ASCII code per value, written by String and MarshalText and read back by
// UnmarshalText in any letter case (style.md rule 8). Each package wraps the
// errors returned here in its own error types, so the messages below carry
// no package prefix.
package textcode

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Codes is the code table of an enum E: codes[v] is the code of v, and ""
// marks a value without one (the zero value, usually). It is read-only after
// New and safe for concurrent use.
type Codes[E ~uint8] struct {
	typ   string
	codes []string
	list  string // "a, b, c": the codes, for error messages
}

// New returns the table for the enum named typ ("Kind").
func New[E ~uint8](typ string, codes []string) Codes[E] {
	var known []string
	for _, c := range codes {
		if c != "" {
			known = append(known, c)
		}
	}
	return Codes[E]{typ: typ, codes: codes, list: strings.Join(known, ", ")}
}

// Valid reports whether v has a code.
func (c Codes[E]) Valid(v E) bool { return int(v) < len(c.codes) && c.codes[v] != "" }

// String returns the code of v, or "%!Type(n)" for a value without one.
func (c Codes[E]) String(v E) string {
	if c.Valid(v) {
		return c.codes[v]
	}
	return "%!" + c.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Append appends the code of v to b; it fails for a value without one.
func (c Codes[E]) Append(b []byte, v E) ([]byte, error) {
	if !c.Valid(v) {
		return b, fmt.Errorf("%s value %d has no text code", c.typ, uint8(v))
	}
	return append(b, c.codes[v]...), nil
}

// Parse returns the value whose code is text, in any letter case.
func (c Codes[E]) Parse(text []byte) (E, error) {
	for i, code := range c.codes {
		if code != "" && len(code) == len(text) && strings.EqualFold(code, string(text)) {
			return E(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want one of %s)", c.typ, Clip(string(text)), c.list)
}

// Values returns the values that have a code, in order.
func (c Codes[E]) Values() []E {
	var vs []E
	for i, code := range c.codes {
		if code != "" {
			vs = append(vs, E(i))
		}
	}
	return vs
}

// Clip shortens an input echoed in an error message, so that an absurdly
// long input cannot make an absurdly long message.
func Clip(s string) string {
	const maxEcho = 64
	if len(s) <= maxEcho {
		return s
	}
	// Cut at a rune boundary.
	i := maxEcho
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "..."
}

// CheckText says why s is not acceptable as a text field, or returns "":
// acceptable text is valid, printable UTF-8 without leading or trailing
// space, at most max bytes long, and present if required.
func CheckText(s string, max int, required bool) string {
	switch {
	case s == "":
		if required {
			return "required"
		}
	case len(s) > max:
		return fmt.Sprintf("longer than %d bytes", max)
	case !utf8.ValidString(s):
		return "not valid UTF-8"
	case strings.TrimSpace(s) != s:
		return "leading or trailing space"
	case strings.IndexFunc(s, notPrintable) >= 0:
		return "contains a control or non-printable character"
	}
	return ""
}

// notPrintable reports a rune that is not graphic: graphic runes are
// letters, marks, numbers, punctuation, symbols and spaces (Zs), so the
// ideographic space U+3000 of Chinese addresses and the no-break space
// U+00A0 are text, while control, format (U+202E), line and paragraph
// separator runes are not.
func notPrintable(r rune) bool { return !unicode.IsGraphic(r) }
