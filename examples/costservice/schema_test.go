package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// This file is a JSON Schema validator for the subset of JSON Schema 2020-12
// that openapi.json uses, so that the tests can check every response (and
// every documented example) against the document. A keyword it does not
// know is an error, so the document cannot use a constraint the tests
// silently skip.

// apiDoc is the parsed OpenAPI document.
type apiDoc struct{ root map[string]any }

func parseAPIDoc(data []byte) (apiDoc, error) {
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		return apiDoc{}, err
	}
	return apiDoc{root}, nil
}

// known are the keywords the validator implements or that only annotate.
var known = map[string]bool{
	"$ref": true, "type": true, "enum": true, "properties": true, "required": true,
	"additionalProperties": true, "items": true, "oneOf": true, "pattern": true,
	"minimum": true, "maximum": true, "minItems": true, "maxItems": true, "maxLength": true,
	"format": true, "description": true, "examples": true,
}

// lookup follows a local JSON pointer such as "#/components/schemas/Stay".
func (d apiDoc) lookup(ptr string) (any, error) {
	if !strings.HasPrefix(ptr, "#/") {
		return nil, fmt.Errorf("reference %q is not local", ptr)
	}
	var cur any = d.root
	for _, part := range strings.Split(ptr[2:], "/") {
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("reference %q: %q is not in an object", ptr, part)
		}
		if cur, ok = m[part]; !ok {
			return nil, fmt.Errorf("reference %q: no %q", ptr, part)
		}
	}
	return cur, nil
}

// resolve follows $ref until a schema without one.
func (d apiDoc) resolve(schema map[string]any) (map[string]any, error) {
	for i := 0; i < 10; i++ {
		ref, ok := schema["$ref"].(string)
		if !ok {
			return schema, nil
		}
		target, err := d.lookup(ref)
		if err != nil {
			return nil, err
		}
		if schema, ok = target.(map[string]any); !ok {
			return nil, fmt.Errorf("reference %q is not an object", ref)
		}
	}
	return nil, fmt.Errorf("reference loop")
}

// validate returns every way value (decoded with UseNumber) fails schema,
// each prefixed with its JSON path.
func (d apiDoc) validate(schema any, value any, path string) []string {
	s, ok := schema.(map[string]any)
	if !ok {
		return []string{path + ": schema is not an object"}
	}
	for k := range s {
		if !known[k] {
			return []string{fmt.Sprintf("%s: schema keyword %q is not implemented by the test validator", path, k)}
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		target, err := d.lookup(ref)
		if err != nil {
			return []string{path + ": " + err.Error()}
		}
		return d.validate(target, value, path)
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }

	if t, ok := s["type"]; ok && !typeMatches(t, value) {
		fail("%s is not of type %v", show(value), t)
		return errs
	}
	if enum, ok := s["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			if fmt.Sprint(e) == fmt.Sprint(value) {
				found = true
			}
		}
		if !found {
			fail("%s is not one of %v", show(value), enum)
		}
	}
	if one, ok := s["oneOf"].([]any); ok {
		n := 0
		var why []string
		for i, sub := range one {
			e := d.validate(sub, value, path)
			if len(e) == 0 {
				n++
			} else {
				why = append(why, fmt.Sprintf("oneOf[%d]: %s", i, strings.Join(e, "; ")))
			}
		}
		if n != 1 {
			fail("matches %d of the oneOf schemas, want 1 (%s)", n, strings.Join(why, " | "))
		}
	}
	switch v := value.(type) {
	case string:
		if p, ok := s["pattern"].(string); ok && !pattern(p).MatchString(v) {
			fail("%q does not match %s", v, p)
		}
		if m, ok := s["maxLength"].(json.Number); ok {
			if n, _ := m.Int64(); int64(len([]rune(v))) > n {
				fail("longer than %d", n)
			}
		}
		switch s["format"] {
		case "date-time":
			if _, err := time.Parse(time.RFC3339, v); err != nil {
				fail("%q is not an RFC 3339 date-time", v)
			}
		case "date":
			if _, err := time.Parse(time.DateOnly, v); err != nil {
				fail("%q is not a date", v)
			}
		}
	case json.Number:
		x, _ := new(big.Rat).SetString(v.String())
		if m, ok := s["minimum"].(json.Number); ok {
			if lo, _ := new(big.Rat).SetString(m.String()); x.Cmp(lo) < 0 {
				fail("%s is below the minimum %s", v, m)
			}
		}
		if m, ok := s["maximum"].(json.Number); ok {
			if hi, _ := new(big.Rat).SetString(m.String()); x.Cmp(hi) > 0 {
				fail("%s is above the maximum %s", v, m)
			}
		}
	case []any:
		if m, ok := s["minItems"].(json.Number); ok {
			if n, _ := m.Int64(); int64(len(v)) < n {
				fail("fewer than %d items", n)
			}
		}
		if m, ok := s["maxItems"].(json.Number); ok {
			if n, _ := m.Int64(); int64(len(v)) > n {
				fail("more than %d items", n)
			}
		}
		if items, ok := s["items"]; ok {
			for i, item := range v {
				errs = append(errs, d.validate(items, item, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := v[r.(string)]; !ok {
					fail("required property %q is missing", r)
				}
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sub := joinPath(path, k)
			if ps, ok := props[k]; ok {
				errs = append(errs, d.validate(ps, v[k], sub)...)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					errs = append(errs, sub+": property not in the schema")
				}
			case map[string]any:
				errs = append(errs, d.validate(ap, v[k], sub)...)
			}
		}
	}
	return errs
}

// patterns caches the compiled patterns of the document.
var patterns sync.Map // string -> *regexp.Regexp

func pattern(p string) *regexp.Regexp {
	if re, ok := patterns.Load(p); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(p)
	patterns.Store(p, re)
	return re
}

// typeMatches reports whether value has the JSON Schema type t, a name or
// a list of names.
func typeMatches(t any, value any) bool {
	if list, ok := t.([]any); ok {
		for _, one := range list {
			if typeMatches(one, value) {
				return true
			}
		}
		return false
	}
	switch t {
	case "string":
		_, ok := value.(string)
		return ok
	case "integer":
		n, ok := value.(json.Number)
		return ok && !strings.ContainsAny(n.String(), ".eE")
	case "number":
		_, ok := value.(json.Number)
		return ok
	case "boolean":
		_, ok := value.(bool)
		return ok
	case "object":
		_, ok := value.(map[string]any)
		return ok
	case "array":
		_, ok := value.([]any)
		return ok
	case "null":
		return value == nil
	}
	return false
}

func show(v any) string {
	b, _ := json.Marshal(v)
	return clip(string(b))
}

// decodeJSON decodes data as the validator wants it: numbers as
// json.Number.
func decodeJSON(data []byte) (any, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	err := dec.Decode(&v)
	return v, err
}
