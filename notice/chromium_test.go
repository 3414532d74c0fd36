//go:build unix

package notice

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The print check: the printable HTML of every notice, printed to PDF by a
// real browser (headless Chromium), comes out as one A4 page per language
// with nothing wider than the page. The payment notice must fit one page
// with a bill of 12 lines; text that cannot be broken at a space (a long
// name, a URL, Chinese) must wrap inside the page.
//
// One Chromium serves the whole test, started as
//
//	chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage
//	  --disable-quic --no-first-run --no-default-browser-check
//	  --disable-background-networking --disable-component-update
//	  --disable-sync --disable-extensions --hide-scrollbars
//	  --user-data-dir=<new empty dir> --window-size=794,1123
//	  --remote-debugging-pipe
//
// and driven through the DevTools protocol (chromium_helpers_test.go):
// each rendering is written to a file, loaded in a tab of its own, and
// printed with Page.printToPDF {preferCSSPageSize: true,
// displayHeaderFooter: false}, which lays it out exactly as
// `chromium --headless --no-pdf-header-footer --print-to-pdf` does (the
// same words at the same places, compared with pdftotext -bbox), in a
// third of the time: the 34 pages of this test take 13 s to 20 s of a
// loaded 2-core machine in one browser, 42 s to 50 s in a browser each.
//
// The pages are counted in the PDF (readPDF: the page tree's /Count,
// confirmed by the page objects found through the cross-reference table);
// the paper is each page's /MediaBox. The layout is measured by
// printCheckScript under emulated print media (Emulation.setEmulatedMedia)
// with the page laid out at the width of the page area: overflow, and each
// section's height against the page area as a second signal of "fits one
// page". Negative controls (wrapping switched off; a page taller than A4)
// prove that the checks can fail.
//
// Without Chromium, or without a CJK font of the HTML's font stack, the
// test is skipped, unless IPRBORDER_REQUIRE_CHROMIUM=1 (set by .ci/run):
// then it fails.

// printCase is one rendering to print.
type printCase struct {
	name  string
	n     Notice
	langs []language.Tag
	// pages is the number of pages the PDF must have, or 0 for "at least
	// one per language": absurd content may need more pages, but never
	// more width.
	pages int
	// all, if set, are the notices printed together by RenderAll, in
	// place of n.
	all []Notice
	// extraCSS, for a negative control, is a style sheet added to the
	// page to break it (printNoWrapCSS or printTallCSS): the checks must
	// fail on it.
	extraCSS string
}

// printResult is what one print of a rendering gives.
type printResult struct {
	pdf   pdfInfo
	check printCheck
}

func TestPrintA4(t *testing.T) {
	b := startChromium(t, findChromium(t))
	langs := Languages()
	require.NotEmpty(t, langs)
	sets := make([][]language.Tag, 0, len(langs)+1)
	for _, l := range langs {
		sets = append(sets, []language.Tag{l})
	}
	if len(langs) >= 2 {
		sets = append(sets, langs[:2]) // Bilingual: the primary language first.
	}
	var cases []printCase
	for _, n := range testNotices() {
		for _, s := range sets {
			cases = append(cases, printCase{name: n.Kind().String(), n: n, langs: s, pages: len(s)})
		}
	}
	// The issue's own case: a bill of 12 lines fits one page per language.
	for _, s := range sets {
		cases = append(cases, printCase{name: "payment-12-lines", n: paymentFixture(12), langs: s, pages: len(s)})
		// And one whose every line says how its amount is computed.
		cases = append(cases, printCase{name: "payment-12-lines-methods", n: mtPayment12(t), langs: s, pages: len(s)})
	}
	bilingual := sets[len(sets)-1]
	// Every notice of a case in one document: each starts its own page.
	all := append(testNotices(), paymentFixture(12))
	cases = append(cases, printCase{name: "render-all", n: all[0], all: all, langs: bilingual, pages: len(all) * len(bilingual)})
	for _, n := range testNotices() {
		cases = append(cases, printCase{name: n.Kind().String() + "-unbreakable", n: unbreakable(n), langs: bilingual})
	}
	cases = append(cases, printCase{name: "payment-12-lines-unbreakable", n: unbreakable(paymentFixture(12)), langs: bilingual})
	// Negative controls: the same page with wrapping switched off and a
	// page taller than A4 must fail the checks, or the checks prove
	// nothing.
	cases = append(cases,
		printCase{name: "control-overflow", n: unbreakable(paymentFixture(12)), langs: bilingual, extraCSS: printNoWrapCSS},
		printCase{name: "control-tall", n: paymentFixture(12), langs: sets[0], extraCSS: printTallCSS})

	limit := make(chan struct{}, min(runtime.NumCPU(), 4))
	t.Run("print", func(t *testing.T) {
		for _, c := range cases {
			c := c
			t.Run(c.name+"/"+printLangs(c.langs), func(t *testing.T) {
				t.Parallel()
				limit <- struct{}{}
				defer func() { <-limit }()
				page, err := HTML(c.n, c.langs...)
				if c.all != nil {
					var b strings.Builder
					err = RenderAll(&b, c.all, FormatHTML, c.langs...)
					page = b.String()
				}
				require.NoError(t, err, "HTML(%s, %s)", c.n.Kind(), printLangs(c.langs))
				require.NotContains(t, strings.ToLower(page), "<script", "the product HTML has no scripts")
				if c.extraCSS != "" {
					page = strings.Replace(page, "</head>", "<style>"+c.extraCSS+"</style></head>", 1)
				}
				r := printPage(t, b, page)
				switch c.extraCSS {
				case printNoWrapCSS:
					assert.NotZero(t, r.check.OverflowCount, "overflow check on a page without wrapping found nothing")
				case printTallCSS:
					assert.Greater(t, r.pdf.Pages, len(c.langs), "a page taller than A4 printed on %d page(s)", r.pdf.Pages)
					for _, s := range r.check.Sections {
						assert.Greater(t, s.Height, r.check.Height, "section %s of a page taller than A4", s.Lang)
					}
				default:
					checkPrint(t, c, r)
				}
			})
		}
	})
}

// checkPrint asserts what every printed notice must be.
func checkPrint(t *testing.T, c printCase, r printResult) {
	t.Helper()
	for _, b := range r.pdf.MediaBoxes {
		w, h := b[2]-b[0], b[3]-b[1]
		assert.Truef(t, math.Abs(w-a4Width) <= 1 && math.Abs(h-a4Height) <= 1,
			"/MediaBox %v: %.2f x %.2f pt, want A4 %.2f x %.2f pt", b, w, h, a4Width, a4Height)
	}
	if c.pages > 0 {
		assert.Equalf(t, c.pages, r.pdf.Pages, "%s %s printed on %d A4 page(s); want %d, one per language",
			c.n.Kind(), printLangs(c.langs), r.pdf.Pages, c.pages)
	} else {
		assert.GreaterOrEqual(t, r.pdf.Pages, len(c.langs), "pages")
	}
	notices := 1
	if c.all != nil {
		notices = len(c.all)
	}
	if assert.Len(t, r.check.Sections, notices*len(c.langs), "one section.page per notice and language") {
		for i, s := range r.check.Sections {
			assert.Equal(t, c.langs[i%len(c.langs)].String(), s.Lang, "section %d's lang", i)
			if c.pages > 0 {
				assert.LessOrEqualf(t, s.Height, r.check.Height+0.5,
					"section %s is %.0f px high, %.0f px more than the page area (%.0f px, A4 less the @page margins)",
					s.Lang, s.Height, s.Height-r.check.Height, r.check.Height)
			}
		}
	}
	if r.check.OverflowCount > 0 {
		var b strings.Builder
		for _, o := range r.check.Overflow {
			fmt.Fprintf(&b, "\n\t%s: %s, x %.1f..%.1f px", o.El, o.Why, o.Left, o.Right)
		}
		t.Errorf("%d element(s) overflow the page area of %.1f px (the first %d):%s",
			r.check.OverflowCount, r.check.Width, len(r.check.Overflow), b.String())
	}
}

// printNoWrapCSS switches the wrapping of long words off, for the negative
// control; printTallCSS makes every section taller than an A4 page.
const (
	printNoWrapCSS = `td, th, p, div, span, dd, dt, li { overflow-wrap: normal !important; word-break: normal !important; white-space: nowrap !important; }`
	printTallCSS   = `section.page { min-height: 300mm !important; }`
)

// printPage prints page to PDF in b and returns the PDF's pages and paper
// and the check script's findings. If t fails, it keeps the page, the PDF
// and a screenshot of the page in print layout (overflow outlined in red)
// in a directory it names.
func printPage(t *testing.T, b *chromium, page string) printResult {
	t.Helper()
	dir := t.TempDir()
	pagePath := filepath.Join(dir, "notice.html")
	require.NoError(t, os.WriteFile(pagePath, []byte(page), 0o644))
	t.Cleanup(func() {
		if t.Failed() {
			keepPrintArtefacts(t, b, dir)
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), pageTimeout)
	defer cancel()
	tb, err := b.open(ctx)
	require.NoError(t, err, "chromium's output:\n%s", b.output())
	defer tb.close()
	require.NoError(t, tb.load(ctx, printFileURL(pagePath)))
	data, err := tb.printPDF(ctx)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notice.pdf"), data, 0o644))
	var r printResult
	r.pdf, err = readPDF(data)
	require.NoError(t, err, "reading the PDF")
	r.check, err = tb.measure(ctx, false)
	require.NoError(t, err)
	require.Empty(t, r.check.Error, "the check script")
	return r
}

// keepPrintArtefacts copies a failed print's files out of the test's
// temporary directory and adds a screenshot of the page in print layout.
func keepPrintArtefacts(t *testing.T, b *chromium, dir string) {
	keep, err := os.MkdirTemp("", "iprborder-print-")
	if err != nil {
		t.Logf("keeping the files: %v", err)
		return
	}
	for _, name := range []string{"notice.html", "notice.pdf"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			_ = os.WriteFile(filepath.Join(keep, name), data, 0o644)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), pageTimeout)
	defer cancel()
	shot := func() error {
		tb, err := b.open(ctx)
		if err != nil {
			return err
		}
		defer tb.close()
		if err := tb.load(ctx, printFileURL(filepath.Join(keep, "notice.html"))); err != nil {
			return err
		}
		if _, err := tb.measure(ctx, true); err != nil {
			return err
		}
		png, err := tb.screenshot(ctx)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(keep, "notice.png"), png, 0o644)
	}
	if err := shot(); err != nil {
		t.Logf("screenshot: %v", err)
	}
	t.Logf("the page, its PDF and a screenshot in print layout (page area in blue, overflow in red): %s", keep)
}

// printFileURL returns the file: URL of path, escaped (a test's temporary
// directory can hold '#').
func printFileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// printLangs names a rendering's languages: "zh-Hans+en".
func printLangs(tags []language.Tag) string {
	names := make([]string, len(tags))
	for i, tag := range tags {
		names[i] = tag.String()
	}
	return strings.Join(names, "+")
}

// Text no browser can break at a space: a 200-letter word, a long URL,
// and Chinese (which breaks anywhere, but must still wrap), each within
// the field limits.
var (
	unbreakableWord = strings.Repeat("W", 200)
	unbreakableURL  = "https://example.com/" + strings.Repeat("a1b2c3", 40) + "?q=" + strings.Repeat("z", 60)
	unbreakableZh   = strings.Repeat("知识产权海关保护条例", MaxText/len("知识产权海关保护条例"))
	unbreakableCode = strings.Repeat("W", MaxCode)
)

// unbreakable returns n with its names, addresses and descriptions
// replaced by unbreakableWord, unbreakableURL and unbreakableZh, and its
// numbers by unbreakableCode.
func unbreakable(n Notice) Notice {
	head := func(h *Header) {
		h.Number, h.Case = unbreakableCode, unbreakableCode
		h.Office, h.Contact.Name = unbreakableZh, unbreakableWord
	}
	party := func(p *Party) {
		p.Name, p.Identifier, p.Address = unbreakableWord, unbreakableCode, unbreakableURL
	}
	goods := func(g *Goods) {
		g.Description, g.Unit = unbreakableZh, unbreakableWord[:40]
	}
	rightsOf := func(rs []Right) []Right {
		out := make([]Right, len(rs))
		for i, r := range rs {
			r.Number, r.Recordation = unbreakableCode, unbreakableCode
			out[i] = r
		}
		return out
	}
	switch n := n.(type) {
	case Payment:
		head(&n.Header)
		party(&n.Payer)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Detention = unbreakableCode
		n.Warehouse.Name, n.Warehouse.Address = unbreakableZh, unbreakableURL
		n.Payee.Name, n.Payee.Bank, n.Payee.Account = unbreakableWord, unbreakableZh, unbreakableCode
		n.Lines = append([]Line(nil), n.Lines...)
		for i := range n.Lines {
			n.Lines[i].Description = [...]string{unbreakableWord, unbreakableURL, unbreakableZh}[i%3]
			n.Lines[i].Unit = unbreakableWord[:40]
		}
		return n
	case Suspension:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Port = unbreakableZh
		return n
	case DetentionReceipt:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Port = unbreakableZh
		return n
	case InvestigationResult:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		return n
	case Release:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		return n
	case Confiscation:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Decision = unbreakableCode
		return n
	case CounterGuarantee:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		return n
	}
	panic(fmt.Sprintf("unbreakable: a notice of kind %s", n.Kind()))
}

// testPDF writes a PDF the way Skia does (numbered objects, a classic
// cross-reference table, a trailer naming the catalog and the document
// information) from the text of its objects, numbered from 1.
func testPDF(objects ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d\n/Root 1 0 R\n/Info 2 0 R>>\nstartxref\n%d\n%%%%EOF", len(objects)+1, xref)
	return []byte(b.String())
}

func TestReadPDF(t *testing.T) {
	const (
		catalog = "<</Type /Catalog\n/Pages 3 0 R>>"
		tree2   = "<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]>>"
		page    = "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 594.95996 841.91998]\n/Contents 6 0 R>>"
		content = "<</Filter /FlateDecode\n/Length 24>> stream\n/Type /Page 1 0 obj xx\nendstream"
	)
	tests := []struct {
		name    string
		pdf     []byte
		pages   int
		wantErr string
	}{
		{"two pages", testPDF(catalog, "<</Title <FEFF7F348D39901A77E54E66>\n/Producer (Skia/PDF m156)>>", tree2, page, page, content), 2, ""},
		{"one page", testPDF(catalog, "<<>>", "<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>", page, content), 1, ""},
		{"count disagrees with the pages", testPDF(catalog, "<<>>", "<</Type /Pages\n/Count 3>>", page, page, content),
			0, "/Count is 3 but there are 2 page objects"},
		{"object stream", testPDF(catalog, "<<>>", tree2, page, page, "<</Type /ObjStm\n/N 2>> stream\nx\nendstream"),
			0, "object stream"},
		{"no page tree", testPDF("<</Type /Catalog>>", "<<>>"), 0, "no /Pages reference"},
		{"not a PDF", []byte("<html>"), 0, "not a PDF"},
		{"no cross-reference table", []byte("%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF"), 0, "no classic cross-reference table"},
		{"offset off by one", bytes.Replace(testPDF(catalog, "<<>>", tree2, page, page, content), []byte("0000000015 00000 n"), []byte("0000000016 00000 n"), 1),
			0, "object 1 0 is not at offset 16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, err := readPDF(tt.pdf)
			if tt.wantErr != "" {
				require.Error(t, err, "readPDF(%q)", tt.pdf)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err, "readPDF(%q)", tt.pdf)
			assert.Equal(t, tt.pages, info.Pages, "pages")
			require.Len(t, info.MediaBoxes, tt.pages, "media boxes")
			for _, box := range info.MediaBoxes {
				assert.Equal(t, [4]float64{0, 0, 594.95996, 841.91998}, box)
			}
		})
	}
}
