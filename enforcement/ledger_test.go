package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entry builds a ledger entry; amount "" for none.
func entry(k enforcement.EntryKind, date, amount string) enforcement.LedgerEntry {
	e := enforcement.LedgerEntry{Kind: k, Date: d(date)}
	if amount != "" {
		e.Amount = amt(amount)
	}
	return e
}

// mustLedger opens a bond ledger on the law's rules, failing the test on
// any error.
func mustLedger(t testing.TB, entries ...enforcement.LedgerEntry) enforcement.BondLedger {
	t.Helper()
	l, err := enforcement.NewBondLedger(rulesChina(), entries...)
	require.NoError(t, err)
	return l
}

// requireMoney checks a decimal against its expected text.
func requireMoney(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	assert.Truef(t, got.Equal(amt(want)), "%s = %s; want %s", what, got, want)
}

// The scenario of the issue, by hand: 75,000.00 posted; 3,999.80
// deducted; 1,200.00 credited; release on Friday 2024-03-15; the window of
// Measures art 35 (20 WD from Monday 18 March) ends Monday 15 April: 18-22
// and 25-29 March are 10 working days, 1-3 April 13, Thursday 4 to
// Saturday 6 April the Qingming holiday, Sunday 7 April a working day
// (14), 8-12 April 19, Monday 15 April the 20th. Balance 69,800.20. The
// refund also waits for the fees of the detention period to be settled
// (Regs arts 14, 25; R-FEE-1, R-FEE-5), here on 22 March.
func TestBondLedger_issueScenario(t *testing.T) {
	l := mustLedger(t,
		entry(enforcement.Deposit, "2024-02-19", "75000.00"),
		entry(enforcement.FeeDeduction, "2024-03-04", "3999.80"),
		entry(enforcement.WarehouseCredit, "2024-03-08", "1200.00"),
		entry(enforcement.GoodsReleased, "2024-03-15", ""))
	w, err := l.PreservationWindow()
	require.NoError(t, err)
	assert.Equal(t, d("2024-04-15"), w.LastDay)
	_, err = l.RefundableFrom()
	var unsettled *enforcement.LedgerError
	require.ErrorAs(t, err, &unsettled)
	assert.Contains(t, unsettled.Reason, "fees of the detention period are not settled")
	assert.Contains(t, unsettled.Reason, "window ends on 2024-04-15")
	_, err = l.Apply(entry(enforcement.Refund, "2024-04-16", "69800.20"))
	require.ErrorAs(t, err, &unsettled)
	assert.Equal(t, d("2024-04-15"), unsettled.LastDay)
	assert.True(t, unsettled.From.IsZero(), "the day hangs on the settlement, which the ledger does not know")

	l, err = l.Apply(entry(enforcement.FeesSettled, "2024-03-22", ""))
	require.NoError(t, err)
	from, err := l.RefundableFrom()
	require.NoError(t, err)
	assert.Equal(t, d("2024-04-16"), from)
	requireMoney(t, "balance", l.Balance(), "69800.20")

	// The last day of the window is still inside it.
	_, err = l.Apply(entry(enforcement.Refund, "2024-04-15", "69800.20"))
	var le *enforcement.LedgerError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, d("2024-04-16"), le.From)
	assert.Equal(t, d("2024-04-15"), le.LastDay)

	l, err = l.Apply(entry(enforcement.Refund, "2024-04-16", "69800.20"))
	require.NoError(t, err)
	requireMoney(t, "balance", l.Balance(), "0")
	requireMoney(t, "refunded", l.Refunded(), "69800.20")
	closed, ok := l.Closed()
	assert.True(t, ok)
	assert.Equal(t, d("2024-04-16"), closed)
}

// TestBondLedger_rules walks the rules of the bond ledger one refusal at a
// time: each row applies its entries to a fresh ledger holding the given
// history, and checks the last entry's outcome.
func TestBondLedger_rules(t *testing.T) {
	dep := entry(enforcement.Deposit, "2024-02-19", "20000.00")
	rel := entry(enforcement.GoodsReleased, "2024-03-15", "") // window ends 2024-04-15
	set := entry(enforcement.FeesSettled, "2024-03-20", "")
	not := entry(enforcement.NotDetained, "2024-03-05", "")
	relSet := []enforcement.LedgerEntry{dep, rel, set}
	for _, tc := range []struct {
		name      string
		history   []enforcement.LedgerEntry
		e         enforcement.LedgerEntry
		reason    string // "" for accepted; else a substring of the reason
		shortfall string
		from      string
		lastDay   string
	}{
		{"a ledger opens with a deposit", nil, entry(enforcement.FeeDeduction, "2024-02-19", "1.00"), "no bond posted yet", "", "", ""},
		{"a deposit opens it", nil, dep, "", "", "", ""},
		{"a top-up", []enforcement.LedgerEntry{dep}, entry(enforcement.Deposit, "2024-02-20", "0.01"), "", "", "", ""},
		{"dated before the previous entry", []enforcement.LedgerEntry{dep}, entry(enforcement.Deposit, "2024-02-18", "1"), "dated before the previous entry", "", "", ""},
		{"the same day is in order", []enforcement.LedgerEntry{dep}, entry(enforcement.FeeDeduction, "2024-02-19", "1"), "", "", "", ""},
		{"fee of the whole balance", []enforcement.LedgerEntry{dep}, entry(enforcement.FeeDeduction, "2024-03-01", "20000.00"), "", "", "", ""},
		{"fee above the balance by a fen", []enforcement.LedgerEntry{dep}, entry(enforcement.FeeDeduction, "2024-03-01", "20000.01"), "more than the balance, 20000.00, by 0.01", "0.01", "", ""},
		{"credit above the balance", []enforcement.LedgerEntry{dep}, entry(enforcement.WarehouseCredit, "2024-03-01", "25000"), "by 5000.00", "5000", "", ""},
		{"fee after settlement", []enforcement.LedgerEntry{dep, entry(enforcement.FeesSettled, "2024-03-01", "")}, entry(enforcement.FeeDeduction, "2024-03-02", "1"), "fees were settled on 2024-03-01", "", "", ""},
		{"credit after settlement", []enforcement.LedgerEntry{dep, entry(enforcement.FeesSettled, "2024-03-01", "")}, entry(enforcement.WarehouseCredit, "2024-03-02", "1"), "fees were settled", "", "", ""},
		{"released twice", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.CourtSeizure, "2024-03-20", ""), "already recorded: goods-released on 2024-03-15", "", "", ""},
		{"released after disposal", []enforcement.LedgerEntry{dep, entry(enforcement.GoodsDisposed, "2024-03-01", "")}, rel, "confiscated and disposed of on 2024-03-01", "", "", ""},
		{"disposed after release", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.GoodsDisposed, "2024-04-01", ""), "not confiscated", "", "", ""},
		{"preservation before release", []enforcement.LedgerEntry{dep}, entry(enforcement.PreservationNotice, "2024-03-01", "100"), "window opens only then", "", "", ""},
		{"preservation on the window's last day", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.PreservationNotice, "2024-04-15", "100"), "", "", "", ""},
		{"preservation the day after", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.PreservationNotice, "2024-04-16", "100"), "ended on 2024-04-15", "", "", "2024-04-15"},
		{"preservation above the balance", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.PreservationNotice, "2024-04-01", "20000.01"), "by 0.01", "0.01", "", ""},
		{"preservation after a court seizure", []enforcement.LedgerEntry{dep, entry(enforcement.CourtSeizure, "2024-03-15", "")}, entry(enforcement.PreservationNotice, "2024-04-15", "100"), "", "", "", ""},
		{"compensation without a notice", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.Compensation, "2024-04-01", "100"), "nothing is held", "", "", ""},
		{"compensation above what is held", []enforcement.LedgerEntry{dep, rel, entry(enforcement.PreservationNotice, "2024-04-01", "100")}, entry(enforcement.Compensation, "2024-05-01", "100.01"), "more than what is held for the court, 100.00, by 0.01", "0.01", "", ""},
		{"a court awards nothing", []enforcement.LedgerEntry{dep, rel, entry(enforcement.PreservationNotice, "2024-04-01", "100")}, entry(enforcement.Compensation, "2024-05-01", "0"), "", "", "", ""},
		{"fee from the money held", []enforcement.LedgerEntry{dep, rel, entry(enforcement.PreservationNotice, "2024-04-01", "19000")}, entry(enforcement.FeeDeduction, "2024-04-02", "1000.01"), "more than the balance not held for the court, 1000.00, by 0.01", "0.01", "", ""},
		{"refund before release", []enforcement.LedgerEntry{dep}, entry(enforcement.Refund, "2024-03-01", "20000"), "neither released, seized by a court, nor disposed of, nor recorded as never detained", "", "", ""},
		{"refund inside the window", relSet, entry(enforcement.Refund, "2024-04-15", "20000"), "possible from 2024-04-16", "", "2024-04-16", "2024-04-15"},
		{"refund after the window", relSet, entry(enforcement.Refund, "2024-04-16", "20000"), "", "", "", ""},
		{"refund after the window, fees unsettled", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.Refund, "2024-04-16", "20000"), "released on 2024-03-15, but the fees of the detention period are not settled", "", "", "2024-04-15"},
		{"refund after a court seizure, fees unsettled", []enforcement.LedgerEntry{dep, entry(enforcement.CourtSeizure, "2024-03-15", "")}, entry(enforcement.Refund, "2024-05-06", "20000"), "seized by a court on 2024-03-15, but the fees", "", "", "2024-04-15"},
		{"refund after a court seizure and settlement", []enforcement.LedgerEntry{dep, entry(enforcement.CourtSeizure, "2024-03-15", ""), set}, entry(enforcement.Refund, "2024-04-16", "20000"), "", "", "", ""},
		{"settled before the release", []enforcement.LedgerEntry{dep, set, entry(enforcement.GoodsReleased, "2024-03-20", "")}, entry(enforcement.Refund, "2024-04-19", "20000"), "", "", "", ""},
		{"settled after the window: refund that day", []enforcement.LedgerEntry{dep, rel, entry(enforcement.FeesSettled, "2024-05-06", "")}, entry(enforcement.Refund, "2024-05-06", "20000"), "", "", "", ""},
		{"refund of part of the balance", relSet, entry(enforcement.Refund, "2024-04-16", "19999.99"), "returns the whole balance, 20000.00", "", "", ""},
		{"refund of nothing with a balance", relSet, entry(enforcement.Refund, "2024-04-16", "0"), "returns the whole balance, 20000.00", "", "", ""},
		{"refund of more than the balance", relSet, entry(enforcement.Refund, "2024-04-16", "20000.01"), "by 0.01", "0.01", "", ""},
		{"refund of the 0.00 left", []enforcement.LedgerEntry{dep, entry(enforcement.FeeDeduction, "2024-03-01", "20000"), rel, set}, entry(enforcement.Refund, "2024-04-16", "0"), "", "", "", ""},
		{"refund of a fen when 0.00 is left", []enforcement.LedgerEntry{dep, entry(enforcement.FeeDeduction, "2024-03-01", "20000"), rel, set}, entry(enforcement.Refund, "2024-04-16", "0.01"), "by 0.01", "0.01", "", ""},
		{"refund of 0.00 inside the window", []enforcement.LedgerEntry{dep, entry(enforcement.FeeDeduction, "2024-03-01", "20000"), rel, set}, entry(enforcement.Refund, "2024-04-15", "0"), "possible from 2024-04-16", "", "2024-04-16", "2024-04-15"},
		{"refund while held", []enforcement.LedgerEntry{dep, rel, set, entry(enforcement.PreservationNotice, "2024-04-01", "100")}, entry(enforcement.Refund, "2024-06-01", "20000"), "held under the court's property-preservation notice of 2024-04-01", "", "", ""},
		{"refund after the judgment", []enforcement.LedgerEntry{dep, rel, set, entry(enforcement.PreservationNotice, "2024-04-01", "100"), entry(enforcement.Compensation, "2024-06-03", "60")}, entry(enforcement.Refund, "2024-06-03", "19940"), "", "", "", ""},
		{"refund after the judgment, fees unsettled", []enforcement.LedgerEntry{dep, rel, entry(enforcement.PreservationNotice, "2024-04-01", "100"), entry(enforcement.Compensation, "2024-06-03", "60")}, entry(enforcement.Refund, "2024-06-03", "19940"), "not settled", "", "", "2024-04-15"},
		{"compensation took it all", []enforcement.LedgerEntry{dep, rel, set, entry(enforcement.PreservationNotice, "2024-04-01", "20000"), entry(enforcement.Compensation, "2024-06-03", "20000")}, entry(enforcement.Refund, "2024-06-03", "0.00"), "", "", "", ""},
		{"never detained: refund that day", []enforcement.LedgerEntry{dep, not}, entry(enforcement.Refund, "2024-03-05", "20000"), "", "", "", ""},
		{"never detained: no window, no settlement", []enforcement.LedgerEntry{dep, entry(enforcement.FeeDeduction, "2024-03-01", "500"), not}, entry(enforcement.Refund, "2024-03-05", "19500"), "", "", "", ""},
		{"never detained: a refund before is early", []enforcement.LedgerEntry{dep}, entry(enforcement.Refund, "2024-03-04", "20000"), "nor recorded as never detained", "", "", ""},
		{"never detained: fees may still be deducted", []enforcement.LedgerEntry{dep, not}, entry(enforcement.FeeDeduction, "2024-03-06", "100"), "", "", "", ""},
		{"never detained twice", []enforcement.LedgerEntry{dep, not}, entry(enforcement.NotDetained, "2024-03-06", ""), "already recorded on 2024-03-05", "", "", ""},
		{"released after never detained", []enforcement.LedgerEntry{dep, not}, rel, "never detained: not-detained on 2024-03-05", "", "", ""},
		{"seized after never detained", []enforcement.LedgerEntry{dep, not}, entry(enforcement.CourtSeizure, "2024-03-15", ""), "never detained", "", "", ""},
		{"disposed after never detained", []enforcement.LedgerEntry{dep, not}, entry(enforcement.GoodsDisposed, "2024-03-15", ""), "never detained", "", "", ""},
		{"preservation after never detained", []enforcement.LedgerEntry{dep, not}, entry(enforcement.PreservationNotice, "2024-03-15", "100"), "never detained", "", "", ""},
		{"never detained after a release", []enforcement.LedgerEntry{dep, rel}, entry(enforcement.NotDetained, "2024-03-16", ""), "the detention ended: goods-released on 2024-03-15", "", "", ""},
		{"never detained after a disposal", []enforcement.LedgerEntry{dep, entry(enforcement.GoodsDisposed, "2024-03-01", "")}, not, "disposed of on 2024-03-01", "", "", ""},
		{"refund after disposal, fees unsettled", []enforcement.LedgerEntry{dep, entry(enforcement.GoodsDisposed, "2024-06-01", "")}, entry(enforcement.Refund, "2024-06-03", "20000"), "fees are not settled", "", "", ""},
		{"refund after disposal and settlement", []enforcement.LedgerEntry{dep, entry(enforcement.FeesSettled, "2024-05-01", ""), entry(enforcement.GoodsDisposed, "2024-06-01", "")}, entry(enforcement.Refund, "2024-06-01", "20000"), "", "", "", ""},
		{"settlement alone is not enough", []enforcement.LedgerEntry{dep, entry(enforcement.FeesSettled, "2024-05-01", "")}, entry(enforcement.Refund, "2024-06-01", "20000"), "neither released", "", "", ""},
		{"closed after the refund", append(relSet[:3:3], entry(enforcement.Refund, "2024-04-16", "20000")), entry(enforcement.Deposit, "2024-04-17", "1"), "the ledger is closed", "", "", ""},
		{"closed after a refund of 0.00", []enforcement.LedgerEntry{dep, entry(enforcement.FeeDeduction, "2024-03-01", "20000"), not, entry(enforcement.Refund, "2024-03-05", "0")}, entry(enforcement.Deposit, "2024-03-06", "1"), "the ledger is closed", "", "", ""},
		{"a counter-guarantee's entry", []enforcement.LedgerEntry{dep}, entry(enforcement.SuitAccepted, "2024-03-01", ""), "belongs to a counter-guarantee", "", "", ""},
		{"another counter-guarantee entry", []enforcement.LedgerEntry{dep}, entry(enforcement.ReleaseNotice, "2024-03-01", ""), "belongs to a counter-guarantee", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := mustLedger(t, tc.history...)
			got, err := l.Apply(tc.e)
			if tc.reason == "" {
				require.NoError(t, err)
				assert.Equal(t, len(l.Entries())+1, len(got.Entries()))
				return
			}
			var le *enforcement.LedgerError
			require.ErrorAsf(t, err, &le, "Apply(%v) = %v; want refused: %s", tc.e, err, tc.reason)
			assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
			assert.Contains(t, le.Reason, tc.reason)
			assert.True(t, got.Equal(l), "a refused entry changed the ledger")
			assert.True(t, le.Balance.Equal(l.Balance()), "LedgerError.Balance = %s; want %s", le.Balance, l.Balance())
			if tc.shortfall == "" {
				tc.shortfall = "0"
			}
			assert.Truef(t, le.Shortfall.Equal(amt(tc.shortfall)), "Shortfall = %s; want %s", le.Shortfall, tc.shortfall)
			assert.Equal(t, dateOrZero(tc.from), le.From, "From")
			assert.Equal(t, dateOrZero(tc.lastDay), le.LastDay, "LastDay")
		})
	}
}

func dateOrZero(s string) calendar.Date {
	if s == "" {
		return calendar.Date{}
	}
	return d(s)
}

// TestLedgerEntry_Validate checks bad input: each field named as in JSON,
// matching ErrInvalidLedger, and Apply leaving the ledger unchanged.
func TestLedgerEntry_Validate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		e     enforcement.LedgerEntry
		field string
	}{
		{"unknown kind", enforcement.LedgerEntry{Date: d("2024-03-01")}, "kind"},
		{"out-of-range kind", enforcement.LedgerEntry{Kind: 200, Date: d("2024-03-01")}, "kind"},
		{"no date", enforcement.LedgerEntry{Kind: enforcement.GoodsReleased}, "date"},
		{"impossible date", enforcement.LedgerEntry{Kind: enforcement.GoodsReleased, Date: calendar.Date{Year: 2024, Month: 2, Day: 30}}, "date"},
		{"negative deposit", entry(enforcement.Deposit, "2024-03-01", "-0.01"), "amount"},
		{"zero deposit", entry(enforcement.Deposit, "2024-03-01", "0"), "amount"},
		{"zero fee", entry(enforcement.FeeDeduction, "2024-03-01", ""), "amount"},
		{"negative refund", entry(enforcement.Refund, "2024-03-01", "-0.01"), "amount"},
		{"money on not-detained", entry(enforcement.NotDetained, "2024-03-01", "0.01"), "amount"},
		{"zero preservation", entry(enforcement.PreservationNotice, "2024-03-01", "0"), "amount"},
		{"above MaxAmount", entry(enforcement.Deposit, "2024-03-01", "1000000000000.01"), "amount"},
		{"exponent bomb", enforcement.LedgerEntry{Kind: enforcement.Deposit, Date: d("2024-03-01"), Amount: decimal.New(1, 999999)}, "amount"},
		{"tiny exponent", enforcement.LedgerEntry{Kind: enforcement.Deposit, Date: d("2024-03-01"), Amount: decimal.New(1, -999999)}, "amount"},
		{"finer than a fen", entry(enforcement.WarehouseCredit, "2024-03-01", "0.001"), "amount"},
		{"negative compensation", entry(enforcement.Compensation, "2024-03-01", "-1"), "amount"},
		{"money on a marker", entry(enforcement.FeesSettled, "2024-03-01", "1"), "amount"},
		{"long reference", enforcement.LedgerEntry{Kind: enforcement.GoodsReleased, Date: d("2024-03-01"), Reference: strings.Repeat("x", 129)}, "reference"},
		{"control character in note", enforcement.LedgerEntry{Kind: enforcement.GoodsReleased, Date: d("2024-03-01"), Note: "a\x00b"}, "note"},
		{"leading space", enforcement.LedgerEntry{Kind: enforcement.GoodsReleased, Date: d("2024-03-01"), Reference: " X"}, "reference"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.e.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
			var fe *enforcement.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)

			l := mustLedger(t, entry(enforcement.Deposit, "2024-02-01", "100"))
			got, err := l.Apply(tc.e)
			assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
			assert.True(t, got.Equal(l))
		})
	}
	// The zero amounts that mean something: a court that awards nothing,
	// and the refund of a balance that is 0.
	assert.NoError(t, entry(enforcement.Compensation, "2024-03-01", "0").Validate())
	assert.NoError(t, entry(enforcement.Refund, "2024-03-01", "0").Validate())
	assert.NoError(t, entry(enforcement.Refund, "2024-03-01", "").Validate())
	assert.NoError(t, entry(enforcement.Deposit, "2024-03-01", "1000000000000").Validate())
}

// TestBondLedger_zero checks that the zero ledger refuses everything and
// has no JSON.
func TestBondLedger_zero(t *testing.T) {
	var l enforcement.BondLedger
	_, err := l.Apply(entry(enforcement.Deposit, "2024-02-01", "100"))
	assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
	_, err = l.MarshalJSON()
	assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
	_, err = l.RefundableFrom()
	assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
	w, err := l.PreservationWindow()
	assert.True(t, w.IsZero())
	assert.NoError(t, err)
	_, err = enforcement.BondLedgerOf(enforcement.Case{})
	assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
	_, err = enforcement.NewBondLedger(enforcement.Rules{})
	assert.ErrorIs(t, err, enforcement.ErrInvalidRules)
}

// TestBondLedger_calendarEnd checks a window that reaches past the
// calendar's data: the release is recorded, and what needs the window
// fails with calendar.ErrNotCovered, never a guess.
func TestBondLedger_calendarEnd(t *testing.T) {
	l := mustLedger(t, entry(enforcement.Deposit, "2027-12-01", "100"), entry(enforcement.GoodsReleased, "2027-12-10", ""))
	_, err := l.PreservationWindow()
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = l.RefundableFrom()
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	got, err := l.Apply(entry(enforcement.PreservationNotice, "2027-12-11", "1"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, got.Equal(l))
}

// TestBondLedgerOf checks the ledger built from a case's history.
func TestBondLedgerOf(t *testing.T) {
	applied := mustApply(t, mustOpen(t, exOfficioFacts()),
		enforcement.Event{Kind: enforcement.NoticeServed, Date: d("2024-02-09")},
		enforcement.Event{Kind: enforcement.HolderApplied, Date: d("2024-02-19"), Amount: amt("8000")},
		enforcement.Event{Kind: enforcement.BondPosted, Date: d("2024-02-20"), Amount: amt("12000")})
	detained := mustApply(t, applied, enforcement.Event{Kind: enforcement.Detention, Date: d("2024-02-21")})
	for _, tc := range []struct {
		name string
		c    enforcement.Case
		want []enforcement.LedgerEntry
	}{
		{"no bond yet", mustOpen(t, exOfficioFacts()), nil},
		{"applied", applied, []enforcement.LedgerEntry{entry(enforcement.Deposit, "2024-02-19", "8000"), entry(enforcement.Deposit, "2024-02-20", "12000")}},
		{"detained", detained, []enforcement.LedgerEntry{entry(enforcement.Deposit, "2024-02-19", "8000"), entry(enforcement.Deposit, "2024-02-20", "12000")}},
		{"court assisted", mustApply(t, detained, enforcement.Event{Kind: enforcement.CourtNotice, Date: d("2024-03-04")}),
			[]enforcement.LedgerEntry{entry(enforcement.Deposit, "2024-02-19", "8000"), entry(enforcement.Deposit, "2024-02-20", "12000"), entry(enforcement.CourtSeizure, "2024-03-04", "")}},
		{"withdrawn", mustApply(t, detained, enforcement.Event{Kind: enforcement.Withdrawal, Date: d("2024-03-05")}),
			[]enforcement.LedgerEntry{entry(enforcement.Deposit, "2024-02-19", "8000"), entry(enforcement.Deposit, "2024-02-20", "12000"), entry(enforcement.GoodsReleased, "2024-03-05", "")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := enforcement.BondLedgerOf(tc.c)
			require.NoError(t, err)
			assert.Truef(t, slicesEqual(l.Entries(), tc.want), "BondLedgerOf = %v; want %v", l.Entries(), tc.want)
			requireMoney(t, "posted", l.Posted(), tc.c.BondPosted().String())
		})
	}
}

// TestBondLedgerOf_everyEnd checks the entry BondLedgerOf gives for how a
// case ended, for every terminal state and for those disposal follows,
// and what the refund then waits for (Regs arts 14-16, 23-24, 26-27;
// Measures (2009 numbering) arts 31, 35; R-FEE-5, R-FEE-6). Dates as in
// TestCase_workflows: from a detention on Fri 2024-09-27, 20 WD end Wed
// 2024-10-30, 50 WD Wed 2024-12-11.
func TestBondLedgerOf_everyEnd(t *testing.T) {
	type E = enforcement.Event
	then := func(h []E, more ...E) []E { return append(append([]E(nil), h...), more...) }
	notice := eventOn(enforcement.NoticeServed, "2024-02-09")
	exDet := exDetainedOn("2024-09-27")
	appDet := appDetainedOn("2024-09-27")
	infringing := then(exDet, resultOn("2024-10-15", enforcement.Infringing))
	announced := then(exDet, resultOn("2024-10-15", enforcement.Infringing), eventOn(enforcement.Announcement, "2024-10-21"))
	const none = enforcement.EntryKindUnknown
	covered := map[enforcement.State]bool{}
	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		events []E
		state  enforcement.State
		end    enforcement.EntryKind // none: no entry after the deposits
		day    string                // the end entry's date
		refund string                // the day RefundableFrom names, or a substring of why not
	}{
		{"rejected upon application", uponApplicationFacts(), []E{appliedOn("2024-09-20", "30000"), eventOn(enforcement.Rejection, "2024-09-23")},
			enforcement.Rejected, enforcement.NotDetained, "2024-09-23", "2024-09-23"},
		{"rejected ex officio", exOfficioFacts(), then([]E{notice}, appliedOn("2024-02-19", "20000"), eventOn(enforcement.Rejection, "2024-02-20")),
			enforcement.ReleasedNoApplication, enforcement.NotDetained, "2024-02-20", "2024-02-20"},
		{"short bond, reply period lapsed", exOfficioFacts(), then([]E{notice}, appliedOn("2024-02-20", "15000"), lapseOn("2024-02-21", enforcement.ReplyPeriod)),
			enforcement.ReleasedNoApplication, enforcement.NotDetained, "2024-02-21", "2024-02-21"},
		{"holder declined, no bond", exOfficioFacts(), then([]E{notice}, eventOn(enforcement.HolderDeclined, "2024-02-12")),
			enforcement.ReleasedHolderDeclined, none, "", "no bond posted yet"},
		{"withdrawn before detention", uponApplicationFacts(), []E{appliedOn("2024-09-20", "30000"), eventOn(enforcement.Withdrawal, "2024-09-23")},
			enforcement.ReleasedWithdrawn, enforcement.NotDetained, "2024-09-23", "2024-09-23"},
		{"withdrawn after detention", uponApplicationFacts(), then(appDet, eventOn(enforcement.Withdrawal, "2024-10-08")),
			enforcement.ReleasedWithdrawn, enforcement.GoodsReleased, "2024-10-08", "fees of the detention period are not settled"},
		{"no court notice in 20 WD", uponApplicationFacts(), then(appDet, lapseOn("2024-10-31", enforcement.CourtPeriod)),
			enforcement.ReleasedNoCourtNotice, enforcement.GoodsReleased, "2024-10-31", "not settled"},
		{"undetermined, no court notice in 50 WD", exOfficioFacts(), then(exDet, lapseOn("2024-12-12", enforcement.ExOfficioCourtPeriod)),
			enforcement.ReleasedUndetermined, enforcement.GoodsReleased, "2024-12-12", "not settled"},
		{"counter-guarantee", patentFacts(enforcement.UponApplication), then(appDet, guaranteeOn("2024-10-08", "30000")),
			enforcement.ReleasedCounterGuarantee, enforcement.GoodsReleased, "2024-10-08", "not settled"},
		{"evidence accepted", uponApplicationFacts(), then(appDet, eventOn(enforcement.EvidenceAccepted, "2024-10-08")),
			enforcement.ReleasedEvidenceAccepted, enforcement.GoodsReleased, "2024-10-08", "not settled"},
		{"not infringing", exOfficioFacts(), then(exDet, resultOn("2024-11-13", enforcement.NotInfringing)),
			enforcement.ReleasedNotInfringing, enforcement.GoodsReleased, "2024-11-13", "not settled"},
		{"personal use, no bond", personalFacts(enforcement.Luggage), []E{decisionOn(enforcement.WithinPersonalUse, "2024-02-09")},
			enforcement.ReleasedPersonalUse, none, "", "no bond posted yet"},
		{"abandoned before detention", personalFacts(enforcement.Luggage),
			[]E{decisionOn(enforcement.BeyondPersonalUse, "2024-05-06"), eventOn(enforcement.NoticeServed, "2024-05-06"), appliedOn("2024-05-07", "9600"), eventOn(enforcement.Abandonment, "2024-05-08")},
			enforcement.Abandoned, enforcement.NotDetained, "2024-05-08", "2024-05-08"},
		{"court assisted", uponApplicationFacts(), then(appDet, eventOn(enforcement.CourtNotice, "2024-10-30")),
			enforcement.CourtAssisted, enforcement.CourtSeizure, "2024-10-30", "seized by a court on 2024-10-30, but the fees"},
		{"to the police before detention", exOfficioFacts(), then([]E{notice}, appliedOn("2024-02-19", "5000"), eventOn(enforcement.PoliceTransfer, "2024-02-19")),
			enforcement.TransferredToPolice, enforcement.NotDetained, "2024-02-19", "2024-02-19"},
		{"to the police after detention", uponApplicationFacts(), then(appDet, eventOn(enforcement.PoliceTransfer, "2024-10-08")),
			enforcement.TransferredToPolice, none, "", "neither released"},
		{"disposed", exOfficioFacts(), then(infringing, eventOn(enforcement.Confiscation, "2024-10-21"), disposedOn("2025-01-10", enforcement.Destruction)),
			enforcement.Disposed, enforcement.GoodsDisposed, "2025-01-10", "disposed of on 2025-01-10, but the fees are not settled"},
		{"confiscated, disposal to follow", exOfficioFacts(), then(infringing, eventOn(enforcement.Confiscation, "2024-10-21")),
			enforcement.Confiscated, none, "", "neither released"},
		{"announced", unknownPartyFacts(), announced, enforcement.Announced, none, "", "neither released"},
		{"taken over", unknownPartyFacts(), then(announced, lapseOn("2025-01-22", enforcement.AnnouncementPeriod)),
			enforcement.TakenOver, none, "", "neither released"},
		{"detained", uponApplicationFacts(), appDet, enforcement.AwaitingCourt, none, "", "neither released"},
	} {
		covered[tc.state] = true
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.events...)
			require.Equal(t, tc.state, c.State())
			l, err := enforcement.BondLedgerOf(c)
			require.NoError(t, err)
			var want []enforcement.LedgerEntry
			for _, ev := range tc.events {
				if (ev.Kind == enforcement.HolderApplied || ev.Kind == enforcement.BondPosted) && !ev.Amount.IsZero() {
					want = append(want, enforcement.LedgerEntry{Kind: enforcement.Deposit, Date: ev.Date, Amount: ev.Amount})
				}
			}
			if tc.end != none {
				want = append(want, enforcement.LedgerEntry{Kind: tc.end, Date: d(tc.day)})
			}
			assert.Truef(t, slicesEqual(l.Entries(), want), "BondLedgerOf = %v; want %v", l.Entries(), want)
			from, err := l.RefundableFrom()
			if day, perr := calendar.ParseDate(tc.refund); perr == nil {
				require.NoError(t, err)
				assert.Equal(t, day, from)
				refunded, err := l.Apply(enforcement.LedgerEntry{Kind: enforcement.Refund, Date: day, Amount: l.Balance()})
				require.NoError(t, err, "the bond of goods never detained is refunded that day")
				_, closed := refunded.Closed()
				assert.True(t, closed)
				return
			}
			assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
			if err != nil {
				assert.Contains(t, err.Error(), tc.refund)
			}
		})
	}
	// Every terminal state, and every state disposal follows, has a row.
	for _, s := range enforcement.States() {
		if (s.IsTerminal() && !s.IsComposite()) || s == enforcement.Confiscated || s == enforcement.Announced || s == enforcement.TakenOver {
			assert.True(t, covered[s], "no row for the state %s", s)
		}
	}
}

func slicesEqual(a, b []enforcement.LedgerEntry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// TestBondLedger_concurrent extends one ledger from many goroutines: each
// result holds its own entry, whoever extended the shared log first.
func TestBondLedger_concurrent(t *testing.T) {
	base := mustLedger(t, entry(enforcement.Deposit, "2024-02-01", "1000"))
	const n = 16
	out := make([]enforcement.BondLedger, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l, err := base.Apply(enforcement.LedgerEntry{Kind: enforcement.FeeDeduction, Date: d("2024-02-02"), Amount: decimal.New(int64(i+1), 0)})
			if err == nil {
				l, err = l.Apply(enforcement.LedgerEntry{Kind: enforcement.WarehouseCredit, Date: d("2024-02-03"), Amount: decimal.New(int64(i+1), 0)})
			}
			assert.NoError(t, err)
			out[i] = l
		}(i)
	}
	wg.Wait()
	for i, l := range out {
		requireMoney(t, fmt.Sprintf("balance of ledger %d", i), l.Balance(), decimal.New(int64(1000-2*(i+1)), 0).String())
		assert.Equal(t, 3, len(l.Entries()))
	}
	assert.Equal(t, 1, len(base.Entries()))
}

// TestBondLedger_JSON checks strict decoding: each bad input is refused
// naming its field, and matches ErrInvalidLedger.
func TestBondLedger_JSON(t *testing.T) {
	good := `{"kind":"deposit","date":"2024-02-19","amount":"20000.00"}`
	for _, tc := range []struct {
		name, in, want string
	}{
		{"unknown key", `{"entries":[` + good + `],"extra":1}`, `unknown key "extra"`},
		{"capitalised key", `{"Entries":[]}`, `unknown key "Entries"`},
		{"repeated key", `{"entries":[],"entries":[]}`, `duplicate key "entries"`},
		{"repeated key in an entry", `{"entries":[{"kind":"deposit","kind":"refund","date":"2024-02-19","amount":"1"}]}`, `duplicate key "kind"`},
		{"exponent", `{"entries":[{"kind":"deposit","date":"2024-02-19","amount":2e4}]}`, `entries[0].amount: "2e4": write numbers without an exponent`},
		{"three decimals", `{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"1.005"}]}`, `entries[0].amount: "1.005" has more than 2 decimal places`},
		{"unknown kind", `{"entries":[{"kind":"payment","date":"2024-02-19"}]}`, `entries[0].kind: unknown EntryKind "payment"`},
		{"bad date", `{"entries":[{"kind":"deposit","date":"2024-02-30","amount":"1"}]}`, `entries[0].date`},
		{"negative", `{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"-1"}]}`, `entries[0].amount "-1": negative`},
		{"amount on a marker", `{"entries":[` + good + `,{"kind":"fees-settled","date":"2024-02-19","amount":"1"}]}`, `entries[1].amount "1": an entry of kind fees-settled moves no money`},
		{"refused entry", `{"entries":[{"kind":"refund","date":"2024-02-19","amount":"1"}]}`, `entries[0]: 2024-02-19 refund 1.00 refused: no bond posted yet`},
		{"total disagrees", `{"entries":[` + good + `],"posted":"20000.01"}`, `posted "20000.01": the entries give 20000.00`},
		{"bad period", `{"preservation":{"count":0,"unit":"working-days"},"entries":[]}`, `preservation`},
		{"period in months", `{"preservation":{"count":1,"unit":"months"},"entries":[]}`, `preservation "1 month from the day after the trigger": the law counts this period in working days`},
		{"trailing data", `{"entries":[]} {}`, `trailing data`},
		{"wrong type", `{"entries":{}}`, `cannot use a JSON object`},
		{"too deep", `{"entries":[{"kind":{"a":1}}]}`, `nested more than 3 levels`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := enforcement.ParseBondLedger([]byte(tc.in), calendar.China())
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	// An overridden period survives the round trip.
	r := rulesChina()
	r.Preservation = calendar.Period{Count: 25, Unit: calendar.UnitWorkingDays}
	l, err := enforcement.NewBondLedger(r, entry(enforcement.Deposit, "2024-02-19", "100"), entry(enforcement.GoodsReleased, "2024-03-15", ""))
	require.NoError(t, err)
	b, err := json.Marshal(l)
	require.NoError(t, err)
	back, err := enforcement.ParseBondLedger(b, calendar.China())
	require.NoError(t, err)
	assert.True(t, back.Equal(l))
	w, err := back.PreservationWindow()
	require.NoError(t, err)
	assert.Equal(t, d("2024-04-22"), w.LastDay) // 20 WD end 15 April; 5 more: 16-19, 22 April.
}

// --- Properties ---

// ledgerStep is one generated entry: its kind, its distance in days from
// the previous entry (-1: the day before it; -2, -3: the last day of the
// window that is running, or the day after, where the rules turn), and how its amount is
// chosen from the ledger's state (see ledgerModel.amount).
type ledgerStep struct {
	kind   enforcement.EntryKind
	gap    int
	choice int
	fen    int64
}

func (s ledgerStep) String() string {
	return fmt.Sprintf("%s+%dd/%d/%d", s.kind, s.gap, s.choice, s.fen)
}

func ledgerStepGen(kinds int) gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(1, kinds),
		gen.Weighted([]gen.WeightedGen{{Weight: 1, Gen: gen.Const(-1)}, {Weight: 1, Gen: gen.IntRange(-3, -2)}, {Weight: 3, Gen: gen.IntRange(0, 3)}, {Weight: 2, Gen: gen.IntRange(4, 40)}}),
		gen.IntRange(0, 5),
		gen.Int64Range(1, 10_000_000),
	).Map(func(v []any) ledgerStep {
		return ledgerStep{kind: enforcement.EntryKind(v[0].(int)), gap: v[1].(int), choice: v[2].(int), fen: v[3].(int64)}
	})
}

// ledgerModel is the bond ledger as the package documentation states it,
// in fen, with the preservation window counted one working day at a time
// with IsWorkday rather than by Period.Deadline.
type ledgerModel struct {
	posted, deducted, credited, compensated, refunded, held int64

	last, released, window, decided, disposed, settled, notDetained, closed calendar.Date
}

// laterOf returns the latest of days.
func laterOf(days ...calendar.Date) calendar.Date {
	var out calendar.Date
	for _, d := range days {
		if d.After(out) {
			out = d
		}
	}
	return out
}

// refundFrom is the first day of the refund, if the model knows it: never
// while money is held for a court; from the day the goods are found never
// detained; after a release or court seizure, from the latest of the day
// after the window, the settlement and the judgment; after a disposal,
// from the later of it and the settlement.
func (m *ledgerModel) refundFrom() (calendar.Date, bool) {
	switch {
	case m.posted == 0, !m.closed.IsZero(), m.held > 0:
		return calendar.Date{}, false
	case !m.notDetained.IsZero():
		return m.notDetained, true
	case !m.released.IsZero() && !m.settled.IsZero():
		return laterOf(m.window.AddDays(1), m.settled, m.decided), true
	case !m.disposed.IsZero() && !m.settled.IsZero():
		return laterOf(m.disposed, m.settled), true
	}
	return calendar.Date{}, false
}

func (m *ledgerModel) balance() int64 {
	return m.posted - m.deducted - m.credited - m.compensated - m.refunded
}

// amount picks an amount: the balance, a fen more, a random amount, zero,
// the balance not held, or what is held.
func (m *ledgerModel) amount(s ledgerStep) int64 {
	switch s.choice {
	case 0:
		return m.balance()
	case 1:
		return m.balance() + 1
	case 2:
		return s.fen
	case 3:
		return 0
	case 4:
		return m.balance() - m.held
	}
	return m.held
}

// workdaysAfter returns the n-th working day after day, counting one day
// at a time.
func workdaysAfter(t *testing.T, cal calendar.Calendar, day calendar.Date, n int) calendar.Date {
	for n > 0 {
		day = day.AddDays(1)
		w, err := cal.IsWorkday(day)
		if err != nil {
			t.Fatal(err)
		}
		if w {
			n--
		}
	}
	return day
}

// accepts reports whether the model takes e, and takes it.
func (m *ledgerModel) accepts(t *testing.T, e enforcement.LedgerEntry) bool {
	a := e.Amount.Mul(decimal.New(100, 0)).IntPart()
	switch {
	case e.Kind == enforcement.Compensation && a < 0:
		return false
	case e.Kind == enforcement.Refund && a < 0:
		return false
	case e.Kind != enforcement.Compensation && e.Kind != enforcement.Refund && a <= 0 && e.Kind != enforcement.GoodsReleased && e.Kind != enforcement.CourtSeizure &&
		e.Kind != enforcement.GoodsDisposed && e.Kind != enforcement.FeesSettled && e.Kind != enforcement.ReleaseNotice && e.Kind != enforcement.SuitAccepted &&
		e.Kind != enforcement.NotDetained:
		return false // No money where money must move: invalid.
	case e.Date.Before(m.last), !m.closed.IsZero():
		return false
	case e.Kind != enforcement.Deposit && m.posted == 0:
		return false
	}
	free := m.balance() - m.held
	switch e.Kind {
	case enforcement.Deposit:
		m.posted += a
	case enforcement.FeeDeduction, enforcement.WarehouseCredit:
		if !m.settled.IsZero() || a > free {
			return false
		}
		if e.Kind == enforcement.FeeDeduction {
			m.deducted += a
		} else {
			m.credited += a
		}
	case enforcement.GoodsReleased, enforcement.CourtSeizure:
		if !m.released.IsZero() || !m.disposed.IsZero() || !m.notDetained.IsZero() {
			return false
		}
		m.released, m.window = e.Date, workdaysAfter(t, calendar.China(), e.Date, 20)
	case enforcement.PreservationNotice:
		if m.released.IsZero() || !m.notDetained.IsZero() || e.Date.After(m.window) || a > free {
			return false
		}
		m.held += a
	case enforcement.Compensation:
		if m.held == 0 || a > m.held {
			return false
		}
		m.compensated, m.held, m.decided = m.compensated+a, 0, e.Date
	case enforcement.GoodsDisposed:
		if !m.disposed.IsZero() || !m.released.IsZero() || !m.notDetained.IsZero() {
			return false
		}
		m.disposed = e.Date
	case enforcement.NotDetained:
		if !m.notDetained.IsZero() || !m.released.IsZero() || !m.disposed.IsZero() {
			return false
		}
		m.notDetained = e.Date
	case enforcement.FeesSettled:
		if !m.settled.IsZero() {
			return false
		}
		m.settled = e.Date
	case enforcement.Refund:
		from, ok := m.refundFrom()
		if !ok || e.Date.Before(from) || a != m.balance() {
			return false
		}
		m.refunded, m.closed = m.refunded+a, e.Date
	default:
		return false
	}
	m.last = e.Date
	return true
}

// TestBondLedger_properties drives random entry sequences against the
// ledger and the model: the same entries are accepted; the totals agree;
// the balance is never negative and never below what is held; money is
// conserved at every step; a refused entry changes nothing; a closed
// ledger has no balance; replay and JSON give the same ledger.
func TestBondLedger_properties(t *testing.T) {
	props := testgen.Properties(t, 300)
	first := d("2024-01-02")
	props.Property("the ledger follows the model and balances at every step", prop.ForAll(
		func(steps []ledgerStep) string {
			l := mustLedger(t)
			var m ledgerModel
			day := first
			accepted := 0
			for i, s := range steps {
				switch {
				case s.gap < -1 && !m.window.IsZero() && !m.window.Before(day):
					day = m.window.AddDays(calendar.Days(-2 - s.gap))
				case s.gap < 0:
					day = day.AddDays(-1)
				default:
					day = day.AddDays(calendar.Days(s.gap))
				}
				if i == 0 {
					s.kind = enforcement.Deposit
				}
				e := enforcement.LedgerEntry{Kind: s.kind, Date: day, Amount: decimal.New(m.amount(s), -2)}
				if !e.Kind.IsValid() || e.Kind == enforcement.GoodsReleased || e.Kind == enforcement.CourtSeizure || e.Kind == enforcement.GoodsDisposed ||
					e.Kind == enforcement.FeesSettled || e.Kind == enforcement.ReleaseNotice || e.Kind == enforcement.SuitAccepted || e.Kind == enforcement.NotDetained {
					e.Amount = decimal.Zero
				}
				before := l
				want := m
				ok := want.accepts(t, e)
				next, err := l.Apply(e)
				switch {
				case ok && err != nil:
					return fmt.Sprintf("step %d: Apply(%v) = %v; the model accepts it", i, e, err)
				case !ok && err == nil:
					return fmt.Sprintf("step %d: Apply(%v) accepted; the model refuses it", i, e)
				case !ok && !errors.Is(err, enforcement.ErrLedgerRefused) && !errors.Is(err, enforcement.ErrInvalidLedger):
					return fmt.Sprintf("step %d: Apply(%v) = %v; want ErrLedgerRefused or ErrInvalidLedger", i, e, err)
				case !ok && (!next.Equal(before) || !next.Balance().Equal(before.Balance())):
					return fmt.Sprintf("step %d: refused %v changed the ledger", i, e)
				}
				if ok {
					m, l = want, next
					accepted++
				} else {
					day = m.last
					if day.IsZero() {
						day = first
					}
				}
				if why := checkLedger(l, &m); why != "" {
					return fmt.Sprintf("step %d (%v): %s", i, e, why)
				}
				from, err := l.RefundableFrom()
				if want, ok := m.refundFrom(); ok != (err == nil) || from != want {
					return fmt.Sprintf("step %d (%v): RefundableFrom = %s, %v; the model has %s, %v", i, e, from, err, want, ok)
				}
			}
			again, err := enforcement.NewBondLedger(rulesChina(), l.Entries()...)
			if err != nil || !again.Equal(l) || !again.Balance().Equal(l.Balance()) {
				return fmt.Sprintf("replay: %v", err)
			}
			b, err := json.Marshal(l)
			if err != nil {
				return fmt.Sprintf("MarshalJSON: %v", err)
			}
			back, err := enforcement.ParseBondLedger(b, calendar.China())
			if err != nil || !back.Equal(l) {
				return fmt.Sprintf("JSON round trip of %s: %v", b, err)
			}
			if len(l.Entries()) != accepted {
				return fmt.Sprintf("%d entries; want %d", len(l.Entries()), accepted)
			}
			return ""
		},
		gen.SliceOfN(40, ledgerStepGen(13)),
	))
	props.TestingRun(t)
}

// checkLedger compares the ledger's totals with the model's, and checks
// the invariants.
func checkLedger(l enforcement.BondLedger, m *ledgerModel) string {
	for _, c := range []struct {
		name string
		got  decimal.Decimal
		want int64
	}{
		{"posted", l.Posted(), m.posted}, {"deducted", l.Deducted(), m.deducted}, {"credited", l.Credited(), m.credited},
		{"compensated", l.Compensated(), m.compensated}, {"refunded", l.Refunded(), m.refunded}, {"held", l.Held(), m.held},
		{"balance", l.Balance(), m.balance()},
	} {
		if !c.got.Equal(decimal.New(c.want, -2)) {
			return fmt.Sprintf("%s = %s; the model has %s", c.name, c.got, decimal.New(c.want, -2))
		}
	}
	sum := l.Deducted().Add(l.Credited()).Add(l.Compensated()).Add(l.Refunded()).Add(l.Balance())
	switch {
	case !l.Posted().Equal(sum):
		return fmt.Sprintf("posted %s != deducted + credited + compensated + refunded + balance = %s", l.Posted(), sum)
	case l.Balance().IsNegative():
		return fmt.Sprintf("balance %s is negative", l.Balance())
	case l.Held().GreaterThan(l.Balance()):
		return fmt.Sprintf("held %s is more than the balance %s", l.Held(), l.Balance())
	}
	if _, closed := l.Closed(); closed && !l.Balance().IsZero() {
		return fmt.Sprintf("closed with a balance of %s", l.Balance())
	}
	return ""
}
