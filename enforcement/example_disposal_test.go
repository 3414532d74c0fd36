package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/enforcement"
)

func ExampleRoute() {
	for r := enforcement.PublicWelfare; r <= enforcement.Destruction; r++ {
		fmt.Println(int(r), r)
	}
	// Output:
	// 1 public-welfare
	// 2 sale-to-holder
	// 3 auction
	// 4 destruction
}

func ExampleRoute_IsValid() {
	fmt.Println(enforcement.Auction.IsValid(), enforcement.RouteUnknown.IsValid())
	// Output: true false
}

func ExampleRoute_String() {
	fmt.Println(enforcement.SaleToHolder, enforcement.Route(9))
	// Output: sale-to-holder %!Route(9)
}

func ExampleRoute_AppendText() {
	b, err := enforcement.Destruction.AppendText([]byte("route="))
	fmt.Println(string(b), err)
	// Output: route=destruction <nil>
}

func ExampleRoute_MarshalText() {
	b, err := enforcement.PublicWelfare.MarshalText()
	fmt.Println(string(b), err)
	// Output: public-welfare <nil>
}

func ExampleRoute_UnmarshalText() {
	var r enforcement.Route
	fmt.Println(r.UnmarshalText([]byte("Auction")), r)
	fmt.Println(errors.Is(r.UnmarshalText([]byte("burn")), enforcement.ErrUnknownCode), r)
	// Output:
	// <nil> auction
	// true auction
}

// exConfiscated is an ex officio case about ACME's recorded trademark,
// goods imported at Shanghai Pudong and found infringing, confiscated on
// 2024-04-10 (Regs art 27; R-EXO-8). The fixtures are in
// example_case_test.go.
func exConfiscated() enforcement.Case {
	f := exFacts(enforcement.ExOfficio, "150000.00")
	f.Direction = enforcement.Import
	return exCase(f,
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21")},
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: enforcement.Infringing},
		enforcement.Event{Kind: enforcement.Confiscation, Date: exDay("2024-04-10")})
}

// Confiscated sports shoes bearing a counterfeit mark, imported: nobody
// takes them for public welfare, ACME does not want them, and removing
// the mark would be enough to sell them — but for imported
// counterfeit-trademark goods it is not, save in special circumstances
// (Regs art 27 para 3). Customs consults ACME before deciding (GACC Ann.
// 2007 No. 16); without special circumstances the shoes are destroyed,
// with them they may be auctioned and the proceeds go to the state
// treasury (R-DIS-2).
func Example_disposal() {
	c := exConfiscated()
	fmt.Println(c.State())

	shoes := enforcement.DisposalFacts{FeaturesRemovable: true, ImportedCounterfeitTrademark: true, HolderConsulted: true}
	d, err := c.DecideDisposal(shoes)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Route(), "-", d.Article())
	for _, why := range d.Passed() {
		fmt.Println("  passed", why)
	}

	shoes.SpecialCircumstances = true
	d, err = c.DecideDisposal(shoes)
	fmt.Println(d.Route(), err)
	fmt.Println(d.Explanation())
	// Output:
	// confiscated
	// destruction - Regs art 27 para 3; Measures (2009 numbering) art 33; GACC Ann. 2007 No. 16; R-DIS-1
	//   passed public-welfare: the goods cannot be used for social public welfare (Regs art 27 para 3)
	//   passed sale-to-holder: the holder does not wish to buy the goods (Regs art 27 para 3)
	//   passed auction: they are imported counterfeit-trademark goods, which removing the mark alone does not let into commerce, and customs finds no special circumstances (Regs art 27 para 3)
	// auction <nil>
	// The goods go neither to public welfare nor to the holder, their infringing features can all be removed, and the holder has been consulted; they are imported counterfeit-trademark goods, which customs finds special circumstances to let into commerce once the mark is removed: customs may auction them once the features are removed from the goods and their packaging (Regs art 27 para 3; GACC Ann. 2007 No. 16). The proceeds go to the state treasury (Measures (2009 numbering) art 33; Customs Law art 92; R-DIS-2).
}

// The first route whose conditions hold wins (Regs art 27 para 3;
// R-DIS-1): goods fit for public welfare go there even if the holder
// wishes to buy them.
func ExampleDecideDisposal() {
	for _, f := range []enforcement.DisposalFacts{
		{UsableForPublicWelfare: true, HolderWishesToBuy: true},
		{HolderWishesToBuy: true, FeaturesRemovable: true, HolderConsulted: true},
		{FeaturesRemovable: true, HolderConsulted: true},
		{FeaturesRemovable: true}, // the holder not yet consulted
		{},
	} {
		d, err := enforcement.DecideDisposal(f)
		fmt.Println(d.Route(), len(d.Passed()), err)
	}
	// Output:
	// public-welfare 0 <nil>
	// sale-to-holder 1 <nil>
	// auction 2 <nil>
	// destruction 3 <nil>
	// destruction 3 <nil>
}

// Special circumstances are an exception for imported
// counterfeit-trademark goods alone; found for other goods they
// contradict the facts, and nothing is decided.
func ExampleDecideDisposal_contradiction() {
	d, err := enforcement.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true, SpecialCircumstances: true})
	fmt.Println(d.Route(), errors.Is(err, enforcement.ErrInvalidDisposal))
	var fe *enforcement.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field)
	}
	// Output:
	// %!Route(0) true
	// special_circumstances
}

// A case's goods are disposed of once confiscated, and the facts must fit
// the case: goods exported under a trademark are no imported
// counterfeit-trademark goods.
func ExampleCase_DecideDisposal() {
	_, err := exDetained().DecideDisposal(enforcement.DisposalFacts{})
	var de *enforcement.DisposalError
	fmt.Println(errors.As(err, &de), de.State, errors.Is(err, enforcement.ErrInvalidDisposal))
	fmt.Println(err)

	d, err := exConfiscated().DecideDisposal(enforcement.DisposalFacts{HolderWishesToBuy: true})
	fmt.Println(d.Route(), err)

	exported := exCase(exFacts(enforcement.ExOfficio, "150000.00"),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: exDay("2024-02-09")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: exDay("2024-02-19"), Amount: exMoney("75000.00")},
		enforcement.Event{Kind: enforcement.Detention, Date: exDay("2024-02-21")},
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: exDay("2024-04-01"), Result: enforcement.Infringing},
		enforcement.Event{Kind: enforcement.Confiscation, Date: exDay("2024-04-10")})
	_, err = exported.DecideDisposal(enforcement.DisposalFacts{ImportedCounterfeitTrademark: true})
	fmt.Println(err)
	// Output:
	// true under-investigation true
	// enforcement: disposal refused: the goods are neither confiscated nor taken over (state under-investigation): customs disposes only of goods it has confiscated or taken over (Regs art 27; Penalty Regs art 62(4); R-DIS-1)
	// sale-to-holder <nil>
	// enforcement: imported_counterfeit_trademark "true": the case's goods are not imported (direction export): the rule of Regs art 27 para 3 is for imported counterfeit-trademark goods
}

func ExampleDisposalFacts() {
	f := enforcement.DisposalFacts{HolderWishesToBuy: true}
	d, _ := enforcement.DecideDisposal(f)
	fmt.Println(d.Route(), d.Facts() == f)
	// Output: sale-to-holder true
}

func ExampleDisposalFacts_Validate() {
	fmt.Println(enforcement.DisposalFacts{ImportedCounterfeitTrademark: true, SpecialCircumstances: true}.Validate())
	fmt.Println(enforcement.DisposalFacts{SpecialCircumstances: true}.Validate())
	// Output:
	// <nil>
	// enforcement: special_circumstances "true": found for goods that are not imported counterfeit-trademark goods: the exception of Regs art 27 para 3 is to the rule for those goods alone
}

func ExampleDisposalFacts_MarshalJSON() {
	b, err := json.Marshal(enforcement.DisposalFacts{FeaturesRemovable: true, HolderConsulted: true})
	fmt.Println(string(b), err)
	// Output: {"features_removable":true,"holder_consulted":true} <nil>
}

// Decoding is strict: a fact is true or false, spelled as in the format.
func ExampleDisposalFacts_UnmarshalJSON() {
	var f enforcement.DisposalFacts
	fmt.Println(json.Unmarshal([]byte(`{"holder_wishes_to_buy":true}`), &f), f.HolderWishesToBuy)
	for _, bad := range []string{
		`{"holder_wishes_to_buy":"yes"}`,
		`{"Holder_Wishes_To_Buy":true}`,
		`{"special_circumstances":true}`,
	} {
		err := json.Unmarshal([]byte(bad), &f)
		fmt.Println(errors.Is(err, enforcement.ErrInvalidDisposal), err)
	}
	// Output:
	// <nil> true
	// true enforcement: disposal facts JSON: holder_wishes_to_buy: want true or false, got yes
	// true enforcement: disposal facts JSON: unknown key "Holder_Wishes_To_Buy" (keys are lower case: usable_for_public_welfare, holder_wishes_to_buy, features_removable, imported_counterfeit_trademark, special_circumstances, holder_consulted)
	// true enforcement: special_circumstances "true": found for goods that are not imported counterfeit-trademark goods: the exception of Regs art 27 para 3 is to the rule for those goods alone
}

// A Disposal is a value: two decisions on the same facts are equal.
func ExampleDisposal() {
	f := enforcement.DisposalFacts{FeaturesRemovable: true, HolderConsulted: true}
	d, _ := enforcement.DecideDisposal(f)
	again, _ := enforcement.DecideDisposal(f)
	fmt.Println(d.Route(), d == again, d == enforcement.Disposal{})
	// Output: auction true false
}

func ExampleDisposal_Route() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{UsableForPublicWelfare: true})
	fmt.Println(d.Route(), enforcement.Disposal{}.Route().IsValid())
	// Output: public-welfare false
}

func ExampleDisposal_Facts() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true})
	fmt.Printf("%s %+v\n", d.Route(), d.Facts())
	// Output: destruction {UsableForPublicWelfare:false HolderWishesToBuy:false FeaturesRemovable:true ImportedCounterfeitTrademark:false SpecialCircumstances:false HolderConsulted:false}
}

func ExampleDisposal_Article() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true, HolderConsulted: true})
	fmt.Println(d.Article())
	// Output: Regs art 27 para 3; Measures (2009 numbering) art 33; GACC Ann. 2007 No. 16; Customs Law art 92; R-DIS-1, R-DIS-2
}

func ExampleDisposal_Explanation() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{HolderConsulted: true})
	fmt.Println(d.Explanation())
	// Output: The goods go neither to public welfare nor to the holder, and cannot be auctioned: the infringing features cannot all be removed from the goods and their packaging (Regs art 27 para 3; GACC Ann. 2007 No. 16). So customs shall destroy them (Regs art 27 para 3; GACC Ann. 2007 No. 16), with the holder's assistance (Measures (2009 numbering) art 33).
}

// The holder not consulted leaves the auction closed (GACC Ann. 2007 No.
// 16), whatever else holds.
func ExampleDisposal_Passed() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true})
	for _, why := range d.Passed() {
		fmt.Println(why)
	}
	// Output:
	// public-welfare: the goods cannot be used for social public welfare (Regs art 27 para 3)
	// sale-to-holder: the holder does not wish to buy the goods (Regs art 27 para 3)
	// auction: the holder has not been consulted, as customs must before an auction (GACC Ann. 2007 No. 16)
}

func ExampleDisposal_MarshalJSON() {
	d, _ := enforcement.DecideDisposal(enforcement.DisposalFacts{HolderWishesToBuy: true})
	b, err := json.MarshalIndent(d, "", "  ")
	fmt.Println(string(b), err)
	_, err = json.Marshal(enforcement.Disposal{})
	fmt.Println(errors.Is(err, enforcement.ErrInvalidDisposal))
	// Output:
	// {
	//   "route": "sale-to-holder",
	//   "facts": {
	//     "holder_wishes_to_buy": true
	//   },
	//   "article": "Regs art 27 para 3; Measures (2009 numbering) art 33; R-DIS-1",
	//   "explanation": "The goods cannot be used for social public welfare and the holder wishes to buy them: customs may transfer them to the holder for a price, and supervises the purchase (Regs art 27 para 3; Measures (2009 numbering) art 33).",
	//   "passed": [
	//     "public-welfare: the goods cannot be used for social public welfare (Regs art 27 para 3)"
	//   ]
	// } <nil>
	// true
}

// The route read must be the one the facts decide; the texts are derived
// and computed afresh.
func ExampleDisposal_UnmarshalJSON() {
	var d enforcement.Disposal
	err := json.Unmarshal([]byte(`{"route":"destruction","facts":{"features_removable":true},"explanation":"old wording"}`), &d)
	fmt.Println(d.Route(), err)
	err = json.Unmarshal([]byte(`{"route":"auction","facts":{"features_removable":true}}`), &d)
	fmt.Println(d.Route(), err)
	// Output:
	// destruction <nil>
	// destruction enforcement: route "auction": the facts decide destruction (Regs art 27 para 3; R-DIS-1)
}

func ExampleDisposalError() {
	_, err := exSuspended().DecideDisposal(enforcement.DisposalFacts{UsableForPublicWelfare: true})
	var de *enforcement.DisposalError
	if errors.As(err, &de) {
		fmt.Println(de.State, "-", de.Reason)
	}
	// Output: suspended - the goods are neither confiscated nor taken over (state suspended): customs disposes only of goods it has confiscated or taken over (Regs art 27; Penalty Regs art 62(4); R-DIS-1)
}
