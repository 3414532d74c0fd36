package enforcement_test

// Findings of the adversarial review of the issue-5 code (params.go,
// generalbond.go, penalty.go, disposal.go, personal.go). A TestBug_ test
// shows a defect and is skipped until it is fixed; a TestReview1_ test
// passes and kills a mutation that the suite let survive.

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// within runs f and fails the test if it takes longer than limit.
func within(t *testing.T, limit time.Duration, name string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		t.Errorf("%s took more than %s", name, limit)
		return nil
	}
}

// TestReview1_zeroWithHugeExponentAnswersFast (was a bug: it hung): a zero amount written with an absurd
// exponent, decimal.New(0, -100000000) or decimal.New(0, 2000000000),
// passes moneyProblem (its Sign is 0, checked before the exponent), and
// fen() then rescales it, computing 10^(10^8) (Truncate) or looping
// 2·10^9 times (the n *= 10 loop). Every issue-5 entry point that takes
// money hangs for seconds to minutes instead of answering at once:
// FineBand, CheckFine, TierOf, Band.Contains (goods value or fine),
// CheckParcel (value, duty), NewGeneralBond (previous_year_fees), and a
// FineBand on Parameters holding such an amount. Want: 0 (it is zero, so
// a valid amount) or an error, in well under a millisecond. Standards:
// "never a panic ... Bound every input"; the brief's "> 1 ms" rule. The
// root is moneyProblem (errors.go) and fen (case.go): check the exponent
// whatever the sign, or normalise a zero before fen.
func TestReview1_zeroWithHugeExponentAnswersFast(t *testing.T) {

	p := enforcement.DefaultParameters()
	on := d("2025-05-20")
	for _, z := range []decimal.Decimal{decimal.New(0, -100_000_000), decimal.New(0, 2_000_000_000)} {
		checks := map[string]func() error{
			"FineBand goods_value": func() error {
				_, err := enforcement.FineBand(enforcement.InfringingGoods, enforcement.Heavier, z, on, p)
				return err
			},
			"CheckFine fine": func() error {
				return enforcement.CheckFine(enforcement.InfringingGoods, enforcement.Statutory, amt("1000"), z, on, p)
			},
			"TierOf fine": func() error {
				_, err := enforcement.TierOf(enforcement.DeclarationFailure, amt("0"), z, on, p)
				return err
			},
			"CheckParcel value": func() error {
				_, err := enforcement.CheckParcel(p, enforcement.Parcel{Date: on, Direction: enforcement.Import, Region: enforcement.Elsewhere, Value: z})
				return err
			},
			"NewGeneralBond previous_year_fees": func() error {
				terms := gbTerms("0")
				terms.PreviousYearFees = z
				_, err := enforcement.NewGeneralBond(terms, rulesChina(), p)
				return err
			},
			"FineBand on such a parameter": func() error {
				q, err := p.With(enforcement.Parameter{Kind: enforcement.DeclarationFineMax, Value: z, Source: "x", From: d("2025-01-01")})
				if err != nil {
					return err
				}
				_, err = enforcement.FineBand(enforcement.DeclarationFailure, enforcement.Statutory, amt("0"), on, q)
				return err
			},
		}
		for name, f := range checks {
			_ = within(t, 100*time.Millisecond, fmt.Sprintf("%s, 0e%d", name, z.Exponent()), f)
		}
	}
}

// TestReview1_generalBondTotalsNeverOverflow (was a bug): the ledger's totals are int64 fen,
// and a ledger may hold MaxGeneralBondEntries (100,000) notices of up to
// MaxAmount (10^14 fen) each, 10^19 fen, beyond int64's 9.2·10^18. After
// 92,234 notices of 1,000,000,000,000.00, Totals().Notified wraps to
// -92167440737095516.16 and Outstanding with it: the ledger no longer
// balances (Notified = Paid + Drawn + Outstanding with a negative
// Notified). Want: the notice that would overflow refused (a
// *GeneralBondRefusedError or FieldError), or totals that stay exact.
// Rule: conservation of the general bond's ledger (R-FEE-4, issue 5
// "ledgers never go negative and conserve money").
func TestReview1_generalBondTotalsNeverOverflow(t *testing.T) {

	b := mustBond(t, gbTerms("0"))
	on := d("2025-03-03")
	for i := 0; i < 92_300; i++ {
		next, err := b.Notify("N-"+itoa36(i), gbCase1, amt("1000000000000"), on)
		if err != nil {
			return // Refusing the notice that would overflow is a fix.
		}
		b = next
	}
	tot := b.Totals()
	assert.True(t, tot.Notified.Sign() > 0, "Notified = %s after 92,300 notices of MaxAmount", tot.Notified)
	assert.True(t, tot.Outstanding.Sign() >= 0, "Outstanding = %s", tot.Outstanding)
}

// itoa36 writes i in base 36.
func itoa36(i int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 36 {
		b = append([]byte{digits[i%36]}, b...)
	}
	return string(b)
}

// TestReview1_zeroRateWithExponentNotAboveOne (was a bug): NewParameters refuses a
// rate of 0 written as decimal.New(0, 5) with "a rate is a fraction of
// the goods' value, at most 1" (the Exponent() > 1 shortcut): the reason
// is false, 0 is at most 1. Want: accepted as the rate 0 (as the amount
// check accepts decimal.New(0, 5) for an amount), or a reason that is
// true. Minor: API/error wording (standards: "a clear typed error").
func TestReview1_zeroRateWithExponentNotAboveOne(t *testing.T) {

	_, err := enforcement.NewParameters(enforcement.Parameter{Kind: enforcement.InfringingOrdinaryRate,
		Value: decimal.New(0, 5), Source: "x", From: d("2024-01-01")})
	if err != nil {
		assert.NotContains(t, err.Error(), "at most 1", "0 is at most 1")
	}
}

// TestReview1_parametersJSONMissingValueRequired (was a bug): parameters JSON without
// a "value" key fails with `[0].value: not a number` and an empty value;
// the other required fields say "required". Want a reason that says the
// value is required. Minor (error messages name the field, and should
// say what is wrong).
func TestReview1_parametersJSONMissingValueRequired(t *testing.T) {

	var p enforcement.Parameters
	err := p.UnmarshalJSON([]byte(`[{"kind":"duty-waiver","source":"GACC Ann. 2010 No. 43","from":"2010-09-01"}]`))
	require.ErrorIs(t, err, enforcement.ErrInvalidParameters)
	assert.Contains(t, err.Error(), "required")
}

// TestReview1_olderBondSeesNoLaterNotice: a bond extended in place by a
// later operation shares its log with the bond it came from; the older
// bond must not see, pay or call the later notice. Kills the mutation
// "find ignores b.m" (return k, ok), which the suite let survive:
// TestGeneralBond_branches looks for a later notice only on a bond whose
// log was copied.
func TestReview1_olderBondSeesNoLaterNotice(t *testing.T) {
	base := mustBond(t, gbTerms("0"))
	base, err := base.Notify("F-1", gbCase1, amt("1000"), d("2025-09-26"))
	require.NoError(t, err)
	later, err := base.Notify("F-2", gbCase2, amt("500"), d("2025-09-29")) // In place: base was the tip.
	require.NoError(t, err)
	require.Len(t, later.Notices(), 2)

	_, found := base.Notice("F-2")
	assert.False(t, found, "F-2 is on the later bond only")
	assert.Len(t, base.Notices(), 1)
	_, err = base.Pay("F-2", amt("100"), d("2025-09-30"))
	assert.ErrorIs(t, err, enforcement.ErrGeneralBondRefused, "paying a notice the older bond does not hold")
	_, err = base.Call("F-2", d("2025-11-30"))
	assert.ErrorIs(t, err, enforcement.ErrGeneralBondRefused, "calling for a notice the older bond does not hold")
	// And the older bond may receive a notice of the same reference.
	other, err := base.Notify("F-2", gbCase1, amt("7"), d("2025-09-29"))
	require.NoError(t, err)
	n, _ := other.Notice("F-2")
	assert.True(t, n.Amount.Equal(amt("7")), "F-2 on the other branch: %v", n)
	n, _ = later.Notice("F-2")
	assert.True(t, n.Amount.Equal(amt("500")), "F-2 on the later bond: %v", n)
}

// TestReview1_branchDropsLaterBalances: a branch copied from an older
// bond must not carry a payment made on a later bond. Kills the
// mutation "copyLedger keeps a balance whose entry is b.n" (>= → >),
// which the suite let survive: the stale balance shows only when the
// branch's next entry concerns another notice.
func TestReview1_branchDropsLaterBalances(t *testing.T) {
	base := mustBond(t, gbTerms("0"))
	base, err := base.Notify("F-1", gbCase1, amt("1000"), d("2025-09-26"))
	require.NoError(t, err)
	paid, err := base.Pay("F-1", amt("400"), d("2025-10-09")) // In place.
	require.NoError(t, err)
	branch, err := base.Notify("F-2", gbCase2, amt("5"), d("2025-10-10")) // Copies base's ledger.
	require.NoError(t, err)

	n, _ := branch.Notice("F-1")
	assert.True(t, n.Paid.IsZero() && n.Outstanding.Equal(amt("1000")), "the branch never saw the payment: %v", n)
	assert.True(t, branch.Totals().Paid.IsZero())
	n, _ = paid.Notice("F-1")
	assert.True(t, n.Paid.Equal(amt("400")), "the paying bond: %v", n)
	// The branch can still be paid in full, and not beyond.
	_, err = branch.Pay("F-1", amt("1000"), d("2025-10-10"))
	assert.NoError(t, err)
	_, err = branch.Pay("F-1", amt("1000.01"), d("2025-10-10"))
	assert.True(t, errors.Is(err, enforcement.ErrGeneralBondRefused))
}
