package notice

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The fixtures follow one ex officio case at Shanghai Pudong International
// Airport Customs through 2026: goods suspended on 27 February, detained on
// 2 March, found undeterminable on 14 April, fees notified on 1 April. The
// working-day deadlines are counted on calendar.China(), and
// TestFixturesAreConsistent checks them.

func fxDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func fxDate(s string) calendar.Date { return calendar.MustParseDate(s) }

func rfxHeader(number, issued string) Header {
	return Header{
		Number: number,
		Office: "上海浦东国际机场海关",
		Issued: fxDate(issued),
		Case:   "PVG-IPR-2026-0031",
		Contact: Contact{
			Name:  "王磊",
			Phone: "+86 21 6834 1234",
			Email: "ipr@pvg.customs.example",
		},
	}
}

var (
	rfxHolder = Party{
		Name:       "ACME Sportswear Co., Ltd.",
		Identifier: "US-DE-4471032",
		Address:    "1200 Market Street, Wilmington, Delaware 19801, United States",
	}
	fxConsignee = Party{
		Name:       "宁波海曙远航进出口有限公司",
		Identifier: "91330203MA2GQ4U15X",
		Address:    "浙江省宁波市海曙区望春工业园区云林中路188号",
	}
	fxTrademark = Right{Type: rights.Trademark, Number: "12345678", Recordation: "T2019-12345"}
	fxDesign    = Right{Type: rights.PatentDesign, Number: "201930123456.0", Recordation: "P2020-00871"}
	fxShoes     = Goods{
		Description: "运动鞋（鞋舌及鞋底带“ACME”标识）",
		Quantity:    fxDec("1200"),
		Unit:        "双",
		Value:       fxDec("150000.00"),
	}
)

// fxLines are the lines paymentFixture cycles through: a typical
// bill, every kind of charge and a per-day and a one-off of each basis
// kind.
var fxLines = []Line{
	{Kind: storagecost.Storage, Description: "普通仓位", Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Method: storagecost.ByRate, Unit: "m³", Quantity: fxDec("12.5"), Rate: fxDec("1.25")},
	{Kind: storagecost.Custody, Description: "专人看管", Basis: storagecost.PerConsignment, Per: storagecost.PerDay, Method: storagecost.ByRate, Quantity: fxDec("1"), Rate: fxDec("20")},
	{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once, Method: storagecost.ByRate, Unit: "t", Quantity: fxDec("1.85"), Rate: fxDec("35")},
	{Kind: storagecost.Inspection, Description: "配合权利人查看货物", Basis: storagecost.PerJob, Per: storagecost.Once, Method: storagecost.ByRate, Quantity: fxDec("1"), Rate: fxDec("150")},
	{Kind: storagecost.Insurance, Basis: storagecost.PerValue, Per: storagecost.PerDay, Method: storagecost.ByRate, Quantity: fxDec("150000"), Rate: fxDec("0.0001")},
	{Kind: storagecost.HandlingOut, Basis: storagecost.PerTonne, Per: storagecost.Once, Method: storagecost.ByRate, Unit: "t", Quantity: fxDec("1.85"), Rate: fxDec("35")},
	{Kind: storagecost.Storage, Description: "超期加收（第31日起）", Basis: storagecost.PerPallet, Per: storagecost.PerDay, Method: storagecost.ByRate, Quantity: fxDec("4"), Rate: fxDec("2.5")},
	{Kind: storagecost.Disposal, Description: "无害化销毁", Basis: storagecost.PerKilogram, Per: storagecost.Once, Method: storagecost.ByRate, Unit: "kg", Quantity: fxDec("1850"), Rate: fxDec("0.8")},
}

// paymentFixture returns a valid payment notice with lines lines, for 30
// days of storage from 2 to 31 March 2026. Each line's amount is its rate ×
// quantity (× days), the Total their sum, and Due the Total less 200.00
// paid to the warehouse.
func paymentFixture(lines int) Payment {
	from, to := fxDate("2026-03-02"), fxDate("2026-03-31")
	p := Payment{
		Header:    rfxHeader("沪浦关知缴〔2026〕12号", "2026-04-01"),
		Payer:     rfxHolder,
		Rights:    []Right{fxTrademark},
		Detention: "沪浦关知扣〔2026〕31号",
		Detained:  from,
		Goods:     fxShoes,
		Warehouse: Warehouse{Name: "上海东方国际物流有限公司海关监管仓库", Address: "上海市浦东新区机场镇航城七路450号"},
		From:      from,
		To:        to,
		Payee: Payee{
			Name:    "上海东方国际物流有限公司",
			Bank:    "中国银行上海市浦东分行",
			Account: "4363 5820 1234 5678 901",
		},
		Received: fxDate("2026-04-03"),
		DueDate:  fxDate("2026-04-20"),
		Security: CashBond,
		Bond:     fxDec("75000.00"),
	}
	total := decimal.Zero
	for i := 0; i < lines; i++ {
		l := fxLines[i%len(fxLines)]
		amount := l.Rate.Mul(l.Quantity)
		if l.Per == storagecost.PerDay {
			l.Days, l.First, l.Last = 30, from, to
			amount = amount.Mul(decimal.NewFromInt(30))
		} else {
			switch l.Kind {
			case storagecost.HandlingIn:
				l.First = from
			case storagecost.HandlingOut, storagecost.Disposal:
				l.First = to
			default:
				l.First = from.AddDays(calendar.Days(3 + i%20))
			}
			l.Last = l.First
		}
		l.Amount = amount.Round(2)
		total = total.Add(l.Amount)
		p.Lines = append(p.Lines, l)
	}
	p.Total = total
	p.PaidToWarehouse = decimal.Zero
	if total.GreaterThanOrEqual(fxDec("200")) {
		p.PaidToWarehouse = fxDec("200.00")
	}
	p.Due = total.Sub(p.PaidToWarehouse)
	return p
}

// testNotices returns one fully populated valid notice of every kind, in
// the order of Kinds.
func testNotices() []Notice {
	return []Notice{
		paymentFixture(6),
		Suspension{
			Header:       rfxHeader("沪浦关知中〔2026〕5号", "2026-02-27"),
			Holder:       rfxHolder,
			Rights:       []Right{fxTrademark},
			Goods:        fxShoes,
			Consignee:    fxConsignee,
			Port:         "上海浦东国际机场",
			Direction:    enforcement.Export,
			Served:       fxDate("2026-02-27"),
			ReplyBy:      fxDate("2026-03-03"),
			OfficeCloses: 17 * time.Hour,
			Bond:         fxDec("75000.00"),
		},
		DetentionReceipt{
			Header:    rfxHeader("沪浦关知扣〔2026〕31号", "2026-03-02"),
			Consignee: fxConsignee,
			Holder:    rfxHolder,
			Rights:    []Right{fxTrademark, fxDesign},
			Goods:     fxShoes,
			Port:      "上海浦东国际机场",
			Direction: enforcement.Export,
			Track:     enforcement.ExOfficio,
			Detained:  fxDate("2026-03-02"),
		},
		InvestigationResult{
			Header:     rfxHeader("沪浦关知调〔2026〕9号", "2026-04-14"),
			Holder:     rfxHolder,
			Consignee:  fxConsignee,
			Rights:     []Right{fxTrademark},
			Goods:      fxShoes,
			Detained:   fxDate("2026-03-02"),
			Determined: fxDate("2026-04-14"),
			Result:     enforcement.Undetermined,
			CourtBy:    fxDate("2026-05-14"),
		},
		Release{
			Header:         rfxHeader("沪浦关知放〔2026〕17号", "2026-05-15"),
			Holder:         rfxHolder,
			Consignee:      fxConsignee,
			Rights:         []Right{fxTrademark},
			Goods:          fxShoes,
			Detained:       fxDate("2026-03-02"),
			Released:       fxDate("2026-05-15"),
			Reason:         enforcement.ReleasedUndetermined,
			PreservationBy: fxDate("2026-06-12"),
		},
		Confiscation{
			Header:    rfxHeader("沪浦关知没〔2026〕3号", "2026-06-15"),
			Consignee: fxConsignee,
			Holder:    rfxHolder,
			Rights:    []Right{fxTrademark},
			Goods:     fxShoes,
			Decision:  "沪浦关缉违字〔2026〕158号",
			Detained:  fxDate("2026-03-02"),
			Served:    fxDate("2026-06-15"),
			FeeCap:    fxDate("2026-09-15"),
			Fine:      fxDec("30000.00"),
		},
		CounterGuarantee{
			Header:    rfxHeader("沪浦关知保〔2026〕2号", "2026-04-10"),
			Holder:    rfxHolder,
			Consignee: fxConsignee,
			Rights:    []Right{fxDesign},
			Goods:     fxShoes,
			Amount:    fxDec("150000.00"),
			Released:  fxDate("2026-04-10"),
			Served:    fxDate("2026-04-10"),
			SuitBy:    fxDate("2026-05-26"),
		},
	}
}

// TestFixturesAreConsistent: the fixtures are valid, their deadlines are
// the statutory periods counted on calendar.China(), and the payment
// notices' figures add up.
func TestFixturesAreConsistent(t *testing.T) {
	cal := calendar.China()
	wd := func(from calendar.Date, n int) calendar.Date {
		d, err := cal.AddWorkdays(from, calendar.WorkingDays(n))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	ns := testNotices()
	for i, n := range ns {
		if n.Kind() != Kinds()[i] {
			t.Errorf("testNotices()[%d] is a %s notice; want %s", i, n.Kind(), Kinds()[i])
		}
		if err := n.Validate(cal); err != nil {
			t.Errorf("%s fixture: %v", n.Kind(), err)
		}
	}
	s := ns[1].(Suspension)
	checkFixtureDate(t, "suspension reply by (Regs art 16; Measures art 41)", s.ReplyBy, wd(s.Served, 3))
	ir := ns[3].(InvestigationResult)
	checkFixtureDate(t, "court notice by (Regs art 24(2))", ir.CourtBy, wd(ir.Detained, 50))
	if ir.Determined.After(wd(ir.Detained, 30)) {
		t.Errorf("investigation determined %s, later than 30 working days after %s (Regs art 20)", ir.Determined, ir.Detained)
	}
	r := ns[4].(Release)
	checkFixtureDate(t, "preservation by (Measures art 35)", r.PreservationBy, wd(r.Released, 20))
	c := ns[5].(Confiscation)
	checkFixtureDate(t, "fee cap (Measures art 34)", c.FeeCap, c.Served.AddMonths(3))
	cg := ns[6].(CounterGuarantee)
	checkFixtureDate(t, "suit by (Measures arts 20, 41)", cg.SuitBy, wd(cg.Served, 30))
	if !cg.Amount.Equal(cg.Goods.Value) {
		t.Errorf("guarantee money %s; want the goods' value %s (Regs art 19)", cg.Amount, cg.Goods.Value)
	}
	for _, lines := range []int{1, 6, 12, 20} {
		p := paymentFixture(lines)
		checkFixtureDate(t, "payment due date (R-FEE-4)", p.DueDate, wd(p.Received, 10))
		if err := p.Validate(cal); err != nil {
			t.Errorf("paymentFixture(%d): %v", lines, err)
		}
		sum := decimal.Zero
		for _, l := range p.Lines {
			want := l.Rate.Mul(l.Quantity)
			if l.Per == storagecost.PerDay {
				want = want.Mul(decimal.NewFromInt(int64(l.Days)))
			}
			if !l.Amount.Equal(want.Round(2)) {
				t.Errorf("paymentFixture(%d): line %s amount %s; want %s", lines, l.Kind, l.Amount, want.Round(2))
			}
			sum = sum.Add(l.Amount)
		}
		if len(p.Lines) != lines || !p.Total.Equal(sum) || !p.Due.Equal(p.Total.Sub(p.PaidToWarehouse)) || p.Due.IsNegative() {
			t.Errorf("paymentFixture(%d): %d lines, total %s (sum %s), paid %s, due %s", lines, len(p.Lines), p.Total, sum, p.PaidToWarehouse, p.Due)
		}
	}
}

func checkFixtureDate(t *testing.T, what string, got, want calendar.Date) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %s; want %s", what, got, want)
	}
}
