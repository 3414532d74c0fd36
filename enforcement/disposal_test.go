package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The disposal of confiscated goods, Regs art 27 para 3 (2018 text):
//
//	被没收的侵犯知识产权货物可以用于社会公益事业的，海关应当转交给有关公益机构用于
//	社会公益事业；知识产权权利人有收购意愿的，海关可以有偿转让给知识产权权利人。被
//	没收的侵犯知识产权货物无法用于社会公益事业且知识产权权利人无收购意愿的，海关可
//	以在消除侵权特征后依法拍卖，但对进口假冒商标货物，除特殊情况外，不能仅清除货物
//	上的商标标识即允许其进入商业渠道；侵权特征无法消除的，海关应当予以销毁。
//
// with GACC Ann. 2007 No. 16: goods whose infringing features cannot all
// be removed are destroyed, never auctioned, and customs consults the
// holder before an auction. dispLawRoute reads it as a decision list,
// clause by clause, independently of the package's code.

// dispFacts returns the facts whose bits are n: bit 0 usable for public
// welfare, 1 the holder wishes to buy, 2 features removable, 3 imported
// counterfeit trademark, 4 special circumstances, 5 holder consulted.
func dispFacts(n int) enforcement.DisposalFacts {
	return enforcement.DisposalFacts{
		UsableForPublicWelfare:       n&1 != 0,
		HolderWishesToBuy:            n&2 != 0,
		FeaturesRemovable:            n&4 != 0,
		ImportedCounterfeitTrademark: n&8 != 0,
		SpecialCircumstances:         n&16 != 0,
		HolderConsulted:              n&32 != 0,
	}
}

// dispContradictory reports whether f finds special circumstances for
// goods that are not imported counterfeit-trademark goods: the exception
// of Regs art 27 para 3 is for those goods alone.
func dispContradictory(f enforcement.DisposalFacts) bool {
	return f.SpecialCircumstances && !f.ImportedCounterfeitTrademark
}

// dispOpens reports whether the conditions of route r itself hold for f,
// whatever the earlier routes.
func dispOpens(r enforcement.Route, f enforcement.DisposalFacts) bool {
	switch r {
	case enforcement.PublicWelfare: // 可以用于社会公益事业的，海关应当转交
		return f.UsableForPublicWelfare
	case enforcement.SaleToHolder: // 权利人有收购意愿的，海关可以有偿转让
		return f.HolderWishesToBuy
	case enforcement.Auction: // 消除侵权特征后依法拍卖, 但 ... 除特殊情况外; consult first
		counterfeitBar := f.ImportedCounterfeitTrademark && !f.SpecialCircumstances
		return f.FeaturesRemovable && !counterfeitBar && f.HolderConsulted
	case enforcement.Destruction: // the route left
		return true
	}
	return false
}

var dispRoutes = []enforcement.Route{enforcement.PublicWelfare, enforcement.SaleToHolder, enforcement.Auction, enforcement.Destruction}

// dispLawRoute is the first route whose conditions hold.
func dispLawRoute(f enforcement.DisposalFacts) enforcement.Route {
	for _, r := range dispRoutes {
		if dispOpens(r, f) {
			return r
		}
	}
	return enforcement.RouteUnknown
}

// TestDecideDisposal checks the decision list of Regs art 27 para 3
// (R-DIS-1) row by row: each route where its own conditions hold and the
// earlier ones' do not, and the route that wins where several hold.
func TestDecideDisposal(t *testing.T) {
	type F = enforcement.DisposalFacts
	pw, sale, auction, destroy := enforcement.PublicWelfare, enforcement.SaleToHolder, enforcement.Auction, enforcement.Destruction
	for _, tc := range []struct {
		name  string
		facts F
		want  enforcement.Route
		// why: a phrase the explanation must hold.
		why string
	}{
		{"usable for public welfare", F{UsableForPublicWelfare: true}, pw, "shall hand them"},
		{"public welfare before a holder who wishes to buy", F{UsableForPublicWelfare: true, HolderWishesToBuy: true}, pw, "public-welfare bodies"},
		{"public welfare for counterfeit imports (de-branded)", F{UsableForPublicWelfare: true, ImportedCounterfeitTrademark: true}, pw, "public-welfare bodies"},
		{"public welfare before an auction", F{UsableForPublicWelfare: true, FeaturesRemovable: true, HolderConsulted: true}, pw, "public-welfare bodies"},
		{"the holder wishes to buy", F{HolderWishesToBuy: true}, sale, "for a price"},
		{"sale before an auction", F{HolderWishesToBuy: true, FeaturesRemovable: true, HolderConsulted: true}, sale, "for a price"},
		{"sale of counterfeit imports", F{HolderWishesToBuy: true, ImportedCounterfeitTrademark: true}, sale, "for a price"},
		{"auction: features removable, holder consulted", F{FeaturesRemovable: true, HolderConsulted: true}, auction, "state treasury"},
		{"auction of counterfeit imports in special circumstances", F{FeaturesRemovable: true, HolderConsulted: true, ImportedCounterfeitTrademark: true, SpecialCircumstances: true}, auction, "special circumstances"},
		{"destroy: features cannot be removed", F{HolderConsulted: true}, destroy, "shall destroy"},
		{"destroy: counterfeit imports, no special circumstances", F{FeaturesRemovable: true, HolderConsulted: true, ImportedCounterfeitTrademark: true}, destroy, "no special circumstances"},
		{"destroy: holder not consulted", F{FeaturesRemovable: true}, destroy, "not been consulted"},
		{"destroy: special circumstances, but features cannot be removed", F{HolderConsulted: true, ImportedCounterfeitTrademark: true, SpecialCircumstances: true}, destroy, "shall destroy"},
		{"destroy: nothing found", F{}, destroy, "cannot all be removed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := enforcement.DecideDisposal(tc.facts)
			require.NoError(t, err)
			assert.Equalf(t, tc.want, d.Route(), "DecideDisposal(%+v) = %s; want %s", tc.facts, d.Route(), tc.want)
			assert.Equal(t, tc.facts, d.Facts())
			assert.Contains(t, d.Explanation(), tc.why)
			assert.Len(t, d.Passed(), int(tc.want)-1)
		})
	}
}

// TestDecideDisposal_everyCombination decides all 64 combinations of the
// facts against dispLawRoute, and checks what the decision says of
// itself: the articles, the explanation and the passed routes.
func TestDecideDisposal_everyCombination(t *testing.T) {
	routes := map[enforcement.Route]int{}
	for n := 0; n < 64; n++ {
		f := dispFacts(n)
		d, err := enforcement.DecideDisposal(f)
		if dispContradictory(f) {
			assert.ErrorIsf(t, err, enforcement.ErrInvalidDisposal, "DecideDisposal(%+v)", f)
			assert.Equalf(t, enforcement.Disposal{}, d, "DecideDisposal(%+v) returned a decision with its error", f)
			continue
		}
		if !assert.NoErrorf(t, err, "DecideDisposal(%+v)", f) {
			continue
		}
		want := dispLawRoute(f)
		routes[want]++
		assert.Equalf(t, want, d.Route(), "DecideDisposal(%+v) = %s; want %s", f, d.Route(), want)
		if why := dispSaysWhy(d); why != "" {
			t.Errorf("DecideDisposal(%+v): %s", f, why)
		}
	}
	// 16 combinations contradict; of the other 48, half are fit for
	// public welfare, a quarter are bought, and 2 of the last 12 are
	// auctioned: removable and consulted, and either no counterfeit import
	// or one in special circumstances.
	assert.Equal(t, map[enforcement.Route]int{enforcement.PublicWelfare: 24, enforcement.SaleToHolder: 12, enforcement.Auction: 2, enforcement.Destruction: 10}, routes)
}

// dispSaysWhy checks what a valid decision says of itself, and returns
// what is wrong, or "".
func dispSaysWhy(d enforcement.Disposal) string {
	r, f := d.Route(), d.Facts()
	art, explain, passed := d.Article(), d.Explanation(), d.Passed()
	switch {
	case !strings.HasPrefix(art, "Regs art 27 para 3;") || !strings.Contains(art, "R-DIS-1"):
		return fmt.Sprintf("article %q does not cite Regs art 27 para 3 and R-DIS-1", art)
	case (r == enforcement.Auction) != strings.Contains(art, "R-DIS-2"):
		return fmt.Sprintf("%s: article %q: R-DIS-2 is for auctions alone", r, art)
	case (r == enforcement.Auction) != strings.Contains(explain, "state treasury"):
		return fmt.Sprintf("%s: explanation %q: the proceeds of an auction, and only those, go to the state treasury", r, explain)
	case !strings.HasSuffix(explain, ")."):
		return fmt.Sprintf("explanation %q does not end citing its source", explain)
	case len(passed) != int(r)-1:
		return fmt.Sprintf("%s: passed %q; want one reason for each of the %d earlier routes", r, passed, int(r)-1)
	}
	for i, why := range passed {
		if !strings.HasPrefix(why, dispRoutes[i].String()+": ") {
			return fmt.Sprintf("passed[%d] = %q; want the reason of %s", i, why, dispRoutes[i])
		}
		if !strings.HasSuffix(why, ")") {
			return fmt.Sprintf("passed[%d] = %q does not cite its source", i, why)
		}
	}
	if r == enforcement.Destruction {
		auction := passed[2]
		for _, bar := range []struct {
			unmet  bool
			phrase string
		}{
			{!f.FeaturesRemovable, "cannot all be removed"},
			{f.ImportedCounterfeitTrademark && !f.SpecialCircumstances, "no special circumstances"},
			{!f.HolderConsulted, "not been consulted"},
		} {
			if bar.unmet != strings.Contains(auction, bar.phrase) {
				return fmt.Sprintf("passed auction %q: %q should be there exactly when its condition is unmet", auction, bar.phrase)
			}
			if bar.unmet != strings.Contains(explain, bar.phrase) {
				return fmt.Sprintf("explanation %q: %q should be there exactly when its condition is unmet", explain, bar.phrase)
			}
		}
	}
	return ""
}

// TestDecideDisposal_contradictions checks that facts contradicting each
// other are refused with the field named as in JSON, and nothing decided.
func TestDecideDisposal_contradictions(t *testing.T) {
	for _, f := range []enforcement.DisposalFacts{
		{SpecialCircumstances: true},
		{SpecialCircumstances: true, FeaturesRemovable: true, HolderConsulted: true},
		{SpecialCircumstances: true, UsableForPublicWelfare: true, HolderWishesToBuy: true},
	} {
		d, err := enforcement.DecideDisposal(f)
		require.Errorf(t, err, "DecideDisposal(%+v) = %s; want an error", f, d.Route())
		assert.Equal(t, enforcement.Disposal{}, d)
		assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
		var fes enforcement.FieldErrors
		if assert.ErrorAs(t, err, &fes) && assert.Len(t, fes, 1) {
			assert.Equal(t, "special_circumstances", fes[0].Field)
			assert.Equal(t, "true", fes[0].Value)
			assert.Contains(t, fes[0].Reason, "Regs art 27 para 3")
		}
		assert.Equal(t, err.Error(), f.Validate().Error())
	}
}

// TestDisposal_zero checks that the zero Disposal decides nothing and
// says nothing.
func TestDisposal_zero(t *testing.T) {
	var d enforcement.Disposal
	assert.Equal(t, enforcement.RouteUnknown, d.Route())
	assert.Empty(t, d.Article())
	assert.Empty(t, d.Explanation())
	assert.Nil(t, d.Passed())
	_, err := d.MarshalJSON()
	assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
}

// TestDisposal_Passed_isTheCallers checks that a Disposal is immutable:
// the slice Passed returns is the caller's to change.
func TestDisposal_Passed_isTheCallers(t *testing.T) {
	d, err := enforcement.DecideDisposal(enforcement.DisposalFacts{})
	require.NoError(t, err)
	p := d.Passed()
	want := append([]string(nil), p...)
	p[0], p[2] = "changed", "changed"
	assert.Equal(t, want, d.Passed())
}

// dispCase returns a case on f after events, failing the test on a refusal.
func dispCase(t testing.TB, f enforcement.Facts, events ...enforcement.Event) enforcement.Case {
	t.Helper()
	c, err := enforcement.Replay(f, rulesChina(), events)
	require.NoError(t, err)
	return c
}

// dispConfiscatedHistory is an ex officio case detained on 2024-09-27,
// found infringing on 2024-10-15 and confiscated on 2024-12-20.
func dispConfiscatedHistory() []enforcement.Event {
	return append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Confiscation, "2024-12-20"))
}

// TestCase_DecideDisposal_state checks that only confiscated goods are
// disposed of (Regs art 27; R-DIS-1): a case in any other state refuses
// with a *DisposalError naming the state, whatever the facts.
func TestCase_DecideDisposal_state(t *testing.T) {
	type E = enforcement.Event
	detained := exDetainedOn("2024-09-27")
	then := func(h []E, more ...E) []E { return append(append([]E(nil), h...), more...) }
	ex, app := exOfficioFacts(), uponApplicationFacts()
	for _, tc := range []struct {
		facts  enforcement.Facts
		events []E
		want   enforcement.State
	}{
		{ex, nil, enforcement.Opened},
		{ex, []E{eventOn(enforcement.NoticeServed, "2024-02-09")}, enforcement.Suspended},
		{ex, []E{eventOn(enforcement.NoticeServed, "2024-02-09"), appliedOn("2024-02-19", "0")}, enforcement.Applied},
		{app, []E{appliedOn("2024-02-19", "0"), eventOn(enforcement.Rejection, "2024-02-20")}, enforcement.Rejected},
		{ex, detained, enforcement.UnderInvestigation},
		{ex, then(detained, resultOn("2024-10-15", enforcement.Undetermined)), enforcement.AwaitingCourt},
		{ex, then(detained, resultOn("2024-10-15", enforcement.Infringing)), enforcement.Determined},
		{ex, then(detained, resultOn("2024-10-15", enforcement.NotInfringing)), enforcement.ReleasedNotInfringing},
		{ex, then(detained, eventOn(enforcement.CourtNotice, "2024-10-10")), enforcement.CourtAssisted},
		{ex, then(detained, eventOn(enforcement.PoliceTransfer, "2024-10-10")), enforcement.TransferredToPolice},
		{ex, then(detained, eventOn(enforcement.Withdrawal, "2024-10-10")), enforcement.ReleasedWithdrawn},
		{ex, dispConfiscatedHistory(), enforcement.Confiscated},
		{unknownPartyFacts(), then(detained, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-31"),
			lapseOn("2025-02-06", enforcement.AnnouncementPeriod)), enforcement.TakenOver},
	} {
		t.Run(tc.want.String(), func(t *testing.T) {
			c := dispCase(t, tc.facts, tc.events...)
			require.Equal(t, tc.want, c.State())
			for n := 0; n < 64; n++ {
				f := dispFacts(n)
				if dispContradictory(f) || f.ImportedCounterfeitTrademark {
					continue // Refused for the facts; see TestCase_DecideDisposal_facts.
				}
				d, err := c.DecideDisposal(f)
				if tc.want == enforcement.Confiscated || tc.want == enforcement.TakenOver {
					require.NoError(t, err)
					assert.Equal(t, dispLawRoute(f), d.Route())
					continue
				}
				assert.Equal(t, enforcement.Disposal{}, d)
				assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
				var de *enforcement.DisposalError
				if assert.ErrorAs(t, err, &de) {
					assert.Equal(t, tc.want, de.State)
					assert.Contains(t, de.Reason, "neither confiscated nor taken over")
					assert.Contains(t, de.Reason, "Regs art 27")
				}
			}
		})
	}
	_, err := enforcement.Case{}.DecideDisposal(enforcement.DisposalFacts{})
	assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal, "the zero Case")
}

// TestCase_DecideDisposal_facts checks the facts against the case:
// imported counterfeit-trademark goods are imported, and infringe a
// trademark of the case (Regs art 27 para 3).
func TestCase_DecideDisposal_facts(t *testing.T) {
	withDirection := func(f enforcement.Facts, dir enforcement.Direction) enforcement.Facts {
		f.Direction = dir
		return f
	}
	both := exOfficioFacts()
	both.Rights = append(both.Rights, utilityModel())
	both.Recordations = append(both.Recordations, utilityModelRecordation())
	imp, exp := enforcement.Import, enforcement.Export
	counterfeit := enforcement.DisposalFacts{ImportedCounterfeitTrademark: true, FeaturesRemovable: true, HolderConsulted: true, SpecialCircumstances: true}
	for _, tc := range []struct {
		name  string
		facts enforcement.Facts
		// unmet: the phrases of the errors on imported_counterfeit_trademark.
		unmet []string
	}{
		{"import, trademark", withDirection(exOfficioFacts(), imp), nil},
		{"import, trademark and patent", withDirection(both, imp), nil},
		{"export, trademark", withDirection(exOfficioFacts(), exp), []string{"not imported"}},
		{"import, patent", withDirection(patentFacts(enforcement.ExOfficio), imp), []string{"no trademark"}},
		{"export, patent", withDirection(patentFacts(enforcement.ExOfficio), exp), []string{"not imported", "no trademark"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := dispCase(t, tc.facts, dispConfiscatedHistory()...)
			require.Equal(t, enforcement.Confiscated, c.State())
			d, err := c.DecideDisposal(counterfeit)
			if len(tc.unmet) == 0 {
				require.NoError(t, err)
				assert.Equal(t, enforcement.Auction, d.Route())
				return
			}
			assert.Equal(t, enforcement.Disposal{}, d)
			assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
			var fes enforcement.FieldErrors
			require.ErrorAs(t, err, &fes)
			require.Len(t, fes, len(tc.unmet))
			for i, fe := range fes {
				assert.Equal(t, "imported_counterfeit_trademark", fe.Field)
				assert.Contains(t, fe.Reason, tc.unmet[i])
				assert.Contains(t, fe.Reason, "Regs art 27 para 3")
			}
			// Without the finding the facts fit every confiscated case.
			d, err = c.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true, HolderConsulted: true})
			require.NoError(t, err)
			assert.Equal(t, enforcement.Auction, d.Route())
		})
	}

	// Every problem at once: a contradiction in the facts and with the case.
	c := dispCase(t, withDirection(patentFacts(enforcement.ExOfficio), exp), dispConfiscatedHistory()...)
	_, err := c.DecideDisposal(enforcement.DisposalFacts{SpecialCircumstances: true})
	var fes enforcement.FieldErrors
	require.ErrorAs(t, err, &fes)
	assert.Len(t, fes, 1)
	_, err = c.DecideDisposal(enforcement.DisposalFacts{ImportedCounterfeitTrademark: true})
	require.ErrorAs(t, err, &fes)
	assert.Len(t, fes, 2)
}

// TestCase_DecideDisposal_concurrent decides on one case from many
// goroutines (run with -race): a Case and a Disposal are values.
func TestCase_DecideDisposal_concurrent(t *testing.T) {
	c := dispCase(t, exOfficioFacts(), dispConfiscatedHistory()...)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 64; n++ {
				f := dispFacts(n)
				f.ImportedCounterfeitTrademark, f.SpecialCircumstances = false, false
				d, err := c.DecideDisposal(f)
				if err != nil || d.Route() != dispLawRoute(f) {
					t.Errorf("goroutine %d: DecideDisposal(%+v) = %s, %v; want %s", g, f, d.Route(), err, dispLawRoute(f))
					return
				}
				_ = d.Passed()
			}
		}(g)
	}
	wg.Wait()
}

// genDisposalFacts generates any facts, contradictory or not; the
// valid ones with Map below.
func genDisposalFacts() gopter.Gen { return gen.IntRange(0, 63).Map(dispFacts) }

// genValidDisposalFacts generates facts that do not contradict each
// other: special circumstances only for imported counterfeit-trademark
// goods.
func genValidDisposalFacts() gopter.Gen {
	return genDisposalFacts().Map(func(f enforcement.DisposalFacts) enforcement.DisposalFacts {
		f.SpecialCircumstances = f.SpecialCircumstances && f.ImportedCounterfeitTrademark
		return f
	})
}

// decided is DecideDisposal for a property: the decision, or a reason.
func decided(f enforcement.DisposalFacts) (enforcement.Disposal, string) {
	d, err := enforcement.DecideDisposal(f)
	if err != nil {
		return d, fmt.Sprintf("DecideDisposal(%+v): %v", f, err)
	}
	return d, ""
}

// TestDecideDisposal_properties checks the invariants of R-DIS-1 and
// R-DIS-2 for random facts. (TestDecideDisposal_everyCombination checks
// all 64; the properties say what is checked, and shrink a failure.)
func TestDecideDisposal_properties(t *testing.T) {
	props := testgen.Properties(t, 500)

	props.Property("total: valid facts give exactly one valid route", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			d, why := decided(f)
			if why != "" {
				return why
			}
			if !d.Route().IsValid() || d.Facts() != f {
				return fmt.Sprintf("DecideDisposal(%+v) = %s on %+v", f, d.Route(), d.Facts())
			}
			if again, _ := decided(f); again != d {
				return fmt.Sprintf("DecideDisposal(%+v) is not a function: %s then %s", f, d.Route(), again.Route())
			}
			return ""
		}, genValidDisposalFacts()))

	props.Property("never skips: the route's conditions hold, no earlier route's do", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			d, why := decided(f)
			if why != "" {
				return why
			}
			if !dispOpens(d.Route(), f) {
				return fmt.Sprintf("DecideDisposal(%+v) = %s, whose conditions do not hold", f, d.Route())
			}
			for _, r := range dispRoutes {
				if r >= d.Route() {
					break
				}
				if dispOpens(r, f) {
					return fmt.Sprintf("DecideDisposal(%+v) = %s skips %s, whose conditions hold", f, d.Route(), r)
				}
			}
			return ""
		}, genValidDisposalFacts()))

	props.Property("destruction only when nothing else applies", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			d, why := decided(f)
			if why != "" {
				return why
			}
			none := !dispOpens(enforcement.PublicWelfare, f) && !dispOpens(enforcement.SaleToHolder, f) && !dispOpens(enforcement.Auction, f)
			if (d.Route() == enforcement.Destruction) != none {
				return fmt.Sprintf("DecideDisposal(%+v) = %s; another route applies: %t", f, d.Route(), !none)
			}
			return ""
		}, genValidDisposalFacts()))

	props.Property("a counterfeit import without special circumstances is never auctioned", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			f.ImportedCounterfeitTrademark, f.SpecialCircumstances = true, false
			d, why := decided(f)
			if why != "" {
				return why
			}
			if d.Route() == enforcement.Auction {
				return fmt.Sprintf("DecideDisposal(%+v) = auction", f)
			}
			return ""
		}, genValidDisposalFacts()))

	props.Property("an auction needs removable features and the holder consulted", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			d, why := decided(f)
			if why != "" {
				return why
			}
			if d.Route() == enforcement.Auction && !(f.FeaturesRemovable && f.HolderConsulted) {
				return fmt.Sprintf("DecideDisposal(%+v) = auction", f)
			}
			return ""
		}, genValidDisposalFacts()))

	props.Property("the passed routes are the earlier ones, in order, each with its reason", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			d, why := decided(f)
			if why != "" {
				return why
			}
			return dispSaysWhy(d)
		}, genValidDisposalFacts()))

	props.Property("contradictory facts always error, naming the field, deciding nothing", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			f.SpecialCircumstances, f.ImportedCounterfeitTrademark = true, false
			d, err := enforcement.DecideDisposal(f)
			var fe *enforcement.FieldError
			switch {
			case err == nil:
				return fmt.Sprintf("DecideDisposal(%+v) = %s; want an error", f, d.Route())
			case d != enforcement.Disposal{}:
				return fmt.Sprintf("DecideDisposal(%+v) returned %s with its error", f, d.Route())
			case !errors.Is(err, enforcement.ErrInvalidDisposal) || !errors.As(err, &fe) || fe.Field != "special_circumstances":
				return fmt.Sprintf("DecideDisposal(%+v): %v; want a FieldError on special_circumstances matching ErrInvalidDisposal", f, err)
			}
			if _, err := json.Marshal(f); err == nil {
				return fmt.Sprintf("MarshalJSON(%+v) accepted contradictory facts", f)
			}
			return ""
		}, genDisposalFacts()))

	props.Property("JSON round trip: facts and decision", prop.ForAll(
		func(f enforcement.DisposalFacts) string {
			data, err := json.Marshal(f)
			if err != nil {
				return fmt.Sprintf("Marshal(%+v): %v", f, err)
			}
			var back enforcement.DisposalFacts
			if err := json.Unmarshal(data, &back); err != nil || back != f {
				return fmt.Sprintf("facts %s -> %+v, %v; want %+v", data, back, err, f)
			}
			d, why := decided(f)
			if why != "" {
				return why
			}
			if data, err = json.Marshal(d); err != nil {
				return fmt.Sprintf("Marshal(%s): %v", d.Route(), err)
			}
			var dback enforcement.Disposal
			if err := json.Unmarshal(data, &dback); err != nil || dback != d {
				return fmt.Sprintf("disposal %s -> %s %+v, %v", data, dback.Route(), dback.Facts(), err)
			}
			return ""
		}, genValidDisposalFacts()))

	props.TestingRun(t)
}

// TestDisposalFacts_UnmarshalJSON_strict checks that the facts decoder
// refuses what is not the format, naming the field, and leaves the
// receiver unchanged.
func TestDisposalFacts_UnmarshalJSON_strict(t *testing.T) {
	for _, tc := range []struct {
		json string
		want enforcement.DisposalFacts
		// field: a phrase the error must hold, "" if none is wanted.
		field string
	}{
		{`{}`, enforcement.DisposalFacts{}, ""},
		{`{"usable_for_public_welfare":false,"holder_wishes_to_buy":true}`, enforcement.DisposalFacts{HolderWishesToBuy: true}, ""},
		{`{"imported_counterfeit_trademark":true,"special_circumstances":true,"features_removable":true,"holder_consulted":true}`,
			enforcement.DisposalFacts{ImportedCounterfeitTrademark: true, SpecialCircumstances: true, FeaturesRemovable: true, HolderConsulted: true}, ""},
		{` { "features_removable" : true } `, enforcement.DisposalFacts{FeaturesRemovable: true}, ""},

		{`{"special_circumstances":true}`, enforcement.DisposalFacts{}, "special_circumstances"},
		{`{"features_removable":"true"}`, enforcement.DisposalFacts{}, "features_removable: want true or false"},
		{`{"features_removable":1}`, enforcement.DisposalFacts{}, "features_removable: want true or false"},
		{`{"features_removable":null}`, enforcement.DisposalFacts{}, "features_removable: want true or false"},
		{`{"features_removable":true,"features_removable":false}`, enforcement.DisposalFacts{}, `duplicate key "features_removable"`},
		{`{"FeaturesRemovable":true}`, enforcement.DisposalFacts{}, `unknown key "FeaturesRemovable"`},
		{`{"route":"auction"}`, enforcement.DisposalFacts{}, `unknown key "route"`},
		{`{"features_removable":{"x":1}}`, enforcement.DisposalFacts{}, "nested"},
		{`{"features_removable":true} {}`, enforcement.DisposalFacts{}, "trailing data"},
		{`[]`, enforcement.DisposalFacts{}, "disposal facts JSON"},
		{`null`, enforcement.DisposalFacts{}, "want a JSON object"},
		{`true`, enforcement.DisposalFacts{}, "disposal facts JSON"},
		{`{"features_removable":true`, enforcement.DisposalFacts{}, "disposal facts JSON"},
		{`{"holder_consulted":true,` + strings.Repeat(" ", 5000) + `}`, enforcement.DisposalFacts{}, "more than 4096"},
	} {
		t.Run(tc.json[:min(len(tc.json), 60)], func(t *testing.T) {
			before := enforcement.DisposalFacts{UsableForPublicWelfare: true, HolderConsulted: true}
			got := before
			err := got.UnmarshalJSON([]byte(tc.json))
			if tc.field == "" {
				require.NoError(t, err)
				assert.Equal(t, tc.want, got)
				return
			}
			require.Errorf(t, err, "UnmarshalJSON(%s) = %+v; want an error", tc.json, got)
			assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
			assert.Contains(t, err.Error(), tc.field)
			assert.Equal(t, before, got, "the receiver changed on error")
		})
	}
}

// TestDisposal_UnmarshalJSON_strict checks the decision's decoder: the
// route must be the one the facts decide, facts are named under "facts.",
// and the derived texts are read as text and computed afresh.
func TestDisposal_UnmarshalJSON_strict(t *testing.T) {
	for _, tc := range []struct {
		json  string
		want  enforcement.Route
		field string // A phrase the error must hold, "" if none is wanted.
	}{
		{`{"route":"destruction"}`, enforcement.Destruction, ""},
		{`{"route":"destruction","facts":{}}`, enforcement.Destruction, ""},
		{`{"route":"SALE-TO-HOLDER","facts":{"holder_wishes_to_buy":true}}`, enforcement.SaleToHolder, ""},
		{`{"route":"auction","facts":{"features_removable":true,"holder_consulted":true},"article":"","explanation":"anything","passed":["a","b"]}`, enforcement.Auction, ""},
		{`{"passed":[],"route":"public-welfare","facts":{"usable_for_public_welfare":true}}`, enforcement.PublicWelfare, ""},

		{`{}`, 0, "route: required: the facts decide destruction"},
		{`{"facts":{"holder_wishes_to_buy":true}}`, 0, "route: required: the facts decide sale-to-holder"},
		{`{"route":"auction","facts":{"features_removable":true}}`, 0, `route "auction": the facts decide destruction`},
		{`{"route":"destruction","facts":{"usable_for_public_welfare":true}}`, 0, `route "destruction": the facts decide public-welfare`},
		{`{"route":"burn"}`, 0, "route"},
		{`{"route":3}`, 0, "route: want a route code"},
		{`{"route":null}`, 0, "route: want a route code"},
		{`{"route":"destruction","facts":{"special_circumstances":true}}`, 0, "facts.special_circumstances"},
		{`{"route":"destruction","facts":{"holder_consulted":"yes"}}`, 0, "facts.holder_consulted: want true or false"},
		{`{"route":"destruction","facts":{"facts":{}}}`, 0, "nested"},
		{`{"route":"destruction","holder_consulted":true}`, 0, "holder_consulted"},
		{`{"route":"destruction","explanation":7}`, 0, "explanation: want a string"},
		{`{"route":"destruction","passed":[7]}`, 0, "disposal JSON"},
		{`{"route":"destruction","passed":"x"}`, 0, "passed: want an array of strings"},
		{`{"route":"destruction","passed":null}`, 0, "passed: want an array of strings"},
		{`{"route":"destruction","facts":null}`, 0, "facts: want an object of facts"},
		{`{"route":"destruction","facts":[]}`, 0, "disposal JSON"},
		{`null`, 0, "want a JSON object"},
		{`"destruction"`, 0, "want a JSON object"},
		{`{"route":"destruction","route":"destruction"}`, 0, "duplicate key"},
		{`{"route":"destruction","verdict":"x"}`, 0, `unknown key "verdict"`},
		{`{"route":"destruction","explanation":"` + strings.Repeat("x", 1<<14) + `"}`, 0, "more than 16384"},
	} {
		t.Run(tc.json[:min(len(tc.json), 60)], func(t *testing.T) {
			before, err := enforcement.DecideDisposal(enforcement.DisposalFacts{UsableForPublicWelfare: true})
			require.NoError(t, err)
			got := before
			err = got.UnmarshalJSON([]byte(tc.json))
			if tc.field == "" {
				require.NoError(t, err)
				assert.Equal(t, tc.want, got.Route())
				return
			}
			require.Errorf(t, err, "UnmarshalJSON(%s) = %s; want an error", tc.json, got.Route())
			assert.ErrorIs(t, err, enforcement.ErrInvalidDisposal)
			assert.Contains(t, err.Error(), tc.field)
			assert.Equal(t, before, got, "the receiver changed on error")
		})
	}
	var d enforcement.Disposal
	err := d.UnmarshalJSON([]byte(`{"route":"burn"}`))
	assert.ErrorIs(t, err, enforcement.ErrUnknownCode, "an unknown route code")
}

// TestDisposal_MarshalJSON checks the written form: keys in snake case,
// the route as its code, true facts only, and the derived texts.
func TestDisposal_MarshalJSON(t *testing.T) {
	d, err := enforcement.DecideDisposal(enforcement.DisposalFacts{FeaturesRemovable: true, HolderConsulted: true})
	require.NoError(t, err)
	data, err := json.Marshal(d)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	assert.Equal(t, "auction", m["route"])
	assert.Equal(t, map[string]any{"features_removable": true, "holder_consulted": true}, m["facts"])
	assert.Equal(t, d.Article(), m["article"])
	assert.Equal(t, d.Explanation(), m["explanation"])
	assert.Equal(t, []any{d.Passed()[0], d.Passed()[1]}, m["passed"])

	pw, err := enforcement.DecideDisposal(enforcement.DisposalFacts{UsableForPublicWelfare: true})
	require.NoError(t, err)
	data, err = json.Marshal(pw)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "passed", "the first route passes no other")
}

// TestRoute_textRoundTrip checks that every route survives its text code,
// and that an unknown route has none.
func TestRoute_textRoundTrip(t *testing.T) {
	for _, r := range dispRoutes {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back enforcement.Route
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	for _, r := range []enforcement.Route{enforcement.RouteUnknown, 5, 255} {
		_, err := r.MarshalText()
		assert.ErrorIs(t, err, enforcement.ErrUnknownCode)
	}
}
