package notice

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
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
