// Package calendar provides civil dates and China's official working-day
// calendar, and computes legal time limits on it: "3 working days from the
// day after service", "20 working days from detention", "3 months from
// service of the decision".
//
// It imports the standard library only.
//
// # Overview
//
// Every deadline of customs protection of intellectual property is counted
// on the official working-day calendar (R-TIME-1 of the domain brief): Monday
// to Friday work and Saturday and Sunday rest, except that each year the
// State Council General Office announces holiday blocks (放假), which may
// include weekdays, and makes some Saturdays and Sundays working days
// (调休上班) to make up for them.
//
//   - [Date] is a civil date, without time or zone: the unit the law counts
//     in. [ParseDate] reads "2006-01-02"; [DateOf] and [Date.Start],
//     [Date.End] convert to and from instants in China Standard Time.
//   - [Calendar] answers [Calendar.IsWorkday], [Calendar.Day],
//     [Calendar.Explain], [Calendar.AddWorkdays] and
//     [Calendar.WorkdaysBetween]. [China] returns mainland China's calendar
//     for 2020-2027, each year citing its notice.
//   - [Arrangement] is one year's notice as data. [New] and [Calendar.With]
//     build a calendar from arrangements, and [ParseArrangements] reads them
//     from JSON, so a newly announced year can be loaded without a new
//     release of this package.
//   - [Period] and [Deadline] are the vocabulary of time limits used by the
//     rest of the module.
//
// # Counting
//
// A working-day period counts from the day after its trigger: the day a
// notice is served, or goods are detained, is not counted, and the n-th
// working day after it is the last day ([Calendar.AddWorkdays]; Measures
// art 41, Civil Code art 201; R-TIME-2). The period expires at 24:00 China
// Standard Time on its last day ([Deadline.Ends]), or at the close of
// office hours for an act done in person ([Deadline.EndsAt]).
//
// [Calendar.WorkdaysBetween] counts the working days of (a, b], so that
// WorkdaysBetween(d, AddWorkdays(d, n)) == n.
//
// Periods in calendar days and months ([UnitDays], [UnitMonths]) end on the
// corresponding day (Civil Code art 202, [Date.AddMonths]), moved to the next
// working day when that is a rest day (Civil Code art 203, [RollForward]).
//
// Worked example, from the domain brief: a notice served on Friday
// 2024-02-09 leaves the holder until 2024-02-20, because 10 to 17 February
// are the Spring Festival holiday and Sunday 18 February is a working day.
//
// # Coverage
//
// A Calendar holds the arrangements of a run of consecutive years. Its
// [Calendar.Coverage] runs from 1 January of the first year to 24 December
// of the last: the last week of a year is final only once the next year's
// notice is out, because that notice may rearrange it (the 2019 notice made
// Saturday 2018-12-29 a working day and Monday 2018-12-31 a holiday). A
// question that needs a day outside the coverage fails with an error
// wrapping [ErrNotCovered]; the package never falls back to the weekend
// rule, which is how holiday libraries silently get next January wrong.
// AddWorkdays and WorkdaysBetween need only the days after their first
// argument, so the day before the coverage starts is a valid start.
//
// # Representation
//
// A Date is three integers and is compared with ==. A Calendar is a handle
// on immutable tables built once by [New]: the arrangements, a running count
// of working days for every covered day, and the list of working days. They
// make AddWorkdays and WorkdaysBetween two or three array look-ups, without
// allocation, whatever the count: a few nanoseconds, against microseconds
// for a day-by-day loop (see bench_test.go and the bench module). The eight
// years of [China] take about 45 KB and under 0.1 ms to build; China builds
// them once, on first use.
//
// Counts of calendar days and of working days are the distinct types [Days]
// and [WorkingDays].
//
// # Zero values
//
//   - The zero Date is not a valid date. It means "no date" in optional
//     fields and marshals to the empty text. Date arithmetic that leaves
//     0001-01-01..9999-12-31 gives another invalid date, never the zero
//     one.
//   - The zero Calendar covers no day.
//   - The zero [Kind] and [Unit] are unknown and rejected. The zero [Start]
//     and [Roll] are the law's defaults, [StartNextDay] and [RollForward].
//
// # Errors
//
// Every error matches one of [ErrInvalidDate], [ErrNotCovered],
// [ErrInvalidArgument] and [ErrInvalidArrangement] with [errors.Is]; the
// types [DateError], [CoverageError] and [ArrangementError] carry the facts
// for [errors.As]. Arrangement validation reports every problem at once, as
// [ArrangementErrors].
// No function panics on bad input, except the Must functions, which are
// for tests and tables.
//
// # Legal sources
//
//   - Working day: Monday to Friday outside the holiday blocks, plus the
//     designated weekend working days (R-TIME-1); Saturday and Sunday rest
//     under the State Council Provisions on Working Hours of Employees
//     (国务院关于职工工作时间的规定, 1995 revision) art 7.
//   - Holiday blocks and adjusted working days: the State Council General
//     Office's annual notice for each year (国务院办公厅关于部分节假日安排的通知),
//     under the Measures on National Holidays and Commemoration Days
//     (全国年节及纪念日放假办法, 2024 revision).
//   - Start of periods: Civil Code art 201; Measures art 41 (R-TIME-2).
//   - Month periods and rest days: Civil Code arts 202-203 (R-TIME-3).
package calendar
