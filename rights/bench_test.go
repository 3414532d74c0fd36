package rights_test

import (
	"testing"

	"github.com/iprborder/iprborder/rights"
)

func BenchmarkParsePatentNumber(b *testing.B) {
	for _, s := range []string{"201710601862.3", "ZL 97101765.4"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := rights.ParsePatentNumber(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRecordation_Status asks the status of a renewed recordation
// with a change report, the question a case system asks for every
// stopped consignment.
func BenchmarkRecordation_Status(b *testing.B) {
	rec := exRecordation()
	rec, err := rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: date("2015-01-05"), Changed: date("2015-01-02"), Note: "address"})
	if err != nil {
		b.Fatal(err)
	}
	if rec, err = rec.Apply(rights.Event{Kind: rights.RenewalFiling, Date: date("2020-01-06")}); err != nil {
		b.Fatal(err)
	}
	on := date("2024-02-09")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if rec.Status(on) != rights.Renewed {
			b.Fatal("not renewed")
		}
	}
}
