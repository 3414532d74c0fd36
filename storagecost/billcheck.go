package storagecost

import (
	"encoding/json"
	"fmt"

	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Validate reports every way b's numbers fail to add up, as [FieldErrors]
// matching [ErrInvalidBill]: a line whose amount is not its arithmetic
// (quantity × rate × days, rounded by its rounding rule, raised to its
// minimum), a subtotal that is not the sum of its kind's lines, a total
// that is not the sum of the lines, an amount that is negative or not in
// fen. A bill from [Calculate], [Accrued] or [Between] is always valid; use
// Validate on a bill that comes from elsewhere, such as JSON.
func (b Bill) Validate() error {
	p := problems{subject: "bill", err: ErrInvalidBill}
	if len(b.Lines) > maxBillLines {
		p.addf("lines", "", "%d lines, more than %d", len(b.Lines), maxBillLines)
		return p.list
	}
	sums := map[Kind]decimal.Decimal{}
	var total decimal.Decimal
	for i, l := range b.Lines {
		f := fmt.Sprintf("lines[%d].", i)
		if reason := l.check(); reason != "" {
			p.add(f+"amount", l.Amount.String(), reason)
		}
		if !l.Kind.IsValid() {
			p.add(f+"kind", l.Kind.String(), "unknown kind")
		}
		sums[l.Kind] = sums[l.Kind].Add(l.Amount)
		total = total.Add(l.Amount)
	}
	seen := map[Kind]bool{}
	for i, s := range b.Subtotals {
		f := fmt.Sprintf("subtotals[%d].amount", i)
		switch {
		case seen[s.Kind]:
			p.add(f, s.Amount.String(), "a second subtotal of kind "+s.Kind.String())
		case !s.Amount.Equal(sums[s.Kind]):
			p.add(f, s.Amount.String(), "not the sum of the "+s.Kind.String()+" lines, "+sums[s.Kind].StringFixed(2))
		}
		seen[s.Kind] = true
	}
	for k := range sums {
		if !seen[k] {
			p.add("subtotals", "", "no subtotal of kind "+k.String())
		}
	}
	if !b.Total.Equal(total) {
		p.add("total", b.Total.String(), "not the sum of the lines, "+total.StringFixed(2))
	}
	return p.list.orNil()
}

// check says why l's amount is not what its numbers make it, or "".
func (l Line) check() string {
	if reason := checkAmount(l.Amount); reason != "" {
		return reason
	}
	if l.Amount.Exponent() < -2 && !l.Amount.Equal(l.Amount.Round(2)) {
		return "not a whole number of fen"
	}
	for _, n := range []decimal.Decimal{l.Quantity, l.Rate, l.Minimum, l.Exact} {
		if reason := checkAmount(n); reason != "" {
			return "its quantity, rate, minimum or exact amount: " + reason
		}
	}
	var want decimal.Decimal
	switch l.Method {
	case ByRate:
		days := int64(1)
		if l.Per == PerDay {
			days = int64(l.Days)
		}
		if l.Days < 0 || l.Days > MaxStayDays {
			return fmt.Sprintf("%d days", l.Days)
		}
		// Decimal arithmetic, independent of the int64 path that
		// computed the bill.
		if exact := l.Quantity.Mul(l.Rate).Mul(decimal.New(days, 0)); !exact.Equal(l.Exact) {
			return fmt.Sprintf("exact amount %s is not %s × %s × %d = %s", l.Exact, l.Quantity, l.Rate, days, exact)
		}
		want = round(l.Exact, l.Rounding)
	case Flat, PassedThrough:
		want = round(l.Exact, l.Rounding)
	case ToMinimum:
		if want = l.Minimum.Sub(l.Exact); want.Sign() <= 0 {
			return "a top-up of a sum that is not below the minimum"
		}
		if !l.Amount.Equal(want) {
			return "not the minimum " + l.Minimum.StringFixed(2) + " less " + l.Exact.StringFixed(2)
		}
		return ""
	case FreeDays:
		if !l.Amount.IsZero() {
			return "free days charged"
		}
		return ""
	default:
		return "unknown method " + l.Method.String()
	}
	if l.Minimum.Sign() > 0 && want.LessThan(l.Minimum) {
		want = l.Minimum
	}
	if !l.Amount.Equal(want) {
		return "not the rounded amount " + want.StringFixed(2)
	}
	return ""
}

const maxBillLines = 1 << 20 // Above the most lines the limits on a Schedule allow.

// checkAmount says why d cannot be a number of a bill: negative, more
// than 3 × MaxPlaces decimal places (a quantity × a rate × a multiplier),
// or more than the largest product of a rate, a multiplier, a quantity and
// a stay's days.
func checkAmount(d decimal.Decimal) string {
	switch exp := d.Exponent(); {
	case d.Sign() < 0:
		return "negative"
	case exp < -3*MaxPlaces:
		return fmt.Sprintf("more than %d decimal places", 3*MaxPlaces)
	case d.NumDigits()+int(exp) > 34:
		return "too large"
	}
	return ""
}

// MarshalJSON implements [json.Marshaler]: the line's fields, its amount
// with two decimal places ("64.70", as a bill prints it), and its
// explanation, as [Line.Explain] gives it.
func (l Line) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		lineJSON
		Amount      money  `json:"amount"`
		Explanation string `json:"explanation"`
	}{lineJSON(l), money(l.Amount), l.Explain()})
}

// MarshalJSON implements [json.Marshaler], with the amount in two decimal
// places.
func (s Subtotal) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kind   Kind  `json:"kind"`
		Amount money `json:"amount"`
	}{s.Kind, money(s.Amount)})
}

// MarshalJSON implements [json.Marshaler]: the bill's fields, with the
// total and every line's and subtotal's amount in two decimal places.
func (b Bill) MarshalJSON() ([]byte, error) {
	// The lines and subtotals are encoded in the one pass over the bill,
	// as their own MarshalJSON encodes them, but not by calling it:
	// encoding/json would scan and copy the output of each again.
	var lines []lineOut // Nil lines are "null", as they always were.
	if b.Lines != nil {
		lines = make([]lineOut, len(b.Lines))
		for i, l := range b.Lines {
			lines[i] = lineOut{lineJSON(l), money(l.Amount), l.Explain()}
		}
	}
	var subtotals []subtotalOut
	if b.Subtotals != nil {
		subtotals = make([]subtotalOut, len(b.Subtotals))
		for i, s := range b.Subtotals {
			subtotals[i] = subtotalOut{s.Kind, money(s.Amount)}
		}
	}
	// Bill's last three fields shadow billJSON's and follow its others,
	// in Bill's order.
	return json.Marshal(struct {
		billJSON
		Lines     []lineOut     `json:"lines"`
		Subtotals []subtotalOut `json:"subtotals"`
		Total     money         `json:"total"`
	}{billJSON(b), lines, subtotals, money(b.Total)})
}

// lineOut and subtotalOut are a line and a subtotal as Line.MarshalJSON
// and Subtotal.MarshalJSON write them, for Bill.MarshalJSON
// (TestBill_MarshalJSON_matchesNested holds them to the same bytes).
type (
	lineOut struct {
		lineJSON
		Amount      money  `json:"amount"`
		Explanation string `json:"explanation"`
	}
	subtotalOut struct {
		Kind   Kind  `json:"kind"`
		Amount money `json:"amount"`
	}
)

// money writes an amount as a JSON string with two decimal places.
type money decimal.Decimal

func (m money) MarshalJSON() ([]byte, error) {
	return []byte(`"` + decimal.Decimal(m).StringFixed(2) + `"`), nil
}

// UnmarshalJSON implements [json.Unmarshaler]. The explanation is accepted
// and ignored: it is derived from the other fields.
func (l *Line) UnmarshalJSON(data []byte) error {
	var v struct {
		lineJSON
		Explanation string `json:"explanation"`
	}
	if err := decode(billFormat, data, &v, "bill line", ErrInvalidBill); err != nil {
		return err
	}
	*l = Line(v.lineJSON)
	return nil
}

type lineJSON Line
type billJSON Bill

var billFormat = strictjson.Format{
	MaxBytes: 16 << 20,
	MaxDepth: 4,
	Keys: []string{
		"detained", "from", "to", "final", "outcome", "first", "last", "days", "cap", "capped",
		"lines", "subtotals", "total",
		"kind", "description", "standard", "method", "per", "basis", "unit", "quantity", "rate",
		"base_rate", "multiplier", "from_day", "to_day", "up_to", "minimum", "exact", "rounding",
		"amount", "explanation",
	},
	Scalar: checkBillScalar,
}

// checkBillScalar is checkScalar for a bill, whose rates and exact amounts
// may have up to 3 × MaxPlaces decimal places (a quantity times a rate
// times a multiplier).
func checkBillScalar(key string, v json.Token) error {
	switch key {
	case "quantity", "rate", "base_rate", "multiplier", "up_to", "minimum", "exact", "amount", "total":
		return strictjson.CheckNumberToken(v, 3*MaxPlaces, 2*maxDigits)
	}
	return checkScalar(key, v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes a bill as
// [json.Marshal] writes it, strictly, and checks that its numbers add up
// ([Bill.Validate]). On error b is unchanged.
func (b *Bill) UnmarshalJSON(data []byte) error {
	var v billJSON
	if err := decode(billFormat, data, &v, "bill", ErrInvalidBill); err != nil {
		return err
	}
	if err := Bill(v).Validate(); err != nil {
		return err
	}
	*b = Bill(v)
	return nil
}
