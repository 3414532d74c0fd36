package calendar_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// d is a short way to write a date in a table.
func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	valid := []struct {
		in   string
		want calendar.Date
	}{
		{"2024-02-09", calendar.Date{Year: 2024, Month: time.February, Day: 9}},
		{"2024-02-29", calendar.Date{Year: 2024, Month: time.February, Day: 29}},
		{"2000-02-29", calendar.Date{Year: 2000, Month: time.February, Day: 29}},
		{"0001-01-01", calendar.Date{Year: 1, Month: time.January, Day: 1}},
		{"9999-12-31", calendar.Date{Year: 9999, Month: time.December, Day: 31}},
	}
	for _, tc := range valid {
		t.Run(tc.in, func(t *testing.T) {
			got, err := calendar.ParseDate(tc.in)
			require.NoError(t, err)
			assert.Equalf(t, tc.want, got, "ParseDate(%q) = %v; want %v", tc.in, got, tc.want)
			assert.Equal(t, tc.in, got.String())
		})
	}

	invalid := []struct{ in, reason string }{
		{"2021-02-30", "day out of range"},
		{"2023-02-29", "day out of range"},
		{"1900-02-29", "day out of range"},
		{"2021-04-31", "day out of range"},
		{"2021-2-3", "form YYYY-MM-DD"},
		{"20210203", "form YYYY-MM-DD"},
		{"12021-02-03", "form YYYY-MM-DD"},
		{"2021-02-03T00:00", "form YYYY-MM-DD"},
		{" 2021-02-03", "form YYYY-MM-DD"},
		{"2021/02/03", "form YYYY-MM-DD"},
		{"+021-02-03", "form YYYY-MM-DD"},
		{"2021-0a-03", "form YYYY-MM-DD"},
		{"0000-01-01", "year out of range"},
		{"2021-00-10", "month out of range"},
		{"2021-13-10", "month out of range"},
		{"2021-01-00", "day out of range"},
		{"", "form YYYY-MM-DD"},
		{"２０２１-02-03", "form YYYY-MM-DD"},
	}
	for _, tc := range invalid {
		t.Run("invalid/"+tc.in, func(t *testing.T) {
			got, err := calendar.ParseDate(tc.in)
			require.Errorf(t, err, "ParseDate(%q) = %v; want an error", tc.in, got)
			assert.ErrorIs(t, err, calendar.ErrInvalidDate)
			var de *calendar.DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.in, de.Input, "the error names the input")
			assert.Contains(t, err.Error(), tc.reason)
			assert.True(t, strings.HasPrefix(err.Error(), "calendar: "), "error text starts with the package name: %q", err)
			assert.True(t, got.IsZero())
		})
	}
}

func TestParseDate_longInputIsClippedInTheMessage(t *testing.T) {
	_, err := calendar.ParseDate(strings.Repeat("9", 10000))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200)
}

func TestDate_AddDaysAgreesWithTime(t *testing.T) {
	// Every day from 1899 to 2101, and a stride across the whole range,
	// against the time package.
	check := func(tm time.Time) {
		t.Helper()
		got := calendar.DateOf(tm.Add(-8 * time.Hour)) // Midnight CST is 16:00 UTC the day before.
		want := calendar.Date{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}
		if got != want {
			t.Fatalf("DateOf(%v) = %v; want %v", tm, got, want)
		}
		if got.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v; want %v", got, got.Weekday(), tm.Weekday())
		}
	}
	epoch := calendar.Date{Year: 1970, Month: time.January, Day: 1}
	for tm := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 2102; tm = tm.AddDate(0, 0, 1) {
		check(tm)
		dd := calendar.Date{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}
		n := calendar.Days(tm.Sub(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour))
		if got := epoch.AddDays(n); got != dd {
			t.Fatalf("1970-01-01 + %d days = %v; want %v", n, got, dd)
		}
		if got := dd.DaysSince(epoch); got != n {
			t.Fatalf("%v.DaysSince(1970-01-01) = %d; want %d", dd, got, n)
		}
	}
	for tm := time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC); tm.Year() <= 9999; tm = tm.AddDate(0, 0, 97) {
		check(tm.Add(-12 * time.Hour))
	}
}

func TestDate_AddDaysOutOfRange(t *testing.T) {
	after := calendar.Date{Year: 10000, Month: time.January, Day: 1}
	before := calendar.Date{Year: 0, Month: time.December, Day: 31}
	invalid := calendar.Date{Year: 2021, Month: time.February, Day: 30}
	tests := []struct {
		from calendar.Date
		n    calendar.Days
		want calendar.Date
	}{
		{d("9999-12-31"), 1, after},
		{d("0001-01-01"), -1, before},
		{d("2024-01-01"), 1 << 62, after},
		{d("2024-01-01"), -1 << 62, before},
		{invalid, 1, invalid},                 // Invalid stays invalid.
		{calendar.Date{}, 5, calendar.Date{}}, // No date stays no date.
	}
	for _, tc := range tests {
		got := tc.from.AddDays(tc.n)
		assert.Equalf(t, tc.want, got, "%v.AddDays(%d)", tc.from, tc.n)
		if tc.want != (calendar.Date{}) {
			assert.False(t, got.IsValid())
			assert.False(t, got.IsZero(), "an overflow must not pass for \"no date\"")
			_, err := got.MarshalText()
			assert.ErrorIs(t, err, calendar.ErrInvalidDate)
		}
	}
	assert.Equal(t, "10000-01-01", after.String())
	assert.Equal(t, d("9999-12-31"), d("0001-01-01").AddDays(d("9999-12-31").DaysSince(d("0001-01-01"))))
}

func TestDate_StringOfAbsurdFields(t *testing.T) {
	assert.Equal(t, "-9223372036854775808-01-01", calendar.Date{Year: math.MinInt64, Month: 1, Day: 1}.String())
	assert.Equal(t, "2024--01-00", calendar.Date{Year: 2024, Month: -1, Day: 0}.String())
	_, err := calendar.ParseDate("x")
	assert.Error(t, err)
	_, err = calendar.NewDate(math.MinInt64, math.MinInt64, math.MinInt64)
	assert.ErrorContains(t, err, "{-9223372036854775808 -9223372036854775808 -9223372036854775808}")
}

// Civil Code art 202: the corresponding day, or the month's last day if
// there is none. Never time.AddDate's normalization into the next month.
func TestDate_AddMonths(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2024-03-15", 3, "2024-06-15"},
		{"2024-01-31", 1, "2024-02-29"}, // Leap year.
		{"2023-01-31", 1, "2023-02-28"},
		{"2023-10-31", 1, "2023-11-30"}, // AddDate would give 2023-12-01.
		{"2023-08-31", 1, "2023-09-30"},
		{"2023-11-30", 3, "2024-02-29"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2024-02-29", 48, "2028-02-29"},
		{"2024-02-28", 1, "2024-03-28"}, // The 28th, not the month end.
		{"2024-12-31", 2, "2025-02-28"},
		{"2024-05-31", -1, "2024-04-30"},
		{"2024-01-15", -1, "2023-12-15"},
		{"2024-01-15", 0, "2024-01-15"},
		{"2024-01-15", 120, "2034-01-15"},
		{"9999-11-30", 1, "9999-12-30"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s%+d", tc.from, tc.n), func(t *testing.T) {
			got := d(tc.from).AddMonths(tc.n)
			assert.Equalf(t, d(tc.want), got, "%s.AddMonths(%d) = %v; want %s", tc.from, tc.n, got, tc.want)
		})
	}
	for _, tc := range []struct {
		from calendar.Date
		n    int
		want string
	}{
		{d("9999-12-01"), 1, "10000-01-01"},
		{d("0001-01-31"), -1, "0000-12-31"},
		{d("2024-01-01"), 1 << 40, "10000-01-01"},
		{d("2024-01-01"), -1 << 40, "0000-12-31"},
		{calendar.Date{Year: 2024, Month: 13, Day: 1}, 1, "2024-13-01"},
	} {
		got := tc.from.AddMonths(tc.n)
		assert.Equalf(t, tc.want, got.String(), "%v.AddMonths(%d)", tc.from, tc.n)
		assert.False(t, got.IsValid())
	}
}

func TestDate_Compare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2024-02-09", "2024-02-09", 0},
		{"2024-02-09", "2024-02-10", -1},
		{"2024-03-01", "2024-02-29", 1},
		{"2023-12-31", "2024-01-01", -1},
	}
	for _, tc := range tests {
		a, b := d(tc.a), d(tc.b)
		assert.Equalf(t, tc.want, a.Compare(b), "%s.Compare(%s)", tc.a, tc.b)
		assert.Equal(t, -tc.want, b.Compare(a))
		assert.Equal(t, tc.want < 0, a.Before(b))
		assert.Equal(t, tc.want > 0, a.After(b))
		assert.Equal(t, tc.want == 0, a.Equal(b))
	}
}

func TestDate_StartEndInCST(t *testing.T) {
	day := d("2024-02-20")
	assert.Equal(t, "2024-02-19T16:00:00Z", day.Start().UTC().Format(time.RFC3339))
	assert.Equal(t, "2024-02-20T16:00:00Z", day.End().UTC().Format(time.RFC3339))
	assert.Equal(t, day, calendar.DateOf(day.Start()))
	assert.Equal(t, day, calendar.DateOf(day.End().Add(-time.Nanosecond)))
	assert.Equal(t, day.AddDays(1), calendar.DateOf(day.End()))
	// Month and year ends.
	assert.Equal(t, "2025-01-01T00:00:00+08:00", d("2024-12-31").End().Format(time.RFC3339))
	// An instant in another zone is dated in China Standard Time.
	ny := time.FixedZone("EST", -5*3600)
	assert.Equal(t, d("2024-02-21"), calendar.DateOf(time.Date(2024, 2, 20, 11, 0, 0, 0, ny)))
	_, off := time.Now().In(calendar.CST()).Zone()
	assert.Equal(t, 8*3600, off)
}

func TestDate_Text(t *testing.T) {
	var got calendar.Date
	require.NoError(t, got.UnmarshalText([]byte("2024-02-29")))
	assert.Equal(t, d("2024-02-29"), got)

	// On error the receiver is unchanged.
	err := got.UnmarshalText([]byte("2024-02-30"))
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	assert.Equal(t, d("2024-02-29"), got)

	// The zero Date is "no date": empty text both ways.
	b, err := calendar.Date{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	require.NoError(t, got.UnmarshalText(nil))
	assert.True(t, got.IsZero())

	// An instant outside the Date range gives an invalid Date.
	assert.False(t, calendar.DateOf(time.Date(-20000, 1, 1, 0, 0, 0, 0, time.UTC)).IsValid())
	// Start and End of an invalid date are the zero time.
	assert.True(t, calendar.Date{Year: 2021, Month: 2, Day: 30}.Start().IsZero())
	assert.True(t, calendar.Date{}.End().IsZero())

	// Any other invalid date cannot be marshaled.
	_, err = calendar.Date{Year: 2021, Month: 2, Day: 30}.MarshalText()
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)

	// JSON, through the text methods.
	type doc struct {
		Served calendar.Date `json:"served"`
		Paid   calendar.Date `json:"paid"`
	}
	out, err := json.Marshal(doc{Served: d("2024-02-09")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"served":"2024-02-09","paid":""}`, string(out))
	var back doc
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, doc{Served: d("2024-02-09")}, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"served":"2024-2-9"}`), &back), calendar.ErrInvalidDate)
}

func TestNewDate(t *testing.T) {
	got, err := calendar.NewDate(2024, time.February, 29)
	require.NoError(t, err)
	assert.Equal(t, d("2024-02-29"), got)

	for _, tc := range []calendar.Date{
		{Year: 2023, Month: time.February, Day: 29},
		{Year: 2024, Month: 0, Day: 1},
		{Year: 10000, Month: 1, Day: 1},
		{Year: -1 << 60, Month: 1, Day: 1},
		{Year: 2024, Month: 200, Day: -7},
	} {
		_, err := calendar.NewDate(tc.Year, tc.Month, tc.Day)
		assert.ErrorIsf(t, err, calendar.ErrInvalidDate, "NewDate(%d, %d, %d)", tc.Year, tc.Month, tc.Day)
		assert.False(t, tc.IsValid())
	}
	assert.Panics(t, func() { calendar.MustNewDate(2023, time.February, 29) })
	assert.Panics(t, func() { calendar.MustParseDate("2023-02-29") })
}

func TestDate_invalidWeekdayAndDaysSince(t *testing.T) {
	bad := calendar.Date{Year: 2021, Month: 2, Day: 30}
	assert.Equal(t, time.Sunday, bad.Weekday())
	assert.Equal(t, calendar.Days(0), bad.DaysSince(d("2021-01-01")))
	assert.Equal(t, calendar.Days(0), d("2021-01-01").DaysSince(bad))
}
