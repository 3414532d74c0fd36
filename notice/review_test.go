package notice

// Defects found by the adversarial review of package notice. Each test
// states the input, what the package does and what it should do, with
// the rule, and starts with t.Skip("BUG: ...") so that the suite stays
// green; remove the Skip to see it fail. When a defect is fixed, delete
// its Skip (and rename the test after the issue, style.md rule 25).

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/storagecost"
)

// rvGoods are the trademark case's goods as its warehouse measures them
// (fxBill).
var rvGoods = storagecost.Goods{Description: "handbags", Volume: fxCNY("12.5"), Weight: fxCNY("1850")}

// rvTerms are payment terms with nothing paid to the warehouse, received
// on received.
func rvTerms(received string) PaymentTerms {
	t := fxTerms()
	t.PaidToWarehouse = fxCNY("0")
	t.Received = fxDay(received)
	return t
}

func rvSchedule(t *testing.T, tariff string) storagecost.Schedule {
	t.Helper()
	s, err := storagecost.ParseSchedule([]byte(tariff))
	require.NoError(t, err)
	return s
}

// TestNewPayment_refusesBillPastRelease: the goods of fxUndeterminedCase were
// released by law on 2024-05-07 (Regs art 24(2)), so the holder owes fees
// for the detention period only (Measures (2009 numbering) art 34;
// R-FEE-3). NewPayment refuses a bill whose stay runs to 2024-12-31, which
// would ask the holder for 238 more days of storage (review defect 1).
func TestNewPayment_refusesBillPastRelease(t *testing.T) {
	c := fxUndeterminedCase(t)
	require.Equal(t, enforcement.ReleasedUndetermined, c.State())
	b, err := storagecost.Calculate(rvSchedule(t, fxTariff), storagecost.Stay{
		Goods: rvGoods, Detained: fxDay("2024-02-21"), Outcome: storagecost.Released, End: fxDay("2024-12-31"),
	})
	require.NoError(t, err)
	n, err := NewPayment(c, b, fxHeader("FEE-2025-0001", "2025-01-06"), rvTerms("2025-01-07"))
	assert.ErrorIs(t, err, ErrNotIssuable, "NewPayment(released 2024-05-07, bill to 2024-12-31) = to %s, total %s; want a *CaseError", n.To, n.Total)
}

// TestNewPayment_refusesBillCappedOnAnotherDay: the confiscation decision of
// fxDisposedCase was served on 2024-04-30, so the holder pays no storage
// after 2024-07-30 (Case.FeeCap; Measures (2009 numbering) art 34;
// R-FEE-3). A bill whose stay names another day of service (2024-06-30,
// capped at 2024-09-30) is refused (review defect 2).
func TestNewPayment_refusesBillCappedOnAnotherDay(t *testing.T) {
	c := fxDisposedCase(t)
	feeCap, _, err := c.FeeCap()
	require.NoError(t, err)
	require.Equal(t, fxDay("2024-07-30"), feeCap)
	b, err := storagecost.Calculate(rvSchedule(t, fxTariff), storagecost.Stay{
		Goods: rvGoods, Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: fxDay("2024-06-30")},
	})
	require.NoError(t, err)
	require.True(t, b.Last.After(feeCap))
	n, err := NewPayment(c, b, fxHeader("FEE-2024-0100", "2024-10-08"), rvTerms("2024-10-09"))
	assert.ErrorIs(t, err, ErrNotIssuable, "NewPayment(bill capped on %s, case's cap %s) charges to %s", b.Cap, feeCap, n.To)
}

// TestNewPayment_oneOffOnlyBillStatesPeriodBilled: a warehouse that bills
// monthly (storagecost.Between) bills September 2024, the month the
// confiscated goods are destroyed, after the storage cap of 2024-07-30:
// handling out and destruction, 1,544.75, and no storage day. The holder
// owes it (Regs art 25; R-FEE-1); with no charged day, the notice's From
// and To are the period billed (review defect 11).
func TestNewPayment_oneOffOnlyBillStatesPeriodBilled(t *testing.T) {
	b, err := storagecost.Between(rvSchedule(t, fxTariff), storagecost.Stay{
		Goods: rvGoods, Detained: fxDay("2024-02-21"), Outcome: storagecost.Disposed, End: fxDay("2024-09-30"),
		Confiscation: storagecost.Confiscation{Served: fxDay("2024-04-30")},
	}, fxDay("2024-09-01"), fxDay("2024-09-30"))
	require.NoError(t, err)
	require.NoError(t, b.Validate())
	require.Len(t, b.Lines, 2)
	require.True(t, b.First.IsZero())
	n, err := NewPayment(fxDisposedCase(t), b, fxHeader("FEE-2024-0101", "2024-10-08"), rvTerms("2024-10-09"))
	require.NoError(t, err, "NewPayment(September bill of handling out and disposal)")
	assert.True(t, fxCNY("1544.75").Equal(n.Total), "total %s", n.Total)
	assert.Equal(t, fxDay("2024-09-01"), n.From)
	assert.Equal(t, fxDay("2024-09-30"), n.To)
}

// TestText_signatureWrapsLongOffice: FormatText promises lines of at
// most 78 columns, and the signature block wraps the issuing office (it
// was written unwrapped). An office named as offices are
// ("Shanghai Pudong International Airport Customs, Intellectual Property
// Rights Division", 84 characters) gives an 84-column line in every
// language.
func TestText_signatureWrapsLongOffice(t *testing.T) {
	n := paymentFixture(3)
	n.Office = "Shanghai Pudong International Airport Customs, Intellectual Property Rights Division"
	require.NoError(t, n.Validate(calendar.China()))
	for _, l := range goldenLangs {
		s, err := Text(n, l.langs...)
		require.NoError(t, err)
		for i, line := range strings.Split(s, "\n") {
			if !assert.LessOrEqual(t, textWidth(line), lineWidth, "%s line %d: %q", l.name, i+1, line) {
				break
			}
		}
	}
}

// TestText_tableNarrowsWideColumns (was a bug): a line without a basis shows its
// own unit, up to MaxCode bytes, and the table only wraps the item
// column: a unit of 40 characters ("standard pallet position, 1.2 m x 1.0
// m") widens every row of the table past 78 columns.
func TestText_tableNarrowsWideColumns(t *testing.T) {
	n := paymentFixture(3)
	n.Lines[2].Basis = storagecost.BasisUnknown
	n.Lines[2].Unit = "standard pallet position, 1.2 m x 1.0 m"
	require.NoError(t, n.Validate(calendar.China()))
	for _, l := range goldenLangs {
		s, err := Text(n, l.langs...)
		require.NoError(t, err)
		for i, line := range strings.Split(s, "\n") {
			if !assert.LessOrEqual(t, textWidth(line), lineWidth, "%s line %d: %q", l.name, i+1, line) {
				break
			}
		}
	}
}

// TestParse_refusesTooManyLinesWithOneProblem: the decoders decode every line before
// any limit is checked, then report each bad line. A 1 MiB payment
// notice of 80,001 lines whose kind is unknown returns 80,001
// FieldErrors and an error message of 12.5 MB, 12 times the input
// (notice.go: "more lines than these is refused ... by the decoders,
// before any work is done"; style: bound every input).
func TestParse_refusesTooManyLinesWithOneProblem(t *testing.T) {
	in := `{"kind":"payment","lines":[` + strings.Repeat(`{"kind":"x"},`, 80000) + `{}]}`
	require.Less(t, len(in), maxJSONBytes)
	_, err := Parse([]byte(in))
	require.ErrorIs(t, err, ErrInvalidNotice)
	var fe FieldErrors
	require.True(t, errors.As(err, &fe))
	assert.LessOrEqual(t, len(fe), MaxLines+1, "problems reported")
	assert.Less(t, len(err.Error()), 64<<10, "bytes of error message")
}

// TestParse_refusesInvalidUTF8AndLoneSurrogates: Validate refuses text that is not
// valid UTF-8, but Parse lets encoding/json replace each bad byte (and a
// lone surrogate escape) with U+FFFD and accepts the altered name: the
// decoder is not strict, and what it returns is not what it was given.
func TestParse_refusesInvalidUTF8AndLoneSurrogates(t *testing.T) {
	data, err := json.Marshal(testNotices()[0])
	require.NoError(t, err)
	for _, bad := range []string{"\"ACME\xff Ltd.\"", `"ACME\ud800 Ltd."`} {
		in := strings.Replace(string(data), `"name":"ACME Sportswear Co., Ltd."`, `"name":`+bad, 1)
		require.NotEqual(t, string(data), in)
		n, err := Parse([]byte(in))
		if !assert.ErrorIs(t, err, ErrInvalidNotice, "Parse(payer.name %s)", bad) {
			t.Logf("accepted payer.name %q", n.(Payment).Payer.Name)
		}
	}
}

// TestPaymentValidate_refusesPerDayLineOutsideChargingPeriod: From and To are the first and
// last charged days (Measures (2009 numbering) art 34; R-FEE-3), and the
// notice says so ("2 March 2026 to 31 March 2026 (30 days)"), but
// Validate accepts a storage line charged per day for 31 March to 1 April
// 2026: the holder is charged for a day the notice says is not charged.
func TestPaymentValidate_refusesPerDayLineOutsideChargingPeriod(t *testing.T) {
	n := paymentFixture(3)
	l := &n.Lines[0]
	l.First, l.Last, l.Days, l.Amount = fxDay("2026-03-31"), fxDay("2026-04-01"), 2, fxCNY("31.25") // 12.5 × 1.25 × 2
	n.Total = fxCNY("0")
	for _, l := range n.Lines {
		n.Total = n.Total.Add(l.Amount)
	}
	n.Due = n.Total.Sub(n.PaidToWarehouse)
	err := n.Validate(calendar.China())
	assert.ErrorIs(t, err, ErrInvalidNotice, "Validate(line 2026-03-31..2026-04-01, period to 2026-03-31)")
	assert.Contains(t, problemFields(err), "lines[0].last")
}

// TestValidate_refusesNoticeIssuedBeforeWhatItReports: a notice cannot be issued before the
// event it reports, yet Validate accepts each of these (the Payment,
// Suspension, Release and DetentionReceipt checks have the equivalent
// rule).
func TestValidate_refusesNoticeIssuedBeforeWhatItReports(t *testing.T) {
	ns := testNotices()
	cases := []struct {
		name  string
		n     Notice
		field string
	}{
		{"investigation result determined after the notice's issue", func() Notice {
			n := ns[3].(InvestigationResult)
			n.Determined = fxDate("2026-04-20") // Issued 2026-04-14.
			return n
		}(), "determined"},
		{"investigation result whose court deadline passed before the result", func() Notice {
			n := ns[3].(InvestigationResult)
			n.CourtBy = fxDate("2026-03-03") // Determined 2026-04-14: "releases the goods unless ... by 3 March".
			return n
		}(), "court_by"},
		{"counter-guarantee release notice issued before the release", func() Notice {
			n := ns[6].(CounterGuarantee)
			n.Issued = fxDate("2026-04-01") // Released 2026-04-10: "customs released the goods on 10 April".
			return n
		}(), "released"},
		{"confiscation notice issued before the detention", func() Notice {
			n := ns[5].(Confiscation)
			n.Issued = fxDate("2026-01-05") // Detained 2026-03-02.
			return n
		}(), "detained"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.n.Validate(calendar.China())
			assert.ErrorIs(t, err, ErrInvalidNotice)
			assert.Contains(t, problemFields(err), tc.field)
		})
	}
}

// TestSuspensionValidate_refusesZeroBondUnlessAllTrademarks: a Suspension has no field
// for the general bond; a Bond of 0 (the zero value, or "0.00" in JSON)
// is rendered as "covered by your general bond ... you need not post
// another". Validate accepts it for a patent, which no general bond can
// cover (general bonds are for recorded trademarks only: Ann. 2006 No. 31;
// R-GB-1, R-EXO-5): a holder told it need not post a bond loses the
// detention (Regs art 16; R-EXO-3).
func TestSuspensionValidate_refusesZeroBondUnlessAllTrademarks(t *testing.T) {
	n := testNotices()[1].(Suspension)
	n.Rights = []Right{fxDesign}
	n.Bond = fxCNY("0")
	err := n.Validate(calendar.China())
	if !assert.ErrorIs(t, err, ErrInvalidNotice, "Validate(patent, bond 0)") {
		s, err := Text(n, language.English)
		require.NoError(t, err)
		assert.NotContains(t, s, "covered by your general bond")
	}
}

// TestBug_LineMinimumNotShown: a holder must be able to check every number
// (issue 7), but the notice's Line dropped storagecost's Minimum. A storage
// charge of 1.20 per m³ per day with a minimum of 30.00 per bill, for
// 0.5 m³ over 5 days, bills 3.00 plus a top-up of 27.00; the notice showed
// the top-up as "Storage | 0 | 0.00 | 0 days | 27.00", and nowhere the
// minimum of 30.00 that explains it. It now states what was charged and
// the minimum it is topped up to, and no quantity, rate or days.
func TestBug_LineMinimumNotShown(t *testing.T) {
	const tariff = `[{"version":"T1","issuer":"Example warehouse","effective_from":"2024-01-01",
	  "charges":[{"kind":"handling-in","basis":"tonne","per":"once","rate":"35","description":"inbound handling"},
	    {"kind":"storage","basis":"m3","per":"day","rate":"1.20","minimum":"30","description":"storage"}]}]`
	b, err := storagecost.Calculate(rvSchedule(t, tariff), storagecost.Stay{
		Goods: storagecost.Goods{Volume: fxCNY("0.5"), Weight: fxCNY("1000")}, Detained: fxDay("2024-02-21"),
		Outcome: storagecost.Released, End: fxDay("2024-02-25"),
	})
	require.NoError(t, err)
	require.Len(t, b.Lines, 3) // Handling in 35.00, storage 3.00, its top-up 27.00: 65.00.
	require.True(t, fxCNY("30").Equal(b.Lines[2].Minimum))
	require.True(t, fxCNY("65").Equal(b.Total))
	c := fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention)
	n, err := NewPayment(c, b, fxHeader("FEE-2024-0002", "2024-03-01"), rvTerms("2024-03-04"))
	require.NoError(t, err)
	require.Equal(t, storagecost.ToMinimum, n.Lines[2].Method)
	for _, lang := range []language.Tag{language.SimplifiedChinese, language.English} {
		s, err := Text(n, lang)
		require.NoError(t, err)
		assert.Contains(t, s, "30.00", "%s: the minimum the 27.00 tops up to", lang)
		assert.NotContains(t, s, " 0 days", lang)
		assert.NotContains(t, s, " 0天", lang)
	}
	zh, err := HTML(n, language.SimplifiedChinese) // Unwrapped.
	require.NoError(t, err)
	assert.Contains(t, zh, "<td>3</td><td>仓储费：已计￥3.00，补足至最低收费￥30.00</td><td></td><td></td><td></td><td></td><td>27.00</td>")
	en, err := HTML(n, language.English)
	require.NoError(t, err)
	assert.Contains(t, en, "<td>3</td><td>Storage: CNY 3.00 charged, topped up to the minimum of CNY 30.00</td><td></td><td></td><td></td><td></td><td>27.00</td>")
}

// TestNewPayment_billMinimumShown: a bill below the standard's minimum
// per bill (storagecost Standard.MinimumPerBill) is topped up by a line of
// kind minimum; the notice states what the other lines charge and the
// minimum (issue 7). A handling-in of 35.00 and 5 days of storage at
// 3.00 are 38.00, topped up by 62.00 to the minimum of 100.00.
func TestNewPayment_billMinimumShown(t *testing.T) {
	const tariff = `[{"version":"T1","issuer":"Example warehouse","effective_from":"2024-01-01","minimum_per_bill":"100",
	  "charges":[{"kind":"handling-in","basis":"tonne","per":"once","rate":"35"},
	    {"kind":"storage","basis":"m3","per":"day","rate":"1.20"}]}]`
	b, err := storagecost.Calculate(rvSchedule(t, tariff), storagecost.Stay{
		Goods: storagecost.Goods{Volume: fxCNY("0.5"), Weight: fxCNY("1000")}, Detained: fxDay("2024-02-21"),
		Outcome: storagecost.Released, End: fxDay("2024-02-25"),
	})
	require.NoError(t, err)
	require.Len(t, b.Lines, 3)
	c := fxCase(t, fxMarkFacts(), fxServed, fxApplied, fxDetention)
	n, err := NewPayment(c, b, fxHeader("FEE-2024-0003", "2024-03-01"), rvTerms("2024-03-04"))
	require.NoError(t, err)
	l := n.Lines[2]
	require.Equal(t, storagecost.Minimum, l.Kind)
	require.Equal(t, storagecost.ToMinimum, l.Method)
	assert.True(t, fxCNY("100").Equal(l.Minimum), "minimum %s", l.Minimum)
	assert.True(t, fxCNY("62").Equal(l.Amount), "amount %s", l.Amount)
	zh, err := HTML(n, language.SimplifiedChinese)
	require.NoError(t, err)
	assert.Contains(t, zh, "<td>最低收费补足：已计￥38.00，补足至最低收费￥100.00</td><td></td><td></td><td></td><td></td><td>62.00</td>")
	en, err := HTML(n, language.English)
	require.NoError(t, err)
	assert.Contains(t, en, "<td>Minimum charge top-up: CNY 38.00 charged, topped up to the minimum of CNY 100.00</td><td></td><td></td><td></td><td></td><td>62.00</td>")
}

// TestDetentionReceipt_offersGuaranteeReleaseOnlyForPatentsAlone: the
// detention receipt offers the consignee release against guarantee money
// (Regs art 19) only when every right is a patent (it once did whenever
// one right was). Release
// against a counter-guarantee is for patent goods only (Regs arts 19,
// 24(3); R-REL-1), and enforcement refuses the CounterGuarantee event
// unless every right is a patent; goods also detained for a trademark
// stay detained. The fixture receipt (trademark and design patent) must
// not make the offer; the same receipt for the design patent alone must.
func TestDetentionReceipt_offersGuaranteeReleaseOnlyForPatentsAlone(t *testing.T) {
	n := testNotices()[2].(DetentionReceipt)
	require.Equal(t, []Right{fxTrademark, fxDesign}, n.Rights)
	s, err := Text(n, language.English)
	require.NoError(t, err)
	assert.NotContains(t, s, "depositing guarantee money")
	zh, err := Text(n, language.SimplifiedChinese)
	require.NoError(t, err)
	assert.NotContains(t, zh, "相当于货物价值的担保金")
	assert.NotContains(t, s, "17 and 19")

	n.Rights = []Right{fxDesign}
	require.NoError(t, n.Validate(calendar.China()))
	s, err = Text(n, language.English)
	require.NoError(t, err)
	assert.Contains(t, s, "depositing guarantee money")
	assert.Contains(t, s, "17 and 19")
}

// TestCounterGuaranteeValidate_refusesNonPatentRight: Validate asks for
// "at least one patent among the rights", but a release against a
// counter-guarantee is for goods suspected of infringing patents only
// (Regs art 19; R-REL-1), and enforcement (the counter-guarantee guard,
// NewReleaseGuarantee) refuses any right that is not a patent: the notice
// accepts what the workflow cannot produce.
func TestCounterGuaranteeValidate_refusesNonPatentRight(t *testing.T) {
	n := testNotices()[6].(CounterGuarantee)
	n.Rights = []Right{fxDesign, fxTrademark}
	err := n.Validate(calendar.China())
	assert.ErrorIs(t, err, ErrInvalidNotice)
	assert.Contains(t, problemFields(err), "rights[1].type")
}

// TestConfiscation_feeCapDayIsCharged: FeeCap is the last day the holder
// pays for (Measures (2009 numbering) art 34; R-FEE-3). The Chinese, which
// prevails, once said "不承担2026年9月15日以后的费用": in Chinese legal usage
// 以后, like 以上 and 以下 (Civil Code art 1259), is read as including the
// day itself, exempting the holder from the fee of 15 September that the
// bill charges. Both languages now state the day as included.
func TestConfiscation_feeCapDayIsCharged(t *testing.T) {
	n := testNotices()[5].(Confiscation)
	zh, err := HTML(n, language.SimplifiedChinese) // Unwrapped.
	require.NoError(t, err)
	assert.NotContains(t, zh, "2026年9月15日以后")
	assert.Contains(t, zh, "费用计至2026年9月15日（含当日）为止")
	en, err := HTML(n, language.English)
	require.NoError(t, err)
	assert.Contains(t, en, "up to and including 15 September 2026")
}

// TestPayment_cashBondCoversOnlyUpToItsAmount: with a cash bond of 100.00
// and 1,598.25 due, the notice once said customs "deducts it [the amount
// due] from your cash bond of CNY 100.00" (从你方提供的担保金￥100.00中扣除应缴金额):
// impossible, and it hid that the holder still owes the rest (Regs art 25;
// R-FEE-1). It now says the bond is drawn on as far as it goes and the
// holder still owes 1,498.25. With nothing due it threatens no deduction.
func TestPayment_cashBondCoversOnlyUpToItsAmount(t *testing.T) {
	n := paymentFixture(6)
	require.Equal(t, CashBond, n.Security)
	n.Bond = fxCNY("100.00")
	require.True(t, n.Due.GreaterThan(n.Bond))
	require.NoError(t, n.Validate(calendar.China()))
	rest := n.Due.Sub(n.Bond).StringFixed(2)
	zh, err := HTML(n, language.SimplifiedChinese) // Unwrapped.
	require.NoError(t, err)
	assert.NotContains(t, zh, "从你方提供的担保金￥100.00中扣除应缴金额")
	assert.Contains(t, zh, "从你方提供的担保金￥100.00中扣除；担保金不足支付的￥")
	en, err := HTML(n, language.English)
	require.NoError(t, err)
	assert.NotContains(t, en, "customs deducts it from your cash bond of CNY 100.00 (")
	assert.Contains(t, en, "you remain liable to pay the rest, CNY ")
	assert.Contains(t, zh+en, thousands(rest))

	n.Bond = n.Due // Exactly covered: the plain deduction.
	en, err = HTML(n, language.English)
	require.NoError(t, err)
	assert.Contains(t, en, "customs deducts it from your cash bond of CNY")
	assert.NotContains(t, en, "remain liable")

	n.PaidToWarehouse, n.Due = n.Total, decimal.Zero
	require.NoError(t, n.Validate(calendar.China()))
	for _, lang := range []language.Tag{language.SimplifiedChinese, language.English} {
		s, err := HTML(n, lang)
		require.NoError(t, err)
		assert.NotContains(t, s, "扣除", lang)
		assert.NotContains(t, s, "deducts", lang)
		assert.NotContains(t, s, "0.00缴入", lang)
		assert.Contains(t, s, map[bool]string{true: "无需缴费", false: "need not pay"}[lang == language.SimplifiedChinese])
	}
}

// thousands inserts commas into the integer part of a fixed-point amount.
func thousands(s string) string {
	i := strings.IndexByte(s, '.')
	for j := i - 3; j > 0; j -= 3 {
		s = s[:j] + "," + s[j:]
	}
	return s
}

// TestNewConfiscation_issuesForUnknownConsignee: goods of a consignee who could
// not be identified (Facts.ConsigneeUnknown, no name) are announced; a
// party that comes forward in time is served the confiscation decision
// (Penalty Regs art 62(4); R-PEN-5), and enforcement accepts the
// Confiscation event. NewConfiscation then fails with "consignee.name:
// required", and the caller has no way to give the name: the facts are
// fixed and the constructor takes none.
func TestNewConfiscation_issuesForUnknownConsignee(t *testing.T) {
	f := fxMarkFacts()
	f.ConsigneeUnknown, f.Consignee = true, enforcement.Party{}
	c := fxCase(t, f, fxServed, fxApplied, fxDetention, fxReceipt, fxInfringes,
		fxEvent(enforcement.Announcement, "2024-03-20"), fxConfisc)
	require.Equal(t, enforcement.Confiscated, c.State())
	n, err := NewConfiscation(c, fxHeader("CNF-2024-089", "2024-04-29"))
	require.NoError(t, err)
	assert.Empty(t, n.Consignee.Name)
	n.Consignee.Name = "Wenzhou Lucky Trading Co." // Filled in when it comes forward.
	for _, lang := range []language.Tag{language.SimplifiedChinese, language.English} {
		s, err := Text(n, lang)
		require.NoError(t, err)
		assert.Contains(t, s, n.Consignee.Name)
	}
}

// TestBug_FullwidthSpaceRefused: Chinese names and addresses are often
// written with the ideographic space U+3000 (and pasted text brings
// U+00A0), both printable spaces; Validate refuses them as "a control or
// non-printable character" (internal/textcode.CheckText uses
// unicode.IsPrint, which admits only the ASCII space).
// TestValidate_acceptsIdeographicSpace: the spaces of Chinese and English
// addresses are text, and the renderer keeps them.
func TestValidate_acceptsIdeographicSpace(t *testing.T) {
	for _, sp := range []string{"\u3000", "\u00a0"} {
		n := paymentFixture(3)
		n.Warehouse.Address = "上海市浦东新区" + sp + "航城七路450号"
		assert.NoError(t, n.Validate(calendar.China()), "Validate(address with %U)", []rune(sp)[0])
		text, err := Text(n, enTag)
		assert.NoError(t, err)
		assert.Contains(t, text, sp)
	}
}
