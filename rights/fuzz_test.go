package rights_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/iprborder/iprborder/rights"
)

func FuzzParsePatentNumber(f *testing.F) {
	for _, s := range []string{
		"201710601862.3",    // The brief's 12-digit worked example.
		"97101765.4",        // Its 8-digit worked example.
		"ZL201710601862.3",  // A granted patent.
		"cn 201710601862.3", // Lower-case prefix and a space.
		"201910100004.x",    // Lower-case check character X.
		"2017106018623",     // Missing dot.
		"201710601862",      // Missing check character.
		"201710601862.4",    // Wrong check character.
		"200210601862.1",    // 12 digits before 2003.
		"47101765.1",        // 8-digit year outside 85-03.
		"201750601862.7",    // Kind digit 5.
		"ZL  201710601862.3",
		"",
		"..",
		"ZL",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := rights.ParsePatentNumber(s)
		if err != nil {
			if !errors.Is(err, rights.ErrInvalidNumber) || !p.IsZero() {
				t.Fatalf("ParsePatentNumber(%q) = %v, %v", s, p, err)
			}
			return
		}
		for _, form := range []string{p.String(), p.Granted()} {
			back, err := rights.ParsePatentNumber(form)
			if err != nil || back != p {
				t.Fatalf("ParsePatentNumber(%q) = %v; %q -> %v, %v", s, p, form, back, err)
			}
		}
		if !p.Kind().IsValid() || p.Year() < 1985 || p.Serial() < 1 {
			t.Fatalf("ParsePatentNumber(%q) = %v: kind %v, year %d, serial %d", s, p, p.Kind(), p.Year(), p.Serial())
		}
	})
}

func FuzzParseTrademarkNumber(f *testing.F) {
	for _, s := range []string{"1234567", "123456789", "1234567890", "0123", "0", "", "12a", "-1", "１", "05", "45", "46"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := rights.ParseTrademarkNumber(s)
		if err == nil {
			if n.String() != s || n.IsZero() {
				t.Fatalf("ParseTrademarkNumber(%q) = %v", s, n)
			}
		} else if !errors.Is(err, rights.ErrInvalidNumber) || !n.IsZero() {
			t.Fatalf("ParseTrademarkNumber(%q) = %v, %v", s, n, err)
		}
		before := rights.NiceClass(25)
		c := before
		if err := c.UnmarshalText([]byte(s)); err != nil {
			if c != before || !errors.Is(err, rights.ErrInvalidNumber) {
				t.Fatalf("NiceClass.UnmarshalText(%q) = %v, %v", s, c, err)
			}
			return
		}
		if back, err := rights.ParseNiceClass(c.String()); err != nil || back != c || !c.IsValid() {
			t.Fatalf("NiceClass %q -> %v -> %v, %v", s, c, back, err)
		}
	})
}

func FuzzEnum_UnmarshalText(f *testing.F) {
	for _, s := range []string{"trademark", "PATENT-DESIGN", "approved", "lapsed", "renewal-filing", "holder-request",
		"untruthful-application", "unpaid-annual-fee", "pct-invention", "recordation", "", "trade-mark", "approved\x00"} {
		f.Add([]byte(s))
	}
	type textEnum interface {
		MarshalText() ([]byte, error)
		UnmarshalText([]byte) error
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		// ParseType and Type.UnmarshalText agree.
		parsed, perr := rights.ParseType(string(text))
		var typ rights.Type
		if uerr := typ.UnmarshalText(text); parsed != typ || (perr == nil) != (uerr == nil) {
			t.Fatalf("ParseType(%q) = %v, %v; UnmarshalText: %v, %v", text, parsed, perr, typ, uerr)
		}
		if perr != nil && !errors.Is(perr, rights.ErrUnknownType) {
			t.Fatalf("ParseType(%q): %v does not match ErrUnknownType", text, perr)
		}
		for _, e := range []textEnum{
			new(rights.Type), new(rights.State), new(rights.EventKind), new(rights.CancelReason),
			new(rights.RevokeReason), new(rights.EndReason), new(rights.PatentKind), new(rights.FeeKind),
		} {
			if err := e.UnmarshalText(text); err != nil {
				if !errors.Is(err, rights.ErrUnknownCode) {
					t.Fatalf("%T %q: %v does not match ErrUnknownCode", e, text, err)
				}
				if out, err := e.MarshalText(); err == nil {
					t.Fatalf("%T %q: changed on error to %q", e, text, out)
				}
				continue
			}
			if out, err := e.MarshalText(); err != nil || !bytes.EqualFold(out, text) {
				t.Fatalf("%T %q -> %q, %v", e, text, out, err)
			}
		}
	})
}

func FuzzRight_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		// A trademark renewed once.
		`{"type":"trademark","holder":"ACME","number":"1234567","classes":["25"],"registered":"2010-03-14","renewals":[{"filed":"2019-06-01"}]}`,
		// A design patent ended for an unpaid fee.
		`{"type":"patent-design","holder":"h","number":"202130300001.9","filed":"2021-06-01","end":{"reason":"unpaid-annual-fee","date":"2023-06-01"}}`,
		// A natural person's work and a World Expo symbol.
		`{"type":"copyright-natural-person","holder":"h","author_died":1990}`,
		`{"type":"world-expo-symbol","holder":"h"}`,
		// A kind digit that contradicts the type.
		`{"type":"patent-invention","holder":"h","number":"201720601862.9","filed":"2017-01-01"}`,
		// Misspelled and repeated keys, an unknown code, a number too large.
		`{"type":"trademark","Holder":"h"}`,
		`{"type":"trademark","type":"trademark"}`,
		`{"type":"trade-mark","holder":"h"}`,
		`{"type":"patent-invention","holder":"h","number":"201710601862.3","filed":"2017-01-01","term_adjustment":1e99}`,
		`null`, `{}`, `[]`, `{"end":{}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := rights.Right{Type: rights.WorldExpoSymbol, Holder: "sentinel"}
		r := before
		if err := r.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, rights.ErrInvalidRight) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidRight", data, err)
			}
			if !r.Equal(before) {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error", data)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) accepted an invalid right: %v", data, err)
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back rights.Right
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(r) {
			t.Fatalf("round trip %s -> %+v, %v", out, back, err)
		}
		end1, ok1 := r.ProtectionEnd()
		end2, ok2 := back.ProtectionEnd()
		if end1 != end2 || ok1 != ok2 {
			t.Fatalf("ProtectionEnd changed in the round trip")
		}
	})
}

func FuzzRecordation_UnmarshalJSON(f *testing.F) {
	app := `"application":{"holder":{"name":"ACME","address":"1 Road","nationality":"CN"},"goods":[{"name":"shoes","ports":["Shanghai"]}]}`
	tm := `"right":{"type":"trademark","holder":"ACME","number":"1234567","registered":"2010-03-14","renewals":[{"filed":"2019-06-01"}]}`
	for _, s := range []string{
		// Filed, approved, renewed in the window, cancelled.
		`{` + tm + `,` + app + `,"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"approval","date":"2012-05-02","number":"T1"},{"kind":"renewal-filing","date":"2019-10-10"},{"kind":"cancellation","date":"2021-01-04","cancel_reason":"assignment"}]}`,
		// A renewal one day before the window: an impossible history.
		`{` + tm + `,` + app + `,"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"approval","date":"2012-05-02","number":"T1"},{"kind":"renewal-filing","date":"2019-09-12"}]}`,
		// Conventions, a change report, a revocation and a new filing.
		`{` + tm + `,` + app + `,"conventions":{"bar_reapplication":true},"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"approval","date":"2012-05-02","number":"T1"},{"kind":"change-report","date":"2013-01-02","changed":"2012-12-01","note":"address"},{"kind":"revocation","date":"2014-01-02","revoke_reason":"untruthful-application"},{"kind":"filing","date":"2015-01-05"}]}`,
		// Events out of order; an unknown kind; a missing filing.
		`{` + tm + `,` + app + `,"events":[{"kind":"filing","date":"2012-04-02"},{"kind":"rejection","date":"2012-04-01","note":"x"}]}`,
		`{` + tm + `,` + app + `,"events":[{"kind":"renewal","date":"2012-04-02"}]}`,
		`{` + tm + `,` + app + `,"events":[]}`,
		`{"right":null,"application":null,"events":null}`,
		`null`, `{}`, `[]`,
	} {
		f.Add([]byte(s))
	}
	// A valid receiver, to check that an error leaves it alone.
	var before rights.Recordation
	if err := before.UnmarshalJSON(seedRecordation); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rec := before
		if err := rec.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, rights.ErrInvalidRecordation) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidRecordation", data, err)
			}
			if !rec.Equal(before) {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error", data)
			}
			return
		}
		out, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		var back rights.Recordation
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(rec) {
			t.Fatalf("round trip %s: %v", out, err)
		}
		if end, ok := rec.Right().ProtectionEnd(); ok {
			if until, valid := rec.ValidUntil(); valid && until.After(end) {
				t.Fatalf("valid until %v after the right's end %v", until, end)
			}
		}
	})
}

// seedRecordation is a valid recordation, the receiver the fuzz target decodes
// into.
var seedRecordation = []byte(`{"right":{"type":"world-expo-symbol","holder":"BIE"},"application":{"holder":{"name":"BIE","address":"Paris","nationality":"FR"}},"events":[{"kind":"filing","date":"2009-01-05"}]}`)
