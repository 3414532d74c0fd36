package notice

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzRender puts fuzzed text into every string field a notice shows and
// renders it. Whatever the validation lets through, rendering must not
// panic; an error must match a sentinel; the HTML must hold no markup from
// the data, and the text no control character.
func FuzzRender(f *testing.F) {
	f.Add(uint8(0), "ACME Sportswear Co., Ltd.", "运动鞋（ACME）", "沪浦关知缴〔2026〕12号")
	f.Add(uint8(1), scriptName, imgName, `</title><script>`)
	f.Add(uint8(2), "a\nb\r\x00\x1b[2J", "\u202eevil\u2028", "\xff\xfe")
	f.Add(uint8(3), strings.Repeat("很长的名称", 120), strings.Repeat("word ", 100), strings.Repeat("9", 64))
	f.Add(uint8(4), "", "", "")
	f.Add(uint8(5), " leading", "trailing ", "%[1]s %!v %d")
	f.Add(uint8(6), "<SCRIPT>", "<ScRiPt src=x>", "&lt;script&gt;")
	f.Add(uint8(16+9), "a\tb", "\u200b\u2066x", "line\nbreak") // Text, in English.
	f.Add(uint8(7), "ACME", "销毁", "FEE-1")                     // The lines of every method, HTML.
	f.Add(uint8(16+8+7), "ACME", "destruction", "FEE-1")       // The lines of every method, text in English.
	mt := mtPayment(f)
	f.Fuzz(func(t *testing.T, k uint8, name, text, code string) {
		notices := append(testNotices(), mt)
		n := withText(notices[int(k)%len(notices)], name, text, code)
		lang := []language.Tag{zhHans, enTag}[k/8%2]
		// One format per input, chosen by k, keeps each run fast.
		if k/16%2 == 0 {
			html, err := HTML(n, lang)
			if err != nil {
				if !errors.Is(err, ErrInvalidNotice) && !errors.Is(err, ErrInvalidArgument) {
					t.Fatalf("HTML error %v matches no sentinel it may", err)
				}
				return
			}
			if strings.Contains(strings.ToLower(html), "<script") {
				t.Fatalf("HTML contains <script:\n%s", html)
			}
			return
		}
		s, err := Text(n, lang)
		if err != nil {
			if !errors.Is(err, ErrInvalidNotice) && !errors.Is(err, ErrInvalidArgument) {
				t.Fatalf("Text error %v matches no sentinel it may", err)
			}
			return
		}
		for _, r := range s {
			if r < ' ' && r != '\n' || r == 0x7f || r == '\u202e' || r == '\u2028' {
				t.Fatalf("text contains %U", r)
			}
		}
	})
}

// withText returns n with name in its parties' names, text in its free text
// fields and code in its identifiers.
func withText(n Notice, name, text, code string) Notice {
	p := Party{Name: name, Identifier: code, Address: text}
	g := Goods{Description: text, Quantity: fxDec("1"), Unit: name}
	h := fxHeader(code, "2026-04-01")
	h.Office, h.Contact.Name, h.Contact.Email = name, name, code
	switch n := n.(type) {
	case Payment:
		n.Header, n.Payer, n.Goods, n.Detention = h, p, g, code
		n.Warehouse = Warehouse{Name: name, Address: text}
		n.Payee = Payee{Name: name, Bank: text, Account: code}
		n.Rights = []Right{{Type: fxTrademark.Type, Number: code, Recordation: code}}
		for i := range n.Lines {
			n.Lines[i].Description, n.Lines[i].Unit = text, code
		}
		return n
	case Suspension:
		n.Header, n.Holder, n.Consignee, n.Goods, n.Port = h, p, p, g, text
		return n
	case DetentionReceipt:
		n.Header, n.Holder, n.Consignee, n.Goods, n.Port = h, p, p, g, text
		return n
	case InvestigationResult:
		n.Header, n.Holder, n.Consignee, n.Goods = h, p, p, g
		return n
	case Release:
		n.Header, n.Holder, n.Consignee, n.Goods = h, p, p, g
		return n
	case Confiscation:
		n.Header, n.Holder, n.Consignee, n.Goods, n.Decision = h, p, p, g, code
		return n
	case CounterGuarantee:
		n.Header, n.Holder, n.Consignee, n.Goods = h, p, p, g
		return n
	}
	return n
}
