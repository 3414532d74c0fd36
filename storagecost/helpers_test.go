package storagecost

import (
	"os"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

// d parses a date for a table.
func d(s string) calendar.Date { return calendar.MustParseDate(s) }

// dec parses a decimal for a table.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// requireDecimal fails t unless got equals want by value.
func requireDecimal(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	if !got.Equal(dec(want)) {
		t.Errorf("%s = %s; want %s", what, got.StringFixed(2), want)
	}
}

// loadSchedule reads a schedule from testdata.
func loadSchedule(t testing.TB, name string) Schedule {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSchedule(data)
	if err != nil {
		t.Fatalf("ParseSchedule(%s): %v", name, err)
	}
	return s
}

// flat returns a one-standard schedule effective from 2020-01-01 with the
// given charges and defaults otherwise.
func flat(t testing.TB, charges ...Charge) Schedule {
	t.Helper()
	s, err := NewSchedule(Standard{Version: "T", Issuer: "test", EffectiveFrom: d("2020-01-01"), Charges: charges})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// storage is a per-day storage charge per m³ at rate.
func storage(rate string) Charge {
	return Charge{Kind: Storage, Basis: PerCubicMetre, Per: PerDay, Rate: dec(rate)}
}

// goods is 10 m³, 1000 kg of ordinary goods.
var goods = Goods{Volume: decimal.New(10, 0), Weight: decimal.New(1000, 0)}
