package notice

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The JSON form of a notice is one object: "kind" (the notice's [Kind],
// such as "payment"), the header's fields at the top level, then the
// kind's fields, with the lower_snake_case keys of their struct tags.
// Amounts of money are strings with 2 decimal places ("399.98"),
// quantities and rates strings in their shortest form ("12.5"), dates
// "2006-01-02" (a date that is not set is ""), enums their text codes, and
// OfficeCloses "HH:MM" ("17:00"):
//
//	{"kind":"suspension","number":"SUS-2024-001","office":"Shanghai Pudong Customs",
//	 "issued":"2024-02-09","case":"...","contact":{"name":"...","phone":"..."},
//	 "holder":{"name":"ACME Ltd"},"rights":[{"type":"trademark","number":"1234567","recordation":"T2020-1"}],
//	 ...,"served":"2024-02-09","reply_by":"2024-02-20","office_closes":"17:00","bond":"75000.00"}
//
// A payment notice's line leaves out "basis", "per" and "method" when they
// are not set, and "minimum" and "up_to" when they are zero; a line
// without "method", as written before lines stated one, is charged by
// rate ([Line.Method]).
//
// Decoding is strict: at most 1 MiB nested at most 3 deep, valid UTF-8
// with no lone surrogate escape ("\ud800"), which encoding/json would
// silently turn into U+FFFD, keys exactly as written here and none unknown
// or repeated, "kind" present and the kind's own, no trailing data, at
// most [MaxLines] lines, and every number in plain decimal
// notation: an amount with at most 2 decimal places, a quantity with at
// most 9, a rate with at most 12, so that an exponent bomb such as
// 1e999999 or 0e-100000000 is rejected before any arithmetic. A decoded
// notice is checked as Validate checks it, without the calendar (whether
// a date is a working day needs one: call Validate). Every error is
// [FieldErrors] matching [ErrInvalidNotice], naming the field
// ("lines[3].amount"); on error the receiver is unchanged.

const (
	maxJSONBytes = 1 << 20
	maxJSONDepth = 3
	// maxNumberChars bounds the text of a number in JSON.
	maxNumberChars = 40
	// maxDaysChars bounds the text of a line's day count.
	maxDaysChars = 6
)

// Parse decodes a notice of any kind from its JSON form, as the kind's
// UnmarshalJSON does, choosing the kind by the "kind" key: the result is a
// [Payment], a [Suspension], a [DetentionReceipt], an
// [InvestigationResult], a [Release], a [Confiscation] or a
// [CounterGuarantee], checked as Validate checks it without the calendar.
// Errors are [FieldErrors] matching [ErrInvalidNotice].
func Parse(data []byte) (Notice, error) {
	k, err := kindOf(data)
	if err != nil {
		return nil, err
	}
	switch k {
	case KindPayment:
		return parseAs[Payment](data)
	case KindSuspension:
		return parseAs[Suspension](data)
	case KindDetentionReceipt:
		return parseAs[DetentionReceipt](data)
	case KindInvestigationResult:
		return parseAs[InvestigationResult](data)
	case KindRelease:
		return parseAs[Release](data)
	case KindConfiscation:
		return parseAs[Confiscation](data)
	default:
		return parseAs[CounterGuarantee](data)
	}
}

func parseAs[N Notice, P interface {
	*N
	json.Unmarshaler
}](data []byte) (Notice, error) {
	var n N
	if err := P(&n).UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return n, nil
}

// kindOf returns the kind a notice's JSON names. It reads the whole input
// once, leniently; the kind's decoder then reads it strictly.
func kindOf(data []byte) (Kind, error) {
	p := &problems{}
	if len(data) > maxJSONBytes {
		p.addf("", "", "%d bytes, more than %d", len(data), maxJSONBytes)
		return KindUnknown, p.list
	}
	var probe struct {
		Kind json.RawMessage `json:"kind"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		reason := err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			reason = "want a JSON object, not " + te.Value
		}
		p.add("", "", reason)
		p.list[0].wrapped = err
		return KindUnknown, p.list
	}
	want := "want one of " + strings.Join(kindNames(), ", ")
	if probe.Kind == nil {
		p.add("kind", "", "required: "+want)
		return KindUnknown, p.list
	}
	var code string
	if err := json.Unmarshal(probe.Kind, &code); err != nil {
		p.add("kind", string(probe.Kind), want)
		return KindUnknown, p.list
	}
	k, err := kindCodes.Parse([]byte(code))
	if err != nil {
		p.add("kind", code, want)
		p.list[0].wrapped = err
		return KindUnknown, p.list
	}
	return k, nil
}

func kindNames() []string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, k.String())
	}
	return names
}

// MarshalJSON implements [json.Marshaler] with the JSON form above. It
// fails, with the [FieldErrors] of precheck, for a notice that is not
// valid (Validate without the calendar), so that what it writes always
// decodes.
func (n Payment) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	lines := make([]lineJSON, len(n.Lines))
	for i, l := range n.Lines {
		lines[i] = lineJSON{
			Kind: l.Kind.String(), Description: l.Description, Basis: l.Basis, Per: l.Per, Unit: l.Unit,
			Quantity: quantityJSON(l.Quantity), Rate: quantityJSON(l.Rate), Days: l.Days, First: l.First, Last: l.Last,
			Amount: moneyJSON(l.Amount), Method: l.Method,
		}
		if !l.Minimum.IsZero() {
			m := moneyJSON(l.Minimum)
			lines[i].Minimum = &m
		}
		if !l.UpTo.IsZero() {
			q := quantityJSON(l.UpTo)
			lines[i].UpTo = &q
		}
	}
	return json.Marshal(paymentJSON{
		headJSON: headOf(n), Payer: n.Payer, Rights: rightsJSON(n.Rights), Detention: n.Detention,
		Detained: n.Detained, Goods: goodsJSONOf(n.Goods), Warehouse: n.Warehouse, From: n.From, To: n.To,
		Lines: lines, Total: moneyJSON(n.Total), PaidToWarehouse: moneyJSON(n.PaidToWarehouse),
		Due: moneyJSON(n.Due), Payee: n.Payee, Received: n.Received, DueDate: n.DueDate,
		Security: n.Security, Bond: moneyJSON(n.Bond),
	})
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes a payment
// notice strictly (see [Payment.MarshalJSON]) and checks it as
// [Payment.Validate] does without the calendar. On error n is unchanged.
func (n *Payment) UnmarshalJSON(data []byte) error {
	var j paymentJSON
	if err := decodeStrict(KindPayment, paymentFormat, data, &j); err != nil {
		return err
	}
	p := &problems{kind: KindPayment}
	if len(j.Lines) > MaxLines {
		// Before any line is looked at: one problem, not one a line.
		p.addf("lines", strconv.Itoa(len(j.Lines)), "more than %d lines", MaxLines)
		return p.list
	}
	j.headJSON.check(p, KindPayment)
	v := Payment{
		Header: j.Header, Payer: j.Payer, Rights: rightsOfJSON(j.Rights), Detention: j.Detention,
		Detained: j.Detained, Goods: j.Goods.goods(), Warehouse: j.Warehouse, From: j.From, To: j.To,
		Total: decimal.Decimal(j.Total), PaidToWarehouse: decimal.Decimal(j.PaidToWarehouse),
		Due: decimal.Decimal(j.Due), Payee: j.Payee, Received: j.Received, DueDate: j.DueDate,
		Security: j.Security, Bond: decimal.Decimal(j.Bond),
	}
	if len(j.Lines) > 0 {
		v.Lines = make([]Line, len(j.Lines))
		for i, l := range j.Lines {
			var kind storagecost.Kind
			if err := kind.UnmarshalText([]byte(l.Kind)); err != nil {
				p.add("lines["+strconv.Itoa(i)+"].kind", l.Kind, trimPackage(err))
				p.list[len(p.list)-1].wrapped = err
			}
			v.Lines[i] = Line{
				Kind: kind, Description: l.Description, Basis: l.Basis, Per: l.Per, Unit: l.Unit,
				Quantity: decimal.Decimal(l.Quantity), Rate: decimal.Decimal(l.Rate), Days: l.Days,
				First: l.First, Last: l.Last, Amount: decimal.Decimal(l.Amount), Method: l.Method,
			}
			if l.Minimum != nil {
				v.Lines[i].Minimum = decimal.Decimal(*l.Minimum)
			}
			if l.UpTo != nil {
				v.Lines[i].UpTo = decimal.Decimal(*l.UpTo)
			}
		}
	}
	if len(p.list) == 0 {
		v.validate(p, nil)
	}
	if len(p.list) > 0 {
		return p.list
	}
	*n = v
	return nil
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n Suspension) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(suspensionJSON{
		headJSON: headOf(n), Holder: n.Holder, Rights: rightsJSON(n.Rights), Goods: goodsJSONOf(n.Goods),
		Consignee: n.Consignee, Port: n.Port, Direction: n.Direction, Served: n.Served, ReplyBy: n.ReplyBy,
		OfficeCloses: clockJSON(n.OfficeCloses), Bond: moneyJSON(n.Bond),
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for a suspension notice. On error n is unchanged.
func (n *Suspension) UnmarshalJSON(data []byte) error {
	var j suspensionJSON
	if err := decodeStrict(KindSuspension, suspensionFormat, data, &j); err != nil {
		return err
	}
	v := Suspension{
		Header: j.Header, Holder: j.Holder, Rights: rightsOfJSON(j.Rights), Goods: j.Goods.goods(),
		Consignee: j.Consignee, Port: j.Port, Direction: j.Direction, Served: j.Served, ReplyBy: j.ReplyBy,
		OfficeCloses: time.Duration(j.OfficeCloses), Bond: decimal.Decimal(j.Bond),
	}
	return finishDecode(KindSuspension, j.headJSON, v, n)
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n DetentionReceipt) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(detentionReceiptJSON{
		headJSON: headOf(n), Consignee: n.Consignee, Holder: n.Holder, Rights: rightsJSON(n.Rights),
		Goods: goodsJSONOf(n.Goods), Port: n.Port, Direction: n.Direction, Track: n.Track, Detained: n.Detained,
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for a detention receipt. On error n is unchanged.
func (n *DetentionReceipt) UnmarshalJSON(data []byte) error {
	var j detentionReceiptJSON
	if err := decodeStrict(KindDetentionReceipt, detentionReceiptFormat, data, &j); err != nil {
		return err
	}
	v := DetentionReceipt{
		Header: j.Header, Consignee: j.Consignee, Holder: j.Holder, Rights: rightsOfJSON(j.Rights),
		Goods: j.Goods.goods(), Port: j.Port, Direction: j.Direction, Track: j.Track, Detained: j.Detained,
	}
	return finishDecode(KindDetentionReceipt, j.headJSON, v, n)
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n InvestigationResult) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(investigationResultJSON{
		headJSON: headOf(n), Holder: n.Holder, Consignee: n.Consignee, Rights: rightsJSON(n.Rights),
		Goods: goodsJSONOf(n.Goods), Detained: n.Detained, Determined: n.Determined, Result: n.Result, CourtBy: n.CourtBy,
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for the notice of an investigation's result. On error n is
// unchanged.
func (n *InvestigationResult) UnmarshalJSON(data []byte) error {
	var j investigationResultJSON
	if err := decodeStrict(KindInvestigationResult, investigationResultFormat, data, &j); err != nil {
		return err
	}
	v := InvestigationResult{
		Header: j.Header, Holder: j.Holder, Consignee: j.Consignee, Rights: rightsOfJSON(j.Rights),
		Goods: j.Goods.goods(), Detained: j.Detained, Determined: j.Determined, Result: j.Result, CourtBy: j.CourtBy,
	}
	return finishDecode(KindInvestigationResult, j.headJSON, v, n)
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n Release) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(releaseJSON{
		headJSON: headOf(n), Holder: n.Holder, Consignee: n.Consignee, Rights: rightsJSON(n.Rights),
		Goods: goodsJSONOf(n.Goods), Detained: n.Detained, Released: n.Released, Reason: n.Reason,
		PreservationBy: n.PreservationBy,
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for a release notice. On error n is unchanged.
func (n *Release) UnmarshalJSON(data []byte) error {
	var j releaseJSON
	if err := decodeStrict(KindRelease, releaseFormat, data, &j); err != nil {
		return err
	}
	v := Release{
		Header: j.Header, Holder: j.Holder, Consignee: j.Consignee, Rights: rightsOfJSON(j.Rights),
		Goods: j.Goods.goods(), Detained: j.Detained, Released: j.Released, Reason: j.Reason,
		PreservationBy: j.PreservationBy,
	}
	return finishDecode(KindRelease, j.headJSON, v, n)
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n Confiscation) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(confiscationJSON{
		headJSON: headOf(n), Consignee: n.Consignee, Holder: n.Holder, Rights: rightsJSON(n.Rights),
		Goods: goodsJSONOf(n.Goods), Decision: n.Decision, Detained: n.Detained, Served: n.Served,
		FeeCap: n.FeeCap, Fine: moneyJSON(n.Fine),
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for a confiscation notice. On error n is unchanged.
func (n *Confiscation) UnmarshalJSON(data []byte) error {
	var j confiscationJSON
	if err := decodeStrict(KindConfiscation, confiscationFormat, data, &j); err != nil {
		return err
	}
	v := Confiscation{
		Header: j.Header, Consignee: j.Consignee, Holder: j.Holder, Rights: rightsOfJSON(j.Rights),
		Goods: j.Goods.goods(), Decision: j.Decision, Detained: j.Detained, Served: j.Served,
		FeeCap: j.FeeCap, Fine: decimal.Decimal(j.Fine),
	}
	return finishDecode(KindConfiscation, j.headJSON, v, n)
}

// MarshalJSON implements [json.Marshaler] with the JSON form of
// [Payment.MarshalJSON]; it fails for a notice that is not valid.
func (n CounterGuarantee) MarshalJSON() ([]byte, error) {
	if err := n.check(nil); err != nil {
		return nil, err
	}
	return json.Marshal(counterGuaranteeJSON{
		headJSON: headOf(n), Holder: n.Holder, Consignee: n.Consignee, Rights: rightsJSON(n.Rights),
		Goods: goodsJSONOf(n.Goods), Amount: moneyJSON(n.Amount), Released: n.Released, Served: n.Served,
		SuitBy: n.SuitBy,
	})
}

// UnmarshalJSON implements [json.Unmarshaler] as [Payment.UnmarshalJSON]
// does, for the notice of a release against a counter-guarantee. On error
// n is unchanged.
func (n *CounterGuarantee) UnmarshalJSON(data []byte) error {
	var j counterGuaranteeJSON
	if err := decodeStrict(KindCounterGuarantee, counterGuaranteeFormat, data, &j); err != nil {
		return err
	}
	v := CounterGuarantee{
		Header: j.Header, Holder: j.Holder, Consignee: j.Consignee, Rights: rightsOfJSON(j.Rights),
		Goods: j.Goods.goods(), Amount: decimal.Decimal(j.Amount), Released: j.Released, Served: j.Served,
		SuitBy: j.SuitBy,
	}
	return finishDecode(KindCounterGuarantee, j.headJSON, v, n)
}

// finishDecode checks the kind of the decoded head and the decoded notice
// v, and stores v in *dst if both pass.
func finishDecode[N interface {
	Notice
	check(*calendar.Calendar) error
}](k Kind, head headJSON, v N, dst *N) error {
	p := &problems{kind: k}
	if head.check(p, k); len(p.list) > 0 {
		return p.list
	}
	if err := v.check(nil); err != nil {
		return err
	}
	*dst = v
	return nil
}

// The JSON shapes.

// headJSON is the kind and the header, which a notice's JSON has at the
// top level.
type headJSON struct {
	Kind string `json:"kind"`
	Header
}

func headOf(n Notice) headJSON { return headJSON{Kind: n.Kind().String(), Header: n.Head()} }

// check adds a problem if the kind is not k.
func (h headJSON) check(p *problems, k Kind) {
	got, err := kindCodes.Parse([]byte(h.Kind))
	switch {
	case h.Kind == "":
		p.add("kind", "", "required: "+k.String())
	case err != nil || got != k:
		p.add("kind", h.Kind, "want "+k.String()+": a "+k.String()+" notice decodes only its own kind (Parse reads any)")
	}
}

type goodsJSON struct {
	Description string       `json:"description"`
	Quantity    quantityJSON `json:"quantity"`
	Unit        string       `json:"unit"`
	Value       moneyJSON    `json:"value"`
}

func goodsJSONOf(g Goods) goodsJSON {
	return goodsJSON{Description: g.Description, Quantity: quantityJSON(g.Quantity), Unit: g.Unit, Value: moneyJSON(g.Value)}
}

func (g goodsJSON) goods() Goods {
	return Goods{Description: g.Description, Quantity: decimal.Decimal(g.Quantity), Unit: g.Unit, Value: decimal.Decimal(g.Value)}
}

// rightsJSON writes no rights as [], not null.
func rightsJSON(rs []Right) []Right {
	if rs == nil {
		return []Right{}
	}
	return rs
}

// rightsOfJSON reads [] as no rights, nil, as a constructor leaves them.
func rightsOfJSON(rs []Right) []Right {
	if len(rs) == 0 {
		return nil
	}
	return rs
}

type lineJSON struct {
	Kind        string `json:"kind"`
	Description string `json:"description"`
	// Method is left out for the zero Method (a line of a notice written
	// before lines had one), Minimum and UpTo when they are zero: a line
	// without them is a line that has none.
	Method   storagecost.Method `json:"method,omitempty"`
	Basis    storagecost.Basis  `json:"basis,omitempty"`
	Per      storagecost.Per    `json:"per,omitempty"`
	Unit     string             `json:"unit"`
	Quantity quantityJSON       `json:"quantity"`
	Rate     quantityJSON       `json:"rate"`
	UpTo     *quantityJSON      `json:"up_to,omitempty"`
	Days     int                `json:"days"`
	First    calendar.Date      `json:"first"`
	Last     calendar.Date      `json:"last"`
	Minimum  *moneyJSON         `json:"minimum,omitempty"`
	Amount   moneyJSON          `json:"amount"`
}

type paymentJSON struct {
	headJSON
	Payer           Party         `json:"payer"`
	Rights          []Right       `json:"rights"`
	Detention       string        `json:"detention,omitempty"`
	Detained        calendar.Date `json:"detained"`
	Goods           goodsJSON     `json:"goods"`
	Warehouse       Warehouse     `json:"warehouse"`
	From            calendar.Date `json:"from"`
	To              calendar.Date `json:"to"`
	Lines           []lineJSON    `json:"lines"`
	Total           moneyJSON     `json:"total"`
	PaidToWarehouse moneyJSON     `json:"paid_to_warehouse"`
	Due             moneyJSON     `json:"due"`
	Payee           Payee         `json:"payee"`
	Received        calendar.Date `json:"received"`
	DueDate         calendar.Date `json:"due_date"`
	Security        Security      `json:"security"`
	Bond            moneyJSON     `json:"bond"`
}

type suspensionJSON struct {
	headJSON
	Holder       Party                 `json:"holder"`
	Rights       []Right               `json:"rights"`
	Goods        goodsJSON             `json:"goods"`
	Consignee    Party                 `json:"consignee"`
	Port         string                `json:"port"`
	Direction    enforcement.Direction `json:"direction"`
	Served       calendar.Date         `json:"served"`
	ReplyBy      calendar.Date         `json:"reply_by"`
	OfficeCloses clockJSON             `json:"office_closes"`
	Bond         moneyJSON             `json:"bond"`
}

type detentionReceiptJSON struct {
	headJSON
	Consignee Party                 `json:"consignee"`
	Holder    Party                 `json:"holder"`
	Rights    []Right               `json:"rights"`
	Goods     goodsJSON             `json:"goods"`
	Port      string                `json:"port"`
	Direction enforcement.Direction `json:"direction"`
	Track     enforcement.Track     `json:"track"`
	Detained  calendar.Date         `json:"detained"`
}

type investigationResultJSON struct {
	headJSON
	Holder     Party              `json:"holder"`
	Consignee  Party              `json:"consignee"`
	Rights     []Right            `json:"rights"`
	Goods      goodsJSON          `json:"goods"`
	Detained   calendar.Date      `json:"detained"`
	Determined calendar.Date      `json:"determined"`
	Result     enforcement.Result `json:"result"`
	CourtBy    calendar.Date      `json:"court_by"`
}

type releaseJSON struct {
	headJSON
	Holder         Party             `json:"holder"`
	Consignee      Party             `json:"consignee"`
	Rights         []Right           `json:"rights"`
	Goods          goodsJSON         `json:"goods"`
	Detained       calendar.Date     `json:"detained"`
	Released       calendar.Date     `json:"released"`
	Reason         enforcement.State `json:"reason"`
	PreservationBy calendar.Date     `json:"preservation_by"`
}

type confiscationJSON struct {
	headJSON
	Consignee Party         `json:"consignee"`
	Holder    Party         `json:"holder"`
	Rights    []Right       `json:"rights"`
	Goods     goodsJSON     `json:"goods"`
	Decision  string        `json:"decision,omitempty"`
	Detained  calendar.Date `json:"detained"`
	Served    calendar.Date `json:"served"`
	FeeCap    calendar.Date `json:"fee_cap"`
	Fine      moneyJSON     `json:"fine"`
}

type counterGuaranteeJSON struct {
	headJSON
	Holder    Party         `json:"holder"`
	Consignee Party         `json:"consignee"`
	Rights    []Right       `json:"rights"`
	Goods     goodsJSON     `json:"goods"`
	Amount    moneyJSON     `json:"amount"`
	Released  calendar.Date `json:"released"`
	Served    calendar.Date `json:"served"`
	SuitBy    calendar.Date `json:"suit_by"`
}

// moneyJSON writes an amount of money as a string with 2 decimal places
// and reads a string or a number (checkScalar has bounded it).
type moneyJSON decimal.Decimal

func (m moneyJSON) MarshalJSON() ([]byte, error) {
	return strconv.AppendQuote(nil, decimal.Decimal(m).StringFixed(2)), nil
}

func (m *moneyJSON) UnmarshalJSON(data []byte) error {
	return (*decimal.Decimal)(m).UnmarshalJSON(data)
}

// quantityJSON writes a quantity or a rate as a string in its shortest
// form.
type quantityJSON decimal.Decimal

func (q quantityJSON) MarshalJSON() ([]byte, error) {
	return strconv.AppendQuote(nil, decimal.Decimal(q).String()), nil
}

func (q *quantityJSON) UnmarshalJSON(data []byte) error {
	return (*decimal.Decimal)(q).UnmarshalJSON(data)
}

// clockJSON writes a time of day in whole minutes as "17:00".
type clockJSON time.Duration

func (c clockJSON) MarshalJSON() ([]byte, error) {
	return strconv.AppendQuote(nil, clockText(time.Duration(c))), nil
}

func (c *clockJSON) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	d, err := parseClock(s)
	if err != nil {
		return err
	}
	*c = clockJSON(d)
	return nil
}

// parseClock reads "HH:MM" from 00:00 to 24:00. (Validate refuses 00:00:
// an office does not close at the start of the day.)
func parseClock(s string) (time.Duration, error) {
	ok := len(s) == 5 && s[2] == ':'
	h, m := 0, 0
	for i, c := range []byte(s) {
		switch {
		case i == 2:
		case c < '0' || c > '9':
			ok = false
		case i < 2:
			h = h*10 + int(c-'0')
		default:
			m = m*10 + int(c-'0')
		}
	}
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
	if !ok || m > 59 || d > 24*time.Hour {
		return 0, fmt.Errorf("%q: want a time of day HH:MM from 00:00 to 24:00", s)
	}
	return d, nil
}

// The strict formats: the keys of each kind, and the checks of a value
// before it is decoded, so that an error can name its path.

var (
	headerKeys = []string{"kind", "number", "office", "issued", "case", "contact", "name", "phone", "email"}
	partyKeys  = []string{"identifier", "address"} // and "name"
	rightKeys  = []string{"rights", "type", "recordation"}
	goodsKeys  = []string{"goods", "description", "quantity", "unit", "value"}
)

func jsonFormat(keys ...string) strictjson.Format {
	var all []string
	for _, ks := range [][]string{headerKeys, partyKeys, rightKeys, goodsKeys, keys} {
		all = append(all, ks...)
	}
	return strictjson.Format{MaxBytes: maxJSONBytes, MaxDepth: maxJSONDepth, Keys: all, Scalar: checkScalar}
}

var (
	paymentFormat = jsonFormat("payer", "detention", "detained", "warehouse", "from", "to",
		"lines", "basis", "per", "rate", "days", "first", "last", "amount", "method", "minimum", "up_to",
		"total", "paid_to_warehouse", "due", "payee", "bank", "account", "received", "due_date", "security", "bond")
	suspensionFormat          = jsonFormat("holder", "consignee", "port", "direction", "served", "reply_by", "office_closes", "bond")
	detentionReceiptFormat    = jsonFormat("consignee", "holder", "port", "direction", "track", "detained")
	investigationResultFormat = jsonFormat("holder", "consignee", "detained", "determined", "result", "court_by")
	releaseFormat             = jsonFormat("holder", "consignee", "detained", "released", "reason", "preservation_by")
	confiscationFormat        = jsonFormat("consignee", "holder", "decision", "detained", "served", "fee_cap", "fine")
	counterGuaranteeFormat    = jsonFormat("holder", "consignee", "amount", "released", "served", "suit_by")
)

// checkScalar checks a value before it is decoded: numbers bounded and in
// plain notation, dates, enum codes and the office's closing time. A
// value of the wrong JSON type is left to the decoder, which names it.
func checkScalar(key string, v json.Token) error {
	switch key {
	case "value", "total", "paid_to_warehouse", "due", "bond", "amount", "fine", "minimum":
		return strictjson.CheckNumberToken(v, 2, maxNumberChars)
	case "quantity", "up_to":
		return strictjson.CheckNumberToken(v, maxLinePlaces, maxNumberChars)
	case "rate":
		return strictjson.CheckNumberToken(v, maxRatePlaces, maxNumberChars)
	case "days":
		if n, ok := v.(json.Number); ok {
			return strictjson.CheckNumber(string(n), 0, maxDaysChars)
		}
		return nil
	}
	text, ok := v.(string)
	if !ok {
		return nil
	}
	var err error
	switch key {
	case "issued", "detained", "from", "to", "first", "last", "received", "due_date", "served", "reply_by",
		"determined", "court_by", "released", "preservation_by", "fee_cap", "suit_by":
		if text != "" {
			_, err = calendar.ParseDate(text)
		}
	case "type":
		var t rights.Type
		err = t.UnmarshalText([]byte(text))
	case "security":
		var s Security
		err = s.UnmarshalText([]byte(text))
	case "direction":
		var d enforcement.Direction
		err = d.UnmarshalText([]byte(text))
	case "track":
		var t enforcement.Track
		err = t.UnmarshalText([]byte(text))
	case "result":
		var r enforcement.Result
		err = r.UnmarshalText([]byte(text))
	case "reason":
		var s enforcement.State
		err = s.UnmarshalText([]byte(text))
	case "basis":
		var b storagecost.Basis
		err = b.UnmarshalText([]byte(text))
	case "per":
		var p storagecost.Per
		err = p.UnmarshalText([]byte(text))
	case "method":
		var m storagecost.Method
		err = m.UnmarshalText([]byte(text))
	case "office_closes":
		_, err = parseClock(text)
	}
	if err != nil {
		return errors.New(trimPackage(err))
	}
	return nil
}

// decodeStrict decodes data per f into v, turning a failure into FieldErrors of
// kind k that name the field where they can.
func decodeStrict(k Kind, f strictjson.Format, data []byte, v any) error {
	p := problems{kind: k}
	if len(data) <= maxJSONBytes { // Longer is refused by f, unread.
		if why := textProblem(data); why != "" {
			p.add("", "", why)
			return p.list
		}
	}
	err := f.Decode(data, v)
	if err == nil {
		return nil
	}
	var pe *strictjson.PathError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &pe):
		p.add(pe.Path, "", pe.Err.Error())
	case errors.As(err, &te) && te.Field != "":
		p.add(te.Field, "", "cannot use a JSON "+te.Value+" here")
	default:
		p.add("", "", trimPackage(err))
	}
	p.list[0].wrapped = err
	return p.list
}

// textProblem says why data cannot be read as JSON text without altering
// it, or returns "": it is not valid UTF-8, or a string escapes half of a
// UTF-16 surrogate pair ("\ud800" alone). encoding/json would replace
// either with U+FFFD, and the notice decoded would not be the one given.
func textProblem(data []byte) string {
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Sprintf("not valid UTF-8: byte %d is 0x%02x", i, data[i])
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' || i+1 >= len(data) {
			continue
		}
		i++ // The escaped character; a backslash outside a string is a syntax error.
		if data[i] != 'u' {
			continue
		}
		r, ok := hexRune(data, i+1)
		if !ok || !utf16.IsSurrogate(r) {
			continue
		}
		if r < 0xdc00 && len(data) >= i+11 && data[i+5] == '\\' && data[i+6] == 'u' {
			if lo, ok := hexRune(data, i+7); ok && lo >= 0xdc00 && lo <= 0xdfff {
				i += 10 // A pair: its low half is read.
				continue
			}
		}
		return fmt.Sprintf("lone surrogate escape \\u%s at byte %d: not a character", data[i+1:i+5], i-1)
	}
	return ""
}

// hexRune reads the 4 hexadecimal digits of a \u escape at data[i:].
func hexRune(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
