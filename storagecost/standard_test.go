package storagecost

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/shopspring/decimal"
)

func validStandard() Standard {
	return Standard{
		Version: "V1", Issuer: "warehouse", EffectiveFrom: d("2024-01-01"),
		Charges: []Charge{{
			Kind: Storage, Basis: PerCubicMetre, Per: PerDay, Rate: dec("1"),
			Tiers: []Tier{{FromDay: 1, ToDay: 30, Rate: dec("1")}, {FromDay: 31, Multiplier: dec("1.5")}},
		}},
	}
}

func TestStandard_Validate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*Standard)
		field string // The field of the first problem; "" for a valid standard.
	}{
		{"valid", func(*Standard) {}, ""},
		{"no version", func(s *Standard) { s.Version = "" }, "version"},
		{"no issuer", func(s *Standard) { s.Issuer = "" }, "issuer"},
		{"long source", func(s *Standard) { s.Source = strings.Repeat("x", 600) }, "source"},
		{"no effective date", func(s *Standard) { s.EffectiveFrom = d("2024-01-01").AddDays(-1 << 30) }, "effective_from"},
		{"until before from", func(s *Standard) { s.EffectiveUntil = d("2023-12-31") }, "effective_until"},
		{"unknown rounding", func(s *Standard) { s.Rounding = 9 }, "rounding"},
		{"unknown day count", func(s *Standard) { s.DayCount = 9 }, "day_count"},
		{"negative bill minimum", func(s *Standard) { s.MinimumPerBill = dec("-1") }, "minimum_per_bill"},
		{"no charges", func(s *Standard) { s.Charges = nil }, "charges"},
		{"unknown kind", func(s *Standard) { s.Charges[0].Kind = 0 }, "charges[0].kind"},
		{"minimum as a charge", func(s *Standard) { s.Charges[0].Kind = Minimum }, "charges[0].kind"},
		{"unknown basis", func(s *Standard) { s.Charges[0].Basis = 0 }, "charges[0].basis"},
		{"unknown per", func(s *Standard) { s.Charges[0].Per = 7 }, "charges[0].per"},
		{"handling per day", func(s *Standard) { s.Charges[0].Kind = HandlingIn }, "charges[0].per"},
		{"negative rate", func(s *Standard) { s.Charges[0].Rate = dec("-0.01") }, "charges[0].rate"},
		{"absurd rate", func(s *Standard) { s.Charges[0].Rate = dec("1000000001") }, "charges[0].rate"},
		{"exponent bomb", func(s *Standard) { s.Charges[0].Rate = decimal.New(5, 999999) }, "charges[0].rate"},
		{"seven places", func(s *Standard) { s.Charges[0].Rate = dec("0.0000001") }, "charges[0].rate"},
		{"negative free days", func(s *Standard) { s.Charges[0].FreeDays = -1 }, "charges[0].free_days"},
		{"overlapping tiers", func(s *Standard) { s.Charges[0].Tiers[1].FromDay = 30 }, "charges[0].tiers[1].from_day"},
		{"gap between tiers", func(s *Standard) { s.Charges[0].Tiers[1].FromDay = 32 }, "charges[0].tiers[1].from_day"},
		{"first tier not from day 1", func(s *Standard) { s.Charges[0].Tiers[0].FromDay = 2 }, "charges[0].tiers[0].from_day"},
		{"last tier bounded", func(s *Standard) { s.Charges[0].Tiers[1].ToDay = 60 }, "charges[0].tiers[1].to_day"},
		{"tier ends before it starts", func(s *Standard) { s.Charges[0].Tiers[0].ToDay = -3 }, "charges[0].tiers[0].to_day"},
		{"rate and multiplier", func(s *Standard) { s.Charges[0].Tiers[1].Rate = dec("2") }, "charges[0].tiers[1].multiplier"},
		{"tiers on a one-off", func(s *Standard) { s.Charges[0].Per = Once }, "charges[0].tiers"},
		{"brackets on a per-day charge", func(s *Standard) { s.Charges[0].Brackets = []Bracket{{Amount: dec("1")}} }, "charges[0].brackets"},
		{"pass-through storage", func(s *Standard) { s.Charges[0].PassThrough = true }, "charges[0].pass_through"},
		{"minimum in tenths of a fen", func(s *Standard) { s.Charges[0].Minimum = dec("50.005") }, "charges[0].minimum"},
		{"bill minimum in tenths of a fen", func(s *Standard) { s.MinimumPerBill = dec("100.0051") }, "minimum_per_bill"},
		{"zero rate", func(s *Standard) { s.Charges[0].Tiers, s.Charges[0].Rate = nil, dec("0") }, "charges[0].rate"},
		{"zero base rate under a multiplier", func(s *Standard) { s.Charges[0].Rate = dec("0") }, "charges[0].rate"},
		{"tier without a rate", func(s *Standard) { s.Charges[0].Tiers[0].Rate = dec("0") }, "charges[0].tiers[0].rate"},
		{"absurd multiplier", func(s *Standard) { s.Charges[0].Tiers[1].Multiplier = dec("101") }, "charges[0].tiers[1].multiplier"},
		{"rate × multiplier above the bound", func(s *Standard) { s.Charges[0].Rate = dec("900000000") }, "charges[0].tiers[1].multiplier"},
		{"free bracket", func(s *Standard) {
			s.Charges[0] = Charge{Kind: Disposal, Basis: PerKilogram, Per: Once, Brackets: []Bracket{{UpTo: dec("0")}}}
		}, "charges[0].brackets[0].amount"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := validStandard()
			s.Charges[0].Tiers = append([]Tier(nil), s.Charges[0].Tiers...)
			tc.edit(&s)
			err := s.Validate()
			if tc.field == "" {
				if err != nil {
					t.Fatalf("Validate = %v; want nil", err)
				}
				return
			}
			var fe *FieldError
			if !errors.Is(err, ErrInvalidStandard) || !errors.As(err, &fe) || fe.Field != tc.field {
				t.Fatalf("Validate = %v; want a FieldError for %s", err, tc.field)
			}
		})
	}
	// Every problem is reported at once.
	s := validStandard()
	s.Version, s.Charges[0].Rate, s.Charges[0].Basis = "", dec("-1"), 0
	var fes FieldErrors
	if err := s.Validate(); !errors.As(err, &fes) || len(fes) != 3 {
		t.Errorf("Validate = %v; want 3 problems", err)
	}
}

func TestNewSchedule(t *testing.T) {
	std := func(version, from, until string) Standard {
		s := validStandard()
		s.Version, s.EffectiveFrom = version, d(from)
		if until != "" {
			s.EffectiveUntil = d(until)
		}
		return s
	}
	s, err := NewSchedule(std("B", "2025-01-01", ""), std("A", "2024-01-01", ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		day, version string
	}{{"2023-12-31", ""}, {"2024-01-01", "A"}, {"2024-12-31", "A"}, {"2025-01-01", "B"}, {"2099-01-01", "B"}} {
		got, ok := s.At(d(tc.day))
		if got.Version != tc.version || ok != (tc.version != "") {
			t.Errorf("At(%s) = %q, %v; want %q", tc.day, got.Version, ok, tc.version)
		}
	}
	for _, tc := range []struct {
		name      string
		standards []Standard
		field     string
	}{
		{"none", nil, "standards"},
		{"overlap", []Standard{std("A", "2024-01-01", "2024-06-30"), std("B", "2024-06-30", "")}, "standards[1].effective_from"},
		{"same start", []Standard{std("A", "2024-01-01", ""), std("B", "2024-01-01", "")}, "standards[1].effective_from"},
		{"same version", []Standard{std("A", "2024-01-01", ""), std("B", "2024-06-01", ""), std("A", "2025-01-01", "")}, "standards[2].version"},
		{"invalid standard", []Standard{std("A", "2024-01-01", ""), std("", "2025-01-01", "")}, "standards[1].version"},
	} {
		_, err := NewSchedule(tc.standards...)
		var fe *FieldError
		if !errors.Is(err, ErrInvalidStandard) || !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s: NewSchedule = %v; want a FieldError for %s", tc.name, err, tc.field)
		}
	}
	// The schedule owns its standards: changing the caller's does not
	// change it, nor does changing what Standards returns.
	in := std("A", "2024-01-01", "")
	s, err = NewSchedule(in)
	if err != nil {
		t.Fatal(err)
	}
	in.Charges[0].Rate = dec("99")
	s.Standards()[0].Charges[0].Tiers[0].Rate = dec("98")
	if got, _ := s.At(d("2024-01-01")); !got.Charges[0].Rate.Equal(dec("1")) || !got.Charges[0].Tiers[0].Rate.Equal(dec("1")) {
		t.Error("the schedule shares its standards with the caller")
	}
}

func TestSchedule_JSON(t *testing.T) {
	for _, name := range []string{"port-warehouse.json", "france-608.json"} {
		s := loadSchedule(t, name)
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseSchedule(data)
		if err != nil {
			t.Fatalf("%s: ParseSchedule(Marshal) = %v", name, err)
		}
		if !back.Equal(s) {
			t.Errorf("%s: the schedule does not survive a JSON round trip", name)
		}
	}
	port, err := os.ReadFile("testdata/port-warehouse.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, old, new string
		want           string // In the error.
		field          string // The field named, if it is known.
	}{
		{"unknown unit", `"basis": "m3"`, `"basis": "litre"`, `unknown Basis "litre"`, "[0].charges[1].basis"},
		{"key in the wrong case", `"rate": "1.20", "free_days"`, `"Rate": "1.20", "free_days"`, `unknown key "Rate"`, ""},
		{"unknown key", `"free_days": 3`, `"free_days": 3, "grace": 1`, `unknown key "grace"`, ""},
		{"repeated key", `"free_days": 3`, `"free_days": 3, "free_days": 4`, `duplicate key "free_days"`, ""},
		{"exponent bomb", `"rate": "1.20", "free_days"`, `"rate": 1e999999, "free_days"`, `charges[1].rate: "1e999999": write numbers without an exponent`, "[0].charges[1].rate"},
		{"exponent as text", `"rate": "1.20", "free_days"`, `"rate": "1.2e3", "free_days"`, `without an exponent`, ""},
		{"seven places", `"rate": "1.20", "free_days"`, `"rate": "1.2000001", "free_days"`, `more than 6 decimal places`, ""},
		{"negative rate", `"rate": "1.20", "free_days"`, `"rate": "-1.20", "free_days"`, `charges[1].rate "-1.2": negative`, ""},
		{"number as text elsewhere", `"free_days": 3`, `"free_days": "3"`, `free_days`, "charges.free_days"},
		{"overlapping tiers", `{"from_day": 31, "to_day": 90, "multiplier": "1.5"}`, `{"from_day": 30, "to_day": 90, "multiplier": "1.5"}`, `standards[0].charges[1].tiers[1].from_day "30": overlaps`, ""},
		{"overlapping periods", `"effective_until": "2026-12-31"`, `"effective_until": "2027-01-01"`, `standards[1].effective_from "2027-01-01": overlaps standards[0]`, ""},
		{"bad date", `"effective_from": "2026-01-01"`, `"effective_from": "2026-02-30"`, `invalid date "2026-02-30"`, "[0].effective_from"},
		{"trailing data", "", " []", `trailing data`, ""},
		{"null rate", `"rate": "1.20", "free_days"`, `"rate": null, "free_days"`, `want a decimal number`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Replace(string(port), tc.old, tc.new, 1)
			if tc.old == "" {
				text = string(port) + tc.new
			}
			if text == string(port) {
				t.Fatalf("the test's edit %q does not apply", tc.old)
			}
			_, err := ParseSchedule([]byte(text))
			if !errors.Is(err, ErrInvalidStandard) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseSchedule = %v; want ErrInvalidStandard with %q", err, tc.want)
			}
			var fe *FieldError
			if tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field) {
				t.Errorf("ParseSchedule = %#v; want a FieldError for %s", fe, tc.field)
			}
		})
	}
	for _, bad := range []string{``, `null`, `{}`, `[1]`, `"x"`, strings.Repeat("[", 100)} {
		if _, err := ParseSchedule([]byte(bad)); !errors.Is(err, ErrInvalidStandard) {
			t.Errorf("ParseSchedule(%.20q) = %v; want ErrInvalidStandard", bad, err)
		}
	}
}

func TestStay_JSON(t *testing.T) {
	st := Stay{
		Goods:    Goods{Description: "bags", Condition: HighValue, Volume: dec("1.5"), Weight: dec("20"), Pieces: dec("300"), Value: dec("98765.43")},
		Detained: d("2024-01-02"), Outcome: Disposed, End: d("2024-06-30"),
		Confiscation: Confiscation{Served: d("2024-02-15"), Delay: ConsigneeLitigation, CapMonths: 4, CapOneOffs: true},
		Inspections:  []calendar.Date{d("2024-01-05")},
		DisposalCost: dec("321.5"),
	}
	data, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var back Stay
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal(%s) = %v", data, err)
	}
	if !back.Equal(st) {
		t.Errorf("the stay does not survive a JSON round trip:\n%s", data)
	}
	for _, tc := range []struct{ in, want string }{
		{`{"detained":"2024-01-02","goods":{"volume":"1e5"}}`, "goods.volume"},
		{`{"detained":"2024-01-02","end":"2024-01-01","outcome":"released"}`, "end"},
		{`{"detained":"2024-01-02","outcome":"stolen"}`, `unknown Outcome "stolen"`},
		{`{"detained":"2024-01-02","goods":{"pallets":"2.5"}}`, "goods.pallets"},
	} {
		before := back
		err := json.Unmarshal([]byte(tc.in), &back)
		if !errors.Is(err, ErrInvalidStay) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Unmarshal(%s) = %v; want ErrInvalidStay naming %s", tc.in, err, tc.want)
		}
		if !back.Equal(before) {
			t.Errorf("Unmarshal(%s) changed the receiver on error", tc.in)
		}
	}
}
