// Command quickstart is the README's quick start: a trademark holder asks
// customs to detain a consignment in September 2024, and the library says
// what bond it owes, who must act by when across two holidays, and what
// happens when no court notice arrives.
package main

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
)

func main() {
	day, cny := calendar.MustParseDate, decimal.RequireFromString
	facts := enforcement.Facts{
		ID: uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11"), Track: enforcement.UponApplication,
		Rights: []rights.Right{{Type: rights.Trademark, Holder: "ACME Ltd", Number: "1234567", Registered: day("2015-03-07")}},
		Goods:  enforcement.Goods{Description: "sports shoes", Quantity: cny("1200"), Unit: "pairs", DeclaredValue: cny("87654.32")},
		Holder: enforcement.Party{Name: "ACME Ltd"}, Consignee: enforcement.Party{Name: "X Trading Co., Ltd."},
		Port: "Shanghai Pudong", Direction: enforcement.Export, Channel: enforcement.Cargo,
	}
	c, err := enforcement.Replay(facts, enforcement.Rules{Calendar: calendar.China()}, []enforcement.Event{
		{Kind: enforcement.HolderApplied, Date: day("2024-09-09"), Amount: cny("87654.32")},
		{Kind: enforcement.Detention, Date: day("2024-09-10")},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("bond required:", c.RequiredBond().StringFixed(2), "posted:", c.BondPosted().StringFixed(2))
	deadlines, _ := c.Deadlines()
	for _, d := range deadlines {
		fmt.Printf("%s %s: %s, last day %s %s\n  if missed: %s\n", d.Actor, d.Kind, d.Period, d.LastDay, d.LastDay.Weekday(), d.Kind.Consequence())
	}
	c, lapses, _ := c.Advance(day("2024-10-15"))
	fmt.Println(c.State(), lapses)
}
