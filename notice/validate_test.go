package notice

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The Validate methods: for each kind, the valid fixture passes, each
// broken field is reported under exactly its JSON path, and several
// broken fields are reported at once, in the order of the fields.

// breakage is one way to break a notice of type N, and the fields
// Validate must then report.
type breakage[N any] struct {
	name   string
	mutate func(n *N)
	want   []string // nil: valid.
}

func testValidate[N Notice](t *testing.T, fixture func(testing.TB) N, cases []breakage[N]) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := fixture(t)
			tc.mutate(&n)
			err := n.Validate(calendar.China())
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidNotice)
			assert.Equal(t, tc.want, problemFields(err), "Validate(...) = %v", err)
			prefix := "notice: " + n.Kind().String() + ": "
			for _, line := range strings.Split(err.Error(), "\n") {
				assert.True(t, strings.HasPrefix(line, prefix), "%q lacks the prefix %q", line, prefix)
			}
		})
	}
}

const (
	long65  = "12345678901234567890123456789012345678901234567890123456789012345"
	bomb    = "bomb"
	zeroExp = "zero with a huge exponent"
)

// nastyDecimal returns a decimal no amount may be: 1e999999 or 0e-100000000,
// which must cost nothing to refuse.
func nastyDecimal(which string) decimal.Decimal {
	if which == bomb {
		return decimal.New(1, 999999)
	}
	return decimal.New(0, -100000000)
}

func TestPayment_Validate(t *testing.T) {
	testValidate(t, fxPayment, []breakage[Payment]{
		{"valid", func(*Payment) {}, nil},
		{"number missing", func(n *Payment) { n.Number = "" }, []string{"number"}},
		{"number too long", func(n *Payment) { n.Number = long65 }, []string{"number"}},
		{"office with a control character", func(n *Payment) { n.Office = "Pudong\x00Customs" }, []string{"office"}},
		{"issued missing", func(n *Payment) { n.Issued = calendar.Date{} }, []string{"issued"}},
		{"case missing", func(n *Payment) { n.Case = "" }, []string{"case"}},
		{"contact without a digit", func(n *Payment) { n.Contact.Phone = "ask the desk" }, []string{"contact.phone"}},
		{"email without a domain", func(n *Payment) { n.Contact.Email = "ipr@customs" }, []string{"contact.email"}},
		{"email with two @", func(n *Payment) { n.Contact.Email = "a@b@c.cn" }, []string{"contact.email"}},
		{"email absent", func(n *Payment) { n.Contact.Email = "" }, nil},
		{"payer missing", func(n *Payment) { n.Payer = Party{} }, []string{"payer.name"}},
		{"payer identifier too long", func(n *Payment) { n.Payer.Identifier = long65 }, []string{"payer.identifier"}},
		{"right of no type", func(n *Payment) { n.Rights = []Right{{Number: "1"}} }, []string{"rights[0].type"}},
		{"no rights", func(n *Payment) { n.Rights = nil }, nil},
		{"too many rights", func(n *Payment) { n.Rights = repeated(n.Rights, MaxRights+1) }, []string{"rights"}},
		{"recordation number with a newline", func(n *Payment) { n.Rights[0].Recordation = "T2020\n1" }, []string{"rights[0].recordation"}},
		{"detention too long", func(n *Payment) { n.Detention = long65 }, []string{"detention"}},
		{"detained not a day", func(n *Payment) { n.Detained = calendar.Date{Year: 2024, Month: 2, Day: 30} }, []string{"detained"}},
		{"goods without description", func(n *Payment) { n.Goods.Description = "" }, []string{"goods.description"}},
		{"goods quantity 0", func(n *Payment) { n.Goods.Quantity = decimal.Zero }, []string{"goods.quantity"}},
		{"goods quantity with 7 places", func(n *Payment) { n.Goods.Quantity = fxCNY("1.0000001") }, []string{"goods.quantity"}},
		{"goods quantity too large", func(n *Payment) { n.Goods.Quantity = fxCNY("1000000000.5") }, []string{"goods.quantity"}},
		{"goods quantity a bomb", func(n *Payment) { n.Goods.Quantity = nastyDecimal(bomb) }, []string{"goods.quantity"}},
		{"goods unit missing", func(n *Payment) { n.Goods.Unit = "" }, []string{"goods.unit"}},
		{"goods value negative", func(n *Payment) { n.Goods.Value = fxCNY("-1") }, []string{"goods.value"}},
		{"warehouse missing", func(n *Payment) { n.Warehouse = Warehouse{} }, []string{"warehouse.name"}},
		{"from before detention", func(n *Payment) { n.From = fxDay("2024-02-20") }, []string{"from"}},
		{"to before from", func(n *Payment) { n.To = fxDay("2024-02-20") }, []string{"to"}},
		{"to after issue", func(n *Payment) { n.To = fxDay("2025-09-25") }, []string{"to"}},
		{"no lines", func(n *Payment) { n.Lines = nil }, []string{"lines"}},
		{"too many lines", func(n *Payment) { n.Lines = repeated(n.Lines[:1], MaxLines+1) }, []string{"lines"}},
		{"line of no kind", func(n *Payment) { n.Lines[0].Kind = storagecost.KindUnknown }, []string{"lines[0].kind"}},
		{"line of an unknown basis", func(n *Payment) { n.Lines[0].Basis = 99 }, []string{"lines[0].basis"}},
		{"line per an unknown period", func(n *Payment) { n.Lines[0].Per = 99 }, []string{"lines[0].per"}},
		{"line without description: the kind names it", func(n *Payment) { n.Lines[2].Description = "" }, nil},
		{"line description with a control character", func(n *Payment) { n.Lines[2].Description = "bags\x00" }, []string{"lines[2].description"}},
		{"line quantity negative", func(n *Payment) { n.Lines[2].Quantity = fxCNY("-12.5") }, []string{"lines[2].quantity"}},
		{"line quantity of tonnes with 9 places", func(n *Payment) { n.Lines[0].Quantity = fxCNY("1.850000001") }, nil},
		{"line rate with 13 places", func(n *Payment) { n.Lines[2].Rate = fxCNY("1.0000000000001") }, []string{"lines[2].rate"}},
		{"line days not its span", func(n *Payment) { n.Lines[2].Days = 26 }, []string{"lines[2].days"}},
		{"line days negative", func(n *Payment) { n.Lines[2].Days = -1 }, []string{"lines[2].days"}},
		{"line days past the longest stay", func(n *Payment) {
			// Days that count First to Last, the stay one day too long.
			l := &n.Lines[2]
			l.First, l.Days = l.Last.AddDays(-storagecost.MaxStayDays), storagecost.MaxStayDays+1
			n.Detained, n.From = l.First, l.First
		}, []string{"lines[2].days"}},
		{"line days the longest stay", func(n *Payment) {
			l := &n.Lines[2]
			l.First, l.Days = l.Last.AddDays(-(storagecost.MaxStayDays - 1)), storagecost.MaxStayDays
			n.Detained, n.From = l.First, l.First
			setAmount(n, 2, l.Quantity.Mul(l.Rate).Mul(decimal.New(storagecost.MaxStayDays, 0)).String())
		}, nil},
		{"one-off line with days", func(n *Payment) { n.Lines[0].Days = 1 }, []string{"lines[0].days"}},
		{"one-off line over two days", func(n *Payment) { n.Lines[0].Last = fxDay("2024-02-22") }, []string{"lines[0].last"}},
		{"line ending before it starts", func(n *Payment) { n.Lines[2].Last = fxDay("2024-02-23") }, []string{"lines[2].last"}},
		{"line before detention", func(n *Payment) { n.Lines[0].First, n.Lines[0].Last = fxDay("2024-02-20"), fxDay("2024-02-20") }, []string{"lines[0].first"}},
		{"line after issue", func(n *Payment) { n.Lines[5].First, n.Lines[5].Last = fxDay("2025-09-25"), fxDay("2025-09-25") }, []string{"lines[5].last"}},
		{"line amount in tenths of a fen", func(n *Payment) { n.Lines[3].Amount = fxCNY("2947.505") }, []string{"lines[3].amount"}},
		{"line amount a bomb", func(n *Payment) { n.Lines[3].Amount = nastyDecimal(bomb) }, []string{"lines[3].amount"}},
		{"line amount a fen more", func(n *Payment) { n.Lines[3].Amount = fxCNY("2947.51") }, []string{"lines[3].amount", "total"}},
		{"total zero with a huge exponent", func(n *Payment) { n.Total = nastyDecimal(zeroExp) }, []string{"total"}},
		{"total above the maximum", func(n *Payment) { n.Total = fxCNY("1000000000000.01") }, []string{"total"}},
		{"total not the sum", func(n *Payment) { n.Total, n.Due = fxCNY("4962.01"), fxCNY("4000.01") }, []string{"total"}},
		{"paid more than the total", func(n *Payment) { n.PaidToWarehouse = fxCNY("5000.00") }, []string{"paid_to_warehouse"}},
		{"due not the rest", func(n *Payment) { n.Due = fxCNY("4962.00") }, []string{"due"}},
		{"due written with more places", func(n *Payment) { n.Due = fxCNY("4000.0000") }, nil},
		{"payee account missing", func(n *Payment) { n.Payee.Account = "" }, []string{"payee.account"}},
		{"payee bank missing", func(n *Payment) { n.Payee.Bank = "" }, []string{"payee.bank"}},
		{"received before issue", func(n *Payment) { n.Received = fxDay("2025-09-23") }, []string{"received"}},
		{"received on issue", func(n *Payment) { n.Received = fxDay("2025-09-24") }, nil},
		{"received before issue, due on a holiday", func(n *Payment) {
			n.Received, n.DueDate = fxDay("2025-09-23"), fxDay("2025-10-03")
		}, []string{"received", "due_date"}},
		{"due on receipt", func(n *Payment) { n.DueDate = fxDay("2025-09-26") }, []string{"due_date"}},
		{"due on a Saturday", func(n *Payment) { n.DueDate = fxDay("2025-10-18") }, []string{"due_date"}},
		{"due on National Day", func(n *Payment) { n.DueDate = fxDay("2025-10-03") }, []string{"due_date"}},
		{"due on an adjusted working Saturday", func(n *Payment) { n.DueDate = fxDay("2025-10-11") }, nil},
		{"due beyond the calendar", func(n *Payment) { n.DueDate = fxDay("2028-01-05") }, []string{"due_date"}},
		{"security unknown", func(n *Payment) { n.Security = SecurityUnknown }, []string{"security"}},
		{"security out of range", func(n *Payment) { n.Security = 9 }, []string{"security"}},
		{"cash bond of 0", func(n *Payment) { n.Bond = decimal.Zero }, []string{"bond"}},
		{"general bond of 0", func(n *Payment) { n.Security, n.Bond = GeneralBond, decimal.Zero }, nil},
		{"bond with a fraction of a fen", func(n *Payment) { n.Bond = fxCNY("75000.001") }, []string{"bond"}},
		{"several at once", func(n *Payment) {
			n.Payer.Name = ""
			n.Lines[1].Amount = fxCNY("-1")
			n.DueDate = fxDay("2025-10-18")
			n.Security = SecurityUnknown
		}, []string{"payer.name", "lines[1].amount", "due_date", "security"}},
	})
}

func TestSuspension_Validate(t *testing.T) {
	testValidate(t, fxSuspension, []breakage[Suspension]{
		{"valid", func(*Suspension) {}, nil},
		{"holder missing", func(n *Suspension) { n.Holder = Party{} }, []string{"holder.name"}},
		{"consignee unknown", func(n *Suspension) { n.Consignee = Party{} }, nil},
		{"consignee without a name", func(n *Suspension) { n.Consignee.Name = "" }, []string{"consignee.name"}},
		{"port missing", func(n *Suspension) { n.Port = "" }, []string{"port"}},
		{"direction unknown", func(n *Suspension) { n.Direction = enforcement.DirectionUnknown }, []string{"direction"}},
		{"served before issue", func(n *Suspension) { n.Served = fxDay("2024-02-08") }, []string{"served"}},
		{"served missing", func(n *Suspension) { n.Served = calendar.Date{} }, []string{"served"}},
		{"reply on service", func(n *Suspension) { n.ReplyBy = fxDay("2024-02-09") }, []string{"reply_by"}},
		{"reply by a holiday", func(n *Suspension) { n.ReplyBy = fxDay("2024-02-12") }, []string{"reply_by"}},
		{"reply by the adjusted Sunday", func(n *Suspension) { n.ReplyBy = fxDay("2024-02-18") }, nil},
		{"office closes at 0", func(n *Suspension) { n.OfficeCloses = 0 }, []string{"office_closes"}},
		{"office closes after midnight", func(n *Suspension) { n.OfficeCloses = 25 * time.Hour }, []string{"office_closes"}},
		{"office closes at midnight", func(n *Suspension) { n.OfficeCloses = 24 * time.Hour }, nil},
		{"office closes on a second", func(n *Suspension) { n.OfficeCloses = 17*time.Hour + time.Second }, []string{"office_closes"}},
		{"bond negative", func(n *Suspension) { n.Bond = fxCNY("-0.01") }, []string{"bond"}},
		{"bond 0 under a general bond", func(n *Suspension) { n.Bond = decimal.Zero }, nil},
		{"several at once", func(n *Suspension) {
			n.Port, n.ReplyBy, n.Bond = "", fxDay("2024-02-17"), nastyDecimal(bomb)
		}, []string{"port", "reply_by", "bond"}},
	})
}

func TestDetentionReceipt_Validate(t *testing.T) {
	testValidate(t, fxDetentionReceipt, []breakage[DetentionReceipt]{
		{"valid", func(*DetentionReceipt) {}, nil},
		{"consignee unknown", func(n *DetentionReceipt) { n.Consignee = Party{} }, nil},
		{"holder missing", func(n *DetentionReceipt) { n.Holder.Name = "" }, []string{"holder.name"}},
		{"track unknown", func(n *DetentionReceipt) { n.Track = enforcement.TrackUnknown }, []string{"track"}},
		{"direction out of range", func(n *DetentionReceipt) { n.Direction = 7 }, []string{"direction"}},
		{"detained after issue", func(n *DetentionReceipt) { n.Detained = fxDay("2024-02-23") }, []string{"detained"}},
		{"detained missing", func(n *DetentionReceipt) { n.Detained = calendar.Date{} }, []string{"detained"}},
		{"several at once", func(n *DetentionReceipt) {
			n.Office, n.Goods.Unit, n.Track = "", "", 0
		}, []string{"office", "goods.unit", "track"}},
	})
}

func TestInvestigationResult_Validate(t *testing.T) {
	testValidate(t, fxInvestigationResult, []breakage[InvestigationResult]{
		{"valid", func(*InvestigationResult) {}, nil},
		{"result unknown", func(n *InvestigationResult) { n.Result, n.CourtBy = enforcement.ResultUnknown, calendar.Date{} }, []string{"result"}},
		{"infringing with a court period", func(n *InvestigationResult) { n.Result = enforcement.Infringing }, []string{"court_by"}},
		{"not infringing", func(n *InvestigationResult) { n.Result, n.CourtBy = enforcement.NotInfringing, calendar.Date{} }, nil},
		{"undetermined without a court period", func(n *InvestigationResult) { n.CourtBy = calendar.Date{} }, []string{"court_by"}},
		{"court period on a holiday", func(n *InvestigationResult) { n.CourtBy = fxDay("2024-05-03") }, []string{"court_by"}},
		{"court period before detention", func(n *InvestigationResult) { n.CourtBy = fxDay("2024-02-20") }, []string{"court_by"}},
		{"determined before detention", func(n *InvestigationResult) { n.Determined = fxDay("2024-02-20") }, []string{"determined"}},
		{"detained after issue", func(n *InvestigationResult) { n.Detained = fxDay("2024-03-18") }, []string{"detained"}},
		{"several at once", func(n *InvestigationResult) {
			n.Holder.Name, n.Rights[0].Type, n.Determined = "", rights.TypeUnknown, calendar.Date{}
		}, []string{"holder.name", "rights[0].type", "determined"}},
	})
}

func TestRelease_Validate(t *testing.T) {
	testValidate(t, fxRelease, []breakage[Release]{
		{"valid", func(*Release) {}, nil},
		{"reason the composite", func(n *Release) { n.Reason = enforcement.Released }, []string{"reason"}},
		{"reason not a release", func(n *Release) { n.Reason = enforcement.Confiscated }, []string{"reason"}},
		{"reason unknown", func(n *Release) { n.Reason = enforcement.StateUnknown }, []string{"reason"}},
		{"never detained", func(n *Release) { n.Detained, n.PreservationBy = calendar.Date{}, calendar.Date{} }, nil},
		{"never detained, with a window", func(n *Release) { n.Detained = calendar.Date{} }, []string{"preservation_by"}},
		{"detained, without a window", func(n *Release) { n.PreservationBy = calendar.Date{} }, []string{"preservation_by"}},
		{"window on a Sunday", func(n *Release) { n.PreservationBy = fxDay("2024-06-02") }, []string{"preservation_by"}},
		{"window ends on release", func(n *Release) { n.PreservationBy = fxDay("2024-05-07") }, []string{"preservation_by"}},
		{"released before detention", func(n *Release) { n.Released = fxDay("2024-02-20") }, []string{"released"}},
		{"released after issue", func(n *Release) { n.Released = fxDay("2024-05-08") }, []string{"released"}},
		{"several at once", func(n *Release) {
			n.Number, n.Goods.Value, n.Reason = "", fxCNY("0.001"), 0
		}, []string{"number", "goods.value", "reason"}},
	})
}

func TestConfiscation_Validate(t *testing.T) {
	testValidate(t, fxConfiscation, []breakage[Confiscation]{
		{"valid", func(*Confiscation) {}, nil},
		{"consignee unknown", func(n *Confiscation) { n.Consignee = Party{} }, nil},
		{"consignee unnamed, address known", func(n *Confiscation) { n.Consignee.Name = "" }, []string{"consignee.name"}},
		{"decision absent", func(n *Confiscation) { n.Decision = "" }, nil},
		{"decision too long", func(n *Confiscation) { n.Decision = long65 }, []string{"decision"}},
		{"served before detention", func(n *Confiscation) { n.Served = fxDay("2024-02-20") }, []string{"served"}},
		{"served before issue", func(n *Confiscation) { n.Served = fxDay("2024-04-28") }, []string{"served"}},
		{"fee cap on service", func(n *Confiscation) { n.FeeCap = fxDay("2024-04-30") }, []string{"fee_cap"}},
		{"fee cap on a Sunday", func(n *Confiscation) { n.FeeCap = fxDay("2024-07-28") }, nil},
		{"fee cap missing", func(n *Confiscation) { n.FeeCap = calendar.Date{} }, []string{"fee_cap"}},
		{"no fine", func(n *Confiscation) { n.Fine = decimal.Zero }, nil},
		{"fine a bomb", func(n *Confiscation) { n.Fine = nastyDecimal(bomb) }, []string{"fine"}},
		{"several at once", func(n *Confiscation) {
			n.Number, n.Detained, n.Fine = "", calendar.Date{}, fxCNY("-5")
		}, []string{"number", "detained", "fine"}},
	})
}

func TestCounterGuarantee_Validate(t *testing.T) {
	testValidate(t, fxCounterGuarantee, []breakage[CounterGuarantee]{
		{"valid", func(*CounterGuarantee) {}, nil},
		{"no patent", func(n *CounterGuarantee) { n.Rights[0].Type = rights.Trademark }, []string{"rights[0].type"}},
		{"no rights", func(n *CounterGuarantee) { n.Rights = nil }, []string{"rights"}},
		{"a trademark beside the patent", func(n *CounterGuarantee) {
			n.Rights = append([]Right{{Type: rights.Trademark, Number: "1234567"}}, n.Rights...)
		}, []string{"rights[0].type"}},
		{"consignee unknown", func(n *CounterGuarantee) { n.Consignee = Party{} }, []string{"consignee.name"}},
		{"amount 0", func(n *CounterGuarantee) { n.Amount = decimal.Zero }, []string{"amount"}},
		{"amount not the value", func(n *CounterGuarantee) { n.Amount = fxCNY("29999.99") }, []string{"amount"}},
		{"amount above the value", func(n *CounterGuarantee) { n.Amount = n.Goods.Value.Add(fxCNY("0.01")) }, []string{"amount"}},
		{"served before release, issue unknown", func(n *CounterGuarantee) {
			n.Issued, n.Served = calendar.Date{}, n.Released.AddDays(-1)
		}, []string{"issued", "served"}},
		{"issued before release", func(n *CounterGuarantee) { n.Issued = n.Released.AddDays(-1) }, []string{"released"}},
		{"amount, value not stated", func(n *CounterGuarantee) { n.Amount, n.Goods.Value = fxCNY("29999.99"), decimal.Zero }, nil},
		{"served before release", func(n *CounterGuarantee) { n.Served = fxDay("2024-09-19") }, []string{"served"}},
		{"served before issue", func(n *CounterGuarantee) { n.Issued = fxDay("2024-09-24") }, []string{"served"}},
		{"suit on service", func(n *CounterGuarantee) { n.SuitBy = n.Served }, []string{"suit_by"}},
		{"suit by a Saturday", func(n *CounterGuarantee) { n.SuitBy = fxDay("2024-11-09") }, []string{"suit_by"}},
		{"several at once", func(n *CounterGuarantee) {
			n.Holder.Address, n.Amount, n.SuitBy = " 1 Main St", fxCNY("1e20"), calendar.Date{}
		}, []string{"holder.address", "amount", "suit_by"}},
	})
}

// repeated returns count copies of s, one after the other.
func repeated[E any](s []E, count int) []E {
	var out []E
	for i := 0; i < count; i++ {
		out = append(out, s...)
	}
	return out
}

// A problem says where, what and why, with the notice's kind.
func TestFieldError_message(t *testing.T) {
	n := fxPayment(t)
	n.Lines[3].Amount = fxCNY("2947.505")
	n.DueDate = fxDay("2025-10-03")
	err := n.Validate(calendar.China())
	assert.Equal(t, `notice: payment: lines[3].amount "2947.505": more than 2 decimal places: an amount of money is in whole fen
notice: payment: due_date "2025-10-03": not a working day (Friday, holiday): a time limit ends on a working day (R-TIME-1)`, err.Error())

	n = fxPayment(t)
	n.DueDate = fxDay("2028-01-05")
	err = n.Validate(calendar.China())
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.ErrorIs(t, err, ErrInvalidNotice)
}

// precheck is Validate without the calendar: what only the calendar can
// tell passes.
func TestPrecheck(t *testing.T) {
	n := fxPayment(t)
	n.DueDate = fxDay("2025-10-03") // National Day.
	assert.NoError(t, precheck(n))
	assert.NoError(t, precheck(&n))
	assert.Error(t, n.Validate(calendar.China()))
	n.Payer.Name = ""
	assert.Equal(t, []string{"payer.name"}, problemFields(precheck(n)))

	var nilPayment *Payment
	for _, bad := range []Notice{nil, nilPayment} {
		err := precheck(bad)
		assert.ErrorIs(t, err, ErrInvalidNotice)
	}
	for _, n := range fxNotices(t) {
		assert.NoError(t, precheck(n), "%s", n.Kind())
	}
}

// The zero value of each kind is refused, and names its missing fields.
func TestValidate_zero(t *testing.T) {
	for _, n := range []Notice{Payment{}, Suspension{}, DetentionReceipt{}, InvestigationResult{}, Release{}, Confiscation{}, CounterGuarantee{}} {
		err := n.Validate(calendar.China())
		assert.ErrorIs(t, err, ErrInvalidNotice, "%s", n.Kind())
		assert.Contains(t, problemFields(err), "number", "%s", n.Kind())
		assert.Contains(t, problemFields(err), "goods.description", "%s", n.Kind())
	}
}

// Amounts that are no money cost nothing to refuse.
func TestMoneyProblem(t *testing.T) {
	for _, tc := range []struct {
		in   decimal.Decimal
		want string
	}{
		{fxCNY("0"), ""},
		{fxCNY("0.00"), ""},
		{fxCNY("4962.00"), ""},
		{fxCNY("1000000000000"), ""},
		{fxCNY("1000000000000.00"), ""},
		{fxCNY("1.000"), ""},
		{fxCNY("1000000000000.01"), "too large: at most 1000000000000"},
		{fxCNY("-0.01"), "negative"},
		{fxCNY("0.001"), "more than 2 decimal places: an amount of money is in whole fen"},
		{decimal.New(1, 999999), "too large: at most 1000000000000"},
		{decimal.New(1, -999999), "more than 2 decimal places: an amount of money is in whole fen"},
		{decimal.New(0, -100000000), "0 written with the exponent -100000000: write 0"},
		{decimal.New(1, 12), ""},
		{decimal.New(11, 11), "too large: at most 1000000000000"},
	} {
		assert.Equal(t, tc.want, moneyProblem(tc.in), "moneyProblem(%s)", showDecimal(tc.in))
	}
	amount := fxCNY("4962.00")
	allocs := testing.AllocsPerRun(100, func() { _ = moneyProblem(amount) })
	assert.Zero(t, allocs, "moneyProblem allocates")
}

// Quantities and rates: bounded, with their places, refused at once
// whatever their exponent, and checked without allocating.
func TestNumberProblem(t *testing.T) {
	for _, tc := range []struct {
		in     string
		limit  int64
		places int32
		want   string
	}{
		{"0", 1e9, 6, ""},
		{"1500", 1e9, 6, ""},
		{"1000000000", 1e9, 6, ""},
		{"1000000000.000001", 1e9, 6, "too large: at most 1000000000"},
		{"999999999.999999", 1e9, 6, ""},
		{"2E9", 1e9, 6, "too large: at most 1000000000"},
		{"1E10", 1e9, 6, "too large: at most 1000000000"},
		{"0.0000001", 1e9, 6, "more than 6 decimal places"},
		{"0.0000010", 1e9, 6, ""},
		{"0.000000001", 1e9, 9, ""},
		{"999999999.999999999", 1e9, 9, ""},
		{"1000000000.000000001", 1e9, 9, "too large: at most 1000000000"},
		{"99999999999.999999999999", 1e11, 12, ""},
		{"100000000000.000000000001", 1e11, 12, "too large: at most 100000000000"},
		{"-1", 1e9, 6, "negative"},
	} {
		assert.Equal(t, tc.want, numberProblem(fxCNY(tc.in), tc.limit, tc.places), "numberProblem(%s, %d, %d)", tc.in, tc.limit, tc.places)
	}
	// Exponent bombs, which decimal's parser refuses but its constructor
	// makes.
	assert.Equal(t, "too large: at most 1000000000", numberProblem(decimal.New(1, 999999), 1e9, 6))
	assert.Equal(t, "more than 6 decimal places", numberProblem(decimal.New(1, -999999), 1e9, 6))
	assert.Equal(t, "0 written with the exponent -100000000: write 0", numberProblem(decimal.New(0, -100000000), 1e9, 6))
	// 1 written with 30 zero places is 1.
	assert.Equal(t, "", numberProblem(fxCNY("1."+strings.Repeat("0", 30)), 1e9, 9))
	assert.Equal(t, "too large: at most 1000000000", numberProblem(fxCNY("1000000001."+strings.Repeat("0", 30)), 1e9, 9))
	q := fxCNY("999999999.999999")
	allocs := testing.AllocsPerRun(100, func() { _ = numberProblem(q, 1e9, 6) })
	assert.Zero(t, allocs, "numberProblem allocates")
}

func TestNoticeDiff(t *testing.T) {
	a := fxConfiscation(t)
	b := a
	b.Fine = fxCNY("30000")
	assert.Equal(t, "", noticeDiff(a, b), "30000.00 and 30000 are the same amount")
	b.Fine = fxCNY("30000.01")
	assert.Equal(t, ".Fine: 30000 and 30000.01", noticeDiff(a, b))
	b = a
	b.Rights = nil
	assert.Equal(t, ".Rights: 1 and 0 elements", noticeDiff(a, b))
	b = a
	b.Rights = []Right{{Type: rights.Trademark, Number: "7654321"}}
	assert.Contains(t, noticeDiff(a, b), ".Rights[0].Number")
	b = a
	b.Contact.Email = ""
	assert.Contains(t, noticeDiff(a, b), ".Header.Contact.Email")
	var none, empty []Right
	empty = []Right{}
	assert.Equal(t, "", noticeDiff(none, empty))
}

// Properties of validation, on random mutations of the fixtures: Validate
// never panics, reports problems only as FieldErrors matching
// ErrInvalidNotice with a field and the kind, answers the same twice,
// reports everything precheck does, and never changes the notice it was
// given (values are immutable, even their slices).
func TestValidate_properties(t *testing.T) {
	fixtures := fxNotices(t)
	cal := calendar.China()
	props := testgen.Properties(t, 500)
	props.Property("Validate on a mutated notice", prop.ForAll(
		func(k, leaf, value int) string {
			fixture := fixtures[k]
			n, path := mutateField(fixture, leaf, value)
			snapshot := cloneNotice(n)
			err := n.Validate(cal)
			if d := noticeDiff(snapshot, n); d != "" {
				return "Validate changed the notice at " + d
			}
			if d := noticeDiff(fixtures[k], fxNoticesCached[k]); d != "" {
				return "the fixture changed at " + d
			}
			again := n.Validate(cal)
			if (err == nil) != (again == nil) || err != nil && err.Error() != again.Error() {
				return "Validate answered differently twice"
			}
			pre := precheck(n)
			if err == nil {
				if pre != nil {
					return "precheck fails a valid notice: " + pre.Error()
				}
				return ""
			}
			var fe FieldErrors
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidNotice) {
				return "not FieldErrors matching ErrInvalidNotice: " + err.Error()
			}
			for _, e := range fe {
				if e.Field == "" || e.kind != fixture.Kind() {
					return "a problem without a field or its kind: " + e.Error()
				}
			}
			for _, f := range problemFields(pre) {
				if !slices.Contains(problemFields(err), f) {
					return "precheck reports " + f + ", Validate does not (mutated " + path + ")"
				}
			}
			return ""
		},
		gen.IntRange(0, len(fixtures)-1), gen.IntRange(0, 1000), gen.IntRange(0, 1000),
	))
	fxNoticesCached = fxNotices(t)
	props.TestingRun(t)
}

// fxNoticesCached is a second, untouched copy of the fixtures.
var fxNoticesCached []Notice

// cloneNotice returns a copy of n that shares no slice with it.
func cloneNotice(n Notice) Notice {
	v := reflect.New(reflect.TypeOf(n)).Elem()
	v.Set(cloneValue(reflect.ValueOf(n)))
	return v.Interface().(Notice)
}

func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(cloneValue(v.Index(i)))
		}
		return out
	case reflect.Struct:
		if v.Type() == decimalType || v.Type() == reflect.TypeOf(calendar.Date{}) {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			out.Field(i).Set(cloneValue(v.Field(i)))
		}
		return out
	}
	return v
}

// mutate returns a copy of n with one of its leaves (a text, a number, an
// enum, a date, an amount, a list's length), chosen by leaf, set to one
// of the nasty values of its type, chosen by value; and the leaf's path.
func mutateField(n Notice, leaf, value int) (Notice, string) {
	v := reflect.New(reflect.TypeOf(n)).Elem()
	v.Set(cloneValue(reflect.ValueOf(n)))
	var leaves []reflect.Value
	var paths []string
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch {
		case v.Type() == decimalType || v.Type() == reflect.TypeOf(calendar.Date{}):
		case v.Kind() == reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
			return
		case v.Kind() == reflect.Slice:
			leaves, paths = append(leaves, v), append(paths, path)
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), path+"["+string(rune('0'+i%10))+"]")
			}
			return
		}
		leaves, paths = append(leaves, v), append(paths, path)
	}
	walk(v, "")
	i := leaf % len(leaves)
	setNasty(leaves[i], value)
	return v.Interface().(Notice), paths[i]
}

var (
	nastyTexts = []string{"", " padded", "tab\tinside", "\x00", "\xff\xfe", strings.Repeat("长", 200), "合法文本", long65, "a@b.cn"}
	nastyDates = []calendar.Date{{}, {Year: 2024, Month: 2, Day: 30}, {Year: 10000, Month: 1, Day: 1}, fxDay("2024-02-24"),
		fxDay("2030-01-01"), fxDay("2020-01-01"), fxDay("2027-12-24"), fxDay("2024-02-18")}
	nastyDecimals = []decimal.Decimal{{}, decimal.New(-1, 0), decimal.New(1, 999999), decimal.New(0, -100000000),
		decimal.New(1005, -3), decimal.New(1, 13), decimal.New(1, -9), decimal.New(123456789, -2)}
	nastyInts = []int64{-1, 0, 1, 7, 200, 255, 99999, int64(24 * time.Hour), int64(25 * time.Hour), 1 << 40}
)

func setNasty(v reflect.Value, value int) {
	switch {
	case v.Type() == decimalType:
		v.Set(reflect.ValueOf(nastyDecimals[value%len(nastyDecimals)]))
	case v.Type() == reflect.TypeOf(calendar.Date{}):
		v.Set(reflect.ValueOf(nastyDates[value%len(nastyDates)]))
	case v.Kind() == reflect.String:
		v.SetString(nastyTexts[value%len(nastyTexts)])
	case v.Kind() == reflect.Slice:
		switch n := value % 3; {
		case n == 0 || v.Len() == 0:
			v.Set(reflect.Zero(v.Type()))
		case n == 1:
			v.Set(v.Slice(0, v.Len()-1))
		default: // Past every limit.
			big := reflect.MakeSlice(v.Type(), 0, 300)
			for big.Len() < 300 {
				big = reflect.Append(big, v.Index(big.Len()%v.Len()))
			}
			v.Set(big)
		}
	case v.CanInt():
		x := nastyInts[value%len(nastyInts)]
		if v.OverflowInt(x) {
			x = -1
		}
		v.SetInt(x)
	case v.CanUint():
		x := nastyInts[value%len(nastyInts)]
		if x < 0 || v.OverflowUint(uint64(x)) {
			x = 0
		}
		v.SetUint(uint64(x))
	}
}
