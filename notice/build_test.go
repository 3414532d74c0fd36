package notice

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The constructors, field by field against values computed by hand from
// the case's events and cn-holidays.tsv (the working days are listed in
// each test).

// fxMarkRights are the rights of the trademark case as a notice lists them.
var fxMarkRights = []Right{{Type: rights.Trademark, Number: "1234567", Recordation: "T2020-0001"}}

var fxGoods = Goods{Description: "handbags", Quantity: fxCNY("1500"), Unit: "pieces", Value: fxCNY("150000.00")}

var (
	fxHolderParty    = Party{Name: "ACME Ltd", Identifier: "91310000MA1FL0000X", Address: "1 Main St"}
	fxConsigneeParty = Party{Name: "X Trading Co", Address: "8 Harbour Rd"}
)

func TestNewPayment(t *testing.T) {
	b := fxBill(t)
	// The bill itself, by hand (fxBill).
	require.Len(t, b.Lines, 6)
	require.True(t, fxCNY("4962.00").Equal(b.Total), "bill total %s", b.Total)
	require.Equal(t, fxDay("2024-07-30"), b.Last)

	got := fxPayment(t)
	h := fxHeader("FEE-2025-0093", "2025-09-24")
	h.Case = "6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11" // Defaulted to the case's ID.
	want := Payment{
		Header:          h,
		Payer:           fxHolderParty,
		Rights:          fxMarkRights,
		Detention:       "DET-2024-017", // The detention event's reference, before the receipt's.
		Detained:        fxDay("2024-02-21"),
		Goods:           fxGoods,
		Warehouse:       fxTerms().Warehouse,
		From:            fxDay("2024-02-21"),
		To:              fxDay("2024-07-30"), // The cap: 3 months after service on 2024-04-30 (R-FEE-3).
		Lines:           linesOf(b.Lines),
		Total:           fxCNY("4962.00"),
		PaidToWarehouse: fxCNY("962.00"),
		Due:             fxCNY("4000.00"),
		Payee:           fxTerms().Payee,
		Received:        fxDay("2025-09-26"),
		// Working days from Sat 2025-09-27: Sun 28 (调休), Mon 29, Tue 30,
		// [1-8 Oct National Day], Thu 9, Fri 10, Sat 11 (调休), Mon 13,
		// Tue 14, Wed 15, Thu 16: the 10th (R-FEE-4).
		DueDate:  fxDay("2025-10-16"),
		Security: CashBond,
		Bond:     fxCNY("75000.00"),
	}
	requireSame(t, want, got)
	// The lines, as the bill has them.
	for i, l := range got.Lines {
		bl := b.Lines[i]
		assert.Equal(t, bl.Kind, l.Kind)
		assert.Equal(t, bl.Days, l.Days)
		assert.Equal(t, bl.First, l.First)
		assert.Truef(t, bl.Amount.Equal(l.Amount), "lines[%d].amount = %s; want %s", i, l.Amount, bl.Amount)
	}
	assert.NoError(t, got.Validate(calendar.China()))
}

func TestNewPayment_terms(t *testing.T) {
	c, b := fxDisposedCase(t), fxBill(t)
	h := fxHeader("FEE-2025-0093", "2025-09-24")

	t.Run("due date override", func(t *testing.T) {
		terms := fxTerms()
		terms.DueDate = fxDay("2025-10-31")
		n, err := NewPayment(c, b, h, terms)
		require.NoError(t, err)
		assert.Equal(t, fxDay("2025-10-31"), n.DueDate)
	})
	t.Run("due date override on a holiday", func(t *testing.T) {
		terms := fxTerms()
		terms.DueDate = fxDay("2025-10-03")
		_, err := NewPayment(c, b, h, terms)
		assert.ErrorIs(t, err, ErrInvalidNotice)
		assert.Equal(t, []string{"due_date"}, problemFields(err))
	})
	t.Run("security override", func(t *testing.T) {
		terms := fxTerms()
		terms.Security = Guarantee
		n, err := NewPayment(c, b, h, terms)
		require.NoError(t, err)
		assert.Equal(t, Guarantee, n.Security)
	})
	t.Run("nothing paid", func(t *testing.T) {
		terms := fxTerms()
		terms.PaidToWarehouse = fxCNY("0")
		n, err := NewPayment(c, b, h, terms)
		require.NoError(t, err)
		assert.True(t, fxCNY("4962.00").Equal(n.Due), "Due = %s", n.Due)
	})
	t.Run("paid more than the total", func(t *testing.T) {
		terms := fxTerms()
		terms.PaidToWarehouse = fxCNY("4962.01")
		_, err := NewPayment(c, b, h, terms)
		assert.ErrorIs(t, err, ErrInvalidNotice)
		assert.Equal(t, []string{"paid_to_warehouse"}, problemFields(err))
	})
	t.Run("all paid", func(t *testing.T) {
		terms := fxTerms()
		terms.PaidToWarehouse = fxCNY("4962.00")
		n, err := NewPayment(c, b, h, terms)
		require.NoError(t, err)
		assert.True(t, n.Due.IsZero(), "Due = %s", n.Due)
	})
	t.Run("missing terms and header", func(t *testing.T) {
		_, err := NewPayment(c, b, Header{Issued: fxDay("2025-09-24")}, PaymentTerms{})
		assert.ErrorIs(t, err, ErrInvalidNotice)
		assert.Equal(t, []string{"number", "office", "contact.name", "contact.phone",
			"warehouse.name", "payee.name", "payee.bank", "payee.account", "received", "due_date"}, problemFields(err))
	})
	t.Run("received outside the calendar", func(t *testing.T) {
		terms := fxTerms()
		terms.Received = fxDay("2027-12-20")
		h := fxHeader("FEE-2027-0001", "2027-12-20")
		_, err := NewPayment(c, b, h, terms)
		assert.ErrorIs(t, err, ErrInvalidNotice)
		assert.ErrorIs(t, err, calendar.ErrNotCovered)
		assert.Equal(t, []string{"due_date"}, problemFields(err))
	})
}

// A general bond that does not cover the case (here one approved in 2023:
// the case still requires a bond, which the holder posted) is no security
// for the fees: the default is the cash bond (Regs arts 14, 25; R-EXO-5).
func TestNewPayment_generalBondNotCovering(t *testing.T) {
	f := fxMarkFacts()
	f.GeneralBond = enforcement.GeneralBondTerms{
		Reference: "GACC-GB-2023-007", Holder: f.Holder, Recordations: f.Recordations,
		PreviousYearFees: fxCNY("0"), Approved: fxDay("2023-01-15"), Issued: fxDay("2023-01-10"),
		Guarantor: enforcement.Guarantor{Bank: "Bank of China", Licensed: true},
	}
	c := fxCase(t, f, fxServed, fxApplied, fxDetention) // With the bond posted.
	require.False(t, c.RequiredBond().IsZero(), "the general bond must not cover the case")
	terms := fxTerms()
	terms.PaidToWarehouse = fxCNY("0")
	terms.Received = fxDay("2024-04-02")
	s, err := storagecost.ParseSchedule([]byte(fxTariff))
	require.NoError(t, err)
	b, err := storagecost.Accrued(s, storagecost.Stay{Goods: storagecost.Goods{Volume: fxCNY("12.5"), Weight: fxCNY("1850")}, Detained: fxDay("2024-02-21")}, fxDay("2024-03-29"))
	require.NoError(t, err)
	n, err := NewPayment(c, b, fxHeader("FEE-2024-0032", "2024-04-01"), terms)
	require.NoError(t, err)
	assert.Equal(t, CashBond, n.Security)
	assert.True(t, c.BondPosted().Equal(n.Bond), "bond %s", n.Bond)
}

// Under a general bond that covers the case, unpaid fees are called from
// the bank (R-EXO-5, R-FEE-4): the default security is GeneralBond.
func TestNewPayment_generalBond(t *testing.T) {
	f := fxMarkFacts()
	f.GeneralBond = enforcement.GeneralBondTerms{
		Reference: "GACC-GB-2024-007", Holder: f.Holder, Recordations: f.Recordations,
		PreviousYearFees: fxCNY("0"), Approved: fxDay("2024-01-15"), Issued: fxDay("2024-01-10"),
		Guarantor: enforcement.Guarantor{Bank: "Bank of China", Licensed: true},
	}
	c := fxCase(t, f, fxServed, fxEvent(enforcement.HolderApplied, "2024-02-19"), fxDetention)
	require.True(t, c.RequiredBond().IsZero())
	s, err := storagecost.ParseSchedule([]byte(fxTariff))
	require.NoError(t, err)
	b, err := storagecost.Accrued(s, storagecost.Stay{Goods: storagecost.Goods{Volume: fxCNY("12.5"), Weight: fxCNY("1850")}, Detained: fxDay("2024-02-21")}, fxDay("2024-03-29"))
	require.NoError(t, err)
	terms := fxTerms()
	terms.PaidToWarehouse = fxCNY("0")
	terms.Received = fxDay("2024-04-02")
	n, err := NewPayment(c, b, fxHeader("FEE-2024-0031", "2024-04-01"), terms)
	require.NoError(t, err)
	assert.Equal(t, GeneralBond, n.Security)
	assert.True(t, n.Bond.IsZero())
	assert.Equal(t, fxDay("2024-03-29"), n.To) // An interim bill, to its as-of day.
	// Working days from Wed 2024-04-03: Apr 3 (1), [4-6 Qingming], Sun 7
	// (调休, 2), 8-12 (3-7), 15-17 (8-10).
	assert.Equal(t, fxDay("2024-04-17"), n.DueDate)
}

func TestNewSuspension(t *testing.T) {
	h := fxHeader("SUS-2024-001", "2024-02-09")
	h.Case = fxCaseID.String()
	want := Suspension{
		Header: h, Holder: fxHolderParty, Rights: fxMarkRights, Goods: fxGoods, Consignee: fxConsigneeParty,
		Port: "Shanghai Pudong", Direction: enforcement.Import, Served: fxDay("2024-02-09"),
		// The domain brief's worked example: Fri 2024-02-09, then 10-17
		// February are the Spring Festival holiday, Sun 18 (调休) is working
		// day 1, Mon 19 day 2, Tue 20 day 3 (R-EXO-2).
		ReplyBy: fxDay("2024-02-20"), OfficeCloses: 17 * time.Hour, Bond: fxCNY("75000.00"),
	}
	requireSame(t, want, fxSuspension(t))

	// Later in the case the reply period no longer runs; the notice is the
	// same, counted from the rules.
	later, err := NewSuspension(fxDisposedCase(t), fxHeader("SUS-2024-001", "2024-02-09"))
	require.NoError(t, err)
	requireSame(t, want, later)

	// While it runs, the case's own deadline and the count agree: in
	// Suspended, and in Applied while the bond falls short.
	ds, err := fxSuspendedCase(t).Deadlines()
	require.NoError(t, err)
	require.Len(t, ds, 1)
	assert.Equal(t, fxDay("2024-02-20"), ds[0].LastDay)
	short := fxCase(t, fxMarkFacts(), fxServed, fxEvent(enforcement.HolderApplied, "2024-02-19"))
	require.Equal(t, enforcement.Applied, short.State())
	applied, err := NewSuspension(short, fxHeader("SUS-2024-001", "2024-02-09"))
	require.NoError(t, err)
	requireSame(t, want, applied)
}

// The rules of the case, not the law's, set the period and the cut-off.
func TestNewSuspension_rules(t *testing.T) {
	rules := enforcement.Rules{Calendar: calendar.China(), Reply: calendar.Period{Count: 5, Unit: calendar.UnitWorkingDays},
		OfficeCloses: 16*time.Hour + 30*time.Minute}
	c, err := enforcement.NewCase(fxMarkFacts(), rules)
	require.NoError(t, err)
	c, err = c.Apply(fxServed)
	require.NoError(t, err)
	n, err := NewSuspension(c, fxHeader("SUS-2024-001", "2024-02-09"))
	require.NoError(t, err)
	// Sun 18 (1), 19-22 (2-5).
	assert.Equal(t, fxDay("2024-02-22"), n.ReplyBy)
	assert.Equal(t, 16*time.Hour+30*time.Minute, n.OfficeCloses)
}

func TestNewDetentionReceipt(t *testing.T) {
	h := fxHeader("RCT-2024-017", "2024-02-22")
	h.Case = fxCaseID.String()
	want := DetentionReceipt{
		Header: h, Consignee: fxConsigneeParty, Holder: fxHolderParty, Rights: fxMarkRights, Goods: fxGoods,
		Port: "Shanghai Pudong", Direction: enforcement.Import, Track: enforcement.ExOfficio, Detained: fxDay("2024-02-21"),
	}
	requireSame(t, want, fxDetentionReceipt(t))
}

func TestNewInvestigationResult(t *testing.T) {
	h := fxHeader("RES-2024-017", "2024-03-15")
	h.Case = fxCaseID.String()
	want := InvestigationResult{
		Header: h, Holder: fxHolderParty, Consignee: fxConsigneeParty, Rights: fxMarkRights, Goods: fxGoods,
		Detained: fxDay("2024-02-21"), Determined: fxDay("2024-03-15"), Result: enforcement.Undetermined,
		// 50 working days from Thu 2024-02-22: Feb 22-23 (1-2), 26-29 (3-6),
		// Mar 1 (7), Mar 4-29 (8-27), Apr 1-3 (28-30), [4-6 Qingming], Sun
		// Apr 7 (调休, 31), Apr 8-26 (32-46), Sun Apr 28 (调休, 47), 29-30
		// (48-49), [May 1-5 Labour Day], Mon May 6 (50) (R-EXO-7).
		CourtBy: fxDay("2024-05-06"),
	}
	requireSame(t, want, fxInvestigationResult(t))

	// Found infringing: no period for a court's notice.
	n, err := NewInvestigationResult(fxConfiscatedCase(t), h)
	require.NoError(t, err)
	assert.Equal(t, enforcement.Infringing, n.Result)
	assert.True(t, n.CourtBy.IsZero())

	// Found not infringing: released, no period for a court's notice either.
	c := fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention, fxReceipt,
		enforcement.Event{Kind: enforcement.InvestigationResult, Date: fxDay("2024-03-15"), Result: enforcement.NotInfringing})
	n, err = NewInvestigationResult(c, h)
	require.NoError(t, err)
	assert.Equal(t, enforcement.NotInfringing, n.Result)
	assert.True(t, n.CourtBy.IsZero(), "court_by %s", n.CourtBy)
}

func TestNewRelease(t *testing.T) {
	h := fxHeader("REL-2024-017", "2024-05-07")
	h.Case = fxCaseID.String()
	for _, tc := range []struct {
		name string
		c    enforcement.Case
		want Release
	}{
		{
			// Released by the lapse dated the day after the 50th working
			// day, 2024-05-07; 20 working days from Wed 2024-05-08: May 8-10
			// (1-3), Sat May 11 (调休, 4), May 13-31 (5-19), Mon Jun 3 (20)
			// (R-FEE-6).
			"undetermined", fxUndeterminedCase(t),
			Release{Header: h, Holder: fxHolderParty, Consignee: fxConsigneeParty, Rights: fxMarkRights, Goods: fxGoods,
				Detained: fxDay("2024-02-21"), Released: fxDay("2024-05-07"), Reason: enforcement.ReleasedUndetermined,
				PreservationBy: fxDay("2024-06-03")},
		},
		{
			// Never detained: no preservation window.
			"holder declined", fxDeclinedCase(t),
			Release{Header: h, Holder: fxHolderParty, Consignee: fxConsigneeParty, Rights: fxMarkRights, Goods: fxGoods,
				Released: fxDay("2024-02-19"), Reason: enforcement.ReleasedHolderDeclined},
		},
		{
			// Released 2024-09-20; 20 working days from Mon 2024-09-23:
			// Sep 23-27 (1-5), Sun 29 (调休, 6), Mon 30 (7), [Oct 1-7
			// National Day], Oct 8-11 (8-11), Sat 12 (调休, 12), 14-18
			// (13-17), 21-23 (18-20).
			"counter-guarantee", fxCounterGuaranteedCase(t),
			Release{Header: h, Holder: fxHolderParty, Consignee: fxConsigneeParty,
				Rights:   []Right{{Type: rights.PatentUtilityModel, Number: "202020123456.8", Recordation: "P2021-0001"}},
				Goods:    Goods{Description: "handbags", Quantity: fxCNY("1500"), Unit: "pieces", Value: fxCNY("30000.00")},
				Detained: fxDay("2024-09-10"), Released: fxDay("2024-09-20"), Reason: enforcement.ReleasedCounterGuarantee,
				PreservationBy: fxDay("2024-10-23")},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hh := h
			if hh.Issued.Before(tc.want.Released) {
				hh.Issued = tc.want.Released
			}
			tc.want.Header = hh
			got, err := NewRelease(tc.c, hh)
			require.NoError(t, err)
			requireSame(t, tc.want, got)
		})
	}
}

func TestNewConfiscation(t *testing.T) {
	h := fxHeader("CNF-2024-088", "2024-04-29")
	h.Case = fxCaseID.String()
	want := Confiscation{
		Header: h, Consignee: fxConsigneeParty, Holder: fxHolderParty, Rights: fxMarkRights, Goods: fxGoods,
		Decision: "PEN-2024-088", Detained: fxDay("2024-02-21"), Served: fxDay("2024-04-30"),
		// 3 calendar months from the day after service, not rolled
		// (Measures (2009 numbering) art 34; R-FEE-3).
		FeeCap: fxDay("2024-07-30"),
	}
	got, err := NewConfiscation(fxConfiscatedCase(t), fxHeader("CNF-2024-088", "2024-04-29"))
	require.NoError(t, err)
	requireSame(t, want, got)
	// Disposed goods keep their decision and cap.
	got, err = NewConfiscation(fxDisposedCase(t), fxHeader("CNF-2024-088", "2024-04-29"))
	require.NoError(t, err)
	requireSame(t, want, got)
}

func TestNewCounterGuarantee(t *testing.T) {
	h := fxHeader("CG-2024-005", "2024-09-23")
	h.Case = fxCaseID.String()
	want := CounterGuarantee{
		Header: h, Holder: fxHolderParty, Consignee: fxConsigneeParty,
		Rights: []Right{{Type: rights.PatentUtilityModel, Number: "202020123456.8", Recordation: "P2021-0001"}},
		Goods:  Goods{Description: "handbags", Quantity: fxCNY("1500"), Unit: "pieces", Value: fxCNY("30000.00")},
		Amount: fxCNY("30000.00"), Released: fxDay("2024-09-20"), Served: fxDay("2024-09-23"),
		// 30 working days from Tue 2024-09-24: Sep 24-27 (1-4), Sun 29
		// (调休, 5), Mon 30 (6), [Oct 1-7], Oct 8-11 (7-10), Sat 12 (调休,
		// 11), 14-31 (12-25), Nov 1 (26), Nov 4-7 (27-30) (R-REL-2).
		SuitBy: fxDay("2024-11-07"),
	}
	requireSame(t, want, fxCounterGuarantee(t))

	// Served later than issued.
	n, err := NewCounterGuarantee(fxCounterGuaranteedCase(t), fxHeader("CG-2024-005", "2024-09-23"), fxDay("2024-09-25"))
	require.NoError(t, err)
	assert.Equal(t, fxDay("2024-09-25"), n.Served)
	// From Thu Sep 26: 26-27 (1-2), 29 (3), 30 (4), Oct 8-11 (5-8), 12 (9),
	// 14-31 (10-23), Nov 1 (24), Nov 4-8 (25-29), Nov 11 (30).
	assert.Equal(t, fxDay("2024-11-11"), n.SuitBy)
}

// Each constructor refuses a case that has not reached its step with a
// *CaseError naming what is missing.
func TestConstructors_caseError(t *testing.T) {
	h := fxHeader("N-1", "2024-12-02")
	bill := fxBill(t)
	otherBill := bill
	otherBill.Detained = fxDay("2024-02-20")
	build := map[Kind]func(enforcement.Case) error{
		KindPayment: func(c enforcement.Case) error {
			_, err := NewPayment(c, bill, h, fxTerms())
			return err
		},
		KindSuspension: func(c enforcement.Case) error {
			_, err := NewSuspension(c, h)
			return err
		},
		KindDetentionReceipt: func(c enforcement.Case) error {
			_, err := NewDetentionReceipt(c, h)
			return err
		},
		KindInvestigationResult: func(c enforcement.Case) error {
			_, err := NewInvestigationResult(c, h)
			return err
		},
		KindRelease: func(c enforcement.Case) error {
			_, err := NewRelease(c, h)
			return err
		},
		KindConfiscation: func(c enforcement.Case) error {
			_, err := NewConfiscation(c, h)
			return err
		},
		KindCounterGuarantee: func(c enforcement.Case) error {
			_, err := NewCounterGuarantee(c, h, calendar.Date{})
			return err
		},
	}
	upon := fxCase(t, fxPatentFacts())
	for _, tc := range []struct {
		name   string
		kind   Kind
		c      enforcement.Case
		state  enforcement.State
		reason string
	}{
		{"payment, zero case", KindPayment, enforcement.Case{}, enforcement.StateUnknown, "no case: open one with enforcement.NewCase"},
		{"payment, never detained", KindPayment, fxDeclinedCase(t), enforcement.ReleasedHolderDeclined, "the goods were never detained, so there are no storage, custody or disposal fees (Regs art 25; R-FEE-1)"},
		{"suspension, upon application", KindSuspension, upon, enforcement.Opened, "customs suspends release and serves this notice only ex officio (Regs art 16; R-EXO-1)"},
		{"suspension, no notice", KindSuspension, fxCase(t, fxMarkFacts()), enforcement.Opened, "customs served no notice of suspension: no notice-served event (Regs art 16; R-EXO-1)"},
		{"receipt, not detained", KindDetentionReceipt, fxSuspendedCase(t), enforcement.Suspended, "the goods were never detained (Regs arts 15-16)"},
		{"result, none yet", KindInvestigationResult, fxDetainedCase(t), enforcement.UnderInvestigation, "customs has notified no result of an investigation (Regs art 20; R-EXO-6)"},
		{"release, confiscated", KindRelease, fxConfiscatedCase(t), enforcement.Confiscated, "the goods are not released (Regs arts 16, 24)"},
		{"release, suspended", KindRelease, fxSuspendedCase(t), enforcement.Suspended, "the goods are not released (Regs arts 16, 24)"},
		{"confiscation, not confiscated", KindConfiscation, fxUndeterminedCase(t), enforcement.ReleasedUndetermined, "no confiscation decision was served (Regs art 27; R-EXO-8)"},
		{"counter-guarantee, released otherwise", KindCounterGuarantee, fxUndeterminedCase(t), enforcement.ReleasedUndetermined, "the goods were not released against a counter-guarantee (Regs art 19; R-REL-1)"},
		{"counter-guarantee, detained", KindCounterGuarantee, fxDetainedCase(t), enforcement.UnderInvestigation, "the goods were not released against a counter-guarantee (Regs art 19; R-REL-1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := build[tc.kind](tc.c)
			require.ErrorIs(t, err, ErrNotIssuable)
			var ce *CaseError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, CaseError{Kind: tc.kind, State: tc.state, Reason: tc.reason}, *ce)
		})
	}
	t.Run("payment, bill of another stay", func(t *testing.T) {
		_, err := NewPayment(fxDisposedCase(t), otherBill, h, fxTerms())
		var ce *CaseError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, "notice: cannot issue the payment notice for a case in state disposed: the bill is for a stay from 2024-02-20, but the case's goods were detained on 2024-02-21", err.Error())
	})
}

// An invalid header comes back as FieldErrors, every problem at once, and
// no notice.
func TestConstructors_invalidHeader(t *testing.T) {
	h := Header{Number: " SUS-1", Office: "Pudong Customs", Issued: fxDay("2024-02-09"),
		Contact: Contact{Name: "Desk", Phone: "none", Email: "desk@"}}
	n, err := NewSuspension(fxSuspendedCase(t), h)
	require.ErrorIs(t, err, ErrInvalidNotice)
	assert.Equal(t, []string{"number", "contact.phone", "contact.email"}, problemFields(err))
	requireSame(t, Suspension{}, n)

	// Issued after service: the notice is served on or after its issue.
	_, err = NewSuspension(fxSuspendedCase(t), fxHeader("SUS-2024-001", "2024-02-10"))
	assert.Equal(t, []string{"served"}, problemFields(err))
}

func TestConstructors_caseUnchanged(t *testing.T) {
	c := fxDisposedCase(t)
	before := c.Events()
	_, err := NewPayment(c, fxBill(t), fxHeader("FEE-2025-0093", "2025-09-24"), fxTerms())
	require.NoError(t, err)
	_, err = NewConfiscation(c, fxHeader("CNF-2024-088", "2024-04-29"))
	require.NoError(t, err)
	assert.True(t, c.Equal(fxDisposedCase(t)))
	assert.Equal(t, len(before), c.Len())
}

// Every constructor's notice passes its own Validate on the case's
// calendar, and its errors match a sentinel.
func TestConstructors_validOrError(t *testing.T) {
	for _, n := range fxNotices(t) {
		assert.NoError(t, n.Validate(calendar.China()), "%s", n.Kind())
		assert.NoError(t, precheck(n), "%s", n.Kind())
	}
	_, err := NewRelease(enforcement.Case{}, Header{})
	assert.True(t, errors.Is(err, ErrNotIssuable))
}
