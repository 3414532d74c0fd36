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
	"slices"
	"strings"

	"github.com/iprborder/iprborder/internal/textcode"
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
}

// Error is a decoding failure other than one Pass lets through: malformed
// or oversized input, an unknown, misspelled or repeated key, a value of the
// wrong JSON type, trailing data.
type Error struct{ Err error }

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

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

// CheckKeys walks the JSON in data once and rejects it if it is malformed,
// nests arrays and objects deeper than f.MaxDepth, repeats a key within an
// object, or uses a key that is not exactly one of f.Keys.
func (f Format) CheckKeys(data []byte) error {
	type frame struct {
		object  bool
		wantKey bool     // In an object: the next string is a key.
		keys    []string // The keys seen so far in this object.
	}
	var stack []frame
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		switch tok := tok.(type) {
		case json.Delim:
			switch tok {
			case '{', '[':
				if len(stack) == f.MaxDepth {
					return fmt.Errorf("nested more than %d levels deep", f.MaxDepth)
				}
				if top != nil && top.object {
					top.wantKey = true // After this value, a key.
				}
				stack = append(stack, frame{object: tok == '{', wantKey: tok == '{'})
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		case string:
			if top != nil && top.object && top.wantKey {
				if !slices.Contains(f.Keys, tok) {
					return fmt.Errorf("unknown key %q (keys are lower case: %s)", textcode.Clip(tok), strings.Join(f.Keys, ", "))
				}
				if slices.Contains(top.keys, tok) {
					return fmt.Errorf("duplicate key %q", tok)
				}
				top.keys = append(top.keys, tok)
				top.wantKey = false
				continue
			}
		}
		if top != nil && top.object {
			top.wantKey = true // A scalar value; a key comes next.
		}
	}
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
