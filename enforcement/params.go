package enforcement

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// ErrNoParameter: a number of the law asked for on a day on which no
// version of it is in force, or one not in [Parameters] at all. The error
// is a *[ParameterError].
var ErrNoParameter = errors.New("enforcement: no parameter in force")

// ErrInvalidParameters: [Parameters] or a [Parameter] that are missing,
// absurd or overlap, or parameters JSON that cannot be decoded.
var ErrInvalidParameters = errors.New("enforcement: invalid parameters")

// ParameterKind names a number of the law that a rule of this package
// uses and that a later text may change: an amount of money in CNY, or a
// rate (a fraction of the goods' value). The zero ParameterKind is
// [ParameterUnknown].
type ParameterKind uint8

// The parameter kinds. Do not reorder: the text codes are the stable form.
const (
	// ParameterUnknown is the zero ParameterKind: not set. A Parameter
	// with it is invalid, and it has no text code.
	ParameterUnknown ParameterKind = iota
	// GeneralBondMinimum is the least amount of a general bond, CNY 200,000
	// (GACC Ann. 2006 No. 31; R-GB-2).
	GeneralBondMinimum
	// InfringingFineMaxRate is the most a fine for importing or exporting
	// infringing goods may be, as a fraction of their value: 30% (Penalty
	// Regs art 25 para 1; R-PEN-1).
	InfringingFineMaxRate
	// InfringingOrdinaryRate and InfringingHeavierRate are the lower
	// bounds of the ordinary (10%) and heavier (20%) tiers of that fine
	// (GACC Ann. 2023 No. 198 art 13; R-PEN-2).
	InfringingOrdinaryRate
	InfringingHeavierRate
	// DeclarationFineMax is the most a fine for failing to declare the
	// goods' IP status may be: CNY 50,000 (Penalty Regs art 25 para 2;
	// R-PEN-3).
	DeclarationFineMax
	// DeclarationLighterFrom, DeclarationOrdinaryFrom and
	// DeclarationHeavierFrom are the lower bounds of the lighter (5,000),
	// ordinary (20,000) and heavier (30,000) tiers of that fine (GACC Ann.
	// 2023 No. 198 art 14; R-PEN-3).
	DeclarationLighterFrom
	DeclarationOrdinaryFrom
	DeclarationHeavierFrom
	// PostalLimitHKMacaoTaiwan and PostalLimitElsewhere are the value
	// limits of a parcel sent by an individual to or from Hong Kong, Macao
	// and Taiwan (CNY 800) and elsewhere (CNY 1,000); DutyWaiver the duty
	// waived, CNY 50 (GACC Ann. 2010 No. 43; R-PER-3).
	PostalLimitHKMacaoTaiwan
	PostalLimitElsewhere
	DutyWaiver
)

var parameterKindCodes = textcode.New[ParameterKind]("ParameterKind", []string{
	GeneralBondMinimum:       "general-bond-minimum",
	InfringingFineMaxRate:    "infringing-fine-max-rate",
	InfringingOrdinaryRate:   "infringing-ordinary-rate",
	InfringingHeavierRate:    "infringing-heavier-rate",
	DeclarationFineMax:       "declaration-fine-max",
	DeclarationLighterFrom:   "declaration-lighter-from",
	DeclarationOrdinaryFrom:  "declaration-ordinary-from",
	DeclarationHeavierFrom:   "declaration-heavier-from",
	PostalLimitHKMacaoTaiwan: "postal-limit-hk-macao-taiwan",
	PostalLimitElsewhere:     "postal-limit-elsewhere",
	DutyWaiver:               "duty-waiver",
})

// IsValid reports whether k is a kind other than ParameterUnknown.
func (k ParameterKind) IsValid() bool { return parameterKindCodes.Valid(k) }

// IsRate reports whether parameters of kind k are rates, fractions of the
// goods' value from 0 to 1 with at most 4 decimal places, rather than
// amounts of CNY.
func (k ParameterKind) IsRate() bool {
	return k == InfringingFineMaxRate || k == InfringingOrdinaryRate || k == InfringingHeavierRate
}

// String returns the stable text code of k ("general-bond-minimum", ...),
// or "%!ParameterKind(n)".
func (k ParameterKind) String() string { return parameterKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k ParameterKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(parameterKindCodes, "ParameterKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k ParameterKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *ParameterKind) UnmarshalText(text []byte) error {
	v, err := enumParse(parameterKindCodes, "ParameterKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Parameter is one version of a number of the law: its value, the text
// that sets it, and the days it is in force, From to Until inclusive.
type Parameter struct {
	// Kind is the number of the law this is a version of; required.
	Kind ParameterKind
	// Value is an amount in CNY (at most [MaxAmount], whole fen) or, for a
	// rate ([ParameterKind.IsRate]), a fraction from 0 to 1 with at most 4
	// decimal places.
	Value decimal.Decimal
	// Source names the text that sets the value: "GACC Ann. 2006 No. 31".
	Source string
	// From is the first day the value is in force; Until the last, or the
	// zero Date while no later text has replaced it.
	From, Until calendar.Date
}

// InForce reports whether p is in force on day d.
func (p Parameter) InForce(d calendar.Date) bool {
	return !d.Before(p.From) && (p.Until.IsZero() || !d.After(p.Until))
}

// Equal reports whether p and q are the same parameter; values compare
// as numbers.
func (p Parameter) Equal(q Parameter) bool {
	return p.Kind == q.Kind && p.Value.Equal(q.Value) && p.Source == q.Source && p.From == q.From && p.Until == q.Until
}

// String describes p: "general-bond-minimum 200000.00 from 2006-07-01
// (GACC Ann. 2006 No. 31; R-GB-2)".
func (p Parameter) String() string {
	var b strings.Builder
	b.WriteString(p.Kind.String())
	b.WriteByte(' ')
	if p.Kind.IsRate() {
		b.WriteString(p.Value.String())
	} else {
		b.WriteString(p.Value.StringFixed(2))
	}
	b.WriteString(" from ")
	b.WriteString(p.From.String())
	if !p.Until.IsZero() {
		b.WriteString(" to ")
		b.WriteString(p.Until.String())
	}
	b.WriteString(" (")
	b.WriteString(p.Source)
	b.WriteByte(')')
	return b.String()
}

// MaxParameters bounds the versions one [Parameters] holds.
const MaxParameters = 256

// Parameters are the numbers of the law this package's rules use, each
// version with its source and the days it is in force. The value for a
// day is the version in force that day; a day on which no version is in
// force is an error ([ErrNoParameter]), never a silent default.
//
// [DefaultParameters] are the numbers of the law as this package knows
// them; a caller adds the next version of a number with
// [Parameters.With] when a new text is published.
//
// Parameters is an immutable value, safe for concurrent use. The zero
// Parameters holds nothing.
type Parameters struct {
	list []Parameter // Sorted by kind, then From; no two of a kind overlap.
}

// The law's numbers (DefaultParameters).
var defaultParameters = func() []Parameter {
	d := calendar.MustParseDate
	const (
		annGB      = "GACC Ann. 2006 No. 31; R-GB-2"
		penalty1   = "Customs Administrative Penalty Implementing Regs art 25 para 1 (2004; retained in 2022); R-PEN-1"
		penalty2   = "Customs Administrative Penalty Implementing Regs art 25 para 2 (2004; retained in 2022); R-PEN-3"
		benchmark1 = "GACC Ann. 2023 No. 198 art 13; R-PEN-2"
		benchmark2 = "GACC Ann. 2023 No. 198 art 14; R-PEN-3"
		postal     = "GACC Ann. 2010 No. 43; R-PER-3"
	)
	list := []Parameter{
		{GeneralBondMinimum, decimal.New(200_000, 0), annGB, d("2006-07-01"), calendar.Date{}},
		{InfringingFineMaxRate, decimal.New(30, -2), penalty1, d("2004-11-01"), calendar.Date{}},
		{InfringingOrdinaryRate, decimal.New(10, -2), benchmark1, d("2024-01-01"), calendar.Date{}},
		{InfringingHeavierRate, decimal.New(20, -2), benchmark1, d("2024-01-01"), calendar.Date{}},
		{DeclarationFineMax, decimal.New(50_000, 0), penalty2, d("2004-11-01"), calendar.Date{}},
		{DeclarationLighterFrom, decimal.New(5_000, 0), benchmark2, d("2024-01-01"), calendar.Date{}},
		{DeclarationOrdinaryFrom, decimal.New(20_000, 0), benchmark2, d("2024-01-01"), calendar.Date{}},
		{DeclarationHeavierFrom, decimal.New(30_000, 0), benchmark2, d("2024-01-01"), calendar.Date{}},
		{PostalLimitHKMacaoTaiwan, decimal.New(800, 0), postal, d("2010-09-01"), calendar.Date{}},
		{PostalLimitElsewhere, decimal.New(1_000, 0), postal, d("2010-09-01"), calendar.Date{}},
		{DutyWaiver, decimal.New(50, 0), postal, d("2010-09-01"), calendar.Date{}},
	}
	if _, err := NewParameters(list...); err != nil {
		panic(err) // A programmer's error in the table above.
	}
	return list
}()

// DefaultParameters returns the numbers of the law as this package knows
// them:
//
//	| kind                         | value   | in force from | source                                |
//	|------------------------------|---------|---------------|---------------------------------------|
//	| general-bond-minimum         | 200,000 | 2006-07-01    | GACC Ann. 2006 No. 31; R-GB-2 [S]     |
//	| infringing-fine-max-rate     | 30%     | 2004-11-01    | Penalty Regs art 25 para 1; R-PEN-1   |
//	| infringing-ordinary-rate     | 10%     | 2024-01-01    | GACC Ann. 2023 No. 198 art 13 [S]     |
//	| infringing-heavier-rate      | 20%     | 2024-01-01    | GACC Ann. 2023 No. 198 art 13 [S]     |
//	| declaration-fine-max         | 50,000  | 2004-11-01    | Penalty Regs art 25 para 2; R-PEN-3   |
//	| declaration-lighter-from     | 5,000   | 2024-01-01    | GACC Ann. 2023 No. 198 art 14 [S]     |
//	| declaration-ordinary-from    | 20,000  | 2024-01-01    | GACC Ann. 2023 No. 198 art 14 [S]     |
//	| declaration-heavier-from     | 30,000  | 2024-01-01    | GACC Ann. 2023 No. 198 art 14 [S]     |
//	| postal-limit-hk-macao-taiwan | 800     | 2010-09-01    | GACC Ann. 2010 No. 43; R-PER-3 [S]    |
//	| postal-limit-elsewhere       | 1,000   | 2010-09-01    | GACC Ann. 2010 No. 43; R-PER-3 [S]    |
//	| duty-waiver                  | 50      | 2010-09-01    | GACC Ann. 2010 No. 43; R-PER-3 [S]    |
//
// Each is in force until further notice (Until is zero). The Penalty
// Regs' fines date from the 2004 text (in force 2004-11-01); the 2022
// revision kept art 25. The tiers of the discretion benchmark apply from
// 2024-01-01 only: there is no tier for an earlier day.
func DefaultParameters() Parameters { return Parameters{list: defaultParameters} }

// NewParameters returns parameters holding ps, or every problem found as
// [FieldErrors] matching [ErrInvalidParameters], named as in JSON
// ("[2].value"): an unknown kind; a negative value, an amount above
// [MaxAmount] or finer than a fen, a rate above 1 or finer than 4 decimal
// places; no source, or one over-long or not printable; an invalid From,
// or an Until before it; two versions of a kind in force on the same day;
// more than [MaxParameters].
func NewParameters(ps ...Parameter) (Parameters, error) {
	p := &problems{class: ErrInvalidParameters}
	if len(ps) > MaxParameters {
		p.add("", fmt.Sprint(len(ps)), fmt.Sprintf("more than %d parameters", MaxParameters))
		return Parameters{}, p.err()
	}
	for i, q := range ps {
		at := fmt.Sprintf("[%d]", i)
		if !q.Kind.IsValid() {
			p.add(at+".kind", q.Kind.String(), "unknown kind")
		}
		switch why := moneyProblem(q.Value); {
		case q.Kind.IsRate() && q.Value.Sign() < 0:
			p.add(at+".value", showDecimal(q.Value), "negative")
		case q.Kind.IsRate() && (q.Value.Exponent() < -4 && (q.Value.Exponent() < -40 || !q.Value.Equal(q.Value.Truncate(4)))):
			p.add(at+".value", showDecimal(q.Value), "a rate has at most 4 decimal places")
		case q.Kind.IsRate() && q.Value.Sign() == 0 && (q.Value.Exponent() < -40 || q.Value.Exponent() > 40):
			p.add(at+".value", showDecimal(q.Value), fmt.Sprintf("0 written with the exponent %d: write 0", q.Value.Exponent()))
		case q.Kind.IsRate() && q.Value.Sign() > 0 && (q.Value.Exponent() > 1 || q.Value.GreaterThan(decimal.New(1, 0))):
			p.add(at+".value", showDecimal(q.Value), "a rate is a fraction of the goods' value, at most 1")
		case !q.Kind.IsRate() && why != "":
			p.add(at+".value", showDecimal(q.Value), why)
		}
		checkText(p, at+".source", q.Source, maxText, true)
		if !q.From.IsValid() {
			p.add(at+".from", q.From.String(), "required: the first day in force")
		}
		if !q.Until.IsZero() && (!q.Until.IsValid() || q.Until.Before(q.From)) {
			p.add(at+".until", q.Until.String(), "not a day on or after from")
		}
		for j := 0; j < i; j++ {
			if o := ps[j]; o.Kind == q.Kind && overlaps(o, q) {
				p.add(at, q.String(), fmt.Sprintf("in force on a day [%d] is: %s", j, o))
			}
		}
	}
	if err := p.err(); err != nil {
		return Parameters{}, err
	}
	list := slices.Clone(ps)
	slices.SortFunc(list, func(a, b Parameter) int {
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return a.From.Compare(b.From)
	})
	return Parameters{list: list}, nil
}

// overlaps reports whether a and b are in force on a common day.
func overlaps(a, b Parameter) bool {
	endsBefore := func(x, y Parameter) bool { return !x.Until.IsZero() && x.Until.Before(y.From) }
	return !endsBefore(a, b) && !endsBefore(b, a)
}

// With returns p with the versions ps added, each replacing what p holds
// for its kind on the days it is in force: an older version in force on
// its From ends the day before, and one that starts within its days
// starts the day after its Until (or goes, if it is in force on no other
// day). That is how a newly published text is added:
//
//	next, err := enforcement.DefaultParameters().With(enforcement.Parameter{
//		Kind: enforcement.GeneralBondMinimum, Value: v, Source: "GACC Ann. 2027 No. 1",
//		From: calendar.MustParseDate("2027-07-01")})
//
// It fails, with p unchanged, as [NewParameters] does.
func (p Parameters) With(ps ...Parameter) (Parameters, error) {
	if _, err := NewParameters(ps...); err != nil {
		return p, err
	}
	var list []Parameter
	for _, old := range p.list {
		keep := []Parameter{old}
		for _, q := range ps {
			var next []Parameter
			for _, o := range keep {
				if o.Kind != q.Kind || !overlaps(o, q) {
					next = append(next, o)
					continue
				}
				if o.From.Before(q.From) {
					before := o
					before.Until = q.From.AddDays(-1)
					next = append(next, before)
				}
				if !q.Until.IsZero() && (o.Until.IsZero() || o.Until.After(q.Until)) {
					after := o
					after.From = q.Until.AddDays(1)
					next = append(next, after)
				}
			}
			keep = next
		}
		list = append(list, keep...)
	}
	out, err := NewParameters(append(list, ps...)...)
	if err != nil {
		return p, err
	}
	return out, nil
}

// At returns the version of kind k in force on day d, or a
// *[ParameterError] matching [ErrNoParameter] that lists the versions p
// holds.
func (p Parameters) At(k ParameterKind, d calendar.Date) (Parameter, error) {
	for _, q := range p.list {
		if q.Kind == k && q.InForce(d) {
			return q, nil
		}
	}
	e := &ParameterError{Kind: k, Date: d}
	for _, q := range p.list {
		if q.Kind == k {
			e.Known = append(e.Known, q)
		}
	}
	return Parameter{}, e
}

// Value returns the value of kind k in force on day d: [Parameters.At]'s
// Value.
func (p Parameters) Value(k ParameterKind, d calendar.Date) (decimal.Decimal, error) {
	q, err := p.At(k, d)
	return q.Value, err
}

// All returns a copy of every version p holds, by kind and then From.
func (p Parameters) All() []Parameter { return slices.Clone(p.list) }

// Equal reports whether p and q hold the same versions.
func (p Parameters) Equal(q Parameters) bool {
	return slices.EqualFunc(p.list, q.list, Parameter.Equal)
}

// ParameterError reports a number of the law asked for on a day on which
// no version of it is in force.
type ParameterError struct {
	// Kind is the number asked for, and Date the day it was asked for.
	Kind  ParameterKind
	Date  calendar.Date
	Known []Parameter // The versions held, none in force on Date.
}

// Error returns "enforcement: no", the kind and the day, followed by the
// versions known, or by the fact that the parameters hold none.
func (e *ParameterError) Error() string {
	if len(e.Known) == 0 {
		return fmt.Sprintf("enforcement: no %s on %s: the parameters hold none", e.Kind, e.Date)
	}
	known := make([]string, len(e.Known))
	for i, q := range e.Known {
		known[i] = q.String()
	}
	return fmt.Sprintf("enforcement: no %s in force on %s (known: %s)", e.Kind, e.Date, strings.Join(known, "; "))
}

// Is reports whether target is [ErrNoParameter].
func (e *ParameterError) Is(target error) bool { return target == ErrNoParameter }

type parameterJSON struct {
	Kind   ParameterKind  `json:"kind"`
	Value  string         `json:"value"`
	Source string         `json:"source"`
	From   calendar.Date  `json:"from"`
	Until  *calendar.Date `json:"until,omitempty"`
}

func (q Parameter) toJSON() parameterJSON {
	j := parameterJSON{Kind: q.Kind, Source: q.Source, From: q.From}
	if !q.Until.IsZero() {
		until := q.Until
		j.Until = &until
	}
	if q.Kind.IsRate() {
		j.Value = q.Value.String()
	} else {
		j.Value = q.Value.StringFixed(2)
	}
	return j
}

var parametersFormat = strictjson.Format{
	MaxBytes: 1 << 20, MaxDepth: 2, Keys: []string{"kind", "value", "source", "from", "until"},
	Pass: passes, Scalar: checkParameterScalar,
}

func checkParameterScalar(key string, v json.Token) error {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	switch key {
	case "value":
		return strictjson.CheckNumber(s, 4, 40)
	case "kind":
		if _, err := parameterKindCodes.Parse([]byte(s)); err != nil {
			return unknownCode{err}
		}
	case "from", "until":
		_, err := calendar.ParseDate(s)
		return err
	}
	return nil
}

// MarshalJSON implements [json.Marshaler]: an array of versions,
//
//	[{"kind":"general-bond-minimum","value":"200000.00","source":"GACC Ann. 2006 No. 31; R-GB-2","from":"2006-07-01"}]
//
// amounts with two decimal places and rates as they are ("0.3"), Until
// left out while zero.
func (p Parameters) MarshalJSON() ([]byte, error) {
	out := make([]parameterJSON, len(p.list))
	for i, q := range p.list {
		out[i] = q.toJSON()
	}
	return json.Marshal(out)
}

// UnmarshalJSON implements [json.Unmarshaler], strictly (see the package
// documentation of the JSON formats), and validates as [NewParameters]
// does. On error p is unchanged.
func (p *Parameters) UnmarshalJSON(data []byte) error {
	var js []parameterJSON
	if err := decode(parametersFormat, "parameters JSON", ErrInvalidParameters, data, &js); err != nil {
		return err
	}
	ps := make([]Parameter, len(js))
	for i, j := range js {
		if j.Value == "" {
			return &FieldError{Field: fmt.Sprintf("[%d].value", i), Reason: "required: the number", class: ErrInvalidParameters}
		}
		v, err := decimal.NewFromString(j.Value)
		if err != nil {
			return &FieldError{Field: fmt.Sprintf("[%d].value", i), Value: j.Value, Reason: "not a number", class: ErrInvalidParameters}
		}
		ps[i] = Parameter{Kind: j.Kind, Value: v, Source: j.Source, From: j.From}
		if j.Until != nil {
			ps[i].Until = *j.Until
		}
	}
	q, err := NewParameters(ps...)
	if err != nil {
		return err
	}
	*p = q
	return nil
}
