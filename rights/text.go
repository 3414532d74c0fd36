package rights

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on text fields. They are far above any real value and exist to
// reject absurd input quickly.
const (
	maxNameBytes   = 256  // a holder's, licensee's, trader's or port's name
	maxNumberBytes = 64   // a certificate or recordation number
	maxTextBytes   = 1024 // an address, a description, a price, a note
)

// checkText reports why s is not acceptable text: printable UTF-8 without
// leading or trailing space, at most max bytes, and present if required.
// It returns "" for acceptable text.
func checkText(s string, max int, required bool) string {
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

func notPrintable(r rune) bool { return !unicode.IsPrint(r) }

// text checks s with checkText and records a problem under field.
func (p *problems) text(field, s string, max int, required bool) {
	if why := checkText(s, max, required); why != "" {
		p.add(field, s, why)
	}
}
