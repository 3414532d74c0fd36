package notice

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/iprborder/iprborder/storagecost"
)

// Tests that pin down layout decisions no other test would notice changing
// (found surviving by a mutation review).

// TestText_itemColumnAtLeast16: in a table too wide for 78 columns, the
// item column (the one that wraps) keeps 16 columns, and the other
// columns narrow instead. A unit of 39 columns leaves the item column
// less than nothing; it is 16 wide, and the unit column (to 19) and the
// rate column (to 5, its heading "(CNY)") give way.
func TestText_itemColumnAtLeast16(t *testing.T) {
	n := paymentFixture(3)
	n.Lines[2].Basis = storagecost.BasisUnknown
	n.Lines[2].Unit = "standard pallet position, 1.2 m x 1.0 m"
	require.NoError(t, n.Validate(calendar.China()))
	s, err := Text(n, enTag)
	require.NoError(t, err)
	table := s[strings.Index(s, "  No.  Item"):]
	table = table[:strings.Index(table, "  Total:")]
	const want = "" +
		"  No.  Item              Unit                 Quantity   Rate     Days  Amount\n" +
		"                                                        (CNY)            (CNY)\n" +
		"  ----------------------------------------------------------------------------\n" +
		"    1  Storage (普通仓   m³/day                   12.5   1.25  30 days  468.75\n" +
		"       位)\n" +
		"    2  Custody (专人看   consignment/day             1  20.00  30 days  600.00\n" +
		"       管)\n" +
		"    3  Handling in       standard pallet          1.85  35.00     once   64.75\n" +
		"                         position, 1.2 m x\n" +
		"                         1.0 m\n"
	assert.Equal(t, want, table)
	// The same in Chinese, whose headings are wider.
	zh, err := Text(n, zhHans)
	require.NoError(t, err)
	head := zh[strings.Index(zh, "  序号  收费项目"):]
	head = head[:strings.IndexByte(head, '\n')]
	assert.Equal(t, 2+4+2+16+2, textWidth(head[:strings.Index(head, "计费单位")]), "the unit column starts after 16 columns of item: %q", head)
}

// TestSuspension_officeClosesAtMidnight: an office open until 24:00 (the
// end of the day, which Validate accepts: Measures art 41) gives a holder
// who replies in person the whole day, as one who replies by post or
// through a bank has: the notice states no separate cut-off for a reply in
// person, in text or HTML, in either language. An office that closes at
// 23:59 has one.
func TestSuspension_officeClosesAtMidnight(t *testing.T) {
	n := testNotices()[1].(Suspension)
	for _, tc := range []struct {
		closes time.Duration
		cutoff bool
		clock  string
	}{
		{24 * time.Hour, false, ""},
		{23*time.Hour + 59*time.Minute, true, "23:59"},
	} {
		n.OfficeCloses = tc.closes
		require.NoError(t, n.Validate(calendar.China()))
		for _, f := range []Format{FormatText, FormatHTML} {
			var b bytes.Buffer
			require.NoError(t, Render(&b, n, f, zhHans, enTag))
			// Lines joined: with a space in English, without in Chinese.
			en := strings.Join(strings.Fields(b.String()), " ")
			zh := strings.Join(strings.Fields(b.String()), "")
			for _, s := range []struct{ flat, cutoff, person string }{
				{en, "in person, until the end of customs' office hours that day, " + tc.clock + " (China Standard Time)", "in person"},
				{zh, "直接到海关办理的，截止时间为该日海关正常工作时间结束，即" + tc.clock + "（北京时间）", "直接到海关办理"},
			} {
				cutoff := s.cutoff
				if f == FormatHTML {
					cutoff = strings.ReplaceAll(cutoff, "'", "&#39;")
				}
				if tc.cutoff {
					assert.Contains(t, s.flat, cutoff, "%s, office closing at %s", f, tc.clock)
				} else {
					assert.NotContains(t, s.flat, s.person, "%s, office closing at 24:00", f)
				}
			}
			assert.NotContains(t, en, "24:00 (China", f)
			assert.NotContains(t, zh, "即24:00", f)
		}
	}
}

// TestSuspension_officeClosesAtMidnightJSON: 24:00, the end of the day, is
// written "24:00" and read back as 24 hours; 00:00 is refused (an office
// does not close at the start of the day).
func TestSuspension_officeClosesAtMidnightJSON(t *testing.T) {
	n := fxSuspension(t)
	n.OfficeCloses = 24 * time.Hour
	data, err := json.Marshal(n)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"office_closes":"24:00"`)
	back, err := Parse(data)
	require.NoError(t, err)
	assert.Equal(t, 24*time.Hour, back.(Suspension).OfficeCloses)
	requireSame(t, n, back)

	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{24 * time.Hour, "24:00"}, {23*time.Hour + 59*time.Minute, "23:59"}, {time.Minute, "00:01"},
		{8*time.Hour + 5*time.Minute, "08:05"}, {99*time.Hour + 59*time.Minute, "99:59"},
		{100 * time.Hour, "100h0m0s"}, {-time.Minute, "-1m0s"}, {17*time.Hour + time.Second, "17h0m1s"},
	} {
		assert.Equal(t, tc.want, clockText(tc.d), "clockText(%v)", tc.d)
		got, err := clockJSON(tc.d).MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, `"`+tc.want+`"`, string(got), "clockJSON(%v)", tc.d)
	}
	for _, s := range []string{"24:00", "00:00", "23:59"} {
		d, err := parseClock(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, clockText(d))
	}
	n.OfficeCloses = 0
	_, err = json.Marshal(n)
	assert.ErrorIs(t, err, ErrInvalidNotice, "00:00")
}

// TestPlainText: plainText, the validation's fast path, accepts only text
// that textcode.CheckText accepts: every character of its ranges alone
// and between ASCII letters, and every string the fuzz-like mix below
// gives it.
func TestPlainText(t *testing.T) {
	accepted := 0
	check := func(s string) {
		t.Helper()
		if plainText(s) {
			accepted++
			if why := textcode.CheckText(s, len(s), true); why != "" {
				t.Fatalf("plainText(%q) but CheckText: %s", s, why)
			}
		}
	}
	for r := rune(1); r < 0x10000; r++ {
		check(string(r))
		check("a" + string(r) + "b")
	}
	assert.Greater(t, accepted, 2*(0x9FFF-0x4E00))
	pieces := []string{"a", " ", "  ", "海关", "，", "\u3000", "\u00a0", "\t", "\x00", "\xff", "\u202e", "“", "”", "（", "Z9", "\u0301", "\u2028"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(6); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	assert.False(t, plainText(" a"))
	assert.False(t, plainText("a "))
	assert.False(t, plainText("a\u3000"))
	assert.True(t, plainText("运动鞋（鞋舌及鞋底带“ACME”标识）"))
}

// TestNextLine: the lines nextLine returns one by one are those of
// wrapModel, the line breaking that wrap had before it was built on
// nextLine, and the width it gives for each is the line's display width,
// which the table pads by.
func TestNextLine(t *testing.T) {
	pieces := []string{"a", "bc", " ", "  ", "海关", "，", "《", "》", "\u3000", "é", "e\u0301", "Donaudampfschiff", "（元）", "ｱ", "한"}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(12); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s, width := b.String(), 2+r.Intn(20)
		want := wrapModel(s, width)
		require.Equal(t, want, wrap(s, width), "wrap(%q, %d)", s, width)
		if textWidth(s) <= width {
			continue // wrap returns s whole; nextLine is only called on wider text.
		}
		var got []string
		for rest := s; rest != ""; {
			var line string
			var w int
			line, w, rest = nextLine(rest, width)
			if w != textWidth(line) {
				t.Fatalf("nextLine(…, %d) = %q, width %d; want %d", width, line, w, textWidth(line))
			}
			got = append(got, line)
		}
		require.Equal(t, want, got, "nextLine(%q, %d), line by line", s, width)
	}
}

// wrapModel is wrap as it was written before nextLine: the reference of
// TestNextLine.
func wrapModel(s string, max int) []string {
	if max < 2 {
		max = 2
	}
	if textWidth(s) <= max {
		return []string{s}
	}
	lines := make([]string, 0, len(s)/max+2)
	for s != "" {
		cols, cut := 0, len(s)
		brk, skip := 0, 0
		var prev rune
		prevW := 0
		for i, r := range s {
			w := runeWidth(r)
			if i > 0 {
				switch {
				case r == ' ':
					brk, skip = i, 1
				case prev != ' ' && (prevW == 2 || w == 2) && !noBreakBefore(r) && !noBreakAfter(prev):
					brk, skip = i, 0
				}
			}
			if cols+w > max && r != ' ' {
				cut = i
				break
			}
			cols += w
			prev, prevW = r, w
		}
		if cut == len(s) {
			lines = append(lines, s)
			break
		}
		if brk == 0 {
			brk, skip = cut, 0
			if brk == 0 {
				_, brk = utf8.DecodeRuneInString(s)
			}
		}
		lines = append(lines, strings.TrimRight(s[:brk], " "))
		s = strings.TrimLeft(s[brk+skip:], " ")
	}
	return lines
}

// TestWriteTable: the table layout writes what it wrote before it wrapped
// cells line by line (writeTableModel), for random tables of short and
// long, ASCII and CJK cells, narrow and too wide, and the text layout's
// writeWrapped what it wrote before (writeWrappedModel).
func TestWriteTable(t *testing.T) {
	pieces := []string{"a", "12.5", "1,234.56", " ", "海关", "，", "（元）", "Storage (普通仓位)", "consignment/day",
		"standard pallet position, 1.2 m x 1.0 m", "30 days", "e\u0301", "Donaudampfschifffahrtsgesellschaft", ""}
	r := rand.New(rand.NewSource(3))
	cell := func() string {
		var b strings.Builder
		for j := r.Intn(4); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		return strings.TrimSpace(b.String())
	}
	for i := 0; i < 3000; i++ {
		tb := &table{Head: make([]string, 7), Right: []bool{true, false, false, true, true, true, true}}
		for j := range tb.Head {
			tb.Head[j] = cell()
		}
		for rows := r.Intn(5); rows > 0; rows-- {
			row := make([]string, 7)
			for j := range row {
				row[j] = cell()
			}
			tb.Rows = append(tb.Rows, row)
		}
		indent := r.Intn(4)
		var got, want bytes.Buffer
		writeTable(&got, tb, indent)
		writeTableModel(&want, tb, indent)
		require.Equal(t, want.String(), got.String(), "table %q %q", tb.Head, tb.Rows)

		s, width, ind := cell(), r.Intn(60)-2, r.Intn(8)
		if r.Intn(3) > 0 {
			s += " " + cell() + cell()
		}
		got.Reset()
		want.Reset()
		writeWrapped(&got, s, width, ind)
		writeWrappedModel(&want, s, width, ind)
		require.Equal(t, want.String(), got.String(), "writeWrapped(%q, %d, %d)", s, width, ind)
	}
}

// writeWrappedModel is writeWrapped as it was before nextLine.
func writeWrappedModel(b *bytes.Buffer, s string, width, indent int) {
	if textWidth(s) <= width {
		b.WriteString(s)
		b.WriteByte('\n')
		return
	}
	if s == "" {
		return // wrapLong("") was no line.
	}
	for i, l := range wrapModel(s, max(width, 2)) {
		if i > 0 {
			pad(b, indent)
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// writeTableModel is writeTable as it was before it wrapped cells line by
// line: the reference of TestWriteTable.
func writeTableModel(b *bytes.Buffer, t *table, indent int) {
	const gap = 2
	// A heading may wrap at its spaces ("Amount" over "(CNY)"), so that a
	// column of short numbers stays narrow.
	widths := make([]int, len(t.Head))
	for i, h := range t.Head {
		for _, w := range strings.Fields(h) {
			widths[i] = max(widths[i], textWidth(w))
		}
	}
	headMin := append([]int(nil), widths...) // No column narrower than its widest heading word.
	cellWidths := make([]int, len(t.Rows)*len(widths))
	for r, row := range t.Rows {
		for i, cell := range row {
			w := textWidth(cell)
			cellWidths[r*len(widths)+i] = w
			widths[i] = max(widths[i], w)
		}
	}
	rest := lineWidth - indent - gap*(len(widths)-1)
	for i, w := range widths {
		if i != 1 {
			rest -= w
		}
	}
	widths[1] = min(widths[1], max(rest, 16))
	// A table still too wide (a long unit, a huge quantity) narrows its
	// widest other column, one column at a time, down to its heading;
	// writeRow wraps the cells that no longer fit.
	for total := indent + gap*(len(widths)-1) + sum(widths); total > lineWidth; total-- {
		j := -1
		for i, w := range widths {
			if i != 1 && w > headMin[i] && (j < 0 || w > widths[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		widths[j]--
	}
	cells := make([][]string, len(widths))
	one := make([]string, len(widths)) // Backing for cells that fit.
	writeRow := func(row []string, cw []int) {
		lines := 1
		for i, cell := range row {
			if cw != nil && cw[i] <= widths[i] {
				one[i] = cell
				cells[i] = one[i : i+1 : i+1]
			} else {
				cells[i] = wrapModel(cell, widths[i])
			}
			lines = max(lines, len(cells[i]))
		}
		for l := 0; l < lines; l++ {
			start := b.Len()
			pad(b, indent)
			for i := range row {
				var s string
				if l < len(cells[i]) {
					s = cells[i][l]
				}
				if i > 0 {
					pad(b, gap)
				}
				var w int
				switch {
				case l >= len(cells[i]):
				case cw != nil && len(cells[i]) == 1:
					w = cw[i]
				default:
					w = textWidth(s)
				}
				if t.Right[i] {
					pad(b, widths[i]-w)
					b.WriteString(s)
				} else {
					b.WriteString(s)
					pad(b, widths[i]-w)
				}
			}
			// Drop the padding of empty cells at the end of the line.
			line := b.Bytes()[start:]
			b.Truncate(start + len(bytes.TrimRight(line, " ")))
			b.WriteByte('\n')
		}
	}
	writeRow(t.Head, nil)
	total := indent + gap*(len(widths)-1)
	for _, w := range widths {
		total += w
	}
	pad(b, indent)
	b.WriteString(strings.Repeat("-", total-indent))
	b.WriteByte('\n')
	for r, row := range t.Rows {
		writeRow(row, cellWidths[r*len(widths):(r+1)*len(widths)])
	}
}
