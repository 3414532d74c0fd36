package calendar

import "time"

// arrangement2026 is the official arrangement for 2026: 国务院办公厅关于2026年部分节假日安排的通知.
func arrangement2026() Arrangement {
	return Arrangement{
		Year: 2026,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2026年部分节假日安排的通知",
				Number: "国办发明电〔2025〕7号",
				Issued: Date{2025, time.November, 4},
				URL:    "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2026, time.January, 1}, Last: Date{2026, time.January, 3}},
			{Festival: springFestival, First: Date{2026, time.February, 15}, Last: Date{2026, time.February, 23}},
			{Festival: qingming, First: Date{2026, time.April, 4}, Last: Date{2026, time.April, 6}},
			{Festival: labourDay, First: Date{2026, time.May, 1}, Last: Date{2026, time.May, 5}},
			{Festival: dragonBoat, First: Date{2026, time.June, 19}, Last: Date{2026, time.June, 21}},
			{Festival: midAutumn, First: Date{2026, time.September, 25}, Last: Date{2026, time.September, 27}},
			{Festival: nationalDay, First: Date{2026, time.October, 1}, Last: Date{2026, time.October, 7}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2026, time.January, 4}, Festival: newYearsDay},
			{Date: Date{2026, time.February, 14}, Festival: springFestival},
			{Date: Date{2026, time.February, 28}, Festival: springFestival},
			{Date: Date{2026, time.May, 9}, Festival: labourDay},
			{Date: Date{2026, time.September, 20}, Festival: nationalDay},
			{Date: Date{2026, time.October, 10}, Festival: nationalDay},
		},
	}
}
