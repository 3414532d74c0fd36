package storagecost

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/strictjson"
)

// The JSON formats of a Standard, a Schedule (an array of standards) and a
// Stay. Decoding is strict: keys exactly as spelled (lower case), none
// repeated or unknown, at most 1 MiB nested at most 8 deep, and every
// number in plain decimal notation with at most 6 decimal places, as a JSON
// number or a string ("12.5"): exponents such as 1e999999 are rejected
// before any arithmetic. Decoded values are validated; every error names
// the field at fault and matches ErrInvalidStandard or ErrInvalidStay.

const (
	maxJSONBytes = 1 << 20
	maxJSONDepth = 8
)

// decimalKeys are the keys whose values are decimals.
var decimalKeys = []string{
	"rate", "minimum", "minimum_per_bill", "multiplier", "up_to", "amount",
	"volume", "weight", "area", "pallets", "pieces", "value", "disposal_cost",
}

// checkScalar checks a value in a standard's or a stay's JSON before it is
// decoded, so that the error can name its path: decimals (bounded, plain
// notation), enum codes and dates.
func checkScalar(key string, v json.Token) error {
	if slices.Contains(decimalKeys, key) {
		return strictjson.CheckNumberToken(v, MaxPlaces, maxDigits)
	}
	text, ok := v.(string)
	if !ok {
		return nil // encoding/json reports the wrong type, with the field.
	}
	var err error
	switch key {
	case "kind":
		_, err = kindCodes.Parse([]byte(text))
	case "basis":
		_, err = basisCodes.Parse([]byte(text))
	case "per":
		_, err = perCodes.Parse([]byte(text))
	case "condition":
		_, err = conditionCodes.Parse([]byte(text))
	case "rounding":
		_, err = roundingCodes.Parse([]byte(text))
	case "day_count":
		_, err = dayCountCodes.Parse([]byte(text))
	case "outcome":
		_, err = outcomeCodes.Parse([]byte(text))
	case "delay":
		_, err = delayCodes.Parse([]byte(text))
	case "effective_from", "effective_until", "detained", "end", "served":
		if text != "" {
			_, err = calendar.ParseDate(text)
		}
	}
	return err
}

var standardFormat = strictjson.Format{
	MaxBytes: maxJSONBytes,
	MaxDepth: maxJSONDepth,
	Keys: []string{
		"version", "issuer", "source", "note", "effective_from", "effective_until",
		"rounding", "day_count", "minimum_per_bill", "charges",
		"kind", "condition", "basis", "per", "rate", "free_days", "tiers", "brackets",
		"minimum", "pass_through", "description",
		"from_day", "to_day", "multiplier", "up_to", "amount",
	},
	Scalar: checkScalar,
}

var stayFormat = strictjson.Format{
	MaxBytes: maxJSONBytes,
	MaxDepth: maxJSONDepth,
	Keys: []string{
		"goods", "detained", "outcome", "end", "confiscation", "inspections", "disposal_cost",
		"description", "condition", "volume", "weight", "area", "pallets", "pieces", "value",
		"served", "delay", "cap_months", "cap_one_offs",
	},
	Scalar: checkScalar,
}

// decode decodes data per f into v, turning a decoding failure into a
// FieldError of subject.
func decode(f strictjson.Format, data []byte, v any, subject string, sentinel error) error {
	err := f.Decode(data, v)
	if err == nil {
		return nil
	}
	p := problems{subject: subject + " JSON", err: sentinel}
	var pe *strictjson.PathError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &pe):
		p.add(pe.Path, "", pe.Err.Error())
	case errors.As(err, &te) && te.Field != "":
		p.add(te.Field, "", "cannot use a JSON "+te.Value+" here")
	default:
		// Malformed JSON, a bad key, or an enum's or a date's own error,
		// which names the value.
		p.add("", "", strings.TrimPrefix(err.Error(), "storagecost: "))
	}
	p.list[0].wrapped = err
	return p.list
}

type standardJSON Standard

// UnmarshalJSON implements [json.Unmarshaler]: it decodes a standard
// strictly (see the package documentation) and validates it with
// [Standard.Validate]. On error s is unchanged.
func (s *Standard) UnmarshalJSON(data []byte) error {
	var v standardJSON
	if err := decode(standardFormat, data, &v, "standard", ErrInvalidStandard); err != nil {
		return err
	}
	if err := Standard(v).Validate(); err != nil {
		return err
	}
	*s = Standard(v).clone()
	return nil
}

// ParseStandard decodes and validates one standard from JSON, as
// [Standard.UnmarshalJSON] does.
func ParseStandard(data []byte) (Standard, error) {
	var s Standard
	err := s.UnmarshalJSON(data)
	return s, err
}

// MarshalJSON implements [json.Marshaler]: the schedule's standards as a
// JSON array, in effective order.
func (s Schedule) MarshalJSON() ([]byte, error) {
	if s.standards == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(s.standards)
}

// UnmarshalJSON implements [json.Unmarshaler] with [ParseSchedule]; on
// error s is unchanged.
func (s *Schedule) UnmarshalJSON(data []byte) error {
	v, err := ParseSchedule(data)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSchedule decodes a JSON array of standards strictly (see the
// package documentation) and builds a Schedule of them with [NewSchedule].
// It is how a service loads a warehouse's published tariffs from a file.
func ParseSchedule(data []byte) (Schedule, error) {
	var vs []standardJSON
	if err := decode(standardFormat, data, &vs, "schedule", ErrInvalidStandard); err != nil {
		return Schedule{}, err
	}
	if vs == nil {
		p := problems{subject: "schedule JSON", err: ErrInvalidStandard}
		p.add("", "null", "want an array of standards")
		return Schedule{}, p.list
	}
	standards := make([]Standard, len(vs))
	for i, v := range vs {
		standards[i] = Standard(v)
	}
	return NewSchedule(standards...)
}

type stayJSON Stay

// UnmarshalJSON implements [json.Unmarshaler]: it decodes a stay strictly
// (see the package documentation) and validates it with [Stay.Validate].
// On error st is unchanged.
func (st *Stay) UnmarshalJSON(data []byte) error {
	var v stayJSON
	if err := decode(stayFormat, data, &v, "stay", ErrInvalidStay); err != nil {
		return err
	}
	if err := Stay(v).Validate(); err != nil {
		return err
	}
	*st = Stay(v)
	return nil
}
