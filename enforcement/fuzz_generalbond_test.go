package enforcement_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
)

// fuzzGeneralBondSeeds returns the JSON of real general bonds: fresh,
// with notices paid and called, and drawn in full.
func fuzzGeneralBondSeeds(tb testing.TB) []string {
	tb.Helper()
	b, err := enforcement.NewGeneralBond(gbTerms("256789.10"), rulesChina(), enforcement.DefaultParameters())
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	add := func(b enforcement.GeneralBond) {
		data, err := json.Marshal(b)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(data))
	}
	add(b)
	steps := []func(enforcement.GeneralBond) (enforcement.GeneralBond, error){
		func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Notify("F-1", gbCase1, amt("12000"), d("2025-09-26"))
		},
		func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Notify("F-2", gbCase2, amt("300000"), d("2025-09-29"))
		},
		func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Pay("F-1", amt("2000.50"), d("2025-10-09"))
		},
		func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Call("F-1", d("2025-10-17"))
		},
		func(b enforcement.GeneralBond) (enforcement.GeneralBond, error) {
			return b.Call("F-2", d("2025-10-21"))
		},
	}
	for _, step := range steps {
		if b, err = step(b); err != nil {
			tb.Fatal(err)
		}
		add(b)
	}
	return out
}

// FuzzParseGeneralBond checks that decoding a general bond never panics,
// that a refusal matches ErrInvalidGeneralBond and leaves the receiver
// unchanged, and that what is accepted balances and survives a round
// trip.
func FuzzParseGeneralBond(f *testing.F) {
	seeds := fuzzGeneralBondSeeds(f)
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	last := seeds[len(seeds)-1]
	for _, s := range []string{
		// Refused: a misspelled, unknown or repeated key; an exponent
		// bomb; 3 decimal places; an unknown kind; a bad date or UUID; a
		// derived value that is not the terms'; a call before its day.
		strings.Replace(last, `"reference"`, `"Reference"`, 1),
		strings.Replace(last, `"approved"`, `"approved":"2025-03-03","approved"`, 1),
		strings.Replace(last, `"previous_year_fees":"256789.10"`, `"previous_year_fees":"1e999999"`, 1),
		strings.Replace(last, `"previous_year_fees":"256789.10"`, `"previous_year_fees":256789.101`, 1),
		strings.Replace(last, `"bank-called"`, `"bank-robbed"`, 1),
		strings.Replace(last, `"2025-10-17"`, `"2025-10-16"`, 1),
		strings.Replace(last, `"issued":"2025-02-20"`, `"issued":"2024-02-20"`, 1),
		strings.Replace(last, `"licensed":true`, `"licensed":false`, 1),
		strings.Replace(last, `"coverage_ends":"2025-12-31"`, `"coverage_ends":"2025-12-30"`, 1),
		strings.Replace(last, gbCase1.String(), "00000000-0000-0000-0000-000000000000", 1),
		last + " {}",
		`{}`, `null`, `[]`, `""`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var b enforcement.GeneralBond
		if err := b.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidGeneralBond) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidGeneralBond", data, err)
			}
			if !b.Equal(enforcement.GeneralBond{}) {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error", data)
			}
			return
		}
		if why := checkGeneralBondLedger(b); why != "" {
			t.Fatalf("UnmarshalJSON(%q) accepted a ledger that does not balance: %s", data, why)
		}
		out, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		back, err := enforcement.ParseGeneralBond(out, calendar.China(), enforcement.DefaultParameters())
		if err != nil || !back.Equal(b) {
			t.Fatalf("round trip of %q: %s -> %v", data, out, err)
		}
	})
}
