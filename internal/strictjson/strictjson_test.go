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
