package notice

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// FuzzParse checks that decoding a notice never panics and never takes
// long, that every refusal is FieldErrors matching ErrInvalidNotice, and
// that what Parse accepts re-encodes and decodes to the same notice, and
// passes precheck.
func FuzzParse(f *testing.F) {
	for _, n := range fxNotices(f) {
		data, err := json.Marshal(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data) // Each kind, valid.
	}
	mt, err := json.Marshal(mtPayment(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(mt) // A line of every method, valid.
	for _, edit := range [][2]string{
		{`"method":"flat",`, ``},                                         // no method: by rate, with a bracket
		{`"method":"flat"`, `"method":"FLAT"`},                           // any letter case
		{`"method":"flat"`, `"method":"bracket"`},                        // unknown method
		{`"method":"flat"`, `"method":7`},                                // method of the wrong type
		{`"minimum":"100.00"`, `"minimum":1e999999`},                     // exponent bomb
		{`"minimum":"100.00"`, `"minimum":"0e-100000000"`},               // zero bomb
		{`"minimum":"100.00"`, `"minimum":"60.00"`},                      // top-up above its minimum
		{`"up_to":"5"`, `"up_to":"0.` + strings.Repeat("0", 300) + `1"`}, // tiny bracket
		{`"up_to":"5"`, `"up_to":"1"`},                                   // bracket below the quantity
		{`"method":"free-days"`, `"method":"to-minimum"`},                // a top-up with days
	} {
		if !strings.Contains(string(mt), edit[0]) {
			f.Fatalf("no %s in %s", edit[0], mt)
		}
		f.Add([]byte(strings.Replace(string(mt), edit[0], edit[1], 1)))
	}
	for _, seed := range []string{
		editSuspensionJSON(`"bond":"75000.00"`, `"bond":1e999999`),                             // exponent bomb
		editSuspensionJSON(`"bond":"75000.00"`, `"bond":"0e-100000000"`),                       // zero bomb
		editSuspensionJSON(`"bond":"75000.00"`, `"bond":`+strings.Repeat("9", 400)),            // huge number
		editSuspensionJSON(`"quantity":"1500"`, `"quantity":0.`+strings.Repeat("0", 300)+`1`),  // tiny number
		editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":`+strings.Repeat("[", 100)+"]"), // deep nesting
		editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":"a","port":"Shanghai Pudong"`),  // repeated key
		editSuspensionJSON(`"kind":"suspension"`, `"kind":"payment"`),                          // wrong kind
		editSuspensionJSON(`"kind":"suspension"`, `"kind":"SUSPENSION"`),                       // any letter case
		editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"99:99"`),               // bad clock
		editSuspensionJSON(`"reply_by":"2024-02-20"`, `"reply_by":"2024-02-30"`),               // impossible day
		editSuspensionJSON(`"rights":[{`, `"rights":[{"type":"patent-design"},{`),              // a right without number
		editSuspensionJSON(`"holder":{"name":"ACME Ltd",`, `"holder":{"name":"\u0000",`),       // control character
		editSuspensionJSON(`"holder":{"name":"ACME Ltd",`, `"holder":{"name":"\ud800",`),       // lone surrogate
		`{"kind":"payment","lines":[` + strings.Repeat(`{"kind":"storage"},`, 300) + `{}]}`,    // too many lines
		`{"kind":"release"}`,
		`{}`,
		`null`,
		`"payment"`,
		`[]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		if err != nil {
			var fe FieldErrors
			if !errors.Is(err, ErrInvalidNotice) || !errors.As(err, &fe) || len(fe) == 0 {
				t.Fatalf("Parse error %v is not FieldErrors matching ErrInvalidNotice", err)
			}
			if n != nil {
				t.Fatalf("Parse returned %v with an error", n)
			}
			return
		}
		if err := precheck(n); err != nil {
			t.Fatalf("Parse accepted a notice precheck refuses: %v", err)
		}
		out, err := json.Marshal(n)
		if err != nil {
			t.Fatalf("Marshal of a parsed notice: %v", err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse of a marshalled notice: %v\n%s", err, out)
		}
		if d := noticeDiff(n, back); d != "" {
			t.Fatalf("round trip differs at %s\n%s", d, out)
		}
	})
}
