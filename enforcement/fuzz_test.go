package enforcement_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

// The fuzz targets check that decoding and applying never panic, that a
// refusal leaves the receiver unchanged and returns an error matching the
// package's sentinels, and that what is accepted survives a round trip.
// CI runs each for 100,000 executions (-fuzztime=100000x).

func FuzzEvent_UnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		// One event of each shape: a bare kind, an amount, a result, a
		// lapse, the optional texts.
		`{"kind":"notice-served","date":"2024-02-09","reference":"SH-2024-0042"}`,
		`{"kind":"holder-applied","date":"2024-02-19","amount":"20000.00"}`,
		`{"kind":"holder-applied","date":"2024-02-19"}`, // no bond yet
		`{"kind":"bond-posted","date":"2024-02-19","amount":12.5}`,
		`{"kind":"investigation-result","date":"2024-03-15","result":"undetermined"}`,
		`{"kind":"lapse","date":"2024-02-21","deadline":"reply","note":"no reply"}`,
		`{"kind":"counter-guarantee","date":"2024-03-01","amount":"30000"}`,
		`{"kind":"DETENTION","date":"2024-02-21"}`, // codes in any letter case
		`{"kind":"beyond-personal-use","date":"2024-02-08","note":"12 new handbags of one design: for sale"}`,
		`{"kind":"within-personal-use","date":"2024-02-08","note":"自用"}`,
		`{"kind":"abandonment","date":"2024-02-09"}`,
		`{"kind":"announcement","date":"2024-10-31","reference":"ANN-3"}`,
		`{"kind":"lapse","date":"2025-02-06","deadline":"announcement"}`,
		`{"kind":"disposal-completed","date":"2025-03-03","route":"Auction"}`,
		// Refused: a stray or missing fact, an exponent bomb, 3 decimal
		// places, an unknown kind, a misspelled or repeated key, a bad
		// date, trailing data, the wrong JSON types.
		`{"kind":"detention","date":"2024-02-21","amount":"1.00"}`,
		`{"kind":"bond-posted","date":"2024-02-19"}`,
		`{"kind":"investigation-result","date":"2024-03-15"}`,
		`{"kind":"beyond-personal-use","date":"2024-02-08"}`,                 // no reasons
		`{"kind":"disposal-completed","date":"2025-03-03"}`,                  // no route
		`{"kind":"disposal-completed","date":"2025-03-03","route":"burial"}`, // no such route
		`{"kind":"confiscation","date":"2024-04-10","route":"destruction"}`,  // a stray route
		`{"kind":"disposal-completed","date":"2025-03-03","route":4}`,        // a route is a code
		`{"kind":"bond-posted","date":"2024-02-19","amount":"1e999999"}`,
		`{"kind":"bond-posted","date":"2024-02-19","amount":1e999999}`,
		`{"kind":"bond-posted","date":"2024-02-19","amount":"0.001"}`,
		`{"kind":"bond-posted","date":"2024-02-19","amount":"-5"}`,
		`{"kind":"arrest","date":"2024-02-21"}`,
		`{"Kind":"detention","date":"2024-02-21"}`,
		`{"kind":"detention","kind":"rejection","date":"2024-02-21"}`,
		`{"kind":"detention","date":"2024-02-30"}`,
		`{"kind":"detention","date":"2024-02-21"} {}`,
		`{"kind":1,"date":[]}`,
		`{"kind":"detention","date":"2024-02-21","note":"\u0000"}`,
		`null`, `{}`, `[]`, `"detention"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := enforcement.Event{Kind: enforcement.Withdrawal, Date: d("2020-01-01"), Note: "sentinel"}
		ev := before
		if err := ev.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, enforcement.ErrInvalidEvent) {
				t.Fatalf("UnmarshalJSON(%q): %v does not match ErrInvalidEvent", data, err)
			}
			if !ev.Equal(before) {
				t.Fatalf("UnmarshalJSON(%q) changed the receiver on error to %v", data, ev)
			}
			return
		}
		if err := ev.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) accepted an invalid event: %v", data, err)
		}
		out, err := ev.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON(%v): %v", ev, err)
		}
		var back enforcement.Event
		if err := back.UnmarshalJSON(out); err != nil || !back.Equal(ev) {
			t.Fatalf("round trip of %q: %s -> %v, %v; want %v", data, out, back, err, ev)
		}
	})
}

// fuzzCaseSeeds returns the JSON of real cases at several stages, on both
// tracks.
func fuzzCaseSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	h := benchHistory()
	cases := map[string]enforcement.Case{}
	open := func(name string, f enforcement.Facts, events ...enforcement.Event) enforcement.Case {
		c, err := enforcement.Replay(f, rulesChina(), events)
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		cases[name] = c
		return c
	}
	open("ex-officio-opened", exOfficioFacts())
	open("ex-officio-suspended", exOfficioFacts(), h[:1]...)
	open("ex-officio-applied", exOfficioFacts(), h[:4]...)
	open("ex-officio-court-assisted", exOfficioFacts(), h...)
	// The reply period lapses: the notice of 2024-02-09 leaves until
	// 2024-02-20, so the lapse is dated 2024-02-21.
	open("ex-officio-no-application", exOfficioFacts(), h[0],
		enforcement.Event{Kind: enforcement.Lapse, Date: d("2024-02-21"), Deadline: enforcement.ReplyPeriod})
	applied := enforcement.Event{Kind: enforcement.HolderApplied, Date: d("2024-03-01"), Amount: amt("30000.00"), Note: "full value"}
	detained := enforcement.Event{Kind: enforcement.Detention, Date: d("2024-03-04")}
	open("upon-application-applied", uponApplicationFacts(), applied)
	c := open("upon-application-awaiting-court", uponApplicationFacts(), applied, detained,
		enforcement.Event{Kind: enforcement.ReceiptServed, Date: d("2024-03-05")})
	lapsed, _, err := c.Advance(d("2024-12-31"))
	if err != nil || lapsed.State() != enforcement.ReleasedNoCourtNotice {
		tb.Fatalf("Advance = %v, %v; want released-no-court-notice", lapsed.State(), err)
	}
	cases["upon-application-no-court-notice"] = lapsed
	open("patent-counter-guarantee", patentFacts(enforcement.UponApplication), applied, detained,
		enforcement.Event{Kind: enforcement.CounterGuarantee, Date: d("2024-03-08"), Amount: amt("30000.00")})
	beyond := decisionOn(enforcement.BeyondPersonalUse, "2024-02-08")
	open("luggage-released-personal-use", personalFacts(enforcement.Luggage), decisionOn(enforcement.WithinPersonalUse, "2024-02-08"))
	open("postal-abandoned", personalFacts(enforcement.Postal), beyond, h[0], enforcement.Event{Kind: enforcement.Abandonment, Date: d("2024-02-12")})
	// Detained on 2024-02-21, found infringing, announced Mon 2024-03-18:
	// the 3 months end Tue 2024-06-18.
	announced := append(h[:9:9], resultOn("2024-03-15", enforcement.Infringing),
		enforcement.Event{Kind: enforcement.Announcement, Date: d("2024-03-18"), Reference: "ANN-7"})
	open("unknown-party-announced", unknownPartyFacts(), announced...)
	open("unknown-party-disposed", unknownPartyFacts(), append(announced, lapseOn("2024-06-19", enforcement.AnnouncementPeriod),
		disposedOn("2024-07-01", enforcement.Auction))...)
	open("confiscated", exOfficioFacts(), append(h[:9:9], resultOn("2024-03-15", enforcement.Infringing),
		enforcement.Event{Kind: enforcement.Confiscation, Date: d("2024-03-20")})...)
	out := map[string][]byte{}
	for name, c := range cases {
		data, err := c.MarshalJSON()
		if err != nil {
			tb.Fatalf("%s: MarshalJSON: %v", name, err)
		}
		out[name] = data
	}
	return out
}

// FuzzDeadline_UnmarshalJSON: a deadline decodes only if it is one this
// package computes (its actor, words, lapse and instants those of its kind
// and last day), and then survives a round trip.
func FuzzDeadline_UnmarshalJSON(f *testing.F) {
	reply := `{"kind":"reply","actor":"holder","act":"apply for detention and post a bond covering the required amount",` +
		`"article":"Regs art 16; Measures (2009 numbering) arts 22, 23, 41; R-EXO-2",` +
		`"consequence":"customs must not detain: the goods are released (Regs art 16; R-EXO-3)",` +
		`"period":{"count":3,"unit":"working-days","start":"next-day","roll":"forward"},"trigger":"2024-02-09",` +
		`"last_day":"2024-02-20","ends":"2024-02-21T00:00:00+08:00","in_person":"2024-02-20T17:00:00+08:00","lapse":"released-no-application"}`
	for _, s := range []string{
		reply, // As Deadline.MarshalJSON writes it (Example_MarshalJSON).
		strings.Replace(reply, `"actor":"holder"`, `"actor":"customs"`, 1),              // Another actor.
		strings.Replace(reply, `,"lapse":"released-no-application"`, ``, 1),             // No lapse.
		strings.Replace(reply, `+08:00","in_person"`, `Z","in_person"`, 1),              // Ends in UTC: another instant.
		strings.Replace(reply, `"count":3`, `"count":-3`, 1),                            // An invalid period.
		strings.Replace(reply, `"kind":"reply"`, `"kind":"detention"`, 1),               // An event kind.
		strings.Replace(reply, `"last_day":"2024-02-20"`, `"last_day":"2024-02-08"`, 1), // Before the trigger.
		`{}`, `null`, `[]`, `{"kind":"reply"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d enforcement.Deadline
		if err := json.Unmarshal(data, &d); err != nil {
			if !d.IsZero() {
				t.Fatalf("Unmarshal(%q) failed (%v) but changed the receiver", data, err)
			}
			// Malformed JSON is encoding/json's own error; anything our
			// decoder refuses matches the sentinel.
			if json.Valid(data) && !errors.Is(err, enforcement.ErrInvalidCase) {
				t.Fatalf("Unmarshal(%q): %v does not match ErrInvalidCase", data, err)
			}
			return
		}
		if d.IsZero() {
			return // "null" leaves the receiver alone.
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("Marshal of a decoded deadline %q: %v", data, err)
		}
		var back enforcement.Deadline
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(d) {
			t.Fatalf("round trip of %q: %s gives %+v, %v", data, b, back, err)
		}
	})
}

func FuzzParseCase(f *testing.F) {
	seeds := fuzzCaseSeeds(f)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names) // A fixed order of seeds.
	for _, name := range names {
		f.Add(seeds[name])
	}
	// Malformed variants of a case with a bond and a court notice. Each
	// must fail, with ErrInvalidCase, the sentinel named (if any) and a
	// message naming the fault, before it joins the corpus: a decoder
	// that wrongly accepts one fails here, not only when the fuzzer finds
	// its way back to it.
	cal := calendar.China()
	full := string(seeds["ex-officio-court-assisted"])
	type malformed struct {
		name string
		data []byte
		is   error    // A sentinel besides ErrInvalidCase, or nil.
		want []string // Fragments of the message: the path and the fault.
	}
	var bad []malformed
	for _, r := range []struct {
		name, old, new string
		is             error
		want           []string
	}{
		{"unknown key", `{"schema":1,`, `{"colour":"red","schema":1,`, nil, []string{`unknown key "colour"`}},
		{"repeated key", `{"schema":1,`, `{"port":"Ningbo","schema":1,`, nil, []string{`duplicate key "port"`}},
		{"exponent bomb, as a string", `"amount":"8000.00"`, `"amount":"1e999999"`, nil, []string{"events[1].amount", "exponent"}},
		{"exponent bomb, as a number", `"amount":"8000.00"`, `"amount":1e999999`, nil, []string{"events[1].amount", "exponent"}},
		{"3 decimal places", `"amount":"8000.00"`, `"amount":"8000.005"`, nil, []string{"events[1].amount", "more than 2 decimal places"}},
		{"too long", `"amount":"8000.00"`, `"amount":"` + strings.Repeat("9", 41) + `"`, nil, []string{"events[1].amount", "more than 40"}},
		{"unknown event code", `"kind":"detention"`, `"kind":"arrest"`, enforcement.ErrUnknownCode, []string{"events[8].kind", `"arrest"`}},
		{"unknown result code", `"result":"undetermined"`, `"result":"guilty"`, enforcement.ErrUnknownCode, []string{"events[10].result", `"guilty"`}},
		{"a later schema", `"schema":1`, `"schema":2`, nil, []string{`schema "2"`, "unknown schema version"}},
		{"no schema", `"schema":1,`, ``, nil, []string{"schema: required"}},
		{"state contradicts the history", `"state":"court-assisted"`, `"state":"confiscated"`, nil, []string{`state "confiscated"`, "leads to court-assisted"}},
		{"detention before the bond", `"date":"2024-02-21"`, `"date":"2024-02-01"`, enforcement.ErrInvalidTransition, []string{"events[8]", "dated before the previous event"}},
		{"goods without a value", `"declared_value":"30000.00"`, `"declared_value":"0.00"`, nil, []string{"goods.declared_value", "required"}},
		{"a notice in the wrong route", `"track":"ex-officio"`, `"track":"upon-application"`, enforcement.ErrInvalidTransition, []string{"events[0]", "notice-served", "Regs art 16"}},
		{"an invalid period", `"count":3`, `"count":-3`, nil, []string{"period count -3"}},
		{"a cut-off with seconds", `"office_closes":"17:00"`, `"office_closes":"17:00:30"`, nil, []string{"office_closes", "17:00:30"}},
	} {
		if !strings.Contains(full, r.old) {
			f.Fatalf("seed has no %s:\n%s", r.old, full)
		}
		bad = append(bad, malformed{r.name, []byte(strings.Replace(full, r.old, r.new, 1)), r.is, r.want})
	}
	// Events out of order: the application before the notice.
	var m map[string]any
	if err := json.Unmarshal([]byte(full), &m); err != nil {
		f.Fatal(err)
	}
	events := m["events"].([]any)
	events[0], events[1] = events[1], events[0]
	swapped, err := json.Marshal(m)
	if err != nil {
		f.Fatal(err)
	}
	bad = append(bad,
		malformed{"events out of order", swapped, enforcement.ErrInvalidTransition, []string{"events[0]", "holder-applied", "R-EXO-1"}},
		malformed{"truncated", []byte(full[:len(full)/2]), nil, []string{"case JSON", "unexpected EOF"}},
		malformed{"null", []byte(`null`), nil, []string{"schema: required"}},
		malformed{"empty object", []byte(`{}`), nil, []string{"schema: required"}},
		malformed{"array", []byte(`[]`), nil, []string{"case JSON", "array"}},
	)
	for _, b := range bad {
		c, err := enforcement.ParseCase(b.data, cal)
		switch {
		case err == nil:
			f.Fatalf("%s: ParseCase accepted it, to %s:\n%s", b.name, c.State(), b.data)
		case !errors.Is(err, enforcement.ErrInvalidCase):
			f.Fatalf("%s: ParseCase = %v; want it to match ErrInvalidCase", b.name, err)
		case b.is != nil && !errors.Is(err, b.is):
			f.Fatalf("%s: ParseCase = %v; want it to match %v", b.name, err, b.is)
		case !c.Equal(enforcement.Case{}):
			f.Fatalf("%s: ParseCase failed but returned a case in state %s", b.name, c.State())
		}
		for _, w := range b.want {
			if !strings.Contains(err.Error(), w) {
				f.Fatalf("%s: ParseCase = %v; want it to name %q", b.name, err, w)
			}
		}
		var viaJSON enforcement.Case
		if err := json.Unmarshal(b.data, &viaJSON); err == nil {
			f.Fatalf("%s: json.Unmarshal accepted it", b.name)
		}
		f.Add(b.data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := enforcement.ParseCase(data, cal)
		if err != nil {
			if !errors.Is(err, enforcement.ErrInvalidCase) {
				t.Fatalf("ParseCase(%q): %v does not match ErrInvalidCase", data, err)
			}
			if !c.Equal(enforcement.Case{}) {
				t.Fatalf("ParseCase(%q) failed but returned a case in state %v", data, c.State())
			}
			return
		}
		out, err := c.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON of a parsed case: %v", err)
		}
		back, err := enforcement.ParseCase(out, cal)
		if err != nil || !back.Equal(c) || back.State() != c.State() {
			t.Fatalf("round trip of %q:\n%s\n-> %v, %v", data, out, back.State(), err)
		}
	})
}

// textEnum is what the enum types implement.
type textEnum interface {
	MarshalText() ([]byte, error)
	UnmarshalText([]byte) error
}

// checkEnumText checks the text round trip of an enum on text: a code in
// any letter case is accepted and marshals back to the canonical code,
// equal to text but for case; anything else is refused with ErrUnknownCode
// and the receiver unchanged.
func checkEnumText(t *testing.T, e textEnum, text []byte) {
	t.Helper()
	before, _ := e.MarshalText()
	if err := e.UnmarshalText(text); err != nil {
		if !errors.Is(err, enforcement.ErrUnknownCode) {
			t.Fatalf("%T.UnmarshalText(%q): %v does not match ErrUnknownCode", e, text, err)
		}
		if after, _ := e.MarshalText(); !bytes.Equal(after, before) {
			t.Fatalf("%T.UnmarshalText(%q) changed the receiver on error: %q -> %q", e, text, before, after)
		}
		return
	}
	out, err := e.MarshalText()
	if err != nil || !bytes.EqualFold(out, text) || !bytes.Equal(out, bytes.ToLower(out)) {
		t.Fatalf("%T %q -> %q, %v; want the code in lower case", e, text, out, err)
	}
	for _, variant := range [][]byte{bytes.ToUpper(text), bytes.ToLower(text)} {
		if err := e.UnmarshalText(variant); err != nil {
			t.Fatalf("%T.UnmarshalText(%q) after %q: %v", e, variant, text, err)
		}
		if again, _ := e.MarshalText(); !bytes.Equal(again, out) {
			t.Fatalf("%T %q -> %q; %q -> %q", e, text, out, variant, again)
		}
	}
}

func FuzzState_UnmarshalText(f *testing.F) {
	for _, s := range enforcement.States() {
		f.Add([]byte(s.String()))
	}
	for _, s := range []string{
		"UNDER-INVESTIGATION",                               // upper case
		"Released-Withdrawn",                                // mixed case
		"under_investigation",                               // the diagram's spelling, not the code
		"released",                                          // a composite state is a state too
		"unknown", "", " opened", "opened\x00", "ſuspended", // not codes
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		s := enforcement.Suspended
		checkEnumText(t, &s, text)
		if err := s.UnmarshalText(text); err == nil && !s.IsValid() {
			t.Fatalf("State.UnmarshalText(%q) = %d, not a valid state", text, s)
		}
	})
}

func FuzzEventKind_UnmarshalText(f *testing.F) {
	for _, k := range enforcement.EventKinds() {
		f.Add([]byte(k.String()))
	}
	for _, s := range []string{
		"NOTICE-SERVED", "Holder-Applied", // any letter case
		"notice_served", "lapsed", "", "detention ", "%!EventKind(99)", "Ｄetention", // not codes
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		k := enforcement.Detention
		checkEnumText(t, &k, text)
		if err := k.UnmarshalText(text); err == nil && !k.IsValid() {
			t.Fatalf("EventKind.UnmarshalText(%q) = %d, not a valid kind", text, k)
		}
		// The other enums of the package follow the same rules.
		for _, e := range []textEnum{new(enforcement.Track), new(enforcement.Result), new(enforcement.DeadlineKind),
			new(enforcement.Actor), new(enforcement.Direction), new(enforcement.Channel)} {
			if e.UnmarshalText(text) == nil {
				checkEnumText(t, e, text)
			}
		}
	})
}

// fuzzStep is the size of one step of FuzzApply's input.
const fuzzStep = 6

// fuzzAdvance is the kind byte (mod 22) that advances the case instead of
// applying an event: one more than the last EventKind.
const fuzzAdvance = 21

// FuzzApply decodes its input into steps and plays them on a fixed case.
// The first byte chooses the case (mod 8): ex officio or upon
// application, about the trademark or the utility model (0-3); ex officio
// about both (4); ex officio about the trademark in the post (5), of an
// unknown party (6), or upon application in luggage (7). Each step of 6
// bytes is
//
//	kind    byte   mod 22: an EventKind (0 is EventKindUnknown), or 21 to
//	               Advance the case to the step's date instead
//	day     byte   days after the previous step's date, -4 to +59
//	amount  3 byte the amount in fen, big-endian (for any kind)
//	flags   byte   bits 0-1: the result, and the route (plus 1) of a
//	               disposal; bit 2: keep a stray amount, or leave out a
//	               decision's reasons; bit 3: a stray result and route;
//	               bits 4-6: a lapse's deadline; bit 7: date a lapse on
//	               the day the pending period's lapse takes effect, so
//	               that lapses happen
//
// Properties: nothing panics; a refused event or advance returns an error
// matching the package's sentinels and the case unchanged; an accepted
// event's kind was Permitted and is appended to the history; and the case
// always equals the Replay of its own history.
func FuzzApply(f *testing.F) {
	step := func(kind enforcement.EventKind, day int, fen uint32, flags byte) []byte {
		return []byte{byte(kind), byte(day + 4), byte(fen >> 16), byte(fen >> 8), byte(fen), flags}
	}
	const (
		resultInfringing   = byte(enforcement.Infringing)
		resultUndetermined = byte(enforcement.Undetermined)
		onLapseDay         = 1 << 7
		replyDeadline      = byte(enforcement.ReplyPeriod) << 4
		courtDeadline      = byte(enforcement.ExOfficioCourtPeriod) << 4
	)
	join := func(first byte, steps ...[]byte) []byte {
		return append([]byte{first}, bytes.Join(steps, nil)...)
	}
	// Ex officio (first byte 0): notice, application with 20,000.00,
	// detention, receipt, result infringing, confiscation.
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 2_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.ReceiptServed, 1, 0, 0),
		step(enforcement.InvestigationResult, 20, 0, resultInfringing),
		step(enforcement.Confiscation, 5, 0, 0)))
	// Ex officio: notice, a short bond, the reply period lapses, then a
	// late bond is refused.
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 500_000, 0),
		step(enforcement.Lapse, 0, 0, replyDeadline|onLapseDay),
		step(enforcement.BondPosted, 1, 1_500_000, 0)))
	// Ex officio: detention, undetermined; an advance within the 50
	// working days changes nothing, their lapse releases the goods, and
	// an advance after it finds nothing more to do.
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 0, 2_000_000, 0),
		step(enforcement.Detention, 2, 0, 0),
		step(enforcement.InvestigationResult, 10, 0, resultUndetermined),
		step(fuzzAdvance, 59, 0, 0),
		step(enforcement.Lapse, 0, 0, courtDeadline|onLapseDay),
		step(fuzzAdvance, 59, 0, 0)))
	// Upon application: the 20 working days pass, and an advance far past
	// them applies the lapse.
	f.Add(join(1,
		step(enforcement.HolderApplied, 0, 3_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(fuzzAdvance, 59, 0, 0)))
	// Upon application about the utility model (first byte 3): counter-
	// guarantee of 30,000.00, equal to the goods' value.
	f.Add(join(3,
		step(enforcement.HolderApplied, 0, 3_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.CounterGuarantee, 2, 3_000_000, 0)))
	// Ex officio: customs rejects the application and the goods are
	// released (Regs arts 13, 15-16).
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 2_000_000, 0),
		step(enforcement.Rejection, 1, 0, 0)))
	// Ex officio: found infringing, a court's notice is recorded and the
	// goods are still confiscated (Regs arts 23, 27).
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 0, 2_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.InvestigationResult, 10, 0, resultInfringing),
		step(enforcement.CourtNotice, 3, 0, 0),
		step(enforcement.Confiscation, 5, 0, 0)))
	// Ex officio about the utility model and the trademark (first byte
	// 4): a counter-guarantee covering the value is refused, the goods
	// being suspected under the trademark too (Regs arts 19, 24(3)).
	f.Add(join(4,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 0, 2_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.CounterGuarantee, 2, 3_000_000, 0)))
	// Refusals: an event dated before the previous one, a stray amount, a
	// stray result, an event of no row, an unknown kind.
	f.Add(join(1,
		step(enforcement.HolderApplied, 0, 3_000_000, 0),
		step(enforcement.Detention, -3, 0, 0),
		step(enforcement.Detention, 3, 100, 1<<2),
		step(enforcement.Detention, 0, 0, 1<<3|resultInfringing),
		step(enforcement.Confiscation, 1, 0, 0),
		step(enforcement.EventKindUnknown, 1, 0, 0)))
	// In the post (first byte 5): the notice is refused before customs
	// decides the articles exceed personal use, then taken; the sender
	// abandons them once the holder has applied.
	f.Add(join(5,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.BeyondPersonalUse, 0, 0, 0),
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 960_000, 0),
		step(enforcement.Abandonment, 1, 0, 0)))
	// An unknown party (first byte 6): found infringing, announced; the
	// 3 months lapse and the goods, taken over, are destroyed.
	f.Add(join(6,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 2_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.InvestigationResult, 20, 0, resultInfringing),
		step(enforcement.Announcement, 3, 0, 0),
		step(fuzzAdvance, 59, 0, 0),
		step(fuzzAdvance, 59, 0, 0),
		step(enforcement.DisposalCompleted, 5, 0, 3)))
	// Confiscated goods disposed of, without a route (refused), then with
	// one.
	f.Add(join(0,
		step(enforcement.NoticeServed, 0, 0, 0),
		step(enforcement.HolderApplied, 1, 2_000_000, 0),
		step(enforcement.Detention, 1, 0, 0),
		step(enforcement.InvestigationResult, 20, 0, resultInfringing),
		step(enforcement.Confiscation, 5, 0, 0),
		step(enforcement.DisposalCompleted, 5, 0, 1<<3),
		step(enforcement.DisposalCompleted, 0, 0, 0)))
	// In luggage, upon application (first byte 7): released for personal
	// use.
	f.Add(join(7,
		step(enforcement.WithinPersonalUse, 0, 0, 1<<2),
		step(enforcement.WithinPersonalUse, 0, 0, 0)))
	f.Add([]byte{})

	cal := calendar.China()
	mixed := patentFacts(enforcement.ExOfficio)
	mixed.Rights = append(mixed.Rights, mark())
	mixed.Recordations = append(mixed.Recordations, markRecordation())
	luggage := personalFacts(enforcement.Luggage)
	luggage.Track, luggage.Recordations = enforcement.UponApplication, nil
	facts := []enforcement.Facts{
		exOfficioFacts(), uponApplicationFacts(),
		patentFacts(enforcement.ExOfficio), patentFacts(enforcement.UponApplication),
		mixed, personalFacts(enforcement.Postal), unknownPartyFacts(), luggage,
	}
	start := d("2024-02-09")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		fc := facts[int(data[0])%len(facts)]
		rules := enforcement.Rules{Calendar: cal}
		c, err := enforcement.NewCase(fc, rules)
		if err != nil {
			t.Fatal(err)
		}
		day := start
		data = data[1:]
		for n := 0; len(data) >= fuzzStep && n < 64; n, data = n+1, data[fuzzStep:] {
			s := data[:fuzzStep]
			day = day.AddDays(calendar.Days(int(s[1]%64) - 4))
			fen := int64(binary.BigEndian.Uint32(append([]byte{0}, s[2:5]...)))
			flags := s[5]
			before := c
			if s[0]%(fuzzAdvance+1) == fuzzAdvance {
				next, fired, err := c.Advance(day)
				switch {
				case err != nil:
					if !next.Equal(before) || fired != nil {
						t.Fatalf("Advance(%s) failed (%v) but changed the case", day, err)
					}
					if !errors.Is(err, calendar.ErrNotCovered) && !errors.Is(err, calendar.ErrInvalidDate) {
						t.Fatalf("Advance(%s): %v matches no sentinel", day, err)
					}
				case next.Len() != c.Len()+len(fired):
					t.Fatalf("Advance(%s) fired %v but the history grew from %d to %d", day, fired, c.Len(), next.Len())
				default:
					again, more, err := next.Advance(day)
					if err != nil || len(more) != 0 || !again.Equal(next) {
						t.Fatalf("Advance(%s) is not idempotent: %v more, %v", day, more, err)
					}
					c = next
				}
				checkReplay(t, fc, rules, c)
				continue
			}
			ev := enforcement.Event{Kind: enforcement.EventKind(s[0] % (fuzzAdvance + 1)), Date: day}
			if ev.Kind == enforcement.HolderApplied || ev.Kind == enforcement.BondPosted ||
				ev.Kind == enforcement.CounterGuarantee || flags&(1<<2) != 0 {
				ev.Amount = decimal.New(fen, -2)
			}
			if ev.Kind == enforcement.InvestigationResult || flags&(1<<3) != 0 {
				ev.Result = enforcement.Result(flags & 3)
			}
			if (ev.Kind == enforcement.DisposalCompleted) != (flags&(1<<3) != 0) {
				ev.Route = enforcement.Route(1 + flags&3)
			}
			if (ev.Kind == enforcement.BeyondPersonalUse || ev.Kind == enforcement.WithinPersonalUse) && flags&(1<<2) == 0 {
				ev.Note = "reasons"
			}
			if ev.Kind == enforcement.Lapse {
				ev.Deadline = enforcement.DeadlineKind(flags >> 4 & 7)
				if flags&onLapseDay != 0 {
					if ds, err := c.Deadlines(); err == nil {
						for _, dl := range ds {
							if dl.Kind == ev.Deadline && dl.Lapse != enforcement.StateUnknown {
								ev.Date, day = dl.LapsesOn(), dl.LapsesOn()
							}
						}
					}
				}
			}
			permitted := c.Permitted()
			next, err := c.Apply(ev)
			if err != nil {
				if !next.Equal(before) || !c.Equal(before) || next.State() != before.State() {
					t.Fatalf("Apply(%v) refused (%v) but changed the case", ev, err)
				}
				if !errors.Is(err, enforcement.ErrInvalidEvent) && !errors.Is(err, enforcement.ErrInvalidTransition) &&
					!errors.Is(err, calendar.ErrNotCovered) {
					t.Fatalf("Apply(%v): %v matches no sentinel", ev, err)
				}
				continue
			}
			if next.Len() != c.Len()+1 || !next.Events()[c.Len()].Equal(ev) {
				t.Fatalf("Apply(%v) accepted, but the history is %v", ev, next.Events())
			}
			if ev.Kind != enforcement.Lapse && !containsKind(permitted, ev.Kind) {
				t.Fatalf("Apply(%v) accepted in state %v, which permits only %v", ev, c.State(), permitted)
			}
			if !next.State().IsValid() || next.State().IsComposite() {
				t.Fatalf("Apply(%v) led to state %v", ev, next.State())
			}
			checkReplay(t, fc, rules, before)
			c = next
			checkReplay(t, fc, rules, c)
		}
	})
}

// checkReplay checks that c is the Replay of its own history.
func checkReplay(t *testing.T, f enforcement.Facts, r enforcement.Rules, c enforcement.Case) {
	t.Helper()
	back, err := enforcement.Replay(f, r, c.Events())
	if err != nil || !back.Equal(c) || back.State() != c.State() || !back.BondPosted().Equal(c.BondPosted()) {
		t.Fatalf("Replay of the history %v = %v, %v; want %v", c.Events(), back.State(), err, c.State())
	}
}

func containsKind(kinds []enforcement.EventKind, k enforcement.EventKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
