package storagecost

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// The fuzz targets check that decoding never panics, never takes long,
// leaves the receiver unchanged on error, returns errors that match the
// package's sentinels, and that what it accepts survives a round trip.

func FuzzParseSchedule(f *testing.F) {
	for _, name := range []string{"port-warehouse.json", "france-608.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`[{"version":"v","issuer":"i","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1"}]}]`))
	f.Add([]byte(`[{"version":"v","issuer":"i","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":1e999999}]}]`)) // exponent bomb
	f.Add([]byte(`[{"version":"v","version":"w"}]`))                                                                                                      // repeated key
	f.Add([]byte(`[[[[[[[[[[]]]]]]]]]]`))                                                                                                                 // too deep
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSchedule(data)
		if err != nil {
			if !errors.Is(err, ErrInvalidStandard) {
				t.Fatalf("ParseSchedule error %v does not match ErrInvalidStandard", err)
			}
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("Marshal of a parsed schedule: %v", err)
		}
		back, err := ParseSchedule(out)
		if err != nil || !back.Equal(s) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}

func FuzzStandard_UnmarshalJSON(f *testing.F) {
	f.Add([]byte(`{"version":"v","issuer":"i","effective_from":"2024-01-01","charges":[{"kind":"disposal","basis":"kg","per":"once","brackets":[{"up_to":"20","amount":"20"},{"up_to":"0","amount":"60"}]}]}`))
	f.Add([]byte(`{"version":"v","issuer":"i","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1","tiers":[{"from_day":1,"to_day":30,"rate":"1"},{"from_day":31,"to_day":0,"multiplier":"1.5"}]}]}`))
	f.Add([]byte(`{"version":"v","issuer":"i","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"0.0000001"}]}`)) // 7 places
	f.Add([]byte(`{"Version":"v"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Standard
		err := json.Unmarshal(data, &s)
		if err != nil {
			if !errors.Is(err, ErrInvalidStandard) {
				// encoding/json reports malformed input itself before
				// calling UnmarshalJSON.
				var se *json.SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("Unmarshal error %v matches no sentinel", err)
				}
			}
			if !s.Equal(Standard{}) {
				t.Fatal("Unmarshal changed the receiver on error")
			}
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		back, err := ParseStandard(out)
		if err != nil || !back.Equal(s) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}

// FuzzCalculate decodes a stay and bills it under the example port
// warehouse's standards: a valid stay gives a well-formed bill or a
// classified error, never a panic.
func FuzzCalculate(f *testing.F) {
	data, err := os.ReadFile("testdata/port-warehouse.json")
	if err != nil {
		f.Fatal(err)
	}
	s, err := ParseSchedule(data)
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(`{"goods":{"volume":"12.5","weight":"1850"},"detained":"2026-11-02","outcome":"disposed","end":"2027-03-15","confiscation":{"served":"2026-12-01"},"inspections":["2026-11-10"]}`))
	f.Add([]byte(`{"goods":{"condition":"refrigerated","volume":"2","weight":"500"},"detained":"2026-03-01","outcome":"released","end":"2026-03-10"}`))
	f.Add([]byte(`{"goods":{"volume":"1"},"detained":"2025-12-31","outcome":"released","end":"2026-01-02"}`)) // before the first standard
	f.Add([]byte(`{"goods":{"volume":"1e9999"},"detained":"2026-01-01"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var st Stay
		if err := json.Unmarshal(data, &st); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, ErrInvalidStay) && !errors.As(err, &se) {
				t.Fatalf("Unmarshal error %v matches no sentinel", err)
			}
			return
		}
		out, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		var back Stay
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(st) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
		var b Bill
		if st.Outcome == InStorage {
			b, err = Accrued(s, st, st.Detained.AddDays(30))
		} else {
			b, err = Calculate(s, st)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidStay) && !errors.Is(err, ErrNoStandard) {
				t.Fatalf("Calculate error %v matches no sentinel", err)
			}
			return
		}
		if reason := checkBill(b); reason != "" {
			t.Fatal(reason)
		}
		_ = b.Explain()
	})
}

func FuzzEnum_UnmarshalText(f *testing.F) {
	for _, s := range []string{"storage", "HANDLING-IN", "m3", "day", "refrigerated", "half-up", "both-ends", "disposed", "consignee-review", "to-minimum", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check := func(name string, u interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}, fresh func() interface{ UnmarshalText([]byte) error }) {
			if err := u.UnmarshalText([]byte(text)); err != nil {
				if !errors.Is(err, ErrInvalidArgument) {
					t.Fatalf("%s.UnmarshalText(%q) = %v; want ErrInvalidArgument", name, text, err)
				}
				return
			}
			out, err := u.MarshalText()
			if err != nil {
				t.Fatalf("%s: MarshalText after UnmarshalText(%q): %v", name, text, err)
			}
			if err := fresh().UnmarshalText(out); err != nil {
				t.Fatalf("%s: %q does not read back: %v", name, out, err)
			}
		}
		check("Kind", new(Kind), func() interface{ UnmarshalText([]byte) error } { return new(Kind) })
		check("Basis", new(Basis), func() interface{ UnmarshalText([]byte) error } { return new(Basis) })
		check("Per", new(Per), func() interface{ UnmarshalText([]byte) error } { return new(Per) })
		check("Condition", new(Condition), func() interface{ UnmarshalText([]byte) error } { return new(Condition) })
		check("Rounding", new(Rounding), func() interface{ UnmarshalText([]byte) error } { return new(Rounding) })
		check("DayCount", new(DayCount), func() interface{ UnmarshalText([]byte) error } { return new(DayCount) })
		check("Outcome", new(Outcome), func() interface{ UnmarshalText([]byte) error } { return new(Outcome) })
		check("Delay", new(Delay), func() interface{ UnmarshalText([]byte) error } { return new(Delay) })
		check("Method", new(Method), func() interface{ UnmarshalText([]byte) error } { return new(Method) })
	})
}

func FuzzBill_UnmarshalJSON(f *testing.F) {
	data, err := os.ReadFile("testdata/port-warehouse.json")
	if err != nil {
		f.Fatal(err)
	}
	s, err := ParseSchedule(data)
	if err != nil {
		f.Fatal(err)
	}
	b, err := Calculate(s, Stay{Goods: Goods{Volume: dec("12.5"), Weight: dec("1850")}, Detained: d("2026-11-02"), Outcome: Released, End: d("2027-01-15")})
	if err != nil {
		f.Fatal(err)
	}
	seed, err := json.Marshal(b)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"lines":[{"kind":"storage","method":"rate","per":"day","basis":"m3","quantity":"2","rate":"1.5","days":3,"exact":"9","amount":"9"}],"subtotals":[{"kind":"storage","amount":"9"}],"total":"9"}`))
	f.Add([]byte(`{"total":"1e999999"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Bill
		if err := json.Unmarshal(data, &b); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, ErrInvalidBill) && !errors.As(err, &se) {
				t.Fatalf("Unmarshal error %v matches no sentinel", err)
			}
			return
		}
		out, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var back Bill
		if err := json.Unmarshal(out, &back); err != nil || back.Explain() != b.Explain() {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}
