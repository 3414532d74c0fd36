package rights

import "github.com/iprborder/iprborder/internal/textcode"

// Limits on text fields. They are far above any real value and exist to
// reject absurd input quickly.
const (
	maxNameBytes   = 256  // a holder's, licensee's, trader's or port's name
	maxNumberBytes = 64   // a certificate or recordation number
	maxTextBytes   = 1024 // an address, a description, a price, a note
)

// checkText reports why s is not acceptable text (see
// [textcode.CheckText]), or "".
func checkText(s string, max int, required bool) string { return textcode.CheckText(s, max, required) }

// text checks s with checkText and records a problem under field.
func (p *problems) text(field, s string, max int, required bool) {
	if why := checkText(s, max, required); why != "" {
		p.add(field, s, why)
	}
}
