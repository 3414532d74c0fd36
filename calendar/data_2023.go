package calendar

import "time"

// arrangement2023 is the official arrangement for 2023: 国务院办公厅关于2023年部分节假日安排的通知.
func arrangement2023() Arrangement {
	return Arrangement{
		Year: 2023,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2023年部分节假日安排的通知",
				Number: "国办发明电〔2022〕16号",
				Issued: Date{2022, time.December, 8},
				URL:    "http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2022, time.December, 31}, Last: Date{2023, time.January, 2}},
			{Festival: springFestival, First: Date{2023, time.January, 21}, Last: Date{2023, time.January, 27}},
			{Festival: qingming, First: Date{2023, time.April, 5}, Last: Date{2023, time.April, 5}},
			{Festival: labourDay, First: Date{2023, time.April, 29}, Last: Date{2023, time.May, 3}},
			{Festival: dragonBoat, First: Date{2023, time.June, 22}, Last: Date{2023, time.June, 24}},
			{Festival: midAutumnNationalDay, First: Date{2023, time.September, 29}, Last: Date{2023, time.October, 6}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2023, time.January, 28}, Festival: springFestival},
			{Date: Date{2023, time.January, 29}, Festival: springFestival},
			{Date: Date{2023, time.April, 23}, Festival: labourDay},
			{Date: Date{2023, time.May, 6}, Festival: labourDay},
			{Date: Date{2023, time.June, 25}, Festival: dragonBoat},
			{Date: Date{2023, time.October, 7}, Festival: midAutumnNationalDay},
			{Date: Date{2023, time.October, 8}, Festival: midAutumnNationalDay},
		},
	}
}
