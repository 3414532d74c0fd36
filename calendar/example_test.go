package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// The examples follow one case of customs protection of intellectual
// property where they can: a notice of ex officio suspension served on the
// right holder on Friday 2024-02-09, just before the Spring Festival
// holiday. Every arrangement for 2028 below is MADE-UP TEST DATA, not the
// official notice for that year.

// The reply deadline of the worked example: a notice served on Friday
// 2024-02-09 leaves the right holder 3 working days, counted from the day
// after service, to reply. 10 to 17 February 2024 are the Spring Festival
// holiday and Sunday 18 February is a working day, so the last day is
// Tuesday 20 February, and the period expires at 24:00 China Standard Time.
func Example() {
	china := calendar.China()

	// Holder's reply to an ex officio suspension (Regs art 16; Measures
	// arts 22, 41).
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	served := calendar.MustParseDate("2024-02-09")

	dl, err := reply.Deadline(china, served)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reply)
	fmt.Println("served:  ", served, served.Weekday())
	fmt.Println("last day:", dl.LastDay, dl.LastDay.Weekday())
	fmt.Println("expires: ", dl.Ends())
	// Output:
	// 3 working days from the day after the trigger
	// served:   2024-02-09 Friday
	// last day: 2024-02-20 Tuesday
	// expires:  2024-02-21 00:00:00 +0800 CST
}

// A case officer's check of the reply deadline: the deadline itself, the
// days that are not ordinary between service and the last day, the count of
// working days, and whether replies that arrived at various instants were in
// time.
func Example_deadline() {
	china := calendar.China()
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	served := calendar.MustParseDate("2024-02-09")

	dl, err := reply.Deadline(china, served)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s, served %s: last day %s\n", reply, dl.Trigger, dl.LastDay)

	// What a person checking the deadline by hand needs to see.
	special, err := china.SpecialDays(served.AddDays(1), dl.LastDay)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range special {
		if day.Kind == calendar.KindHoliday && day.Date != day.First {
			continue // One line per holiday block.
		}
		switch day.Kind {
		case calendar.KindHoliday:
			fmt.Printf("  %s..%s %s holiday\n", day.First, day.Last, day.Festival.English)
		case calendar.KindAdjustedWorkday:
			fmt.Printf("  %s %s: working day (%s)\n", day.Date, day.Date.Weekday(), day.Festival.English)
		}
	}
	n, err := china.WorkdaysBetween(served, dl.LastDay)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("working days counted:", n)

	// A reply by post or bank is in time until 24:00; one handed in at
	// the office, until it closes (here 17:30).
	closing, err := dl.EndsAt(17*time.Hour + 30*time.Minute)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("by post until:     ", dl.Ends().Format(time.DateTime))
	fmt.Println("in person until:   ", closing.Format(time.DateTime))
	for _, received := range []time.Time{
		time.Date(2024, 2, 20, 23, 59, 0, 0, calendar.CST()),
		time.Date(2024, 2, 20, 16, 30, 0, 0, time.UTC), // 00:30 on the 21st in Beijing.
	} {
		fmt.Printf("received %s: late %t\n", received.Format(time.RFC3339), dl.Passed(received))
	}
	// Output:
	// 3 working days from the day after the trigger, served 2024-02-09: last day 2024-02-20
	//   2024-02-10..2024-02-17 Spring Festival holiday
	//   2024-02-18 Sunday: working day (Spring Festival)
	// working days counted: 3
	// by post until:      2024-02-21 00:00:00
	// in person until:    2024-02-20 17:30:00
	// received 2024-02-20T23:59:00+08:00: late false
	// received 2024-02-20T16:30:00Z: late true
}

// --- Date ---

// NewDate builds a date from fields, such as those of a form, and rejects a
// day that does not exist instead of normalizing it as time.Date does.
func ExampleNewDate() {
	served, err := calendar.NewDate(2024, time.February, 9)
	fmt.Println(served, err)

	_, err = calendar.NewDate(2024, time.February, 30)
	fmt.Println(err)
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	// Output:
	// 2024-02-09 <nil>
	// calendar: invalid date "2024-02-30": day out of range for February 2024
	// true
}

// MustNewDate is for tables and tests, where a bad date is a programming
// error.
func ExampleMustNewDate() {
	springFestival2024 := []calendar.Date{
		calendar.MustNewDate(2024, time.February, 10),
		calendar.MustNewDate(2024, time.February, 17),
	}
	fmt.Println(springFestival2024)
	// Output:
	// [2024-02-10 2024-02-17]
}

// ParseDate reads the one text form of a date and rejects every other
// spelling and every day that does not exist.
func ExampleParseDate() {
	for _, s := range []string{"2024-02-09", "2024-2-9", "20240209", "2023-02-29"} {
		d, err := calendar.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Weekday())
	}
	// Output:
	// 2024-02-09 Friday
	// calendar: invalid date "2024-2-9": want the form YYYY-MM-DD
	// calendar: invalid date "20240209": want the form YYYY-MM-DD
	// calendar: invalid date "2023-02-29": day out of range for February 2023
}

// MustParseDate is the short way to write a date in a table or a test.
func ExampleMustParseDate() {
	served := calendar.MustParseDate("2024-02-09")
	fmt.Println(served.Year, served.Month, served.Day)
	// Output:
	// 2024 February 9
}

// DateOf gives the day a Chinese office stamps on a document received at an
// instant: an e-mail sent at 16:30 UTC on 20 February arrives on
// 21 February in Beijing.
func ExampleDateOf() {
	received := time.Date(2024, 2, 20, 16, 30, 0, 0, time.UTC)
	fmt.Println(calendar.DateOf(received))
	fmt.Println(calendar.DateOf(received.In(calendar.CST())))
	// Output:
	// 2024-02-21
	// 2024-02-21
}

// A Date literal can hold a day that does not exist; IsValid tells.
func ExampleDate_IsValid() {
	for _, d := range []calendar.Date{
		{Year: 2024, Month: time.February, Day: 29},
		{Year: 2023, Month: time.February, Day: 29},
		{},
	} {
		fmt.Println(d, d.IsValid())
	}
	// Output:
	// 2024-02-29 true
	// 2023-02-29 false
	// 0000-00-00 false
}

// The zero Date means "no date" in an optional field, such as the day a
// reply was received when none has been.
func ExampleDate_IsZero() {
	type reply struct {
		Due      calendar.Date
		Received calendar.Date // Zero until the reply arrives.
	}
	r := reply{Due: calendar.MustParseDate("2024-02-20")}
	fmt.Println(r.Received.IsZero())
	r.Received = calendar.MustParseDate("2024-02-19")
	fmt.Println(r.Received.IsZero())
	// Output:
	// true
	// false
}

// Compare is the ordering for slices.SortFunc and slices.BinarySearchFunc.
func ExampleDate_Compare() {
	received := []calendar.Date{
		calendar.MustParseDate("2024-02-20"),
		calendar.MustParseDate("2024-02-09"),
		calendar.MustParseDate("2024-02-18"),
	}
	slices.SortFunc(received, calendar.Date.Compare)
	fmt.Println(received)
	fmt.Println(received[0].Compare(received[1]), received[1].Compare(received[1]), received[2].Compare(received[1]))
	// Output:
	// [2024-02-09 2024-02-18 2024-02-20]
	// -1 0 1
}

// Equal is the same as ==; it exists for comparison libraries.
func ExampleDate_Equal() {
	lastDay := calendar.MustParseDate("2024-02-20")
	fmt.Println(lastDay.Equal(calendar.MustNewDate(2024, time.February, 20)))
	fmt.Println(lastDay == calendar.MustNewDate(2024, time.February, 20))
	// Output:
	// true
	// true
}

// A reply received on the last day is in time: it is late only if it
// arrives after the last day.
func ExampleDate_Before() {
	lastDay := calendar.MustParseDate("2024-02-20")
	for _, s := range []string{"2024-02-19", "2024-02-20", "2024-02-21"} {
		received := calendar.MustParseDate(s)
		fmt.Printf("%s: before %t, late %t\n", received, received.Before(lastDay), received.After(lastDay))
	}
	// Output:
	// 2024-02-19: before true, late false
	// 2024-02-20: before false, late false
	// 2024-02-21: before false, late true
}

// After is the test for a late act: received after the last day.
func ExampleDate_After() {
	lastDay := calendar.MustParseDate("2024-02-20")
	received := calendar.MustParseDate("2024-02-21")
	if received.After(lastDay) {
		fmt.Printf("reply of %s is late: the last day was %s\n", received, lastDay)
	}
	// Output:
	// reply of 2024-02-21 is late: the last day was 2024-02-20
}

// AddDays counts calendar days. The first counted day of a period is the
// day after service; a period of 30 calendar days from service on
// 2024-02-09 reaches Sunday 2024-03-10, which Period.Deadline then moves to
// the next working day (Civil Code art 203).
func ExampleDate_AddDays() {
	served := calendar.MustParseDate("2024-02-09")
	day30 := served.AddDays(30)
	fmt.Println("day 1: ", served.AddDays(1))
	fmt.Println("day 30:", day30, day30.Weekday())

	dl, err := calendar.Period{Count: 30, Unit: calendar.UnitDays}.Deadline(calendar.China(), served)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("last day:", dl.LastDay, dl.LastDay.Weekday())
	// Output:
	// day 1:  2024-02-10
	// day 30: 2024-03-10 Sunday
	// last day: 2024-03-11 Monday
}

// Goods detained on 2024-09-20 and released on the 20th working day,
// 2024-10-23, were held 33 calendar days, because of the National Day
// holiday.
func ExampleDate_DaysSince() {
	detained := calendar.MustParseDate("2024-09-20")
	released := calendar.MustParseDate("2024-10-23")
	days := released.DaysSince(detained)

	work, err := calendar.China().WorkdaysBetween(detained, released)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(days, "calendar days,", work, "working days")
	// Output:
	// 33 calendar days, 20 working days
}

// AddMonths follows the Civil Code (art 202): the period ends on the day of
// the same number, or on the last day of a month that has none. 2023-10-31
// plus one month is 2023-11-30, where time.Time.AddDate gives December 1st.
func ExampleDate_AddMonths() {
	for _, s := range []string{"2023-10-31", "2024-01-31", "2023-11-30", "2024-02-09"} {
		d := calendar.MustParseDate(s)
		fmt.Printf("%s + 1 month = %s, + 3 months = %s\n", d, d.AddMonths(1), d.AddMonths(3))
	}
	t := calendar.MustParseDate("2023-10-31").Start()
	fmt.Println("time.AddDate:", calendar.DateOf(t.AddDate(0, 1, 0)))
	// Output:
	// 2023-10-31 + 1 month = 2023-11-30, + 3 months = 2024-01-31
	// 2024-01-31 + 1 month = 2024-02-29, + 3 months = 2024-04-30
	// 2023-11-30 + 1 month = 2023-12-30, + 3 months = 2024-02-29
	// 2024-02-09 + 1 month = 2024-03-09, + 3 months = 2024-05-09
	// time.AddDate: 2023-12-01
}

// The day of the week is not enough to tell a working day: Sunday
// 18 February 2024 was one, Monday 12 February was not.
func ExampleDate_Weekday() {
	china := calendar.China()
	for _, s := range []string{"2024-02-12", "2024-02-18"} {
		d := calendar.MustParseDate(s)
		work, err := china.IsWorkday(d)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d, d.Weekday(), "working day:", work)
	}
	// Output:
	// 2024-02-12 Monday working day: false
	// 2024-02-18 Sunday working day: true
}

// Start is midnight at the beginning of the day in Beijing, whatever the
// zone of the machine.
func ExampleDate_Start() {
	d := calendar.MustParseDate("2024-02-20")
	fmt.Println(d.Start())
	fmt.Println(d.Start().UTC())
	// Output:
	// 2024-02-20 00:00:00 +0800 CST
	// 2024-02-19 16:00:00 +0000 UTC
}

// End is 24:00 China Standard Time, when a time limit whose last day is d
// expires for an act done by post or bank.
func ExampleDate_End() {
	lastDay := calendar.MustParseDate("2024-02-20")
	fmt.Println(lastDay.End())
	fmt.Println(lastDay.End().UTC())
	// Output:
	// 2024-02-21 00:00:00 +0800 CST
	// 2024-02-20 16:00:00 +0000 UTC
}

// String prints even an invalid date, field by field, so that error
// messages can show it.
func ExampleDate_String() {
	fmt.Println(calendar.MustParseDate("2024-02-09"))
	fmt.Println(calendar.Date{Year: 2021, Month: time.February, Day: 30})
	fmt.Println(calendar.Date{})
	// Output:
	// 2024-02-09
	// 2021-02-30
	// 0000-00-00
}

// AppendText writes a date into a buffer, here a file name, without an
// intermediate string.
func ExampleDate_AppendText() {
	served := calendar.MustParseDate("2024-02-09")
	name := []byte("suspension-notice-")
	name, err := served.AppendText(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	name = append(name, ".pdf"...)
	fmt.Println(string(name))
	// Output:
	// suspension-notice-2024-02-09.pdf
}

// In JSON a date is a "2006-01-02" string and the zero Date, "no date", is
// the empty string.
func ExampleDate_MarshalText() {
	type reply struct {
		Due      calendar.Date `json:"due"`
		Received calendar.Date `json:"received"`
	}
	b, err := json.Marshal(reply{Due: calendar.MustParseDate("2024-02-20")})
	fmt.Println(string(b), err)

	_, err = calendar.Date{Year: 2021, Month: time.February, Day: 30}.MarshalText()
	fmt.Println(err)
	// Output:
	// {"due":"2024-02-20","received":""} <nil>
	// calendar: invalid date "2021-02-30": day out of range for February 2021
}

// UnmarshalText reads what ParseDate reads, and the empty text as the zero
// Date.
func ExampleDate_UnmarshalText() {
	var r struct {
		Due      calendar.Date `json:"due"`
		Received calendar.Date `json:"received"`
	}
	err := json.Unmarshal([]byte(`{"due":"2024-02-20","received":""}`), &r)
	fmt.Println(r.Due, r.Received.IsZero(), err)

	err = json.Unmarshal([]byte(`{"due":"2024-2-20"}`), &r)
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate), r.Due)
	// Output:
	// 2024-02-20 true <nil>
	// true 2024-02-20
}

// CST is China Standard Time, UTC+8 all year, for building and printing the
// instants of a case.
func ExampleCST() {
	closing := time.Date(2024, 2, 20, 17, 30, 0, 0, calendar.CST())
	fmt.Println(closing)
	fmt.Println(closing.UTC())
	// Output:
	// 2024-02-20 17:30:00 +0800 CST
	// 2024-02-20 09:30:00 +0000 UTC
}

// --- Calendar ---

// China is the official calendar the rest of the module counts on.
func ExampleChina() {
	china := calendar.China()
	fmt.Println(china)
	first, last := china.Coverage()
	fmt.Println(first, last)
	// Output:
	// calendar 2020-01-01..2027-12-24
	// 2020-01-01 2027-12-24
}

// New builds a calendar from year arrangements, here the official 2024
// arrangement alone. The years must be consecutive: every problem is
// reported.
func ExampleNew() {
	arrs := calendar.China().Arrangements() // 2020 to 2027.
	only2024, err := calendar.New(arrs[4])
	fmt.Println(only2024, err)

	_, err = calendar.New(arrs[4], arrs[6]) // 2024 and 2026: 2025 missing.
	fmt.Println(err)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArrangement))
	// Output:
	// calendar 2024-01-01..2024-12-24 <nil>
	// calendar: arrangement 2026: year "2026": year 2025 is missing: a calendar's years must be consecutive
	// true
}

// MustNew is for a test that pins the calendar to known data, where bad
// data is a programming error.
func ExampleMustNew() {
	arrs := calendar.China().Arrangements()
	spring2024 := calendar.MustNew(arrs[4])
	last, err := spring2024.AddWorkdays(calendar.MustParseDate("2024-02-09"), 3)
	fmt.Println(spring2024, last, err)
	// Output:
	// calendar 2024-01-01..2024-12-24 2024-02-20 <nil>
}

// With adds a newly announced year to a calendar without a new release of
// this package. The 2028 arrangement below is MADE-UP TEST DATA.
func ExampleCalendar_With() {
	newYear := calendar.Festival{Chinese: "元旦", English: "New Year's Day"}
	spring := calendar.Festival{Chinese: "春节", English: "Spring Festival"}
	test2028 := calendar.Arrangement{
		Year: 2028,
		Notices: []calendar.Notice{{
			Title: "国务院办公厅关于2028年部分节假日安排的通知",
			Note:  "MADE-UP TEST DATA, not the official notice",
		}},
		Holidays: []calendar.Holiday{
			{Festival: newYear, First: calendar.MustParseDate("2028-01-01"), Last: calendar.MustParseDate("2028-01-03")},
			{Festival: spring, First: calendar.MustParseDate("2028-01-25"), Last: calendar.MustParseDate("2028-02-02")},
		},
		Workdays: []calendar.AdjustedWorkday{
			{Date: calendar.MustParseDate("2028-01-22"), Festival: spring},
			{Date: calendar.MustParseDate("2028-02-05"), Festival: spring},
		},
	}

	china := calendar.China()
	extended, err := china.With(test2028)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(china) // Unchanged.
	fmt.Println(extended)

	// A notice served on 2027-12-29 now has a reply deadline; on China()
	// alone it fails with ErrNotCovered.
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, err := reply.Deadline(extended, calendar.MustParseDate("2027-12-29"))
	fmt.Println(dl.LastDay, err)
	// Output:
	// calendar 2020-01-01..2027-12-24
	// calendar 2020-01-01..2028-12-24
	// 2028-01-04 <nil>
}

// Arrangements returns the data a calendar was built from, with the
// notice each year cites.
func ExampleCalendar_Arrangements() {
	for _, a := range calendar.China().Arrangements() {
		number := a.Notices[0].Number
		if number == "" {
			number = "(number not recorded)"
		}
		fmt.Printf("%d: %d holiday blocks, %d adjusted working days, %s\n",
			a.Year, len(a.Holidays), len(a.Workdays), number)
	}
	// Output:
	// 2020: 7 holiday blocks, 6 adjusted working days, 国办发明电〔2019〕16号
	// 2021: 7 holiday blocks, 7 adjusted working days, 国办发明电〔2020〕27号
	// 2022: 7 holiday blocks, 7 adjusted working days, 国办发明电〔2021〕11号
	// 2023: 6 holiday blocks, 7 adjusted working days, 国办发明电〔2022〕16号
	// 2024: 7 holiday blocks, 8 adjusted working days, 国办发明电〔2023〕7号
	// 2025: 6 holiday blocks, 5 adjusted working days, 国办发明电〔2024〕12号
	// 2026: 7 holiday blocks, 6 adjusted working days, 国办发明电〔2025〕7号
	// 2027: 7 holiday blocks, 5 adjusted working days, (number not recorded)
}

// Coverage tells which days a calendar can answer for. The last week of
// 2027 is not among them until the 2028 notice is loaded: that notice may
// rearrange it, as the 2019 notice did to the end of 2018.
func ExampleCalendar_Coverage() {
	first, last := calendar.China().Coverage()
	fmt.Printf("official data from %s to %s\n", first, last)

	first, last = calendar.Calendar{}.Coverage()
	fmt.Println(first.IsZero(), last.IsZero())
	// Output:
	// official data from 2020-01-01 to 2027-12-24
	// true true
}

// Covers tells whether the calendar has official data for a day.
func ExampleCalendar_Covers() {
	china := calendar.China()
	for _, s := range []string{"2019-12-31", "2024-02-09", "2027-12-24", "2027-12-27", "2028-01-03"} {
		fmt.Println(s, china.Covers(calendar.MustParseDate(s)))
	}
	// Output:
	// 2019-12-31 false
	// 2024-02-09 true
	// 2027-12-24 true
	// 2027-12-27 false
	// 2028-01-03 false
}

// Equal compares the data of two calendars, which == does not.
func ExampleCalendar_Equal() {
	china := calendar.China()
	rebuilt, err := calendar.New(china.Arrangements()...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rebuilt.Equal(china), rebuilt == china)
	fmt.Println(calendar.Calendar{}.Equal(china))
	// Output:
	// true false
	// false
}

// String describes a calendar by its coverage.
func ExampleCalendar_String() {
	fmt.Println(calendar.China().String())
	fmt.Println(calendar.Calendar{}.String())
	// Output:
	// calendar 2020-01-01..2027-12-24
	// calendar (empty)
}

// IsWorkday answers for days inside the coverage only.
func ExampleCalendar_IsWorkday() {
	china := calendar.China()
	for _, s := range []string{"2024-02-09", "2024-02-12", "2024-02-17", "2024-02-18", "2028-01-04"} {
		work, err := china.IsWorkday(calendar.MustParseDate(s))
		if err != nil {
			fmt.Println(s, err)
			continue
		}
		fmt.Println(s, work)
	}
	// Output:
	// 2024-02-09 true
	// 2024-02-12 false
	// 2024-02-17 false
	// 2024-02-18 true
	// 2028-01-04 calendar: 2028-01-04 is outside the calendar's official data 2020-01-01..2027-12-24
}

// Day tells what the calendar knows of a day and on whose authority.
func ExampleCalendar_Day() {
	day, err := calendar.China().Day(calendar.MustParseDate("2024-02-12"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(day.Date, day.Kind, day.IsWorkday())
	fmt.Println(day.Festival, day.First, day.Last)
	fmt.Println(day.Notice.Number)
	// Output:
	// 2024-02-12 holiday false
	// Spring Festival (春节) 2024-02-10 2024-02-17
	// 国办发明电〔2023〕7号
}

// Explain gives the reason, with its source, in a sentence for a letter or
// a log.
func ExampleCalendar_Explain() {
	why, err := calendar.China().Explain(calendar.MustParseDate("2024-02-18"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(why)
	// Output:
	// 2024-02-18 (Sunday) is a working day: a weekend day made a working day for the Spring Festival (春节) break by 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号; 2023-10-25; https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm)
}

// SpecialDays lists the days that are not ordinary in the 20 working days
// goods detained on 2024-09-20 may be held: the National Day holiday and the
// two weekend days made working days for it.
func ExampleCalendar_SpecialDays() {
	china := calendar.China()
	detained := calendar.MustParseDate("2024-09-20")
	last, err := china.AddWorkdays(detained, 20)
	if err != nil {
		fmt.Println(err)
		return
	}
	days, err := china.SpecialDays(detained.AddDays(1), last)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range days {
		fmt.Println(day.Date, day.Date.Weekday(), day.Kind)
	}
	// Output:
	// 2024-09-29 Sunday adjusted-workday
	// 2024-10-01 Tuesday holiday
	// 2024-10-02 Wednesday holiday
	// 2024-10-03 Thursday holiday
	// 2024-10-04 Friday holiday
	// 2024-10-05 Saturday holiday
	// 2024-10-06 Sunday holiday
	// 2024-10-07 Monday holiday
	// 2024-10-12 Saturday adjusted-workday
}

// AddWorkdays counts working days from the day after the trigger: the
// reply to a notice served on 2024-02-09, and 20 working days from
// detention on 2024-09-20.
func ExampleCalendar_AddWorkdays() {
	china := calendar.China()
	reply, err := china.AddWorkdays(calendar.MustParseDate("2024-02-09"), 3)
	fmt.Println(reply, err)
	release, err := china.AddWorkdays(calendar.MustParseDate("2024-09-20"), 20)
	fmt.Println(release, err)

	_, err = china.AddWorkdays(calendar.MustParseDate("2027-12-30"), 3)
	fmt.Println(errors.Is(err, calendar.ErrNotCovered))
	// Output:
	// 2024-02-20 <nil>
	// 2024-10-23 <nil>
	// true
}

// WorkdaysBetween tells how many working days of a period have run: of the
// 20 working days from detention on 2024-09-20, how many are left on
// 2024-10-08, the first working day after National Day.
func ExampleCalendar_WorkdaysBetween() {
	china := calendar.China()
	detained := calendar.MustParseDate("2024-09-20")
	today := calendar.MustParseDate("2024-10-08")
	used, err := china.WorkdaysBetween(detained, today)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("used:", used, "left:", 20-used)
	// Output:
	// used: 8 left: 12
}

// A calendar is written to JSON as the array of its arrangements, the form
// ParseArrangements and Calendar.UnmarshalJSON read, so that its data can be
// reviewed and shipped as a file. The 2028 arrangement is MADE-UP TEST DATA.
func ExampleCalendar_MarshalJSON() {
	spring := calendar.Festival{Chinese: "春节", English: "Spring Festival"}
	test2028 := calendar.MustNew(calendar.Arrangement{
		Year: 2028,
		Notices: []calendar.Notice{{
			Title:  "国务院办公厅关于2028年部分节假日安排的通知",
			Issued: calendar.MustParseDate("2027-11-01"),
			Note:   "MADE-UP TEST DATA",
		}},
		Holidays: []calendar.Holiday{
			{Festival: spring, First: calendar.MustParseDate("2028-01-25"), Last: calendar.MustParseDate("2028-02-02")},
		},
		Workdays: []calendar.AdjustedWorkday{
			{Date: calendar.MustParseDate("2028-02-05"), Festival: spring},
		},
	})
	b, err := json.MarshalIndent(test2028, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))

	// The JSON of the official calendar builds the same calendar back.
	b, err = json.Marshal(calendar.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	arrs, err := calendar.ParseArrangements(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	back, err := calendar.New(arrs...)
	fmt.Println(back.Equal(calendar.China()), err)
	// Output:
	// [
	//   {
	//     "year": 2028,
	//     "notices": [
	//       {
	//         "title": "国务院办公厅关于2028年部分节假日安排的通知",
	//         "issued": "2027-11-01",
	//         "note": "MADE-UP TEST DATA"
	//       }
	//     ],
	//     "holidays": [
	//       {
	//         "festival": {
	//           "zh": "春节",
	//           "en": "Spring Festival"
	//         },
	//         "first": "2028-01-25",
	//         "last": "2028-02-02"
	//       }
	//     ],
	//     "workdays": [
	//       {
	//         "date": "2028-02-05",
	//         "festival": {
	//           "zh": "春节",
	//           "en": "Spring Festival"
	//         }
	//       }
	//     ]
	//   }
	// ]
	// true <nil>
}

// A calendar can be read from a configuration file: the JSON array of its
// arrangements. On error the calendar is unchanged.
func ExampleCalendar_UnmarshalJSON() {
	data, err := json.Marshal(calendar.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	var config struct {
		Calendar calendar.Calendar `json:"calendar"`
	}
	err = json.Unmarshal([]byte(`{"calendar":`+string(data)+`}`), &config)
	fmt.Println(config.Calendar, err)

	err = json.Unmarshal([]byte(`{"calendar":[{"year":2028,"notices":[]}]}`), &config)
	fmt.Println(err)
	fmt.Println(config.Calendar)
	// Output:
	// calendar 2020-01-01..2027-12-24 <nil>
	// calendar: arrangement 2028: notices: at least one source notice is required
	// calendar 2020-01-01..2027-12-24
}

// ParseArrangements loads a newly announced year from a JSON file, here a
// MADE-UP TEST DATA arrangement for 2028, which Calendar.With adds to the
// official calendar.
func ExampleParseArrangements() {
	file := []byte(`[{
		"year": 2028,
		"notices": [{"title": "国务院办公厅关于2028年部分节假日安排的通知", "note": "MADE-UP TEST DATA"}],
		"holidays": [
			{"festival": {"zh": "元旦", "en": "New Year's Day"}, "first": "2028-01-01", "last": "2028-01-03"},
			{"festival": {"zh": "春节", "en": "Spring Festival"}, "first": "2028-01-25", "last": "2028-02-02"}
		],
		"workdays": [
			{"date": "2028-01-22", "festival": {"zh": "春节", "en": "Spring Festival"}},
			{"date": "2028-02-05", "festival": {"zh": "春节", "en": "Spring Festival"}}
		]
	}]`)
	arrs, err := calendar.ParseArrangements(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	cal, err := calendar.China().With(arrs...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cal)
	why, err := cal.Explain(calendar.MustParseDate("2028-01-22"))
	fmt.Println(why, err)
	// Output:
	// calendar 2020-01-01..2028-12-24
	// 2028-01-22 (Saturday) is a working day: a weekend day made a working day for the Spring Festival (春节) break by 国务院办公厅关于2028年部分节假日安排的通知 (MADE-UP TEST DATA) <nil>
}

// Decoding a single arrangement validates it.
func ExampleArrangement_UnmarshalJSON() {
	var a calendar.Arrangement
	err := json.Unmarshal([]byte(`{
		"year": 2028,
		"notices": [{"title": "国务院办公厅关于2028年部分节假日安排的通知", "note": "MADE-UP TEST DATA"}],
		"holidays": [],
		"workdays": [{"date": "2028-01-03", "festival": {"zh": "元旦", "en": "New Year's Day"}}]
	}`), &a)
	fmt.Println(err)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArrangement))
	// Output:
	// calendar: arrangement 2028: workdays[0].date "2028-01-03": is a Monday: only a Saturday or Sunday can be made a working day
	// true
}

// Validate reports every problem of an arrangement at once. This MADE-UP
// 2028 arrangement has three.
func ExampleArrangement_Validate() {
	spring := calendar.Festival{Chinese: "春节", English: "Spring Festival"}
	bad := calendar.Arrangement{
		Year:    2028,
		Notices: []calendar.Notice{{Title: ""}},
		Holidays: []calendar.Holiday{
			{Festival: spring, First: calendar.MustParseDate("2028-02-02"), Last: calendar.MustParseDate("2028-01-25")},
		},
		Workdays: []calendar.AdjustedWorkday{
			{Date: calendar.MustParseDate("2028-01-21"), Festival: spring},
		},
	}
	err := bad.Validate()
	fmt.Println(errors.Is(err, calendar.ErrInvalidArrangement))
	// The problems are joined with errors.Join: list them one by one.
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			var ae *calendar.ArrangementError
			if errors.As(e, &ae) {
				fmt.Printf("%s: %s\n", ae.Field, ae.Reason)
			}
		}
	}
	// Output:
	// true
	// notices[0].title: required
	// holidays[0]: first day after last day
	// workdays[0].date: is a Friday: only a Saturday or Sunday can be made a working day
}

// --- Day, Festival, Notice ---

// Day.IsWorkday is the answer of Calendar.IsWorkday, with the day's facts
// at hand.
func ExampleDay_IsWorkday() {
	china := calendar.China()
	for _, s := range []string{"2024-02-16", "2024-02-18"} {
		day, err := china.Day(calendar.MustParseDate(s))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day.Date, day.Kind, day.IsWorkday())
	}
	// Output:
	// 2024-02-16 holiday false
	// 2024-02-18 adjusted-workday true
}

// Day.Explain is the sentence of Calendar.Explain.
func ExampleDay_Explain() {
	day, err := calendar.China().Day(calendar.MustParseDate("2024-02-12"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(day.Explain())
	// Output:
	// 2024-02-12 (Monday) is not a working day: Spring Festival (春节) holiday, 2024-02-10 to 2024-02-17, by 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号; 2023-10-25; https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm)
}

// A festival prints in English with the Chinese of the notice.
func ExampleFestival_String() {
	day, err := calendar.China().Day(calendar.MustParseDate("2024-02-18"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(day.Festival)
	fmt.Println(calendar.Festival{Chinese: "春节"})
	// Output:
	// Spring Festival (春节)
	// 春节
}

// A notice prints as a citation.
func ExampleNotice_String() {
	arrs := calendar.China().Arrangements()
	fmt.Println(arrs[4].Notices[0])
	// Output:
	// 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号; 2023-10-25; https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm)
}

// --- Kind ---

// String gives the stable code of a kind, for display and logs.
func ExampleKind_String() {
	china := calendar.China()
	for _, s := range []string{"2024-02-16", "2024-02-18", "2024-02-19", "2024-02-24"} {
		day, err := china.Day(calendar.MustParseDate(s))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day.Date, day.Kind.String())
	}
	fmt.Println(calendar.KindUnknown)
	// Output:
	// 2024-02-16 holiday
	// 2024-02-18 adjusted-workday
	// 2024-02-19 workday
	// 2024-02-24 weekend
	// %!Kind(0)
}

// Two kinds of day are worked: ordinary weekdays and the weekend days the
// notice makes working days.
func ExampleKind_IsWorkday() {
	for _, k := range []calendar.Kind{calendar.KindWorkday, calendar.KindWeekend, calendar.KindHoliday, calendar.KindAdjustedWorkday} {
		fmt.Println(k, k.IsWorkday())
	}
	// Output:
	// workday true
	// weekend false
	// holiday false
	// adjusted-workday true
}

// IsValid tells an unset Kind, such as that of a zero Day, from a real one.
func ExampleKind_IsValid() {
	var unset calendar.Day
	fmt.Println(unset.Kind.IsValid())
	day, err := calendar.China().Day(calendar.MustParseDate("2024-02-18"))
	fmt.Println(day.Kind.IsValid(), err)
	// Output:
	// false
	// true <nil>
}

// In JSON a kind is its text code; the unknown kind cannot be written.
func ExampleKind_MarshalText() {
	type entry struct {
		Date calendar.Date `json:"date"`
		Kind calendar.Kind `json:"kind"`
	}
	b, err := json.Marshal(entry{calendar.MustParseDate("2024-02-18"), calendar.KindAdjustedWorkday})
	fmt.Println(string(b), err)

	_, err = calendar.KindUnknown.MarshalText()
	fmt.Println(err)
	// Output:
	// {"date":"2024-02-18","kind":"adjusted-workday"} <nil>
	// calendar: Kind value 0 has no text code
}

// AppendText writes the code into a buffer, such as a log line.
func ExampleKind_AppendText() {
	line := []byte("2024-02-18 ")
	line, err := calendar.KindAdjustedWorkday.AppendText(line)
	fmt.Println(string(line), err)
	// Output:
	// 2024-02-18 adjusted-workday <nil>
}

// UnmarshalText reads the code in any letter case, for example from a
// spreadsheet column, and leaves the kind unchanged on error.
func ExampleKind_UnmarshalText() {
	var k calendar.Kind
	err := k.UnmarshalText([]byte("Holiday"))
	fmt.Println(k, err)

	err = k.UnmarshalText([]byte("rest-day"))
	fmt.Println(k, errors.Is(err, calendar.ErrInvalidArgument))
	fmt.Println(err)
	// Output:
	// holiday <nil>
	// holiday true
	// calendar: unknown Kind "rest-day" (want one of workday, weekend, holiday, adjusted-workday)
}

// --- Unit, Start, Roll ---

// The unit of each time limit of the module.
func ExampleUnit_String() {
	fmt.Println(calendar.UnitWorkingDays, calendar.UnitDays, calendar.UnitMonths)
	fmt.Println(calendar.UnitUnknown)
	// Output:
	// working-days days months
	// %!Unit(0)
}

// A Period is written to JSON with the text codes of its unit, start and
// roll.
func ExampleUnit_MarshalText() {
	feeCap := calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}
	b, err := json.Marshal(feeCap)
	fmt.Println(string(b), err)

	_, err = calendar.UnitUnknown.MarshalText()
	fmt.Println(err)
	// Output:
	// {"count":3,"unit":"months","start":"next-day","roll":"none"} <nil>
	// calendar: Unit value 0 has no text code
}

// AppendText writes the code into a buffer, here a cache key.
func ExampleUnit_AppendText() {
	key := []byte("reply/3/")
	key, err := calendar.UnitWorkingDays.AppendText(key)
	fmt.Println(string(key), err)
	// Output:
	// reply/3/working-days <nil>
}

// A Period read from a configuration file: codes in any letter case, the
// start and roll omitted to take the law's defaults, and an unknown unit
// rejected.
func ExampleUnit_UnmarshalText() {
	var reply calendar.Period
	err := json.Unmarshal([]byte(`{"count": 3, "unit": "Working-Days"}`), &reply)
	fmt.Println(reply, err)

	var weeks calendar.Period
	err = json.Unmarshal([]byte(`{"count": 2, "unit": "weeks"}`), &weeks)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArgument))
	// Output:
	// 3 working days from the day after the trigger <nil>
	// true
}

// The zero Start is the law's default, StartNextDay.
func ExampleStart_String() {
	var p calendar.Period
	fmt.Println(p.Start, calendar.StartSameDay)
	// Output:
	// next-day same-day
}

// MarshalText writes the stable code, the form to persist: never the
// integer.
func ExampleStart_MarshalText() {
	b, err := calendar.StartSameDay.MarshalText()
	fmt.Println(string(b), err)
	_, err = calendar.Start(7).MarshalText()
	fmt.Println(err)
	// Output:
	// same-day <nil>
	// calendar: Start value 7 has no text code
}

// AppendText writes the code into a buffer, such as a log line.
func ExampleStart_AppendText() {
	b, err := calendar.StartNextDay.AppendText([]byte("start="))
	fmt.Println(string(b), err)
	// Output:
	// start=next-day <nil>
}

// UnmarshalText reads the code in any letter case, and leaves the value
// unchanged on error.
func ExampleStart_UnmarshalText() {
	var s calendar.Start
	err := s.UnmarshalText([]byte("SAME-DAY"))
	fmt.Println(s, err)
	err = s.UnmarshalText([]byte("today"))
	fmt.Println(s, errors.Is(err, calendar.ErrInvalidArgument))
	// Output:
	// same-day <nil>
	// same-day true
}

// The zero Roll is the law's default, RollForward (Civil Code art 203).
func ExampleRoll_String() {
	var p calendar.Period
	fmt.Println(p.Roll, calendar.RollNone)
	// Output:
	// forward none
}

// MarshalText writes the stable code, the form to persist: never the
// integer.
func ExampleRoll_MarshalText() {
	b, err := calendar.RollNone.MarshalText()
	fmt.Println(string(b), err)
	// Output:
	// none <nil>
}

// AppendText writes the code into a buffer, such as a log line.
func ExampleRoll_AppendText() {
	b, err := calendar.RollForward.AppendText([]byte("roll="))
	fmt.Println(string(b), err)
	// Output:
	// roll=forward <nil>
}

// UnmarshalText reads the code in any letter case, and leaves the value
// unchanged on error.
func ExampleRoll_UnmarshalText() {
	var r calendar.Roll
	err := r.UnmarshalText([]byte("None"))
	fmt.Println(r, err)
	err = r.UnmarshalText([]byte("backward"))
	fmt.Println(r, err)
	// Output:
	// none <nil>
	// none calendar: unknown Roll "backward" (want one of forward, none)
}

// --- Period and Deadline ---

// The time limits of customs IP enforcement, written as literals next to
// the article that sets them.
func ExamplePeriod_String() {
	// Holder's reply to an ex officio suspension (Regs art 16; Measures
	// arts 22, 41).
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	// Detention of goods, counted from the day of detention.
	detention := calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
	// Cap on storage fees after a confiscation decision is served
	// (Measures art 34): a span, not a time limit to act, so not moved.
	feeCap := calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}
	// The trigger day itself counted.
	sameDay := calendar.Period{Count: 1, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}

	fmt.Println(reply)
	fmt.Println(detention)
	fmt.Println(feeCap)
	fmt.Println(sameDay)
	// Output:
	// 3 working days from the day after the trigger
	// 20 working days from the day after the trigger
	// 3 months from the day after the trigger, not moved off rest days
	// 1 working day from the trigger day
}

// Validate catches a malformed period, such as one read from a
// configuration file, before it is used.
func ExamplePeriod_Validate() {
	for _, p := range []calendar.Period{
		{Count: 3, Unit: calendar.UnitWorkingDays},
		{Count: 3}, // Unit forgotten.
		{Count: 0, Unit: calendar.UnitDays},
	} {
		fmt.Println(p.Validate())
	}
	// Output:
	// <nil>
	// calendar: period unit not set
	// calendar: period count 0 out of range 1-10000
}

// The reply deadline of the worked example.
func ExamplePeriod_Deadline() {
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, err := reply.Deadline(calendar.China(), calendar.MustParseDate("2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dl.Trigger, "->", dl.LastDay, "expires", dl.Ends())
	// Output:
	// 2024-02-09 -> 2024-02-20 expires 2024-02-21 00:00:00 +0800 CST
}

// 20 working days from detention on Friday 2024-09-20 run over the
// National Day holiday.
func ExamplePeriod_Deadline_detention() {
	detention := calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
	dl, err := detention.Deadline(calendar.China(), calendar.MustParseDate("2024-09-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dl.LastDay, dl.LastDay.Weekday())
	// Output:
	// 2024-10-23 Wednesday
}

// The storage-fee cap: 3 months from service of the confiscation decision
// (Measures art 34), by the month rule of Civil Code art 202 and not moved
// off a rest day. Served on 2023-11-30 it ends on the last day of February;
// served on 2023-11-10 it ends on Saturday 2024-02-10, a Spring Festival
// holiday, where a time limit to act would have moved to 2024-02-18.
func ExamplePeriod_Deadline_storageFeeCap() {
	china := calendar.China()
	feeCap := calendar.Period{Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone}
	for _, s := range []string{"2023-11-30", "2023-11-10"} {
		dl, err := feeCap.Deadline(china, calendar.MustParseDate(s))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(dl.Trigger, "->", dl.LastDay, dl.LastDay.Weekday())
	}

	toAct := feeCap
	toAct.Roll = calendar.RollForward
	dl, err := toAct.Deadline(china, calendar.MustParseDate("2023-11-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("rolled forward:", dl.LastDay, dl.LastDay.Weekday())
	// Output:
	// 2023-11-30 -> 2024-02-29 Thursday
	// 2023-11-10 -> 2024-02-10 Saturday
	// rolled forward: 2024-02-18 Sunday
}

// StartSameDay counts the trigger day itself when it is a working day: 3
// working days from Monday 2024-02-19 included end on the 21st, not the
// 22nd.
func ExamplePeriod_Deadline_sameDay() {
	china := calendar.China()
	trigger := calendar.MustParseDate("2024-02-19")
	for _, start := range []calendar.Start{calendar.StartNextDay, calendar.StartSameDay} {
		p := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays, Start: start}
		dl, err := p.Deadline(china, trigger)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", p, dl.LastDay)
	}
	// Output:
	// 3 working days from the day after the trigger: 2024-02-22
	// 3 working days from the trigger day: 2024-02-21
}

// A notice served on 2027-12-29 needs the last days of 2027 and the first of
// 2028, which the calendar does not hold yet (the 2028 notice may rearrange
// the end of 2027): the package refuses to guess them from the weekend
// rule. Calendar.With adds the year once it is announced.
func ExamplePeriod_Deadline_notCovered() {
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	_, err := reply.Deadline(calendar.China(), calendar.MustParseDate("2027-12-29"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, calendar.ErrNotCovered))

	var ce *calendar.CoverageError
	if errors.As(err, &ce) {
		fmt.Println("first day missing:", ce.Day)
	}
	// Output:
	// calendar: 2027-12-30 is outside the calendar's official data 2020-01-01..2027-12-24
	// true
	// first day missing: 2027-12-30
}

// Rolled tells whether Civil Code art 203 moved the last day off a rest
// day, and Unrolled keeps the day it was moved from. Here a hypothetical
// 1-month time limit to act, counted from 2024-01-10, would end on Saturday
// 2024-02-10, in the Spring Festival holiday; it moves to the next working
// day, Sunday 2024-02-18.
func ExampleDeadline_Rolled() {
	china := calendar.China()
	trigger := calendar.MustParseDate("2024-01-10")
	for _, p := range []calendar.Period{
		{Count: 1, Unit: calendar.UnitMonths},
		{Count: 1, Unit: calendar.UnitMonths, Roll: calendar.RollNone},
		{Count: 3, Unit: calendar.UnitWorkingDays},
	} {
		dl, err := p.Deadline(china, trigger)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: last day %s, unrolled %s, rolled %t\n", p, dl.LastDay, dl.Unrolled, dl.Rolled())
	}
	// Output:
	// 1 month from the day after the trigger: last day 2024-02-18, unrolled 2024-02-10, rolled true
	// 1 month from the day after the trigger, not moved off rest days: last day 2024-02-10, unrolled 2024-02-10, rolled false
	// 3 working days from the day after the trigger: last day 2024-01-15, unrolled 0000-00-00, rolled false
}

// Ends is the instant of expiry for an act done by post or bank: 24:00
// China Standard Time on the last day.
func ExampleDeadline_Ends() {
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, err := reply.Deadline(calendar.China(), calendar.MustParseDate("2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dl.Ends())
	fmt.Println(dl.Ends().UTC())
	// Output:
	// 2024-02-21 00:00:00 +0800 CST
	// 2024-02-20 16:00:00 +0000 UTC
}

// EndsAt is the instant of expiry for an act done in person, at the close
// of the office's hours, here 17:30.
func ExampleDeadline_EndsAt() {
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, err := reply.Deadline(calendar.China(), calendar.MustParseDate("2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	closing, err := dl.EndsAt(17*time.Hour + 30*time.Minute)
	fmt.Println(closing, err)

	_, err = dl.EndsAt(25 * time.Hour)
	fmt.Println(err)
	// Output:
	// 2024-02-20 17:30:00 +0800 CST <nil>
	// calendar: closing time 25h0m0s out of range 0-24h
}

// Passed compares an instant, in any zone, with the end of the deadline.
func ExampleDeadline_Passed() {
	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, err := reply.Deadline(calendar.China(), calendar.MustParseDate("2024-02-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range []time.Time{
		time.Date(2024, 2, 20, 23, 59, 59, 0, calendar.CST()),
		time.Date(2024, 2, 21, 0, 0, 0, 0, calendar.CST()),
		time.Date(2024, 2, 20, 15, 0, 0, 0, time.UTC), // 23:00 in Beijing.
	} {
		fmt.Println(t.Format(time.RFC3339), dl.Passed(t))
	}
	// Output:
	// 2024-02-20T23:59:59+08:00 false
	// 2024-02-21T00:00:00+08:00 true
	// 2024-02-20T15:00:00Z false
}

// --- Errors ---

// A DateError carries the input and what is wrong with it.
func ExampleDateError() {
	_, err := calendar.ParseDate("2024-02-30")
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	var de *calendar.DateError
	if errors.As(err, &de) {
		fmt.Printf("input %q: %s\n", de.Input, de.Reason)
	}
	fmt.Println(err)
	// Output:
	// true
	// input "2024-02-30": day out of range for February 2024
	// calendar: invalid date "2024-02-30": day out of range for February 2024
}

// A CoverageError carries the first day needed that the calendar does not
// hold, and the calendar's coverage.
func ExampleCoverageError() {
	_, err := calendar.China().IsWorkday(calendar.MustParseDate("2028-01-04"))
	fmt.Println(errors.Is(err, calendar.ErrNotCovered))
	var ce *calendar.CoverageError
	if errors.As(err, &ce) {
		fmt.Println(ce.Day, ce.First, ce.Last)
	}
	fmt.Println(err)
	// Output:
	// true
	// 2028-01-04 2020-01-01 2027-12-24
	// calendar: 2028-01-04 is outside the calendar's official data 2020-01-01..2027-12-24
}

// An ArrangementError carries the year, the place of the problem as a JSON
// path, the offending value and the reason. errors.As finds the first of
// several problems; Arrangement.Validate shows how to list them all.
func ExampleArrangementError() {
	china := calendar.China()
	again := china.Arrangements()[7] // 2027, which the calendar already holds.
	_, err := china.With(again)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArrangement))
	var ae *calendar.ArrangementError
	if errors.As(err, &ae) {
		fmt.Printf("year %d, field %s, value %s: %s\n", ae.Year, ae.Field, ae.Value, ae.Reason)
	}
	fmt.Println(err)
	// Output:
	// true
	// year 2027, field year, value 2027: the same year is given twice
	// calendar: arrangement 2027: year "2027": the same year is given twice
}

// A period read from a configuration file is validated as it is decoded:
// the law's defaults (next-day start, roll forward) may be left out, and a
// period the law has no rule for is refused.
func ExamplePeriod_UnmarshalJSON() {
	var reply calendar.Period
	err := json.Unmarshal([]byte(`{"count": 3, "unit": "working-days"}`), &reply)
	fmt.Println(reply, err)

	err = json.Unmarshal([]byte(`{"count": 1, "unit": "months", "start": "same-day"}`), &reply)
	fmt.Println(err)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArgument), reply.Count)
	// Output:
	// 3 working days from the day after the trigger <nil>
	// calendar: a month period cannot start on the trigger day: Civil Code art 202 counts months from the day after
	// true 3
}

// ArrangementErrors holds every problem validation found; errors.As
// gives the whole list.
func ExampleArrangementErrors() {
	spring := calendar.Festival{Chinese: "春节", English: "Spring Festival"}
	bad := calendar.Arrangement{
		Year:     2028,
		Notices:  []calendar.Notice{{Title: ""}}, // No title.
		Holidays: []calendar.Holiday{{Festival: spring, First: calendar.MustParseDate("2028-01-25"), Last: calendar.MustParseDate("2028-02-02")}},
		Workdays: []calendar.AdjustedWorkday{{Date: calendar.MustParseDate("2028-01-28"), Festival: spring}}, // A Friday, inside the block.
	}
	var problems calendar.ArrangementErrors
	if errors.As(bad.Validate(), &problems) {
		for _, p := range problems {
			fmt.Printf("%s: %s\n", p.Field, p.Reason)
		}
	}
	// Output:
	// notices[0].title: required
	// workdays[0].date: is a Friday: only a Saturday or Sunday can be made a working day
	// workdays[0].date: inside holidays[0] 2028-01-25..2028-02-02
}

// IsZero tells an unset Deadline field from a computed one; the zero
// Deadline never passes.
func ExampleDeadline_IsZero() {
	var pending calendar.Deadline // Not yet computed: the notice is not served.
	fmt.Println(pending.IsZero(), pending.Passed(calendar.MustParseDate("2024-02-21").Start()))

	reply := calendar.Period{Count: 3, Unit: calendar.UnitWorkingDays}
	dl, _ := reply.Deadline(calendar.China(), calendar.MustParseDate("2024-02-09"))
	fmt.Println(dl.IsZero(), dl.Passed(calendar.MustParseDate("2024-02-21").Start()))
	// Output:
	// true false
	// false true
}

// Holiday is a block of rest days as a notice sets it.
func ExampleHoliday() {
	for _, h := range calendar.China().Arrangements()[4].Holidays[:2] {
		fmt.Println(h.Festival, h.First, h.Last)
	}
	// Output:
	// New Year's Day (元旦) 2024-01-01 2024-01-01
	// Spring Festival (春节) 2024-02-10 2024-02-17
}

// AdjustedWorkday is a weekend day a notice makes a working day.
func ExampleAdjustedWorkday() {
	w := calendar.China().Arrangements()[4].Workdays[0]
	fmt.Println(w.Date, w.Date.Weekday(), w.Festival.English)
	// Output: 2024-02-04 Sunday Spring Festival
}

// Days and WorkingDays are distinct types, so a count of one cannot be
// passed as the other.
func ExampleDays() {
	d := calendar.MustParseDate("2024-02-09")
	fmt.Println(d.AddDays(calendar.Days(11)), calendar.MustParseDate("2024-02-20").DaysSince(d))
	// Output: 2024-02-20 11
}

func ExampleWorkingDays() {
	c := calendar.China()
	due, err := c.AddWorkdays(calendar.MustParseDate("2024-02-09"), calendar.WorkingDays(3))
	fmt.Println(due, err)
	// Output: 2024-02-20 <nil>
}
