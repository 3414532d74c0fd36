package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// A request body is one JSON object, read strictly: its keys exactly as
// spelled (lower case), none unknown or repeated, every required one
// present and not null. The value of each key is decoded by its Go type,
// which for the library's types (a schedule, a stay, a period, a date, a
// track) is the library's own strict decoding, so every error names the
// field at fault. A decoding or checking problem in any field is reported
// with all the others, as the library reports every problem at once.

// field is one member of a request object.
type field struct {
	name     string // the JSON key
	index    int    // the struct field's index
	required bool   // tagged without omitempty
	amount   bool   // a decimal.Decimal, checked as an amount of text first
}

// requestFields returns the members of the request struct t, from its
// json tags: a member tagged omitempty is optional, any other is
// required.
func requestFields(t reflect.Type) []field {
	var fields []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || name == "" {
			panic(fmt.Sprintf("costservice: request field %s.%s needs a json name", t.Name(), f.Name))
		}
		fields = append(fields, field{
			name:     name,
			index:    i,
			required: opts != "omitempty",
			amount:   f.Type == reflect.TypeOf(decimal.Decimal{}),
		})
	}
	return fields
}

// readRequest reads r's body into v, a pointer to a request struct with
// the given fields: 415 for a body that is not application/json, 413 for
// one over the limit, 400 for one that is not JSON, 422 for JSON that is
// not a valid request.
func (s *server) readRequest(r *http.Request, fields []field, v any) *problem {
	if ct := r.Header.Get("Content-Type"); !isJSON(ct) {
		return &problem{Type: typeBlank, Status: http.StatusUnsupportedMediaType,
			Detail: fmt.Sprintf("content type %q: send the body as application/json", clip(ct))}
	}
	// A body over the limit is refused unread if the client says how
	// long it is, else as soon as the limit is passed; net/http then
	// closes the connection rather than read the rest.
	if r.ContentLength > s.maxBody {
		return tooLarge(s.maxBody)
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooLarge(s.maxBody)
		}
		return &problem{Type: typeMalformed, Title: titleMalformed, Status: http.StatusBadRequest,
			Detail: "reading the body: " + err.Error()}
	}
	return s.decodeObject(body, fields, v)
}

// tooLarge is the 413 problem of a body over the limit.
func tooLarge(limit int64) *problem {
	return &problem{Type: typeBlank, Status: http.StatusRequestEntityTooLarge,
		Detail: fmt.Sprintf("the body is larger than %d bytes", limit)}
}

// isJSON reports whether a Content-Type is application/json, in UTF-8
// (RFC 8259 section 8.1) if it names a charset.
func isJSON(ct string) bool {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return false
	}
	cs, ok := params["charset"]
	return !ok || strings.EqualFold(cs, "utf-8")
}

// serverDecoder is a request member that decodes its JSON with the
// server's help (memoSchedule).
type serverDecoder interface {
	decodeWith(s *server, data []byte) error
}

// decodeObject decodes body, one JSON object, into the struct v points
// to, whose members are fields.
func (s *server) decodeObject(body []byte, fields []field, v any) *problem {
	// Well-formed first: a syntax error or trailing data is a 400, and
	// says where it is.
	if !json.Valid(body) {
		detail := "the body is empty: send a JSON object"
		if len(bytes.TrimSpace(body)) > 0 {
			err := json.Unmarshal(body, new(json.RawMessage))
			detail = strings.TrimPrefix(err.Error(), "json: ")
			var se *json.SyntaxError
			if errors.As(err, &se) {
				detail = fmt.Sprintf("%s (at byte %d)", strings.TrimPrefix(se.Error(), "json: "), se.Offset)
			}
		}
		return &problem{Type: typeMalformed, Title: titleMalformed, Status: http.StatusBadRequest, Detail: detail}
	}
	members, ok := objectMembers(body)
	if !ok {
		return invalid(fieldProblem{Reason: "the body must be a JSON object"})
	}
	rv := reflect.ValueOf(v).Elem()
	seen := make([]bool, len(fields))
	var problems []fieldProblem
	for _, m := range members {
		key := m.key()
		i := fieldIndex(fields, key)
		switch {
		case i < 0:
			problems = append(problems, fieldProblem{Field: clip(key), Reason: "unknown key (keys are lower case: " + fieldNames(fields) + ")"})
			continue
		case seen[i]:
			problems = append(problems, fieldProblem{Field: key, Reason: "repeated key"})
			continue
		}
		seen[i] = true
		if string(m.value) == "null" {
			seen[i] = false // null is absent: required, or the default.
			continue
		}
		f := fields[i]
		if f.amount {
			if why := checkAmountText(m.value); why != "" {
				problems = append(problems, fieldProblem{Field: key, Reason: why, Value: clip(strings.Trim(string(m.value), `"`))})
				continue
			}
		}
		ptr := rv.Field(f.index).Addr().Interface()
		var err error
		switch u := ptr.(type) {
		case serverDecoder:
			err = u.decodeWith(s, m.value)
		case json.Unmarshaler:
			err = u.UnmarshalJSON(m.value) // The library's strict decoding, without a second scan.
		default:
			err = json.Unmarshal(m.value, ptr)
		}
		if err != nil {
			problems = append(problems, fieldProblems(key, err)...)
		}
	}
	for i, f := range fields {
		// A required member given as its zero value ("" for a date) is
		// missing too.
		if f.required && (!seen[i] || rv.Field(f.index).IsZero()) && !hasProblem(problems, f.name) {
			problems = append(problems, fieldProblem{Field: f.name, Reason: "required"})
		}
	}
	if len(problems) > 0 {
		return invalid(problems...)
	}
	return nil
}

// member is one member of a JSON object: its key as JSON (a string with
// its quotes) and its value's JSON.
type member struct{ rawKey, value []byte }

// key returns m's key, unescaped.
func (m member) key() string {
	if bytes.IndexByte(m.rawKey, '\\') < 0 && utf8.Valid(m.rawKey) {
		return string(m.rawKey[1 : len(m.rawKey)-1])
	}
	var k string
	_ = json.Unmarshal(m.rawKey, &k) // A well-formed string.
	return k
}

// objectMembers splits well-formed JSON (json.Valid) that is an object
// into its members, in order, in one pass; ok is false if it is not an
// object. It relies on the JSON being well-formed: a string ends at the
// first unescaped quote, and a value at the first comma or closing brace
// outside strings, objects and arrays.
func objectMembers(data []byte) (members []member, ok bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return nil, true
	}
	for i < len(data) && data[i] == '"' {
		keyEnd := stringEnd(data, i) + 1
		key := data[i:keyEnd]
		i = skipSpace(data, keyEnd) + 1 // the colon
		i = skipSpace(data, i)
		start := i
		for depth := 0; i < len(data); i++ {
			c := data[i]
			if c == '"' {
				i = stringEnd(data, i)
			} else if c == '{' || c == '[' {
				depth++
			} else if (c == '}' || c == ']') && depth > 0 {
				depth--
			} else if (c == ',' || c == '}') && depth == 0 {
				break
			}
		}
		members = append(members, member{rawKey: key, value: bytes.TrimRight(data[start:min(i, len(data))], " \t\r\n")})
		if i >= len(data) || data[i] == '}' {
			break
		}
		i = skipSpace(data, i+1) // after the comma
	}
	return members, true
}

// stringEnd returns the index of the quote that ends the JSON string
// starting at data[i], or len(data).
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return len(data)
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// hasProblem reports whether a problem names the field or a field in it.
func hasProblem(problems []fieldProblem, name string) bool {
	for _, p := range problems {
		if p.Field == name || strings.HasPrefix(p.Field, name+".") || strings.HasPrefix(p.Field, name+"[") {
			return true
		}
	}
	return false
}

func fieldIndex(fields []field, key string) int {
	for i, f := range fields {
		if f.name == key {
			return i
		}
	}
	return -1
}

func fieldNames(fields []field) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

// maxAmountText bounds the text of an amount: 13 integer digits, a point
// and 2 places, with room for a sign and more places to be refused by the
// library with a clearer reason.
const maxAmountText = 40

// checkAmountText checks the JSON of an amount of money before it is
// decoded: a string or a number in plain decimal notation, at most
// maxAmountText characters. decimal.Decimal would take an exponent
// ("1e999999") or a million digits, whose arithmetic is slow; the library
// then checks the value (sign, size, places).
func checkAmountText(raw json.RawMessage) string {
	s := string(raw)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	if len(s) > maxAmountText {
		return fmt.Sprintf("more than %d characters: write an amount in CNY such as \"150000.00\"", maxAmountText)
	}
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' && i == 0:
		case c == '.' && !point && digits > 0:
			point = true
		case '0' <= c && c <= '9':
			digits++
		default:
			return "want an amount in CNY in plain decimal notation, such as \"150000.00\""
		}
	}
	if digits == 0 || s[len(s)-1] == '.' {
		return "want an amount in CNY in plain decimal notation, such as \"150000.00\""
	}
	return ""
}
