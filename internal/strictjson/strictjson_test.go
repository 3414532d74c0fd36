package strictjson

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

type inner struct {
	N int `json:"n"`
}

type outer struct {
	Name  string  `json:"name"`
	Items []inner `json:"items"`
}

var format = Format{MaxBytes: 200, MaxDepth: 3, Keys: []string{"name", "items", "n"}}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for success, else a substring of the error
	}{
		{`{"name":"a","items":[{"n":1}]}`, ""},
		{`{"Name":"a"}`, `unknown key "Name"`},
		{`{"name":"a","name":"b"}`, `duplicate key "name"`},
		{`{"name":"a","extra":1}`, `unknown key "extra"`},
		{`{"items":[[[[]]]]}`, "nested more than 3 levels deep"},
		{`{"name":1}`, "name: cannot use a JSON number where a string is wanted"},
		{`{"name":"a"} {}`, "trailing data"},
		{`{"name":"a"`, "unexpected EOF"},
		{`{"name":"` + strings.Repeat("a", 200) + `"}`, "more than 200"},
		{`{"items":[{"n":1,"n":2}]}`, `duplicate key "n"`},
		{`{"items":[{"n":1},{"n":2}]}`, ""}, // the same key in two objects
	} {
		var v outer
		err := format.Decode([]byte(tc.in), &v)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Decode(%s) = %v; want success", tc.in, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Decode(%s) = %v; want an error with %q", tc.in, err, tc.want)
		case tc.want != "":
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("Decode(%s) = %T; want *Error", tc.in, err)
			}
		}
	}
}

var errValidation = errors.New("invalid")

type checked struct{}

func (*checked) UnmarshalJSON([]byte) error { return errValidation }

func TestDecodePass(t *testing.T) {
	f := Format{MaxBytes: 10, MaxDepth: 1, Pass: func(err error) bool { return errors.Is(err, errValidation) }}
	var v checked
	if err := f.Decode([]byte(`1`), &v); err != errValidation {
		t.Errorf("Decode = %v; want the value's own error unchanged", err)
	}
	f.Pass = nil
	var e *Error
	if err := f.Decode([]byte(`1`), &v); !errors.As(err, &e) {
		t.Errorf("Decode without Pass = %T; want *Error", err)
	}
}

func TestScalar(t *testing.T) {
	f := format
	f.Scalar = func(key string, v json.Token) error {
		if n, ok := v.(json.Number); ok && key == "n" && strings.ContainsAny(string(n), "eE") {
			return errors.New("no exponents")
		}
		return nil
	}
	var v outer
	err := f.Decode([]byte(`{"name":"a","items":[{"n":1},{"n":1e999999}]}`), &v)
	if err == nil || err.Error() != "items[1].n: no exponents" {
		t.Errorf("Decode = %v; want items[1].n: no exponents", err)
	}
	if err := f.Decode([]byte(`{"items":[{"n":12}]}`), &v); err != nil {
		t.Errorf("Decode = %v; want success", err)
	}
}

// opaqueFormat has the keys of outer and one opaque key, "blob", whose
// value another decoder checks; Scalar refuses a number with an exponent
// anywhere it looks and records the keys it was called for.
func opaqueFormat(seen *[]string) Format {
	f := format
	f.Opaque = []string{"blob"}
	f.Scalar = func(key string, v json.Token) error {
		*seen = append(*seen, key)
		if n, ok := v.(json.Number); ok && strings.ContainsAny(string(n), "eE") {
			return errors.New("no exponents")
		}
		return nil
	}
	return f
}

func TestCheckKeys_opaque(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // "" for success, else a substring of the error
		scalars  string // The keys Scalar saw, comma-separated.
	}{
		// The whole value is skipped, whatever it holds: keys the format
		// does not have, repeated keys, exponents, nesting deeper than
		// MaxDepth.
		{"object", `{"blob":{"Unknown":1,"Unknown":2e9},"name":"a"}`, "", "name"},
		{"array", `{"blob":[1,"x",null,true,{"k":1e999999}],"name":"a"}`, "", "name"},
		{"nested", `{"name":"a","blob":{"x":[[[[{"y":{"z":[]}}]]]]}}`, "", "name"},
		{"string", `{"blob":"1e999999","name":"a"}`, "", "name"},
		{"number", `{"blob":1e999999}`, "", ""},
		{"null", `{"blob":null}`, "", ""},
		{"empty", `{"blob":{},"items":[]}`, "", ""},
		{"in a nested object", `{"items":[{"blob":{"Q":1},"n":1}]}`, "", "n"},
		// Its siblings are still checked, before and after it.
		{"unknown sibling after", `{"blob":{"n":1},"Name":"a"}`, `unknown key "Name"`, ""},
		{"unknown sibling before", `{"Name":"a","blob":{}}`, `unknown key "Name"`, ""},
		{"duplicate sibling", `{"name":"a","blob":[1,2],"name":"b"}`, `duplicate key "name"`, "name"},
		{"scalar sibling", `{"blob":[1],"items":[{"n":1e5}]}`, "items[0].n: no exponents", "n"},
		{"deep sibling", `{"blob":1,"items":[[[[]]]]}`, "nested more than 3 levels deep", ""},
		// An opaque key is a key like any other: it may not repeat.
		{"repeated", `{"blob":{},"blob":{}}`, `duplicate key "blob"`, ""},
		{"repeated scalar", `{"blob":1,"name":"a","blob":1}`, `duplicate key "blob"`, "name"},
		// Skipping still reads JSON: malformed or truncated input inside
		// the value is an error.
		{"malformed inside", `{"blob":{"a":}}`, "invalid character", ""},
		{"truncated inside", `{"blob":[1,2`, "unexpected EOF", ""},
		{"no value", `{"blob":}`, "invalid character", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var seen []string
			err := opaqueFormat(&seen).CheckKeys([]byte(tc.in))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("CheckKeys(%s) = %v; want success", tc.in, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("CheckKeys(%s) = %v; want an error with %q", tc.in, err, tc.want)
			}
			if got := strings.Join(seen, ","); got != tc.scalars {
				t.Errorf("CheckKeys(%s) called Scalar for %q; want %q", tc.in, got, tc.scalars)
			}
		})
	}
}

func TestDecode_opaque(t *testing.T) {
	type withBlob struct {
		Name string          `json:"name"`
		Blob json.RawMessage `json:"blob"`
	}
	var seen []string
	f := opaqueFormat(&seen)
	var v withBlob
	in := `{"name":"a","blob":{"Any":[1,{"thing":"at all"}]}}`
	if err := f.Decode([]byte(in), &v); err != nil {
		t.Fatalf("Decode(%s) = %v; want success", in, err)
	}
	if v.Name != "a" || string(v.Blob) != `{"Any":[1,{"thing":"at all"}]}` {
		t.Errorf("Decode(%s) = %+v; want the blob as written", in, v)
	}
	var e *Error
	if err := f.Decode([]byte(`{"blob":1,"blob":2}`), &v); !errors.As(err, &e) {
		t.Errorf("Decode of a repeated opaque key = %v; want *Error", err)
	}
}

func TestCheckNumber(t *testing.T) {
	for _, tc := range []struct {
		in           string
		places, size int
		want         string // "" for success, else a substring of the error
	}{
		// Plain decimal notation.
		{"0", 2, 40, ""},
		{"12", 2, 40, ""},
		{"-12", 2, 40, ""},
		{"-0.5", 2, 40, ""},
		{"20000.00", 2, 40, ""},
		{"1234.567890", 6, 40, ""},
		{"1000000000000", 0, 40, ""},
		{strings.Repeat("9", 40), 2, 40, ""}, // exactly size characters
		// No exponent, in either case, even one that changes nothing.
		{"1e5", 2, 40, "without an exponent"},
		{"1E5", 2, 40, "without an exponent"},
		{"1.5e-3", 2, 40, "without an exponent"},
		{"1e999999", 2, 40, "without an exponent"},
		{"1e0", 2, 40, "without an exponent"},
		// No more places than the field allows.
		{"1.234", 2, 40, "more than 2 decimal places"},
		{"0.0000001", 6, 40, "more than 6 decimal places"},
		{"1.5", 0, 40, "more than 0 decimal places"},
		{"1.230", 2, 40, "more than 2 decimal places"}, // a trailing zero is a place
		// Not too long: checked before anything else.
		{strings.Repeat("9", 41), 2, 40, "41 characters, more than 40"},
		{"1" + strings.Repeat("0", 40) + "e5", 2, 40, "more than 40"},
		// Not numbers.
		{"", 2, 40, "not a decimal number"},
		{"-", 2, 40, "not a decimal number"},
		{".5", 2, 40, "not a decimal number"},
		{"-.5", 2, 40, "not a decimal number"},
		{"5.", 2, 40, "not a decimal number"},
		{"+5", 2, 40, "not a decimal number"},
		{"--5", 2, 40, "not a decimal number"},
		{" 5", 2, 40, "not a decimal number"},
		{"5 ", 2, 40, "not a decimal number"},
		{"1,000", 2, 40, "not a decimal number"},
		{"1.2.3", 2, 40, "not a decimal number"},
		{"0x10", 2, 40, "not a decimal number"},
		{"NaN", 2, 40, "not a decimal number"},
		{"Infinity", 2, 40, "not a decimal number"},
		{"١٢", 2, 40, "not a decimal number"}, // Arabic-Indic digits
	} {
		t.Run(tc.in, func(t *testing.T) {
			err := CheckNumber(tc.in, tc.places, tc.size)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("CheckNumber(%q, %d, %d) = %v; want nil", tc.in, tc.places, tc.size, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("CheckNumber(%q, %d, %d) = %v; want an error with %q", tc.in, tc.places, tc.size, err, tc.want)
			}
		})
	}
}
