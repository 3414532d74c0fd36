package strictjson

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// benchFormat is the format of the cost service's request as the library
// reads it: the keys of storagecost's standards and stays and of the
// request, with storagecost's check of decimal values.
var benchFormat = Format{
	MaxBytes: 1 << 20,
	MaxDepth: 8,
	Keys: append(slices.Clip(storageKeys),
		"stay", "goods", "detained", "outcome", "end", "confiscation", "inspections", "disposal_cost",
		"volume", "weight", "area", "pallets", "pieces", "value", "served", "delay", "cap_months", "cap_one_offs"),
	Scalar: func(key string, v json.Token) error {
		switch key {
		case "rate", "minimum", "minimum_per_bill", "multiplier", "up_to", "amount",
			"volume", "weight", "area", "pallets", "pieces", "value", "disposal_cost":
			return CheckNumberToken(v, 6, 40)
		}
		return nil
	},
}

// BenchmarkCheckKeys compares the scanner (impl=scan) with the Token walk
// it replaced (impl=token, reference_test.go) on the cost service's
// request and on a warehouse's published tariff:
//
//	go test ./internal/strictjson -run '^$' -bench CheckKeys -count 10 | benchstat -col /impl -
func BenchmarkCheckKeys(b *testing.B) {
	for _, in := range []struct{ name, path string }{
		{"storage-cost", "../../examples/costservice/testdata/storage-cost.json"},
		{"port-warehouse", "../../storagecost/testdata/port-warehouse.json"},
	} {
		data, err := os.ReadFile(in.path)
		if err != nil {
			b.Fatal(err)
		}
		for _, impl := range []struct {
			name  string
			check func([]byte) error
		}{
			{"token", benchFormat.checkKeysToken},
			{"scan", benchFormat.CheckKeys},
		} {
			if err := impl.check(data); err != nil {
				b.Fatalf("%s: %v", in.path, err)
			}
			b.Run("input="+in.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(data)))
				for i := 0; i < b.N; i++ {
					if err := impl.check(data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
