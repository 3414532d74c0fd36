package enforcement_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
)

// The disposal decoders never panic; a refusal matches
// ErrInvalidDisposal and leaves the receiver unchanged; what is accepted
// is valid, decides its route, and survives a round trip. CI runs each
// for 100,000 executions (-fuzztime=100000x).

func FuzzDisposalFacts_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		// Accepted: nothing found, each fact, the counterfeit exception,
		// false written out, white space.
		`{}`,
		`{"usable_for_public_welfare":true}`,
		`{"holder_wishes_to_buy":true}`,
		`{"features_removable":true,"holder_consulted":true}`,
		`{"imported_counterfeit_trademark":true,"special_circumstances":true,"features_removable":true,"holder_consulted":true}`,
		`{"features_removable":false,"holder_consulted":false}`,
		" {\n\t\"features_removable\" : true\r\n} ",
		// Refused: a contradiction, a string or number or null for a
		// fact, a repeated, misspelled or unknown key, nesting, trailing
		// data, not an object, truncated.
		`{"special_circumstances":true}`,
		`{"features_removable":"true"}`,
		`{"features_removable":1}`,
		`{"features_removable":null}`,
		`{"features_removable":true,"features_removable":false}`,
		`{"Features_Removable":true}`,
		`{"route":"auction"}`,
		`{"features_removable":{"holder_consulted":true}}`,
		`{"features_removable":true} {}`,
		`null`, `[]`, `true`, `"x"`, `{"features_removable":tr`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := enforcement.DisposalFacts{UsableForPublicWelfare: true, HolderConsulted: true}
		facts := before
		if err := facts.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidDisposal) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidDisposal", data, err)
			}
			if facts != before {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error to %+v", data, facts)
			}
			return
		}
		d, err := enforcement.DecideDisposal(facts)
		if err != nil || !d.Route().IsValid() {
			t.Fatalf("UnmarshalJSON(%q) accepted facts %+v that decide %s, %v", data, facts, d.Route(), err)
		}
		out, err := json.Marshal(facts)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", facts, err)
		}
		var back enforcement.DisposalFacts
		if err := back.UnmarshalJSON(out); err != nil || back != facts {
			t.Fatalf("round trip of %q: %s -> %+v, %v; want %+v", data, out, back, err, facts)
		}
	})
}

func FuzzDisposal_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"route":"destruction"}`,
		`{"route":"sale-to-holder","facts":{"holder_wishes_to_buy":true}}`,
		`{"route":"auction","facts":{"features_removable":true,"holder_consulted":true},"article":"a","explanation":"e","passed":["p","q"]}`,
		`{"route":"Public-Welfare","facts":{"usable_for_public_welfare":true},"passed":[]}`,
		`{"route":"auction","facts":{"features_removable":true}}`,
		`{"route":"burn"}`,
		`{"route":null}`,
		`{"route":"destruction","facts":null}`,
		`{"route":"destruction","facts":{"special_circumstances":true}}`,
		`{"route":"destruction","passed":[1]}`,
		`{"route":"destruction","passed":[[]]}`,
		`{"route":"destruction","holder_consulted":true}`,
		`{}`, `null`, `[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before, err := enforcement.DecideDisposal(enforcement.DisposalFacts{HolderWishesToBuy: true})
		if err != nil {
			t.Fatal(err)
		}
		d := before
		if err := d.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidDisposal) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidDisposal", data, err)
			}
			if d != before {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error to %s", data, d.Route())
			}
			return
		}
		want, err := enforcement.DecideDisposal(d.Facts())
		if err != nil || want != d {
			t.Fatalf("UnmarshalJSON(%q) accepted %s on facts %+v that decide %s, %v", data, d.Route(), d.Facts(), want.Route(), err)
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("Marshal(%s): %v", d.Route(), err)
		}
		var back enforcement.Disposal
		if err := back.UnmarshalJSON(out); err != nil || back != d {
			t.Fatalf("round trip of %q: %s -> %s, %v", data, out, back.Route(), err)
		}
	})
}
