package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures of the general bond tests: ACME Ltd's trademark (mark(), in
// force 2018-03-07 to 2028-03-06, recorded from 2020-02-10), a bond
// approved on gbApproved, its letter issued on gbIssued.

var (
	gbCase1 = uuid.MustParse("11111111-1111-4111-8111-111111111111")
	gbCase2 = uuid.MustParse("22222222-2222-4222-8222-222222222222")
)

// gbTerms are the terms of a 2025 bond for a holder that paid fees in
// 2024.
func gbTerms(fees string) enforcement.GeneralBondTerms {
	return enforcement.GeneralBondTerms{
		Reference:        "GACC-GB-2025-001",
		Holder:           enforcement.Party{Name: holderParty.Name},
		Recordations:     []rights.Recordation{markRecordation()},
		PreviousYearFees: amt(fees),
		Approved:         d("2025-03-03"),
		Issued:           d("2025-02-20"),
		Guarantor:        enforcement.Guarantor{Bank: "Bank of Shanghai", Licensed: true},
	}
}

// mustBond builds the bond on t with the law's rules and parameters.
func mustBond(t testing.TB, terms enforcement.GeneralBondTerms) enforcement.GeneralBond {
	t.Helper()
	b, err := enforcement.NewGeneralBond(terms, rulesChina(), enforcement.DefaultParameters())
	require.NoError(t, err)
	return b
}

// gbFacts are an ex officio case about the recorded trademark, of
// exOfficioFacts.
func gbFacts() enforcement.Facts { return exOfficioFacts() }

// TestNewGeneralBond_amount checks R-GB-2: amount = max(previous year's
// fees, the minimum in force on the approval day), 不足20万 read as
// strictly below (Civil Code art 1259; R-TIME-4).
func TestNewGeneralBond_amount(t *testing.T) {
	// A later text raises the minimum to 300,000 from 2025-07-01 (made
	// up, to show the effective-dated parameter at work).
	raised, err := enforcement.DefaultParameters().With(enforcement.Parameter{Kind: enforcement.GeneralBondMinimum,
		Value: amt("300000"), Source: "a later announcement", From: d("2025-07-01")})
	require.NoError(t, err)
	for _, tc := range []struct {
		name     string
		fees     string
		approved string
		params   enforcement.Parameters
		want     string
	}{
		{"task: paid 256,789.10", "256789.10", "2025-03-03", enforcement.DefaultParameters(), "256789.10"},
		{"task: paid 120,000", "120000", "2025-03-03", enforcement.DefaultParameters(), "200000.00"},
		{"no detention last year", "0", "2025-03-03", enforcement.DefaultParameters(), "200000"},
		{"one fen below the floor", "199999.99", "2025-03-03", enforcement.DefaultParameters(), "200000"},
		{"the floor itself", "200000.00", "2025-03-03", enforcement.DefaultParameters(), "200000"},
		{"one fen above the floor", "200000.01", "2025-03-03", enforcement.DefaultParameters(), "200000.01"},
		{"MaxAmount", "1000000000000", "2025-03-03", enforcement.DefaultParameters(), "1000000000000"},
		{"raised minimum, approved the day before", "250000", "2025-06-30", raised, "250000"},
		{"raised minimum, approved the first day", "250000", "2025-07-01", raised, "300000"},
		{"raised minimum, fees above it", "300000.01", "2025-07-01", raised, "300000.01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			terms := gbTerms(tc.fees)
			terms.Approved = d(tc.approved)
			b, err := enforcement.NewGeneralBond(terms, rulesChina(), tc.params)
			require.NoError(t, err)
			assert.Truef(t, b.Amount().Equal(amt(tc.want)), "Amount(fees %s, approved %s) = %s; want %s", tc.fees, tc.approved, b.Amount(), tc.want)
			assert.True(t, b.Totals().Available.Equal(b.Amount()), "a new bond has all of its amount available")
		})
	}
}

// TestNewGeneralBond_windows checks R-GB-3: coverage from the approval to
// 31 December of that year; the letter of guarantee from its issue to 30
// June of the next year.
func TestNewGeneralBond_windows(t *testing.T) {
	for _, tc := range []struct {
		name, issued, approved         string
		coverageEnds, guaranteeExpires string
	}{
		{"task: approved 2025-03-03, issued 2025-02-20", "2025-02-20", "2025-03-03", "2025-12-31", "2026-06-30"},
		{"issued and approved on 1 January", "2025-01-01", "2025-01-01", "2025-12-31", "2026-06-30"},
		{"approved on 31 December: one day of coverage", "2024-12-02", "2024-12-31", "2024-12-31", "2025-06-30"},
		{"issued on a leap day", "2024-02-29", "2024-03-01", "2024-12-31", "2025-06-30"},
		{"issued on the approval day", "2025-03-03", "2025-03-03", "2025-12-31", "2026-06-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			terms := gbTerms("0")
			terms.Issued, terms.Approved = d(tc.issued), d(tc.approved)
			b := mustBond(t, terms)
			first, last := b.Coverage()
			assert.Equal(t, d(tc.approved), first)
			assert.Equalf(t, d(tc.coverageEnds), last, "coverage of approval %s ends %s; want %s", tc.approved, last, tc.coverageEnds)
			from, until := b.Guarantee()
			assert.Equal(t, d(tc.issued), from)
			assert.Equalf(t, d(tc.guaranteeExpires), until, "letter issued %s expires %s; want %s", tc.issued, until, tc.guaranteeExpires)
		})
	}
}

// TestNewGeneralBond_badInput checks that terms that are missing, absurd
// or contradict the announcement are refused with every problem, each
// naming its field as in JSON.
func TestNewGeneralBond_badInput(t *testing.T) {
	noMinimum, err := enforcement.NewParameters(enforcement.Parameter{Kind: enforcement.DutyWaiver, Value: amt("50"), Source: "x", From: d("2010-09-01")})
	require.NoError(t, err)
	otherHolder := mark()
	otherHolder.Holder = "Other Ltd"
	other := mark()
	other.Number = "7654321"
	otherRec, err := rights.NewRecordation(otherHolder, rights.Application{Holder: rights.Party{Name: "Other Ltd", Address: "2 Main St", Nationality: "CN"}}, d("2020-01-02"))
	require.NoError(t, err)
	otherRec, err = otherRec.Apply(rights.Event{Kind: rights.Approval, Date: d("2020-02-10"), Number: "T-O"})
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		edit   func(*enforcement.GeneralBondTerms)
		rules  enforcement.Rules
		params enforcement.Parameters
		fields []string // Every field reported, in order.
		also   error    // A sentinel the error also matches.
	}{
		{"no reference", func(t *enforcement.GeneralBondTerms) { t.Reference = "" }, rulesChina(), enforcement.DefaultParameters(), []string{"reference"}, nil},
		{"reference with a control character", func(t *enforcement.GeneralBondTerms) { t.Reference = "A\x00" }, rulesChina(), enforcement.DefaultParameters(), []string{"reference"}, nil},
		{"no holder", func(t *enforcement.GeneralBondTerms) { t.Holder = enforcement.Party{} }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"holder.name", "recordations[0]"}, nil},
		{"no recordation", func(t *enforcement.GeneralBondTerms) { t.Recordations = nil }, rulesChina(), enforcement.DefaultParameters(), []string{"recordations"}, nil},
		{"too many recordations", func(t *enforcement.GeneralBondTerms) {
			t.Recordations = make([]rights.Recordation, enforcement.MaxGeneralBondRecordations+1)
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations"}, nil},
		{"the zero recordation", func(t *enforcement.GeneralBondTerms) { t.Recordations = []rights.Recordation{{}} }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"recordations[0]"}, nil},
		{"a patent (R-GB-1)", func(t *enforcement.GeneralBondTerms) {
			t.Recordations = append(t.Recordations, utilityModelRecordation())
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations[1]"}, nil},
		{"recorded for another holder", func(t *enforcement.GeneralBondTerms) {
			t.Recordations = []rights.Recordation{otherRec}
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations[0]"}, nil},
		{"not in force on the approval day", func(t *enforcement.GeneralBondTerms) {
			t.Recordations = append(t.Recordations, recordOrPanic(other, "2025-02-01", "2025-04-01", "T-L"))
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations[1]"}, nil},
		{"the same trademark twice", func(t *enforcement.GeneralBondTerms) {
			t.Recordations = append(t.Recordations, markRecordation())
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations[1]"}, nil},
		{"negative fees", func(t *enforcement.GeneralBondTerms) { t.PreviousYearFees = amt("-0.01") }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"previous_year_fees"}, nil},
		{"fees finer than a fen", func(t *enforcement.GeneralBondTerms) { t.PreviousYearFees = amt("1.005") }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"previous_year_fees"}, nil},
		{"fees above MaxAmount", func(t *enforcement.GeneralBondTerms) { t.PreviousYearFees = decimal.New(1, 999999) }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"previous_year_fees"}, nil},
		{"no approval day", func(t *enforcement.GeneralBondTerms) { t.Approved = calendar.Date{} }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"approved"}, nil},
		{"an invalid approval day", func(t *enforcement.GeneralBondTerms) { t.Approved = calendar.Date{Year: 2025, Month: 2, Day: 30} }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"approved"}, nil},
		{"no issue day", func(t *enforcement.GeneralBondTerms) { t.Issued = calendar.Date{} }, rulesChina(), enforcement.DefaultParameters(), []string{"issued"}, nil},
		{"letter issued after the approval", func(t *enforcement.GeneralBondTerms) { t.Issued = d("2025-03-04") }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"issued"}, nil},
		{"letter expires before the coverage ends", func(t *enforcement.GeneralBondTerms) { t.Issued = d("2024-12-31") }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"issued"}, nil},
		{"no bank", func(t *enforcement.GeneralBondTerms) { t.Guarantor.Bank = "" }, rulesChina(), enforcement.DefaultParameters(), []string{"guarantor.bank"}, nil},
		{"a bank not licensed in mainland China (R-GB-4)", func(t *enforcement.GeneralBondTerms) { t.Guarantor.Licensed = false }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"guarantor.licensed"}, nil},
		{"no calendar", func(*enforcement.GeneralBondTerms) {}, enforcement.Rules{}, enforcement.DefaultParameters(), []string{"calendar"}, enforcement.ErrInvalidRules},
		{"a fee payment period in months", func(*enforcement.GeneralBondTerms) {},
			enforcement.Rules{Calendar: calendar.China(), FeePayment: calendar.Period{Count: 1, Unit: calendar.UnitMonths}}, enforcement.DefaultParameters(),
			[]string{"fee_payment"}, enforcement.ErrInvalidRules},
		{"no minimum in force (R-GB-2)", func(*enforcement.GeneralBondTerms) {}, rulesChina(), noMinimum, []string{"approved"}, enforcement.ErrNoParameter},
		{"no minimum yet in 2006", func(t *enforcement.GeneralBondTerms) {
			t.Approved, t.Issued, t.Recordations = d("2006-06-30"), d("2006-06-01"), nil
		}, rulesChina(), enforcement.DefaultParameters(), []string{"recordations", "approved"}, enforcement.ErrNoParameter},
		{"everything missing", func(t *enforcement.GeneralBondTerms) { *t = enforcement.GeneralBondTerms{} }, rulesChina(), enforcement.DefaultParameters(),
			[]string{"reference", "holder.name", "recordations", "approved", "issued", "guarantor.bank", "guarantor.licensed"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			terms := gbTerms("0")
			tc.edit(&terms)
			before := terms.Recordations
			b, err := enforcement.NewGeneralBond(terms, tc.rules, tc.params)
			require.Errorf(t, err, "NewGeneralBond = %v; want an error", b.Amount())
			if tc.also != enforcement.ErrInvalidRules {
				assert.ErrorIs(t, err, enforcement.ErrInvalidGeneralBond)
			}
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
			var fes enforcement.FieldErrors
			require.ErrorAs(t, err, &fes)
			var got []string
			for _, fe := range fes {
				got = append(got, fe.Field)
				assert.NotEmpty(t, fe.Reason)
			}
			assert.Equal(t, tc.fields, got, "%v", err)
			assert.True(t, b.Equal(enforcement.GeneralBond{}), "a refused bond is the zero GeneralBond")
			assert.Equal(t, len(before), len(terms.Recordations), "the terms are not modified")
		})
	}
}

// TestNewGeneralBond_copies checks that the bond shares no slice with the
// caller.
func TestNewGeneralBond_copies(t *testing.T) {
	terms := gbTerms("0")
	b := mustBond(t, terms)
	terms.Recordations[0] = utilityModelRecordation()
	got := b.Terms()
	assert.Equal(t, rights.Trademark, got.Recordations[0].Type())
	got.Recordations[0] = utilityModelRecordation()
	assert.Equal(t, rights.Trademark, b.Terms().Recordations[0].Type())
}

// TestGeneralBond_Covers checks R-GB-1, R-GB-3 and R-EXO-5: every reason a
// case is outside the bond is given, and a covered case has none.
func TestGeneralBond_Covers(t *testing.T) {
	b := mustBond(t, gbTerms("0"))
	other := mark()
	other.Number = "7654321"
	exhausted, err := b.Notify("F-1", gbCase1, amt("200000"), d("2025-04-01"))
	require.NoError(t, err)
	exhausted, err = exhausted.Call("F-1", d("2025-05-06"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		bond enforcement.GeneralBond
		edit func(*enforcement.Facts)
		on   string
		want []string // A rule or phrase of each reason, in order; none if covered.
	}{
		{"covered: the first day", b, nil, "2025-03-03", nil},
		{"covered: the last day", b, nil, "2025-12-31", nil},
		{"covered: partly drawn", b, nil, "2025-06-01", nil},
		{"the day before the approval", b, nil, "2025-03-02", []string{"R-GB-3"}},
		{"the day after the coverage", b, nil, "2026-01-01", []string{"R-GB-3"}},
		{"after the letter expired", b, nil, "2026-07-01", []string{"coverage window", "letter of guarantee"}},
		{"not a day", b, nil, "", []string{"not a day"}},
		{"upon application (Regs art 14)", b, func(f *enforcement.Facts) { f.Track = enforcement.UponApplication }, "2025-06-01", []string{"upon-application"}},
		{"no track", b, func(f *enforcement.Facts) { f.Track = enforcement.TrackUnknown }, "2025-06-01", []string{"R-GB-1"}},
		{"a patent only", b, func(f *enforcement.Facts) {
			f.Rights, f.Recordations = []rights.Right{utilityModel()}, []rights.Recordation{utilityModelRecordation()}
		}, "2025-06-01", []string{"not a trademark"}},
		{"a trademark and a patent", b, func(f *enforcement.Facts) { f.Rights = append(f.Rights, utilityModel()) }, "2025-06-01",
			[]string{"rights[1] (patent-utility-model"}},
		{"a trademark the bond does not cover", b, func(f *enforcement.Facts) { f.Rights = []rights.Right{other} }, "2025-06-01",
			[]string{"not among the recordations"}},
		{"another holder", b, func(f *enforcement.Facts) { f.Holder.Name = "Other Ltd" }, "2025-06-01", []string{"not the general bond's"}},
		{"no right", b, func(f *enforcement.Facts) { f.Rights = nil }, "2025-06-01", []string{"no right"}},
		{"drawn in full", exhausted, nil, "2025-06-01", []string{"drawn in full"}},
		{"the zero bond", enforcement.GeneralBond{}, nil, "2025-06-01", []string{"NewGeneralBond"}},
		{"everything wrong", exhausted, func(f *enforcement.Facts) {
			f.Track, f.Holder.Name = enforcement.UponApplication, "Other Ltd"
			f.Rights = []rights.Right{utilityModel(), other}
		}, "2027-01-01", []string{"upon-application", "not a trademark", "not among", "not the general bond's", "R-GB-3", "letter of guarantee", "drawn in full"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := gbFacts()
			if tc.edit != nil {
				tc.edit(&f)
			}
			var on calendar.Date
			if tc.on != "" {
				on = d(tc.on)
			}
			err := tc.bond.Covers(f, on)
			if tc.want == nil {
				assert.NoErrorf(t, err, "Covers(%s)", tc.on)
				return
			}
			require.Errorf(t, err, "Covers(%s) = nil; want %v", tc.on, tc.want)
			assert.ErrorIs(t, err, enforcement.ErrOutsideGeneralBond)
			var out *enforcement.OutsideGeneralBondError
			require.ErrorAs(t, err, &out)
			require.Lenf(t, out.Reasons, len(tc.want), "reasons: %q", out.Reasons)
			for i, w := range tc.want {
				assert.Containsf(t, out.Reasons[i], w, "reason %d", i)
			}
			assert.Equal(t, f.ID, out.Case)
		})
	}
}

// TestGeneralBond_Covers_recordationLapsed checks that a trademark whose
// recordation is no longer in force on the day is not covered, even
// inside the window (Regs art 16; R-REC-1).
func TestGeneralBond_Covers_recordationLapsed(t *testing.T) {
	// A mark registered 2015-06-10 runs to 2025-06-09 (Trademark Law art
	// 39) and is not renewed: its recordation lapses with it.
	short := mark()
	short.Registered = d("2015-06-10")
	terms := gbTerms("0")
	terms.Recordations = []rights.Recordation{recordOrPanic(short, "2020-01-02", "2020-02-10", "T2020-9")}
	b := mustBond(t, terms)
	f := gbFacts()
	f.Rights, f.Recordations = []rights.Right{short}, terms.Recordations
	assert.NoError(t, b.Covers(f, d("2025-06-09")))
	err := b.Covers(f, d("2025-06-10"))
	assert.ErrorIs(t, err, enforcement.ErrOutsideGeneralBond)
	assert.ErrorContains(t, err, "not in force on 2025-06-10")
}

// TestGeneralBond_lastDayToPay checks the payment period of the letter of
// guarantee (R-FEE-4) on the official calendar; each want is counted by
// hand from cn-holidays.tsv.
func TestGeneralBond_lastDayToPay(t *testing.T) {
	for _, tc := range []struct {
		name     string
		period   calendar.Period
		approved string
		received string
		want     string
	}{
		// 2025-09-26 is a Friday: Sun 28 Sep (adjusted working day), 29,
		// 30; 1-8 Oct holiday; 9, 10, Sat 11 (adjusted), 13, 14, 15, 16.
		{"task: before National Day 2025", calendar.Period{}, "2025-03-03", "2025-09-26", "2025-10-16"},
		// 2024-02-09 is a Friday: 10-17 Feb holiday; Sun 18 (adjusted),
		// 19, 20, 21, 22, 23, 26, 27, 28, 29.
		{"Spring Festival 2024", calendar.Period{}, "2024-01-02", "2024-02-09", "2024-02-29"},
		// An ordinary fortnight: Mon 2025-06-09 → Mon 2025-06-23.
		{"no holiday", calendar.Period{}, "2025-03-03", "2025-06-09", "2025-06-23"},
		// Received on a Saturday: working days 1-10 are 8-12 and 15-19
		// December 2025.
		{"received on a rest day", calendar.Period{}, "2025-03-03", "2025-12-06", "2025-12-19"},
		// Rules override: 15 working days.
		{"15 working days", calendar.Period{Count: 15, Unit: calendar.UnitWorkingDays}, "2025-03-03", "2025-06-09", "2025-06-30"},
		// Counting the day of receipt: Mon 9 is day 1, Fri 20 is day 10.
		{"from the day of receipt", calendar.Period{Count: 10, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}, "2025-03-03", "2025-06-09", "2025-06-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			terms := gbTerms("0")
			terms.Approved, terms.Issued = d(tc.approved), d(tc.approved)
			b, err := enforcement.NewGeneralBond(terms, enforcement.Rules{Calendar: calendar.China(), FeePayment: tc.period}, enforcement.DefaultParameters())
			require.NoError(t, err)
			b, err = b.Notify("F-1", gbCase1, amt("100"), d(tc.received))
			require.NoError(t, err)
			n, ok := b.Notice("F-1")
			require.True(t, ok)
			assert.Equalf(t, d(tc.want), n.LastDayToPay, "last day to pay a notice received %s = %s; want %s", tc.received, n.LastDayToPay, tc.want)
			_, err = b.Call("F-1", n.LastDayToPay)
			assert.ErrorIs(t, err, enforcement.ErrGeneralBondRefused, "a call on the last day to pay")
			_, err = b.Call("F-1", n.LastDayToPay.AddDays(1))
			assert.NoError(t, err, "a call the day after")
		})
	}
}

// TestGeneralBond_Notify_beyondCalendar checks that a notice whose
// payment period reaches past the calendar's data is refused with
// calendar.ErrNotCovered, never a guess (R-TIME-1).
func TestGeneralBond_Notify_beyondCalendar(t *testing.T) {
	terms := gbTerms("0")
	terms.Approved, terms.Issued = d("2027-03-01"), d("2027-02-01")
	b := mustBond(t, terms)
	_, err := b.Notify("F-1", gbCase1, amt("100"), d("2027-12-20"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.Empty(t, b.Entries())
}

// TestGeneralBond_refusals checks each refusal of the ledger: the error
// matches its sentinel and carries the facts, and the bond is unchanged.
func TestGeneralBond_refusals(t *testing.T) {
	b := mustBond(t, gbTerms("0"))                                     // Amount 200,000.00.
	b, err := b.Notify("F-1", gbCase1, amt("150000"), d("2025-09-26")) // Last day to pay 2025-10-16.
	require.NoError(t, err)
	// F-2 is received on Monday 2025-09-29: 30 Sep, 9, 10, 11 (a
	// Saturday working day), 13-17 and 20 October are its 10 working days.
	b, err = b.Notify("F-2", gbCase2, amt("80000"), d("2025-09-29"))
	require.NoError(t, err)
	drawn, err := b.Call("F-1", d("2025-10-17"))
	require.NoError(t, err)
	settled, err := b.Pay("F-1", amt("150000"), d("2025-10-10"))
	require.NoError(t, err)
	exhausted, err := drawn.Call("F-2", d("2025-10-21")) // Draws the 50,000 left.
	require.NoError(t, err)

	type call struct {
		name  string
		bond  enforcement.GeneralBond
		op    func(enforcement.GeneralBond) (enforcement.GeneralBond, error)
		class error
		check func(t *testing.T, e *enforcement.GeneralBondRefusedError)
	}
	notify := func(ref string, id uuid.UUID, amount, on string) func(enforcement.GeneralBond) (enforcement.GeneralBond, error) {
		return func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			var day calendar.Date
			if on != "" {
				day = d(on)
			}
			return b.Notify(ref, id, amt(amount), day)
		}
	}
	pay := func(ref, amount, on string) func(enforcement.GeneralBond) (enforcement.GeneralBond, error) {
		return func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Pay(ref, amt(amount), d(on))
		}
	}
	callOn := func(ref, on string) func(enforcement.GeneralBond) (enforcement.GeneralBond, error) {
		return func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) { return b.Call(ref, d(on)) }
	}
	refused, invalid := enforcement.ErrGeneralBondRefused, enforcement.ErrInvalidGeneralBond
	for _, tc := range []call{
		{"notify: no reference", b, notify("", gbCase1, "1", "2025-10-01"), invalid, nil},
		{"notify: nil case", b, notify("F-3", uuid.Nil, "1", "2025-10-01"), invalid, nil},
		{"notify: zero amount", b, notify("F-3", gbCase1, "0", "2025-10-01"), invalid, nil},
		{"notify: negative amount", b, notify("F-3", gbCase1, "-1", "2025-10-01"), invalid, nil},
		{"notify: finer than a fen", b, notify("F-3", gbCase1, "1.001", "2025-10-01"), invalid, nil},
		{"notify: no day", b, notify("F-3", gbCase1, "1", ""), invalid, nil},
		{"notify: duplicate reference", b, notify("F-1", gbCase2, "1", "2025-10-01"), refused, nil},
		{"notify: before the last entry", b, notify("F-3", gbCase1, "1", "2025-09-28"), refused, nil},
		{"notify: before the approval", mustBond(t, gbTerms("0")), notify("F-3", gbCase1, "1", "2025-03-02"), refused, nil},
		{"notify: after the letter expired", mustBond(t, gbTerms("0")), notify("F-3", gbCase1, "1", "2026-07-01"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.Equal(t, d("2026-06-30"), e.GuaranteeExpires)
		}},
		{"pay: unknown notice", b, pay("F-9", "1", "2025-10-01"), refused, nil},
		{"pay: more than outstanding", drawn, pay("F-1", "0.01", "2025-10-20"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.True(t, e.Outstanding.IsZero())
			assert.True(t, e.Shortfall.Equal(amt("0.01")), "shortfall %s", e.Shortfall)
		}},
		{"pay: zero", b, pay("F-1", "0", "2025-10-01"), invalid, nil},
		{"pay: before the last entry", b, pay("F-1", "1", "2025-09-27"), refused, nil},
		{"call: unknown notice", b, callOn("F-9", "2025-10-20"), refused, nil},
		{"call: on the last day to pay", b, callOn("F-1", "2025-10-16"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.Equal(t, d("2025-10-16"), e.LastDayToPay)
			assert.Equal(t, d("2025-10-17"), e.CallableFrom)
			assert.True(t, e.Outstanding.Equal(amt("150000")))
			assert.True(t, e.Available.Equal(amt("200000")))
			assert.True(t, e.Shortfall.IsZero())
		}},
		{"call: settled", settled, callOn("F-1", "2025-10-17"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.Len(t, e.Reasons, 1)
			assert.Contains(t, e.Reasons[0], "nothing is outstanding")
		}},
		{"call: drawn already", drawn, callOn("F-1", "2025-10-20"), refused, nil},
		{"call: the letter expired", b, callOn("F-1", "2026-07-01"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.Contains(t, e.Reasons[0], "expired on 2026-06-30")
		}},
		{"call: the bond drawn in full", exhausted, callOn("F-2", "2025-10-22"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.True(t, e.Outstanding.Equal(amt("30000")), "outstanding %s", e.Outstanding)
			assert.True(t, e.Available.IsZero())
			assert.True(t, e.Shortfall.Equal(amt("30000")), "shortfall %s", e.Shortfall)
		}},
		{"call: before the last entry", drawn, callOn("F-2", "2025-10-16"), refused, nil},
		{"call: every reason at once", drawn, callOn("F-1", "2026-07-01"), refused, func(t *testing.T, e *enforcement.GeneralBondRefusedError) {
			assert.Len(t, e.Reasons, 2, "nothing outstanding, the letter expired")
		}},
		{"the zero bond", enforcement.GeneralBond{}, callOn("F-1", "2025-10-20"), refused, nil},
		{"the zero bond: notify", enforcement.GeneralBond{}, notify("F-1", gbCase1, "1", "2025-10-20"), refused, nil},
		{"the zero bond: pay", enforcement.GeneralBond{}, pay("F-1", "1", "2025-10-20"), refused, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, entries, totals := tc.bond, tc.bond.Entries(), tc.bond.Totals()
			got, err := tc.op(tc.bond)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.class)
			assert.True(t, got.Equal(before), "the returned bond is the receiver")
			assert.Equal(t, len(entries), len(tc.bond.Entries()), "the receiver is unchanged")
			assert.Truef(t, totalsEqual(totals, tc.bond.Totals()), "totals %+v; were %+v", tc.bond.Totals(), totals)
			if tc.class == refused {
				var e *enforcement.GeneralBondRefusedError
				require.ErrorAs(t, err, &e)
				assert.NotEmpty(t, e.Reasons)
				if tc.check != nil {
					tc.check(t, e)
				}
			} else {
				var fes enforcement.FieldErrors
				assert.ErrorAs(t, err, &fes)
			}
		})
	}
}

// TestGeneralBond_callDrawsWhatIsLeft checks R-FEE-4 with the bond too
// small: the call draws the outstanding amount, at most what is left, and
// the rest stays the holder's to pay.
func TestGeneralBond_callDrawsWhatIsLeft(t *testing.T) {
	b := mustBond(t, gbTerms("0"))
	b, err := b.Notify("F-1", gbCase1, amt("150000"), d("2025-09-26"))
	require.NoError(t, err)
	b, err = b.Notify("F-2", gbCase2, amt("80000.55"), d("2025-09-26"))
	require.NoError(t, err)
	b, err = b.Pay("F-2", amt("0.55"), d("2025-10-16"))
	require.NoError(t, err)
	due := b.CallsDue(d("2025-10-17"))
	require.Len(t, due, 2)
	b, err = b.Call(due[0].Reference, d("2025-10-17"))
	require.NoError(t, err)
	b, err = b.Call(due[1].Reference, d("2025-10-17"))
	require.NoError(t, err)
	n, _ := b.Notice("F-2")
	assert.True(t, n.Drawn.Equal(amt("50000")), "drawn %s", n.Drawn)
	assert.True(t, n.Outstanding.Equal(amt("30000")), "outstanding %s", n.Outstanding)
	assert.Empty(t, b.CallsDue(d("2025-10-18")), "nothing left to draw")
	b, err = b.Pay("F-2", amt("30000"), d("2025-10-20"))
	require.NoError(t, err, "the holder can still pay what the bond could not")
	tot := b.Totals()
	assert.Equal(t, "230000.55 30000.55 200000.00 0.00 0.00", strings.Join([]string{tot.Notified.StringFixed(2), tot.Paid.StringFixed(2),
		tot.Drawn.StringFixed(2), tot.Outstanding.StringFixed(2), tot.Available.StringFixed(2)}, " "))
}

// TestGeneralBond_branches checks that bonds extended from one another
// stay independent: a second operation on an older bond does not disturb
// the first, and operations on one bond from many goroutines are safe
// (run with -race).
func TestGeneralBond_branches(t *testing.T) {
	base := mustBond(t, gbTerms("0"))
	base, err := base.Notify("F-1", gbCase1, amt("1000"), d("2025-09-26"))
	require.NoError(t, err)
	a, err := base.Pay("F-1", amt("400"), d("2025-10-09"))
	require.NoError(t, err)
	b, err := base.Call("F-1", d("2025-10-17")) // A branch: base is no longer the latest.
	require.NoError(t, err)
	a2, err := a.Notify("F-2", gbCase2, amt("5"), d("2025-10-10"))
	require.NoError(t, err)
	na, _ := a.Notice("F-1")
	nb, _ := b.Notice("F-1")
	assert.True(t, na.Paid.Equal(amt("400")) && na.Drawn.IsZero(), "branch a: %v", na)
	assert.True(t, nb.Paid.IsZero() && nb.Drawn.Equal(amt("1000")), "branch b: %v", nb)
	_, found := b.Notice("F-2")
	assert.False(t, found, "F-2 is on branch a only")
	assert.Len(t, a2.Entries(), 3)
	assert.Len(t, base.Entries(), 1)
	nbase, _ := base.Notice("F-1")
	assert.True(t, nbase.Outstanding.Equal(amt("1000")))

	var wg sync.WaitGroup
	results := make([]enforcement.GeneralBond, 16)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			next, err := base.Pay("F-1", decimal.New(int64(i+1), 0), d("2025-10-09"))
			if err == nil {
				next, err = next.Notify(fmt.Sprintf("G-%d", i), gbCase2, amt("1"), d("2025-10-10"))
			}
			if err != nil {
				t.Error(err)
			}
			results[i] = next
			_ = base.Notices()
			_ = base.Covers(gbFacts(), d("2025-10-10"))
		}(i)
	}
	wg.Wait()
	for i, r := range results {
		n, _ := r.Notice("F-1")
		assert.Truef(t, n.Paid.Equal(decimal.New(int64(i+1), 0)), "goroutine %d: paid %s", i, n.Paid)
		assert.Len(t, r.Notices(), 2)
	}
}

// totalsEqual reports whether s and t are the same totals, as numbers.
func totalsEqual(s, t enforcement.GeneralBondTotals) bool {
	return s.Notified.Equal(t.Notified) && s.Paid.Equal(t.Paid) && s.Drawn.Equal(t.Drawn) &&
		s.Outstanding.Equal(t.Outstanding) && s.Available.Equal(t.Available)
}

// gbOp is a ledger operation of the property tests.
type gbOp struct {
	kind   int   // 0 notify, 1 pay, 2 call
	notice int   // Which of 4 references.
	amount int64 // In fen.
	step   int   // Days after the previous operation.
}

func (o gbOp) String() string {
	return fmt.Sprintf("{%s F-%d %d fen +%dd}", []string{"notify", "pay", "call"}[o.kind], o.notice, o.amount, o.step)
}

func gbOps() gopter.Gen {
	op := gopter.CombineGens(
		gen.IntRange(0, 2), gen.IntRange(0, 3),
		gen.Weighted([]gen.WeightedGen{
			{Weight: 3, Gen: gen.Int64Range(0, 15_000_000)},
			{Weight: 1, Gen: gen.Int64Range(0, 100)},
		}),
		gen.Weighted([]gen.WeightedGen{
			{Weight: 3, Gen: gen.IntRange(0, 5)},
			{Weight: 1, Gen: gen.IntRange(0, 60)},
		}),
	).Map(func(v []any) gbOp { return gbOp{v[0].(int), v[1].(int), v[2].(int64), v[3].(int)} })
	return gen.SliceOfN(40, op)
}

// applyOp applies o to b on day on.
func applyOp(b enforcement.GeneralBond, o gbOp, on calendar.Date) (enforcement.GeneralBond, error) {
	ref := fmt.Sprintf("F-%d", o.notice)
	amount := decimal.New(o.amount, -2)
	switch o.kind {
	case 0:
		return b.Notify(ref, uuid.NewSHA1(uuid.Nil, []byte(ref)), amount, on)
	case 1:
		return b.Pay(ref, amount, on)
	}
	return b.Call(ref, on)
}

// checkGeneralBondLedger returns what is wrong with b's ledger, or "".
func checkGeneralBondLedger(b enforcement.GeneralBond) string {
	t := b.Totals()
	var notified, paid, drawn decimal.Decimal
	_, expires := b.Guarantee()
	for _, n := range b.Notices() {
		if !n.Amount.Equal(n.Paid.Add(n.Drawn).Add(n.Outstanding)) {
			return fmt.Sprintf("notice %s: %s != %s + %s + %s", n.Reference, n.Amount, n.Paid, n.Drawn, n.Outstanding)
		}
		if n.Paid.Sign() < 0 || n.Drawn.Sign() < 0 || n.Outstanding.Sign() < 0 {
			return fmt.Sprintf("notice %s negative: %+v", n.Reference, n)
		}
		notified, paid, drawn = notified.Add(n.Amount), paid.Add(n.Paid), drawn.Add(n.Drawn)
	}
	switch {
	case !t.Notified.Equal(notified) || !t.Paid.Equal(paid) || !t.Drawn.Equal(drawn):
		return fmt.Sprintf("totals %+v; the notices sum to %s, %s, %s", t, notified, paid, drawn)
	case !t.Notified.Equal(t.Paid.Add(t.Drawn).Add(t.Outstanding)):
		return fmt.Sprintf("totals do not balance: %+v", t)
	case t.Drawn.GreaterThan(b.Amount()):
		return fmt.Sprintf("drawn %s > amount %s", t.Drawn, b.Amount())
	case !t.Available.Equal(b.Amount().Sub(t.Drawn)) || t.Available.Sign() < 0:
		return fmt.Sprintf("available %s; amount %s, drawn %s", t.Available, b.Amount(), t.Drawn)
	}
	var last calendar.Date
	for i, e := range b.Entries() {
		if e.Date.Before(last) {
			return fmt.Sprintf("entries[%d] dated %s before %s", i, e.Date, last)
		}
		last = e.Date
		if e.Kind == enforcement.BankCalled {
			n, _ := b.Notice(e.Notice)
			if !e.Date.After(n.LastDayToPay) || e.Date.After(expires) {
				return fmt.Sprintf("entries[%d]: a call on %s; last day to pay %s, letter expires %s", i, e.Date, n.LastDayToPay, expires)
			}
			if e.Amount.Sign() <= 0 {
				return fmt.Sprintf("entries[%d]: a call drawing %s", i, e.Amount)
			}
		}
	}
	return ""
}

// TestGeneralBond_properties checks the ledger's invariants over random
// sequences of notices, payments and calls (R-FEE-4; Regs art 25): the
// bond never pays more than its amount; every notice balances; no call
// comes before its day or after the letter expires; a refusal changes
// nothing; the JSON round trip and the replay give the same bond.
func TestGeneralBond_properties(t *testing.T) {
	props := testgen.Properties(t, 300)
	props.Property("the ledger's invariants hold after every operation", prop.ForAll(
		func(ops []gbOp, fees int64) string {
			b, err := enforcement.NewGeneralBond(gbTerms(decimal.New(fees, -2).String()), rulesChina(), enforcement.DefaultParameters())
			if err != nil {
				return err.Error()
			}
			on := d("2025-02-25") // Before the approval: the first notices are refused.
			for i, o := range ops {
				on = on.AddDays(calendar.Days(o.step))
				before, entries, totals := b, b.Entries(), b.Totals()
				due := b.CallsDue(on)
				next, err := applyOp(b, o, on)
				if err != nil {
					if !errors.Is(err, enforcement.ErrGeneralBondRefused) && !errors.Is(err, enforcement.ErrInvalidGeneralBond) {
						return fmt.Sprintf("op %d %v: %v matches no sentinel", i, o, err)
					}
					if !next.Equal(before) || len(b.Entries()) != len(entries) || !totalsEqual(b.Totals(), totals) {
						return fmt.Sprintf("op %d %v refused but changed the bond", i, o)
					}
					if o.kind == 2 {
						for _, n := range due {
							if n.Reference == fmt.Sprintf("F-%d", o.notice) && (len(entries) == 0 || !on.Before(entries[len(entries)-1].Date)) {
								return fmt.Sprintf("op %d %v: due on %s but refused: %v", i, o, on, err)
							}
						}
					}
					continue
				}
				if len(next.Entries()) != len(entries)+1 {
					return fmt.Sprintf("op %d %v: %d entries after; want %d", i, o, len(next.Entries()), len(entries)+1)
				}
				b = next
				if why := checkGeneralBondLedger(b); why != "" {
					return fmt.Sprintf("after op %d %v: %s", i, o, why)
				}
			}
			data, err := json.Marshal(b)
			if err != nil {
				return fmt.Sprintf("MarshalJSON: %v", err)
			}
			back, err := enforcement.ParseGeneralBond(data, calendar.China(), enforcement.DefaultParameters())
			if err != nil || !back.Equal(b) || !totalsEqual(back.Totals(), b.Totals()) {
				return fmt.Sprintf("JSON round trip: %v; equal %v\n%s", err, back.Equal(b), data)
			}
			again, err := enforcement.ReplayGeneralBond(b.Terms(), rulesChina(), enforcement.DefaultParameters(), b.Entries())
			if err != nil || !again.Equal(b) || !totalsEqual(again.Totals(), b.Totals()) {
				return fmt.Sprintf("replay: %v; equal %v", err, again.Equal(b))
			}
			return ""
		}, gbOps(), gen.Int64Range(0, 40_000_000)))
	props.TestingRun(t)
}

// TestGeneralBond_neverCoversOutsideTheAnnouncement checks R-GB-1 as a
// property: whatever the day, the ledger and the other facts, a general
// bond never covers a case that is not ex officio or has a right that is
// not a trademark.
func TestGeneralBond_neverCoversOutsideTheAnnouncement(t *testing.T) {
	b := mustBond(t, gbTerms("0"))
	types := rights.Types()
	props := testgen.Properties(t, 2000)
	props.Property("not ex officio, or a right not a trademark: never covered", prop.ForAll(
		func(track uint8, typ int, on calendar.Date, add bool) string {
			f := gbFacts()
			f.Track = enforcement.Track(track)
			if typ < len(types) && types[typ] != rights.Trademark {
				r := mark()
				r.Type = types[typ]
				if add {
					f.Rights = append(f.Rights, r)
				} else {
					f.Rights = []rights.Right{r}
				}
			}
			eligible := f.Track == enforcement.ExOfficio
			for _, r := range f.Rights {
				eligible = eligible && r.Type == rights.Trademark
			}
			err := b.Covers(f, on)
			if !eligible && !errors.Is(err, enforcement.ErrOutsideGeneralBond) {
				return fmt.Sprintf("Covers(%s, %v, %s) = %v; want ErrOutsideGeneralBond", f.Track, f.Rights, on, err)
			}
			first, last := b.Coverage()
			if eligible && (err == nil) != (!on.Before(first) && !on.After(last)) {
				return fmt.Sprintf("Covers(eligible, %s) = %v; window %s to %s", on, err, first, last)
			}
			return ""
		}, gen.UInt8Range(0, 3), gen.IntRange(0, len(types)), testgen.DateBetween(d("2024-06-01"), d("2026-12-31")), gen.Bool()))
	props.Property("the amount is max(previous year's fees, 200,000) (R-GB-2)", prop.ForAll(
		func(fees decimal.Decimal) string {
			b, err := enforcement.NewGeneralBond(gbTerms(fees.String()), rulesChina(), enforcement.DefaultParameters())
			if err != nil {
				return err.Error()
			}
			if want := decimal.Max(fees, amt("200000")); !b.Amount().Equal(want) {
				return fmt.Sprintf("Amount(%s) = %s; want %s", fees, b.Amount(), want)
			}
			return ""
		}, fen()))
	props.TestingRun(t)
}

// TestGeneralBond_zero checks that the zero GeneralBond answers without
// panicking.
func TestGeneralBond_zero(t *testing.T) {
	var b enforcement.GeneralBond
	assert.True(t, b.Amount().IsZero())
	assert.Nil(t, b.Notices())
	assert.Nil(t, b.Entries())
	assert.Nil(t, b.CallsDue(d("2025-10-10")))
	_, ok := b.Notice("F-1")
	assert.False(t, ok)
	assert.ErrorIs(t, b.Covers(gbFacts(), d("2025-06-01")), enforcement.ErrOutsideGeneralBond)
	_, err := json.Marshal(b)
	assert.ErrorIs(t, err, enforcement.ErrInvalidGeneralBond)
	assert.True(t, b.Equal(enforcement.GeneralBond{}))
}

// TestParseGeneralBond_badInput checks the strict decoding: each error
// matches ErrInvalidGeneralBond and names its field.
func TestParseGeneralBond_badInput(t *testing.T) {
	b := mustBond(t, gbTerms("256789.10"))
	b, err := b.Notify("F-1", gbCase1, amt("12000"), d("2025-09-26"))
	require.NoError(t, err)
	good, err := json.Marshal(b)
	require.NoError(t, err)
	replace := func(old, new string) string {
		require.Contains(t, string(good), old)
		return strings.Replace(string(good), old, new, 1)
	}
	for _, tc := range []struct {
		name, data, want string
	}{
		{"unknown key", replace(`"reference"`, `"Reference"`), "unknown key"},
		{"repeated key", replace(`"reference":"GACC-GB-2025-001"`, `"reference":"A","reference":"B"`), "duplicate key"},
		{"exponent", replace(`"previous_year_fees":"256789.10"`, `"previous_year_fees":2.5e5`), "previous_year_fees"},
		{"3 decimals", replace(`"amount":"12000.00"`, `"amount":"12000.001"`), "entries[0].amount"},
		{"unknown kind", replace(`"notice-received"`, `"notice-lost"`), "entries[0].kind"},
		{"bad date", replace(`"approved":"2025-03-03"`, `"approved":"2025-02-30"`), "approved"},
		{"bad uuid", replace(gbCase1.String(), "not-a-uuid"), "entries[0].case"},
		{"nil uuid", replace(gbCase1.String(), uuid.Nil.String()), "entries[0].case"},
		{"amount not the terms'", replace(`"amount":"256789.10"`, `"amount":"200000.00"`), "amount"},
		{"coverage end not the terms'", replace(`"coverage_ends":"2025-12-31"`, `"coverage_ends":"2026-01-31"`), "coverage_ends"},
		{"letter expiry not the terms'", replace(`"guarantee_expires":"2026-06-30"`, `"guarantee_expires":"2026-12-31"`), "guarantee_expires"},
		{"fee payment in months", replace(`"unit":"working-days"`, `"unit":"months"`), "fee_payment"},
		{"fee payment unknown key", replace(`"count":10`, `"Count":10`), "fee_payment"},
		{"a call that draws too much", replace(`"amount":"12000.00"}]`, `"amount":"12000.00"},{"kind":"bank-called","date":"2025-10-17","notice":"F-1","amount":"99.00"}]`), "entries[1]"},
		{"a payment with a case", replace(`"amount":"12000.00"}]`, `"amount":"12000.00"},{"kind":"notice-paid","date":"2025-10-17","notice":"F-1","case":"`+gbCase1.String()+`","amount":"1.00"}]`), "entries[1]"},
		{"an entry without amount", replace(`"amount":"12000.00"}]`, `"amount":"12000.00"},{"kind":"notice-paid","date":"2025-10-17","notice":"F-1"}]`), "entries[1].amount"},
		{"trailing data", string(good) + "{}", "trailing"},
		{"not an object", `[]`, "general bond JSON"},
		{"null", `null`, "reference"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got enforcement.GeneralBond
			err := got.UnmarshalJSON([]byte(tc.data))
			require.Errorf(t, err, "Unmarshal(%s)", tc.data)
			assert.ErrorIs(t, err, enforcement.ErrInvalidGeneralBond)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(enforcement.GeneralBond{}), "the receiver is unchanged")
		})
	}
}

// TestGeneralBond_Covers_renewedSinceApproval checks that a trademark
// renewed after the bond's approval stays covered: Covers reads the
// case's own recordation, which records the renewal (Trademark Law art
// 40; R-REC-1).
func TestGeneralBond_Covers_renewedSinceApproval(t *testing.T) {
	// Registered 2015-06-10, the mark's first term ends 2025-06-09; its
	// renewal window opened 2024-06-10 (Trademark Law art 40).
	short := mark()
	short.Registered = d("2015-06-10")
	terms := gbTerms("0")
	terms.Recordations = []rights.Recordation{recordOrPanic(short, "2020-01-02", "2020-02-10", "T2020-9")}
	b := mustBond(t, terms)

	renewed := short
	renewed.Renewals = []rights.Renewal{{Filed: d("2025-04-01")}}
	rec, err := terms.Recordations[0].WithRight(renewed)
	require.NoError(t, err)
	// The recordation is renewed with the mark (Regs art 10; R-REC-6).
	rec, err = rec.Apply(rights.Event{Kind: rights.RenewalFiling, Date: d("2025-04-02")})
	require.NoError(t, err)
	f := gbFacts()
	f.Rights, f.Recordations = []rights.Right{renewed}, []rights.Recordation{rec}
	require.NoError(t, f.Validate())
	assert.NoError(t, b.Covers(f, d("2025-09-01")), "covered after the renewal")

	f.Rights, f.Recordations = []rights.Right{short}, nil
	assert.ErrorIs(t, b.Covers(f, d("2025-09-01")), enforcement.ErrOutsideGeneralBond, "without the renewal, the bond's copy has lapsed")
}
