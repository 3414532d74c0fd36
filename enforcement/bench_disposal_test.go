package enforcement_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
)

// The disposal benchmarks measure the target for decisions,
// ≤ 2 µs each with allocations reported, on every valid combination of
// the facts in turn:
//
//   - BenchmarkDecideDisposal: the decision and everything a caller reads
//     of it (route, article, explanation, passed routes), as impl=ours,
//     and as impl=naive, a decision that builds its texts with
//     fmt.Sprintf on each call, as a hand-written one would; compare them
//     with benchstat -col /impl;
//   - BenchmarkCase_DecideDisposal: the same on a confiscated import case,
//     which also checks the facts against the case.
//
// Each benchmark checks its result against the law's decision list
// (dispLawRoute), so that -benchtime=1x is a correctness run.

// Sinks keep the compiler from discarding the results.
var (
	sinkDisposal enforcement.Disposal
	sinkText     string
	sinkTexts    []string
	sinkNaiveD   naiveDisposal
)

// dispValidFacts are the 48 combinations of facts that do not contradict
// each other.
func dispValidFacts() []enforcement.DisposalFacts {
	var out []enforcement.DisposalFacts
	for n := 0; n < 64; n++ {
		if f := dispFacts(n); !dispContradictory(f) {
			out = append(out, f)
		}
	}
	return out
}

// naiveDisposal is the decision as a hand-written system keeps it: the
// route with its texts as strings.
type naiveDisposal struct {
	route       enforcement.Route
	article     string
	explanation string
	passed      []string
}

// naiveDecide is the baseline: the same decision list, its texts built
// with fmt.Sprintf on each call.
func naiveDecide(f enforcement.DisposalFacts) (naiveDisposal, error) {
	if f.SpecialCircumstances && !f.ImportedCounterfeitTrademark {
		return naiveDisposal{}, fmt.Errorf("special_circumstances: found for goods that are not imported counterfeit-trademark goods (%s)", "Regs art 27 para 3")
	}
	const regs = "Regs art 27 para 3"
	var passed []string
	if f.UsableForPublicWelfare {
		return naiveDisposal{enforcement.PublicWelfare, fmt.Sprintf("%s; %s; %s", regs, "Measures (2009 numbering) art 33", "R-DIS-1"),
			fmt.Sprintf("The goods can be used for social public welfare: customs shall hand them to the public-welfare bodies concerned (%s).", regs), passed}, nil
	}
	passed = append(passed, fmt.Sprintf("%s: the goods cannot be used for social public welfare (%s)", enforcement.PublicWelfare, regs))
	if f.HolderWishesToBuy {
		return naiveDisposal{enforcement.SaleToHolder, fmt.Sprintf("%s; %s; %s", regs, "Measures (2009 numbering) art 33", "R-DIS-1"),
			fmt.Sprintf("The holder wishes to buy the goods: customs may transfer them for a price (%s).", regs), passed}, nil
	}
	passed = append(passed, fmt.Sprintf("%s: the holder does not wish to buy the goods (%s)", enforcement.SaleToHolder, regs))
	var bars []string
	if !f.FeaturesRemovable {
		bars = append(bars, fmt.Sprintf("the infringing features cannot all be removed (%s; %s)", regs, "GACC Ann. 2007 No. 16"))
	}
	if f.ImportedCounterfeitTrademark && !f.SpecialCircumstances {
		bars = append(bars, fmt.Sprintf("imported counterfeit-trademark goods, no special circumstances (%s)", regs))
	}
	if !f.HolderConsulted {
		bars = append(bars, fmt.Sprintf("the holder has not been consulted (%s)", "GACC Ann. 2007 No. 16"))
	}
	if len(bars) == 0 {
		return naiveDisposal{enforcement.Auction, fmt.Sprintf("%s; %s; %s; %s", regs, "GACC Ann. 2007 No. 16", "Customs Law art 92", "R-DIS-1, R-DIS-2"),
			fmt.Sprintf("Customs may auction the goods once the features are removed (%s); the proceeds go to the state treasury (%s).", regs, "R-DIS-2"), passed}, nil
	}
	why := strings.Join(bars, "; ")
	passed = append(passed, fmt.Sprintf("%s: %s", enforcement.Auction, why))
	return naiveDisposal{enforcement.Destruction, fmt.Sprintf("%s; %s; %s", regs, "Measures (2009 numbering) art 33", "R-DIS-1"),
		fmt.Sprintf("The goods cannot be auctioned: %s. So customs destroys them (%s).", why, regs), passed}, nil
}

func BenchmarkDecideDisposal(b *testing.B) {
	facts := dispValidFacts()
	for _, f := range facts {
		d, err := enforcement.DecideDisposal(f)
		n, nerr := naiveDecide(f)
		if err != nil || nerr != nil || d.Route() != dispLawRoute(f) || n.route != d.Route() || len(n.passed) != len(d.Passed()) {
			b.Fatalf("DecideDisposal(%+v) = %s, %v; naive %s, %v; want %s", f, d.Route(), err, n.route, nerr, dispLawRoute(f))
		}
	}
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		var d enforcement.Disposal
		var err error
		for i := 0; i < b.N; i++ {
			d, err = enforcement.DecideDisposal(facts[i%len(facts)])
			sinkText = d.Article()
			sinkText = d.Explanation()
			sinkTexts = d.Passed()
		}
		if err != nil {
			b.Fatal(err)
		}
		sinkDisposal = d
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		var d naiveDisposal
		var err error
		for i := 0; i < b.N; i++ {
			d, err = naiveDecide(facts[i%len(facts)])
		}
		if err != nil {
			b.Fatal(err)
		}
		sinkNaiveD = d
	})
}

func BenchmarkCase_DecideDisposal(b *testing.B) {
	f := exOfficioFacts()
	f.Direction = enforcement.Import
	c, err := enforcement.Replay(f, rulesChina(), dispConfiscatedHistory())
	if err != nil || c.State() != enforcement.Confiscated {
		b.Fatalf("Replay = %s, %v; want confiscated", c.State(), err)
	}
	facts := dispValidFacts()
	for _, f := range facts {
		if d, err := c.DecideDisposal(f); err != nil || d.Route() != dispLawRoute(f) {
			b.Fatalf("DecideDisposal(%+v) = %s, %v; want %s", f, d.Route(), err, dispLawRoute(f))
		}
	}
	b.ReportAllocs()
	var d enforcement.Disposal
	for i := 0; i < b.N; i++ {
		d, err = c.DecideDisposal(facts[i%len(facts)])
		sinkText = d.Explanation()
		sinkTexts = d.Passed()
	}
	if err != nil {
		b.Fatal(err)
	}
	sinkDisposal = d
}
