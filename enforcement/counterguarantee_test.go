package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// patentCase is an upon-application case about the utility model, goods
// worth 30,000.00.
func patentCase(t testing.TB) enforcement.Case {
	return mustOpen(t, patentFacts(enforcement.UponApplication))
}

func mustGuarantee(t testing.TB, entries ...enforcement.LedgerEntry) enforcement.ReleaseGuarantee {
	t.Helper()
	g, err := enforcement.NewReleaseGuarantee(patentCase(t), entries...)
	require.NoError(t, err)
	return g
}

// The release notice is served on Wednesday 2024-03-06; the holder's 30
// working days (Measures arts 20, 41) run from Thursday 7 March: 7-8
// March 2, 11-15 7, 18-22 12, 25-29 17, 1-3 April 20, 4-6 April the
// Qingming holiday, Sunday 7 April 21, 8-12 April 26, 15-18 April 30. The
// last day is Thursday 2024-04-18.
var (
	gDeposit = entry(enforcement.Deposit, "2024-03-04", "30000.00")
	gRelease = entry(enforcement.GoodsReleased, "2024-03-05", "")
	gNotice  = entry(enforcement.ReleaseNotice, "2024-03-06", "")
)

func TestReleaseGuarantee_window(t *testing.T) {
	g := mustGuarantee(t, gDeposit, gRelease, gNotice)
	w, err := g.SuitWindow()
	require.NoError(t, err)
	assert.Equal(t, d("2024-04-18"), w.LastDay)
	from, err := g.RefundableFrom()
	require.NoError(t, err)
	assert.Equal(t, d("2024-04-19"), from)
}

// TestReleaseGuarantee_rules walks the order of the counter-guarantee,
// one refusal at a time.
func TestReleaseGuarantee_rules(t *testing.T) {
	served := []enforcement.LedgerEntry{gDeposit, gRelease, gNotice}
	sued := append(served[:3:3], entry(enforcement.SuitAccepted, "2024-04-18", ""))
	decided := append(sued[:4:4], entry(enforcement.Compensation, "2024-09-02", "12000"))
	for _, tc := range []struct {
		name      string
		history   []enforcement.LedgerEntry
		e         enforcement.LedgerEntry
		reason    string
		shortfall string
		from      string
		lastDay   string
	}{
		{"the deposit equals the value", nil, gDeposit, "", "", "", ""},
		{"less than the value", nil, entry(enforcement.Deposit, "2024-03-04", "29999.99"), "is less than the goods' value, 30000.00", "0.01", "", ""},
		{"more than the value", nil, entry(enforcement.Deposit, "2024-03-04", "30000.01"), "is more than the goods' value", "", "", ""},
		{"deposited twice", []enforcement.LedgerEntry{gDeposit}, gDeposit, "already recorded on 2024-03-04", "", "", ""},
		{"release before the deposit", nil, gRelease, "no guarantee money deposited yet", "", "", ""},
		{"notice before release", []enforcement.LedgerEntry{gDeposit}, gNotice, "not released yet", "", "", ""},
		{"suit before the notice", []enforcement.LedgerEntry{gDeposit, gRelease}, entry(enforcement.SuitAccepted, "2024-03-06", ""), "has not served its release notice", "", "", ""},
		{"suit on the notice day", served, entry(enforcement.SuitAccepted, "2024-03-06", ""), "", "", "", ""},
		{"suit on the last day", served, entry(enforcement.SuitAccepted, "2024-04-18", ""), "", "", "", ""},
		{"suit the day after", served, entry(enforcement.SuitAccepted, "2024-04-19", ""), "ended on 2024-04-18", "", "", "2024-04-18"},
		{"refund on the last day", served, entry(enforcement.Refund, "2024-04-18", "30000"), "a refund is possible from 2024-04-19", "", "2024-04-19", "2024-04-18"},
		{"refund the day after", served, entry(enforcement.Refund, "2024-04-19", "30000"), "", "", "", ""},
		{"refund of less", served, entry(enforcement.Refund, "2024-04-19", "29999.99"), "returns the whole guarantee money held, 30000.00", "", "", ""},
		{"refund of more", served, entry(enforcement.Refund, "2024-04-19", "30000.01"), "by 0.01", "0.01", "", ""},
		{"refund before the notice", []enforcement.LedgerEntry{gDeposit, gRelease}, entry(enforcement.Refund, "2024-06-03", "30000"), "has not served its release notice", "", "", ""},
		{"refund before release", []enforcement.LedgerEntry{gDeposit}, entry(enforcement.Refund, "2024-06-03", "30000"), "not released yet", "", "", ""},
		{"refund while the suit runs", sued, entry(enforcement.Refund, "2024-06-03", "30000"), "held until the court decides", "", "", ""},
		{"compensation without a suit", served, entry(enforcement.Compensation, "2024-04-10", "100"), "no suit accepted", "", "", ""},
		{"compensation of the whole deposit", sued, entry(enforcement.Compensation, "2024-09-02", "30000"), "", "", "", ""},
		{"compensation above the deposit", sued, entry(enforcement.Compensation, "2024-09-02", "30000.01"), "more than the guarantee money held, 30000.00, by 0.01", "0.01", "", ""},
		{"compensation twice", decided, entry(enforcement.Compensation, "2024-09-03", "1"), "already recorded on 2024-09-02", "", "", ""},
		{"refund of the rest", decided, entry(enforcement.Refund, "2024-09-02", "18000"), "", "", "", ""},
		{"dated before the previous", decided, entry(enforcement.Refund, "2024-09-01", "18000"), "dated before the previous entry", "", "", ""},
		{"closed", append(decided[:5:5], entry(enforcement.Refund, "2024-09-02", "18000")), entry(enforcement.Refund, "2024-09-03", "1"), "the ledger is closed", "", "", ""},
		{"a bond ledger's entry", []enforcement.LedgerEntry{gDeposit}, entry(enforcement.FeeDeduction, "2024-03-05", "1"), "belongs to a bond ledger", "", "", ""},
		{"a court seizure", []enforcement.LedgerEntry{gDeposit}, entry(enforcement.CourtSeizure, "2024-03-05", ""), "belongs to a bond ledger", "", "", ""},
		{"goods never detained", []enforcement.LedgerEntry{gDeposit}, entry(enforcement.NotDetained, "2024-03-05", ""), "belongs to a bond ledger", "", "", ""},
		{"refund of the 0.00 the judgment left", append(sued[:4:4], entry(enforcement.Compensation, "2024-09-02", "30000")), entry(enforcement.Refund, "2024-09-02", "0.00"), "", "", "", ""},
		{"refund of a fen the judgment did not leave", append(sued[:4:4], entry(enforcement.Compensation, "2024-09-02", "30000")), entry(enforcement.Refund, "2024-09-02", "0.01"), "by 0.01", "0.01", "", ""},
		{"refund of nothing with money held", decided, entry(enforcement.Refund, "2024-09-02", "0"), "returns the whole guarantee money held, 18000.00", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := mustGuarantee(t, tc.history...)
			got, err := g.Apply(tc.e)
			if tc.reason == "" {
				require.NoError(t, err)
				return
			}
			var le *enforcement.LedgerError
			require.ErrorAsf(t, err, &le, "Apply(%v) = %v; want refused: %s", tc.e, err, tc.reason)
			assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
			assert.Contains(t, le.Reason, tc.reason)
			assert.True(t, got.Equal(g), "a refused entry changed the guarantee")
			if tc.shortfall == "" {
				tc.shortfall = "0"
			}
			assert.Truef(t, le.Shortfall.Equal(amt(tc.shortfall)), "Shortfall = %s; want %s", le.Shortfall, tc.shortfall)
			assert.Equal(t, dateOrZero(tc.from), le.From, "From")
			assert.Equal(t, dateOrZero(tc.lastDay), le.LastDay, "LastDay")
		})
	}
}

// TestNewReleaseGuarantee_patentsOnly checks that only a case about
// patents alone takes a counter-guarantee (Regs art 19; R-REL-1), naming
// every right that is not a patent.
func TestNewReleaseGuarantee_patentsOnly(t *testing.T) {
	both := patentFacts(enforcement.UponApplication)
	both.Rights = append(both.Rights, mark())
	for _, tc := range []struct {
		name   string
		facts  enforcement.Facts
		fields []string
	}{
		{"a patent", patentFacts(enforcement.UponApplication), nil},
		{"a patent, ex officio", patentFacts(enforcement.ExOfficio), nil},
		{"a trademark", uponApplicationFacts(), []string{"rights[0].type"}},
		{"a patent and a trademark", both, []string{"rights[1].type"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := enforcement.NewReleaseGuarantee(mustOpen(t, tc.facts))
			if tc.fields == nil {
				require.NoError(t, err)
				assert.True(t, g.GoodsValue().Equal(amt("30000")))
				return
			}
			assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
			var fe enforcement.FieldErrors
			require.ErrorAs(t, err, &fe)
			var fields []string
			for _, e := range fe {
				fields = append(fields, e.Field)
				assert.Equal(t, rights.Trademark.String(), e.Value)
			}
			assert.Equal(t, tc.fields, fields)
		})
	}
	_, err := enforcement.NewReleaseGuarantee(enforcement.Case{})
	assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
	var zero enforcement.ReleaseGuarantee
	_, err = zero.Apply(gDeposit)
	assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
	_, err = zero.MarshalJSON()
	assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
}

// TestReleaseGuarantee_assessedValue checks that the deposit is measured
// against the value customs determined (Measures art 39), not the
// declared one.
func TestReleaseGuarantee_assessedValue(t *testing.T) {
	f := patentFacts(enforcement.UponApplication)
	f.Goods.AssessedValue = amt("41234.56")
	g, err := enforcement.NewReleaseGuarantee(mustOpen(t, f))
	require.NoError(t, err)
	_, err = g.Apply(gDeposit)
	assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
	_, err = g.Apply(entry(enforcement.Deposit, "2024-03-04", "41234.56"))
	assert.NoError(t, err)
}

func TestParseReleaseGuarantee(t *testing.T) {
	c := patentCase(t)
	id := c.ID().String()
	for _, tc := range []struct{ name, in, want string }{
		{"another case", `{"case":"00000000-0000-0000-0000-000000000001","goods_value":"30000.00","entries":[]}`, `case "00000000-0000-0000-0000-000000000001": not the case`},
		{"no value", `{"case":"` + id + `","entries":[]}`, `goods_value: required`},
		{"another value", `{"case":"` + id + `","goods_value":"30000.01","entries":[]}`, `not the case's goods' value`},
		{"exponent", `{"case":"` + id + `","goods_value":3e4,"entries":[]}`, `goods_value: "3e4": write numbers without an exponent`},
		{"unknown key", `{"case":"` + id + `","goods_value":"30000.00","entries":[],"bond":"1"}`, `unknown key "bond"`},
		{"refused entry", `{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"1.00"}]}`, `entries[0]: 2024-03-04 deposit 1.00 refused`},
		{"total disagrees", `{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000"}],"held":"0.00"}`, `held "0.00": the entries give 30000.00`},
		{"bad uuid", `{"case":"nope","goods_value":"30000.00","entries":[]}`, `invalid UUID`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := enforcement.ParseReleaseGuarantee([]byte(tc.in), c)
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidLedger)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	// A trademark case refuses the guarantee it is given.
	_, err := enforcement.ParseReleaseGuarantee([]byte(`{"case":"`+id+`","goods_value":"30000.00","entries":[]}`), mustOpen(t, uponApplicationFacts()))
	assert.ErrorIs(t, err, enforcement.ErrLedgerRefused)
}

// guaranteeModel is the counter-guarantee as documented, in fen, with
// the window counted one working day at a time.
type guaranteeModel struct {
	deposited, paid, refunded int64

	last, released, served, window, sued, decided, closed calendar.Date
}

func (m *guaranteeModel) held() int64 { return m.deposited - m.paid - m.refunded }

// refundFrom is the first day of the refund, if the model knows it: the
// judgment's day, also when it left 0.00; else, with no suit, the day
// after the holder's window.
func (m *guaranteeModel) refundFrom() (calendar.Date, bool) {
	switch {
	case m.deposited == 0, !m.closed.IsZero():
		return calendar.Date{}, false
	case !m.decided.IsZero():
		return m.decided, true
	case m.sued.IsZero() && !m.served.IsZero():
		return m.window.AddDays(1), true
	}
	return calendar.Date{}, false
}

func (m *guaranteeModel) accepts(t *testing.T, e enforcement.LedgerEntry, value int64) bool {
	a := e.Amount.Mul(decimal.New(100, 0)).IntPart()
	switch {
	case e.Date.Before(m.last), !m.closed.IsZero():
		return false
	case e.Kind == enforcement.Deposit && a <= 0, a < 0:
		return false
	case e.Kind != enforcement.Deposit && m.deposited == 0:
		return false
	}
	switch e.Kind {
	case enforcement.Deposit:
		if m.deposited > 0 || a != value {
			return false
		}
		m.deposited = a
	case enforcement.GoodsReleased:
		if !m.released.IsZero() {
			return false
		}
		m.released = e.Date
	case enforcement.ReleaseNotice:
		if !m.served.IsZero() || m.released.IsZero() {
			return false
		}
		m.served, m.window = e.Date, workdaysAfter(t, calendar.China(), e.Date, 30)
	case enforcement.SuitAccepted:
		if !m.sued.IsZero() || m.served.IsZero() || e.Date.After(m.window) {
			return false
		}
		m.sued = e.Date
	case enforcement.Compensation:
		if !m.decided.IsZero() || m.sued.IsZero() || a > m.held() {
			return false
		}
		m.paid, m.decided = a, e.Date
	case enforcement.Refund:
		ok := !m.decided.IsZero() || (m.sued.IsZero() && !m.served.IsZero() && e.Date.After(m.window))
		if !ok || a != m.held() {
			return false
		}
		m.refunded, m.closed = a, e.Date
	default:
		return false
	}
	m.last = e.Date
	return true
}

// TestReleaseGuarantee_properties: the guarantee follows the model;
// deposited = paid to the holder + refunded + held at every step, none
// negative; the deposit is the goods' value or nothing; a refused entry
// changes nothing; replay and JSON give the same guarantee.
func TestReleaseGuarantee_properties(t *testing.T) {
	c := patentCase(t)
	const value = 3_000_000
	kinds := []enforcement.EntryKind{enforcement.Deposit, enforcement.GoodsReleased, enforcement.ReleaseNotice,
		enforcement.SuitAccepted, enforcement.Compensation, enforcement.Refund, enforcement.FeeDeduction, enforcement.NotDetained}
	props := testgen.Properties(t, 300)
	props.Property("the guarantee follows the model and balances", prop.ForAll(
		func(steps []ledgerStep) string {
			g, err := enforcement.NewReleaseGuarantee(c)
			if err != nil {
				return err.Error()
			}
			var m guaranteeModel
			day := d("2024-01-02")
			for i, s := range steps {
				switch {
				case s.gap < -1 && !m.window.IsZero() && !m.window.Before(day):
					day = m.window.AddDays(calendar.Days(-2 - s.gap))
				case s.gap < 0:
					day = day.AddDays(-1)
				default:
					day = day.AddDays(calendar.Days(s.gap))
				}
				k := kinds[int(s.kind)%len(kinds)]
				var a int64
				switch s.choice {
				case 0, 1:
					a = value
				case 2:
					a = m.held()
				case 3:
					a = m.held() + 1
				default:
					a = s.fen % (value + 2)
				}
				e := enforcement.LedgerEntry{Kind: k, Date: day}
				if k == enforcement.Deposit || k == enforcement.Compensation || k == enforcement.Refund || k == enforcement.FeeDeduction {
					e.Amount = decimal.New(a, -2)
				}
				before, want := g, m
				ok := want.accepts(t, e, value)
				next, err := g.Apply(e)
				switch {
				case ok != (err == nil):
					return fmt.Sprintf("step %d: Apply(%v) = %v; the model accepts it: %v", i, e, err, ok)
				case !ok && !errors.Is(err, enforcement.ErrLedgerRefused) && !errors.Is(err, enforcement.ErrInvalidLedger):
					return fmt.Sprintf("step %d: Apply(%v) = %v; want a ledger sentinel", i, e, err)
				case !ok && !next.Equal(before):
					return fmt.Sprintf("step %d: refused %v changed the guarantee", i, e)
				}
				if ok {
					g, m = next, want
				} else if day = m.last; day.IsZero() {
					day = d("2024-01-02")
				}
				sum := g.PaidToHolder().Add(g.Refunded()).Add(g.Held())
				switch {
				case !g.Deposited().Equal(sum):
					return fmt.Sprintf("step %d: deposited %s != paid + refunded + held = %s", i, g.Deposited(), sum)
				case !g.Deposited().Equal(decimal.New(m.deposited, -2)) || !g.PaidToHolder().Equal(decimal.New(m.paid, -2)) || !g.Refunded().Equal(decimal.New(m.refunded, -2)):
					return fmt.Sprintf("step %d: totals %s %s %s; the model has %d %d %d", i, g.Deposited(), g.PaidToHolder(), g.Refunded(), m.deposited, m.paid, m.refunded)
				case g.Held().IsNegative():
					return fmt.Sprintf("step %d: held %s", i, g.Held())
				}
				from, err := g.RefundableFrom()
				switch want, ok := m.refundFrom(); {
				case ok != (err == nil) || from != want:
					return fmt.Sprintf("step %d: RefundableFrom = %s, %v; the model has %s, %v", i, from, err, want, ok)
				case !g.Deposited().IsZero() && !g.Deposited().Equal(decimal.New(value, -2)):
					return fmt.Sprintf("step %d: deposited %s, not the goods' value", i, g.Deposited())
				}
			}
			again, err := enforcement.NewReleaseGuarantee(c, g.Entries()...)
			if err != nil || !again.Equal(g) {
				return fmt.Sprintf("replay: %v", err)
			}
			b, err := json.Marshal(g)
			if err != nil {
				return err.Error()
			}
			back, err := enforcement.ParseReleaseGuarantee(b, c)
			if err != nil || !back.Equal(g) {
				return fmt.Sprintf("JSON round trip of %s: %v", b, err)
			}
			return ""
		},
		gen.SliceOfN(25, ledgerStepGen(len(kinds))),
	))
	props.TestingRun(t)
}

// TestBug_CaseCounterGuaranteeAboveValue (fixed): the case's workflow released the
// goods against guarantee money above the goods' value, where Regs art 19
// asks for money equal to it (货物等值; R-REL-1) and ReleaseGuarantee
// refuses the same deposit.
func TestBug_CaseCounterGuaranteeAboveValue(t *testing.T) {
	c := mustApply(t, patentCase(t),
		enforcement.Event{Kind: enforcement.HolderApplied, Date: d("2024-02-28"), Amount: amt("30000")},
		enforcement.Event{Kind: enforcement.Detention, Date: d("2024-03-01")})
	_, err := c.Apply(enforcement.Event{Kind: enforcement.CounterGuarantee, Date: d("2024-03-04"), Amount: amt("30000.01")})
	assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
}
