package notice

import (
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

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func day(s string) calendar.Date { return calendar.MustParseDate(s) }

func header(number, issued string) Header {
	return Header{
		Number: number,
		Office: "上海浦东国际机场海关",
		Issued: day(issued),
		Case:   "PVG-IPR-2026-0031",
		Contact: Contact{
			Name:  "王磊",
			Phone: "+86 21 6834 1234",
			Email: "ipr@pvg.customs.example",
		},
	}
}

var (
	holder = Party{
		Name:       "ACME Sportswear Co., Ltd.",
		Identifier: "US-DE-4471032",
		Address:    "1200 Market Street, Wilmington, Delaware 19801, United States",
	}
	consignee = Party{
		Name:       "宁波海曙远航进出口有限公司",
		Identifier: "91330203MA2GQ4U15X",
		Address:    "浙江省宁波市海曙区望春工业园区云林中路188号",
	}
	trademark = Right{Type: rights.Trademark, Number: "12345678", Recordation: "T2019-12345"}
	design    = Right{Type: rights.PatentDesign, Number: "201930123456.0", Recordation: "P2020-00871"}
	shoes     = Goods{
		Description: "运动鞋（鞋舌及鞋底带“ACME”标识）",
		Quantity:    dec("1200"),
		Unit:        "双",
		Value:       dec("150000.00"),
	}
)

// lineTemplates are the lines paymentFixture cycles through: a typical
// bill, every kind of charge and a per-day and a one-off of each basis
// kind.
var lineTemplates = []Line{
	{Kind: storagecost.Storage, Description: "普通仓位", Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Unit: "m³", Quantity: dec("12.5"), Rate: dec("1.25")},
	{Kind: storagecost.Custody, Description: "专人看管", Basis: storagecost.PerConsignment, Per: storagecost.PerDay, Quantity: dec("1"), Rate: dec("20")},
	{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once, Unit: "t", Quantity: dec("1.85"), Rate: dec("35")},
	{Kind: storagecost.Inspection, Description: "配合权利人查看货物", Basis: storagecost.PerJob, Per: storagecost.Once, Quantity: dec("1"), Rate: dec("150")},
	{Kind: storagecost.Insurance, Basis: storagecost.PerValue, Per: storagecost.PerDay, Quantity: dec("150000"), Rate: dec("0.0001")},
	{Kind: storagecost.HandlingOut, Basis: storagecost.PerTonne, Per: storagecost.Once, Unit: "t", Quantity: dec("1.85"), Rate: dec("35")},
	{Kind: storagecost.Storage, Description: "超期加收（第31日起）", Basis: storagecost.PerPallet, Per: storagecost.PerDay, Quantity: dec("4"), Rate: dec("2.5")},
	{Kind: storagecost.Disposal, Description: "无害化销毁", Basis: storagecost.PerKilogram, Per: storagecost.Once, Unit: "kg", Quantity: dec("1850"), Rate: dec("0.8")},
}

// paymentFixture returns a valid payment notice with lines lines, for 30
// days of storage from 2 to 31 March 2026. Each line's amount is its rate ×
// quantity (× days), the Total their sum, and Due the Total less 200.00
// paid to the warehouse.
func paymentFixture(lines int) Payment {
	from, to := day("2026-03-02"), day("2026-03-31")
	p := Payment{
		Header:    header("沪浦关知缴〔2026〕12号", "2026-04-01"),
		Payer:     holder,
		Rights:    []Right{trademark},
		Detention: "沪浦关知扣〔2026〕31号",
		Detained:  from,
		Goods:     shoes,
		Warehouse: Warehouse{Name: "上海东方国际物流有限公司海关监管仓库", Address: "上海市浦东新区机场镇航城七路450号"},
		From:      from,
		To:        to,
		Payee: Payee{
			Name:    "上海东方国际物流有限公司",
			Bank:    "中国银行上海市浦东分行",
			Account: "4363 5820 1234 5678 901",
		},
		Received: day("2026-04-03"),
		DueDate:  day("2026-04-20"),
		Security: CashBond,
		Bond:     dec("75000.00"),
	}
	total := decimal.Zero
	for i := 0; i < lines; i++ {
		l := lineTemplates[i%len(lineTemplates)]
		amount := l.Rate.Mul(l.Quantity)
		if l.Per == storagecost.PerDay {
			l.Days, l.First, l.Last = 30, from, to
			amount = amount.Mul(decimal.NewFromInt(30))
		} else {
			l.First = from.AddDays(calendar.Days(i % 30))
			l.Last = l.First
		}
		l.Amount = amount.Round(2)
		total = total.Add(l.Amount)
		p.Lines = append(p.Lines, l)
	}
	p.Total = total
	p.PaidToWarehouse = decimal.Zero
	if total.GreaterThanOrEqual(dec("200")) {
		p.PaidToWarehouse = dec("200.00")
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
			Header:       header("沪浦关知中〔2026〕5号", "2026-02-27"),
			Holder:       holder,
			Rights:       []Right{trademark},
			Goods:        shoes,
			Consignee:    consignee,
			Port:         "上海浦东国际机场",
			Direction:    enforcement.Export,
			Served:       day("2026-02-27"),
			ReplyBy:      day("2026-03-03"),
			OfficeCloses: 17 * time.Hour,
			Bond:         dec("75000.00"),
		},
		DetentionReceipt{
			Header:    header("沪浦关知扣〔2026〕31号", "2026-03-02"),
			Consignee: consignee,
			Holder:    holder,
			Rights:    []Right{trademark, design},
			Goods:     shoes,
			Port:      "上海浦东国际机场",
			Direction: enforcement.Export,
			Track:     enforcement.ExOfficio,
			Detained:  day("2026-03-02"),
		},
		InvestigationResult{
			Header:     header("沪浦关知调〔2026〕9号", "2026-04-14"),
			Holder:     holder,
			Consignee:  consignee,
			Rights:     []Right{trademark},
			Goods:      shoes,
			Detained:   day("2026-03-02"),
			Determined: day("2026-04-14"),
			Result:     enforcement.Undetermined,
			CourtBy:    day("2026-05-14"),
		},
		Release{
			Header:         header("沪浦关知放〔2026〕17号", "2026-05-15"),
			Holder:         holder,
			Consignee:      consignee,
			Rights:         []Right{trademark},
			Goods:          shoes,
			Detained:       day("2026-03-02"),
			Released:       day("2026-05-15"),
			Reason:         enforcement.ReleasedUndetermined,
			PreservationBy: day("2026-06-12"),
		},
		Confiscation{
			Header:    header("沪浦关知没〔2026〕3号", "2026-06-15"),
			Consignee: consignee,
			Holder:    holder,
			Rights:    []Right{trademark},
			Goods:     shoes,
			Decision:  "沪浦关缉违字〔2026〕158号",
			Detained:  day("2026-03-02"),
			Served:    day("2026-06-15"),
			FeeCap:    day("2026-09-15"),
			Fine:      dec("30000.00"),
		},
		CounterGuarantee{
			Header:    header("沪浦关知保〔2026〕2号", "2026-04-10"),
			Holder:    holder,
			Consignee: consignee,
			Rights:    []Right{design},
			Goods:     shoes,
			Amount:    dec("150000.00"),
			Released:  day("2026-04-10"),
			Served:    day("2026-04-10"),
			SuitBy:    day("2026-05-26"),
		},
	}
}
