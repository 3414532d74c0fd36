package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRenderAll_eachNoticeAsRenderWritesIt: the text of several notices is
// each notice's own text, in order, one rule of "=" between them, as
// between the languages of one; the HTML document holds each notice's
// pages unchanged, under one title naming the case.
func TestRenderAll_eachNoticeAsRenderWritesIt(t *testing.T) {
	ns := append(testNotices(), paymentFixture(12))
	for _, langs := range [][]language.Tag{{zhHans}, {enTag}, {zhHans, enTag}, {enTag, zhHans}} {
		var text, page bytes.Buffer
		require.NoError(t, RenderAll(&text, ns, FormatText, langs...))
		require.NoError(t, RenderAll(&page, ns, FormatHTML, langs...))
		var want []string
		for _, n := range ns {
			s, err := Text(n, langs...)
			require.NoError(t, err)
			want = append(want, s)
			h, err := HTML(n, langs...)
			require.NoError(t, err)
			body := h[strings.Index(h, "<body>")+len("<body>") : strings.LastIndex(h, "</body>")]
			assert.Contains(t, page.String(), body, "%s %s: its pages, unchanged", n.Kind(), tagList(langs))
		}
		rule := "\n" + strings.Repeat("=", lineWidth) + "\n\n"
		assert.Equal(t, strings.Join(want, rule), text.String(), "text in %s", tagList(langs))
		assert.Equal(t, len(ns)*len(langs), strings.Count(page.String(), `<section class="page"`))
		assert.Equal(t, 1, strings.Count(page.String(), "<html"))
	}
}

// TestRenderAll_title: the document is titled by the notices' case
// numbers, each once, in the order first met, in every language asked.
func TestRenderAll_title(t *testing.T) {
	a, b := testNotices()[0], paymentFixture(3)
	b.Case = "PVG-IPR-2024-0099"
	title := func(langs ...language.Tag) string {
		var w bytes.Buffer
		require.NoError(t, RenderAll(&w, []Notice{a, b, a}, FormatHTML, langs...))
		s := w.String()
		return s[strings.Index(s, "<title>")+len("<title>") : strings.Index(s, "</title>")]
	}
	c := a.Head().Case
	require.NotEqual(t, c, b.Case)
	assert.Equal(t, "案件"+c+"；PVG-IPR-2024-0099通知书", title(zhHans))
	assert.Equal(t, "Notices of Case "+c+"; PVG-IPR-2024-0099 / 案件"+c+"；PVG-IPR-2024-0099通知书", title(enTag, zhHans))
}

// TestRenderAll_json: the JSON is an array of the notices' own JSON, which
// Parse reads back one by one.
func TestRenderAll_json(t *testing.T) {
	ns := testNotices()
	var w bytes.Buffer
	require.NoError(t, RenderAll(&w, ns, FormatJSON))
	var raw []json.RawMessage
	require.NoError(t, json.Unmarshal(w.Bytes(), &raw))
	require.Len(t, raw, len(ns))
	for i, r := range raw {
		want, err := json.Marshal(ns[i])
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(r))
		n, err := Parse(r)
		require.NoError(t, err)
		assert.Equal(t, ns[i].Kind(), n.Kind())
	}
}

// TestRenderAll_errors: a bad argument or a bad notice anywhere writes
// nothing, and the error says which notice.
func TestRenderAll_errors(t *testing.T) {
	bad := paymentFixture(2)
	bad.Payer.Name = ""
	var nilPayment *Payment
	many := make([]Notice, MaxNotices+1)
	for i := range many {
		many[i] = testNotices()[0]
	}
	tests := []struct {
		name  string
		ns    []Notice
		f     Format
		langs []language.Tag
		is    error
		says  string
	}{
		{"no notices", nil, FormatText, []language.Tag{zhHans}, ErrInvalidArgument, "no notices given"},
		{"too many", many, FormatText, []language.Tag{zhHans}, ErrInvalidArgument, "101 notices given: want 1 to 100"},
		{"nil notice", []Notice{testNotices()[0], nil}, FormatHTML, []language.Tag{zhHans}, ErrInvalidArgument, "notice: notice 1: no notice given (nil)"},
		{"nil pointer", []Notice{nilPayment}, FormatJSON, nil, ErrInvalidArgument, "notice: notice 0: "},
		{"invalid notice", []Notice{testNotices()[0], testNotices()[1], bad}, FormatText, []language.Tag{enTag}, ErrInvalidNotice, "[2].payer.name"},
		{"invalid notice in JSON", []Notice{bad}, FormatJSON, nil, ErrInvalidNotice, "[0].payer.name"},
		{"unknown format", testNotices(), Format(99), []language.Tag{zhHans}, ErrInvalidArgument, "unknown format"},
		{"unsupported language", testNotices(), FormatHTML, []language.Tag{language.TraditionalChinese}, ErrUnsupportedLanguage, "zh-Hant"},
		{"no language", testNotices(), FormatText, nil, ErrInvalidArgument, "no language given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			w.WriteString("kept")
			err := RenderAll(&w, tt.ns, tt.f, tt.langs...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.is)
			assert.Contains(t, err.Error(), tt.says)
			assert.Equal(t, "kept", w.String(), "nothing written")
		})
	}
	var fes FieldErrors
	err := RenderAll(&bytes.Buffer{}, []Notice{testNotices()[0], bad}, FormatHTML, zhHans)
	require.True(t, errors.As(err, &fes))
	for _, fe := range fes {
		assert.True(t, strings.HasPrefix(fe.Field, "[1]."), "%q names the notice's index", fe.Field)
	}
	// The notices given are not changed.
	assert.Equal(t, "", bad.Payer.Name)
}

// TestRenderAll_writeError: an error from w is returned wrapped.
func TestRenderAll_writeError(t *testing.T) {
	boom := errors.New("disk full")
	err := RenderAll(failWriter{boom}, testNotices(), FormatText, zhHans)
	assert.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "notice: writing 7 notices")
}
