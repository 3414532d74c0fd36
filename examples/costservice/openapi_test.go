package main

import (
	"encoding"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests keep openapi.json true: its routes are the server's, its
// request schemas are the request structs, every example in it gets a
// 200, and every status it documents is one the handler returns. Every
// response of every test is also checked against it (do, in
// helpers_test.go).

func TestOpenAPI_document(t *testing.T) {
	assert.True(t, strings.HasPrefix(doc.root["openapi"].(string), "3.1."), "openapi %v; want 3.1.x", doc.root["openapi"])
	info := doc.root["info"].(map[string]any)
	assert.NotEmpty(t, info["title"])
	assert.NotEmpty(t, info["version"])
	// Every reference resolves, and every schema uses only the keywords
	// the test validator implements.
	var walk func(v any, at string)
	walk = func(v any, at string) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				_, err := doc.lookup(ref)
				assert.NoError(t, err, at)
			}
			for k, sub := range v {
				walk(sub, at+"/"+k)
			}
		case []any:
			for i, sub := range v {
				walk(sub, at+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(doc.root, "#")
	for name, s := range doc.root["components"].(map[string]any)["schemas"].(map[string]any) {
		checkKeywords(t, s, "#/components/schemas/"+name)
	}
}

// checkKeywords fails for a schema keyword the validator does not know.
func checkKeywords(t *testing.T, schema any, at string) {
	s, ok := schema.(map[string]any)
	if !ok {
		return
	}
	for k, v := range s {
		assert.Truef(t, known[k], "%s: keyword %q is not implemented by the test validator", at, k)
		switch k {
		case "properties":
			for name, sub := range v.(map[string]any) {
				checkKeywords(t, sub, at+"/properties/"+name)
			}
		case "items", "additionalProperties":
			checkKeywords(t, v, at+"/"+k)
		case "oneOf":
			for i, sub := range v.([]any) {
				checkKeywords(t, sub, at+"/oneOf/"+strconv.Itoa(i))
			}
		}
	}
}

// The document's operations are exactly the routes the server dispatches
// on (the table routes()).
func TestOpenAPI_routes(t *testing.T) {
	var served, documented []string
	for _, rt := range routes() {
		served = append(served, rt.method+" "+rt.path)
	}
	ids := map[string]bool{}
	for path, ops := range doc.root["paths"].(map[string]any) {
		for method, op := range ops.(map[string]any) {
			documented = append(documented, strings.ToUpper(method)+" "+path)
			id, _ := op.(map[string]any)["operationId"].(string)
			assert.False(t, ids[id], "operationId %q repeated", id)
			ids[id] = true
		}
	}
	sort.Strings(served)
	sort.Strings(documented)
	assert.Equal(t, served, documented)
}

// operation returns the document's operation for a route.
func operation(t *testing.T, rt route) map[string]any {
	t.Helper()
	op, ok := doc.root["paths"].(map[string]any)[rt.path].(map[string]any)[strings.ToLower(rt.method)].(map[string]any)
	require.True(t, ok, "%s %s is not documented", rt.method, rt.path)
	return op
}

// schemaOf resolves the schema of an operation's request body or of one
// of its responses.
func schemaOf(t *testing.T, op map[string]any, status string) map[string]any {
	t.Helper()
	var obj map[string]any
	if status == "" {
		obj = op["requestBody"].(map[string]any)
	} else {
		r, err := doc.resolve(op["responses"].(map[string]any)[status].(map[string]any))
		require.NoError(t, err)
		obj = r
	}
	s, err := doc.resolve(obj["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any))
	require.NoError(t, err)
	return s
}

// Each route's request schema is its request struct: the same keys, the
// same required ones, nothing else; and so on down through the library's
// types, with every enum's codes.
func TestOpenAPI_requests(t *testing.T) {
	for _, rt := range routes() {
		if rt.request == nil {
			continue
		}
		t.Run(rt.path, func(t *testing.T) {
			s := schemaOf(t, operation(t, rt), "")
			var names, required []string
			for _, f := range rt.fields {
				names = append(names, f.name)
				if f.required {
					required = append(required, f.name)
				}
			}
			assert.ElementsMatch(t, names, keys(s["properties"]), "properties")
			assert.ElementsMatch(t, required, s["required"], "required")
			checkSchema(t, rt.request, s, rt.path)
		})
	}
}

// Each response struct of the service is its schema: the same keys, and
// those without omitempty required.
func TestOpenAPI_responses(t *testing.T) {
	check := func(t *testing.T, typ reflect.Type, s map[string]any) {
		var names, required []string
		for i := 0; i < typ.NumField(); i++ {
			name, opts, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			names = append(names, name)
			if opts != "omitempty" {
				required = append(required, name)
			}
		}
		assert.ElementsMatch(t, names, keys(s["properties"]), "%s properties", typ)
		assert.ElementsMatch(t, required, s["required"], "%s required", typ)
		assert.Equal(t, false, s["additionalProperties"], "%s additionalProperties", typ)
	}
	for _, rt := range routes() {
		if rt.response != nil {
			check(t, rt.response, schemaOf(t, operation(t, rt), "200"))
		}
	}
	for typ, name := range map[reflect.Type]string{
		reflect.TypeOf(problem{}):      "Problem",
		reflect.TypeOf(fieldProblem{}): "FieldProblem",
	} {
		s, err := doc.lookup("#/components/schemas/" + name)
		require.NoError(t, err)
		check(t, typ, s.(map[string]any))
	}
	// The problem types are documented, and in README.md.
	types := []any{typeBlank, typeMalformed, typeInvalid, typeNotCovered, typeNoStandard}
	s, _ := doc.lookup("#/components/schemas/Problem/properties/type")
	assert.ElementsMatch(t, types, s.(map[string]any)["enum"])
	readme := readFile(t, "../README.md")
	for _, typ := range types[1:] {
		anchor := strings.TrimPrefix(typ.(string), problemDocs)
		assert.Contains(t, readme, "\n### "+anchor+"\n", "README.md documents the problem type %s", anchor)
	}
}

func keys(v any) []string {
	m, _ := v.(map[string]any)
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

var (
	textUnmarshaler = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	dateType        = reflect.TypeOf(calendar.Date{})
	decimalType     = reflect.TypeOf(decimal.Decimal{})
	scheduleType    = reflect.TypeOf(memoSchedule{})
	periodSpecType  = reflect.TypeOf(periodSpec{})
)

// checkSchema checks that schema s describes the JSON of Go type typ as
// the service decodes it.
func checkSchema(t *testing.T, typ reflect.Type, schema map[string]any, at string) {
	t.Helper()
	s, err := doc.resolve(schema)
	require.NoError(t, err, at)
	switch {
	case typ == dateType:
		assert.Equal(t, "string", s["type"], at)
		assert.Contains(t, s["pattern"], "[0-9]{4}-[0-9]{2}-[0-9]{2}", at)
		return
	case typ == decimalType:
		assert.Contains(t, s["type"], "string", at)
		assert.Contains(t, s["type"], "number", at)
		return
	case typ == scheduleType:
		// A Schedule's JSON is an array of standards.
		typ = reflect.TypeOf([]storagecost.Standard{})
	case typ == periodSpecType:
		// A period in full, or the name of one of the law's.
		one := s["oneOf"].([]any)
		require.Len(t, one, 2, at)
		checkSchema(t, reflect.TypeOf(calendar.Period{}), one[0].(map[string]any), at)
		names, _ := doc.resolve(one[1].(map[string]any))
		var want []any
		for _, np := range namedPeriods {
			want = append(want, np.name)
		}
		assert.ElementsMatch(t, want, names["enum"], at+": period names")
		return
	case reflect.PointerTo(typ).Implements(textUnmarshaler) && typ.Kind() == reflect.Uint8:
		// An enum: the schema lists exactly its text codes.
		var codes []any
		for i := 0; i < 256; i++ {
			v := reflect.New(typ).Elem()
			v.SetUint(uint64(i))
			if text, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil {
				codes = append(codes, string(text))
			}
		}
		assert.ElementsMatch(t, codes, s["enum"], "%s: the codes of %s", at, typ)
		return
	}
	switch typ.Kind() {
	case reflect.Struct:
		assert.Equal(t, "object", s["type"], at)
		assert.Equal(t, false, s["additionalProperties"], at+": strict decoding refuses unknown keys")
		props, _ := s["properties"].(map[string]any)
		var names []string
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			names = append(names, name)
			if sub, ok := props[name].(map[string]any); ok {
				checkSchema(t, f.Type, sub, at+"."+name)
			}
		}
		assert.ElementsMatch(t, names, keys(props), "%s: the keys of %s", at, typ)
	case reflect.Slice:
		assert.Equal(t, "array", s["type"], at)
		checkSchema(t, typ.Elem(), s["items"].(map[string]any), at+"[]")
	case reflect.String:
		assert.Equal(t, "string", s["type"], at)
	case reflect.Int:
		assert.Equal(t, "integer", s["type"], at)
	case reflect.Bool:
		assert.Equal(t, "boolean", s["type"], at)
	default:
		t.Errorf("%s: no check for %s", at, typ)
	}
}

// Every example of a request body in the document is valid against its
// schema and gets a 200 valid against the response's.
func TestOpenAPI_examples(t *testing.T) {
	h := newTestServer(nil)
	n := 0
	for _, rt := range routes() {
		if rt.request == nil {
			continue
		}
		media := operation(t, rt)["requestBody"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)
		for name, ex := range media["examples"].(map[string]any) {
			n++
			value := ex.(map[string]any)["value"]
			assert.Empty(t, doc.validate(media["schema"], value, "example "+name))
			body, err := json.Marshal(value)
			require.NoError(t, err)
			res := do(t, h, rt.method, rt.path, jsonType, string(body))
			assert.Equal(t, http.StatusOK, res.status, "%s example %s: %s", rt.path, name, res.body)
		}
	}
	assert.GreaterOrEqual(t, n, 3)
}

// Every status the document gives an operation is one the handler
// returns: each is exercised here, and checked against the document.
func TestOpenAPI_statuses(t *testing.T) {
	h := newTestServer(nil)
	bodies := map[string][2]string{ // a valid and a 422 body per route
		"/v1/storage-cost": {readFile(t, "storage-cost.json"), `{"schedule":[]}`},
		"/v1/bond":         {`{"track":"ex-officio","goods_value":"150000.00"}`, `{"track":"ex-officio","goods_value":"-1"}`},
		"/v1/deadline":     {`{"trigger":"2024-02-09","period":"reply"}`, `{"trigger":"2027-12-22","period":"reply"}`},
	}
	exercised := map[string]bool{}
	for _, rt := range routes() {
		var cases []struct {
			contentType, body string
			status            int
		}
		add := func(ct, body string, status int) {
			cases = append(cases, struct {
				contentType, body string
				status            int
			}{ct, body, status})
		}
		if rt.method == http.MethodPost {
			add(jsonType, bodies[rt.path][0], http.StatusOK)
			add(jsonType, `{"a":`, http.StatusBadRequest)
			add(jsonType, strings.Repeat(" ", maxBodyBytes+1), http.StatusRequestEntityTooLarge)
			add("text/csv", bodies[rt.path][0], http.StatusUnsupportedMediaType)
			add(jsonType, bodies[rt.path][1], http.StatusUnprocessableEntity)
		} else {
			add("", "", http.StatusOK)
		}
		for _, c := range cases {
			res := do(t, h, rt.method, rt.path, c.contentType, c.body)
			assert.Equal(t, c.status, res.status, "%s %s: %s", rt.method, rt.path, res.body)
			exercised[rt.method+" "+rt.path+" "+strconv.Itoa(res.status)] = true
		}
		// 500: the middleware every route runs behind, with a handler
		// that panics in place of the route's.
		s := newServerValue(config{Calendar: calendar.China()})
		panicking := s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("test") }))
		req := httptest.NewRequest(rt.method, rt.path, strings.NewReader(bodies[rt.path][0]))
		req.Header.Set("Content-Type", jsonType)
		res := serveAndCheck(t, panicking, req)
		exercised[rt.method+" "+rt.path+" "+strconv.Itoa(res.status)] = true
	}
	for _, rt := range routes() {
		for status := range operation(t, rt)["responses"].(map[string]any) {
			assert.True(t, exercised[rt.method+" "+rt.path+" "+status], "%s %s: status %s is documented but not exercised", rt.method, rt.path, status)
		}
	}
	// The 404 and 405 of the document's components.
	assert.Equal(t, http.StatusNotFound, do(t, h, "GET", "/v1/nothing", "", "").status)
	assert.Equal(t, http.StatusMethodNotAllowed, do(t, h, "PATCH", "/v1/bond", jsonType, "{}").status)
}
