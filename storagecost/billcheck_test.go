package storagecost

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/leanovate/gopter/prop"

	"github.com/iprborder/iprborder/internal/testgen"
)

func portBill(t testing.TB) Bill {
	t.Helper()
	b, err := Calculate(loadSchedule(t, "port-warehouse.json"), Stay{
		Goods: Goods{Volume: dec("12.5"), Weight: dec("1850")}, Detained: d("2026-11-02"), Outcome: Disposed, End: d("2027-03-15"),
		Confiscation: Confiscation{Served: d("2026-12-01")}, Inspections: []calendar.Date{d("2026-11-10")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBill_Validate(t *testing.T) {
	if err := portBill(t).Validate(); err != nil {
		t.Fatalf("Validate of a calculated bill = %v", err)
	}
	for _, tc := range []struct {
		name  string
		edit  func(*Bill)
		field string
	}{
		{"amount changed", func(b *Bill) { b.Lines[2].Amount = dec("405.01") }, "lines[2].amount"},
		{"rate changed", func(b *Bill) { b.Lines[2].Rate = dec("1.21") }, "lines[2].amount"},
		{"days changed", func(b *Bill) { b.Lines[2].Days = 28 }, "lines[2].amount"},
		{"free days charged", func(b *Bill) { b.Lines[1].Amount = dec("1") }, "lines[1].amount"},
		{"negative amount", func(b *Bill) { b.Lines[0].Amount = dec("-64.75") }, "lines[0].amount"},
		{"fraction of a fen", func(b *Bill) { b.Lines[0].Amount = dec("64.749") }, "lines[0].amount"},
		{"subtotal changed", func(b *Bill) { b.Subtotals[0].Amount = dec("1") }, "subtotals[0].amount"},
		{"subtotal missing", func(b *Bill) { b.Subtotals = b.Subtotals[1:] }, "subtotals"},
		{"total changed", func(b *Bill) { b.Total = dec("4910.01") }, "total"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := portBill(t)
			tc.edit(&b)
			err := b.Validate()
			var fe *FieldError
			if !errors.Is(err, ErrInvalidBill) || !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("Validate = %v; want a FieldError for %s", err, tc.field)
			}
		})
	}
}

func TestBill_JSON(t *testing.T) {
	b := portBill(t)
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"explanation":"storage (仓储费), days 4-30 (2026-11-05 to 2026-12-01) under EXAMPLE-PORT-2026: 12.5 m³ × 1.20 CNY per m³ per day × 27 days = 405.00"`) {
		t.Errorf("the JSON lacks the lines' explanations:\n%s", data)
	}
	var back Bill
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal(Marshal(bill)) = %v", err)
	}
	if back.Explain() != b.Explain() || !back.Total.Equal(b.Total) {
		t.Error("the bill does not survive a JSON round trip")
	}
	tampered := strings.Replace(string(data), `"total":"4910.00"`, `"total":"4900.00"`, 1)
	if tampered == string(data) {
		t.Fatalf("the test's edit does not apply to %s", data)
	}
	if err := json.Unmarshal([]byte(tampered), &back); !errors.Is(err, ErrInvalidBill) {
		t.Errorf("Unmarshal of a bill whose total is wrong = %v; want ErrInvalidBill", err)
	}
}

func TestProperties_billValidates(t *testing.T) {
	p := testgen.Properties(t, 500)
	p.Property("every calculated bill validates and survives JSON", prop.ForAll(
		func(s Schedule, st Stay) string {
			b, err := Calculate(s, st)
			if err != nil {
				return err.Error()
			}
			if err := b.Validate(); err != nil {
				return err.Error()
			}
			data, err := json.Marshal(b)
			if err != nil {
				return err.Error()
			}
			var back Bill
			if err := json.Unmarshal(data, &back); err != nil {
				return err.Error()
			}
			if back.Explain() != b.Explain() {
				return "changed by JSON"
			}
			return ""
		},
		genSchedule(3, false, true), genStay(false)))
	p.TestingRun(t)
}
