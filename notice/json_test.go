package notice

import (
	"encoding/json"
	"errors"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/testgen"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// fxSuspensionJSON is the suspension fixture's JSON form, written out.
const fxSuspensionJSON = `{"kind":"suspension","number":"SUS-2024-001",` +
	`"office":"Shanghai Pudong International Airport Customs","issued":"2024-02-09",` +
	`"case":"6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11",` +
	`"contact":{"name":"IPR Division","phone":"+86 21 6888 0000","email":"ipr@pudong.customs.example.cn"},` +
	`"holder":{"name":"ACME Ltd","identifier":"91310000MA1FL0000X","address":"1 Main St"},` +
	`"rights":[{"type":"trademark","number":"1234567","recordation":"T2020-0001"}],` +
	`"goods":{"description":"handbags","quantity":"1500","unit":"pieces","value":"150000.00"},` +
	`"consignee":{"name":"X Trading Co","address":"8 Harbour Rd"},"port":"Shanghai Pudong","direction":"import",` +
	`"served":"2024-02-09","reply_by":"2024-02-20","office_closes":"17:00","bond":"75000.00"}`

func TestSuspension_MarshalJSON(t *testing.T) {
	data, err := json.Marshal(fxSuspension(t))
	require.NoError(t, err)
	assert.Equal(t, fxSuspensionJSON, string(data))
}

// Amounts have 2 places, quantities and rates their shortest form.
func TestPayment_MarshalJSON_numbers(t *testing.T) {
	n := fxPayment(t)
	n.Lines[2].Rate = fxCNY("1.200000")
	n.Bond = fxCNY("75000")
	data, err := json.Marshal(n)
	require.NoError(t, err)
	s := string(data)
	for _, want := range []string{`"rate":"1.2"`, `"quantity":"12.5"`, `"amount":"405.00"`, `"bond":"75000.00"`,
		`"total":"4962.00"`, `"due_date":"2025-10-16"`, `"security":"cash-bond"`, `"basis":"m3","per":"day"`} {
		assert.Contains(t, s, want)
	}
}

// An invalid notice has no JSON form: MarshalJSON reports its problems.
func TestMarshalJSON_invalid(t *testing.T) {
	n := fxPayment(t)
	n.Lines[0].Amount = decimal.New(1, 999999)
	_, err := json.Marshal(n)
	assert.ErrorIs(t, err, ErrInvalidNotice)
	var fe FieldErrors
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "lines[0].amount", fe[0].Field)

	for _, n := range []Notice{Payment{}, Suspension{}, DetentionReceipt{}, InvestigationResult{}, Release{}, Confiscation{}, CounterGuarantee{}} {
		_, err := json.Marshal(n)
		assert.ErrorIs(t, err, ErrInvalidNotice, "%s", n.Kind())
	}
}

func TestParse_fixtures(t *testing.T) {
	for _, n := range fxNotices(t) {
		t.Run(n.Kind().String(), func(t *testing.T) {
			data, err := json.Marshal(n)
			require.NoError(t, err)
			back, err := Parse(data)
			require.NoError(t, err)
			requireSame(t, n, back)
			// The kind's own decoder reads it too, into a value of the kind.
			ptr := newNoticeOfKind(n.Kind())
			require.NoError(t, json.Unmarshal(data, ptr))
			requireSame(t, n, derefNotice(ptr))
		})
	}
}

func newNoticeOfKind(k Kind) any {
	switch k {
	case KindPayment:
		return new(Payment)
	case KindSuspension:
		return new(Suspension)
	case KindDetentionReceipt:
		return new(DetentionReceipt)
	case KindInvestigationResult:
		return new(InvestigationResult)
	case KindRelease:
		return new(Release)
	case KindConfiscation:
		return new(Confiscation)
	}
	return new(CounterGuarantee)
}

func derefNotice(p any) Notice {
	switch p := p.(type) {
	case *Payment:
		return *p
	case *Suspension:
		return *p
	case *DetentionReceipt:
		return *p
	case *InvestigationResult:
		return *p
	case *Release:
		return *p
	case *Confiscation:
		return *p
	}
	return *p.(*CounterGuarantee)
}

// editSuspensionJSON returns the suspension fixture's JSON with old replaced by new.
func editSuspensionJSON(old, new string) string {
	if !strings.Contains(fxSuspensionJSON, old) {
		panic("no " + old)
	}
	return strings.Replace(fxSuspensionJSON, old, new, 1)
}

// Decoding is strict, and every refusal names its field.
func TestParse_strict(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		field string // The first problem's field.
		why   string // A part of its reason.
	}{
		{"unknown key", editSuspensionJSON(`"port"`, `"harbour":"x","port"`), "", `unknown key "harbour"`},
		{"key in another case", editSuspensionJSON(`"port"`, `"Port"`), "", `unknown key "Port"`},
		{"repeated key", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":"a","port":"Shanghai Pudong"`), "", `duplicate key "port"`},
		{"repeated kind", editSuspensionJSON(`"kind":"suspension"`, `"kind":"suspension","kind":"suspension"`), "", `duplicate key "kind"`},
		{"key of another kind", editSuspensionJSON(`"port"`, `"due_date":"2024-02-20","port"`), "", `unknown key "due_date"`},
		{"kind missing", editSuspensionJSON(`"kind":"suspension",`, ``), "kind", "required"},
		{"kind unknown", editSuspensionJSON(`"kind":"suspension"`, `"kind":"summons"`), "kind", "want one of payment"},
		{"kind not a string", editSuspensionJSON(`"kind":"suspension"`, `"kind":7`), "kind", "want one of"},
		{"amount with 3 places", editSuspensionJSON(`"bond":"75000.00"`, `"bond":"75000.001"`), "bond", "more than 2 decimal places"},
		{"amount an exponent bomb", editSuspensionJSON(`"bond":"75000.00"`, `"bond":1e999999`), "bond", "without an exponent"},
		{"amount a zero bomb", editSuspensionJSON(`"bond":"75000.00"`, `"bond":"0e-100000000"`), "bond", "without an exponent"},
		{"amount huge", editSuspensionJSON(`"bond":"75000.00"`, `"bond":"`+strings.Repeat("9", 41)+`"`), "bond", "more than 40"},
		{"amount negative", editSuspensionJSON(`"bond":"75000.00"`, `"bond":"-1.00"`), "bond", "negative"},
		{"amount above the maximum", editSuspensionJSON(`"bond":"75000.00"`, `"bond":"1000000000000.01"`), "bond", "too large"},
		{"amount a number", editSuspensionJSON(`"bond":"75000.00"`, `"bond":75000`), "", ""},
		{"quantity with 10 places", editSuspensionJSON(`"quantity":"1500"`, `"quantity":"1.0000000001"`), "goods.quantity", "more than 9"},
		{"quantity with 7 places", editSuspensionJSON(`"quantity":"1500"`, `"quantity":"1.0000001"`), "goods.quantity", "more than 6 decimal places"},
		{"date malformed", editSuspensionJSON(`"served":"2024-02-09"`, `"served":"2024-2-9"`), "served", "YYYY-MM-DD"},
		{"date impossible", editSuspensionJSON(`"served":"2024-02-09"`, `"served":"2024-02-30"`), "served", "day out of range"},
		{"date missing", editSuspensionJSON(`"served":"2024-02-09"`, `"served":""`), "served", "required"},
		{"date a number", editSuspensionJSON(`"served":"2024-02-09"`, `"served":20240209`), "served", "cannot use a JSON number"},
		{"enum unknown", editSuspensionJSON(`"direction":"import"`, `"direction":"transit"`), "direction", `unknown Direction "transit"`},
		{"enum in capitals", editSuspensionJSON(`"direction":"import"`, `"direction":"IMPORT"`), "", ""},
		{"right type unknown", editSuspensionJSON(`"type":"trademark"`, `"type":"brand"`), "rights[0].type", "brand"},
		{"office closes malformed", editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"5pm"`), "office_closes", "HH:MM"},
		{"office closes at 24:00", editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"24:00"`), "", ""},
		{"office closes after 24:00", editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"24:01"`), "office_closes", "HH:MM"},
		{"office closes at 00:00", editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"00:00"`), "office_closes", "after 00:00"},
		{"office closes at minute 60", editSuspensionJSON(`"office_closes":"17:00"`, `"office_closes":"17:60"`), "office_closes", "HH:MM"},
		{"invalid UTF-8", editSuspensionJSON(`"port":"Shanghai Pudong"`, "\"port\":\"Shanghai\xffPudong\""), "", "not valid UTF-8: byte"},
		{"lone high surrogate", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":"Shanghai\ud83dPudong"`), "", `lone surrogate escape \ud83d`},
		{"high surrogate then another escape", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":"Shanghai\ud83d\u0041"`), "", `lone surrogate escape \ud83d`},
		{"lone low surrogate", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":"Shanghai\uDE00"`), "", `lone surrogate escape \uDE00`},
		{"text of the wrong type", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":["a"]`), "port", "cannot use a JSON array"},
		{"invalid after decoding", editSuspensionJSON(`"reply_by":"2024-02-20"`, `"reply_by":"2024-02-08"`), "reply_by", "not after service"},
		{"too deep", editSuspensionJSON(`"port":"Shanghai Pudong"`, `"port":{"name":{"name":{"name":"x"}}}`), "", "nested more than 3"},
		{"trailing data", fxSuspensionJSON + `{}`, "", ""},
		{"not an object", `["suspension"]`, "", "want a JSON object, not array"},
		{"null", `null`, "kind", "required"},
		{"empty", ``, "", "unexpected end"},
		{"too large", `{"kind":"suspension","port":"` + strings.Repeat("x", maxJSONBytes) + `"}`, "", "more than 1048576"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Parse([]byte(tc.in))
			if tc.name == "amount a number" || tc.name == "enum in capitals" || tc.name == "office closes at 24:00" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, ErrInvalidNotice)
			var fe FieldErrors
			require.True(t, errors.As(err, &fe), "%T", err)
			assert.Equal(t, tc.field, fe[0].Field, "%v", err)
			assert.Contains(t, err.Error(), tc.why)
			assert.True(t, strings.HasPrefix(err.Error(), "notice: "), "%v", err)
		})
	}
}

// Escapes that encoding/json reads without altering the text are
// accepted: a surrogate pair, and an escaped backslash before "u".
func TestParse_acceptsWholeCharacters(t *testing.T) {
	for in, port := range map[string]string{
		`"port":"Shanghai \ud83d\ude00"`: "Shanghai \U0001F600",
		`"port":"Shanghai \\ud800"`:      `Shanghai \ud800`,
		`"port":"上海 Pudong"`:             "上海 Pudong",
	} {
		n, err := Parse([]byte(editSuspensionJSON(`"port":"Shanghai Pudong"`, in)))
		require.NoError(t, err, in)
		assert.Equal(t, port, n.(Suspension).Port, in)
	}
}

// textProblem reads escapes cut off at the end of its input without
// reading past it.
func TestTextProblem_truncated(t *testing.T) {
	for in, want := range map[string]string{
		`"\ud83d`:       `lone surrogate escape \ud83d at byte 1: not a character`,
		`"\ud83d\ude0`:  `lone surrogate escape \ud83d at byte 1: not a character`,
		`"\ud8`:         "",
		`"\`:            "",
		`"\u0041\ud83d`: `lone surrogate escape \ud83d at byte 7: not a character`,
		"\"ok\xe4\xb8":  "not valid UTF-8: byte 3 is 0xe4",
	} {
		assert.Equal(t, want, textProblem([]byte(in)), "%q", in)
	}
}

// More than MaxLines lines is one problem, found before any line is
// read, however many lines there are and whatever is wrong with them.
func TestPayment_UnmarshalJSON_tooManyLines(t *testing.T) {
	data, err := json.Marshal(fxPayment(t))
	require.NoError(t, err)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &raw))
	var lines []json.RawMessage
	require.NoError(t, json.Unmarshal(raw["lines"], &lines))
	for _, tc := range []struct {
		n    int
		line string
	}{{MaxLines + 1, string(lines[0])}, {MaxLines + 1, `{"kind":"x"}`}, {5000, `{"kind":"x"}`}} {
		raw["lines"] = json.RawMessage("[" + strings.TrimSuffix(strings.Repeat(tc.line+",", tc.n), ",") + "]")
		in, err := json.Marshal(raw)
		require.NoError(t, err)
		var p Payment
		err = p.UnmarshalJSON(in)
		var fe FieldErrors
		require.True(t, errors.As(err, &fe), "%v", err)
		require.Len(t, fe, 1, "%d lines %s", tc.n, tc.line)
		assert.Equal(t, "lines", fe[0].Field)
		assert.Contains(t, err.Error(), "more than 200 lines")
	}
}

// A notice without rights writes "rights":[], never null.
func TestMarshalJSON_noRightsIsEmptyList(t *testing.T) {
	for _, n := range []Notice{func() Notice { n := fxSuspension(t); n.Rights = nil; return n }(),
		func() Notice { n := fxPayment(t); n.Rights = nil; return n }()} {
		data, err := json.Marshal(n)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"rights":[]`)
		assert.NotContains(t, string(data), `"rights":null`)
	}
}

func TestPayment_UnmarshalJSON_strict(t *testing.T) {
	data, err := json.Marshal(fxPayment(t))
	require.NoError(t, err)
	in := string(data)
	for _, tc := range []struct {
		name, old, new, field string
	}{
		{"line kind unknown", `"kind":"storage"`, `"kind":"parking"`, "lines[1].kind"},
		{"line kind of a notice", `"kind":"storage"`, `"kind":"payment"`, "lines[1].kind"},
		{"line amount with 3 places", `"amount":"405.00"`, `"amount":"405.001"`, "lines[2].amount"},
		{"line days with an exponent", `"days":27`, `"days":2.7e1`, "lines[2].days"},
		{"line days huge", `"days":27`, `"days":12345678`, "lines[2].days"},
		{"line basis empty", `"basis":"m3"`, `"basis":""`, "lines[1].basis"},
		{"line rate with 13 places", `"rate":"1.2"`, `"rate":"1.2000000000001"`, "lines[2].rate"},
		{"total not the sum", `"total":"4962.00"`, `"total":"4962.01"`, "total"},
		{"security unknown", `"security":"cash-bond"`, `"security":"pledge"`, "security"},
		{"kind of another notice", `"kind":"payment"`, `"kind":"release"`, "kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, in, tc.old)
			bad := strings.Replace(in, tc.old, tc.new, 1)
			n := fxPayment(t)
			err := json.Unmarshal([]byte(bad), &n)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidNotice)
			assert.Equal(t, tc.field, problemFields(err)[0], "%v", err)
			requireSame(t, fxPayment(t), n) // Unchanged on error.
		})
	}
}

// Each kind's decoder reads its own kind only; Parse reads any.
func TestUnmarshalJSON_kind(t *testing.T) {
	var r Release
	err := json.Unmarshal([]byte(fxSuspensionJSON), &r)
	assert.ErrorIs(t, err, ErrInvalidNotice)
	requireSame(t, Release{}, r)
	var s Suspension
	require.NoError(t, json.Unmarshal([]byte(editSuspensionJSON(`"kind":"suspension"`, `"kind":"Suspension"`)), &s))
	err = json.Unmarshal([]byte(editSuspensionJSON(`"kind":"suspension",`, ``)), &s)
	assert.Equal(t, []string{"kind"}, problemFields(err))
}

// Generated valid notices survive the round trip through JSON unchanged.
func TestParse_roundTrip(t *testing.T) {
	props := testgen.Properties(t, 300)
	props.Property("Parse(json.Marshal(n)) = n", prop.ForAll(
		func(k int, seed int64) string {
			n := randomNotice(rand.New(rand.NewSource(seed)), Kinds()[k])
			if err := precheck(n); err != nil {
				return "the generator made an invalid notice: " + err.Error()
			}
			data, err := json.Marshal(n)
			if err != nil {
				return "Marshal: " + err.Error()
			}
			back, err := Parse(data)
			if err != nil {
				return "Parse: " + err.Error() + "\n" + string(data)
			}
			if d := noticeDiff(n, back); d != "" {
				return "differs at " + d + "\n" + string(data)
			}
			again, err := json.Marshal(back)
			if err != nil || string(again) != string(data) {
				return "Marshal(Parse(data)) is not data"
			}
			return ""
		},
		gen.IntRange(0, len(Kinds())-1), gen.Int64(),
	))
	props.TestingRun(t)
}

// randomNotice returns a valid notice of kind k (precheck passes; its
// dates need not be working days), drawn from r.
func randomNotice(r *rand.Rand, k Kind) Notice {
	day := fxDay("2020-01-01").AddDays(calendar.Days(r.Intn(2800)))
	next := func(min, spread int) calendar.Date {
		day = day.AddDays(calendar.Days(min + r.Intn(spread+1)))
		return day
	}
	h := Header{Number: rText(r, 1, 20), Office: rText(r, 1, 60), Case: rText(r, 1, 36),
		Contact: Contact{Name: rText(r, 1, 30), Phone: "+86 " + strconv.Itoa(r.Intn(1e8))}}
	if r.Intn(2) == 0 {
		h.Contact.Email = "desk" + strconv.Itoa(r.Intn(100)) + "@customs.example.cn"
	}
	goods := Goods{Description: rText(r, 1, 80), Quantity: rNumber(r, enforcement.MaxQuantity, 6, true), Unit: rText(r, 1, 10), Value: rMoney(r, maxFen)}
	holder, consignee := rParty(r, true), rParty(r, false)
	rs := rRights(r)
	switch k {
	case KindPayment:
		detained := next(0, 0)
		n := Payment{Payer: holder, Rights: rs, Detained: detained, Goods: goods,
			Warehouse: Warehouse{Name: rText(r, 1, 40)}, Payee: Payee{Name: rText(r, 1, 40), Bank: rText(r, 1, 40), Account: rText(r, 1, 30)},
			Security: Security(1 + r.Intn(3))}
		if r.Intn(2) == 0 {
			n.Detention = rText(r, 1, 20)
		}
		n.From = next(0, 5)
		n.To = next(0, 200)
		lines := 1 + r.Intn(12)
		var sum int64
		latest := n.To
		for i := 0; i < lines; i++ {
			first := detained.AddDays(calendar.Days(r.Intn(int(n.To.DaysSince(detained)) + 1)))
			l := Line{Kind: storagecost.Kind(1 + r.Intn(8)), Description: rText(r, 1, 30), Unit: rText(r, 0, 5),
				Quantity: rNumber(r, maxLineQuantity, maxLinePlaces, false), Rate: rNumber(r, maxRate, maxRatePlaces, false),
				First: first, Last: first, Amount: rMoney(r, 1e11)}
			if r.Intn(2) == 0 { // A per-day line charges days of From..To.
				period := int(n.To.DaysSince(n.From)) + 1
				l.First = n.From.AddDays(calendar.Days(r.Intn(period)))
				l.Per = storagecost.PerDay
				l.Basis = storagecost.Basis(1 + r.Intn(9))
				l.Days = 1 + r.Intn(min(100, int(n.To.DaysSince(l.First))+1))
				l.Last = l.First.AddDays(calendar.Days(l.Days - 1))
			} else if r.Intn(2) == 0 {
				l.Per = storagecost.Once
			}
			rLineMethod(r, &l)
			if l.Last.After(latest) {
				latest = l.Last
			}
			sum += fenOfChecked(l.Amount)
			n.Lines = append(n.Lines, l)
		}
		day = latest
		h.Issued = next(0, 30)
		n.Received = next(0, 10)
		n.DueDate = next(1, 20)
		n.Total = decimal.New(sum, -2)
		n.PaidToWarehouse = decimal.New(r.Int63n(sum+1), -2)
		n.Due = n.Total.Sub(n.PaidToWarehouse)
		n.Bond = rMoney(r, maxFen)
		if n.Security != GeneralBond && n.Bond.IsZero() {
			n.Bond = decimal.New(1, 0)
		}
		n.Header = h
		return n
	case KindSuspension:
		h.Issued = next(0, 0)
		served := next(0, 3)
		n := Suspension{Header: h, Holder: holder, Rights: rs, Goods: goods, Consignee: consignee, Port: rText(r, 1, 30),
			Direction: enforcement.Direction(1 + r.Intn(2)), Served: served, ReplyBy: next(1, 10),
			OfficeCloses: time.Duration(1+r.Intn(24*60)) * time.Minute, Bond: rMoney(r, maxFen)}
		if n.Bond.IsZero() && !allTrademarks(n.Rights) { // Only trademarks rely on a general bond (R-GB-1).
			n.Bond = decimal.New(1, 0)
		}
		return n
	case KindDetentionReceipt:
		detained := next(0, 0)
		h.Issued = next(0, 10)
		return DetentionReceipt{Header: h, Consignee: consignee, Holder: holder, Rights: rs, Goods: goods, Port: rText(r, 1, 30),
			Direction: enforcement.Direction(1 + r.Intn(2)), Track: enforcement.Track(1 + r.Intn(2)), Detained: detained}
	case KindInvestigationResult:
		detained := next(0, 0)
		n := InvestigationResult{Holder: holder, Consignee: consignee, Rights: rs, Goods: goods, Detained: detained,
			Determined: next(0, 40), Result: enforcement.Result(1 + r.Intn(3))}
		h.Issued = n.Determined.AddDays(calendar.Days(r.Intn(3)))
		if n.Result == enforcement.Undetermined {
			n.CourtBy = later(n.Determined, detained.AddDays(1)).AddDays(calendar.Days(r.Intn(80)))
		}
		n.Header = h
		return n
	case KindRelease:
		n := Release{Holder: holder, Consignee: consignee, Rights: rs, Goods: goods}
		released := releasedStates()
		n.Reason = released[r.Intn(len(released))]
		if r.Intn(3) > 0 {
			n.Detained = next(0, 0)
		}
		n.Released = next(0, 90)
		if !n.Detained.IsZero() {
			n.PreservationBy = n.Released.AddDays(calendar.Days(1 + r.Intn(40)))
		}
		h.Issued = next(0, 5)
		n.Header = h
		return n
	case KindConfiscation:
		n := Confiscation{Consignee: rParty(r, true), Holder: holder, Rights: rs, Goods: goods, Fine: rMoney(r, maxFen)}
		if r.Intn(2) == 0 {
			n.Decision = rText(r, 1, 20)
		}
		n.Detained = next(0, 0)
		h.Issued = next(0, 60)
		n.Served = next(0, 5)
		n.FeeCap = next(1, 100)
		n.Header = h
		return n
	}
	patent := Right{Type: rights.PatentDesign, Number: rText(r, 0, 20)}
	patents := []Right{patent} // Patent goods only (R-REL-1).
	for _, rt := range rs {
		if rt.Type.IsPatent() {
			patents = append(patents, rt)
		}
	}
	n := CounterGuarantee{Holder: holder, Consignee: rParty(r, true), Rights: patents, Goods: goods}
	n.Amount = rMoney(r, maxFen).Add(decimal.New(1, -2))
	if r.Intn(2) == 0 {
		n.Goods.Value = n.Amount
	} else {
		n.Goods.Value = decimal.Zero
	}
	if len(n.Rights) > MaxRights {
		n.Rights = n.Rights[len(n.Rights)-MaxRights:]
	}
	n.Released = next(0, 0)
	h.Issued = next(0, 5)
	n.Served = next(0, 5)
	n.SuitBy = next(1, 60)
	n.Header = h
	return n
}

// releasedStates returns the released leaf states.
func releasedStates() []enforcement.State {
	var out []enforcement.State
	for _, s := range enforcement.States() {
		if s.In(enforcement.Released) && !s.IsComposite() {
			out = append(out, s)
		}
	}
	return out
}

// textRunes are the characters of generated text: ASCII, Chinese, accents,
// the characters JSON and HTML escape, and one outside the BMP.
var textRunes = []rune("abcXYZ019 -/.,&<>'\"\\中国海关上海浦东é😀")

// rText returns text of min to max bytes (min is 0 or 1).
func rText(r *rand.Rand, min, max int) string {
	n := min + r.Intn(max-min+1)
	var b []rune
	size := 0
	for len(b) < n {
		c := textRunes[r.Intn(len(textRunes))]
		if size+len(string(c)) > max {
			c = 'y'
			if size+1 > max {
				break
			}
		}
		b = append(b, c)
		size += len(string(c))
	}
	s := strings.TrimSpace(string(b))
	if s == "" && min > 0 {
		s = "x"
	}
	return s
}

func rParty(r *rand.Rand, required bool) Party {
	if !required && r.Intn(3) == 0 {
		return Party{}
	}
	p := Party{Name: rText(r, 1, 40)}
	if r.Intn(2) == 0 {
		p.Identifier = rText(r, 1, 18)
	}
	if r.Intn(2) == 0 {
		p.Address = rText(r, 1, 60)
	}
	return p
}

func rRights(r *rand.Rand) []Right {
	n := r.Intn(4)
	if n == 0 {
		return nil
	}
	types := rights.Types()
	out := make([]Right, n)
	for i := range out {
		out[i] = Right{Type: types[r.Intn(len(types))], Number: rText(r, 0, 20), Recordation: rText(r, 0, 12)}
	}
	return out
}

// rLineMethod gives l a method, drawn from r, with the numbers Validate
// requires of it (checkMethod): the zero Method (by rate) or one of
// storagecost's, a bracket's UpTo at least the quantity, a Minimum the
// amount was raised or topped up to.
func rLineMethod(r *rand.Rand, l *Line) {
	l.Method = storagecost.Method(r.Intn(int(storagecost.FreeDays) + 1))
	if l.Kind == storagecost.Minimum && l.Method != storagecost.MethodUnknown {
		l.Method = storagecost.ToMinimum // The bill's minimum is a top-up.
	}
	if l.Per == storagecost.PerDay && (l.Method == storagecost.Flat || l.Method == storagecost.PassedThrough) {
		l.Method = storagecost.ByRate // Charged once only.
	}
	if l.Per != storagecost.PerDay && l.Method == storagecost.FreeDays {
		l.Method = storagecost.ByRate
	}
	switch l.Method {
	case storagecost.MethodUnknown, storagecost.ByRate, storagecost.Flat:
		if r.Intn(2) == 0 {
			if upTo := rNumber(r, maxLineQuantity, maxLinePlaces, true); upTo.LessThan(l.Quantity) {
				l.UpTo, l.Quantity = l.Quantity, upTo
			} else {
				l.UpTo = upTo
			}
		}
	case storagecost.ToMinimum:
		l.Quantity, l.Rate, l.Days, l.Last = decimal.Zero, decimal.Zero, 0, l.First
		if l.Amount.IsZero() {
			l.Amount = decimal.New(1+r.Int63n(1e6), -2)
		}
		l.Minimum = l.Amount.Add(decimal.New(r.Int63n(1e6), -2))
		return
	case storagecost.FreeDays:
		l.Rate, l.Amount = decimal.Zero, decimal.Zero
		return
	}
	if l.Method == storagecost.Flat || l.Method == storagecost.PassedThrough {
		l.Rate = decimal.Zero // Its amount is the tariff's, or the cost.
		if r.Intn(4) == 0 {   // Raised to its minimum.
			l.Minimum = l.Amount
		}
		return
	}
	// By rate: the amount is quantity × rate (× days) by one of the
	// rounding rules, at most 10^9 CNY.
	days := decimal.New(int64(max(l.Days, 1)), 0)
	exact := l.Quantity.Mul(l.Rate).Mul(days)
	if exact.GreaterThan(decimal.New(1, 9)) {
		l.Rate = rNumber(r, 1000, maxRatePlaces, false)
		if l.Quantity.GreaterThan(decimal.New(1000, 0)) && l.UpTo.IsZero() {
			l.Quantity = rNumber(r, 1000, maxLinePlaces, false)
		}
		exact = l.Quantity.Mul(l.Rate).Mul(days)
		for exact.GreaterThan(decimal.New(1, 9)) {
			l.Rate = l.Rate.Shift(-3).Truncate(maxRatePlaces)
			exact = l.Quantity.Mul(l.Rate).Mul(days)
		}
	}
	l.Amount = [...]func(int32) decimal.Decimal{exact.Round, exact.RoundCeil, exact.RoundFloor, exact.RoundBank}[r.Intn(4)](2)
	if r.Intn(4) == 0 { // Raised to its minimum, which the product falls short of.
		l.Minimum = exact.RoundFloor(2).Add(decimal.New(1+r.Int63n(1e6), -2))
		l.Amount = l.Minimum
	}
}

// rMoney returns an amount from 0 to max fen, with 0 or 2 decimal places.
func rMoney(r *rand.Rand, max int64) decimal.Decimal {
	if r.Intn(5) == 0 {
		return decimal.Zero
	}
	f := r.Int63n(max + 1)
	if r.Intn(3) == 0 {
		return decimal.New(f/100, 0)
	}
	return decimal.New(f, -2)
}

// rNumber returns a number from 0 (1 if positive) to below limit with up
// to places decimal places.
func rNumber(r *rand.Rand, limit int64, places int32, positive bool) decimal.Decimal {
	if !positive && r.Intn(5) == 0 {
		return decimal.Zero
	}
	p := r.Int31n(places + 1)
	scale := int64(1)
	for i := int32(0); i < p && i < 18; i++ {
		scale *= 10
	}
	v := decimal.New(r.Int63n(limit), 0).Add(decimal.New(r.Int63n(scale), -p))
	if v.IsZero() {
		return decimal.New(1, 0)
	}
	return v
}
