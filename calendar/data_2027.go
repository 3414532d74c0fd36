package calendar

import "time"

// arrangement2027 is the official arrangement for 2027: 国务院办公厅关于2027年部分节假日安排的通知.
// Single source (see the notice's Note); cn-holidays.tsv carries the same data
// from the same source. Replace the notice details once the text is checked.
func arrangement2027() Arrangement {
	return Arrangement{
		Year: 2027,
		Notices: []Notice{
			{
				Title: "国务院办公厅关于2027年部分节假日安排的通知",
				Note:  "single source: transcribed from the arrangement packaged in the Go module github.com/6tail/lunar-go v1.4.7 (published 2026-11-06); not yet checked against the notice text",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2027, time.January, 1}, Last: Date{2027, time.January, 3}},
			{Festival: springFestival, First: Date{2027, time.February, 5}, Last: Date{2027, time.February, 13}},
			{Festival: qingming, First: Date{2027, time.April, 3}, Last: Date{2027, time.April, 5}},
			{Festival: labourDay, First: Date{2027, time.May, 1}, Last: Date{2027, time.May, 5}},
			{Festival: dragonBoat, First: Date{2027, time.June, 9}, Last: Date{2027, time.June, 9}},
			{Festival: midAutumn, First: Date{2027, time.September, 15}, Last: Date{2027, time.September, 15}},
			{Festival: nationalDay, First: Date{2027, time.October, 1}, Last: Date{2027, time.October, 7}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2027, time.January, 31}, Festival: springFestival},
			{Date: Date{2027, time.February, 14}, Festival: springFestival},
			{Date: Date{2027, time.May, 8}, Festival: labourDay},
			{Date: Date{2027, time.September, 26}, Festival: nationalDay},
			{Date: Date{2027, time.October, 9}, Festival: nationalDay},
		},
	}
}
