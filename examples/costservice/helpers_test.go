package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/stretchr/testify/require"
)

// doc is openapi.json, parsed once for every test.
var doc = func() apiDoc {
	d, err := parseAPIDoc(openAPIDocument)
	if err != nil {
		panic("openapi.json: " + err.Error())
	}
	return d
}()

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// slogJSON is the service's logger, writing to w.
func slogJSON(w io.Writer) *slog.Logger { return slog.New(slog.NewJSONHandler(w, nil)) }

// newTestServer returns the service on the compiled-in calendar, logging
// to logs if it is not nil.
func newTestServer(logs *syncBuffer) http.Handler {
	cfg := config{Calendar: calendar.China(), MemoSchedules: memoSchedules}
	if logs != nil {
		cfg.Logger = slogJSON(logs)
	}
	return newServer(cfg)
}

// response is what a request got.
type response struct {
	status int
	header http.Header
	body   []byte
	json   map[string]any // the body, if it is a JSON object
}

// str returns the string at a path of keys in the JSON body, "" if none.
func (r response) str(keys ...string) string {
	var cur any = r.json
	for _, k := range keys {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[k]
	}
	switch v := cur.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// fields returns the fields named in a problem's errors.
func (r response) fields() []string {
	list, _ := r.json["errors"].([]any)
	var out []string
	for _, e := range list {
		m, _ := e.(map[string]any)
		f, _ := m["field"].(string)
		out = append(out, f)
	}
	return out
}

// do sends a request to h and checks the response against openapi.json:
// the status is documented for the operation (or is the 404 or 405 of
// one that does not exist), the content type and the body are the
// documented ones, and a problem's status, instance and request id are
// the response's.
func do(t testing.TB, h http.Handler, method, path, contentType, body string) response {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return serveAndCheck(t, h, req)
}

func serveAndCheck(t testing.TB, h http.Handler, req *http.Request) response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
	if v, err := decodeJSON(res.body); err == nil {
		res.json, _ = v.(map[string]any)
	}
	for _, why := range checkResponse(req.Method, req.URL.Path, res) {
		t.Errorf("%s %s = %d: %s\nbody: %s", req.Method, req.URL.Path, res.status, why, clip(string(res.body)))
	}
	return res
}

// checkResponse returns every way res disagrees with openapi.json.
func checkResponse(method, path string, res response) []string {
	var why []string
	var documented any // the response object of openapi.json for res
	ops, pathOK := doc.root["paths"].(map[string]any)[path].(map[string]any)
	op, opOK := ops[strings.ToLower(method)].(map[string]any)
	switch {
	case !pathOK:
		if res.status != http.StatusNotFound {
			why = append(why, "a path the document does not have must be 404")
		}
		documented, _ = doc.lookup("#/components/responses/NotFound")
	case !opOK:
		if res.status != http.StatusMethodNotAllowed {
			why = append(why, "a method the document does not have on the path must be 405")
		}
		var allow []string
		for m := range ops {
			allow = append(allow, strings.ToUpper(m))
		}
		got := strings.Split(res.header.Get("Allow"), ", ")
		sort.Strings(allow)
		sort.Strings(got)
		if !slices.Equal(got, allow) {
			why = append(why, fmt.Sprintf("Allow %v; want %v", got, allow))
		}
		documented, _ = doc.lookup("#/components/responses/MethodNotAllowed")
	default:
		documented = op["responses"].(map[string]any)[strconv.Itoa(res.status)]
		if documented == nil {
			return append(why, "status not documented for the operation")
		}
	}
	r, err := doc.resolve(documented.(map[string]any))
	if err != nil {
		return append(why, err.Error())
	}
	ct := res.header.Get("Content-Type")
	media, ok := r["content"].(map[string]any)[ct].(map[string]any)
	if !ok {
		return append(why, "content type "+ct+" is not documented for the status")
	}
	v, err := decodeJSON(res.body)
	if err != nil {
		return append(why, "body is not JSON: "+err.Error())
	}
	why = append(why, doc.validate(media["schema"], v, "body")...)
	if res.header.Get("X-Request-Id") == "" {
		why = append(why, "no X-Request-Id")
	}
	if ct == "application/problem+json" {
		if res.str("status") != strconv.Itoa(res.status) {
			why = append(why, "problem status "+res.str("status"))
		}
		if res.str("instance") != path {
			why = append(why, "problem instance "+res.str("instance"))
		}
		if res.str("request_id") != res.header.Get("X-Request-Id") {
			why = append(why, "problem request_id "+res.str("request_id"))
		}
		if res.str("type") == "about:blank" && res.str("title") != http.StatusText(res.status) {
			why = append(why, "an about:blank problem's title is the status text (RFC 9457 section 4.2.1)")
		}
	}
	return why
}

// readFile returns a file of testdata.
func readFile(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return string(data)
}
