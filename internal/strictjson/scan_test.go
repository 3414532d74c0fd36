package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
)

// TestCheckKeys_reading covers how keys and values are read: unescaped,
// with invalid UTF-8 and lone surrogates as U+FFFD, as encoding/json
// reads them; and what Scalar is given.
func TestCheckKeys_reading(t *testing.T) {
	f := Format{MaxDepth: 3, Keys: []string{"year", "名称", "a\ufffdb", "items"}}
	for _, tc := range []struct {
		name, in string
		want     string // "" for success, else the error
	}{
		{"escaped key", `{"\u0079ear":1}`, ""},
		{"escaped key, upper-case hex", `{"\u0079\u0065\u0041r":1}`, `unknown key "yeAr" (keys are lower case: year, 名称, a�b, items)`},
		{"escaped key repeated", `{"year":1,"\u0079ear":2}`, `duplicate key "year"`},
		{"escaped non-ASCII key", `{"\u540d\u79f0":1}`, ""},
		{"invalid UTF-8 is U+FFFD", "{\"a\xffb\":1}", ""},
		{"a lone high surrogate is U+FFFD", `{"a\ud800b":1}`, ""},
		{"a lone low surrogate is U+FFFD", `{"a\udc00b":1}`, ""},
		{"an encoded surrogate is U+FFFD, each byte", "{\"a\xed\xa0\x80b\":1}", "unknown key \"a\ufffd\ufffd\ufffdb\" (keys are lower case: year, 名称, a�b, items)"},
		{"a key's path", `{"items":[{"year":1},{"YEAR":1}]}`, `items[1]: unknown key "YEAR" (keys are lower case: year, 名称, a�b, items)`},
		{"a long unknown key is clipped", `{"` + strings.Repeat("y", 70) + `":1}`, `unknown key "` + strings.Repeat("y", 64) + `..." (keys are lower case: year, 名称, a�b, items)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := f.CheckKeys([]byte(tc.in))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("CheckKeys(%s) = %v; want success", tc.in, err)
			case tc.want != "" && (err == nil || err.Error() != tc.want):
				t.Errorf("CheckKeys(%s) = %v; want %s", tc.in, err, tc.want)
			}
		})
	}
}

func TestCheckKeys_scalarValues(t *testing.T) {
	var got []string
	f := Format{MaxDepth: 3, Keys: []string{"s", "n", "t", "f", "z", "a"}, Scalar: func(key string, v json.Token) error {
		got = append(got, fmt.Sprintf("%s=%T(%#v)", key, v, v))
		return nil
	}}
	in := `{"s":"a\u0062\n\"\ud83d\ude00\ud800","n":-1.50e+3,"t":true,"f":false,"z":null,"a":["not", 1, {"s":"x"}]}`
	if err := f.CheckKeys([]byte(in)); err != nil {
		t.Fatalf("CheckKeys(%s) = %v", in, err)
	}
	want := []string{
		`s=string("ab\n\"😀�")`, `n=json.Number("-1.50e+3")`, `t=bool(true)`, `f=bool(false)`, `z=<nil>(<nil>)`, `s=string("x")`,
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("CheckKeys(%s) called Scalar with\n%q; want\n%q", in, got, want)
	}
}

// TestCheckKeys_malformed: malformed input is refused with encoding/json's
// own error, which says where.
func TestCheckKeys_malformed(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		// The offset of a *json.SyntaxError, as encoding/json gives it
		// (the offending byte's, or one less within a value); -1 for
		// io.ErrUnexpectedEOF.
		offset int64
	}{
		{`{"name":1,}`, "invalid character '}' looking for beginning of object key string", 10},
		{`{"name" 1}`, "invalid character '1' after object key", 8},
		{`{"name":"a\x"}`, `invalid character 'x' in string escape code`, 10},
		{`{"name":tru}`, "invalid character '}' in literal true (expecting 'e')", 10},
		{`{"n":01}`, "invalid character '1' after object key:value pair", 6},
		{`[1,]`, "invalid character ']' looking for beginning of value", 3},
		{`{"n":1.}`, "invalid character '}' after decimal point in numeric literal", 6},
		{`{"name":"a`, "unexpected EOF", -1},
		{`{"n":-`, "unexpected EOF", -1},
		{`{"blob":[1,`, "unexpected EOF", -1}, // within an opaque value
	} {
		err := opaqueFormat(new([]string)).CheckKeys([]byte(tc.in))
		var se *json.SyntaxError
		switch {
		case err == nil || err.Error() != tc.want:
			t.Errorf("CheckKeys(%s) = %v; want %s", tc.in, err, tc.want)
		case tc.offset < 0 && err != io.ErrUnexpectedEOF:
			t.Errorf("CheckKeys(%s) = %T; want io.ErrUnexpectedEOF", tc.in, err)
		case tc.offset >= 0 && !errors.As(err, &se):
			t.Errorf("CheckKeys(%s) = %T; want *json.SyntaxError", tc.in, err)
		case tc.offset >= 0 && se.Offset != tc.offset:
			t.Errorf("CheckKeys(%s) = error at byte %d; want %d", tc.in, se.Offset, tc.offset)
		}
	}
}

// TestCheckKeys_manyKeys: a format of more keys than the index by length
// holds, and an object with all of them, then one repeated.
func TestCheckKeys_manyKeys(t *testing.T) {
	var keys []string
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i < 200; i++ {
		keys = append(keys, fmt.Sprintf("k%d", i))
		fmt.Fprintf(&b, `"k%d":%d,`, i, i)
	}
	f := Format{MaxDepth: 1, Keys: keys}
	ok := b.String()[:b.Len()-1] + "}"
	if err := f.CheckKeys([]byte(ok)); err != nil {
		t.Errorf("CheckKeys(200 keys) = %v; want success", err)
	}
	repeated := b.String() + `"k199":0}`
	if err := f.CheckKeys([]byte(repeated)); err == nil || err.Error() != `duplicate key "k199"` {
		t.Errorf("CheckKeys(200 keys, the last repeated) = %v; want duplicate key \"k199\"", err)
	}
}

// TestCheckKeys_allocations: CheckKeys allocates nothing for a valid input
// but the values it gives Scalar (one copy of the input, and a box for
// each string or number).
func TestCheckKeys_allocations(t *testing.T) {
	in := []byte(`{"name":"a","items":[{"n":1},{"n":2},{"n":true}]}`)
	f := format
	if n := testing.AllocsPerRun(100, func() { _ = f.CheckKeys(in) }); n != 0 {
		t.Errorf("CheckKeys without Scalar: %v allocations; want 0", n)
	}
	f.Scalar = func(string, json.Token) error { return nil }
	if n := testing.AllocsPerRun(100, func() { _ = f.CheckKeys(in) }); n > 4 {
		t.Errorf("CheckKeys with Scalar: %v allocations; want at most 4, the copy and three values", n)
	}
	// Past the buffers on the stack, a few allocations (buffers that double),
	// not one per token.
	escaped := []byte(`{"na\u006de":"a","items":[{"n":1},{"n":2},{"n":3},{"n":4}]}`)
	deep := []byte(strings.Repeat("[", 40) + strings.Repeat("]", 40))
	for name, in := range map[string][]byte{"an escaped key": escaped, "40 arrays deep": deep} {
		g := format
		g.MaxDepth = 64
		if err := g.CheckKeys(in); err != nil {
			t.Fatalf("CheckKeys(%s) = %v", name, err)
		}
		if n := testing.AllocsPerRun(100, func() { _ = g.CheckKeys(in) }); n > 8 {
			t.Errorf("CheckKeys(%s): %v allocations; want at most 8", name, n)
		}
	}
}

// TestCheckKeys_concurrent uses one Format from many goroutines, as the
// packages' formats are used; go test -race checks that they share
// nothing.
func TestCheckKeys_concurrent(t *testing.T) {
	f := opaqueFormat(new([]string))
	f.Scalar = func(string, json.Token) error { return nil }
	inputs := []string{`{"name":"a","items":[{"n":1}]}`, `{"blob":{"x":1},"name":"b"}`, `{"Name":1}`, `{"name":1,"name":2}`}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				in := inputs[(g+i)%len(inputs)]
				got := f.CheckKeys([]byte(in))
				want := f.checkKeysToken([]byte(in))
				if why := sameError(got, want); why != "" {
					t.Errorf("CheckKeys(%s): %s", in, why)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}
