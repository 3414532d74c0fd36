package enforcement_test

import (
	"errors"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
)

// The ledger fuzz targets check that decoding never panics, that a
// refusal matches ErrInvalidLedger (or ErrLedgerRefused) and leaves the
// receiver unchanged, and that what is accepted survives a round trip.
// CI runs each for 100,000 executions (-fuzztime=100000x).

func FuzzLedgerEntry_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		// One entry of each shape: money, a marker, an award of nothing,
		// the optional texts, a code in capitals.
		`{"kind":"deposit","date":"2024-02-19","amount":"75000.00"}`,
		`{"kind":"fee-deduction","date":"2024-03-04","amount":3999.8,"reference":"FEE-1"}`,
		`{"kind":"goods-released","date":"2024-03-15","note":"released"}`,
		`{"kind":"compensation","date":"2024-09-02","amount":"0.00"}`,
		`{"kind":"REFUND","date":"2024-04-16","amount":"69800.20"}`,
		`{"kind":"refund","date":"2024-04-16","amount":"0.00"}`,
		`{"kind":"refund","date":"2024-04-16"}`,
		`{"kind":"not-detained","date":"2024-03-05","reference":"REJ-1"}`,
		// Refused: money on a marker, none where it must move, an exponent,
		// 3 decimal places, a negative, an unknown kind or key, a repeated
		// key, a bad date, trailing data, the wrong JSON types.
		`{"kind":"fees-settled","date":"2024-03-04","amount":"1"}`,
		`{"kind":"refund","date":"2024-03-04","amount":"-0.01"}`,
		`{"kind":"not-detained","date":"2024-03-05","amount":"0.01"}`,
		`{"kind":"deposit","date":"2024-02-19","amount":"1e999999"}`,
		`{"kind":"deposit","date":"2024-02-19","amount":1E3}`,
		`{"kind":"deposit","date":"2024-02-19","amount":"0.001"}`,
		`{"kind":"deposit","date":"2024-02-19","amount":"-5"}`,
		`{"kind":"payment","date":"2024-02-19"}`,
		`{"Kind":"deposit","date":"2024-02-19","amount":"1"}`,
		`{"kind":"deposit","kind":"refund","date":"2024-02-19","amount":"1"}`,
		`{"kind":"goods-released","date":"2024-02-30"}`,
		`{"kind":"goods-released","date":"2024-02-03"} []`,
		`{"kind":1,"date":[]}`,
		`null`, `{}`, `[]`, `"deposit"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := enforcement.LedgerEntry{Kind: enforcement.FeesSettled, Date: d("2020-01-01"), Note: "sentinel"}
		e := before
		if err := e.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidLedger) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidLedger", data, err)
			}
			if !e.Equal(before) {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error to %v", data, e)
			}
			return
		}
		if err := e.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) accepted an invalid entry: %v", data, err)
		}
		out, err := e.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON(%v): %v", e, err)
		}
		var back enforcement.LedgerEntry
		if err := back.UnmarshalJSON(out); err != nil || !back.Equal(e) {
			t.Fatalf("round trip of %q: %s -> %v, %v; want %v", data, out, back, err, e)
		}
	})
}

func FuzzParseBondLedger(f *testing.F) {
	for _, s := range []string{
		// The scenario of Example_bondLedger, the fees settled and the
		// balance refunded; a court's notice and its judgment; a disposal;
		// goods never detained, refunded that day; fees that used up the
		// bond and a refund of 0.00; an overridden window.
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"75000.00"},{"kind":"fee-deduction","date":"2024-03-04","amount":"3999.80"},{"kind":"warehouse-credit","date":"2024-03-08","amount":"1200.00"},{"kind":"goods-released","date":"2024-03-15"},{"kind":"fees-settled","date":"2024-03-22"},{"kind":"refund","date":"2024-04-16","amount":"69800.20"}],"balance":"0.00"}`,
		`{"entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000.00"},{"kind":"not-detained","date":"2024-03-05"},{"kind":"refund","date":"2024-03-05","amount":"30000.00"}],"refunded":"30000.00"}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"100"},{"kind":"fee-deduction","date":"2024-03-04","amount":"100"},{"kind":"court-seizure","date":"2024-03-15"},{"kind":"fees-settled","date":"2024-03-15"},{"kind":"refund","date":"2024-04-16","amount":"0.00"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"100"},{"kind":"court-seizure","date":"2024-03-15"},{"kind":"preservation-notice","date":"2024-04-15","amount":"60"},{"kind":"compensation","date":"2024-05-01","amount":"0"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"100"},{"kind":"goods-disposed","date":"2024-06-01"},{"kind":"fees-settled","date":"2024-06-02"},{"kind":"refund","date":"2024-06-02","amount":"100"}]}`,
		`{"preservation":{"count":25,"unit":"working-days","start":"next-day","roll":"forward"},"entries":[]}`,
		// Refused: an entry the law refuses (a refund before anything, a
		// refund with the fees unsettled, a release after goods never
		// detained), out of order, a wrong total, a bad period, an unknown
		// key, too deep.
		`{"entries":[{"kind":"refund","date":"2024-02-19","amount":"1"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"100"},{"kind":"goods-released","date":"2024-03-15"},{"kind":"refund","date":"2024-04-16","amount":"100"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"100"},{"kind":"not-detained","date":"2024-03-05"},{"kind":"goods-released","date":"2024-03-15"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"1"},{"kind":"deposit","date":"2024-02-18","amount":"1"}]}`,
		`{"entries":[{"kind":"deposit","date":"2024-02-19","amount":"1"}],"posted":"2.00"}`,
		`{"preservation":{"count":1,"unit":"months"},"entries":[]}`,
		`{"entries":[],"extra":1}`,
		`{"entries":[{"kind":[[]]}]}`,
		`{}`, `null`, `[]`,
	} {
		f.Add([]byte(s))
	}
	cal := calendar.China()
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := enforcement.ParseBondLedger(data, cal)
		if err != nil {
			if !errors.Is(err, enforcement.ErrInvalidLedger) && !errors.Is(err, calendar.ErrNotCovered) {
				t.Fatalf("ParseBondLedger(%q): %v matches neither ErrInvalidLedger nor calendar.ErrNotCovered", data, err)
			}
			return
		}
		sum := l.Deducted().Add(l.Credited()).Add(l.Compensated()).Add(l.Refunded()).Add(l.Balance())
		if !l.Posted().Equal(sum) || l.Balance().IsNegative() {
			t.Fatalf("ParseBondLedger(%q): posted %s, the rest %s, balance %s", data, l.Posted(), sum, l.Balance())
		}
		out, err := l.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		back, err := enforcement.ParseBondLedger(out, cal)
		if err != nil || !back.Equal(l) {
			t.Fatalf("round trip of %q: %s -> %v", data, out, err)
		}
	})
}

func FuzzParseReleaseGuarantee(f *testing.F) {
	id := caseID.String()
	for _, s := range []string{
		// Refunded after the window; decided by a court; all paid to the
		// holder and 0.00 refunded; just deposited.
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000.00"},{"kind":"goods-released","date":"2024-03-05"},{"kind":"release-notice","date":"2024-03-06"},{"kind":"refund","date":"2024-04-19","amount":"30000.00"}]}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000"},{"kind":"goods-released","date":"2024-03-05"},{"kind":"release-notice","date":"2024-03-06"},{"kind":"suit-accepted","date":"2024-04-18"},{"kind":"compensation","date":"2024-09-02","amount":"12000"},{"kind":"refund","date":"2024-09-02","amount":"18000"}],"held":"0.00"}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000"},{"kind":"goods-released","date":"2024-03-05"},{"kind":"release-notice","date":"2024-03-06"},{"kind":"suit-accepted","date":"2024-04-18"},{"kind":"compensation","date":"2024-09-02","amount":"30000"},{"kind":"refund","date":"2024-09-02","amount":"0.00"}],"held":"0.00"}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000"}]}`,
		// Refused: another case or value, a deposit not the value, a suit
		// too late, a wrong total.
		`{"case":"00000000-0000-0000-0000-000000000001","goods_value":"30000.00","entries":[]}`,
		`{"case":"` + id + `","goods_value":"1.00","entries":[]}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"29999.99"}]}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[{"kind":"deposit","date":"2024-03-04","amount":"30000"},{"kind":"goods-released","date":"2024-03-05"},{"kind":"release-notice","date":"2024-03-06"},{"kind":"suit-accepted","date":"2024-04-19"}]}`,
		`{"case":"` + id + `","goods_value":"30000.00","entries":[],"deposited":"1"}`,
		`{}`, `null`,
	} {
		f.Add([]byte(s))
	}
	c := mustOpen(f, patentFacts(enforcement.UponApplication))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := enforcement.ParseReleaseGuarantee(data, c)
		if err != nil {
			if !errors.Is(err, enforcement.ErrInvalidLedger) && !errors.Is(err, calendar.ErrNotCovered) {
				t.Fatalf("ParseReleaseGuarantee(%q): %v matches neither ErrInvalidLedger nor calendar.ErrNotCovered", data, err)
			}
			return
		}
		if sum := g.PaidToHolder().Add(g.Refunded()).Add(g.Held()); !g.Deposited().Equal(sum) || g.Held().IsNegative() {
			t.Fatalf("ParseReleaseGuarantee(%q): deposited %s, paid + refunded + held %s", data, g.Deposited(), sum)
		}
		out, err := g.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		back, err := enforcement.ParseReleaseGuarantee(out, c)
		if err != nil || !back.Equal(g) {
			t.Fatalf("round trip of %q: %s -> %v", data, out, err)
		}
	})
}
