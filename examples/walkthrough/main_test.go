package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/storagecost"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func TestRun_golden(t *testing.T) {
	tests := []struct {
		name, file string
		args       []string
	}{
		// The README's first command: the reply crosses the Spring Festival.
		{"default", "default.txt", nil},
		{"json", "default.json", []string{"-json"}},
		{"english", "lang-en.txt", []string{"-lang", "en"}},
		// The reply crosses the 8 days of National Day and Mid-Autumn 2025,
		// detention falls on a working Saturday, and the stay is billed
		// under the 2025 tariff.
		{"national-day-2025", "national-day-2025.txt", []string{"-start", "2025-09-29", "-lang", "zh-Hans"}},
		// Goods under 20,000: the bond is the value, 3,000.00, and does not
		// cover the fees (Measures art 23; Regs art 25).
		{"bond-short", "bond-short.txt", []string{"-value", "3000", "-lang", "en"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tc.args, &out, &errOut)
			require.Equalf(t, 0, code, "stderr: %s", errOut.String())
			assert.Empty(t, errOut.String())
			golden := filepath.Join("testdata", "golden", tc.file)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create the golden file")
			assert.Equal(t, string(want), out.String())
		})
	}
}

func TestRun_help(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "-start")
	assert.Empty(t, out.String())
}

// A bad command line exits 2, says why on stderr and prints nothing.
func TestRun_badFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"malformed date", []string{"-start", "2024-2-9"}, `invalid date "2024-2-9"`},
		{"no such day", []string{"-start", "2024-02-30"}, "day out of range"},
		{"before the calendar", []string{"-start", "2019-12-31"}, "-start 2019-12-31: outside the official calendar data, 2020-01-01 to 2027-12-24"},
		{"after the calendar", []string{"-start", "2028-03-01"}, "-start 2028-03-01: outside the official calendar data"},
		{"case runs past the calendar", []string{"-start", "2027-09-01"}, "the case would run past 2027-12-24, the last day of the official calendar data; the latest start is 2027-07-12"},
		{"before the recordation", []string{"-start", "2020-02-14"}, "the trademark's recordation is in force from 2020-02-17"},
		{"a holiday", []string{"-start", "2024-02-12"}, "2024-02-12 (Monday) is not a working day: Spring Festival (春节) holiday"},
		{"a weekend", []string{"-start", "2024-03-02"}, "2024-03-02 (Saturday) is not a working day"},
		{"negative value", []string{"-value", "-150000"}, `-value "-150000": the goods' value cannot be negative`},
		{"zero value", []string{"-value", "0.00"}, "must be more than 0"},
		{"absurd value", []string{"-value", "1000000000000.01"}, "more than 10^12 CNY"},
		{"too long", []string{"-value", "99999999999999999999"}, "want an amount in CNY"},
		{"exponent", []string{"-value", "1e9"}, "want an amount in CNY"},
		{"finer than a fen", []string{"-value", "150000.005"}, "at most 2 decimal places"},
		{"not a number", []string{"-value", "lots"}, "want an amount in CNY"},
		{"empty value", []string{"-value", ""}, "want an amount in CNY"},
		{"unknown language", []string{"-lang", "fr"}, `-lang "fr": want zh-Hans, en or bilingual: notice: unsupported language`},
		{"traditional Chinese", []string{"-lang", "zh-Hant"}, "unsupported language"},
		{"not a language", []string{"-lang", "bilingual!"}, `-lang "bilingual!"`},
		{"stray argument", []string{"extra"}, "unexpected arguments"},
		{"unknown flag", []string{"-from", "2024-02-09"}, "flag provided but not defined: -from"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tc.args, &out, &errOut)
			assert.Equal(t, 2, code)
			assert.Contains(t, errOut.String(), tc.wantErr)
			assert.Empty(t, out.String())
		})
	}
}

// -html writes one document with every notice of the case, in both
// languages, and no script.
func TestRun_html(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notices.html")
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-html", path}, &out, &errOut), errOut.String())
	assert.Contains(t, out.String(), "The 5 notices of the case, printable: "+path)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc := string(data)

	s := defaultStory(t)
	var kinds []string
	for _, n := range s.Notices {
		kinds = append(kinds, n.Kind().String())
		// Each notice's own document has a heading per language: both
		// are in the combined one, with the notice's number.
		own, err := notice.HTML(n, notice.Languages()...)
		require.NoError(t, err)
		headings := regexp.MustCompile(`<h1>[^<]*</h1>`).FindAllString(own, -1)
		require.Len(t, headings, 2)
		for _, h := range headings {
			assert.Contains(t, doc, h)
		}
		assert.Contains(t, doc, n.Head().Number)
	}
	assert.Equal(t, []string{"suspension", "detention-receipt", "investigation-result", "confiscation", "payment"}, kinds)
	assert.Equal(t, 2*len(s.Notices), strings.Count(doc, `<section class="page"`))
	assert.Equal(t, 1, strings.Count(doc, "<html"))
	assert.Equal(t, 1, strings.Count(doc, "</body>"))
	assert.True(t, strings.HasSuffix(doc, "</html>\n"))
	assert.NotContains(t, strings.ToLower(doc), "<script")
	assert.Contains(t, doc, "<title>案件PVG-IPR-2024-0031通知书 / Notices of Case PVG-IPR-2024-0031</title>")

	// One language: one section per notice.
	require.Equal(t, 0, run([]string{"-html", path, "-lang", "en", "-json"}, &out, &errOut), errOut.String())
	data, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, len(s.Notices), strings.Count(string(data), `<section class="page" lang="en"`))
	assert.NotContains(t, string(data), `lang="zh-Hans"`)
}

// A file that cannot be written fails the run, and nothing is printed.
func TestRun_htmlUnwritable(t *testing.T) {
	var out, errOut bytes.Buffer
	path := filepath.Join(t.TempDir(), "no-such-dir", "notices.html")
	assert.Equal(t, 1, run([]string{"-html", path}, &out, &errOut))
	assert.Contains(t, errOut.String(), "no-such-dir")
	assert.Empty(t, out.String())
}

// The JSON holds every notice as notice.Parse reads it back.
func TestRun_jsonNotices(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-json"}, &out, &errOut), errOut.String())
	var got struct {
		Notices []json.RawMessage `json:"notices"`
		Bill    storagecost.Bill  `json:"bill"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	s := defaultStory(t)
	require.Len(t, got.Notices, len(s.Notices))
	for i, raw := range got.Notices {
		n, err := notice.Parse(raw)
		require.NoError(t, err)
		assert.Equal(t, s.Notices[i].Kind(), n.Kind())
		assert.Equal(t, s.Notices[i].Head(), n.Head())
	}
	assert.Truef(t, got.Bill.Total.Equal(s.Bill.Total), "bill total = %s; want %s", got.Bill.Total, s.Bill.Total)
}

// The default case's dates, counted by hand on the State Council's
// notices (/work/shared/data/cn-holidays.tsv): a test of the walkthrough
// and of the calendar it runs on.
func TestTell_defaultDates(t *testing.T) {
	s := defaultStory(t)
	steps := map[string]string{} // first words of the step -> date
	for _, st := range s.Steps {
		steps[st.What] = st.Date.String()
	}
	periods := map[string]period{}
	for _, st := range s.Steps {
		for _, p := range st.Starts {
			periods[p.Name] = p
		}
	}
	tests := []struct{ what, got, want string }{
		// 2020: Sunday 19 January is worked; 24 January to 2 February are
		// the Spring Festival holiday, extended by the notice of 26 January
		// 2020. Working days 1-11 are 3-17 January, 12 is Sunday 19
		// January, 13-16 are 20-23 January, 17-26 are 3-14 February, 27-30
		// are 17-20 February.
		{"GACC's decision", periods["recordation-decision"].LastDay.String(), "2020-02-20"},
		{"weekend rule alone", periods["recordation-decision"].Plain.String(), "2020-02-13"},
		// Served Friday 2024-02-09. 10-17 February are the Spring Festival
		// holiday and Sunday 18 February is worked: the 3 working days are
		// 18, 19 and 20 February.
		{"reply", periods["reply"].LastDay.String(), "2024-02-20"},
		{"reply on weekends alone", periods["reply"].Plain.String(), "2024-02-14"},
		{"application", steps["The holder applies for detention and posts the bond, on the last day of its reply period"], "2024-02-20"},
		{"detention", steps["Customs detains the goods"], "2024-02-21"},
		// From Thursday 22 February, no holiday until Qingming (4-6
		// April): 22-23 Feb (2), 26 Feb-1 Mar (7), 4-29 Mar (27), 1-3 Apr
		// (30).
		{"investigation", periods["investigation"].LastDay.String(), "2024-04-03"},
		// Then Sunday 7 April is worked (31), 8-26 April (46), Sunday 28
		// April is worked (47), 29-30 April (49), Labour Day is 1-5 May,
		// and Monday 6 May is the 50th.
		{"court notice", periods["ex-officio-court-notice"].LastDay.String(), "2024-05-06"},
		// Working day 20 after detention: 22 Feb-1 Mar (7), 4-15 Mar (17),
		// 18-20 Mar (20).
		{"result", steps["Customs finds the goods infringing and notifies the holder and the consignor"], "2024-03-20"},
		// 3 calendar months from the day after service, not moved (Civil
		// Code art 202; Measures art 34).
		{"fee cap", periods["fee-cap"].LastDay.String(), "2024-06-27"},
		// 70 working days after 27 March: 28 Mar-3 Apr (5), Sunday 7 Apr
		// (6), 8-26 Apr (21), Sunday 28 Apr (22), 29-30 Apr (24), 6-10 May
		// (29), Saturday 11 May (30), 13 May-7 Jun (50), Dragon Boat on 10
		// June, 11 Jun-5 Jul (69), Monday 8 July (70).
		{"disposal", steps["Customs completes the disposal of the goods: destruction"], "2024-07-08"},
		{"payment notice", s.Payment.Issued.String(), "2024-07-11"},
		{"received", s.Payment.Received.String(), "2024-07-15"},
		// 10 working days from 16 July, no holiday: 16-19, 22-26, 29 July.
		{"due date", s.Payment.DueDate.String(), "2024-07-29"},
		{"deduction and refund", s.Steps[len(s.Steps)-1].Date.String(), "2024-07-30"},
	}
	for _, tc := range tests {
		assert.Equalf(t, tc.want, tc.got, "%s = %s; want %s", tc.what, tc.got, tc.want)
	}
	// 5 working days after the result: 21, 22, 25, 26, 27 March.
	var served string
	for _, st := range s.Steps {
		if strings.HasPrefix(st.What, "Customs serves its decision confiscating") {
			served = st.Date.String()
		}
	}
	assert.Equal(t, "2024-03-27", served, "confiscation served")

	// The bond and the money (Measures art 23; Regs arts 14, 25).
	assertMoney(t, "75000.00", s.Bond, "bond")
	assertMoney(t, "4504.50", s.Bill.Total, "bill total")
	assertMoney(t, "64.75", s.Payment.PaidToWarehouse, "paid to the warehouse")
	assertMoney(t, "4439.75", s.Payment.Due, "due")
	assertMoney(t, "70495.50", s.Ledger.Refunded(), "refunded")
}

// Every start the calendar allows tells a consistent case: the steps in
// date order, every notice valid on the calendar, the bill's and the
// bond's numbers adding up. The starts that fail are exactly those the
// flags refuse: a rest day, before the recordation, or too late for the
// calendar's data.
func TestTell_everyStart(t *testing.T) {
	cal := calendar.China()
	tariffs, err := storagecost.ParseSchedule(tariffJSON)
	require.NoError(t, err)
	first, last := cal.Coverage()
	value := decimal.RequireFromString("150000.00")
	latest, ok := latestStart(cal, tariffs, value)
	require.True(t, ok)
	told := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		s, err := tell(cal, tariffs, d, value)
		workday, _ := cal.IsWorkday(d)
		inForce := !d.Before(recordationApproved)
		switch {
		case !workday || !inForce:
			require.Truef(t, isStartError(err), "tell(%s) = %v; want a start error", d, err)
			continue
		case d.After(latest):
			require.Truef(t, errors.Is(err, calendar.ErrNotCovered), "tell(%s) = %v; want ErrNotCovered", d, err)
			continue
		}
		require.NoErrorf(t, err, "tell(%s)", d)
		told++
		for i := 1; i < len(s.Steps); i++ {
			require.Falsef(t, s.Steps[i].Date.Before(s.Steps[i-1].Date), "start %s: step %d before step %d", d, i, i-1)
		}
		for _, n := range s.Notices {
			require.NoErrorf(t, n.Validate(cal), "start %s: %s notice", d, n.Kind())
		}
		require.NoError(t, s.Bill.Validate())
		require.Truef(t, s.Bill.Capped, "start %s: the disposal ends after the fee cap", d)
		l := s.Ledger
		sum := l.Deducted().Add(l.Credited()).Add(l.Compensated()).Add(l.Refunded()).Add(l.Balance())
		require.Truef(t, l.Posted().Equal(sum), "start %s: posted %s != %s", d, l.Posted(), sum)
		require.Truef(t, l.Posted().Equal(s.Bond), "start %s: posted %s; bond %s", d, l.Posted(), s.Bond)
		require.Truef(t, s.Payment.Due.Equal(s.Payment.Total.Sub(s.Payment.PaidToWarehouse)), "start %s: due", d)
		for _, st := range s.Steps {
			for _, p := range st.Starts {
				if p.Name == "fee-cap" {
					continue
				}
				ok, err := cal.IsWorkday(p.LastDay)
				require.NoError(t, err)
				require.Truef(t, ok, "start %s: %s ends on %s, a rest day", d, p.Name, p.LastDay)
			}
		}
	}
	assert.Greater(t, told, 1500)
}

// The -lang flag: bilingual, or one tag notice.Match accepts.
func TestParseLang(t *testing.T) {
	for in, want := range map[string]string{"bilingual": "zh-Hans, en", "zh-Hans": "zh-Hans", "zh-CN": "zh-Hans", "en": "en", "en-GB": "en"} {
		got, err := parseLang(in)
		require.NoError(t, err)
		assert.Equalf(t, want, tagNames(got), "parseLang(%q)", in)
	}
}

func TestParseValue(t *testing.T) {
	for _, in := range []string{"150000.00", "150000", "0.01", "1000000000000", "20000.5"} {
		v, err := parseValue(in)
		require.NoError(t, err)
		assertMoney(t, in, v, "parseValue("+in+")")
	}
}

func defaultStory(t *testing.T) story {
	t.Helper()
	tariffs, err := storagecost.ParseSchedule(tariffJSON)
	require.NoError(t, err)
	s, err := tell(calendar.China(), tariffs, calendar.MustParseDate("2024-02-09"), decimal.RequireFromString("150000.00"))
	require.NoError(t, err)
	return s
}

func assertMoney(t *testing.T, want string, got decimal.Decimal, what string) {
	t.Helper()
	assert.Truef(t, decimal.RequireFromString(want).Equal(got), "%s = %s; want %s", what, got.StringFixed(2), want)
}
