package calendar

// Days is a count of calendar days. It is a distinct type from
// [WorkingDays] so that a count of one kind cannot be passed where the
// other is meant: d.AddDays(c.WorkdaysBetween(a, b)) does not compile.
type Days int

// WorkingDays is a count of working days on a [Calendar]. See [Days].
type WorkingDays int
