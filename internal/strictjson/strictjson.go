// Package strictjson decodes the module's JSON formats strictly: one value,
// bounded in size and depth, with keys spelled exactly as the format does
// and never repeated, no unknown fields and no trailing data. encoding/json
// alone would take "YEAR" for "year", and the last of two "year" keys.
// Errors carry no package prefix; each package wraps them.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Format describes a JSON format.
type Format struct {
	MaxBytes int      // The largest input accepted.
	MaxDepth int      // The deepest nesting of arrays and objects accepted.
	Keys     []string // Every object key of the format, exactly as spelled.
	// Pass reports whether an error returned while decoding comes from the
	// value's own UnmarshalJSON or UnmarshalText (a validation error), to be
	// returned unchanged rather than as an *Error.
	Pass func(error) bool
	// Scalar, if set, checks every string, number, boolean or null that is
	// the value of an object key (not an array element), before any of it is
	// decoded: a format can bound its numbers here, so that "1e999999"
	// never reaches a decimal type. A failure is reported with the value's
	// path, like "charges[2].rate".
	Scalar func(key string, value json.Token) error
	// Opaque lists keys whose values CheckKeys skips whole: values that
	// decode themselves strictly, with their own keys and limits, such as
	// another package's types. Their keys need not be in Keys.
	Opaque []string
}

// Error is a decoding failure other than one Pass lets through: malformed
// or oversized input, an unknown, misspelled or repeated key, a value of the
// wrong JSON type, trailing data.
type Error struct {
	// Err is the cause: a *PathError for an unknown or repeated key or a
	// value Format.Scalar rejected; otherwise an error saying the input is
	// too large, too deep or has trailing data, or encoding/json's
	// (reworded for a value of the wrong type).
	Err error
}

// Error returns Err's message, without a package prefix: the package
// that decodes wraps it in its own error.
func (e *Error) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// PathError is a value Format.Scalar rejected, at Path ("charges[2].rate"),
// or a key the format does not have or repeats, in the object at Path
// ("charges[2]"; "" for the top level).
type PathError struct {
	// Path is where the problem is, as a JSON path; Err what it is.
	Path string
	Err  error
}

// Error returns Path, ": " and Err's message; Err's message alone at
// the top level.
func (e *PathError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *PathError) Unwrap() error { return e.Err }

// Decode decodes data into v per f.
func (f Format) Decode(data []byte, v any) error {
	if len(data) > f.MaxBytes {
		return &Error{fmt.Errorf("%d bytes, more than %d", len(data), f.MaxBytes)}
	}
	if err := f.CheckKeys(data); err != nil {
		return &Error{err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if f.Pass != nil && f.Pass(err) {
			return err
		}
		return &Error{fieldError(err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &Error{errors.New("trailing data after the value")}
	}
	return nil
}

// CheckNumber checks the text of a JSON number or numeric string before it
// is parsed into a decimal: plain decimal notation ("12", "-0.5",
// "1234.567890"), no exponent, at most places decimal places and size
// characters. It keeps "1e999999" from ever reaching a decimal type.
func CheckNumber(s string, places, size int) error {
	if len(s) > size {
		return fmt.Errorf("a number of %d characters, more than %d", len(s), size)
	}
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start {
		return fmt.Errorf("%q is not a decimal number", s)
	}
	if i < len(s) && s[i] == '.' {
		i++
		frac := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == frac {
			return fmt.Errorf("%q is not a decimal number", s)
		}
		if i-frac > places {
			return fmt.Errorf("%q has more than %d decimal places", s, places)
		}
	}
	if i < len(s) {
		if s[i] == 'e' || s[i] == 'E' {
			return fmt.Errorf("%q: write numbers without an exponent", s)
		}
		return fmt.Errorf("%q is not a decimal number", s)
	}
	return nil
}

// CheckNumberToken is CheckNumber for the value of a key as Format.Scalar
// sees it: a JSON number, or a string holding one.
func CheckNumberToken(v json.Token, places, size int) error {
	switch v := v.(type) {
	case json.Number:
		return CheckNumber(string(v), places, size)
	case string:
		return CheckNumber(v, places, size)
	}
	return fmt.Errorf("want a decimal number, got %v", v)
}

// fieldError rewrites a type error of encoding/json, which names Go types
// ("Go struct field arrangementJSON.year of type int"), in terms of the
// JSON format, keeping the original for errors.As.
func fieldError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &typeError{te}
	}
	return err
}

type typeError struct{ *json.UnmarshalTypeError }

func (e *typeError) Error() string {
	want := kind(e.Type.Kind().String())
	if e.Field == "" {
		return fmt.Sprintf("cannot use a JSON %s where %s is wanted", e.Value, want)
	}
	return fmt.Sprintf("%s: cannot use a JSON %s where %s is wanted", e.Field, e.Value, want)
}

func (e *typeError) Unwrap() error { return e.UnmarshalTypeError }

func kind(goKind string) string {
	switch goKind {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return "a whole number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return goKind
}
