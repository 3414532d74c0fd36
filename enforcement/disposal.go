package enforcement

import "github.com/iprborder/iprborder/internal/textcode"

// Route is a lawful way of disposing of confiscated goods, in the order
// of preference of Regs art 27 (R-DIS-1). The zero Route is
// [RouteUnknown].
type Route uint8

// The routes, in the law's order of preference. Do not reorder: the text
// codes are the stable form, and the order is the law's.
const (
	RouteUnknown Route = iota
	// PublicWelfare: goods usable for social public welfare are handed to
	// the bodies concerned (Regs art 27 para 1; Measures (2009 numbering)
	// art 33).
	PublicWelfare
	// SaleToHolder: the holder wishes to buy the goods, and customs may
	// transfer them to it for a price (Regs art 27 para 2).
	SaleToHolder
	// Auction: customs may auction the goods after removing their
	// infringing features (Regs art 27 para 3); the proceeds go to the
	// state treasury (R-DIS-2).
	Auction
	// Destruction: the infringing features cannot be removed, and the
	// goods are destroyed (Regs art 27 para 3).
	Destruction
)

var routeCodes = textcode.New[Route]("Route", []string{
	PublicWelfare: "public-welfare",
	SaleToHolder:  "sale-to-holder",
	Auction:       "auction",
	Destruction:   "destruction",
})

// IsValid reports whether r is a route other than RouteUnknown.
func (r Route) IsValid() bool { return routeCodes.Valid(r) }

// String returns the stable text code of r ("public-welfare",
// "sale-to-holder", "auction", "destruction"), or "%!Route(n)".
func (r Route) String() string { return routeCodes.String(r) }

// AppendText appends the text code of r to b.
func (r Route) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(routeCodes, "Route", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r Route) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *Route) UnmarshalText(text []byte) error {
	v, err := enumParse(routeCodes, "Route", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}
