package calendar

import "time"

// arrangement2025 is the official arrangement for 2025: 国务院办公厅关于2025年部分节假日安排的通知.
func arrangement2025() Arrangement {
	return Arrangement{
		Year: 2025,
		Notices: []Notice{
			{
				Title:  "国务院办公厅关于2025年部分节假日安排的通知",
				Number: "国办发明电〔2024〕12号",
				Issued: Date{2024, time.November, 12},
				URL:    "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
			},
		},
		Holidays: []Holiday{
			{Festival: newYearsDay, First: Date{2025, time.January, 1}, Last: Date{2025, time.January, 1}},
			{Festival: springFestival, First: Date{2025, time.January, 28}, Last: Date{2025, time.February, 4}},
			{Festival: qingming, First: Date{2025, time.April, 4}, Last: Date{2025, time.April, 6}},
			{Festival: labourDay, First: Date{2025, time.May, 1}, Last: Date{2025, time.May, 5}},
			{Festival: dragonBoat, First: Date{2025, time.May, 31}, Last: Date{2025, time.June, 2}},
			{Festival: nationalDayMidAutumn, First: Date{2025, time.October, 1}, Last: Date{2025, time.October, 8}},
		},
		Workdays: []AdjustedWorkday{
			{Date: Date{2025, time.January, 26}, Festival: springFestival},
			{Date: Date{2025, time.February, 8}, Festival: springFestival},
			{Date: Date{2025, time.April, 27}, Festival: labourDay},
			{Date: Date{2025, time.September, 28}, Festival: nationalDayMidAutumn},
			{Date: Date{2025, time.October, 11}, Festival: nationalDayMidAutumn},
		},
	}
}
