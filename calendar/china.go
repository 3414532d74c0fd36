package calendar

import "sync"

// China returns the official working-day calendar of mainland China for
// 2020 to 2027: the weekend rule plus each year's arrangement as the State
// Council General Office announced it (R-TIME-1; section 8 of the domain
// brief). Each year cites its notice; see the data_YYYY.go files, or
// [Calendar.Arrangements]. It covers 2020-01-01 to 2027-12-24: the last
// days of 2027 wait for the 2028 notice (see [Calendar.Coverage]).
//
// The 2027 arrangement comes from a single secondary source (the Go module
// github.com/6tail/lunar-go v1.4.7) and is marked so in its notice's Note
// until it is checked against the notice text.
//
// To add a year announced after this release, pass its arrangement to
// [Calendar.With]. The calendar is built once, on first use, and shared;
// it is immutable.
func China() Calendar { return china() }

var china = sync.OnceValue(func() Calendar {
	return MustNew(
		arrangement2020(),
		arrangement2021(),
		arrangement2022(),
		arrangement2023(),
		arrangement2024(),
		arrangement2025(),
		arrangement2026(),
		arrangement2027(),
	)
})

// The festival names as the notices print them.
var (
	newYearsDay            = Festival{Chinese: "元旦", English: "New Year's Day"}
	springFestival         = Festival{Chinese: "春节", English: "Spring Festival"}
	springFestivalExtended = Festival{Chinese: "春节延长假期", English: "Spring Festival, extended"}
	qingming               = Festival{Chinese: "清明节", English: "Qingming Festival"}
	labourDay              = Festival{Chinese: "劳动节", English: "Labour Day"}
	dragonBoat             = Festival{Chinese: "端午节", English: "Dragon Boat Festival"}
	midAutumn              = Festival{Chinese: "中秋节", English: "Mid-Autumn Festival"}
	nationalDay            = Festival{Chinese: "国庆节", English: "National Day"}
	nationalDayMidAutumn   = Festival{Chinese: "国庆节、中秋节", English: "National Day and Mid-Autumn Festival"}
	midAutumnNationalDay   = Festival{Chinese: "中秋节、国庆节", English: "Mid-Autumn Festival and National Day"}
)
