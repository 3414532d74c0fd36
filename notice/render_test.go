package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

var (
	zhHans = language.SimplifiedChinese
	enTag  = language.English
)

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for refused
	}{
		{"zh", "zh-Hans"},
		{"zh-CN", "zh-Hans"},
		{"zh-Hans", "zh-Hans"},
		{"zh-Hans-CN", "zh-Hans"},
		{"zh-SG", "zh-Hans"},
		{"ZH-hans-cn", "zh-Hans"},
		{"en", "en"},
		{"en-US", "en"},
		{"en-GB", "en"},
		{"en-CN", "en"},
		{"en-US-u-ca-gregory", "en"},
		{"zh-Hant", ""},
		{"zh-TW", ""},
		{"zh-HK", ""},
		{"zh-MO", ""},
		{"zh-Hant-CN", ""},
		{"zh-Latn", ""},
		{"en-Cyrl", ""},
		{"fr", ""},
		{"ja", ""},
		{"und", ""},
		{"und-CN", ""},
		{"und-Hans", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			tag := language.MustParse(tc.in)
			got, err := Match(tag)
			if tc.want == "" {
				var le *LanguageError
				if !errors.Is(err, ErrUnsupportedLanguage) || !errors.As(err, &le) || le.Tag != tag {
					t.Errorf("Match(%s) = %s, %v; want a *LanguageError for %s", tc.in, got, err, tag)
				}
				if got != language.Und {
					t.Errorf("Match(%s) = %s with an error; want und", tc.in, got)
				}
				return
			}
			if err != nil || got.String() != tc.want {
				t.Errorf("Match(%s) = %s, %v; want %s", tc.in, got, err, tc.want)
			}
		})
	}
	// The zero Tag is und.
	if _, err := Match(language.Tag{}); !errors.Is(err, ErrUnsupportedLanguage) {
		t.Errorf("Match(zero Tag) = %v; want ErrUnsupportedLanguage", err)
	}
}

func TestLanguages(t *testing.T) {
	got := Languages()
	require.Len(t, got, 2)
	assert.Equal(t, "zh-Hans", got[0].String())
	assert.Equal(t, "en", got[1].String())
	got[0] = language.French
	assert.Equal(t, "zh-Hans", Languages()[0].String(), "Languages returned a slice it keeps")
	for _, tag := range Languages() {
		m, err := Match(tag)
		assert.NoError(t, err)
		assert.Equal(t, tag, m)
	}
}

func TestLanguageError(t *testing.T) {
	err := &LanguageError{Tag: language.French}
	assert.Equal(t, `notice: unsupported language "fr": supported are zh-Hans, en`, err.Error())
	assert.ErrorIs(t, err, ErrUnsupportedLanguage)
	assert.NotErrorIs(t, err, ErrInvalidArgument)
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		code string
	}{{FormatText, "text"}, {FormatHTML, "html"}, {FormatJSON, "json"}} {
		assert.True(t, tc.f.IsValid())
		assert.Equal(t, tc.code, tc.f.String())
		b, err := tc.f.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.code, string(b))
		var back Format
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(tc.code))))
		assert.Equal(t, tc.f, back)
	}
	for _, f := range []Format{FormatUnknown, 4, 255} {
		assert.False(t, f.IsValid())
		_, err := f.MarshalText()
		assert.ErrorIs(t, err, ErrInvalidArgument)
	}
	assert.Equal(t, "%!Format(0)", FormatUnknown.String())
	f := FormatHTML
	err := f.UnmarshalText([]byte("pdf"))
	assert.ErrorIs(t, err, ErrInvalidArgument)
	assert.Contains(t, err.Error(), `"pdf"`)
	assert.True(t, strings.HasPrefix(err.Error(), "notice: "), err.Error())
	assert.Equal(t, FormatHTML, f, "UnmarshalText changed the format on error")
}

// failWriter fails every write.
type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestRenderRefuses: bad arguments are refused with the right error
// before anything is written.
func TestRenderRefuses(t *testing.T) {
	valid := paymentFixture(2)
	noDue := paymentFixture(2)
	noDue.DueDate = calendar.Date{}
	badReason := testNotices()[4].(Release)
	badReason.Reason = enforcement.Confiscated
	var nilPayment *Payment
	for _, tc := range []struct {
		name   string
		n      Notice
		f      Format
		langs  []language.Tag
		target error
		field  string // For ErrInvalidNotice: a field the errors name.
	}{
		{"no language", valid, FormatText, nil, ErrInvalidArgument, ""},
		{"no language, html", valid, FormatHTML, []language.Tag{}, ErrInvalidArgument, ""},
		{"three languages", valid, FormatText, []language.Tag{zhHans, enTag, language.French}, ErrInvalidArgument, ""},
		{"three supported languages", valid, FormatHTML, []language.Tag{zhHans, enTag, zhHans}, ErrInvalidArgument, ""},
		{"duplicate", valid, FormatText, []language.Tag{enTag, enTag}, ErrInvalidArgument, ""},
		{"duplicate after matching", valid, FormatHTML, []language.Tag{language.Chinese, language.MustParse("zh-CN")}, ErrInvalidArgument, ""},
		{"unsupported", valid, FormatText, []language.Tag{language.French}, ErrUnsupportedLanguage, ""},
		{"traditional", valid, FormatHTML, []language.Tag{zhHans, language.MustParse("zh-TW")}, ErrUnsupportedLanguage, ""},
		{"unsupported, json", valid, FormatJSON, []language.Tag{language.French}, ErrUnsupportedLanguage, ""},
		{"unknown format", valid, FormatUnknown, []language.Tag{zhHans}, ErrInvalidArgument, ""},
		{"invalid format", valid, Format(9), []language.Tag{zhHans}, ErrInvalidArgument, ""},
		{"nil notice", nil, FormatText, []language.Tag{zhHans}, ErrInvalidArgument, ""},
		{"nil pointer", nilPayment, FormatHTML, []language.Tag{zhHans}, ErrInvalidArgument, ""},
		{"nil pointer, json", nilPayment, FormatJSON, nil, ErrInvalidArgument, ""},
		{"invalid notice", noDue, FormatText, []language.Tag{zhHans}, ErrInvalidNotice, "due_date"},
		{"invalid notice, html", noDue, FormatHTML, []language.Tag{enTag, zhHans}, ErrInvalidNotice, "due_date"},
		{"invalid release reason", badReason, FormatText, []language.Tag{enTag}, ErrInvalidNotice, "reason"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			b.WriteString("kept")
			err := Render(&b, tc.n, tc.f, tc.langs...)
			if !errors.Is(err, tc.target) {
				t.Fatalf("Render = %v; want an error matching %v", err, tc.target)
			}
			if !strings.HasPrefix(err.Error(), "notice: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if b.String() != "kept" {
				t.Errorf("Render wrote %d bytes before failing", b.Len()-len("kept"))
			}
			var w strings.Builder // Not a bytes.Buffer, which Render writes in place.
			require.Error(t, Render(&w, tc.n, tc.f, tc.langs...))
			if w.Len() > 0 {
				t.Errorf("Render wrote %d bytes to a writer before failing", w.Len())
			}
			if tc.field != "" {
				var fe FieldErrors
				if !errors.As(err, &fe) || !anyField(fe, func(e *FieldError) bool { return e.Field == tc.field }) {
					t.Errorf("Render error %v names no field %q", err, tc.field)
				}
			}
			if tc.f == FormatText || tc.f == FormatHTML {
				var s string
				if tc.f == FormatText {
					s, err = Text(tc.n, tc.langs...)
				} else {
					s, err = HTML(tc.n, tc.langs...)
				}
				if s != "" || !errors.Is(err, tc.target) {
					t.Errorf("Text/HTML = %q, %v; want \"\" and the same error", s, err)
				}
			}
		})
	}
}

func anyField(fe FieldErrors, f func(*FieldError) bool) bool {
	for _, e := range fe {
		if f(e) {
			return true
		}
	}
	return false
}

func TestRenderWriteError(t *testing.T) {
	boom := errors.New("disk full")
	err := Render(failWriter{boom}, paymentFixture(1), FormatText, zhHans)
	assert.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "notice: writing the payment notice")
}

// TestRenderPointer: a pointer to a notice renders as the notice.
func TestRenderPointer(t *testing.T) {
	for _, n := range testNotices() {
		for _, f := range []Format{FormatText, FormatHTML, FormatJSON} {
			var byValue, byPointer bytes.Buffer
			require.NoError(t, Render(&byValue, n, f, enTag))
			require.NoError(t, Render(&byPointer, pointerTo(n), f, enTag))
			assert.Equal(t, byValue.String(), byPointer.String(), "%s %s", n.Kind(), f)
		}
	}
}

// TestRenderAppends: Render appends the notice to what w holds, whether it
// renders in place (a *bytes.Buffer) or writes once (any other writer),
// in every format.
func TestRenderAppends(t *testing.T) {
	for _, n := range testNotices() {
		for _, f := range []Format{FormatText, FormatHTML, FormatJSON} {
			langs := []language.Tag{zhHans, enTag}
			if f == FormatJSON {
				langs = nil
			}
			var want bytes.Buffer
			require.NoError(t, render(&want, n, f, langs))
			b := bytes.NewBufferString("kept")
			require.NoError(t, Render(b, n, f, langs...))
			assert.Equal(t, "kept"+want.String(), b.String(), "%s %s to a bytes.Buffer", n.Kind(), f)
			var w strings.Builder
			w.WriteString("kept")
			require.NoError(t, Render(&w, n, f, langs...))
			assert.Equal(t, "kept"+want.String(), w.String(), "%s %s to a strings.Builder", n.Kind(), f)
		}
	}
}

func pointerTo(n Notice) Notice {
	switch n := n.(type) {
	case Payment:
		return &n
	case Suspension:
		return &n
	case DetentionReceipt:
		return &n
	case InvestigationResult:
		return &n
	case Release:
		return &n
	case Confiscation:
		return &n
	case CounterGuarantee:
		return &n
	}
	panic("unknown notice")
}

// TestRenderJSON: the JSON format is json.Marshal's output, whatever the
// languages.
func TestRenderJSON(t *testing.T) {
	for _, n := range testNotices() {
		want, err := json.Marshal(n)
		require.NoError(t, err)
		for _, langs := range [][]language.Tag{nil, {zhHans}, {enTag, zhHans}} {
			var b bytes.Buffer
			require.NoError(t, Render(&b, n, FormatJSON, langs...))
			assert.Equal(t, string(want), b.String())
		}
	}
}

// TestRenderConcurrently renders from many goroutines; run with -race.
func TestRenderConcurrently(t *testing.T) {
	n := paymentFixture(12)
	want, err := Text(n, zhHans, enTag)
	require.NoError(t, err)
	wantHTML, err := HTML(n, enTag, zhHans)
	require.NoError(t, err)
	done := make(chan [2]string)
	for i := 0; i < 8; i++ {
		go func() {
			s, _ := Text(n, zhHans, enTag)
			h, _ := HTML(n, enTag, zhHans)
			done <- [2]string{s, h}
		}()
	}
	for i := 0; i < 8; i++ {
		got := <-done
		assert.Equal(t, want, got[0])
		assert.Equal(t, wantHTML, got[1])
	}
}

const (
	scriptName = `<script>alert(1)</script>`
	imgName    = `"><img src=x onerror=alert(1)>`
)

// TestEscaping: markup in case data is escaped in HTML and verbatim in
// text.
func TestEscaping(t *testing.T) {
	n := paymentFixture(2)
	n.Payer.Name = scriptName
	n.Payer.Address = imgName
	n.Lines[0].Description = `a & b <i>'c'</i>`
	n.Header.Number = `</title><script>x</script>`
	html, err := HTML(n, zhHans, enTag)
	require.NoError(t, err)
	for _, raw := range []string{"<script", "<img", "<i>", "</title><"} {
		assert.NotContains(t, html, raw)
	}
	for _, escaped := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;",
		"&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
		"a &amp; b &lt;i&gt;&#39;c&#39;&lt;/i&gt;",
		"&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;",
	} {
		assert.Contains(t, html, escaped)
	}
	text, err := Text(n, zhHans, enTag)
	require.NoError(t, err)
	for _, raw := range []string{scriptName, imgName, "<i>'c'</i>", n.Header.Number} {
		assert.Contains(t, text, raw)
	}
}

// TestControlCharacters: control and bidi-override characters in case
// data cannot reach the output, even past validation.
func TestControlCharacters(t *testing.T) {
	// Validation refuses control characters, invalid UTF-8 and bidi
	// overrides before anything is written; clean (tested on its own) is
	// the second line of defence.
	n := paymentFixture(2)
	n.Payer.Name = "Evil\nCo.\r\x00\x1b[2J\u202eReversed\u2028line"
	n.Goods.Description = "shoes\tbags\xff"
	for _, f := range []Format{FormatText, FormatHTML, FormatJSON} {
		var b bytes.Buffer
		err := Render(&b, n, f, enTag)
		assert.ErrorIs(t, err, ErrInvalidNotice, f)
		var fe FieldErrors
		if assert.ErrorAs(t, err, &fe, f) {
			var fields []string
			for _, e := range fe {
				fields = append(fields, e.Field)
			}
			assert.Equal(t, []string{"payer.name", "goods.description"}, fields, f)
		}
		assert.Zero(t, b.Len(), "%s: wrote %q", f, b.String())
	}
}

// TestTextLines: every line of the text fixtures fits 78 columns and has
// no trailing space, and each section is separated by a rule.
func TestTextLines(t *testing.T) {
	for _, n := range append(testNotices(), paymentFixture(12)) {
		for _, l := range goldenLangs {
			s, err := Text(n, l.langs...)
			require.NoError(t, err)
			require.True(t, strings.HasSuffix(s, "\n"))
			for i, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
				if w := textWidth(line); w > lineWidth {
					t.Errorf("%s %s line %d is %d columns wide: %q", n.Kind(), l.name, i+1, w, line)
				}
				if strings.TrimRight(line, " ") != line {
					t.Errorf("%s %s line %d has trailing space: %q", n.Kind(), l.name, i+1, line)
				}
			}
		}
	}
}

// TestTextTableAligned: the cells of the lines table line up: every row
// of the payment notice's table has its amount ending in the same column.
func TestTextTableAligned(t *testing.T) {
	for _, lang := range []language.Tag{zhHans, enTag} {
		s, err := Text(paymentFixture(12), lang)
		require.NoError(t, err)
		ends := map[int]int{}
		for _, line := range strings.Split(s, "\n") {
			if strings.HasSuffix(line, ".75") || strings.HasSuffix(line, ".00") {
				if f := strings.Fields(line); len(f) > 0 && f[0] >= "1" && f[0] <= "9" || len(f) > 0 && f[0] == "10" {
					ends[textWidth(line)]++
				}
			}
		}
		assert.Len(t, ends, 1, "%s: amounts end in columns %v", lang, ends)
	}
}

// TestBilingual: the bilingual notice is the two notices, primary first,
// separated by a double rule; only then does the Chinese note which text
// prevails.
func TestBilingual(t *testing.T) {
	n := paymentFixture(3)
	zh, err := Text(n, zhHans)
	require.NoError(t, err)
	en, err := Text(n, enTag)
	require.NoError(t, err)
	both, err := Text(n, zhHans, enTag)
	require.NoError(t, err)
	sep := "\n" + strings.Repeat("=", lineWidth) + "\n\n"
	first, second, ok := strings.Cut(both, sep)
	require.True(t, ok, "no separator")
	assert.Equal(t, en, second)
	note := zhText("note.translation")
	assert.NotContains(t, zh, note)
	assert.Equal(t, zh, strings.TrimSuffix(first, "\n"+note+"\n"))
	reversed, err := Text(n, enTag, zhHans)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(reversed, en))

	html, err := HTML(n, enTag, zhHans)
	require.NoError(t, err)
	assert.Contains(t, html, `<html lang="en">`)
	assert.Equal(t, 2, strings.Count(html, `<section class="page"`))
	assert.Less(t, strings.Index(html, `<section class="page" lang="en">`), strings.Index(html, `<section class="page" lang="zh-Hans">`))
}

func zhText(key string) string { return zh.text[key] }

// TestHTMLDocument: the HTML is self-contained and printable.
func TestHTMLDocument(t *testing.T) {
	html, err := HTML(paymentFixture(12), zhHans)
	require.NoError(t, err)
	for _, want := range []string{
		"<!DOCTYPE html>", `<html lang="zh-Hans">`, `<meta charset="utf-8">`, "<title>缴费通知书 沪浦关知缴〔2026〕12号</title>",
		"@page { size: A4; margin: 15mm; }", "break-after: page", "page-break-after: always",
		"table-layout: fixed", "overflow-wrap: anywhere", `"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", sans-serif`,
		`<section class="page" lang="zh-Hans">`,
	} {
		assert.Contains(t, html, want)
	}
	for _, banned := range []string{"<script", "<link", "<img", "@import", "url(", "@font-face", "http://", "https://"} {
		assert.NotContains(t, html, banned)
	}
	assert.Equal(t, 12, strings.Count(html, "<tr><td"), "one table row per line")
}

// TestPaymentText checks the payment notice's figures and sentences.
func TestPaymentText(t *testing.T) {
	n := paymentFixture(3)
	n.Goods.Quantity = fxDec("1234567.5")
	zhOut, err := Text(n, zhHans)
	require.NoError(t, err)
	enOut, err := Text(n, enTag)
	require.NoError(t, err)
	capitals, err := Capitals(n.Total)
	require.NoError(t, err)
	for _, want := range []string{
		"费用合计：", "￥1,133.50", "已直接支付仓储商：", "￥200.00", "应缴金额：", "￥933.50",
		"合计（大写）：" + capitals, "请于2026年4月20日前（含当日）将应缴金额￥933.50缴入下列账户。",
		"从你方提供的担保金￥75,000.00中扣除应缴金额", "2026年3月2日至2026年3月31日，共30天", "1,234,567.5 双",
		"特此通知。",
	} {
		assert.Contains(t, squash(zhOut), squash(want))
	}
	for _, want := range []string{
		"CNY 1,133.50", "CNY 933.50", "In words:", capitals, "by 20 April 2026.", "2 March 2026 to 31 March 2026 (30 days)",
		"cash bond of CNY 75,000.00 (Regulations art 25)", "1,234,567.5 双",
	} {
		assert.Contains(t, squash(enOut), squash(want))
	}
}

// squash removes all white space from s: the text layout breaks lines
// and aligns columns with it.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// TestConsequences: the payment notice says what happens if the holder
// does not pay, by the security (Regs art 25; R-FEE-1, R-FEE-4).
func TestConsequences(t *testing.T) {
	for _, tc := range []struct {
		s      Security
		bond   string
		zh, en string
	}{
		{CashBond, "75000", "从你方提供的担保金￥75,000.00中扣除", "deducts it from your cash bond of CNY 75,000.00"},
		{Guarantee, "75000", "要求为你方出具保函的担保人履行担保责任", "calls on the guarantor of your letter of guarantee"},
		{GeneralBond, "0", "海关总署公告2006年第31号", "GACC Announcement No. 31 of 2006"},
	} {
		n := paymentFixture(2)
		n.Security, n.Bond = tc.s, fxDec(tc.bond)
		zhOut, err := Text(n, zhHans)
		require.NoError(t, err)
		enOut, err := Text(n, enTag)
		require.NoError(t, err)
		assert.Contains(t, squash(zhOut), squash(tc.zh))
		assert.Contains(t, squash(enOut), squash(tc.en))
		assert.Equal(t, tc.bond != "0", strings.Contains(enOut, "Bond:"), "%s: the bond is shown iff not zero", tc.s)
	}
	n := paymentFixture(2)
	n.Security = SecurityUnknown
	_, err := Text(n, enTag)
	assert.ErrorIs(t, err, ErrInvalidNotice)
}

// TestResults: the investigation result says what follows each result.
func TestResults(t *testing.T) {
	base := testNotices()[3].(InvestigationResult)
	for _, tc := range []struct {
		r        enforcement.Result
		courtBy  string
		contains string
	}{
		{enforcement.Infringing, "", "will confiscate them (Regulations art 27)"},
		{enforcement.NotInfringing, "", "Customs releases the goods (Regulations art 24(4); Measures art 28)"},
		{enforcement.Undetermined, "2026-05-14", "by 14 May 2026, it releases the goods (Regulations arts 23 and 24(2)"},
	} {
		n := base
		n.Result, n.CourtBy = tc.r, calendar.Date{}
		if tc.courtBy != "" {
			n.CourtBy = fxDate(tc.courtBy)
		}
		s, err := Text(n, enTag)
		require.NoError(t, err)
		assert.Contains(t, squash(s), squash(tc.contains))
		assert.Equal(t, tc.courtBy != "", strings.Contains(s, "Court notice by:"))
	}
	n := base
	n.CourtBy = calendar.Date{}
	_, err := Text(n, zhHans)
	assert.ErrorIs(t, err, ErrInvalidNotice, "an undetermined result needs the court date")
	n.Result = enforcement.ResultUnknown
	_, err = Text(n, zhHans)
	assert.ErrorIs(t, err, ErrInvalidNotice)
}

// TestReleaseReasons: every release state renders with its own reason,
// every other state is refused.
func TestReleaseReasons(t *testing.T) {
	base := testNotices()[4].(Release)
	seen := map[string]bool{}
	for _, s := range enforcement.States() {
		n := base
		n.Reason = s
		out, err := Text(n, zhHans)
		if !s.In(enforcement.Released) || s.IsComposite() {
			assert.ErrorIs(t, err, ErrInvalidNotice, "%s", s)
			continue
		}
		require.NoError(t, err, "%s", s)
		reason := zh.text["release.reason."+s.String()]
		assert.Contains(t, squash(out), squash(reason))
		assert.False(t, seen[reason], "%s shares its reason", s)
		seen[reason] = true
	}
	assert.Len(t, seen, 9)
	n := base
	n.PreservationBy, n.Detained = calendar.Date{}, calendar.Date{}
	out, err := Text(n, enTag)
	require.NoError(t, err)
	assert.NotContains(t, out, "Preservation notice by")
	assert.NotContains(t, out, "Date of detention")
}

// TestDetentionReceiptTracks: the receipt cites art 15 upon application
// and art 16 ex officio, and offers release against guarantee money only
// for a patent (Regs art 19).
func TestDetentionReceiptTracks(t *testing.T) {
	base := testNotices()[2].(DetentionReceipt)
	for _, tc := range []struct {
		track  enforcement.Track
		rights []Right
		art    string
		patent bool
	}{
		{enforcement.UponApplication, []Right{fxTrademark}, "第十五条", false},
		{enforcement.ExOfficio, []Right{fxTrademark}, "第十六条", false},
		{enforcement.UponApplication, []Right{fxDesign}, "第十五条", true},
		{enforcement.ExOfficio, []Right{{Type: rights.PatentInvention, Number: "201710601862.3"}}, "第十六条", true},
	} {
		n := base
		n.Track, n.Rights = tc.track, tc.rights
		out, err := Text(n, zhHans)
		require.NoError(t, err)
		intro := strings.SplitN(out, strings.Repeat("-", lineWidth), 3)[1]
		assert.Contains(t, squash(intro), tc.art)
		assert.Equal(t, tc.patent, strings.Contains(out, "相当于货物价值的担保金"))
		assert.Equal(t, tc.patent, strings.Contains(out, "第十五条至第十七条、第十九条"))
	}
	n := base
	n.Track = enforcement.TrackUnknown
	_, err := Text(n, enTag)
	assert.ErrorIs(t, err, ErrInvalidNotice)
	n = base
	n.Rights = []Right{{Type: rights.Type(99), Number: "1"}}
	_, err = Text(n, enTag)
	var fe FieldErrors
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "rights[0].type", fe[0].Field)
	assert.Contains(t, err.Error(), "notice: detention-receipt: rights[0].type")
}

// TestSuspensionBond: a suspension asks for the bond, or says the general
// bond covers it (R-EXO-4, R-EXO-5), with the cut-off times of Measures
// art 41.
func TestSuspensionBond(t *testing.T) {
	n := testNotices()[1].(Suspension)
	out, err := Text(n, enTag)
	require.NoError(t, err)
	flat := strings.Join(strings.Fields(out), " ")
	assert.Contains(t, flat, "post a bond of CNY 75,000.00 by 3 March 2026 (Measures arts 22 and 23)")
	assert.Contains(t, flat, "until 24:00 on that day; in person, until the end of customs' office hours that day, 17:00")
	n.Bond, n.OfficeCloses = decimal.Zero, 16*time.Hour+30*time.Minute
	out, err = Text(n, enTag)
	require.NoError(t, err)
	flat = strings.Join(strings.Fields(out), " ")
	assert.Contains(t, flat, "Bond to post: covered by your general bond")
	assert.Contains(t, flat, "Your general bond covers the bond for this case")
	assert.Contains(t, flat, "16:30")
	assert.NotContains(t, flat, "CNY 0.00")
}

// TestLineCells: the cells of a payment notice's line, by Per.
func TestLineCells(t *testing.T) {
	for _, tc := range []struct {
		line       Line
		lang       langID
		unit, days string
	}{
		{Line{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Days: 1}, langEn, "m³/day", "1 day"},
		{Line{Kind: storagecost.Storage, Basis: storagecost.PerCubicMetre, Per: storagecost.PerDay, Days: 12}, langZh, "立方米/日", "12天"},
		{Line{Kind: storagecost.HandlingIn, Basis: storagecost.PerTonne, Per: storagecost.Once}, langEn, "tonne", "once"},
		{Line{Kind: storagecost.Minimum, Unit: "bill"}, langEn, "bill", ""},
		{Line{Kind: storagecost.Minimum, Days: 3}, langZh, "", "3天"},
	} {
		c := &composer{l: lexicons[tc.lang]}
		cells := make([]string, 7)
		c.line(cells, 0, tc.line, [3]string{})
		require.NoError(t, c.err)
		assert.Equal(t, tc.unit, cells[2])
		assert.Equal(t, tc.days, cells[5])
	}
	for _, bad := range []Line{
		{Kind: storagecost.KindUnknown},
		{Kind: storagecost.Storage, Basis: storagecost.Basis(42)},
		{Kind: storagecost.Storage, Per: storagecost.Per(7)},
	} {
		c := &composer{l: lexicons[langEn], kind: KindPayment}
		c.line(make([]string, 7), 4, bad, [3]string{})
		assert.ErrorIs(t, c.err, ErrInvalidNotice)
		assert.Contains(t, c.err.Error(), "notice: payment: lines[4].")
	}
}

func TestFormatDate(t *testing.T) {
	for _, tc := range []struct{ date, zh, en string }{
		{"2025-10-16", "2025年10月16日", "16 October 2025"},
		{"2026-01-01", "2026年1月1日", "1 January 2026"},
		{"2024-02-29", "2024年2月29日", "29 February 2024"},
		{"0001-12-31", "1年12月31日", "31 December 1"},
	} {
		d := fxDate(tc.date)
		assert.Equal(t, tc.zh, formatDate(d, langZh))
		assert.Equal(t, tc.en, formatDate(d, langEn))
	}
	assert.Equal(t, "", formatDate(calendar.Date{}, langEn))
	assert.Equal(t, "", formatDate(calendar.Date{Year: 2025, Month: 2, Day: 30}, langZh))
}

func TestFormatNumbers(t *testing.T) {
	for _, tc := range []struct{ in, figures, zh, en, quantity, rate string }{
		{"0", "0.00", "￥0.00", "CNY 0.00", "0", "0.00"},
		{"1", "1.00", "￥1.00", "CNY 1.00", "1", "1.00"},
		{"999.5", "999.50", "￥999.50", "CNY 999.50", "999.5", "999.50"},
		{"1000", "1,000.00", "￥1,000.00", "CNY 1,000.00", "1,000", "1,000.00"},
		{"1234.56", "1,234.56", "￥1,234.56", "CNY 1,234.56", "1,234.56", "1,234.56"},
		{"1234567.891", "1,234,567.89", "￥1,234,567.89", "CNY 1,234,567.89", "1,234,567.891", "1,234,567.891"},
		{"1000000000000", "1,000,000,000,000.00", "￥1,000,000,000,000.00", "CNY 1,000,000,000,000.00", "1,000,000,000,000", "1,000,000,000,000.00"},
		{"0.0003", "0.00", "￥0.00", "CNY 0.00", "0.0003", "0.0003"},
		{"12.500", "12.50", "￥12.50", "CNY 12.50", "12.5", "12.50"},
		{"-1234.5", "-1,234.50", "￥-1,234.50", "CNY -1,234.50", "-1,234.5", "-1,234.50"},
	} {
		d := fxDec(tc.in)
		assert.Equal(t, tc.figures, figures(d), "figures(%s)", tc.in)
		assert.Equal(t, tc.zh, formatAmount(d, langZh), "zh amount(%s)", tc.in)
		assert.Equal(t, tc.en, formatAmount(d, langEn), "en amount(%s)", tc.in)
		assert.Equal(t, tc.quantity, formatQuantity(d), "quantity(%s)", tc.in)
		assert.Equal(t, tc.rate, formatRate(d), "rate(%s)", tc.in)
	}
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{{0, "00:00"}, {17 * time.Hour, "17:00"}, {8*time.Hour + 5*time.Minute, "08:05"}, {23*time.Hour + 59*time.Minute, "23:59"}} {
		assert.Equal(t, tc.want, formatClock(tc.d))
	}
}

func TestTextWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"缴费通知书", 10}, {"费用合计：", 10}, {"￥1.00", 6}, {"m³/day", 6},
		{"e\u0301", 1}, {"（元）", 6}, {"한국", 4}, {"ｱ", 1},
	} {
		assert.Equal(t, tc.want, textWidth(tc.s), "textWidth(%q)", tc.s)
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want []string
	}{
		{"", 10, []string{""}},
		{"short", 10, []string{"short"}},
		{"the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"一二三四五六", 4, []string{"一二", "三四", "五六"}},
		{"一二三。四五", 6, []string{"一二", "三。四", "五"}},   // No line starts with 。: 三 goes with it.
		{"一二《三四》五", 6, []string{"一二", "《三", "四》五"}}, // No break after 《 nor before 》.
		{"海关 customs office", 10, []string{"海关", "customs", "office"}},
		{"a 海关b", 4, []string{"a 海", "关b"}},
		{"一", 1, []string{"一"}}, // A rune wider than the line still makes progress.
	} {
		got := wrap(tc.s, tc.max)
		assert.Equal(t, tc.want, got, "wrap(%q, %d)", tc.s, tc.max)
	}
}

// TestWrapKeepsText: wrapping only drops the spaces it breaks at.
func TestWrapKeepsText(t *testing.T) {
	for _, s := range []string{
		zh.text["confiscation.disposal"], en.text["confiscation.disposal"], zh.text["legal.payment"],
		"Donaudampfschifffahrtsgesellschaftskapitän und 海关 mixed　text (with) parens",
	} {
		for max := 2; max < 90; max += 7 {
			lines := wrap(s, max)
			for _, l := range lines {
				assert.LessOrEqual(t, textWidth(l), max, "wrap(%q, %d) line %q", s, max, l)
			}
			assert.Equal(t, strings.ReplaceAll(s, " ", ""), strings.ReplaceAll(strings.Join(lines, ""), " ", ""))
		}
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain 中文", "plain 中文"},
		{"a\nb", "a\uFFFDb"},
		{"tab\there", "tab\uFFFDhere"},
		{"\u202eevil", "\uFFFDevil"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"zero\u200bwidth", "zero\uFFFDwidth"},
		{"\u3000ideographic", "\u3000ideographic"},
	} {
		assert.Equal(t, tc.want, clean(tc.in), "clean(%q)", tc.in)
	}
}

func TestGroup(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0", "0"}, {"123", "123"}, {"1234", "1,234"}, {"123456", "123,456"}, {"1234567.0001", "1,234,567.0001"},
		{"-100", "-100"}, {"-1000.5", "-1,000.5"},
	} {
		assert.Equal(t, tc.want, group(tc.in), "group(%q)", tc.in)
	}
}

// Properties.

// genRenderText generates valid free text of up to n runes: Latin letters and
// digits, inner spaces, the HTML metacharacters <>&"', CJK ideographs and
// fullwidth punctuation.
func genRenderText(n int) gopter.Gen {
	alphabet := []rune(`aZ09 <>&"'/=;:缴费通知海关货物（）《》：，。￥`)
	return gen.SliceOfN(n, gen.IntRange(0, len(alphabet)-1)).Map(func(idx []int) string {
		rs := make([]rune, len(idx))
		for i, k := range idx {
			rs[i] = alphabet[k]
		}
		s := strings.TrimSpace(string(rs))
		if s == "" {
			s = "x"
		}
		return s
	})
}

// genRenderCents generates amounts from 0.00 to max yuan, in fen.
func genRenderCents(max int64) gopter.Gen {
	return gen.Int64Range(0, max*100).Map(func(c int64) decimal.Decimal { return decimal.New(c, -2) })
}

// renderCase is a random valid notice and the case data it holds.
type renderCase struct {
	n      Notice
	values []string // Every string from the notice.
	cells  []string // The strings shown in the lines table.
}

func genRenderNotice() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(0, 6),
		gen.SliceOfN(14, genRenderText(40)),
		gen.SliceOfN(20, genRenderText(30)),
		gen.IntRange(1, 20),
		gen.SliceOfN(20, genRenderCents(10_000_000)),
		genRenderCents(1_000_000_000),
		gen.Int64Range(1, 1_000_000_000),
	).Map(func(v []any) renderCase {
		k, texts, descs, nLines := v[0].(int), v[1].([]string), v[2].([]string), v[3].(int)
		amounts, big, qty := v[4].([]decimal.Decimal), v[5].(decimal.Decimal), decimal.New(v[6].(int64), -2)
		// Numbers, identifiers and units are at most MaxCode bytes.
		for _, i := range []int{0, 2, 6, 10, 11} {
			texts[i] = fitRenderCode(texts[i])
		}
		g := renderCase{values: append([]string(nil), texts[:11]...)}
		h := rfxHeader(texts[0], testNotices()[k].Head().Issued.String())
		h.Office, h.Case, h.Contact.Name = texts[1], texts[2], texts[3]
		p1 := Party{Name: texts[4], Address: texts[5], Identifier: texts[6]}
		p2 := Party{Name: texts[7], Address: texts[8]}
		goods := Goods{Description: texts[9], Quantity: qty, Unit: texts[10], Value: big}
		switch n := testNotices()[k].(type) {
		case Payment:
			p := paymentFixture(nLines)
			p.Header, p.Payer, p.Goods = h, p1, goods
			p.Warehouse = Warehouse{Name: texts[7], Address: texts[8]}
			p.Payee = Payee{Name: texts[11], Bank: texts[12], Account: "6222 0000 1111"}
			g.values = append(g.values, texts[11], texts[12])
			p.Total = decimal.Zero
			for i := range p.Lines {
				// A random quantity, and the amount it makes at the line's
				// rate, as Validate checks (R-FEE-8).
				l := &p.Lines[i]
				l.Description, l.Quantity = descs[i], amounts[i]
				l.Amount = l.Quantity.Mul(l.Rate).Mul(decimal.New(int64(max(l.Days, 1)), 0)).Round(2)
				p.Total = p.Total.Add(l.Amount)
				g.cells = append(g.cells, descs[i])
			}
			p.PaidToWarehouse = decimal.Zero
			p.Due = p.Total
			p.Bond = big
			g.n = p
		case Suspension:
			n.Header, n.Holder, n.Consignee, n.Goods, n.Port = h, p1, p2, goods, texts[11]
			g.n, g.values = n, append(g.values, texts[11])
		case DetentionReceipt:
			n.Header, n.Consignee, n.Holder, n.Goods, n.Port = h, p1, p2, goods, texts[11]
			g.n, g.values = n, append(g.values, texts[11])
		case InvestigationResult:
			n.Header, n.Holder, n.Consignee, n.Goods = h, p1, p2, goods
			g.n = n
		case Release:
			n.Header, n.Holder, n.Consignee, n.Goods = h, p1, p2, goods
			g.n = n
		case Confiscation:
			n.Header, n.Consignee, n.Holder, n.Goods, n.Decision, n.Fine = h, p1, p2, goods, texts[11], big
			g.n, g.values = n, append(g.values, texts[11])
		case CounterGuarantee:
			n.Header, n.Holder, n.Consignee, n.Goods, n.Amount = h, p1, p2, goods, big
			g.n = n
		}
		return g
	})
}

// fitRenderCode cuts s to at most MaxCode bytes, at a rune boundary,
// without leading or trailing space.
func fitRenderCode(s string) string {
	for len(s) > MaxCode {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	if s = strings.TrimSpace(s); s == "" {
		return "X"
	}
	return s
}

// htmlEscaped is s as html/template writes it in element content.
func htmlEscaped(s string) string {
	var b strings.Builder
	if err := escapeTemplate.Execute(&b, s); err != nil {
		panic(err)
	}
	return b.String()
}

var escapeTemplate = htmltemplate.Must(htmltemplate.New("").Parse(`<p>{{.}}`))

// TestRenderProperties: any valid notice renders in both languages and
// both formats; its HTML holds every value of the notice escaped and no
// markup from it; its text holds every value, and no control character.
func TestRenderProperties(t *testing.T) {
	props := testgen.Properties(t, 150)
	props.Property("render", prop.ForAll(func(g renderCase) string {
		for _, lang := range []language.Tag{zhHans, enTag} {
			html, err := HTML(g.n, lang)
			if err != nil {
				return "HTML: " + err.Error()
			}
			if strings.Contains(strings.ToLower(html), "<script") {
				return "HTML contains <script"
			}
			for _, v := range append(g.values, g.cells...) {
				if want := strings.TrimPrefix(htmlEscaped(v), "<p>"); !strings.Contains(html, want) {
					return fmt.Sprintf("HTML lacks %q escaped as %q", v, want)
				}
			}
			text, err := Text(g.n, lang)
			if err != nil {
				return "Text: " + err.Error()
			}
			for _, v := range g.values {
				if !strings.Contains(squash(text), squash(v)) {
					return fmt.Sprintf("text lacks %q", v)
				}
			}
			for _, r := range text {
				if r < ' ' && r != '\n' {
					return fmt.Sprintf("text has %U", r)
				}
			}
		}
		return ""
	}, genRenderNotice()))
	props.TestingRun(t)
}

// TestFormatProperties: the fast number formatting writes what the
// decimal package writes, grouped.
func TestFormatProperties(t *testing.T) {
	props := testgen.Properties(t, 2000)
	genDec := gopter.CombineGens(gen.Int64(), gen.IntRange(-20, 20), gen.IntRange(0, 3)).Map(func(v []any) decimal.Decimal {
		c := v[0].(int64)
		for i := 0; i < v[2].(int); i++ { // Some small coefficients too.
			c /= 1000000
		}
		return decimal.New(c, int32(v[1].(int)))
	})
	ungroup := func(s string) string { return strings.ReplaceAll(s, ",", "") }
	props.Property("figures = StringFixed(2)", prop.ForAll(func(d decimal.Decimal) bool {
		return ungroup(figures(d)) == d.StringFixed(2)
	}, genDec))
	props.Property("formatQuantity = String", prop.ForAll(func(d decimal.Decimal) bool {
		return ungroup(formatQuantity(d)) == d.String()
	}, genDec))
	props.Property("formatRate states the rate exactly, with 2 places at least", prop.ForAll(func(d decimal.Decimal) string {
		s := ungroup(formatRate(d))
		back, err := decimal.NewFromString(s)
		if err != nil || !back.Equal(d) {
			return fmt.Sprintf("formatRate(%s) = %s", d, s)
		}
		if i := strings.IndexByte(s, '.'); i < 0 || len(s)-i-1 < 2 {
			return fmt.Sprintf("formatRate(%s) = %s has fewer than 2 places", d, s)
		}
		return ""
	}, genDec))
	props.Property("each format = the decimal package's string, grouped", prop.ForAll(func(d decimal.Decimal) string {
		fixed, str := group(d.StringFixed(2)), d.String()
		places := 0
		if i := strings.IndexByte(str, '.'); i >= 0 {
			places = len(str) - i - 1
		}
		for _, c := range []struct{ name, got, want string }{
			{"figures", figures(d), fixed},
			{"formatAmount zh", formatAmount(d, langZh), "￥" + fixed},
			{"formatAmount en", formatAmount(d, langEn), "CNY " + fixed},
			{"formatQuantity", formatQuantity(d), group(str)},
			{"formatRate", formatRate(d), group(withPlaces(str, places, 2))},
		} {
			if c.got != c.want {
				return fmt.Sprintf("%s(%s) = %s; want %s", c.name, d, c.got, c.want)
			}
		}
		return ""
	}, genDec))
	props.Property("group inserts a comma every 3 integer digits", prop.ForAll(func(d decimal.Decimal) bool {
		s := formatQuantity(d)
		intPart := strings.TrimPrefix(strings.SplitN(s, ".", 2)[0], "-")
		groups := strings.Split(intPart, ",")
		for i, g := range groups {
			if len(g) > 3 || i > 0 && len(g) != 3 || len(g) == 0 {
				return false
			}
		}
		return true
	}, genDec))
	props.TestingRun(t)
}

// TestRelease_preservationNamesHoldersBond: the release notice goes to
// both parties, so its refund paragraph names the bond it refunds as the
// holder's (Measures art 35; R-FEE-6), never "your" bond.
func TestRelease_preservationNamesHoldersBond(t *testing.T) {
	n := testNotices()[4].(Release)
	require.False(t, n.PreservationBy.IsZero())
	zh, err := HTML(n, zhHans)
	require.NoError(t, err)
	assert.Contains(t, zh, "就权利人提供的担保采取财产保全措施")
	assert.NotContains(t, zh, "你方提供的担保")
	en, err := HTML(n, enTag)
	require.NoError(t, err)
	assert.Contains(t, en, "against the holder&#39;s bond")
	assert.NotContains(t, en, "the bond you posted")
}
