package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// moduleJSON returns every .json file of the module, the testdata of
// every package and example: the formats as they are written.
func moduleJSON(tb testing.TB) map[string][]byte {
	tb.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../.." {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files[filepath.ToSlash(path)] = data
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) < 10 {
		tb.Fatalf("found %d JSON files in the module; want the testdata of every package", len(files))
	}
	return files
}

// corpusKeys returns every object key in files, sorted.
func corpusKeys(tb testing.TB, files map[string][]byte) []string {
	tb.Helper()
	set := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				set[k] = true
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	for name, data := range files {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		walk(v)
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// storageKeys are the keys of storagecost's Standard and Stay formats and
// of the cost service's request, whose stay is opaque here.
var storageKeys = []string{
	"version", "issuer", "source", "note", "effective_from", "effective_until",
	"rounding", "day_count", "minimum_per_bill", "charges",
	"kind", "condition", "basis", "per", "rate", "free_days", "tiers", "brackets",
	"minimum", "pass_through", "description",
	"from_day", "to_day", "multiplier", "up_to", "amount",
	"schedule", "as_of",
}

// diffFormat is a Format of the differential fuzz target, its Scalar
// recording every call in calls.
type diffFormat struct {
	name  string
	build func(calls *[]string) Format
}

// recordingScalar records each call in calls, as the key and the dynamic
// type and value of the token, and refuses some values, so that the path
// of a Scalar error is compared too: a number with an exponent, a string
// holding "bad", false, and any value of the key "reject".
func recordingScalar(calls *[]string) func(string, json.Token) error {
	return func(key string, v json.Token) error {
		*calls = append(*calls, fmt.Sprintf("%s=%T(%#v)", key, v, v))
		switch v := v.(type) {
		case json.Number:
			if strings.ContainsAny(string(v), "eE") {
				return errors.New("no exponents")
			}
		case string:
			if strings.Contains(v, "bad") {
				return fmt.Errorf("bad string %q", v)
			}
		case bool:
			if !v {
				return errors.New("not false")
			}
		}
		if key == "reject" {
			return errors.New("rejected")
		}
		return nil
	}
}

func diffFormats(corpus []string) []diffFormat {
	return []diffFormat{
		{"corpus", func(calls *[]string) Format {
			// More than 64 keys: looked up one by one.
			return Format{MaxBytes: 1 << 20, MaxDepth: 8, Keys: corpus, Scalar: recordingScalar(calls)}
		}},
		{"storage", func(calls *[]string) Format {
			return Format{MaxBytes: 1 << 20, MaxDepth: 8, Keys: storageKeys, Opaque: []string{"stay", "goods"}, Scalar: recordingScalar(calls)}
		}},
		{"small", func(calls *[]string) Format {
			return Format{MaxBytes: 200, MaxDepth: 3, Keys: []string{"name", "items", "n", "reject"}, Opaque: []string{"blob"}, Scalar: recordingScalar(calls)}
		}},
		{"odd", func(calls *[]string) Format {
			// Repeated keys, the empty key, a key both plain and opaque,
			// keys that need escapes or are not ASCII, and one too long to
			// index by length.
			return Format{MaxBytes: 1 << 20, MaxDepth: 2, Scalar: recordingScalar(calls),
				Keys:   []string{"a", "", "a", "b", "é", "名称", "a\ufffdb", `q"\`, "\n", "\U0001F600", strings.Repeat("k", 64), "items", "n"},
				Opaque: []string{"b", "blob", "blob"}}
		}},
		{"flat", func(*[]string) Format {
			// No keys, no Scalar, nothing nested.
			return Format{MaxBytes: 1 << 20, MaxDepth: 0}
		}},
		{"deep", func(*[]string) Format {
			return Format{MaxBytes: 1 << 20, MaxDepth: 1 << 10, Keys: []string{"n", "name", "items"}}
		}},
	}
}

// sameError reports how got differs from want, or "": the same type and
// message, and for a *PathError the same path, for a *json.SyntaxError
// the same offset.
func sameError(got, want error) string {
	switch {
	case got == nil && want == nil:
		return ""
	case got == nil || want == nil:
		return fmt.Sprintf("error %v; the reference's %v", got, want)
	case reflect.TypeOf(got) != reflect.TypeOf(want) || got.Error() != want.Error():
		return fmt.Sprintf("error %T %q; the reference's %T %q", got, got, want, want)
	}
	var gp, wp *PathError
	if errors.As(got, &gp) && errors.As(want, &wp) && gp.Path != wp.Path {
		return fmt.Sprintf("path %q; the reference's %q", gp.Path, wp.Path)
	}
	var gs, ws *json.SyntaxError
	if errors.As(got, &gs) && errors.As(want, &ws) && gs.Offset != ws.Offset {
		return fmt.Sprintf("syntax error at %d; the reference's at %d", gs.Offset, ws.Offset)
	}
	return ""
}

// checkAgainstReference runs CheckKeys and the reference on data with the
// format and fails t if they differ.
func checkAgainstReference(t *testing.T, df diffFormat, data []byte) {
	t.Helper()
	var got, want []string
	gotErr := df.build(&got).CheckKeys(data)
	wantErr := df.build(&want).checkKeysToken(data)
	if why := sameError(gotErr, wantErr); why != "" {
		t.Fatalf("format %s: CheckKeys(%q): %s", df.name, data, why)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("format %s: CheckKeys(%q) called Scalar with\n%q\nthe reference with\n%q", df.name, data, got, want)
	}
}

// FuzzCheckKeys_matchesReference holds the scanner of CheckKeys to the
// Token walk it replaced (reference_test.go): on any input and several
// formats, the same answer, the same error (type, message, path, offset)
// and the same calls of Scalar, with the same keys and values.
func FuzzCheckKeys_matchesReference(f *testing.F) {
	files := moduleJSON(f)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f.Add(files[name])
	}
	for _, s := range handSeeds {
		f.Add([]byte(s))
	}
	formats := diffFormats(corpusKeys(f, files))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, df := range formats {
			checkAgainstReference(t, df, data)
		}
	})
}

// handSeeds are the corners of the grammar and of the key checks, for the
// fuzz target and TestCheckKeys_matchesReference.
var handSeeds = []string{
	// Empty, whitespace, and streams of values, which Token reads one
	// after another: CheckKeys checks every one.
	``, ` `, " \t\r\n", `1 2`, `01`, `1-2`, `truefalse`, `"a""b"`, `{}{}`, `{"name":1}{"Name":1}`, `[]1`,
	`{"name":"a"} {"n":1,"n":2}`, `nul`, `nulll`, `tru e`, `1.`, `1.e5`, `-`, `-a`, `1e`, `1e+`, `1E-7`, `-0.0e00`,
	`1.5.3`, `0x10`, `+1`, `.5`, "\x00", "\xef\xbb\xbf{}",
	// Truncation between tokens, which Token does not report, and within
	// one, which it does.
	`{`, `{"name"`, `{"name":`, `{"name":"a"`, `{"name":"a",`, `[1,`, `{"items":[{"n":1}`, `{"na`, `{"name":"a`, `{"n":1e`, `{"n":tr`,
	// Misplaced delimiters.
	`{"name":1,}`, `[1,]`, `{,}`, `[,1]`, `{"name" 1}`, `{"name"::1}`, `{"name":1:2}`, `{1:2}`, `{"items":]`, `[}`, `{]`, `}`, `]`, `:`, `,`,
	`{"name":1]`, `[1}`, `{"name"}`, `{"items":[1 2]}`, `{"n":1 "name":2}`,
	// Keys unknown, repeated, escaped, not UTF-8.
	`{"Name":1}`, `{"name":1,"name":2}`, `{"\u006eame":"a"}`, `{"\u006Eame":"a","name":"b"}`, `{"na\u006de":1}`, `{"\/":1}`,
	`{"items":[{"n":1},{"n":2,"x":3}]}`, `{"items":[{"n":1},{"n":2,"n":3}]}`, `{"items":[[{"n":1}],{"n":1e5}]}`,
	"{\"a\xffb\":1}", "{\"a\\ud800b\":1}", "{\"a\\udc00b\":1}", "{\"a\\ud800\\u0062\":1}", `{"\ud83d\ude00":1}`, `{"\ud83d\ud83d\ude00":1}`,
	`{"\u00e9":1,"é":2}`, `{"\u540d\u79f0":1}`, `{"q\"\\":1}`, `{"\n":1}`, `{"":1}`, `{"":{"":{}}}`, `{"a":{"":1}}`,
	"{\"\xed\xa0\x80\":1}", "{\"\xf0\x9f\x98\x80\":1}", "{\"a\x01\":1}", `{"a\x":1}`, `{"a\u12":1}`, `{"a\u12g4":1}`,
	`{"` + strings.Repeat("k", 64) + `":1}`, `{"` + strings.Repeat("k", 65) + `":1}`, `{"` + strings.Repeat("x", 100) + `":1}`,
	// Scalar: its values and the paths of its errors.
	`{"name":"bad"}`, `{"name":"b\u0061d"}`, `{"name":false}`, `{"name":true,"n":null}`, `{"reject":1}`, `{"items":[{"n":"a\u0000b"}]}`,
	`{"n":-12.50}`, `{"n":1E5}`, `{"n":01}`, `[01]`, `{"n":-01}`, `{"items":[1,"x",null,{"n":1e5}]}`, `{"items":[{"n":[1e5]}]}`, "{\"name\":\"\xff\\n\xc3\"}", `{"name":"\ud800"}`, `[{"n":1e5}]`, `[[{"name":"bad"}]]`,
	// Opaque values: read whole, but read.
	`{"blob":{"Unknown":1,"Unknown":2e9},"name":"a"}`, `{"blob":[1,"x",null,true,{"k":1e999999}],"name":"a"}`, `{"blob":[[[[[[]]]]]]}`,
	`{"blob":"bad"}`, `{"blob"`, `{"blob":`, `{"blob":[1,2`, `{"blob":{"a":}}`, `{"blob":}`, `{"blob"}`, `{"blob":1,"blob":2}`, `{"blob":{"a"`,
	`{"b":1,"a":2,"a":3}`, `{"stay":{"goods":{"x":1}},"schedule":[]}`, `{"goods":[1}`,
	// Depth.
	`[[[]]]`, `[[[[]]]]`, `{"items":[[[[]]]]}`, `{"items":[[[1e5]]]}`, `[{}]`, `{"n":{}}`,
}

// TestCheckKeys_matchesReference runs the hand seeds through the
// differential check, so that go test alone covers them.
func TestCheckKeys_matchesReference(t *testing.T) {
	formats := diffFormats(corpusKeys(t, moduleJSON(t)))
	for _, s := range handSeeds {
		for _, df := range formats {
			checkAgainstReference(t, df, []byte(s))
		}
	}
}
