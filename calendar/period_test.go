package calendar_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriod_Deadline(t *testing.T) {
	wd := func(n int) calendar.Period { return calendar.Period{Count: n, Unit: calendar.UnitWorkingDays} }
	days := func(n int) calendar.Period { return calendar.Period{Count: n, Unit: calendar.UnitDays} }
	months := func(n int) calendar.Period { return calendar.Period{Count: n, Unit: calendar.UnitMonths} }
	sameDay := func(p calendar.Period) calendar.Period { p.Start = calendar.StartSameDay; return p }
	noRoll := func(p calendar.Period) calendar.Period { p.Roll = calendar.RollNone; return p }

	tests := []struct {
		name     string
		p        calendar.Period
		trigger  string
		want     string
		unrolled string // Empty when nothing can move (working days).
	}{
		// R-EXO-2: 3 WD from the day after service (the brief's worked example).
		{"ex officio reply", wd(3), "2024-02-09", "2024-02-20", ""},
		// R-APP-4 / R-EXO-7: from detention.
		{"20 WD from detention", wd(20), "2024-09-20", "2024-10-23", ""},
		{"50 WD from detention", wd(50), "2024-09-20", "2024-12-04", ""},
		// The trigger day counted.
		{"same day, working trigger", sameDay(wd(3)), "2024-02-19", "2024-02-21", ""},
		{"same day, holiday trigger", sameDay(wd(1)), "2024-02-17", "2024-02-18", ""},
		// Calendar days, Civil Code art 203.
		{"30 days ending on National Day rolls", days(30), "2024-09-01", "2024-10-08", "2024-10-01"},
		{"30 days ending on National Day, no roll", noRoll(days(30)), "2024-09-01", "2024-10-01", "2024-10-01"},
		{"days ending on a working day", days(10), "2024-03-01", "2024-03-11", "2024-03-11"},
		{"days ending on a Saturday roll to Monday", days(8), "2024-03-01", "2024-03-11", "2024-03-09"},
		{"days ending on a holiday roll onto an adjusted working day", days(1), "2024-02-16", "2024-02-18", "2024-02-17"},
		{"same-day days", sameDay(days(10)), "2024-03-01", "2024-03-11", "2024-03-10"},
		// Months, Civil Code art 202 then 203.
		{"months, corresponding day", months(3), "2024-10-31", "2025-02-05", "2025-01-31"},
		{"months, month end", months(1), "2023-10-31", "2023-11-30", "2023-11-30"},
		{"months, leap day", months(3), "2023-11-30", "2024-02-29", "2024-02-29"},
		{"months onto Spring Festival roll to the adjusted Sunday", months(1), "2024-01-10", "2024-02-18", "2024-02-10"},
		// R-FEE-3 / Measures art 34: the fee cap does not move.
		{"fee cap 3 months after service", noRoll(months(3)), "2024-11-30", "2025-02-28", "2025-02-28"},
		{"fee cap outside the coverage needs no calendar", noRoll(months(3)), "2035-05-31", "2035-08-31", "2035-08-31"},
	}
	c := calendar.China()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dl, err := tc.p.Deadline(c, d(tc.trigger))
			require.NoError(t, err)
			assert.Equalf(t, d(tc.want), dl.LastDay, "%v from %s: last day %v; want %s", tc.p, tc.trigger, dl.LastDay, tc.want)
			assert.Equal(t, d(tc.trigger), dl.Trigger)
			assert.Equal(t, tc.p, dl.Period)
			if tc.unrolled == "" {
				assert.True(t, dl.Unrolled.IsZero())
				assert.False(t, dl.Rolled())
			} else {
				assert.Equal(t, d(tc.unrolled), dl.Unrolled)
				assert.Equal(t, tc.unrolled != tc.want, dl.Rolled())
			}
			assert.Equal(t, d(tc.want).End(), dl.Ends())
		})
	}
}

func TestDeadline_Zero(t *testing.T) {
	var zero calendar.Deadline
	assert.True(t, zero.IsZero())
	assert.False(t, zero.Passed(time.Now()), "the zero Deadline never passes")
	assert.True(t, zero.Ends().IsZero())
	_, err := zero.EndsAt(17 * time.Hour)
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	dl, err := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}.Deadline(calendar.China(), d("2024-02-09"))
	require.NoError(t, err)
	assert.False(t, dl.IsZero())
}

func TestDeadline_Instants(t *testing.T) {
	dl, err := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}.Deadline(calendar.China(), d("2024-02-09"))
	require.NoError(t, err)
	assert.Equal(t, "2024-02-21T00:00:00+08:00", dl.Ends().Format(time.RFC3339))
	inPerson, err := dl.EndsAt(17*time.Hour + 30*time.Minute)
	require.NoError(t, err)
	assert.Equal(t, "2024-02-20T17:30:00+08:00", inPerson.Format(time.RFC3339))
	for _, bad := range []time.Duration{-time.Second, 24*time.Hour + time.Nanosecond} {
		_, err := dl.EndsAt(bad)
		assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	}
	// A bond posted by bank transfer at 23:59 CST on the last day is in
	// time; at 24:00 it is not (Measures art 41).
	assert.False(t, dl.Passed(time.Date(2024, 2, 20, 23, 59, 59, 0, calendar.CST())))
	assert.True(t, dl.Passed(time.Date(2024, 2, 21, 0, 0, 0, 0, calendar.CST())))
	assert.True(t, dl.Passed(time.Date(2024, 2, 20, 16, 0, 0, 0, time.UTC)))
}

func TestPeriod_Errors(t *testing.T) {
	c := calendar.China()
	invalid := []calendar.Period{
		{},
		{Count: 0, Unit: calendar.UnitDays},
		{Count: -3, Unit: calendar.UnitWorkingDays},
		{Count: calendar.MaxPeriodCount + 1, Unit: calendar.UnitDays},
		{Count: 3},
		{Count: 3, Unit: 9},
		{Count: 3, Unit: calendar.UnitDays, Start: 7},
		{Count: 3, Unit: calendar.UnitDays, Roll: 7},
		// No Civil Code rule for months counted from the trigger day.
		{Count: 1, Unit: calendar.UnitMonths, Start: calendar.StartSameDay},
	}
	for _, p := range invalid {
		assert.ErrorIsf(t, p.Validate(), calendar.ErrInvalidArgument, "%#v", p)
		_, err := p.Deadline(c, d("2024-01-01"))
		assert.ErrorIsf(t, err, calendar.ErrInvalidArgument, "%#v", p)
	}
	ok := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	_, err := ok.Deadline(c, calendar.Date{Year: 2024, Month: 2, Day: 30})
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	_, err = ok.Deadline(c, d("2027-12-29"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = calendar.Period{Count: 10, Unit: calendar.UnitDays}.Deadline(c, d("2027-12-28"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "rolling needs the calendar")
	_, err = calendar.Period{Count: 1, Unit: calendar.UnitDays, Start: calendar.StartSameDay, Roll: calendar.RollNone}.Deadline(c, d("0001-01-01"))
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	_, err = calendar.Period{Count: 12, Unit: calendar.UnitMonths, Roll: calendar.RollNone}.Deadline(c, d("9999-06-01"))
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	_, err = calendar.Period{Count: 1, Unit: calendar.UnitDays, Roll: calendar.RollNone}.Deadline(c, d("9999-12-31"))
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
}

func TestPeriod_String(t *testing.T) {
	tests := []struct {
		p    calendar.Period
		want string
	}{
		{calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}, "3 working days from the day after the trigger"},
		{calendar.Period{Count: 1, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}, "1 working day from the trigger day"},
		{calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}, "3 months from the day after the trigger, not moved off rest days"},
		{calendar.Period{Count: 30, Unit: calendar.UnitDays}, "30 days from the day after the trigger"},
		{calendar.Period{Count: 2, Unit: 9}, "2 %!Unit(9)"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.p.String())
	}
}

func TestPeriod_JSON(t *testing.T) {
	p := calendar.Period{Count: 30, Unit: calendar.UnitDays, Start: calendar.StartSameDay, Roll: calendar.RollNone}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"count":30,"unit":"days","start":"same-day","roll":"none"}`, string(b))
	var back calendar.Period
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
	// The law's defaults may be left out.
	require.NoError(t, json.Unmarshal([]byte(`{"count":3,"unit":"working-days"}`), &back))
	assert.Equal(t, calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}, back)

	for in, want := range map[string]string{
		`{"count":3,"unit":"weeks"}`:                     `unknown Unit "weeks"`,
		`{"count":0,"unit":"days"}`:                      "period count 0 out of range",
		`{"count":3}`:                                    "period unit not set",
		`{"count":3,"unit":"days","extra":true}`:         `unknown key "extra"`,
		`{"count":3,"Unit":"days"}`:                      `unknown key "Unit"`,
		`{"count":3,"count":4,"unit":"days"}`:            `duplicate key "count"`,
		`{"count":"3","unit":"days"}`:                    "count: cannot use a JSON string where a whole number is wanted",
		`{"count":1,"unit":"months","start":"same-day"}`: "month period cannot start on the trigger day",
		`null`: "period count 0 out of range",
	} {
		before := back
		err := json.Unmarshal([]byte(in), &back)
		assert.ErrorIsf(t, err, calendar.ErrInvalidArgument, "%s", in)
		assert.ErrorContainsf(t, err, want, "%s", in)
		assert.Equal(t, before, back, "unchanged on error")
	}
	// The type error of encoding/json is kept for errors.As.
	var te *json.UnmarshalTypeError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"count":"3","unit":"days"}`), &back), &te)
	// Called directly, without json.Unmarshal's own syntax check.
	assert.ErrorContains(t, back.UnmarshalJSON([]byte(`{"count":3,"unit":"days"} {}`)), "trailing data")
}

// Every enum value survives its text form, in any letter case, and unknown
// codes are rejected.
func TestEnums_Text(t *testing.T) {
	type codec interface {
		String() string
		MarshalText() ([]byte, error)
	}
	check := func(t *testing.T, valid []codec, parse func([]byte) (codec, error), invalid codec, invalidString string) {
		t.Helper()
		seen := map[string]bool{}
		for _, v := range valid {
			text, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(text))
			assert.False(t, seen[string(text)], "duplicate code %s", text)
			seen[string(text)] = true
			for _, in := range []string{string(text), upper(string(text))} {
				got, err := parse([]byte(in))
				require.NoError(t, err)
				assert.Equal(t, v, got)
			}
		}
		_, err := parse([]byte("no-such-code"))
		assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
		assert.Contains(t, err.Error(), "no-such-code")
		_, err = parse(nil)
		assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
		_, err = invalid.MarshalText()
		assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
		assert.Equal(t, invalidString, invalid.String())
	}
	t.Run("Kind", func(t *testing.T) {
		check(t, []codec{calendar.KindWorkday, calendar.KindWeekend, calendar.KindHoliday, calendar.KindAdjustedWorkday},
			func(b []byte) (codec, error) { var k calendar.Kind; err := k.UnmarshalText(b); return k, err },
			calendar.KindUnknown, "%!Kind(0)")
		assert.Equal(t, "%!Kind(9)", calendar.Kind(9).String())
		assert.False(t, calendar.KindUnknown.IsValid())
		assert.False(t, calendar.Kind(9).IsValid())
		assert.True(t, calendar.KindAdjustedWorkday.IsValid())
		assert.True(t, calendar.KindAdjustedWorkday.IsWorkday())
		assert.False(t, calendar.KindHoliday.IsWorkday())
	})
	t.Run("Unit", func(t *testing.T) {
		check(t, []codec{calendar.UnitWorkingDays, calendar.UnitDays, calendar.UnitMonths},
			func(b []byte) (codec, error) { var u calendar.Unit; err := u.UnmarshalText(b); return u, err },
			calendar.UnitUnknown, "%!Unit(0)")
	})
	t.Run("Start", func(t *testing.T) {
		check(t, []codec{calendar.StartNextDay, calendar.StartSameDay},
			func(b []byte) (codec, error) { var s calendar.Start; err := s.UnmarshalText(b); return s, err },
			calendar.Start(2), "%!Start(2)")
	})
	t.Run("Roll", func(t *testing.T) {
		check(t, []codec{calendar.RollForward, calendar.RollNone},
			func(b []byte) (codec, error) { var r calendar.Roll; err := r.UnmarshalText(b); return r, err },
			calendar.Roll(2), "%!Roll(2)")
	})
	// The receiver is unchanged on error.
	k := calendar.KindHoliday
	assert.Error(t, k.UnmarshalText([]byte("nope")))
	assert.Equal(t, calendar.KindHoliday, k)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
