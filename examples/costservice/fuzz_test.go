package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
)

// FuzzRequest sends arbitrary bodies to each route that takes one. Whatever
// the body, the answer is one openapi.json documents for the route (never
// a 500), and a bill the service answers with adds up.
func FuzzRequest(f *testing.F) {
	posts := []string{"/v1/storage-cost", "/v1/bond", "/v1/deadline"}
	// A small tariff keeps the inputs short, so that the fuzzer's
	// minimisation of each new input is quick.
	const tariff = `[{"version":"V","issuer":"W","effective_from":"2026-01-01","minimum_per_bill":"20","charges":[` +
		`{"kind":"handling-in","basis":"tonne","per":"once","rate":"35","minimum":"50"},` +
		`{"kind":"storage","basis":"m3","per":"day","rate":"1.2","free_days":3,"tiers":[{"from_day":1,"to_day":30,"rate":"1.2"},{"from_day":31,"to_day":0,"multiplier":"1.5"}]},` +
		`{"kind":"disposal","per":"once","pass_through":true}]}]`
	for _, seed := range []struct {
		route uint8
		body  string
	}{
		// Worked examples.
		{0, `{"schedule":` + tariff + `,"stay":{"goods":{"volume":"12.5","weight":"1850"},"detained":"2026-11-02","outcome":"released","end":"2027-01-15"}}`},
		{0, `{"schedule":` + tariff + `,"stay":{"goods":{"volume":"2","weight":"1"},"detained":"2026-11-02","outcome":"disposed","end":"2027-06-15","confiscation":{"served":"2026-12-01"},"disposal_cost":"99.5"}}`},
		{0, `{"schedule":` + tariff + `,"stay":{"goods":{"volume":"12.5","weight":"1850"},"detained":"2026-11-02"},"as_of":"2026-11-30"}`},
		{1, `{"track":"ex-officio","goods_value":"150000.00"}`},
		{1, `{"track":"upon-application","goods_value":87654.32}`},
		{2, `{"trigger":"2024-02-09","period":"reply"}`},
		{2, `{"trigger":"2024-11-01","period":{"count":3,"unit":"months","roll":"none"}}`},
		// Errors of every kind.
		{0, `{"schedule":[],"stay":{}}`},
		{0, `{"schedule":` + tariff + `,"stay":{"goods":{"volume":"1"},"detained":"2025-11-02","outcome":"released","end":"2026-01-15"}}`},
		{1, `{"track":"ex-officio","goods_value":"1e999999"}`},
		{1, `{"track":"ex-officio","goods_value":"-0.001","track":null}`},
		{2, `{"trigger":"2027-12-20","period":"investigation"}`},
		{2, `{"trigger":"2024-02-09","period":{"count":99999,"unit":"days"}}`},
		{2, `[`},
		{1, ``},
		{0, `null`},
	} {
		f.Add(seed.route, []byte(seed.body))
	}
	h := newTestServer(nil)
	noMemo := newServer(config{Calendar: calendar.China()})
	f.Fuzz(func(t *testing.T, route uint8, body []byte) {
		path := posts[int(route)%len(posts)]
		req := httptest.NewRequest("POST", path, strings.NewReader(string(body)))
		req.Header.Set("Content-Type", jsonType)
		req.Header.Set("X-Request-Id", "fuzz")
		res := serveAndCheck(t, h, req) // The response is one the document has.
		// The memo of schedules changes no answer.
		req = httptest.NewRequest("POST", path, strings.NewReader(string(body)))
		req.Header.Set("Content-Type", jsonType)
		req.Header.Set("X-Request-Id", "fuzz")
		rec := httptest.NewRecorder()
		noMemo.ServeHTTP(rec, req)
		if rec.Code != res.status || !bytes.Equal(rec.Body.Bytes(), res.body) {
			t.Fatalf("POST %s %q: with the memo %d %s; without %d %s", path, body, res.status, res.body, rec.Code, rec.Body)
		}
		switch res.status {
		case http.StatusOK, http.StatusBadRequest, http.StatusUnprocessableEntity:
		case http.StatusRequestEntityTooLarge:
			if len(body) <= maxBodyBytes {
				t.Errorf("413 for %d bytes", len(body))
			}
		default:
			t.Fatalf("POST %s %q = %d: %s", path, body, res.status, res.body)
		}
		if res.status == http.StatusOK && path == posts[0] {
			var got struct {
				Bill storagecost.Bill `json:"bill"` // UnmarshalJSON checks that it adds up.
			}
			if err := json.Unmarshal(res.body, &got); err != nil {
				t.Errorf("the bill for %q does not add up: %v", body, err)
			}
		}
	})
}

// FuzzObjectMembers checks the one-pass splitter of request objects
// against encoding/json's tokenizer: for any well-formed JSON, the same
// object-or-not answer, and the same keys and values in the same order.
func FuzzObjectMembers(f *testing.F) {
	for _, seed := range []string{
		`{}`, ` { } `, `{"a":1}`, `{"a" : "x,}" , "b":{"c":[1,{"d":"}"}]},"e":null}`,
		`{"k\"ey":"v\\"}`, `{"\u0061":true,"a":false}`, `[{"a":1}]`, `"{}"`, `1`, `{"a":{}}` + "\n",
		`{"a":"\\\"","b":[[],[[]]],"c":-1.5e3}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		got, ok := objectMembers(data)
		dec := json.NewDecoder(bytes.NewReader(data))
		tok, _ := dec.Token()
		if want := tok == json.Delim('{'); ok != want {
			t.Fatalf("objectMembers(%q) ok = %v; want %v", data, ok, want)
		}
		if !ok {
			return
		}
		i := 0
		for ; dec.More(); i++ {
			tok, _ := dec.Token()
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				t.Fatal(err)
			}
			if i >= len(got) {
				t.Fatalf("objectMembers(%q) has %d members; want more", data, len(got))
			}
			if got[i].key() != tok.(string) || !bytes.Equal(got[i].value, value) {
				t.Fatalf("objectMembers(%q)[%d] = %q: %s; want %q: %s", data, i, got[i].key(), got[i].value, tok, value)
			}
		}
		if i != len(got) {
			t.Fatalf("objectMembers(%q) has %d members; want %d", data, len(got), i)
		}
	})
}
