//go:build unix

package notice

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The machinery of the print check in chromium_test.go: finding a
// headless Chromium and driving it through the DevTools protocol, the
// script that measures a page's layout, and a reader for the little of a
// PDF the check needs.

// requireChromiumEnv, set to 1 (as .ci/run does), turns a missing browser
// or CJK font into a failure instead of a skip, so that CI can never skip
// the print check silently.
const requireChromiumEnv = "IPRBORDER_REQUIRE_CHROMIUM"

// chromiumNames are the names the check looks for on PATH, in order:
// Debian's package, older Debian and Ubuntu, Google's build.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome"}

// cjkFamilies are the CJK fonts of the HTML's font stack. Without one of
// them Chinese is drawn with a fallback whose metrics prove nothing.
var cjkFamilies = []string{"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}

// A4 in PDF points (1/72 in): 210 mm x 297 mm.
const a4Width, a4Height = 595.28, 841.89

// pageTimeout bounds the printing and measuring of one page, which takes
// well under a second.
const pageTimeout = 60 * time.Second

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
	for _, name := range chromiumNames {
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
				"): install Debian's fonts-noto-cjk (or fonts-wqy-microhei) to run the print check; CI runs it")
		}
	}
	return browser
}

// chromiumFlags are the flags of the browser: headless as root in a
// container with a closed network (no sandbox, no GPU, no background
// connections), a new empty profile, a window of A4's width at 96 dpi,
// and the DevTools protocol on a pipe (file descriptors 3 and 4).
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
		"--remote-debugging-pipe",
	}
}

// chromium is one headless Chromium, driven through the DevTools protocol
// (CDP) on a pipe: JSON messages ended by a NUL byte, Chromium reading
// file descriptor 3 and writing 4. One browser prints every page of the
// test, each in a tab of its own: a tab costs some 0.4 s of a loaded
// 2-core machine (0.1 s to open, 0.1 s to load, 0.2 s to 0.5 s to print,
// 0.05 s to measure), a browser started per page (chromium
// --print-to-pdf) some 1.3 s. Its methods are safe for concurrent use.
type chromium struct {
	cmd  *exec.Cmd
	log  string   // Chromium's own output.
	send *os.File // Our end of Chromium's descriptor 3.
	recv *os.File // Our end of its descriptor 4.
	wmu  sync.Mutex

	mu     sync.Mutex
	next   int
	calls  map[int]chan cdpMessage  // Replies awaited, by message id.
	events map[string]chan struct{} // Events awaited, by session and method.
	done   chan struct{}            // Closed when the pipe is.
	err    error                    // Why, once done is closed.
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startChromium starts path, checks that it answers, and stops it, with
// every helper process it started (they share its process group), when t
// ends.
func startChromium(t *testing.T, path string) *chromium {
	t.Helper()
	home := t.TempDir() // The profile and anything Chromium keeps in $HOME.
	chromeIn, send, err := os.Pipe()
	require.NoError(t, err)
	recv, chromeOut, err := os.Pipe()
	require.NoError(t, err)
	log, err := os.Create(filepath.Join(home, "chromium.log"))
	require.NoError(t, err)
	defer log.Close()
	cmd := exec.Command(path, chromiumFlags(filepath.Join(home, "profile"))...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
	cmd.ExtraFiles = []*os.File{chromeIn, chromeOut} // Descriptors 3 and 4.
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	chromeIn.Close()
	chromeOut.Close()
	if err != nil {
		send.Close()
		recv.Close()
		t.Fatalf("starting %s: %v", path, err)
	}
	b := &chromium{cmd: cmd, log: log.Name(), send: send, recv: recv,
		calls: map[int]chan cdpMessage{}, events: map[string]chan struct{}{}, done: make(chan struct{})}
	go b.read()
	t.Cleanup(b.stop)
	// A browser that does not answer fails the test once, here, rather
	// than every page after a timeout.
	ctx, cancel := context.WithTimeout(context.Background(), pageTimeout)
	defer cancel()
	var version struct {
		Product string `json:"product"`
	}
	if err := b.call(ctx, "", "Browser.getVersion", nil, &version); err != nil {
		t.Fatalf("%s does not answer on the DevTools pipe: %v\n%s", path, err, b.output())
	}
	t.Logf("printing with %s (%s)", version.Product, path)
	return b
}

// stop asks Chromium to close, ends whatever is left of it after a few
// seconds, and waits for it.
func (b *chromium) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = b.call(ctx, "", "Browser.close", nil, nil)
	exited := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-ctx.Done():
	}
	_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL) // Helpers left behind, if any.
	<-exited
	b.send.Close()
	b.recv.Close()
}

// output returns the end of Chromium's output, for a failure message.
func (b *chromium) output() string {
	data, _ := os.ReadFile(b.log)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}

// read delivers each message from Chromium: a reply to its call, an
// event to its waiter, if any.
func (b *chromium) read() {
	r := bufio.NewReader(b.recv)
	var err error
	for {
		var data []byte
		if data, err = r.ReadBytes(0); err != nil {
			err = fmt.Errorf("chromium closed the DevTools pipe: %w", err)
			break
		}
		var m cdpMessage
		if err = json.Unmarshal(data[:len(data)-1], &m); err != nil {
			err = fmt.Errorf("a DevTools message %q: %w", data, err)
			break
		}
		b.mu.Lock()
		if ch, ok := b.calls[m.ID]; ok && m.ID != 0 {
			delete(b.calls, m.ID)
			ch <- m
		} else if ch, ok := b.events[m.SessionID+" "+m.Method]; ok && m.Method != "" {
			select {
			case ch <- struct{}{}:
			default:
			}
		}
		b.mu.Unlock()
	}
	b.mu.Lock()
	b.err = err
	b.mu.Unlock()
	close(b.done)
}

// call sends method with params in session ("" for the browser) and
// decodes the reply's result into result, if not nil.
func (b *chromium) call(ctx context.Context, session, method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	reply := make(chan cdpMessage, 1)
	b.mu.Lock()
	b.next++
	id := b.next
	b.calls[id] = reply
	b.mu.Unlock()
	msg, err := json.Marshal(cdpMessage{ID: id, Method: method, SessionID: session, Params: p})
	if err != nil {
		return err
	}
	b.wmu.Lock()
	_, err = b.send.Write(append(msg, 0))
	b.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-reply:
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		}
		return nil
	case <-b.done:
		b.mu.Lock()
		defer b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, b.err)
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.calls, id)
		b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// await registers for the next event method of session; the returned
// channel receives it. Call cancel when done.
func (b *chromium) await(session, method string) (event <-chan struct{}, cancel func()) {
	ch := make(chan struct{}, 1)
	key := session + " " + method
	b.mu.Lock()
	b.events[key] = ch
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		delete(b.events, key)
		b.mu.Unlock()
	}
}

// chromiumTab is a page of the browser, in a session of its own.
type chromiumTab struct {
	b               *chromium
	target, session string
}

// open opens a new tab on about:blank.
func (b *chromium) open(ctx context.Context) (*chromiumTab, error) {
	var created struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &created); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	tb := &chromiumTab{b: b, target: created.TargetID, session: attached.SessionID}
	return tb, b.call(ctx, tb.session, "Page.enable", nil, nil)
}

// close closes the tab.
func (tb *chromiumTab) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = tb.b.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": tb.target}, nil)
}

// load navigates to url and waits for its load event.
func (tb *chromiumTab) load(ctx context.Context, url string) error {
	loaded, cancel := tb.b.await(tb.session, "Page.loadEventFired")
	defer cancel()
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	if err := tb.b.call(ctx, tb.session, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return err
	}
	if nav.ErrorText != "" {
		return fmt.Errorf("loading %s: %s", url, nav.ErrorText)
	}
	select {
	case <-loaded:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("loading %s: %w", url, ctx.Err())
	}
}

// printPDF prints the page as --print-to-pdf --no-pdf-header-footer does:
// the paper and margins of its @page rule, no header or footer.
func (tb *chromiumTab) printPDF(ctx context.Context) ([]byte, error) {
	var printed struct {
		Data []byte `json:"data"` // Base64 in JSON.
	}
	err := tb.b.call(ctx, tb.session, "Page.printToPDF", map[string]any{
		"preferCSSPageSize":   true,
		"printBackground":     true,
		"displayHeaderFooter": false,
	}, &printed)
	return printed.Data, err
}

// measure runs printCheckScript on the page under emulated print media.
// With keep, the page stays laid out as measured, for a screenshot.
func (tb *chromiumTab) measure(ctx context.Context, keep bool) (printCheck, error) {
	var c printCheck
	if err := tb.b.call(ctx, tb.session, "Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil); err != nil {
		return c, err
	}
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := tb.b.call(ctx, tb.session, "Runtime.evaluate", map[string]any{
		"expression":    "(" + printCheckScript + ")(" + strconv.FormatBool(keep) + ")",
		"returnByValue": true,
	}, &res)
	if err != nil {
		return c, err
	}
	if e := res.ExceptionDetails; e != nil {
		return c, fmt.Errorf("the check script: %s %s", e.Text, e.Exception.Description)
	}
	if err := json.Unmarshal(res.Result.Value, &c); err != nil {
		return c, fmt.Errorf("the check script's result %s: %w", res.Result.Value, err)
	}
	if !keep {
		err = tb.b.call(ctx, tb.session, "Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil)
	}
	return c, err
}

// screenshot returns a PNG of the whole page.
func (tb *chromiumTab) screenshot(ctx context.Context) ([]byte, error) {
	var shot struct {
		Data []byte `json:"data"`
	}
	err := tb.b.call(ctx, tb.session, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true}, &shot)
	return shot.Data, err
}

// printCheckScript is a function the check runs in the page, under
// emulated print media, after printing it. It lays the page out as
// printed, measures it, and (unless keep) restores it:
//
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
// It reports the innermost overflowing elements, not every box around
// them. With keep, it outlines the page area in blue and what overflows
// in red, for a screenshot.
const printCheckScript = `function (keep) {
  var out = {sections: [], overflow: [], overflowCount: 0};
  var html = document.documentElement;
  var px = function (v) { return parseFloat(v) || 0; };
  var pages = [];
  var walk = function (rules) {
    for (var i = 0; i < rules.length; i++) {
      if (rules[i] instanceof CSSPageRule) pages.push(rules[i]);
      if (rules[i].cssRules) walk(rules[i].cssRules);
    }
  };
  try {
    for (var i = 0; i < document.styleSheets.length; i++) walk(document.styleSheets[i].cssRules);
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
    if (keep) html.style.outline = '1px dashed blue';
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
    found = found.slice(0, 2000);
    found.forEach(function (f) {
      if (found.some(function (g) { return g.node !== f.node && f.node.contains(g.node); })) return;
      if (out.overflow.length < 40) out.overflow.push({el: name(f.node), why: f.why, left: f.left, right: f.right});
    });
  } catch (e) {
    out.error = String(e && e.message || e);
  } finally {
    if (!keep) html.style.removeProperty('width');
  }
  return out;
}`

// printCheck is what printCheckScript found. Lengths are CSS pixels
// (1/96 in), x positions from the left edge of the page area.
type printCheck struct {
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
	// Overflow lists the first 40 innermost of the OverflowCount
	// overflowing elements.
	Overflow []struct {
		El    string  `json:"el"`
		Why   string  `json:"why"`
		Left  float64 `json:"left"`
		Right float64 `json:"right"`
	} `json:"overflow"`
	OverflowCount int    `json:"overflowCount"`
	Error         string `json:"error"`
}

// pdfInfo is what the check reads from a PDF.
type pdfInfo struct {
	Pages      int          // The page tree's /Count, which the page objects confirm.
	MediaBoxes [][4]float64 // Every /MediaBox, [llx lly urx ury] in points.
}

var (
	pdfStartXRef  = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	pdfSubsection = regexp.MustCompile(`^(\d+) (\d+)\s*$`)
	pdfXRefEntry  = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf])\s*$`)
	pdfPageType   = regexp.MustCompile(`/Type\s*/Page(?:[\s/<>\[\]()%{}]|$)`)
	pdfMediaBox   = regexp.MustCompile(`/MediaBox\s*\[\s*([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s*\]`)
	pdfRootRef    = pdfRef("Root")
	pdfPagesRef   = pdfRef("Pages")
	pdfCount      = regexp.MustCompile(`/Count\s+(\d+)`)
)

func pdfRef(key string) *regexp.Regexp {
	return regexp.MustCompile(`/` + key + `\s+(\d+)\s+(\d+)\s+R\b`)
}

// readPDF reads the page count and the media boxes of a PDF as
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
	return info, nil
}
