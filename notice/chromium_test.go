//go:build unix

package notice

import (
	"bytes"
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
// One Chromium run per rendering prints a copy of the HTML into which the
// test injects printCheckScript (chromium_helpers_test.go):
//
//	chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage
//	  --disable-quic --no-first-run --no-default-browser-check
//	  --disable-background-networking --disable-component-update
//	  --disable-sync --disable-extensions --hide-scrollbars
//	  --user-data-dir=<new empty dir> --window-size=794,1123
//	  --no-pdf-header-footer --print-to-pdf=<file> file://<copy>
//
// The pages are counted in the PDF (readPDF: the page tree's /Count,
// confirmed by the page objects), the paper is each page's /MediaBox; the
// layout (overflow, and each section's height against the page area as a
// second signal) is measured by the script in print layout and read back
// from the PDF's /Title.
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
	// extraCSS, for a negative control, is a style sheet added to the
	// page to break it (noWrapCSS or tallCSS): the checks must fail on it.
	extraCSS string
}

// printResult is what one print of a rendering gives.
type printResult struct {
	pdf   pdfInfo
	check printCheck
}

func TestPrintA4(t *testing.T) {
	browser := findChromium(t)
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
	}
	bilingual := sets[len(sets)-1]
	for _, n := range testNotices() {
		cases = append(cases, printCase{name: n.Kind().String() + "-unbreakable", n: unbreakable(n), langs: bilingual})
	}
	cases = append(cases, printCase{name: "payment-12-lines-unbreakable", n: unbreakable(paymentFixture(12)), langs: bilingual})
	// Negative controls: the same page with wrapping switched off and a
	// page taller than A4 must fail the checks, or the checks prove
	// nothing.
	cases = append(cases,
		printCase{name: "control-overflow", n: unbreakable(paymentFixture(12)), langs: bilingual, extraCSS: noWrapCSS},
		printCase{name: "control-tall", n: paymentFixture(12), langs: sets[0], extraCSS: tallCSS})

	limit := make(chan struct{}, min(runtime.NumCPU(), 4))
	t.Run("print", func(t *testing.T) {
		for _, c := range cases {
			c := c
			t.Run(c.name+"/"+langNames(c.langs), func(t *testing.T) {
				t.Parallel()
				limit <- struct{}{}
				defer func() { <-limit }()
				page, err := HTML(c.n, c.langs...)
				require.NoError(t, err, "HTML(%s, %s)", c.n.Kind(), langNames(c.langs))
				require.NotContains(t, strings.ToLower(page), "<script", "the product HTML has no scripts")
				if c.extraCSS != "" {
					page = strings.Replace(page, "</head>", "<style>"+c.extraCSS+"</style></head>", 1)
				}
				r := printHTML(t, browser, page)
				switch c.extraCSS {
				case noWrapCSS:
					assert.NotZero(t, r.check.OverflowCount, "overflow check on a page without wrapping found nothing")
				case tallCSS:
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
			c.n.Kind(), langNames(c.langs), r.pdf.Pages, c.pages)
	} else {
		assert.GreaterOrEqual(t, r.pdf.Pages, len(c.langs), "pages")
	}
	if assert.Len(t, r.check.Sections, len(c.langs), "one section.page per language") {
		for i, s := range r.check.Sections {
			assert.Equal(t, c.langs[i].String(), s.Lang, "section %d's lang", i)
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

// noWrapCSS switches the wrapping of long words off, for the negative
// control; tallCSS makes every section taller than an A4 page.
const (
	noWrapCSS = `td, th, p, div, span, dd, dt, li { overflow-wrap: normal !important; word-break: normal !important; white-space: nowrap !important; }`
	tallCSS   = `section.page { min-height: 300mm !important; }`
)

// printHTML prints page to PDF in browser and returns the PDF's pages and
// paper and the check script's findings. If t fails, it keeps the page,
// the PDF and a screenshot of the page in print layout (overflow outlined
// in red) in a directory it names.
func printHTML(t *testing.T, browser, page string) printResult {
	t.Helper()
	dir := t.TempDir()
	pagePath := filepath.Join(dir, "notice.html")
	copyPath := filepath.Join(dir, "notice-check.html")
	pdfPath := filepath.Join(dir, "notice.pdf")
	require.NoError(t, os.WriteFile(pagePath, []byte(page), 0o644))
	require.NoError(t, os.WriteFile(copyPath, []byte(instrument(page)), 0o644))
	t.Cleanup(func() {
		if t.Failed() {
			keepArtefacts(t, browser, dir)
		}
	})
	out, err := runChromium(t, browser, "--no-pdf-header-footer", "--print-to-pdf="+pdfPath, fileURL(copyPath))
	require.NoError(t, err, "%s", lastLines(out, 20))
	data, err := os.ReadFile(pdfPath)
	require.NoError(t, err, "no PDF: %s", lastLines(out, 20))
	var r printResult
	r.pdf, err = readPDF(data)
	require.NoError(t, err, "reading the PDF")
	r.check, err = parsePrintCheck(r.pdf.Title)
	require.NoError(t, err)
	require.Empty(t, r.check.Error, "the check script")
	return r
}

// keepArtefacts copies a failed print's files out of the test's temporary
// directory and adds a screenshot of the page in print layout.
func keepArtefacts(t *testing.T, browser, dir string) {
	keep, err := os.MkdirTemp("", "iprborder-print-")
	if err != nil {
		t.Logf("keeping the files: %v", err)
		return
	}
	for _, name := range []string{"notice.html", "notice-check.html", "notice.pdf"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			_ = os.WriteFile(filepath.Join(keep, name), data, 0o644)
		}
	}
	png := filepath.Join(keep, "notice.png")
	out, err := runChromium(t, browser, "--screenshot="+png, "--window-size=794,2400", fileURL(filepath.Join(keep, "notice-check.html"))+"#keep")
	if err != nil {
		t.Logf("screenshot: %v\n%s", err, lastLines(out, 5))
	}
	t.Logf("the page, its PDF and a screenshot in print layout (overflow in red): %s", keep)
}

// fileURL returns the file: URL of path, escaped (a test's temporary
// directory can hold '#').
func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

func langNames(tags []language.Tag) string {
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
	longWord = strings.Repeat("W", 200)
	longURL  = "https://example.com/" + strings.Repeat("a1b2c3", 40) + "?q=" + strings.Repeat("z", 60)
	longZh   = strings.Repeat("知识产权海关保护条例", MaxText/len("知识产权海关保护条例"))
	longCode = strings.Repeat("W", MaxCode)
)

// unbreakable returns n with its names, addresses and descriptions
// replaced by longWord, longURL and longZh, and its codes by longCode.
func unbreakable(n Notice) Notice {
	head := func(h *Header) {
		h.Number, h.Case = longCode, longCode
		h.Office, h.Contact.Name = longZh, longWord
	}
	party := func(p *Party) {
		p.Name, p.Identifier, p.Address = longWord, longCode, longURL
	}
	goods := func(g *Goods) {
		g.Description, g.Unit = longZh, longWord[:40]
	}
	rightsOf := func(rs []Right) []Right {
		out := make([]Right, len(rs))
		for i, r := range rs {
			r.Number, r.Recordation = longCode, longCode
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
		n.Detention = longCode
		n.Warehouse.Name, n.Warehouse.Address = longZh, longURL
		n.Payee.Name, n.Payee.Bank, n.Payee.Account = longWord, longZh, longCode
		n.Lines = append([]Line(nil), n.Lines...)
		for i := range n.Lines {
			n.Lines[i].Description = [...]string{longWord, longURL, longZh}[i%3]
			n.Lines[i].Unit = longWord[:40]
		}
		return n
	case Suspension:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Port = longZh
		return n
	case DetentionReceipt:
		head(&n.Header)
		party(&n.Holder)
		party(&n.Consignee)
		goods(&n.Goods)
		n.Rights = rightsOf(n.Rights)
		n.Port = longZh
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
		n.Decision = longCode
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

// pdfOf writes a PDF the way Skia does (numbered objects, a classic
// cross-reference table, a trailer naming the catalog and the document
// information) from the text of its objects, numbered from 1.
func pdfOf(objects ...string) []byte {
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
		title   string
		wantErr string
	}{
		{"two pages, literal title", pdfOf(catalog, `<</Title (PRINTCHECK {"a":"\\u4e2d \(x\)"})>>`, tree2, page, page, content),
			2, `PRINTCHECK {"a":"\u4e2d (x)"}`, ""},
		{"UTF-16 title", pdfOf(catalog, "<</Title <FEFF7F348D39901A77E54E66>\n/Producer (Skia/PDF m156)>>", tree2, page, page, content),
			2, "缴费通知书", ""},
		{"octal escapes and a line continuation", pdfOf(catalog, "<</Title (\\101B\\\nC\\061)>>", tree2, page, page, content),
			2, "ABC1", ""},
		{"no title", pdfOf(catalog, "<</Producer (Skia/PDF m156)>>", tree2, page, page, content), 2, "", ""},
		{"count disagrees with the pages", pdfOf(catalog, "<<>>", "<</Type /Pages\n/Count 3>>", page, page, content),
			0, "", "/Count is 3 but there are 2 page objects"},
		{"object stream", pdfOf(catalog, "<<>>", tree2, page, page, "<</Type /ObjStm\n/N 2>> stream\nx\nendstream"),
			0, "", "object stream"},
		{"no page tree", pdfOf("<</Type /Catalog>>", "<<>>"), 0, "", "no /Pages reference"},
		{"not a PDF", []byte("<html>"), 0, "", "not a PDF"},
		{"no cross-reference table", []byte("%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF"), 0, "", "no classic cross-reference table"},
		{"offset off by one", bytes.Replace(pdfOf(catalog, "<<>>", tree2, page, page, content), []byte("0000000015 00000 n"), []byte("0000000016 00000 n"), 1),
			0, "", "object 1 0 is not at offset 16"},
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
			assert.Equal(t, tt.title, info.Title, "title")
			assert.Equal(t, [][4]float64{{0, 0, 594.95996, 841.91998}, {0, 0, 594.95996, 841.91998}}, info.MediaBoxes)
		})
	}
}

func TestParsePrintCheck(t *testing.T) {
	c, err := parsePrintCheck(`PRINTCHECK {"v":1,"cw":680.3,"ch":1009.1,"sections":[{"lang":"en","height":900}],"overflowCount":2,"overflow":[{"el":"td","why":"w","left":1,"right":700}]}`)
	require.NoError(t, err)
	assert.Equal(t, 680.3, c.Width)
	assert.Equal(t, 2, c.OverflowCount)
	require.Len(t, c.Sections, 1)
	assert.Equal(t, "en", c.Sections[0].Lang)
	for _, title := range []string{"缴费通知书", `PRINTCHECK {"v":1,"overflow":[{"el":"td"`, `PRINTCHECK {"v":2}`} {
		_, err := parsePrintCheck(title)
		assert.Error(t, err, "parsePrintCheck(%q)", title)
	}
}

func TestInstrument(t *testing.T) {
	script := "<script>" + printCheckScript + "</script>"
	assert.Equal(t, "<html><body><p>x</p>"+script+"</BODY></html>", instrument("<html><body><p>x</p></BODY></html>"))
	assert.Equal(t, "<p>x</p>"+script, instrument("<p>x</p>"))
}
