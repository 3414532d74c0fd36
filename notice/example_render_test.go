package notice_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// examplePayment is the payment notice of the examples: 30 days of
// storage and one handling charge, 200.00 of it paid to the warehouse.
func examplePayment() notice.Payment {
	d, m := calendar.MustParseDate, decimal.RequireFromString
	return notice.Payment{
		Header: notice.Header{
			Number:  "沪浦关知缴〔2026〕12号",
			Office:  "上海浦东国际机场海关",
			Issued:  d("2026-04-01"),
			Case:    "PVG-IPR-2026-0031",
			Contact: notice.Contact{Name: "王磊", Phone: "+86 21 6834 1234"},
		},
		Payer:     notice.Party{Name: "ACME Sportswear Co., Ltd."},
		Rights:    []notice.Right{{Type: rights.Trademark, Number: "12345678", Recordation: "T2019-12345"}},
		Detained:  d("2026-03-02"),
		Goods:     notice.Goods{Description: "运动鞋", Quantity: m("1200"), Unit: "双", Value: m("150000")},
		Warehouse: notice.Warehouse{Name: "上海东方国际物流有限公司海关监管仓库"},
		From:      d("2026-03-02"),
		To:        d("2026-03-31"),
		Lines: []notice.Line{
			{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Unit: "m³",
				Quantity: m("12.5"), Rate: m("1.25"), Days: 30, First: d("2026-03-02"), Last: d("2026-03-31"), Amount: m("468.75")},
			{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once, Unit: "t",
				Quantity: m("1.85"), Rate: m("35"), First: d("2026-03-02"), Last: d("2026-03-02"), Amount: m("64.75")},
		},
		Total:           m("533.50"),
		PaidToWarehouse: m("200.00"),
		Due:             m("333.50"),
		Payee:           notice.Payee{Name: "上海东方国际物流有限公司", Bank: "中国银行上海市浦东分行", Account: "4363 5820 1234 5678 901"},
		Received:        d("2026-04-03"),
		DueDate:         d("2026-04-20"),
		Security:        notice.CashBond,
		Bond:            m("75000"),
	}
}

// lines prints the lines of s that contain any of the words.
func lines(s string, words ...string) {
	for _, l := range strings.Split(s, "\n") {
		for _, w := range words {
			if strings.Contains(l, w) {
				fmt.Println(strings.TrimSpace(l))
				break
			}
		}
	}
}

func ExampleRender() {
	var b bytes.Buffer
	if err := notice.Render(&b, examplePayment(), notice.FormatText, language.SimplifiedChinese); err != nil {
		fmt.Println(err)
		return
	}
	lines(b.String(), "缴费通知书", "应缴金额：", "请于")
	// Output:
	// 缴费通知书
	// 应缴金额：        ￥333.50
	// 请于2026年4月20日前（含当日）将应缴金额￥333.50缴入下列账户。
}

// A bilingual notice is the first language's notice, then the second's.
func ExampleRender_bilingual() {
	var b bytes.Buffer
	err := notice.Render(&b, examplePayment(), notice.FormatText, language.MustParse("zh-CN"), language.MustParse("en-GB"))
	if err != nil {
		fmt.Println(err)
		return
	}
	lines(b.String(), "缴费通知书", "Payment Notice", "以中文文本为准", "the Chinese text prevails")
	// Output:
	// 缴费通知书
	// 本通知中文文本与英文文本如有不一致，以中文文本为准。
	// Payment Notice
	// this notice, the Chinese text prevails.
}

// JSON is the same in every language; none need be given.
func ExampleRender_json() {
	var b bytes.Buffer
	if err := notice.Render(&b, examplePayment(), notice.FormatJSON); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(b.String(), `"due_date":"2026-04-20"`))
	// Output:
	// true
}

// Render checks everything before it writes anything.
func ExampleRender_errors() {
	n := examplePayment()
	for _, langs := range [][]language.Tag{
		{language.TraditionalChinese},
		{language.English, language.MustParse("en-US")},
		{},
	} {
		err := notice.Render(os.Stdout, n, notice.FormatHTML, langs...)
		fmt.Println(errors.Is(err, notice.ErrUnsupportedLanguage), errors.Is(err, notice.ErrInvalidArgument))
	}
	// Output:
	// true false
	// false true
	// false true
}

func ExampleText() {
	s, err := notice.Text(examplePayment(), language.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	lines(s, "Payment Notice", "Charging period:", "Amount due:", "Storage")
	// Output:
	// Payment Notice
	// Charging period:   2 March 2026 to 31 March 2026 (30 days)
	// 1  Storage      m³/day      12.5   1.25  30 days  468.75
	// Amount due:                     CNY 333.50
}

func ExampleHTML() {
	s, err := notice.HTML(examplePayment(), language.SimplifiedChinese, language.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(s, `<section class="page" lang="zh-Hans">`))
	fmt.Println(strings.Contains(s, `<section class="page" lang="en">`))
	fmt.Println(strings.Contains(s, "@page { size: A4; margin: 15mm; }"))
	// Output:
	// true
	// true
	// true
}

// Case data is escaped in HTML, and printed as it is in text.
func ExampleHTML_escaping() {
	n := examplePayment()
	n.Payer.Name = "<script>alert(1)</script>"
	s, _ := notice.HTML(n, language.English)
	fmt.Println(strings.Contains(s, "<script"), strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;"))
	t, _ := notice.Text(n, language.English)
	fmt.Println(strings.Contains(t, "<script>alert(1)</script>"))
	// Output:
	// false true
	// true
}

func ExampleLanguages() {
	fmt.Println(notice.Languages())
	// Output:
	// [zh-Hans en]
}

func ExampleMatch() {
	for _, s := range []string{"zh", "zh-CN", "zh-SG", "en-GB", "zh-TW", "fr", "und"} {
		tag, err := notice.Match(language.MustParse(s))
		if err != nil {
			fmt.Println(s, "→", err)
			continue
		}
		fmt.Println(s, "→", tag)
	}
	// Output:
	// zh → zh-Hans
	// zh-CN → zh-Hans
	// zh-SG → zh-Hans
	// en-GB → en
	// zh-TW → notice: unsupported language "zh-TW": supported are zh-Hans, en
	// fr → notice: unsupported language "fr": supported are zh-Hans, en
	// und → notice: unsupported language "und": supported are zh-Hans, en
}

func ExampleLanguageError() {
	_, err := notice.Text(examplePayment(), language.Japanese)
	var le *notice.LanguageError
	if errors.As(err, &le) {
		fmt.Println(le.Tag, errors.Is(err, notice.ErrUnsupportedLanguage))
	}
	// Output:
	// ja true
}

func ExampleFormat() {
	// A format as a request names it, "?format=html".
	var f notice.Format
	if err := f.UnmarshalText([]byte("html")); err != nil {
		fmt.Println(err)
		return
	}
	s, err := notice.HTML(examplePayment(), language.English)
	var b bytes.Buffer
	err2 := notice.Render(&b, examplePayment(), f, language.English)
	fmt.Println(f, err == nil && err2 == nil && b.String() == s)
	// Output:
	// html true
}

func ExampleFormat_IsValid() {
	fmt.Println(notice.FormatText.IsValid(), notice.FormatUnknown.IsValid())
	// Output:
	// true false
}

func ExampleFormat_String() {
	fmt.Println(notice.FormatText, notice.FormatHTML, notice.FormatJSON, notice.FormatUnknown)
	// Output:
	// text html json %!Format(0)
}

func ExampleFormat_AppendText() {
	b, err := notice.FormatJSON.AppendText([]byte("format="))
	fmt.Println(string(b), err)
	// Output:
	// format=json <nil>
}

func ExampleFormat_MarshalText() {
	b, err := notice.FormatHTML.MarshalText()
	fmt.Println(string(b), err)
	_, err = notice.Format(9).MarshalText()
	fmt.Println(errors.Is(err, notice.ErrInvalidArgument))
	// Output:
	// html <nil>
	// true
}

func ExampleFormat_UnmarshalText() {
	var f notice.Format
	fmt.Println(f.UnmarshalText([]byte("TEXT")), f)
	err := f.UnmarshalText([]byte("pdf"))
	fmt.Println(errors.Is(err, notice.ErrInvalidArgument), f)
	// Output:
	// <nil> text
	// true text
}

// The notices of a case print as one document: one title naming the
// case, and every notice in every language on its own A4 page.
func ExampleRenderAll() {
	s, err := notice.NewSuspension(ebMarkCase(1), ebHeader("SUS-2024-001", "2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := notice.NewDetentionReceipt(ebMarkCase(3), ebHeader("RCT-2024-017", "2024-02-22"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	err = notice.RenderAll(&b, []notice.Notice{s, r}, notice.FormatHTML, language.SimplifiedChinese, language.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := b.String()
	fmt.Println(doc[strings.Index(doc, "<title>")+len("<title>") : strings.Index(doc, "</title>")])
	fmt.Println(strings.Count(doc, `<section class="page"`), "pages")
	// Output:
	// 案件6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11通知书 / Notices of Case 6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11
	// 4 pages
}
