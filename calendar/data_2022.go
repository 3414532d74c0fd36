package calendar

import "time"

// arrangement2022 is the official arrangement for 2022: 国务院办公厅关于2022年部分节假日安排的通知.
func arrangement2022() Arrangement {
	return Arrangement{
		Year: 2022,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2022年部分节假日安排的通知",
				Number: "国办发明电〔2021〕11号",
				Issued: Date{2021, time.October, 25},
				URL:    "http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2022, time.January, 1}, Last: Date{2022, time.January, 3}},
			{Festival: springFestival, First: Date{2022, time.January, 31}, Last: Date{2022, time.February, 6}},
			{Festival: qingming, First: Date{2022, time.April, 3}, Last: Date{2022, time.April, 5}},
			{Festival: labourDay, First: Date{2022, time.April, 30}, Last: Date{2022, time.May, 4}},
			{Festival: dragonBoat, First: Date{2022, time.June, 3}, Last: Date{2022, time.June, 5}},
			{Festival: midAutumn, First: Date{2022, time.September, 10}, Last: Date{2022, time.September, 12}},
			{Festival: nationalDay, First: Date{2022, time.October, 1}, Last: Date{2022, time.October, 7}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2022, time.January, 29}, Festival: springFestival},
			{Date: Date{2022, time.January, 30}, Festival: springFestival},
			{Date: Date{2022, time.April, 2}, Festival: qingming},
			{Date: Date{2022, time.April, 24}, Festival: labourDay},
			{Date: Date{2022, time.May, 7}, Festival: labourDay},
			{Date: Date{2022, time.October, 8}, Festival: nationalDay},
			{Date: Date{2022, time.October, 9}, Festival: nationalDay},
		},
	}
}
