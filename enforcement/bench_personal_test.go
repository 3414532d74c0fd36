package enforcement_test

import (
	"fmt"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// BenchmarkCheckParcel measures the postal check of GACC Ann. 2010 No. 43
// (R-PER-3), a decision (≤ 2 µs, allocations reported), on parcels around
// the limits in turn: impl=ours looks the limits up in the parameters in
// force on the parcel's day and writes the reason; impl=naive hard-codes
// 800, 1,000 and 50 and writes the reason with fmt.Sprintf, as a
// hand-written check would (and cannot follow a new text). Compare them
// with benchstat -col /impl.

var sinkParcel enforcement.ParcelCheck

// benchParcels are parcels on both sides of each limit and the waiver.
func benchParcels() []enforcement.Parcel {
	var out []enforcement.Parcel
	for _, v := range []string{"120.00", "800.00", "800.01", "1000.00", "1000.01", "6500.00"} {
		for _, r := range []enforcement.PostalRegion{enforcement.HKMacaoTaiwan, enforcement.Elsewhere} {
			out = append(out,
				enforcement.Parcel{Date: d("2024-05-06"), Direction: enforcement.Import, Region: r, Value: amt(v), Duty: amt("50.00")},
				enforcement.Parcel{Date: d("2024-05-06"), Direction: enforcement.Import, Region: r, Value: amt(v), Duty: amt("50.01"), SingleIndivisible: true, PersonalUse: true},
				enforcement.Parcel{Date: d("2024-05-06"), Direction: enforcement.Export, Region: r, Value: amt(v)})
		}
	}
	return out
}

var (
	naiveLimitHK    = decimal.New(800, 0)
	naiveLimitOther = decimal.New(1000, 0)
	naiveWaiver     = decimal.New(50, 0)
)

// naiveCheckParcel is the baseline: the same rule with its numbers fixed.
func naiveCheckParcel(p enforcement.Parcel) enforcement.ParcelCheck {
	limit := naiveLimitOther
	if p.Region == enforcement.HKMacaoTaiwan {
		limit = naiveLimitHK
	}
	var c enforcement.ParcelCheck
	c.OverLimit = p.Value.GreaterThan(limit)
	c.PersonalArticles = !c.OverLimit || p.SingleIndivisible && p.PersonalUse
	c.DutyWaived = c.PersonalArticles && p.Direction == enforcement.Import && !p.Duty.GreaterThan(naiveWaiver)
	c.Reason = fmt.Sprintf("value %s, limit %s (GACC Ann. 2010 No. 43): over %t, articles %t, duty %s waived %t",
		p.Value.StringFixed(2), limit.StringFixed(2), c.OverLimit, c.PersonalArticles, p.Duty.StringFixed(2), c.DutyWaived)
	return c
}

func BenchmarkCheckParcel(b *testing.B) {
	params, parcels := enforcement.DefaultParameters(), benchParcels()
	for _, p := range parcels {
		c, err := enforcement.CheckParcel(params, p)
		n := naiveCheckParcel(p)
		if err != nil || c.OverLimit != n.OverLimit || c.PersonalArticles != n.PersonalArticles || c.DutyWaived != n.DutyWaived {
			b.Fatalf("CheckParcel(%+v) = %+v, %v; naive %+v", p, c, err, n)
		}
	}
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		var c enforcement.ParcelCheck
		var err error
		for i := 0; i < b.N; i++ {
			c, err = enforcement.CheckParcel(params, parcels[i%len(parcels)])
		}
		if err != nil {
			b.Fatal(err)
		}
		sinkParcel = c
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		var c enforcement.ParcelCheck
		for i := 0; i < b.N; i++ {
			c = naiveCheckParcel(parcels[i%len(parcels)])
		}
		sinkParcel = c
	})
}
