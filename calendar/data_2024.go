package calendar

import "time"

// arrangement2024 is the official arrangement for 2024: 国务院办公厅关于2024年部分节假日安排的通知.
func arrangement2024() Arrangement {
	return Arrangement{
		Year: 2024,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2024年部分节假日安排的通知",
				Number: "国办发明电〔2023〕7号",
				Issued: Date{2023, time.October, 25},
				URL:    "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2024, time.January, 1}, Last: Date{2024, time.January, 1}},
			{Festival: springFestival, First: Date{2024, time.February, 10}, Last: Date{2024, time.February, 17}},
			{Festival: qingming, First: Date{2024, time.April, 4}, Last: Date{2024, time.April, 6}},
			{Festival: labourDay, First: Date{2024, time.May, 1}, Last: Date{2024, time.May, 5}},
			{Festival: dragonBoat, First: Date{2024, time.June, 10}, Last: Date{2024, time.June, 10}},
			{Festival: midAutumn, First: Date{2024, time.September, 15}, Last: Date{2024, time.September, 17}},
			{Festival: nationalDay, First: Date{2024, time.October, 1}, Last: Date{2024, time.October, 7}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2024, time.February, 4}, Festival: springFestival},
			{Date: Date{2024, time.February, 18}, Festival: springFestival},
			{Date: Date{2024, time.April, 7}, Festival: qingming},
			{Date: Date{2024, time.April, 28}, Festival: labourDay},
			{Date: Date{2024, time.May, 11}, Festival: labourDay},
			{Date: Date{2024, time.September, 14}, Festival: midAutumn},
			{Date: Date{2024, time.September, 29}, Festival: nationalDay},
			{Date: Date{2024, time.October, 12}, Festival: nationalDay},
		},
	}
}
