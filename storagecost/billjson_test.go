package storagecost

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter/prop"

	"github.com/iprborder/iprborder/internal/testgen"
)

// nestedBill is a bill encoded as Bill.MarshalJSON did before it encoded
// its lines in one pass: each line and subtotal by its own MarshalJSON,
// whose output encoding/json then checks and copies. It is the reference
// the one-pass encoding must match byte for byte, and the baseline of
// BenchmarkBill_MarshalJSON.
type nestedBill Bill

func (b nestedBill) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		billJSON
		Total money `json:"total"`
	}{billJSON(b), money(b.Total)})
}

// sameJSON says how Bill.MarshalJSON differs from the nested encoding on
// b, or returns "": the same bytes, or an error from both.
func sameJSON(b Bill) string {
	got, err := json.Marshal(b)
	want, wantErr := json.Marshal(nestedBill(b))
	switch {
	case (err == nil) != (wantErr == nil):
		return fmt.Sprintf("error %v; the nested encoding's %v", err, wantErr)
	case !bytes.Equal(got, want):
		return fmt.Sprintf("\n%s\nthe nested encoding's\n%s", got, want)
	}
	return ""
}

func TestBill_MarshalJSON_matchesNested(t *testing.T) {
	port := portBill(t)
	for _, tc := range []struct {
		name string
		edit func(*Bill)
	}{
		{"the port warehouse's bill", func(*Bill) {}},
		{"the zero bill", func(b *Bill) { *b = Bill{} }},
		{"no lines, none nil", func(b *Bill) { b.Lines, b.Subtotals = []Line{}, []Subtotal{} }},
		{"nil lines", func(b *Bill) { b.Lines, b.Subtotals = nil, nil }},
		// Text that encoding/json escapes: HTML, U+2028, invalid UTF-8.
		{"escaped text", func(b *Bill) { b.Lines[0].Description = "<a & b>\u2028\xff\"\\" }},
		{"a zero line", func(b *Bill) { b.Lines = append(b.Lines, Line{}) }},
		// Values that cannot be encoded: an error from both.
		{"a line of no kind", func(b *Bill) { b.Lines[1].Kind = Kind(200) }},
		{"a subtotal of no kind", func(b *Bill) { b.Subtotals[0].Kind = Kind(200) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := port
			b.Lines = append([]Line(nil), port.Lines...)
			b.Subtotals = append([]Subtotal(nil), port.Subtotals...)
			tc.edit(&b)
			if why := sameJSON(b); why != "" {
				t.Errorf("json.Marshal(bill) = %s", why)
			}
		})
	}
	_, err := json.Marshal(Bill{Lines: []Line{{Kind: Kind(200)}}})
	var ae *argumentError
	if !errors.As(err, &ae) {
		t.Errorf("json.Marshal(a line of no kind) = %v; want the kind's own error within", err)
	}
}

func TestProperties_billJSONMatchesNested(t *testing.T) {
	p := testgen.Properties(t, 300)
	p.Property("every calculated bill encodes as the nested encoding did", prop.ForAll(
		func(s Schedule, st Stay) string {
			b, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			return sameJSON(b)
		},
		genSchedule(3, false, true), genStay(false)))
	p.TestingRun(t)
}

// BenchmarkBill_MarshalJSON compares Bill.MarshalJSON (impl=once) with the
// nested encoding it replaced (impl=nested) on the port warehouse's bill
// of nine lines:
//
//	go test ./storagecost -run '^$' -bench Bill_MarshalJSON -count 10 | benchstat -col /impl -
func BenchmarkBill_MarshalJSON(b *testing.B) {
	bill := portBill(b)
	for _, impl := range []struct {
		name string
		v    json.Marshaler
	}{
		{"nested", nestedBill(bill)},
		{"once", bill},
	} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := impl.v.MarshalJSON(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
