//go:build unix

package notice

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
)

// The machinery of the print check in chromium_test.go: finding and
// running a headless Chromium, the script the check injects into a copy of
// the page, and a reader for the little of a PDF the check needs.

// requireChromiumEnv, set to 1 (as .ci/run does), turns a missing browser
// or CJK font into a failure instead of a skip, so that CI can never skip
// the print check silently.
const requireChromiumEnv = "IPRBORDER_REQUIRE_CHROMIUM"

// browserNames are the names the check looks for on PATH, in order:
// Debian's package, older Debian and Ubuntu, Google's build.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome"}

// cjkFamilies are the CJK fonts of the HTML's font stack. Without one of
// them Chinese is drawn with a fallback whose metrics prove nothing.
var cjkFamilies = []string{"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}

// A4 in PDF points (1/72 in): 210 mm x 297 mm.
const a4Width, a4Height = 595.28, 841.89

// runTimeout bounds one Chromium run; a healthy run takes about a second.
const runTimeout = 60 * time.Second

// findChromium returns the browser to print with, or skips t (fails it
// under IPRBORDER_REQUIRE_CHROMIUM=1) when there is none, or no CJK font.
func findChromium(t *testing.T) string {
	t.Helper()
	required := os.Getenv(requireChromiumEnv) == "1"
	missing := func(msg string) {
		t.Helper()
		if required {
			t.Fatalf("%s (%s=1)", msg, requireChromiumEnv)
		}
		t.Skip(msg)
	}
	var browser string
	for _, name := range browserNames {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		missing("chromium not found: install Debian's chromium package to run the print check; CI runs it")
	}
	// fc-list comes with fontconfig, which Chromium on Linux needs; where
	// there is none (macOS) the browser's own fonts are trusted.
	if fc, err := exec.LookPath("fc-list"); err == nil {
		out, err := exec.Command(fc, ":lang=zh-cn", "family").Output()
		if err != nil {
			t.Fatalf("fc-list: %v", err)
		}
		found := false
		for _, f := range cjkFamilies {
			found = found || bytes.Contains(out, []byte(f))
		}
		if !found {
			missing("no CJK font of the HTML's font stack (" + strings.Join(cjkFamilies, ", ") +
				"): install Debian's fonts-wqy-microhei to run the print check; CI runs it")
		}
	}
	return browser
}

// chromiumFlags are the flags of every run: headless as root in a
// container with a closed network (no sandbox, no GPU, no background
// connections), a new empty profile, and a window of A4's width at 96 dpi.
func chromiumFlags(profile string) []string {
	return []string{
		"--headless",
		"--no-sandbox",
		"--disable-gpu",
		"--disable-dev-shm-usage",
		"--disable-quic",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-extensions",
		"--hide-scrollbars",
		"--user-data-dir=" + profile,
		"--window-size=794,1123",
	}
}

// runChromium runs browser with args after chromiumFlags, in a fresh
// profile, and returns what it printed. It ends the browser and every
// helper process it started (they share its process group) when it
// returns, and after runTimeout at the latest.
func runChromium(t *testing.T, browser string, args ...string) ([]byte, error) {
	t.Helper()
	home := t.TempDir() // The profile and anything Chromium keeps in $HOME.
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, append(chromiumFlags(filepath.Join(home, "profile")), args...)...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	// The output goes to a file, not a pipe: Chromium's helper processes
	// inherit it, and Wait would wait for them to close a pipe.
	log, err := os.Create(filepath.Join(home, "chromium.log"))
	if err != nil {
		return nil, err
	}
	defer log.Close()
	cmd.Stdout, cmd.Stderr = log, log
	err = cmd.Run()
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // Helpers left behind, if any.
	}
	if ctx.Err() != nil {
		err = fmt.Errorf("%s timed out after %v: %w", filepath.Base(browser), runTimeout, ctx.Err())
	}
	out, _ := os.ReadFile(log.Name())
	return out, err
}

// lastLines returns the end of a browser's output for a failure message.
func lastLines(out []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// printCheckMarker starts the document title the check script leaves.
const printCheckMarker = "PRINTCHECK "

// printCheckScript is the script the check injects into a copy of the
// page (the product HTML has none). On load, it lays the page out as
// printed, measures it and restores it, so that the PDF printed next is
// that of the page as served:
//
//   - print media: every media list of the style sheets has "print" and
//     "screen" swapped, so that print rules apply and screen rules do not;
//   - the page area: its width and height are those of A4 less the margins
//     of the page's @page rule, and the root element is laid out at that
//     width, as the printed page is;
//   - overflow: every element of every section.page must lie within its
//     section, and the section within the page area (getBoundingClientRect),
//     no element may hold content wider than its box (scrollWidth >
//     clientWidth: a long word that overflows a table cell, or is clipped),
//     and no text may reach outside the section (the client rects of each
//     text node);
//   - height: each section's height, for a second signal of "fits one
//     page" beside the PDF's page count.
//
// It writes its findings as JSON into the document title, which Chromium
// writes into the PDF's document information (/Title), and reports the
// innermost overflowing elements only, as many as fit in the 4096
// characters of a title that Chromium keeps: one run of the browser gives
// both the PDF and the layout. With "#keep" on the URL it leaves the page
// in print layout, outlines the page area in blue and what overflows in
// red, for a screenshot.
const printCheckScript = `
window.addEventListener('load', function () {
  var out = {v: 1, sections: [], overflow: [], overflowCount: 0};
  var keep = location.hash === '#keep';
  var html = document.documentElement;
  var swapped = [];
  var swap = function (t) {
    return t.replace(/\b(print|screen)\b/g, function (m) { return m === 'print' ? 'screen' : 'print'; });
  };
  var px = function (v) { return parseFloat(v) || 0; };
  var pages = [];
  var walk = function (rules) {
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i];
      if (r instanceof CSSPageRule) pages.push(r);
      if (r instanceof CSSMediaRule) { swapped.push([r.media, r.media.mediaText]); r.media.mediaText = swap(r.media.mediaText); }
      if (r.cssRules) walk(r.cssRules);
    }
  };
  try {
    for (var i = 0; i < document.styleSheets.length; i++) {
      var sh = document.styleSheets[i];
      if (sh.media.mediaText) { swapped.push([sh.media, sh.media.mediaText]); sh.media.mediaText = swap(sh.media.mediaText); }
      walk(sh.cssRules);
    }
    var page = pages.filter(function (p) { return p.selectorText === ''; })[0];
    if (!page) throw new Error('the page has no @page rule');
    var len = function (v, what) {
      if (!v) throw new Error('the @page rule sets no ' + what);
      var d = document.createElement('div');
      d.style.cssText = 'position:absolute;visibility:hidden;padding:0;border:0;width:' + v;
      document.body.appendChild(d);
      var w = d.getBoundingClientRect().width;
      d.remove();
      return w;
    };
    var ps = page.style, mm = len('100mm', 'length') / 100;
    out.cw = 210 * mm - len(ps.getPropertyValue('margin-left'), 'margin-left') - len(ps.getPropertyValue('margin-right'), 'margin-right');
    out.ch = 297 * mm - len(ps.getPropertyValue('margin-top'), 'margin-top') - len(ps.getPropertyValue('margin-bottom'), 'margin-bottom');
    var cs = getComputedStyle(html);
    var w = out.cw - px(cs.marginLeft) - px(cs.marginRight);
    if (cs.boxSizing !== 'border-box') w -= px(cs.paddingLeft) + px(cs.paddingRight) + px(cs.borderLeftWidth) + px(cs.borderRightWidth);
    html.style.setProperty('width', w + 'px', 'important');
    if (keep) html.style.outline = '1px dashed blue'; // The page area.
    var left = html.getBoundingClientRect().left - px(cs.marginLeft), right = left + out.cw, tol = 0.5;
    var tag = function (e) {
      return e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
    };
    var name = function (e) {
      var n = e.nodeType === 3 ? 'text in ' + tag(e.parentElement) : tag(e);
      var t = (e.textContent || '').replace(/\s+/g, ' ').trim();
      return n + (t ? ' "' + t.slice(0, 30) + '"' : '');
    };
    var found = [];
    var bad = function (e, why, r) {
      found.push({node: e, why: why, left: r.left - left, right: r.right - left});
      out.overflowCount++;
      if (keep) (e.style ? e : e.parentElement).style.outline = '2px solid red';
    };
    var secs = document.querySelectorAll('section.page');
    if (!secs.length) throw new Error('the page has no section.page');
    secs.forEach(function (s) {
      var sr = s.getBoundingClientRect();
      out.sections.push({lang: s.lang, left: sr.left - left, right: sr.right - left, height: sr.height, scrollWidth: s.scrollWidth, clientWidth: s.clientWidth});
      if (sr.left < left - tol || sr.right > right + tol) bad(s, 'section outside the page area', sr);
      if (s.scrollWidth > s.clientWidth + 1) bad(s, 'section: scrollWidth ' + s.scrollWidth + ' > clientWidth ' + s.clientWidth, sr);
      var lo = Math.max(sr.left, left) - tol, hi = Math.min(sr.right, right) + tol;
      s.querySelectorAll('*').forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return;
        if (r.left < lo || r.right > hi) bad(e, 'box beyond the section', r);
        if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) bad(e, 'scrollWidth ' + e.scrollWidth + ' > clientWidth ' + e.clientWidth, r);
      });
      var it = document.createNodeIterator(s, NodeFilter.SHOW_TEXT), n, rg = document.createRange();
      while ((n = it.nextNode())) {
        rg.selectNodeContents(n);
        var rs = rg.getClientRects();
        for (var k = 0; k < rs.length; k++) {
          if (rs[k].width > 0 && (rs[k].left < lo || rs[k].right > hi)) { bad(n, 'text beyond the section', rs[k]); break; }
        }
      }
    });
    // Report the innermost: what overflows, not every box around it.
    found = found.slice(0, 2000);
    found.forEach(function (f) {
      if (found.some(function (g) { return g.node !== f.node && f.node.contains(g.node); })) return;
      out.overflow.push({el: name(f.node), why: f.why, left: f.left, right: f.right});
    });
  } catch (e) {
    out.error = String(e && e.message || e);
  } finally {
    if (!keep) {
      html.style.removeProperty('width');
      swapped.forEach(function (m) { m[0].mediaText = m[1]; });
    }
  }
  // Chromium keeps the first 4096 characters of a title.
  while (JSON.stringify(out).length > 4000 && out.overflow.length) out.overflow.pop();
  document.title = '` + printCheckMarker + `' + JSON.stringify(out);
});
`

// printCheck is what printCheckScript found. Lengths are CSS pixels
// (1/96 in), x positions from the left edge of the page area.
type printCheck struct {
	V        int     `json:"v"`
	Width    float64 `json:"cw"` // The page area: A4 less the @page margins.
	Height   float64 `json:"ch"`
	Sections []struct {
		Lang        string  `json:"lang"`
		Left        float64 `json:"left"`
		Right       float64 `json:"right"`
		Height      float64 `json:"height"`
		ScrollWidth int     `json:"scrollWidth"`
		ClientWidth int     `json:"clientWidth"`
	} `json:"sections"`
	// Overflow lists the innermost of the OverflowCount overflowing
	// elements, as many as fit in a title.
	Overflow []struct {
		El    string  `json:"el"`
		Why   string  `json:"why"`
		Left  float64 `json:"left"`
		Right float64 `json:"right"`
	} `json:"overflow"`
	OverflowCount int    `json:"overflowCount"`
	Error         string `json:"error"`
}

// instrument returns page with printCheckScript before its </body>.
func instrument(page string) string {
	script := "<script>" + printCheckScript + "</script>"
	if i := strings.LastIndex(strings.ToLower(page), "</body>"); i >= 0 {
		return page[:i] + script + page[i:]
	}
	return page + script
}

// parsePrintCheck reads printCheckScript's findings from a PDF's title.
func parsePrintCheck(title string) (printCheck, error) {
	var c printCheck
	data, ok := strings.CutPrefix(title, printCheckMarker)
	if !ok {
		return c, fmt.Errorf("the PDF's title %q holds no result of the check script: did it run?", title)
	}
	if err := json.Unmarshal([]byte(data), &c); err != nil {
		return c, fmt.Errorf("the check script's result %q: %w", data, err)
	}
	if c.V != 1 {
		return c, fmt.Errorf("the check script's result %q has no version 1", data)
	}
	return c, nil
}

// pdfInfo is what the check reads from a PDF.
type pdfInfo struct {
	Pages      int          // The page tree's /Count, which the page objects confirm.
	MediaBoxes [][4]float64 // Every /MediaBox, [llx lly urx ury] in points.
	Title      string       // The document information's /Title, decoded.
}

var (
	pdfStartXRef  = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	pdfSubsection = regexp.MustCompile(`^(\d+) (\d+)\s*$`)
	pdfXRefEntry  = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf])\s*$`)
	pdfPageType   = regexp.MustCompile(`/Type\s*/Page(?:[\s/<>\[\]()%{}]|$)`)
	pdfMediaBox   = regexp.MustCompile(`/MediaBox\s*\[\s*([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s*\]`)
	pdfRootRef    = pdfRef("Root")
	pdfInfoRef    = pdfRef("Info")
	pdfPagesRef   = pdfRef("Pages")
	pdfCount      = regexp.MustCompile(`/Count\s+(\d+)`)
	pdfTitle      = regexp.MustCompile(`/Title\s*[(<]`)
)

func pdfRef(key string) *regexp.Regexp {
	return regexp.MustCompile(`/` + key + `\s+(\d+)\s+(\d+)\s+R\b`)
}

// readPDF reads the page count, the media boxes and the title of a PDF as
// Chromium's Skia back end writes it: PDF 1.4, one classic
// cross-reference table, every dictionary in plain text (only content
// streams and fonts are compressed). It finds each object through the
// cross-reference table, so that no byte of a compressed stream is read
// as PDF syntax. It counts the pages twice, by the /Count of the page tree
// the catalog names and by the objects of /Type /Page, and refuses a PDF
// on which the two disagree, or one it cannot read this way (a
// cross-reference stream, objects in object streams, an incremental
// update), rather than guess.
func readPDF(data []byte) (pdfInfo, error) {
	var info pdfInfo
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return info, errors.New("not a PDF: no %PDF- header")
	}
	m := pdfStartXRef.FindSubmatch(data)
	if m == nil {
		return info, errors.New("no startxref at the end of the PDF")
	}
	at, err := strconv.Atoi(string(m[1]))
	if err != nil || at >= len(data) {
		return info, fmt.Errorf("startxref %s is outside the PDF", m[1])
	}
	if bytes.Count(data, []byte("startxref")) != 1 {
		return info, errors.New("the PDF was updated incrementally: this reader reads one cross-reference table only")
	}
	lines := strings.Split(strings.ReplaceAll(string(data[at:]), "\r\n", "\n"), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "xref" {
		return info, errors.New("no classic cross-reference table at startxref (a cross-reference stream?)")
	}
	objects := map[string][]byte{} // "12 0" → the object's dictionary text.
	lines = lines[1:]
	for len(lines) > 0 {
		sub := pdfSubsection.FindStringSubmatch(lines[0])
		if sub == nil {
			break
		}
		first, _ := strconv.Atoi(sub[1])
		count, _ := strconv.Atoi(sub[2])
		if count > len(lines)-1 {
			return info, fmt.Errorf("cross-reference subsection %q is longer than the table", lines[0])
		}
		for i := 0; i < count; i++ {
			e := pdfXRefEntry.FindStringSubmatch(lines[1+i])
			if e == nil {
				return info, fmt.Errorf("cross-reference entry %q", lines[1+i])
			}
			if e[3] != "n" {
				continue
			}
			off, _ := strconv.Atoi(e[1])
			gen, _ := strconv.Atoi(e[2])
			key := strconv.Itoa(first+i) + " " + strconv.Itoa(gen)
			head := []byte(key + " obj")
			if off >= len(data) || !bytes.HasPrefix(data[off:], head) {
				return info, fmt.Errorf("object %s is not at offset %d", key, off)
			}
			body := data[off+len(head):]
			end := bytes.Index(body, []byte("endobj"))
			if end < 0 {
				return info, fmt.Errorf("object %s has no endobj", key)
			}
			body = body[:end]
			if s := bytes.Index(body, []byte("stream")); s >= 0 {
				body = body[:s] // The stream's dictionary, not its bytes.
			}
			if bytes.Contains(body, []byte("/ObjStm")) {
				return info, fmt.Errorf("object %s is an object stream, which this reader does not read: count the pages another way", key)
			}
			if pdfPageType.Match(body) {
				info.Pages++
			}
			objects[key] = body
		}
		lines = lines[1+count:]
	}
	if len(lines) == 0 || !strings.HasPrefix(strings.TrimSpace(lines[0]), "trailer") {
		return info, errors.New("no trailer after the cross-reference table")
	}
	trailer := []byte(strings.Join(lines, "\n"))
	deref := func(in []byte, re *regexp.Regexp, what string) ([]byte, error) {
		m := re.FindSubmatch(in)
		if m == nil {
			return nil, fmt.Errorf("no %s reference", what)
		}
		obj, ok := objects[string(m[1])+" "+string(m[2])]
		if !ok {
			return nil, fmt.Errorf("%s object %s %s not found", what, m[1], m[2])
		}
		return obj, nil
	}
	catalog, err := deref(trailer, pdfRootRef, "/Root")
	if err != nil {
		return info, err
	}
	tree, err := deref(catalog, pdfPagesRef, "/Pages")
	if err != nil {
		return info, err
	}
	c := pdfCount.FindSubmatch(tree)
	if c == nil {
		return info, errors.New("the page tree has no /Count")
	}
	count, err := strconv.Atoi(string(c[1]))
	if err != nil {
		return info, fmt.Errorf("the page tree's /Count %q: %w", c[1], err)
	}
	if count != info.Pages {
		return info, fmt.Errorf("the page tree's /Count is %d but there are %d page objects", count, info.Pages)
	}
	for _, obj := range objects {
		for _, m := range pdfMediaBox.FindAllSubmatch(obj, -1) {
			var box [4]float64
			for i := range box {
				if box[i], err = strconv.ParseFloat(string(m[i+1]), 64); err != nil {
					return info, fmt.Errorf("/MediaBox %q: %w", m[0], err)
				}
			}
			info.MediaBoxes = append(info.MediaBoxes, box)
		}
	}
	if len(info.MediaBoxes) == 0 {
		return info, errors.New("the PDF has no /MediaBox")
	}
	if dict, err := deref(trailer, pdfInfoRef, "/Info"); err == nil {
		if loc := pdfTitle.FindIndex(dict); loc != nil {
			if info.Title, err = pdfString(dict[loc[1]-1:]); err != nil {
				return info, fmt.Errorf("/Title: %w", err)
			}
		}
	}
	return info, nil
}

// pdfString decodes the PDF string at the start of b: a literal string
// "(...)" with its backslash escapes, or a hexadecimal string "<...>";
// either may be UTF-16BE after a byte order mark (FE FF), as Skia writes
// any title that is not ASCII.
func pdfString(b []byte) (string, error) {
	var raw []byte
	switch {
	case len(b) > 0 && b[0] == '<':
		end := bytes.IndexByte(b, '>')
		if end < 0 {
			return "", errors.New("unterminated hexadecimal string")
		}
		digits := bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
				return -1
			}
			return r
		}, b[1:end])
		if len(digits)%2 == 1 {
			digits = append(digits, '0')
		}
		raw = make([]byte, len(digits)/2)
		if _, err := hex.Decode(raw, digits); err != nil {
			return "", err
		}
	case len(b) > 0 && b[0] == '(':
		depth := 0
		i := 0
	scan:
		for i = 0; i < len(b); i++ {
			c := b[i]
			switch {
			case c == '\\' && i+1 < len(b):
				i++
				switch e := b[i]; e {
				case 'n':
					raw = append(raw, '\n')
				case 'r':
					raw = append(raw, '\r')
				case 't':
					raw = append(raw, '\t')
				case 'b':
					raw = append(raw, '\b')
				case 'f':
					raw = append(raw, '\f')
				case '\r', '\n': // A line continuation.
					if e == '\r' && i+1 < len(b) && b[i+1] == '\n' {
						i++
					}
				default:
					if e >= '0' && e <= '7' {
						v := 0
						for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
							v = v*8 + int(b[i]-'0')
							i++
						}
						i--
						raw = append(raw, byte(v))
					} else {
						raw = append(raw, e)
					}
				}
			case c == '(':
				if depth > 0 {
					raw = append(raw, c)
				}
				depth++
			case c == ')':
				depth--
				if depth == 0 {
					break scan
				}
				raw = append(raw, c)
			default:
				raw = append(raw, c)
			}
		}
		if i == len(b) {
			return "", errors.New("unterminated literal string")
		}
	default:
		return "", errors.New("not a PDF string")
	}
	if len(raw) >= 2 && raw[0] == 0xFE && raw[1] == 0xFF {
		if len(raw)%2 == 1 {
			return "", errors.New("UTF-16 string of odd length")
		}
		u := make([]uint16, 0, len(raw)/2-1)
		for i := 2; i < len(raw); i += 2 {
			u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
		}
		return string(utf16.Decode(u)), nil
	}
	return string(raw), nil // ASCII, the only PDFDocEncoding this check meets.
}
