package calendar

import "time"

// arrangement2021 is the official arrangement for 2021: 国务院办公厅关于2021年部分节假日安排的通知.
func arrangement2021() Arrangement {
	return Arrangement{
		Year: 2021,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2021年部分节假日安排的通知",
				Number: "国办发明电〔2020〕27号",
				Issued: Date{2020, time.November, 25},
				URL:    "http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2021, time.January, 1}, Last: Date{2021, time.January, 3}},
			{Festival: springFestival, First: Date{2021, time.February, 11}, Last: Date{2021, time.February, 17}},
			{Festival: qingming, First: Date{2021, time.April, 3}, Last: Date{2021, time.April, 5}},
			{Festival: labourDay, First: Date{2021, time.May, 1}, Last: Date{2021, time.May, 5}},
			{Festival: dragonBoat, First: Date{2021, time.June, 12}, Last: Date{2021, time.June, 14}},
			{Festival: midAutumn, First: Date{2021, time.September, 19}, Last: Date{2021, time.September, 21}},
			{Festival: nationalDay, First: Date{2021, time.October, 1}, Last: Date{2021, time.October, 7}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2021, time.February, 7}, Festival: springFestival},
			{Date: Date{2021, time.February, 20}, Festival: springFestival},
			{Date: Date{2021, time.April, 25}, Festival: labourDay},
			{Date: Date{2021, time.May, 8}, Festival: labourDay},
			{Date: Date{2021, time.September, 18}, Festival: midAutumn},
			{Date: Date{2021, time.September, 26}, Festival: nationalDay},
			{Date: Date{2021, time.October, 9}, Festival: nationalDay},
		},
	}
}
