package rights

import (
	"fmt"
	"slices"
)

// Application is the content of an application for recordation that
// Regs art 7 lists, as typed fields: the holder's identity, the licences
// granted, the holder's legitimate goods and the known infringers. (The
// right itself, art 7's "name, content and related information of the
// IPR", is the [Right] of the [Recordation].) Prices are text, in any
// currency and unit ("USD 12.50 per piece"), because the regulation asks
// for them as the holder states them.
//
// Application is a value: its methods never modify it. It holds slices,
// so compare with [Application.Equal], not ==. The zero Application is not
// valid: the holder's identity is required.
type Application struct {
	// Holder is the holder's identity (Regs art 7 (1)); required.
	// Licensees are the licences granted (art 7 (3)), at most
	// [MaxLicensees]; Goods the kinds of goods the holder lawfully uses the
	// right on (art 7 (4)), and Infringers the known infringers (art 7
	// (5)), at most [MaxGoods] each. The lists are optional.
	Holder     Party       `json:"holder"`
	Licensees  []Licensee  `json:"licensees,omitempty"`
	Goods      []Goods     `json:"goods,omitempty"`
	Infringers []Infringer `json:"infringers,omitempty"`
}

// Party is the identity of the holder (Regs art 7 (1)): name, address,
// and nationality or, for an organisation, place of registration.
type Party struct {
	// Name is the holder's name, Address its address, and Nationality its
	// nationality or, for an organisation, its place of registration, as
	// text. All three are required; Name and Nationality are at most 256
	// bytes, Address at most 1024.
	Name        string `json:"name"`
	Address     string `json:"address"`
	Nationality string `json:"nationality"`
}

// Licensee is a licence the holder granted (Regs art 7 (3)): the
// licensee's name and the scope of the licence, as text (goods,
// territory, term, exclusivity).
type Licensee struct {
	// Name is the licensee's name, required, at most 256 bytes; Scope the
	// licence's scope as text (goods, territory, term, exclusivity),
	// optional, at most 1024 bytes.
	Name  string `json:"name"`
	Scope string `json:"scope,omitempty"`
}

// Goods are goods on which the holder lawfully uses the right (Regs art
// 7 (4)): name, place of origin, customs ports of entry or exit,
// importers and exporters, main features and price.
type Goods struct {
	// Name is the goods' name, required. Origin is their place of origin;
	// Ports the customs ports they enter or leave China through, and
	// Traders their importers and exporters, at most [MaxListLength] of
	// each, no entry empty; Features their main features, and Price their
	// price as the holder states it ("USD 12.50 per piece"). Name, Origin
	// and list entries are at most 256 bytes, Features and Price 1024.
	Name     string   `json:"name"`
	Origin   string   `json:"origin,omitempty"`
	Ports    []string `json:"ports,omitempty"`
	Traders  []string `json:"traders,omitempty"`
	Features string   `json:"features,omitempty"`
	Price    string   `json:"price,omitempty"`
}

// Infringer is a known infringer (Regs art 7 (5)): the manufacturer,
// importers and exporters, customs ports, the main features and price of
// the infringing goods. At least one field is required.
type Infringer struct {
	// Manufacturer is the maker of the infringing goods; Traders their
	// importers and exporters, and Ports the customs ports they pass
	// through, at most [MaxListLength] of each, no entry empty; Features
	// the goods' main features, and Price their price, as text. Each is
	// optional, but at least one must be given. Manufacturer and list
	// entries are at most 256 bytes, Features and Price 1024.
	Manufacturer string   `json:"manufacturer,omitempty"`
	Traders      []string `json:"traders,omitempty"`
	Ports        []string `json:"ports,omitempty"`
	Features     string   `json:"features,omitempty"`
	Price        string   `json:"price,omitempty"`
}

// Limits on an Application, far above any real one.
const (
	MaxLicensees  = 100 // licences in one application
	MaxGoods      = 100 // kinds of goods, and of known infringers
	MaxListLength = 50  // ports, or traders, of one kind of goods or one infringer
)

// Validate reports every problem of a at once, as [FieldErrors] matching
// [ErrInvalidApplication]: the holder's name, address and nationality
// are required; every list is bounded ([MaxLicensees], [MaxGoods],
// [MaxListLength]); every name is printable text of at most 256 bytes and
// every other text at most 1024, without surrounding space; each licensee
// and goods needs a name, and each infringer at least one fact.
func (a Application) Validate() error { return a.validate("").err() }

func (a Application) validate(prefix string) *problems {
	p := &problems{class: ErrInvalidApplication}
	f := func(format string, args ...any) string { return prefix + fmt.Sprintf(format, args...) }
	p.text(f("holder.name"), a.Holder.Name, maxNameBytes, true)
	p.text(f("holder.address"), a.Holder.Address, maxTextBytes, true)
	p.text(f("holder.nationality"), a.Holder.Nationality, maxNameBytes, true)
	list := func(field string, n, max int) bool {
		if n > max {
			p.add(field, fmt.Sprint(n), fmt.Sprintf("more than %d entries", max))
			return false
		}
		return true
	}
	names := func(field string, xs []string) {
		if list(field, len(xs), MaxListLength) {
			for i, x := range xs {
				p.text(fmt.Sprintf("%s[%d]", field, i), x, maxNameBytes, true)
			}
		}
	}
	if list(f("licensees"), len(a.Licensees), MaxLicensees) {
		for i, l := range a.Licensees {
			p.text(f("licensees[%d].name", i), l.Name, maxNameBytes, true)
			p.text(f("licensees[%d].scope", i), l.Scope, maxTextBytes, false)
		}
	}
	if list(f("goods"), len(a.Goods), MaxGoods) {
		for i, g := range a.Goods {
			p.text(f("goods[%d].name", i), g.Name, maxNameBytes, true)
			p.text(f("goods[%d].origin", i), g.Origin, maxNameBytes, false)
			names(f("goods[%d].ports", i), g.Ports)
			names(f("goods[%d].traders", i), g.Traders)
			p.text(f("goods[%d].features", i), g.Features, maxTextBytes, false)
			p.text(f("goods[%d].price", i), g.Price, maxTextBytes, false)
		}
	}
	if list(f("infringers"), len(a.Infringers), MaxGoods) {
		for i, in := range a.Infringers {
			if in.Manufacturer == "" && len(in.Traders) == 0 && len(in.Ports) == 0 && in.Features == "" && in.Price == "" {
				p.add(f("infringers[%d]", i), "", "empty: give at least the manufacturer, a trader, a port, the features or the price")
			}
			p.text(f("infringers[%d].manufacturer", i), in.Manufacturer, maxNameBytes, false)
			names(f("infringers[%d].traders", i), in.Traders)
			names(f("infringers[%d].ports", i), in.Ports)
			p.text(f("infringers[%d].features", i), in.Features, maxTextBytes, false)
			p.text(f("infringers[%d].price", i), in.Price, maxTextBytes, false)
		}
	}
	return p
}

// Equal reports whether a and b hold the same content. A nil list and an
// empty one are equal.
func (a Application) Equal(b Application) bool {
	return a.Holder == b.Holder &&
		slices.Equal(a.Licensees, b.Licensees) &&
		slices.EqualFunc(a.Goods, b.Goods, Goods.equal) &&
		slices.EqualFunc(a.Infringers, b.Infringers, Infringer.equal)
}

func (g Goods) equal(h Goods) bool {
	return g.Name == h.Name && g.Origin == h.Origin && slices.Equal(g.Ports, h.Ports) &&
		slices.Equal(g.Traders, h.Traders) && g.Features == h.Features && g.Price == h.Price
}

func (in Infringer) equal(o Infringer) bool {
	return in.Manufacturer == o.Manufacturer && slices.Equal(in.Traders, o.Traders) &&
		slices.Equal(in.Ports, o.Ports) && in.Features == o.Features && in.Price == o.Price
}

// clone returns a deep copy of a.
func (a Application) clone() Application {
	c := Application{Holder: a.Holder, Licensees: slices.Clone(a.Licensees)}
	if a.Goods != nil {
		c.Goods = make([]Goods, len(a.Goods))
		for i, g := range a.Goods {
			g.Ports, g.Traders = slices.Clone(g.Ports), slices.Clone(g.Traders)
			c.Goods[i] = g
		}
	}
	if a.Infringers != nil {
		c.Infringers = make([]Infringer, len(a.Infringers))
		for i, in := range a.Infringers {
			in.Ports, in.Traders = slices.Clone(in.Ports), slices.Clone(in.Traders)
			c.Infringers[i] = in
		}
	}
	return c
}
