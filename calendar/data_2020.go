package calendar

import "time"

// arrangement2020 is the official arrangement for 2020: 国务院办公厅关于2020年部分节假日安排的通知.
func arrangement2020() Arrangement {
	return Arrangement{
		Year: 2020,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2020年部分节假日安排的通知",
				Number: "国办发明电〔2019〕16号",
				Issued: Date{2019, time.November, 21},
				URL:    "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
			},
			{
				Title:  "国务院办公厅关于延长2020年春节假期的通知",
				Number: "国办发明电〔2020〕1号",
				Issued: Date{2020, time.January, 26},
				URL:    "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm",
				Note:   "signed 2020-01-26, published 2020-01-27; extended the Spring Festival break to 2020-02-02, so Saturday 2020-02-01 is no longer worked",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2020, time.January, 1}, Last: Date{2020, time.January, 1}},
			{Festival: springFestival, First: Date{2020, time.January, 24}, Last: Date{2020, time.January, 30}},
			{Festival: springFestivalExtended, First: Date{2020, time.January, 31}, Last: Date{2020, time.February, 2}, Notice: 1},
			{Festival: qingming, First: Date{2020, time.April, 4}, Last: Date{2020, time.April, 6}},
			{Festival: labourDay, First: Date{2020, time.May, 1}, Last: Date{2020, time.May, 5}},
			{Festival: dragonBoat, First: Date{2020, time.June, 25}, Last: Date{2020, time.June, 27}},
			{Festival: nationalDayMidAutumn, First: Date{2020, time.October, 1}, Last: Date{2020, time.October, 8}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2020, time.January, 19}, Festival: springFestival},
			{Date: Date{2020, time.April, 26}, Festival: labourDay},
			{Date: Date{2020, time.May, 9}, Festival: labourDay},
			{Date: Date{2020, time.June, 28}, Festival: dragonBoat},
			{Date: Date{2020, time.September, 27}, Festival: nationalDayMidAutumn},
			{Date: Date{2020, time.October, 10}, Festival: nationalDayMidAutumn},
		},
	}
}
