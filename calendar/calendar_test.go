package calendar_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The worked examples of the domain brief and of the notices themselves.
func TestChina_AddWorkdays(t *testing.T) {
	tests := []struct {
		name  string
		from  string
		n     calendar.WorkingDays
		want  string
		cites string
	}{
		{"brief: ex officio reply over Spring Festival 2024", "2024-02-09", 3, "2024-02-20", "Feb 10-17 holiday; Sun Feb 18 is a working day"},
		{"n = 0 is the day itself", "2024-02-10", 0, "2024-02-10", ""},
		{"a holiday start counts from the next working day", "2024-02-10", 1, "2024-02-18", "2024 notice"},
		{"ordinary week", "2024-03-04", 3, "2024-03-07", ""},
		{"over an ordinary weekend", "2024-03-08", 1, "2024-03-11", ""},
		{"New Year 2023 begins in 2022", "2022-12-30", 1, "2023-01-03", "2023 notice: 2022-12-31 to 2023-01-02"},
		{"2020 extension: Sat 2020-02-01 no longer worked", "2020-01-23", 1, "2020-02-03", "国办发明电〔2020〕1号"},
		{"20 working days from detention over National Day 2025", "2025-09-26", 20, "2025-10-30", "Sun Sep 28 and Sat Oct 11 worked; Oct 1-8 off"},
		{"50 working days across the 2026 Spring Festival", "2026-01-05", 50, "2026-03-20", "Feb 14 and 28 worked; Feb 15-23 off"},
		{"from the day before the coverage", "2019-12-31", 1, "2020-01-02", "2020-01-01 is New Year's Day"},
		{"to the last covered day", "2027-12-23", 1, "2027-12-24", ""},
		{"2027 Spring Festival (single source)", "2027-02-04", 1, "2027-02-14", "Sun Feb 14 worked"},
	}
	c := calendar.China()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.AddWorkdays(d(tc.from), tc.n)
			require.NoError(t, err)
			assert.Equalf(t, d(tc.want), got, "AddWorkdays(%s, %d) = %v; want %s (%s)", tc.from, tc.n, got, tc.want, tc.cites)
			back, err := c.WorkdaysBetween(d(tc.from), got)
			require.NoError(t, err)
			assert.Equalf(t, tc.n, back, "WorkdaysBetween(%s, %v) = %d; want %d", tc.from, got, back, tc.n)
		})
	}
}

func TestChina_WorkdaysBetween(t *testing.T) {
	tests := []struct {
		a, b string
		want calendar.WorkingDays
	}{
		{"2024-02-09", "2024-02-20", 3},
		{"2024-02-09", "2024-02-09", 0},
		{"2024-02-09", "2024-02-17", 0},   // (a, b] is all holiday.
		{"2023-12-31", "2024-12-31", 251}, // The working days of 2024.
		{"2019-12-31", "2020-12-31", 249}, // 2020, from before the coverage.
		{"2024-12-31", "2025-12-31", 248},
		{"2025-12-31", "2026-12-31", 248},
		{"2019-12-31", "2027-12-24", 1987},
	}
	c := calendar.China()
	for _, tc := range tests {
		got, err := c.WorkdaysBetween(d(tc.a), d(tc.b))
		require.NoError(t, err)
		assert.Equalf(t, tc.want, got, "WorkdaysBetween(%s, %s) = %d; want %d", tc.a, tc.b, got, tc.want)
	}
}

// Every day of 2020-2027 against the cross-check data of the domain brief.
func TestChina_MatchesHolidayTSV(t *testing.T) {
	listed := readHolidayTSV(t, "testdata/cn-holidays.tsv")
	c := calendar.China()
	first, last := c.Coverage()
	require.Equal(t, d("2020-01-01"), first)
	require.Equal(t, d("2027-12-24"), last, "the last week of 2027 waits for the 2028 notice")

	checked := 0
	for day := first; !day.After(last); day = day.AddDays(1) {
		got, err := c.Day(day)
		require.NoError(t, err)
		want := calendar.KindWorkday
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			want = calendar.KindWeekend
		}
		row, isListed := listed[day]
		if isListed {
			want = row.kind
			assert.Equalf(t, row.name, got.Festival.String(), "%s festival", day)
		}
		assert.Equalf(t, want, got.Kind, "%s: kind %v; want %v", day, got.Kind, want)
		work, err := c.IsWorkday(day)
		require.NoError(t, err)
		assert.Equal(t, want.IsWorkday(), work, "%s IsWorkday", day)
		checked++
	}
	assert.Equal(t, 2922-7, checked)
	// The TSV's rows outside the coverage (none today) would be a data gap.
	for day := range listed {
		assert.Truef(t, c.Covers(day), "TSV lists %s, outside the coverage", day)
	}
}

// The copy under testdata is the shared file of the project; when the
// shared tree is beside the checkout, as in CI, they must not drift.
func TestHolidayTSVIsTheSharedCopy(t *testing.T) {
	shared, err := os.ReadFile("../../shared/data/cn-holidays.tsv")
	if errors.Is(err, os.ErrNotExist) && os.Getenv("CI") == "" {
		t.Skip("../shared is not beside this checkout")
	}
	require.NoError(t, err)
	ours, err := os.ReadFile("testdata/cn-holidays.tsv")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(shared, ours), "calendar/testdata/cn-holidays.tsv differs from ../shared/data/cn-holidays.tsv: copy it and re-run")
}

type tsvRow struct {
	kind calendar.Kind
	name string
}

func readHolidayTSV(t *testing.T, path string) map[calendar.Date]tsvRow {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows := map[calendar.Date]tsvRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "date\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Lenf(t, cols, 3, "line %q", line)
		kind := map[string]calendar.Kind{"holiday": calendar.KindHoliday, "workday": calendar.KindAdjustedWorkday}[cols[1]]
		require.NotZerof(t, kind, "line %q", line)
		rows[d(cols[0])] = tsvRow{kind: kind, name: cols[2]}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(rows), 250)
	return rows
}

func TestChina_Day(t *testing.T) {
	c := calendar.China()
	day, err := c.Day(d("2024-02-12"))
	require.NoError(t, err)
	assert.Equal(t, calendar.KindHoliday, day.Kind)
	assert.Equal(t, "春节", day.Festival.Chinese)
	assert.Equal(t, d("2024-02-10"), day.First)
	assert.Equal(t, d("2024-02-17"), day.Last)
	assert.Equal(t, "国办发明电〔2023〕7号", day.Notice.Number)
	assert.False(t, day.IsWorkday())

	// A day the 2023 notice gives, in 2022.
	day, err = c.Day(d("2022-12-31"))
	require.NoError(t, err)
	assert.Equal(t, calendar.KindHoliday, day.Kind)
	assert.Equal(t, "国办发明电〔2022〕16号", day.Notice.Number, "cites the 2023 notice")

	// Ordinary days cite their year's notice.
	day, err = c.Day(d("2022-12-30"))
	require.NoError(t, err)
	assert.Equal(t, calendar.KindWorkday, day.Kind)
	assert.Equal(t, "国办发明电〔2021〕11号", day.Notice.Number)
	assert.Zero(t, day.Festival)

	// The 2027 data says where it comes from.
	day, err = c.Day(d("2027-02-08"))
	require.NoError(t, err)
	assert.Contains(t, day.Notice.Note, "single source")
}

func TestChina_Explain(t *testing.T) {
	c := calendar.China()
	tests := []struct {
		day  string
		want []string
	}{
		{"2024-02-09", []string{"2024-02-09 (Friday) is a working day", "ordinary Monday to Friday", "国务院办公厅关于2024年部分节假日安排的通知"}},
		{"2024-02-12", []string{"(Monday) is not a working day", "Spring Festival (春节) holiday, 2024-02-10 to 2024-02-17", "国办发明电〔2023〕7号"}},
		{"2024-02-18", []string{"(Sunday) is a working day", "weekend day made a working day", "Spring Festival (春节)"}},
		{"2024-03-09", []string{"(Saturday) is not a working day", "ordinary weekend day", "art 7"}},
		{"2020-02-01", []string{"Spring Festival, extended (春节延长假期) holiday, 2020-01-31 to 2020-02-02", "国务院办公厅关于延长2020年春节假期的通知 (国办发明电〔2020〕1号; 2020-01-26"}},
		{"2020-01-30", []string{"Spring Festival (春节) holiday, 2020-01-24 to 2020-01-30", "国办发明电〔2019〕16号"}},
		{"2027-10-01", []string{"single source", "6tail/lunar-go"}},
	}
	for _, tc := range tests {
		got, err := c.Explain(d(tc.day))
		require.NoError(t, err)
		for _, w := range tc.want {
			assert.Containsf(t, got, w, "Explain(%s)", tc.day)
		}
	}
}

func TestChina_SpecialDays(t *testing.T) {
	c := calendar.China()
	days, err := c.SpecialDays(d("2024-02-10"), d("2024-02-20"))
	require.NoError(t, err)
	var got []string
	for _, day := range days {
		got = append(got, day.Date.String()+" "+day.Kind.String())
	}
	assert.Equal(t, []string{
		"2024-02-10 holiday", "2024-02-11 holiday", "2024-02-12 holiday", "2024-02-13 holiday",
		"2024-02-14 holiday", "2024-02-15 holiday", "2024-02-16 holiday", "2024-02-17 holiday",
		"2024-02-18 adjusted-workday",
	}, got)

	days, err = c.SpecialDays(d("2024-03-01"), d("2024-03-31"))
	require.NoError(t, err)
	assert.Empty(t, days)

	_, err = c.SpecialDays(d("2024-03-31"), d("2024-03-01"))
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	_, err = c.SpecialDays(d("2027-12-01"), d("2028-01-31"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

func TestCalendar_NotCovered(t *testing.T) {
	c := calendar.China()
	tests := []struct {
		name    string
		call    func() error
		wantDay string
	}{
		{"IsWorkday after", func() error { _, err := c.IsWorkday(d("2028-01-03")); return err }, "2028-01-03"},
		{"IsWorkday before", func() error { _, err := c.IsWorkday(d("2019-12-31")); return err }, "2019-12-31"},
		{"Day", func() error { _, err := c.Day(d("2030-06-01")); return err }, "2030-06-01"},
		{"Explain", func() error { _, err := c.Explain(d("1999-06-01")); return err }, "1999-06-01"},
		{"AddWorkdays past the end", func() error { _, err := c.AddWorkdays(d("2027-12-23"), 2); return err }, "2027-12-25"},
		{"AddWorkdays huge n", func() error { _, err := c.AddWorkdays(d("2024-01-01"), 1<<62); return err }, "2027-12-25"},
		{"AddWorkdays from the last day", func() error { _, err := c.AddWorkdays(d("2027-12-24"), 1); return err }, "2027-12-25"},
		{"AddWorkdays in the provisional week", func() error { _, err := c.AddWorkdays(d("2027-12-27"), 1); return err }, "2027-12-28"},
		{"IsWorkday in the provisional week", func() error { _, err := c.IsWorkday(d("2027-12-27")); return err }, "2027-12-27"},
		{"AddWorkdays at the end of the range", func() error { _, err := c.AddWorkdays(d("9999-12-31"), 1); return err }, "10000-01-01"},
		{"AddWorkdays from after", func() error { _, err := c.AddWorkdays(d("2031-05-05"), 1); return err }, "2031-05-06"},
		{"AddWorkdays from before", func() error { _, err := c.AddWorkdays(d("2019-12-30"), 1); return err }, "2019-12-31"},
		{"WorkdaysBetween past the end", func() error { _, err := c.WorkdaysBetween(d("2027-12-01"), d("2028-01-05")); return err }, "2027-12-25"},
		{"WorkdaysBetween from before", func() error { _, err := c.WorkdaysBetween(d("2019-12-30"), d("2020-01-05")); return err }, "2019-12-31"},
		{"WorkdaysBetween all after", func() error { _, err := c.WorkdaysBetween(d("2030-01-01"), d("2030-01-05")); return err }, "2030-01-02"},
		{"zero Calendar", func() error { _, err := calendar.Calendar{}.AddWorkdays(d("2024-01-01"), 1); return err }, "2024-01-02"},
		{"zero Calendar WorkdaysBetween", func() error {
			_, err := calendar.Calendar{}.WorkdaysBetween(d("2024-01-01"), d("2024-01-02"))
			return err
		}, "2024-01-02"},
		{"zero Calendar IsWorkday", func() error { _, err := calendar.Calendar{}.IsWorkday(d("2024-01-01")); return err }, "2024-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.ErrorIs(t, err, calendar.ErrNotCovered)
			var ce *calendar.CoverageError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tc.wantDay, ce.Day.String(), "the first day needed that is not covered")
			assert.Contains(t, err.Error(), tc.wantDay)
		})
	}
	// What needs no day needs no coverage.
	got, err := c.AddWorkdays(d("2040-01-01"), 0)
	require.NoError(t, err)
	assert.Equal(t, d("2040-01-01"), got)
	n, err := calendar.Calendar{}.WorkdaysBetween(d("2040-01-01"), d("2040-01-01"))
	require.NoError(t, err)
	assert.Zero(t, n)
}

func TestCalendar_BadArguments(t *testing.T) {
	c := calendar.China()
	bad := calendar.Date{Year: 2021, Month: time.February, Day: 30}
	_, err := c.AddWorkdays(d("2024-01-01"), -1)
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	assert.Contains(t, err.Error(), "-1")
	_, err = c.AddWorkdays(bad, 1)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	assert.Contains(t, err.Error(), "2021-02-30")
	_, err = c.AddWorkdays(calendar.Date{}, 0)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	_, err = c.WorkdaysBetween(d("2024-02-20"), d("2024-02-09"))
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument)
	assert.Contains(t, err.Error(), "2024-02-20..2024-02-09")
	_, err = c.WorkdaysBetween(bad, d("2024-02-09"))
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	_, err = c.WorkdaysBetween(d("2024-02-09"), bad)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	_, err = c.IsWorkday(bad)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	_, err = c.Day(calendar.Date{Year: 99999, Month: 1, Day: 1})
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
	assert.False(t, c.Covers(bad))
}

// A year's arrangement for tests, valid unless changed.
func arrangement2028() calendar.Arrangement {
	spring := calendar.Festival{Chinese: "春节", English: "Spring Festival"}
	return calendar.Arrangement{
		Year:    2028,
		Notices: []calendar.Notice{{Title: "国务院办公厅关于2028年部分节假日安排的通知 (test data)"}},
		Holidays: []calendar.Holiday{
			{Festival: calendar.Festival{Chinese: "元旦", English: "New Year's Day"}, First: d("2028-01-01"), Last: d("2028-01-03")},
			{Festival: spring, First: d("2028-01-25"), Last: d("2028-02-02")},
		},
		Workdays: []calendar.AdjustedWorkday{
			{Date: d("2028-01-22"), Festival: spring},
			{Date: d("2028-02-05"), Festival: spring},
		},
	}
}

func TestCalendar_With(t *testing.T) {
	c := calendar.China()
	next, err := c.With(arrangement2028())
	require.NoError(t, err)
	_, last := next.Coverage()
	assert.Equal(t, d("2028-12-24"), last)
	got, err := next.AddWorkdays(d("2027-12-31"), 1)
	require.NoError(t, err)
	assert.Equal(t, d("2028-01-04"), got)
	kind := func(cal calendar.Calendar, s string) calendar.Kind {
		day, err := cal.Day(d(s))
		require.NoError(t, err)
		return day.Kind
	}
	assert.Equal(t, calendar.KindAdjustedWorkday, kind(next, "2028-01-22"))
	assert.Equal(t, calendar.KindHoliday, kind(next, "2028-01-31"))

	// The receiver is unchanged.
	_, last = c.Coverage()
	assert.Equal(t, d("2027-12-24"), last)
	_, err = c.AddWorkdays(d("2027-12-31"), 1)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.False(t, c.Equal(next))
	assert.True(t, calendar.China().Equal(c))

	// The same year twice, and a gap.
	_, err = next.With(arrangement2028())
	assert.ErrorIs(t, err, calendar.ErrInvalidArrangement)
	assert.Contains(t, err.Error(), "the same year is given twice")
	gap := arrangement2028()
	gap.Year = 2029
	for i := range gap.Holidays {
		gap.Holidays[i].First.Year, gap.Holidays[i].Last.Year = 2029, 2029
	}
	gap.Workdays = nil
	_, err = c.With(gap)
	assert.ErrorIs(t, err, calendar.ErrInvalidArrangement)
	assert.Contains(t, err.Error(), "year 2028 is missing")
}

func TestNew_SpillIntoPreviousYear(t *testing.T) {
	// The 2023 arrangement gives 2022-12-31; the 2022 one must not give it
	// too.
	arrs := calendar.China().Arrangements()
	for i := range arrs {
		if arrs[i].Year == 2022 {
			arrs[i].Holidays = append(arrs[i].Holidays, calendar.Holiday{
				Festival: calendar.Festival{Chinese: "测试", English: "Test"}, First: d("2022-12-30"), Last: d("2022-12-31")})
		}
	}
	_, err := calendar.New(arrs...)
	require.ErrorIs(t, err, calendar.ErrInvalidArrangement)
	assert.Contains(t, err.Error(), "2022-12-31")
	assert.Contains(t, err.Error(), "gives this day, and so does the 2022 arrangement's Test (测试) holiday 2022-12-30..2022-12-31")

	// A first year's spill into an uncovered December is kept out of the
	// coverage.
	only2023 := arrs[3]
	require.Equal(t, 2023, only2023.Year)
	c, err := calendar.New(only2023)
	require.NoError(t, err)
	first, _ := c.Coverage()
	assert.Equal(t, d("2023-01-01"), first)
	_, err = c.IsWorkday(d("2022-12-31"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

func TestArrangement_Validate(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *calendar.Arrangement)
		want   []string // Substrings of the error, one per problem.
	}{
		{"year out of range", func(a *calendar.Arrangement) { a.Year = 1900 }, []string{"year \"1900\": out of range 1996-2100"}},
		{"no notice", func(a *calendar.Arrangement) { a.Notices = nil }, []string{"notices: at least one"}},
		{"empty title", func(a *calendar.Arrangement) { a.Notices[0].Title = "" }, []string{"notices[0].title: required"}},
		{"control character", func(a *calendar.Arrangement) { a.Notices[0].Title = "bad\x00title" }, []string{"non-printable"}},
		{"invalid UTF-8", func(a *calendar.Arrangement) { a.Holidays[0].Festival.Chinese = "\xff" }, []string{"holidays[0].festival.zh", "not valid UTF-8"}},
		{"festival name too long", func(a *calendar.Arrangement) { a.Holidays[0].Festival.English = strings.Repeat("x", 65) }, []string{"longer than 64 bytes"}},
		{"invalid date", func(a *calendar.Arrangement) { a.Holidays[1].Last = calendar.Date{Year: 2028, Month: 2, Day: 30} }, []string{"holidays[1].last \"2028-02-30\": not a valid date"}},
		{"first after last", func(a *calendar.Arrangement) { a.Holidays[1].First = d("2028-02-10") }, []string{"first day after last day"}},
		{"block too long", func(a *calendar.Arrangement) { a.Holidays[1].Last = d("2028-04-10") }, []string{"longer than 31 days"}},
		{"date in the next year", func(a *calendar.Arrangement) { a.Holidays[1].Last = d("2029-01-02") }, []string{"outside the year (allowed 2027-12-25..2028-12-31)"}},
		{"date too early in the previous year", func(a *calendar.Arrangement) { a.Holidays[0].First = d("2027-12-20") }, []string{"outside the year"}},
		{"block wholly in the previous year", func(a *calendar.Arrangement) {
			a.Holidays[0].First, a.Holidays[0].Last = d("2027-12-27"), d("2027-12-28")
		}, []string{"block ends before the year starts"}},
		{"overlapping blocks", func(a *calendar.Arrangement) { a.Holidays[0].Last = d("2028-01-26") }, []string{"holidays[1]", "overlaps holidays[0] 2028-01-01..2028-01-26"}},
		{"workday on a weekday", func(a *calendar.Arrangement) { a.Workdays[0].Date = d("2028-01-21") }, []string{"workdays[0].date \"2028-01-21\": is a Friday"}},
		{"workday inside a block", func(a *calendar.Arrangement) { a.Workdays[0].Date = d("2028-01-29") }, []string{"workdays[0].date", "inside holidays[1] 2028-01-25..2028-02-02"}},
		{"workday twice", func(a *calendar.Arrangement) { a.Workdays[1].Date = a.Workdays[0].Date }, []string{"workdays[1].date", "repeats workdays[0]"}},
		{"workday without festival", func(a *calendar.Arrangement) { a.Workdays[1].Festival = calendar.Festival{} }, []string{"workdays[1].festival.zh: required", "workdays[1].festival.en: required"}},
		{"several problems at once", func(a *calendar.Arrangement) {
			a.Notices[0].Title = ""
			a.Workdays[0].Date = d("2028-01-21")
		}, []string{"notices[0].title: required", "is a Friday"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := arrangement2028()
			tc.change(&a)
			err := a.Validate()
			require.ErrorIs(t, err, calendar.ErrInvalidArrangement)
			var ae *calendar.ArrangementError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, a.Year, ae.Year)
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
			// New reports the same and builds nothing.
			c, err2 := calendar.New(a)
			assert.ErrorIs(t, err2, calendar.ErrInvalidArrangement)
			assert.Equal(t, calendar.Calendar{}, c)
			// With leaves the receiver unchanged.
			china := calendar.China()
			_, err3 := china.With(a)
			assert.Error(t, err3)
			assert.True(t, china.Equal(calendar.China()))
		})
	}
	require.NoError(t, arrangement2028().Validate())
	for _, a := range calendar.China().Arrangements() {
		require.NoErrorf(t, a.Validate(), "China %d", a.Year)
	}
	_, err := calendar.New()
	assert.ErrorIs(t, err, calendar.ErrInvalidArrangement)
	assert.Panics(t, func() { calendar.MustNew() })
}

func TestArrangements_ReturnsACopy(t *testing.T) {
	c := calendar.China()
	arrs := c.Arrangements()
	arrs[0].Holidays[0].First = d("2020-06-01")
	arrs[0].Notices[0].Title = "changed"
	assert.Equal(t, d("2020-01-01"), c.Arrangements()[0].Holidays[0].First)
	assert.NotEqual(t, "changed", c.Arrangements()[0].Notices[0].Title)
	assert.True(t, c.Equal(calendar.China()))

	// Order of input does not matter.
	given := c.Arrangements()
	given[0], given[7] = given[7], given[0]
	given[2].Holidays[0], given[2].Holidays[1] = given[2].Holidays[1], given[2].Holidays[0]
	shuffled, err := calendar.New(given...)
	require.NoError(t, err)
	assert.True(t, shuffled.Equal(c))
	assert.False(t, calendar.Calendar{}.Equal(c))
	assert.True(t, calendar.Calendar{}.Equal(calendar.Calendar{}))
	assert.Nil(t, calendar.Calendar{}.Arrangements())
}

func TestCalendar_JSONRoundTrip(t *testing.T) {
	c := calendar.China()
	data, err := json.Marshal(c)
	require.NoError(t, err)
	var back calendar.Calendar
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(c), "a calendar built from JSON equals the one built in Go")

	// A newly announced year from a file.
	one, err := json.Marshal([]calendar.Arrangement{arrangement2028()})
	require.NoError(t, err)
	arrs, err := calendar.ParseArrangements(one)
	require.NoError(t, err)
	next, err := c.With(arrs...)
	require.NoError(t, err)
	_, last := next.Coverage()
	assert.Equal(t, d("2028-12-24"), last)

	// On error the receiver is unchanged.
	err = json.Unmarshal([]byte(`[{"year":2020,"notices":[]}]`), &back)
	assert.ErrorIs(t, err, calendar.ErrInvalidArrangement)
	assert.True(t, back.Equal(c))

	empty, err := json.Marshal(calendar.Calendar{})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(empty))
	assert.ErrorIs(t, json.Unmarshal(empty, &back), calendar.ErrInvalidArrangement, "an empty calendar cannot be built")
}

func TestParseArrangements_Errors(t *testing.T) {
	good, err := json.Marshal(arrangement2028())
	require.NoError(t, err)
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", `nope`, "arrangement JSON"},
		{"object not array", string(good), "cannot use a JSON object where an array is wanted"},
		{"unknown field", `[{"year":2028,"notices":[{"title":"t"}],"holidays":[],"workdays":[],"extra":1}]`, "unknown key \"extra\""},
		{"key in another case", `[{"YEAR":2028,"notices":[{"title":"t"}]}]`, "unknown key \"YEAR\" (keys are lower case"},
		{"known key in the wrong place", `[{"year":2028,"notices":[{"title":"t","zh":"x"}]}]`, "unknown field \"zh\""},
		{"duplicate key", `[{"year":2027,"year":2028,"notices":[{"title":"t"}]}]`, "duplicate key \"year\""},
		{"duplicate nested key", `[{"year":2028,"notices":[{"title":"t","title":"u"}]}]`, "duplicate key \"title\""},
		{"null", `null`, "want an array of arrangements, got null"},
		{"no such notice", `[{"year":2028,"notices":[{"title":"t"}],"holidays":[{"festival":{"zh":"a","en":"b"},"first":"2028-01-01","last":"2028-01-01","notice":1}]}]`, "holidays[0].notice \"1\": no such notice: the arrangement has 1"},
		{"bad date", `[{"year":2028,"notices":[{"title":"t"}],"holidays":[{"festival":{"zh":"a","en":"b"},"first":"2028-1-1","last":"2028-01-02"}],"workdays":[]}]`, "invalid date \"2028-1-1\""},
		{"invalid arrangement", `[{"year":2028,"notices":[{"title":"t"}],"holidays":[],"workdays":[{"date":"2028-01-03","festival":{"zh":"a","en":"b"}}]}]`, "is a Monday"},
		{"null element", `[null]`, "year \"0\""},
		{"trailing data", `[] []`, "trailing data"},
		{"too deep", strings.Repeat("[", 20) + strings.Repeat("]", 20), "nested more than 8 levels deep"},
		{"too large", "[" + strings.Repeat(" ", 1<<20) + "]", "more than 1048576"},
		{"wrong type", `[{"year":"2028"}]`, "year: cannot use a JSON string where a whole number is wanted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arrs, err := calendar.ParseArrangements([]byte(tc.in))
			require.Error(t, err)
			assert.Nil(t, arrs)
			assert.ErrorIs(t, err, calendar.ErrInvalidArrangement)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), "calendar: "), "%q", err)
		})
	}
	var a calendar.Arrangement
	require.NoError(t, json.Unmarshal(good, &a))
	assert.Equal(t, 2028, a.Year)
	before := a
	assert.Error(t, json.Unmarshal([]byte(`{"year":1}`), &a))
	assert.Equal(t, before.Year, a.Year, "on error the receiver is unchanged")
}

func TestCalendar_ConcurrentUse(t *testing.T) {
	// Run with -race: China is built once and shared by every goroutine.
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			c := calendar.China()
			from := d("2024-01-01").AddDays(calendar.Days(g * 17))
			for n := calendar.WorkingDays(0); n < 200; n++ {
				to, err := c.AddWorkdays(from, n)
				if err != nil {
					t.Error(err)
					return
				}
				if back, _ := c.WorkdaysBetween(from, to); back != n {
					t.Errorf("round trip %v %d: %d", from, n, back)
					return
				}
				if _, err := c.Explain(to); err != nil {
					t.Error(err)
					return
				}
			}
			if _, err := c.With(arrangement2028()); err != nil {
				t.Error(err)
			}
		}(g)
	}
	wg.Wait()
}

func TestCalendar_String(t *testing.T) {
	assert.Equal(t, "calendar 2020-01-01..2027-12-24", calendar.China().String())
	assert.Equal(t, "calendar (empty)", calendar.Calendar{}.String())
}

// Regression: the last days of the last loaded year are provisional. The
// 2019 notice (国办发明电〔2018〕15号) made Saturday 2018-12-29 a working day
// and 2018-12-30 to 2019-01-01 the New Year break; a calendar holding 2018
// alone must not answer those days from the weekend rule.
func TestCoverage_LastWeekWaitsForTheNextNotice(t *testing.T) {
	newYear := calendar.Festival{Chinese: "元旦", English: "New Year's Day"}
	y2018 := calendar.Arrangement{ // Only what this test needs of 2018.
		Year:    2018,
		Notices: []calendar.Notice{{Title: "国务院办公厅关于2018年部分节假日安排的通知", Note: "test data: holidays left out"}},
	}
	y2019 := calendar.Arrangement{
		Year:     2019,
		Notices:  []calendar.Notice{{Title: "国务院办公厅关于2019年部分节假日安排的通知", Number: "国办发明电〔2018〕15号", Issued: d("2018-12-04")}},
		Holidays: []calendar.Holiday{{Festival: newYear, First: d("2018-12-30"), Last: d("2019-01-01")}},
		Workdays: []calendar.AdjustedWorkday{{Date: d("2018-12-29"), Festival: newYear}},
	}
	only2018, err := calendar.New(y2018)
	require.NoError(t, err)
	_, last := only2018.Coverage()
	assert.Equal(t, d("2018-12-24"), last)
	for _, day := range []string{"2018-12-25", "2018-12-29", "2018-12-31"} {
		_, err := only2018.IsWorkday(d(day))
		assert.ErrorIsf(t, err, calendar.ErrNotCovered, "%s must wait for the 2019 notice", day)
	}
	_, err = only2018.AddWorkdays(d("2018-12-21"), 3)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)

	both, err := calendar.New(y2018, y2019)
	require.NoError(t, err)
	got, err := both.AddWorkdays(d("2018-12-26"), 3)
	require.NoError(t, err)
	assert.Equal(t, d("2018-12-29"), got, "27 and 28 December, then Saturday 29 December worked")
	day, err := both.Day(d("2018-12-31"))
	require.NoError(t, err)
	assert.Equal(t, calendar.KindHoliday, day.Kind)
	assert.Equal(t, "国办发明电〔2018〕15号", day.Notice.Number)
}

func TestArrangement_ValidateReportsEveryOverlap(t *testing.T) {
	a := arrangement2028()
	a.Holidays = []calendar.Holiday{
		{Festival: a.Holidays[0].Festival, First: d("2028-01-01"), Last: d("2028-01-10")},
		{Festival: a.Holidays[0].Festival, First: d("2028-01-02"), Last: d("2028-01-03")},
		{Festival: a.Holidays[0].Festival, First: d("2028-01-05"), Last: d("2028-01-06")},
	}
	a.Workdays = nil
	var problems calendar.ArrangementErrors
	require.ErrorAs(t, a.Validate(), &problems)
	require.Len(t, problems, 2)
	assert.Equal(t, "holidays[1]", problems[0].Field)
	assert.Equal(t, "holidays[2]", problems[1].Field)
	assert.Contains(t, problems[1].Reason, "overlaps holidays[0] 2028-01-01..2028-01-10")
}

func TestArrangementErrors(t *testing.T) {
	a := arrangement2028()
	a.Notices[0].Title = ""
	a.Workdays[0].Date = d("2028-01-21")
	err := a.Validate()
	var problems calendar.ArrangementErrors
	require.ErrorAs(t, err, &problems)
	assert.Len(t, problems, 2)
	var first *calendar.ArrangementError
	require.ErrorAs(t, err, &first)
	assert.Equal(t, "notices[0].title", first.Field)
	assert.Equal(t, problems[0].Error()+"\n"+problems[1].Error(), err.Error())
	assert.ErrorIs(t, calendar.ArrangementErrors{}, calendar.ErrInvalidArrangement)
	assert.NoError(t, arrangement2028().Validate(), "a valid arrangement gives a nil error, not an empty list")
}

// The hot paths allocate nothing, on the fast path and on the slower ones
// (n = 0, a start on the day before the coverage).
func TestCalendar_NoAllocations(t *testing.T) {
	c := calendar.China()
	from, before := d("2024-02-09"), d("2019-12-31")
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	fee := calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}
	cases := map[string]func(){
		"AddWorkdays":                     func() { _, _ = c.AddWorkdays(from, 50) },
		"AddWorkdays n=0":                 func() { _, _ = c.AddWorkdays(from, 0) },
		"AddWorkdays from the day before": func() { _, _ = c.AddWorkdays(before, 50) },
		"WorkdaysBetween":                 func() { _, _ = c.WorkdaysBetween(from, d("2025-02-09")) },
		"WorkdaysBetween from the day before": func() {
			_, _ = c.WorkdaysBetween(before, d("2020-03-01"))
		},
		"IsWorkday":         func() { _, _ = c.IsWorkday(from) },
		"Day":               func() { _, _ = c.Day(from) },
		"Deadline":          func() { _, _ = reply.Deadline(c, from) },
		"Deadline, no roll": func() { _, _ = fee.Deadline(c, from) },
		"ParseDate":         func() { _, _ = calendar.ParseDate("2024-02-09") },
		"Date.AppendText":   func() { var buf [16]byte; _, _ = from.AppendText(buf[:0]) },
	}
	for name, f := range cases {
		if got := testing.AllocsPerRun(100, f); got != 0 {
			t.Errorf("%s: %v allocations per run; want 0", name, got)
		}
	}
	a := c.Arrangements()[4]
	if got := testing.AllocsPerRun(20, func() { _ = a.Validate() }); got > 1 {
		t.Errorf("Validate of a good arrangement: %v allocations per run; want at most 1", got)
	}
}
