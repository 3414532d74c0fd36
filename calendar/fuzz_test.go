package calendar_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/iprborder/iprborder/calendar"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2024-02-09", // The brief's worked example.
		"2024-02-29", // A leap day.
		"2021-02-30", // No such day.
		"2021-2-3",   // Unpadded.
		"20210203",   // Basic format.
		"12021-02-03",
		"0000-01-01", // Year zero.
		"9999-12-31", // The last day.
		"",
		"２０２１-02-03", // Full-width digits.
		"2021-02-03\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		day, err := calendar.ParseDate(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidDate) {
				t.Fatalf("ParseDate(%q): error %v does not wrap ErrInvalidDate", s, err)
			}
			if !day.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with an error", s, day)
			}
			return
		}
		if !day.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, not valid", s, day)
		}
		if day.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, day.String())
		}
	})
}

func FuzzDate_UnmarshalText(f *testing.F) {
	for _, s := range []string{"2024-02-09", "", "2024-13-01", "not a date", "1970-01-01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		sentinel := calendar.Date{Year: 2000, Month: 1, Day: 1}
		day := sentinel
		if err := day.UnmarshalText(text); err != nil {
			if day != sentinel {
				t.Fatalf("UnmarshalText(%q) changed the receiver on error: %v", text, day)
			}
			return
		}
		out, err := day.MarshalText()
		if err != nil || !bytes.Equal(out, text) {
			t.Fatalf("UnmarshalText(%q) = %v; MarshalText = %q, %v", text, day, out, err)
		}
	})
}

func FuzzEnum_UnmarshalText(f *testing.F) {
	for _, s := range []string{"workday", "ADJUSTED-WORKDAY", "working-days", "months", "same-day", "none", "forward", "", "holiday\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		var k calendar.Kind
		if err := k.UnmarshalText(text); err == nil {
			if out, err := k.MarshalText(); err != nil || !bytes.EqualFold(out, text) {
				t.Fatalf("Kind %q -> %v -> %q, %v", text, k, out, err)
			}
		} else if k != calendar.KindUnknown || !errors.Is(err, calendar.ErrInvalidArgument) {
			t.Fatalf("Kind %q: %v, %v", text, k, err)
		}
		var u calendar.Unit
		if err := u.UnmarshalText(text); err == nil {
			if out, err := u.MarshalText(); err != nil || !bytes.EqualFold(out, text) {
				t.Fatalf("Unit %q -> %v -> %q, %v", text, u, out, err)
			}
		}
		var s calendar.Start
		if err := s.UnmarshalText(text); err == nil {
			if out, err := s.MarshalText(); err != nil || !bytes.EqualFold(out, text) {
				t.Fatalf("Start %q -> %v -> %q, %v", text, s, out, err)
			}
		}
		var r calendar.Roll
		if err := r.UnmarshalText(text); err == nil {
			if out, err := r.MarshalText(); err != nil || !bytes.EqualFold(out, text) {
				t.Fatalf("Roll %q -> %v -> %q, %v", text, r, out, err)
			}
		}
	})
}

// FuzzParseArrangements feeds the year-arrangement JSON decoder. Whatever
// it accepts must build a calendar or be rejected with
// ErrInvalidArrangement, and survive a JSON round trip unchanged.
func FuzzParseArrangements(f *testing.F) {
	china, err := json.Marshal(calendar.China().Arrangements()[4:6]) // 2024 and 2025.
	if err != nil {
		f.Fatal(err)
	}
	f.Add(china)
	for _, s := range []string{
		// A minimal valid year.
		`[{"year":2028,"notices":[{"title":"t"}],"holidays":[],"workdays":[]}]`,
		// A block from the previous December, as in 2023.
		`[{"year":2023,"notices":[{"title":"t"}],"holidays":[{"festival":{"zh":"元旦","en":"New Year's Day"},"first":"2022-12-31","last":"2023-01-02"}],"workdays":[]}]`,
		// An adjusted working day on a Monday.
		`[{"year":2028,"notices":[{"title":"t"}],"holidays":[],"workdays":[{"date":"2028-01-03","festival":{"zh":"a","en":"b"}}]}]`,
		// The same year twice.
		`[{"year":2028,"notices":[{"title":"t"}]},{"year":2028,"notices":[{"title":"t"}]}]`,
		// A key in another case, a duplicate key: encoding/json alone would accept both.
		`[{"YEAR":2028,"notices":[{"title":"t"}]}]`,
		`[{"year":2027,"year":2028,"notices":[{"title":"t"}]}]`,
		// A block set by the second notice, as the 2020 extension.
		`[{"year":2028,"notices":[{"title":"t"},{"title":"u"}],"holidays":[{"festival":{"zh":"a","en":"b"},"first":"2028-01-03","last":"2028-01-04","notice":1}]}]`,
		`[null]`, `[]`, `{}`, `null`, `[[[[[[[[[[]]]]]]]]]]`, `[{"year":2028,"notices":[{"title":"t"}]}] x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arrs, err := calendar.ParseArrangements(data)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidArrangement) {
				t.Fatalf("ParseArrangements: error %v does not wrap ErrInvalidArrangement", err)
			}
			return
		}
		for _, a := range arrs {
			if err := a.Validate(); err != nil {
				t.Fatalf("ParseArrangements accepted an invalid arrangement: %v", err)
			}
		}
		c, err := calendar.New(arrs...)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidArrangement) {
				t.Fatalf("New: error %v does not wrap ErrInvalidArrangement", err)
			}
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var back calendar.Calendar
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("the calendar's own JSON does not load: %v\n%s", err, out)
		}
		if !back.Equal(c) {
			t.Fatalf("JSON round trip changed the calendar:\n%s", out)
		}
		first, last := c.Coverage()
		if n, err := c.WorkdaysBetween(first.AddDays(-1), last); err != nil || n < 0 || int(n) > int(last.DaysSince(first))+1 {
			t.Fatalf("WorkdaysBetween over the coverage = %d, %v", n, err)
		}
	})
}

func FuzzPeriod_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"count":3,"unit":"working-days"}`,                            // R-EXO-2.
		`{"count":3,"unit":"months","start":"next-day","roll":"none"}`, // The fee cap of Measures art 34.
		`{"count":1,"unit":"months","start":"same-day"}`,               // No Civil Code rule.
		`{"count":0,"unit":"days"}`,
		`{"count":3,"unit":"WEEKS"}`,
		`{"count":3,"unit":"days","x":1}`,
		`{"count":3,"Unit":"days"}`,
		`{"count":3,"count":4,"unit":"days"}`,
		`null`, `{}`, `[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := calendar.Period{Count: 20, Unit: calendar.UnitWorkingDays}
		p := before
		if err := p.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, calendar.ErrInvalidArgument) {
				t.Fatalf("UnmarshalJSON(%q): error %v does not wrap ErrInvalidArgument", data, err)
			}
			if p != before {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error", data)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) accepted an invalid period: %v", data, err)
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back calendar.Period
		if err := json.Unmarshal(out, &back); err != nil || back != p {
			t.Fatalf("round trip %v -> %s -> %v, %v", p, out, back, err)
		}
	})
}
