package enforcement

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/rights"
)

// Route is a lawful way of disposing of confiscated goods, in the order
// of preference of Regs art 27 para 3 (R-DIS-1). The zero Route is
// [RouteUnknown].
type Route uint8

// The routes, in the law's order of preference. Do not reorder: the text
// codes are the stable form, and the order is the law's.
const (
	// RouteUnknown is the zero Route: no route decided. The zero
	// Disposal, and every Event but a DisposalCompleted, have it; it has
	// no text code.
	RouteUnknown Route = iota
	// PublicWelfare: goods usable for social public welfare are handed to
	// the public-welfare bodies concerned (Regs art 27 para 3; Measures
	// (2009 numbering) art 33).
	PublicWelfare
	// SaleToHolder: the holder wishes to buy the goods, and customs may
	// transfer them to it for a price (Regs art 27 para 3).
	SaleToHolder
	// Auction: customs may auction the goods after removing their
	// infringing features (Regs art 27 para 3), having consulted the holder
	// (GACC Ann. 2007 No. 16); the proceeds go to the state treasury
	// (R-DIS-2).
	Auction
	// Destruction: the goods cannot be auctioned — above all when their
	// infringing features cannot be removed — and are destroyed (Regs art
	// 27 para 3).
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

// ErrInvalidDisposal: [DisposalFacts] that contradict each other or the
// case, disposal JSON that cannot be decoded, or a disposal decision asked
// of a case whose goods are not confiscated. Contradictions come as
// [FieldErrors]; a case not ready as a *[DisposalError].
var ErrInvalidDisposal = errors.New("enforcement: invalid disposal")

// DisposalFacts are what customs has found about confiscated goods that
// decides how they are disposed of (Regs art 27 para 3; Measures (2009
// numbering) art 33; R-DIS-1). Each is a finding of customs, or of the
// holder for HolderWishesToBuy; the zero DisposalFacts finds nothing, and
// the goods are destroyed. DisposalFacts are comparable with ==.
type DisposalFacts struct {
	// UsableForPublicWelfare: the goods can be used for social public
	// welfare (可以用于社会公益事业), and customs shall hand them to the
	// public-welfare bodies concerned (Regs art 27 para 3).
	UsableForPublicWelfare bool
	// HolderWishesToBuy: the holder wishes to buy the goods (有收购意愿;
	// Regs art 27 para 3).
	HolderWishesToBuy bool
	// FeaturesRemovable: every infringing feature — a mark, a work, a
	// patented feature — can be removed completely from the goods and
	// their packaging (消除侵权特征; Regs art 27 para 3; GACC Ann. 2007
	// No. 16, which bars the auction of goods whose features cannot all
	// be removed).
	FeaturesRemovable bool
	// ImportedCounterfeitTrademark: the goods are imported goods bearing a
	// counterfeit trademark (进口假冒商标货物), which removing the mark alone
	// does not let into commerce (Regs art 27 para 3).
	ImportedCounterfeitTrademark bool
	// SpecialCircumstances: customs finds the special circumstances (特殊
	// 情况) in which removing the mark alone lets imported
	// counterfeit-trademark goods into commerce (Regs art 27 para 3; TRIPS
	// art 46, "exceptional cases"). Only for ImportedCounterfeitTrademark
	// goods.
	SpecialCircumstances bool
	// HolderConsulted: customs has sought the holder's opinion on an
	// auction, as it must before auctioning (GACC Ann. 2007 No. 16).
	HolderConsulted bool
}

// Validate reports every contradiction in f, as [FieldErrors] matching
// [ErrInvalidDisposal], each naming its field as in JSON: special
// circumstances found for goods that are not imported counterfeit-
// trademark goods, the only goods the exception of Regs art 27 para 3 is
// for. Facts that an earlier route makes moot (a holder consulted about
// goods handed to public welfare) are not contradictions.
func (f DisposalFacts) Validate() error {
	p := problems{class: ErrInvalidDisposal}
	f.validate(&p, "")
	return p.err()
}

// validate adds f's contradictions to p, each field named after the
// prefix at ("", "facts.").
func (f DisposalFacts) validate(p *problems, at string) {
	if f.SpecialCircumstances && !f.ImportedCounterfeitTrademark {
		p.add(at+"special_circumstances", "true", "found for goods that are not imported counterfeit-trademark goods: the exception of Regs art 27 para 3 is to the rule for those goods alone")
	}
}

// The conditions of an auction that a fact can leave unmet, as bits.
const (
	barFeatures    = 1 << iota // The infringing features cannot be removed.
	barCounterfeit             // Imported counterfeit-trademark goods, no special circumstances.
	barConsult                 // The holder has not been consulted.
)

// auctionBars returns the conditions of an auction that f leaves unmet.
func (f DisposalFacts) auctionBars() int {
	bars := 0
	if !f.FeaturesRemovable {
		bars |= barFeatures
	}
	if f.ImportedCounterfeitTrademark && !f.SpecialCircumstances {
		bars |= barCounterfeit
	}
	if !f.HolderConsulted {
		bars |= barConsult
	}
	return bars
}

// route is the first route whose conditions f meets (R-DIS-1).
func (f DisposalFacts) route() Route {
	switch {
	case f.UsableForPublicWelfare:
		return PublicWelfare
	case f.HolderWishesToBuy:
		return SaleToHolder
	case f.auctionBars() == 0:
		return Auction
	}
	return Destruction
}

// Disposal is the decision on how confiscated goods are disposed of: the
// [Route] and the [DisposalFacts] it was decided on. Its article, its
// explanation and the reasons the earlier routes do not apply follow from
// them. Get one from [DecideDisposal] or [Case.DecideDisposal]; the zero
// Disposal decides nothing and has RouteUnknown. A Disposal is an
// immutable value, comparable with ==.
type Disposal struct {
	route Route
	facts DisposalFacts
}

// DecideDisposal returns the first lawful route for confiscated goods
// with the facts f, in the order of Regs art 27 para 3 (R-DIS-1):
//
//	| route          | when                                                       | source                       |
//	|----------------|------------------------------------------------------------|------------------------------|
//	| public-welfare | usable for social public welfare (customs "shall")          | Regs 27; Measures 33         |
//	| sale-to-holder | else the holder wishes to buy (customs "may")               | Regs 27; Measures 33         |
//	| auction        | else the infringing features can all be removed, the holder | Regs 27; GACC Ann. 2007 No.  |
//	|                | has been consulted, and the goods are not imported          | 16; Measures 33              |
//	|                | counterfeit-trademark goods save in special circumstances   |                              |
//	| destruction    | else                                                        | Regs 27; Measures 33         |
//
// Auction proceeds go to the state treasury (Measures (2009 numbering)
// art 33; Customs Law art 92; R-DIS-2). Sale to the holder and auction are
// what customs "may" do: the decision is the first route the law opens,
// which customs then takes. Without the holder consulted, an auction is
// not lawful and the decision is destruction; consult the holder first
// (GACC Ann. 2007 No. 16) to keep the auction open.
//
// Every valid f gives exactly one route. It fails, returning the zero
// Disposal, with the [FieldErrors] of [DisposalFacts.Validate]. It does
// not know the case: [Case.DecideDisposal] also checks the facts against
// it.
func DecideDisposal(f DisposalFacts) (Disposal, error) {
	if err := f.Validate(); err != nil {
		return Disposal{}, err
	}
	return Disposal{route: f.route(), facts: f}, nil
}

// DecideDisposal is [DecideDisposal] for the goods of c, which must be
// confiscated (Regs art 27 para 1; R-EXO-8) or taken over from an unknown
// party (Penalty Regs art 62(4); R-PEN-5); otherwise it fails with a
// *[DisposalError]. The facts must also fit the case: imported
// counterfeit-trademark goods need an import case about a trademark;
// otherwise it fails with [FieldErrors]. Both match [ErrInvalidDisposal].
func (c Case) DecideDisposal(f DisposalFacts) (Disposal, error) {
	if s := c.State(); !disposable(s) {
		return Disposal{}, &DisposalError{State: s, Reason: fmt.Sprintf("the goods are neither confiscated nor taken over (state %s): customs disposes only of goods it has confiscated or taken over (Regs art 27; Penalty Regs art 62(4); R-DIS-1)", s)}
	}
	p := problems{class: ErrInvalidDisposal}
	f.validate(&p, "")
	if f.ImportedCounterfeitTrademark {
		facts := c.Facts()
		if facts.Direction != Import {
			p.add("imported_counterfeit_trademark", "true", fmt.Sprintf("the case's goods are not imported (direction %s): the rule of Regs art 27 para 3 is for imported counterfeit-trademark goods", facts.Direction))
		}
		trademark := false
		for _, r := range facts.Rights {
			trademark = trademark || r.Type == rights.Trademark
		}
		if !trademark {
			p.add("imported_counterfeit_trademark", "true", "the case is about no trademark: counterfeit-trademark goods infringe one (Regs art 27 para 3)")
		}
	}
	if err := p.err(); err != nil {
		return Disposal{}, err
	}
	return Disposal{route: f.route(), facts: f}, nil
}

// disposable reports whether customs disposes of the goods of a case in
// state s: confiscated goods (Regs art 27), and goods taken over from an
// unknown party (Penalty Regs art 62(4); R-PEN-5).
func disposable(s State) bool { return s == Confiscated || s == TakenOver }

// DisposalError reports a disposal decision asked of a case whose goods
// customs may not dispose of, because they are not confiscated. It
// matches [ErrInvalidDisposal].
type DisposalError struct {
	State  State  // The case's state.
	Reason string // Why, in words, citing the rule.
}

// Error returns "enforcement: disposal refused: " and the reason.
func (e *DisposalError) Error() string { return "enforcement: disposal refused: " + e.Reason }

// Is reports whether target is [ErrInvalidDisposal].
func (e *DisposalError) Is(target error) bool { return target == ErrInvalidDisposal }

// Route returns the route decided, RouteUnknown for the zero Disposal.
func (d Disposal) Route() Route { return d.route }

// Facts returns the facts the route was decided on.
func (d Disposal) Facts() DisposalFacts { return d.facts }

// The articles of each route, and the reasons and explanations in words.
// The tables are built once and never change.
const (
	articleRoute   = "Regs art 27 para 3; Measures (2009 numbering) art 33; R-DIS-1"
	articleAuction = "Regs art 27 para 3; Measures (2009 numbering) art 33; GACC Ann. 2007 No. 16; Customs Law art 92; R-DIS-1, R-DIS-2"
	articleDestroy = "Regs art 27 para 3; Measures (2009 numbering) art 33; GACC Ann. 2007 No. 16; R-DIS-1"

	passedPublicWelfare = "public-welfare: the goods cannot be used for social public welfare (Regs art 27 para 3)"
	passedSale          = "sale-to-holder: the holder does not wish to buy the goods (Regs art 27 para 3)"

	explainPublicWelfare      = "The goods can be used for social public welfare: customs shall hand them to the public-welfare bodies concerned, and supervises their use (Regs art 27 para 3; Measures (2009 numbering) art 33)."
	explainSale               = "The goods cannot be used for social public welfare and the holder wishes to buy them: customs may transfer them to the holder for a price, and supervises the purchase (Regs art 27 para 3; Measures (2009 numbering) art 33)."
	explainAuction            = "The goods go neither to public welfare nor to the holder, their infringing features can all be removed, and the holder has been consulted: customs may auction them once the features are removed from the goods and their packaging (Regs art 27 para 3; GACC Ann. 2007 No. 16). The proceeds go to the state treasury (Measures (2009 numbering) art 33; Customs Law art 92; R-DIS-2)."
	explainAuctionCounterfeit = "The goods go neither to public welfare nor to the holder, their infringing features can all be removed, and the holder has been consulted; they are imported counterfeit-trademark goods, which customs finds special circumstances to let into commerce once the mark is removed: customs may auction them once the features are removed from the goods and their packaging (Regs art 27 para 3; GACC Ann. 2007 No. 16). The proceeds go to the state treasury (Measures (2009 numbering) art 33; Customs Law art 92; R-DIS-2)."
)

var (
	// barReasons are the reasons of each bar, in the law's order.
	barReasons = [...]string{
		"the infringing features cannot all be removed from the goods and their packaging (Regs art 27 para 3; GACC Ann. 2007 No. 16)",
		"they are imported counterfeit-trademark goods, which removing the mark alone does not let into commerce, and customs finds no special circumstances (Regs art 27 para 3)",
		"the holder has not been consulted, as customs must before an auction (GACC Ann. 2007 No. 16)",
	}
	// passedAuction and explainDestruction, by the bits of auctionBars.
	passedAuction, explainDestruction = func() (passed, explain [8]string) {
		for bars := 1; bars < 8; bars++ {
			why := ""
			for i, reason := range barReasons {
				if bars&(1<<i) != 0 {
					if why != "" {
						why += "; "
					}
					why += reason
				}
			}
			passed[bars] = "auction: " + why
			verb := "customs destroys them, the one route left (Regs art 27 para 3), with the holder's assistance (Measures (2009 numbering) art 33)."
			if bars&barFeatures != 0 {
				verb = "customs shall destroy them (Regs art 27 para 3; GACC Ann. 2007 No. 16), with the holder's assistance (Measures (2009 numbering) art 33)."
			}
			explain[bars] = "The goods go neither to public welfare nor to the holder, and cannot be auctioned: " + why + ". So " + verb
		}
		return passed, explain
	}()
)

// Article returns the legal sources of the route decided:
// "Regs art 27 para 3; Measures (2009 numbering) art 33; R-DIS-1", and
// for an auction also GACC Ann. 2007 No. 16 and Customs Law art 92
// (R-DIS-2). It returns "" for the zero Disposal.
func (d Disposal) Article() string {
	switch d.route {
	case PublicWelfare, SaleToHolder:
		return articleRoute
	case Auction:
		return articleAuction
	case Destruction:
		return articleDestroy
	}
	return ""
}

// Explanation returns the decision in words: why the route applies, what
// customs does, and, for an auction, that the proceeds go to the state
// treasury (R-DIS-2). It returns "" for the zero Disposal.
func (d Disposal) Explanation() string {
	switch d.route {
	case PublicWelfare:
		return explainPublicWelfare
	case SaleToHolder:
		return explainSale
	case Auction:
		if d.facts.ImportedCounterfeitTrademark {
			return explainAuctionCounterfeit
		}
		return explainAuction
	case Destruction:
		return explainDestruction[d.facts.auctionBars()]
	}
	return ""
}

// Passed returns, for each route before the one decided, in the law's
// order, why it does not apply: its text code, a colon, and every unmet
// condition citing the rule ("sale-to-holder: the holder does not wish to
// buy the goods (Regs art 27 para 3)"). It is empty for public welfare,
// the first route, and for the zero Disposal. The slice is the caller's.
func (d Disposal) Passed() []string {
	if d.route <= PublicWelfare || !d.route.IsValid() {
		return nil
	}
	out := make([]string, 0, int(d.route)-1)
	out = append(out, passedPublicWelfare)
	if d.route > SaleToHolder {
		out = append(out, passedSale)
	}
	if d.route > Auction {
		out = append(out, passedAuction[d.facts.auctionBars()])
	}
	return out
}

// The JSON forms of DisposalFacts and Disposal. A fact is a boolean,
// written only when true; a Disposal writes its route, its facts and,
// for the reader, its article, explanation and passed routes:
//
//	{"route":"destruction","facts":{"features_removable":true},
//	 "article":"...","explanation":"...","passed":["...","...","..."]}
//
// Reading is strict (see the package documentation, "JSON"), and a
// Disposal's route must be the one its facts decide. The article,
// explanation and passed routes are derived: they are read as text and
// computed afresh, so that a decision stored today reads back with the
// wording of the version that reads it.

type disposalFactsJSON struct {
	UsableForPublicWelfare       bool `json:"usable_for_public_welfare,omitempty"`
	HolderWishesToBuy            bool `json:"holder_wishes_to_buy,omitempty"`
	FeaturesRemovable            bool `json:"features_removable,omitempty"`
	ImportedCounterfeitTrademark bool `json:"imported_counterfeit_trademark,omitempty"`
	SpecialCircumstances         bool `json:"special_circumstances,omitempty"`
	HolderConsulted              bool `json:"holder_consulted,omitempty"`
}

type disposalJSON struct {
	Route       Route             `json:"route"`
	Facts       disposalFactsJSON `json:"facts"`
	Article     string            `json:"article,omitempty"`
	Explanation string            `json:"explanation,omitempty"`
	Passed      []string          `json:"passed,omitempty"`
}

var (
	disposalFactKeys = []string{"usable_for_public_welfare", "holder_wishes_to_buy", "features_removable",
		"imported_counterfeit_trademark", "special_circumstances", "holder_consulted"}
	disposalFactsFormat = strictjson.Format{MaxBytes: 1 << 12, MaxDepth: 1, Keys: disposalFactKeys, Scalar: checkDisposalScalar}
	disposalFormat      = strictjson.Format{MaxBytes: 1 << 14, MaxDepth: 2, Scalar: checkDisposalScalar,
		Keys: append([]string{"route", "facts", "article", "explanation", "passed"}, disposalFactKeys...)}
)

// checkDisposalScalar checks a value of disposal JSON before it is
// decoded, so that the error names its path: a fact is true or false,
// never null; a route is a known code; facts are an object and passed
// routes an array, never a scalar.
func checkDisposalScalar(key string, v json.Token) error {
	switch key {
	case "route":
		text, ok := v.(string)
		if !ok {
			return fmt.Errorf("want a route code, got %v", v)
		}
		if _, err := routeCodes.Parse([]byte(text)); err != nil {
			return unknownCode{err}
		}
	case "article", "explanation":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("want a string, got %v", v)
		}
	case "facts":
		return fmt.Errorf("want an object of facts, got %v", v)
	case "passed":
		return fmt.Errorf("want an array of strings, got %v", v)
	default:
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("want true or false, got %v", v)
		}
	}
	return nil
}

// decodeObject decodes the JSON object in data per f. A null, which
// encoding/json would take for an empty object, is refused: facts must be
// stated.
func decodeObject(f strictjson.Format, what string, data []byte, v any) error {
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) > 0 && trimmed[0] != '{' && len(data) <= f.MaxBytes {
		return &jsonError{what: what, class: ErrInvalidDisposal, err: errors.New("want a JSON object")}
	}
	return decode(f, what, ErrInvalidDisposal, data, v)
}

func (f DisposalFacts) toJSON() disposalFactsJSON { return disposalFactsJSON(f) }

func (j disposalFactsJSON) facts() DisposalFacts { return DisposalFacts(j) }

// MarshalJSON implements [json.Marshaler]: the facts that are true, as
// {"features_removable":true,"holder_consulted":true}. It fails for
// facts that contradict each other ([DisposalFacts.Validate]).
func (f DisposalFacts) MarshalJSON() ([]byte, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(f.toJSON())
}

// UnmarshalJSON implements [json.Unmarshaler], strictly: at most 4 KiB,
// only the keys of the facts, each once, each true or false. It validates
// the facts ([DisposalFacts.Validate]). Errors match [ErrInvalidDisposal];
// on error the receiver is unchanged.
func (f *DisposalFacts) UnmarshalJSON(data []byte) error {
	var j disposalFactsJSON
	if err := decodeObject(disposalFactsFormat, "disposal facts JSON", data, &j); err != nil {
		return err
	}
	facts := j.facts()
	if err := facts.Validate(); err != nil {
		return err
	}
	*f = facts
	return nil
}

// MarshalJSON implements [json.Marshaler]: the route, the facts, and for
// the reader the article, the explanation and the passed routes, as
// {"route":"auction","facts":{...},"article":"...","explanation":"...",
// "passed":["...","..."]}. It fails for the zero Disposal, which decides
// nothing.
func (d Disposal) MarshalJSON() ([]byte, error) {
	if !d.route.IsValid() {
		return nil, &FieldError{Field: "route", Value: d.route.String(), Reason: "the zero Disposal decides nothing: get one from DecideDisposal", class: ErrInvalidDisposal}
	}
	return json.Marshal(disposalJSON{Route: d.route, Facts: d.facts.toJSON(), Article: d.Article(), Explanation: d.Explanation(), Passed: d.Passed()})
}

// UnmarshalJSON implements [json.Unmarshaler], strictly: at most 16 KiB,
// the keys of the format, each once. The facts must be valid, with
// errors naming "facts.special_circumstances", and the route the one they
// decide. Errors match [ErrInvalidDisposal]; on error the receiver is
// unchanged.
func (d *Disposal) UnmarshalJSON(data []byte) error {
	var j disposalJSON
	if err := decodeObject(disposalFormat, "disposal JSON", data, &j); err != nil {
		return err
	}
	facts := j.Facts.facts()
	p := problems{class: ErrInvalidDisposal}
	facts.validate(&p, "facts.")
	if err := p.err(); err != nil {
		return err
	}
	if want := facts.route(); j.Route != want {
		value, reason := j.Route.String(), fmt.Sprintf("the facts decide %s (Regs art 27 para 3; R-DIS-1)", want)
		if j.Route == RouteUnknown {
			value, reason = "", "required: "+reason
		}
		p.add("route", value, reason)
		return p.err()
	}
	*d = Disposal{route: j.Route, facts: facts}
	return nil
}
