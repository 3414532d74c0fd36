package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/storagecost"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const jsonType = "application/json"

// The brief's worked examples of the bond (Measures art 23, R-EXO-4;
// Regs art 14, R-APP-2), and the edges of the tiers.
func TestBond(t *testing.T) {
	h := newTestServer(nil)
	tests := []struct {
		name, body         string
		track, bond, value string
		rule               string
	}{
		{"150,000 ex officio: half", `{"track":"ex-officio","goods_value":"150000.00"}`, "ex-officio", "75000.00", "150000.00", "R-EXO-4"},
		{"30,000 ex officio: the floor", `{"track":"ex-officio","goods_value":"30000.00"}`, "ex-officio", "20000.00", "30000.00", "R-EXO-4"},
		{"200,000.01 ex officio: the flat bond", `{"track":"ex-officio","goods_value":"200000.01"}`, "ex-officio", "100000.00", "200000.01", "R-EXO-4"},
		{"87,654.32 upon application: the value", `{"track":"upon-application","goods_value":"87654.32"}`, "upon-application", "87654.32", "87654.32", "R-APP-2"},
		{"below 20,000: the value", `{"track":"ex-officio","goods_value":"19999.99"}`, "ex-officio", "19999.99", "19999.99", "R-EXO-4"},
		{"20,000 is in the middle tier", `{"track":"ex-officio","goods_value":"20000"}`, "ex-officio", "20000.00", "20000.00", "R-EXO-4"},
		{"200,000 is in the middle tier", `{"track":"ex-officio","goods_value":"200000"}`, "ex-officio", "100000.00", "200000.00", "R-EXO-4"},
		{"half a fen rounds up", `{"track":"ex-officio","goods_value":"40000.01"}`, "ex-officio", "20000.01", "40000.01", "R-EXO-4"},
		{"a JSON number", `{"goods_value":150000,"track":"ex-officio"}`, "ex-officio", "75000.00", "150000.00", "R-EXO-4"},
		{"a track in capitals", `{"track":"EX-OFFICIO","goods_value":"150000.00"}`, "ex-officio", "75000.00", "150000.00", "R-EXO-4"},
		{"nothing detained, nothing bonded", `{"track":"upon-application","goods_value":"0"}`, "upon-application", "0.00", "0.00", "R-APP-2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, "POST", "/v1/bond", jsonType, tc.body)
			require.Equal(t, http.StatusOK, res.status, string(res.body))
			assert.Equalf(t, tc.bond, res.str("bond"), "bond(%s) = %s; want %s", tc.body, res.str("bond"), tc.bond)
			assert.Equal(t, tc.track, res.str("track"))
			assert.Equal(t, tc.value, res.str("goods_value"))
			assert.Equal(t, tc.rule, res.str("rule"))
			// The service answers what the library does.
			var tr enforcement.Track
			require.NoError(t, tr.UnmarshalText([]byte(tc.track)))
			want, err := enforcement.RequiredBond(tr, decimal.RequireFromString(tc.value))
			require.NoError(t, err)
			assert.Truef(t, want.Equal(decimal.RequireFromString(res.str("bond"))), "bond %s; library %s", res.str("bond"), want)
		})
	}
	assert.Equal(t, "Measures (2009 numbering) art 23", do(t, h, "POST", "/v1/bond", jsonType, tests[0].body).str("article"))
}

func TestBond_errors(t *testing.T) {
	h := newTestServer(nil)
	tests := []struct {
		name, body string
		fields     []string
		reason     string // in the first error's reason
	}{
		{"negative", `{"track":"ex-officio","goods_value":"-1"}`, []string{"goods_value"}, "negative"},
		{"a fraction of a fen", `{"track":"ex-officio","goods_value":"150000.001"}`, []string{"goods_value"}, "2 decimal places"},
		{"too large", `{"track":"ex-officio","goods_value":"1000000000000.01"}`, []string{"goods_value"}, "too large"},
		{"an exponent", `{"track":"ex-officio","goods_value":"1e5"}`, []string{"goods_value"}, "plain decimal notation"},
		{"an exponent as a number", `{"track":"ex-officio","goods_value":1e999999}`, []string{"goods_value"}, "plain decimal notation"},
		{"a million digits", `{"track":"ex-officio","goods_value":"` + strings.Repeat("9", 1000) + `"}`, []string{"goods_value"}, "more than 40 characters"},
		{"not a number", `{"track":"ex-officio","goods_value":"lots"}`, []string{"goods_value"}, "plain decimal notation"},
		{"a boolean", `{"track":"ex-officio","goods_value":true}`, []string{"goods_value"}, "plain decimal notation"},
		{"a trailing point", `{"track":"ex-officio","goods_value":"5."}`, []string{"goods_value"}, "plain decimal notation"},
		{"unknown track", `{"track":"ex-offico","goods_value":"1"}`, []string{"track"}, `unknown Track "ex-offico"`},
		{"track as a number", `{"track":1,"goods_value":"1"}`, []string{"track"}, "cannot use a JSON number"},
		{"empty track", `{"track":"","goods_value":"1"}`, []string{"track"}, "unknown Track"},
		{"no track", `{"goods_value":"1"}`, []string{"track"}, "required"},
		{"null value", `{"track":"ex-officio","goods_value":null}`, []string{"goods_value"}, "required"},
		{"nothing", `{}`, []string{"track", "goods_value"}, "required"},
		{"a key in capitals", `{"Track":"ex-officio","goods_value":"1"}`, []string{"Track", "track"}, "unknown key (keys are lower case: track, goods_value)"},
		{"a repeated key", `{"track":"ex-officio","track":"upon-application","goods_value":"1"}`, []string{"track"}, "repeated key"},
		{"an array", `[{"track":"ex-officio","goods_value":"1"}]`, []string{""}, "must be a JSON object"},
		{"a string", `"ex-officio"`, []string{""}, "must be a JSON object"},
		{"every problem at once", `{"track":"x","goods_value":"1e5","extra":1}`, []string{"track", "goods_value", "extra"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, "POST", "/v1/bond", jsonType, tc.body)
			require.Equal(t, http.StatusUnprocessableEntity, res.status, string(res.body))
			assert.Equal(t, typeInvalid, res.str("type"))
			assert.ElementsMatch(t, tc.fields, res.fields(), string(res.body))
			assert.Contains(t, res.str("detail"), tc.reason)
		})
	}
}

// The deadlines of the brief and of examples/deadline's golden files.
func TestDeadline(t *testing.T) {
	h := newTestServer(nil)
	tests := []struct {
		name, body        string
		lastDay, weekday  string
		ends, endsPerson  string
		unrolled, period  string
		rule              string
		wantNamedCitation bool
	}{
		{"the brief's worked example, by name", `{"trigger":"2024-02-09","period":"reply"}`,
			"2024-02-20", "Tuesday", "2024-02-21T00:00:00+08:00", "2024-02-20T17:00:00+08:00", "", "3 working days from the day after the trigger", "R-EXO-2", true},
		{"the same in full", `{"trigger":"2024-02-09","period":{"count":3,"unit":"working-days"}}`,
			"2024-02-20", "Tuesday", "2024-02-21T00:00:00+08:00", "2024-02-20T17:00:00+08:00", "", "3 working days from the day after the trigger", "", false},
		{"a name in capitals", `{"trigger":"2024-02-09","period":"REPLY"}`,
			"2024-02-20", "Tuesday", "2024-02-21T00:00:00+08:00", "2024-02-20T17:00:00+08:00", "", "3 working days from the day after the trigger", "R-EXO-2", true},
		{"20 working days across National Day 2025", `{"trigger":"2025-09-26","period":{"count":20,"unit":"working-days"}}`,
			"2025-10-30", "Thursday", "2025-10-31T00:00:00+08:00", "2025-10-30T17:00:00+08:00", "", "20 working days from the day after the trigger", "", false},
		{"court notice: 20 working days from detention", `{"trigger":"2025-09-26","period":"court-notice"}`,
			"2025-10-30", "Thursday", "2025-10-31T00:00:00+08:00", "2025-10-30T17:00:00+08:00", "", "20 working days from the day after the trigger", "R-APP-4", true},
		{"the fee cap does not roll (Measures art 34)", `{"trigger":"2024-11-01","period":"fee-cap"}`,
			"2025-02-01", "Saturday", "2025-02-02T00:00:00+08:00", "2025-02-01T17:00:00+08:00", "", "3 months from the day after the trigger, not moved off rest days", "R-FEE-3 [S]", true},
		{"a time limit in months rolls (Civil Code art 203)", `{"trigger":"2024-11-01","period":{"count":3,"unit":"months"}}`,
			"2025-02-05", "Wednesday", "2025-02-06T00:00:00+08:00", "2025-02-05T17:00:00+08:00", "2025-02-01", "3 months from the day after the trigger", "", false},
		{"30 days rolled off National Day 2024", `{"trigger":"2024-09-01","period":{"count":30,"unit":"days","start":"next-day","roll":"forward"}}`,
			"2024-10-08", "Tuesday", "2024-10-09T00:00:00+08:00", "2024-10-08T17:00:00+08:00", "2024-10-01", "30 days from the day after the trigger", "", false},
		{"same-day start on a holiday", `{"trigger":"2024-02-17","period":{"count":1,"unit":"working-days","start":"same-day"}}`,
			"2024-02-18", "Sunday", "2024-02-19T00:00:00+08:00", "2024-02-18T17:00:00+08:00", "", "1 working day from the trigger day", "", false},
		{"a fee cap needs no calendar beyond its data", `{"trigger":"2027-11-30","period":"fee-cap"}`,
			"2028-02-29", "Tuesday", "2028-03-01T00:00:00+08:00", "2028-02-29T17:00:00+08:00", "", "3 months from the day after the trigger, not moved off rest days", "R-FEE-3 [S]", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, "POST", "/v1/deadline", jsonType, tc.body)
			require.Equal(t, http.StatusOK, res.status, string(res.body))
			assert.Equalf(t, tc.lastDay, res.str("last_day"), "deadline(%s).last_day = %s; want %s", tc.body, res.str("last_day"), tc.lastDay)
			assert.Equal(t, tc.weekday, res.str("weekday"))
			assert.Equal(t, tc.ends, res.str("ends"))
			assert.Equal(t, tc.endsPerson, res.str("ends_in_person"))
			assert.Equal(t, tc.unrolled, res.str("unrolled"))
			assert.Equal(t, fmt.Sprint(tc.unrolled != ""), res.str("rolled"))
			assert.Equal(t, tc.period, res.str("description"))
			assert.Equal(t, tc.rule, res.str("rule"))
			assert.Equal(t, tc.wantNamedCitation, res.str("article") != "" && res.str("about") != "" && res.str("name") != "")
		})
	}
}

func TestDeadline_errors(t *testing.T) {
	h := newTestServer(nil)
	tests := []struct {
		name, body string
		typ        string
		fields     []string
		reason     string
	}{
		{"beyond the calendar's data", `{"trigger":"2027-12-09","period":"investigation"}`, typeNotCovered, []string{"trigger"}, "needs 2027-12-25, outside the calendar's official data 2020-01-01 to 2027-12-24"},
		{"before the calendar's data", `{"trigger":"2019-06-03","period":"reply"}`, typeNotCovered, []string{"trigger"}, "outside the calendar's official data"},
		{"a rolled period ending beyond the data", `{"trigger":"2027-11-30","period":"announcement"}`, typeNotCovered, []string{"trigger"}, "outside"},
		{"an unknown name", `{"trigger":"2024-02-09","period":"rply"}`, typeInvalid, []string{"period"}, "unknown period name (want a period object or one of reply, investigation,"},
		{"an empty name", `{"trigger":"2024-02-09","period":""}`, typeInvalid, []string{"period"}, "empty period name"},
		{"a zero count", `{"trigger":"2024-02-09","period":{"count":0,"unit":"days"}}`, typeInvalid, []string{"period"}, "period count 0 out of range 1-10000"},
		{"an unknown unit", `{"trigger":"2024-02-09","period":{"count":3,"unit":"weeks"}}`, typeInvalid, []string{"period"}, `unknown Unit "weeks"`},
		{"months from the trigger day", `{"trigger":"2024-02-09","period":{"count":3,"unit":"months","start":"same-day"}}`, typeInvalid, []string{"period"}, "Civil Code art 202"},
		{"an unknown key in the period", `{"trigger":"2024-02-09","period":{"count":3,"unit":"days","units":"x"}}`, typeInvalid, []string{"period"}, `unknown key "units"`},
		{"a period as a number", `{"trigger":"2024-02-09","period":3}`, typeInvalid, []string{"period"}, "cannot"},
		{"no such day", `{"trigger":"2024-02-30","period":"reply"}`, typeInvalid, []string{"trigger"}, `invalid date "2024-02-30"`},
		{"a date with a time", `{"trigger":"2024-02-09T00:00:00Z","period":"reply"}`, typeInvalid, []string{"trigger"}, "invalid date"},
		{"an empty trigger", `{"trigger":"","period":"reply"}`, typeInvalid, []string{"trigger"}, "required"},
		{"past the year 9999", `{"trigger":"9999-12-31","period":"fee-cap"}`, typeInvalid, []string{"period"}, "ends after 9999-12-31"},
		{"no period", `{"trigger":"2024-02-09"}`, typeInvalid, []string{"period"}, "required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, "POST", "/v1/deadline", jsonType, tc.body)
			require.Equal(t, http.StatusUnprocessableEntity, res.status, string(res.body))
			assert.Equal(t, tc.typ, res.str("type"))
			assert.ElementsMatch(t, tc.fields, res.fields(), string(res.body))
			assert.Contains(t, res.str("detail"), tc.reason)
		})
	}
	res := do(t, h, "POST", "/v1/deadline", jsonType, tests[0].body)
	assert.Equal(t, "2027-12-25", res.str("day"))
	assert.Equal(t, "2020-01-01", res.str("coverage", "first"))
	assert.Equal(t, "2027-12-24", res.str("coverage", "last"))
	assert.Contains(t, res.str("detail"), "-arrangements")
}

// The names of the law's periods are the right fields of
// enforcement.Rules, cited as the library cites them.
func TestNamedPeriods(t *testing.T) {
	want := map[string]calendar.Period{
		"reply":                   {Count: 3, Unit: calendar.UnitWorkingDays},
		"investigation":           {Count: 30, Unit: calendar.UnitWorkingDays},
		"court-notice":            {Count: 20, Unit: calendar.UnitWorkingDays},
		"ex-officio-court-notice": {Count: 50, Unit: calendar.UnitWorkingDays},
		"counter-guarantee-suit":  {Count: 30, Unit: calendar.UnitWorkingDays},
		"preservation":            {Count: 20, Unit: calendar.UnitWorkingDays},
		"fee-payment":             {Count: 10, Unit: calendar.UnitWorkingDays},
		"fee-cap":                 {Count: 3, Unit: calendar.UnitMonths, Roll: calendar.RollNone},
		"announcement":            {Count: 3, Unit: calendar.UnitMonths},
	}
	rules := enforcement.DefaultRules(calendar.China())
	require.Len(t, namedPeriods, len(want))
	for _, np := range namedPeriods {
		assert.Equalf(t, want[np.name], np.get(rules), "period %s", np.name)
		var k enforcement.DeadlineKind
		if k.UnmarshalText([]byte(np.name)) == nil {
			assert.Equalf(t, k.Article(), np.article+"; "+np.rule, "citation of %s", np.name)
		}
	}
}

// storageCostBody is a request for the port warehouse example of
// storagecost/testdata with the stay replaced.
func storageCostBody(t testing.TB, stay string, extra string) string {
	t.Helper()
	var req map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(readFile(t, "storage-cost.json")), &req))
	body := `{"schedule":` + string(req["schedule"]) + `,"stay":` + stay
	if extra != "" {
		body += "," + extra
	}
	return body + "}"
}

// The request of testdata/ is storagecost's worked example, and gets its
// bill: a confiscated consignment across the change of standard, capped
// 3 months after the decision (TestCalculate_portWarehouse).
func TestStorageCost(t *testing.T) {
	h := newTestServer(nil)

	t.Run("testdata is the port warehouse of storagecost", func(t *testing.T) {
		var req struct {
			Schedule storagecost.Schedule `json:"schedule"`
		}
		require.NoError(t, json.Unmarshal([]byte(readFile(t, "storage-cost.json")), &req))
		port, err := storagecost.ParseSchedule([]byte(readFile(t, "../../../storagecost/testdata/port-warehouse.json")))
		require.NoError(t, err)
		assert.True(t, port.Equal(req.Schedule), "testdata/storage-cost.json has drifted from storagecost/testdata/port-warehouse.json")
	})

	t.Run("final bill", func(t *testing.T) {
		res := do(t, h, "POST", "/v1/storage-cost", jsonType, readFile(t, "storage-cost.json"))
		require.Equal(t, http.StatusOK, res.status, string(res.body))
		var got struct {
			Bill        storagecost.Bill `json:"bill"` // UnmarshalJSON checks that it adds up.
			Explanation string           `json:"explanation"`
		}
		require.NoError(t, json.Unmarshal(res.body, &got))
		assert.Truef(t, got.Bill.Total.Equal(decimal.RequireFromString("4910.00")), "total %s; want 4910.00", got.Bill.Total)
		assert.Truef(t, got.Bill.Subtotal(storagecost.Storage).Equal(decimal.RequireFromString("3048.75")), "storage %s; want 3048.75", got.Bill.Subtotal(storagecost.Storage))
		assert.Len(t, got.Bill.Lines, 9)
		assert.True(t, got.Bill.Final)
		assert.True(t, got.Bill.Capped)
		assert.Equal(t, "2027-03-01", got.Bill.Last.String())
		assert.Equal(t, 120, got.Bill.Days)
		assert.Contains(t, got.Explanation, "= 4910.00 CNY")
		assert.Equal(t, "4910.00", res.str("bill", "total"))
	})

	t.Run("interim bill as of a day", func(t *testing.T) {
		// 2026-11-02 to 2026-11-30, both charged, is 29 days. Handling-in
		// 1.85 t × 35 = 64.75; days 1-3 free; days 4-29 at 12.5 m³ × 1.20
		// × 26 = 390.00.
		body := storageCostBody(t, `{"goods":{"volume":"12.5","weight":"1850"},"detained":"2026-11-02"}`, `"as_of":"2026-11-30"`)
		res := do(t, h, "POST", "/v1/storage-cost", jsonType, body)
		require.Equal(t, http.StatusOK, res.status, string(res.body))
		assert.Equal(t, "454.75", res.str("bill", "total"))
		assert.Equal(t, "false", res.str("bill", "final"))
		assert.Equal(t, "2026-11-30", res.str("bill", "last"))
		assert.Equal(t, "29", res.str("bill", "days"))
	})

	t.Run("one standard", func(t *testing.T) {
		// storagecost's package example: 45 days at the example tariff.
		const tariff = `[{"version": "EXAMPLE-2024", "issuer": "Example Port Warehouse", "effective_from": "2024-01-01", "minimum_per_bill": "100",
		  "charges": [
		    {"kind": "handling-in", "basis": "tonne", "per": "once", "rate": "35", "minimum": "50", "description": "inbound handling"},
		    {"kind": "storage", "basis": "m3", "per": "day", "rate": "1.20", "free_days": 3,
		     "tiers": [{"from_day": 1, "to_day": 30, "rate": "1.20"}, {"from_day": 31, "to_day": 0, "multiplier": "1.5"}], "description": "storage"},
		    {"kind": "handling-out", "basis": "tonne", "per": "once", "rate": "35", "minimum": "50", "description": "outbound handling"}]}]`
		body := `{"schedule":` + tariff + `,"stay":{"goods":{"volume":12.5,"weight":1850},"detained":"2024-03-04","outcome":"released","end":"2024-04-17"}}`
		res := do(t, h, "POST", "/v1/storage-cost", jsonType, body)
		require.Equal(t, http.StatusOK, res.status, string(res.body))
		assert.Equal(t, "872.00", res.str("bill", "total"))
		assert.Contains(t, res.str("explanation"), "Total: 742.50 + 64.75 + 64.75 = 872.00 CNY.")
	})
}

// Lines of every method: a top-up to the minimum per bill, a flat
// bracket, an actual cost passed through.
func TestStorageCost_methods(t *testing.T) {
	h := newTestServer(nil)
	const stay = `"stay":{"goods":{"volume":"10"},"detained":"2024-03-04","outcome":"released","end":"2024-03-06"}`
	t.Run("below the minimum per bill", func(t *testing.T) {
		// storagecost's ExampleLine_Explain_minimum: 10 m³ × 1.00 × 3 days
		// = 30.00, topped up by 70.00 to 100.00.
		body := `{"schedule":[{"version":"MIN","issuer":"W","effective_from":"2024-01-01","minimum_per_bill":"100",
			"charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1"}]}],` + stay + `}`
		res := do(t, h, "POST", "/v1/storage-cost", jsonType, body)
		require.Equal(t, http.StatusOK, res.status, string(res.body))
		assert.Equal(t, "100.00", res.str("bill", "total"))
		lines := res.json["bill"].(map[string]any)["lines"].([]any)
		require.Len(t, lines, 2)
		top := lines[1].(map[string]any)
		assert.Equal(t, "to-minimum", top["method"])
		assert.Equal(t, "70.00", top["amount"])
		assert.NotContains(t, top, "per", "a top-up line has no per")
	})
	t.Run("flat, pass-through", func(t *testing.T) {
		// 10 m³ × 1.00 × 3 days = 30.00; one inspection, 1 job, in the
		// first bracket: 80.00; disposal at its actual cost: 12.34.
		body := `{"schedule":[{"version":"VAR","issuer":"W","effective_from":"2024-01-01","charges":[
			{"kind":"storage","basis":"m3","per":"day","rate":"1"},
			{"kind":"inspection","basis":"job","per":"once","brackets":[{"up_to":"1","amount":"80"},{"up_to":"0","amount":"150"}]},
			{"kind":"disposal","per":"once","pass_through":true}]}],
			"stay":{"goods":{"volume":"10"},"detained":"2024-03-04","outcome":"disposed","end":"2024-03-06",
			"confiscation":{"served":"2024-03-05"},"inspections":["2024-03-05"],"disposal_cost":"12.34"}}`
		res := do(t, h, "POST", "/v1/storage-cost", jsonType, body)
		require.Equal(t, http.StatusOK, res.status, string(res.body))
		assert.Equal(t, "122.34", res.str("bill", "total"))
		var methods []string
		for _, l := range res.json["bill"].(map[string]any)["lines"].([]any) {
			methods = append(methods, l.(map[string]any)["method"].(string))
		}
		assert.Equal(t, []string{"rate", "flat", "pass-through"}, methods)
	})
}

func TestStorageCost_errors(t *testing.T) {
	h := newTestServer(nil)
	port := func(stay, extra string) string { return storageCostBody(t, stay, extra) }
	const goods = `"goods":{"volume":"12.5","weight":"1850"}`
	tests := []struct {
		name, body string
		typ        string
		fields     []string
		reason     string
	}{
		{"a stay still in storage, without as_of", port(`{`+goods+`,"detained":"2026-11-02"}`, ""), typeInvalid, []string{"stay.outcome"}, "use Accrued"},
		{"no detention day", port(`{`+goods+`,"outcome":"released","end":"2026-11-10"}`, ""), typeInvalid, []string{"stay.detained"}, "required"},
		{"released without an end", port(`{`+goods+`,"detained":"2026-11-02","outcome":"released"}`, ""), typeInvalid, []string{"stay.end"}, "required for outcome released"},
		{"a quantity in words", port(`{"goods":{"volume":"lots"},"detained":"2026-11-02"}`, `"as_of":"2026-11-30"`), typeInvalid, []string{"stay.goods.volume"}, ""},
		{"a quantity the tariff needs", port(`{"goods":{"volume":"12.5"},"detained":"2026-11-02","outcome":"released","end":"2026-11-10"}`, ""), typeInvalid, []string{"stay.goods.weight"}, "required by charges[0]"},
		{"an unknown outcome", port(`{`+goods+`,"detained":"2026-11-02","outcome":"lost"}`, ""), typeInvalid, []string{"stay.outcome"}, `unknown Outcome "lost"`},
		{"an unknown key in the stay", port(`{`+goods+`,"detained":"2026-11-02","detention":"2026-11-02"}`, ""), typeInvalid, []string{"stay"}, `unknown key "detention"`},
		{"as_of before detention", port(`{`+goods+`,"detained":"2026-11-02"}`, `"as_of":"2026-11-01"`), typeInvalid, []string{"as_of"}, "before"},
		{"as_of no such day", port(`{`+goods+`,"detained":"2026-11-02"}`, `"as_of":"2026-11-31"`), typeInvalid, []string{"as_of"}, "invalid date"},
		{"a day no standard covers", port(`{`+goods+`,"detained":"2025-12-01","outcome":"released","end":"2026-01-05"}`, ""), typeNoStandard, []string{"schedule"}, "2025-12-01"},
		{"a rate of zero", `{"schedule":[{"version":"V","issuer":"W","effective_from":"2026-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"0"}]}],"stay":{"detained":"2026-11-02"},"as_of":"2026-11-03"}`,
			typeInvalid, []string{"schedule[0].charges[0].rate"}, "a charge costs something"},
		{"a rate with an exponent", `{"schedule":[{"version":"V","issuer":"W","effective_from":"2026-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1e99"}]}],"stay":{"detained":"2026-11-02"}}`,
			typeInvalid, []string{"schedule[0].charges[0].rate"}, "without an exponent"},
		{"overlapping standards", `{"schedule":[{"version":"A","issuer":"W","effective_from":"2026-01-01","effective_until":"2026-12-31","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1"}]},{"version":"B","issuer":"W","effective_from":"2026-06-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1"}]}],"stay":{"detained":"2026-11-02"}}`,
			typeInvalid, []string{"schedule[1].effective_from"}, ""},
		{"a standard, not a schedule", `{"schedule":{"version":"V"},"stay":{"detained":"2026-11-02"}}`, typeInvalid, []string{"schedule"}, "array"},
		{"an empty schedule", `{"schedule":[],"stay":{"detained":"2026-11-02"}}`, typeInvalid, []string{"schedule"}, "at least one standard"},
		{"no schedule and no stay", `{"as_of":"2026-11-30"}`, typeInvalid, []string{"schedule", "stay"}, "required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, "POST", "/v1/storage-cost", jsonType, tc.body)
			require.Equal(t, http.StatusUnprocessableEntity, res.status, string(res.body))
			assert.Equal(t, tc.typ, res.str("type"))
			assert.ElementsMatch(t, tc.fields, res.fields(), string(res.body))
			assert.Contains(t, res.str("detail"), tc.reason)
		})
	}
	res := do(t, h, "POST", "/v1/storage-cost", jsonType, tests[9].body)
	assert.Equal(t, "2025-12-01", res.str("day"))
}

// Errors of HTTP itself, on every route that takes a body.
func TestPost_httpErrors(t *testing.T) {
	h := newTestServer(nil)
	for _, path := range []string{"/v1/storage-cost", "/v1/bond", "/v1/deadline"} {
		tests := []struct {
			name, contentType, body string
			status                  int
			typ, detail             string
		}{
			{"no content type", "", `{}`, http.StatusUnsupportedMediaType, typeBlank, "application/json"},
			{"text", "text/plain", `{}`, http.StatusUnsupportedMediaType, typeBlank, `content type "text/plain"`},
			{"a form", "application/x-www-form-urlencoded", `a=b`, http.StatusUnsupportedMediaType, typeBlank, ""},
			{"another charset", "application/json; charset=latin1", `{}`, http.StatusUnsupportedMediaType, typeBlank, ""},
			{"a malformed content type", "application/json; charset", `{}`, http.StatusUnsupportedMediaType, typeBlank, ""},
			{"UTF-8 named", "application/json; charset=UTF-8", `{}`, http.StatusUnprocessableEntity, typeInvalid, "required"},
			{"empty body", jsonType, ``, http.StatusBadRequest, typeMalformed, "the body is empty"},
			{"cut short", jsonType, `{"track":`, http.StatusBadRequest, typeMalformed, "unexpected end of JSON input"},
			{"not JSON", jsonType, `<bond/>`, http.StatusBadRequest, typeMalformed, "invalid character '<' looking for beginning of value (at byte 1)"},
			{"trailing data", jsonType, `{} {}`, http.StatusBadRequest, typeMalformed, "after top-level value"},
			{"a trailing comma", jsonType, `{"a":1,}`, http.StatusBadRequest, typeMalformed, "at byte 8"},
			{"over the limit", jsonType, `{"a":"` + strings.Repeat("x", maxBodyBytes) + `"}`, http.StatusRequestEntityTooLarge, typeBlank, "larger than 1048576 bytes"},
		}
		for _, tc := range tests {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				res := do(t, h, "POST", path, tc.contentType, tc.body)
				assert.Equal(t, tc.status, res.status, string(res.body))
				assert.Equal(t, "application/problem+json", res.header.Get("Content-Type"))
				assert.Equal(t, tc.typ, res.str("type"))
				assert.Contains(t, res.str("detail"), tc.detail)
			})
		}
	}
}

// The body limit holds whether or not the client says how long the body
// is, and a body exactly at the limit is read.
func TestPost_bodyLimit(t *testing.T) {
	const limit = 64
	h := newServer(config{Calendar: calendar.China(), MaxBodyBytes: limit})
	at := `{"track":"ex-officio","goods_value":"150000.00"}`
	at += strings.Repeat(" ", limit-len(at))
	for _, tc := range []struct {
		name    string
		body    string
		chunked bool
		status  int
	}{
		{"at the limit", at, false, http.StatusOK},
		{"at the limit, chunked", at, true, http.StatusOK},
		{"one byte over", at + " ", false, http.StatusRequestEntityTooLarge},
		{"one byte over, chunked", at + " ", true, http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/v1/bond", strings.NewReader(tc.body))
			req.Header.Set("Content-Type", jsonType)
			if tc.chunked {
				req.ContentLength = -1
			}
			res := serveAndCheck(t, h, req)
			assert.Equal(t, tc.status, res.status, string(res.body))
		})
	}
}

func TestMethodsAndPaths(t *testing.T) {
	h := newTestServer(nil)
	for _, tc := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/v1/bond", http.StatusMethodNotAllowed, "POST"},
		{"PUT", "/v1/storage-cost", http.StatusMethodNotAllowed, "POST"},
		{"DELETE", "/v1/deadline", http.StatusMethodNotAllowed, "POST"},
		{"POST", "/healthz", http.StatusMethodNotAllowed, "GET"},
		{"HEAD", "/healthz", http.StatusMethodNotAllowed, "GET"},
		{"OPTIONS", "/openapi.json", http.StatusMethodNotAllowed, "GET"},
		{"GET", "/", http.StatusNotFound, ""},
		{"GET", "/v1", http.StatusNotFound, ""},
		{"POST", "/v1/bond/", http.StatusNotFound, ""},
		{"POST", "/V1/BOND", http.StatusNotFound, ""},
		{"GET", "/healthz/", http.StatusNotFound, ""},
		{"GET", "/v2/bond", http.StatusNotFound, ""},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			res := do(t, h, tc.method, tc.path, jsonType, `{}`)
			assert.Equal(t, tc.status, res.status)
			assert.Equal(t, tc.allow, res.header.Get("Allow"))
			if tc.method != "HEAD" {
				assert.Equal(t, "application/problem+json", res.header.Get("Content-Type"))
				assert.Equal(t, typeBlank, res.str("type"))
			}
		})
	}
}

func TestHealthzAndOpenAPI(t *testing.T) {
	h := newTestServer(nil)
	res := do(t, h, "GET", "/healthz", "", "")
	assert.Equal(t, http.StatusOK, res.status)
	assert.Equal(t, "ok", res.str("status"))
	res = do(t, h, "GET", "/openapi.json", "", "")
	assert.Equal(t, http.StatusOK, res.status)
	assert.Equal(t, string(openAPIDocument), string(res.body))
	assert.Equal(t, "3.1.0", res.str("openapi"))
}

func TestRequestID(t *testing.T) {
	h := newTestServer(nil)
	send := func(id string) string {
		req := httptest.NewRequest("GET", "/healthz", nil)
		if id != "" {
			req.Header.Set("X-Request-Id", id)
		}
		return serveAndCheck(t, h, req).header.Get("X-Request-Id")
	}
	assert.Equal(t, "client-42:a.b_c", send("client-42:a.b_c"), "a plain token is kept")
	seen := map[string]bool{}
	for _, id := range []string{"", "two words", "x\ny", strings.Repeat("a", 65), "é"} {
		got := send(id)
		assert.NotEqual(t, id, got, "a client id %q that is not a plain token is replaced", id)
		assert.True(t, validRequestID(got), got)
		assert.False(t, seen[got], "id %s repeated", got)
		seen[got] = true
	}
	res := do(t, h, "POST", "/v1/bond", jsonType, `{}`)
	assert.Equal(t, res.header.Get("X-Request-Id"), res.str("request_id"), "a problem names its request")
}

// Every request is logged once, as JSON, with what an operator needs.
func TestLog(t *testing.T) {
	var logs syncBuffer
	h := newTestServer(&logs)
	ok := do(t, h, "POST", "/v1/bond", jsonType, `{"track":"ex-officio","goods_value":"150000.00"}`)
	bad := do(t, h, "GET", "/nope", "", "")
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	require.Len(t, lines, 2)
	for i, want := range []struct {
		res          response
		method, path string
	}{{ok, "POST", "/v1/bond"}, {bad, "GET", "/nope"}} {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(lines[i]), &rec), lines[i])
		assert.Equal(t, "INFO", rec["level"])
		assert.Equal(t, "request", rec["msg"])
		assert.Equal(t, want.method, rec["method"])
		assert.Equal(t, want.path, rec["path"])
		assert.EqualValues(t, want.res.status, rec["status"])
		assert.EqualValues(t, len(want.res.body), rec["bytes"])
		assert.Equal(t, want.res.header.Get("X-Request-Id"), rec["request_id"])
		assert.Contains(t, rec, "duration")
		assert.Contains(t, rec, "time")
	}
}

// A panic in a handler is a 500 problem and a log record with the stack,
// never a dropped connection; http.ErrAbortHandler still aborts.
func TestMiddleware_recover(t *testing.T) {
	var logs syncBuffer
	s := newServerValue(config{Calendar: calendar.China(), Logger: slogJSON(&logs)})

	t.Run("before the response", func(t *testing.T) {
		h := s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
		res := do(t, h, "POST", "/v1/bond", jsonType, `{}`)
		assert.Equal(t, http.StatusInternalServerError, res.status)
		assert.Equal(t, "Internal Server Error", res.str("title"))
		assert.NotContains(t, string(res.body), "boom", "the client does not see the panic")
		assert.Contains(t, logs.String(), `"msg":"panic"`)
		assert.Contains(t, logs.String(), `"panic":"boom"`)
		assert.Contains(t, logs.String(), "server_test.go", "the stack is logged")
		assert.Contains(t, logs.String(), `"status":500`)
	})
	t.Run("after the header", func(t *testing.T) {
		h := s.middleware(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte("partial"))
			panic("late")
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		assert.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, "partial", rec.Body.String(), "nothing is written after the response began")
	})
	t.Run("abort", func(t *testing.T) {
		h := s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }))
		defer func() {
			v := recover()
			err, _ := v.(error)
			assert.True(t, errors.Is(err, http.ErrAbortHandler), "recovered %v", v)
		}()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/healthz", nil))
	})
}

// The handler is safe for concurrent use: many requests at once get the
// answers they get one at a time (run with -race).
func TestConcurrent(t *testing.T) {
	h := newTestServer(nil)
	bodies := map[string]string{
		"/v1/storage-cost": readFile(t, "storage-cost.json"),
		"/v1/bond":         `{"track":"ex-officio","goods_value":"150000.00"}`,
		"/v1/deadline":     `{"trigger":"2024-02-09","period":"reply"}`,
	}
	want := map[string]string{}
	for path, body := range bodies {
		want[path] = string(do(t, h, "POST", path, jsonType, body).body)
	}
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		for path, body := range bodies {
			wg.Add(1)
			go func(path, body string) {
				defer wg.Done()
				req := httptest.NewRequest("POST", path, strings.NewReader(body))
				req.Header.Set("Content-Type", jsonType)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				assert.Equal(t, want[path], rec.Body.String())
			}(path, body)
		}
	}
	wg.Wait()
}
