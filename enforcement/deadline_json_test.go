package enforcement_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deadlineCases are cases whose running periods cover every kind, with
// default and overridden rules.
func deadlineCases(t *testing.T) []enforcement.Case {
	t.Helper()
	r := rulesChina()
	r.OfficeCloses = 16*time.Hour + 30*time.Minute
	r.CourtNotice = calendar.Period{Count: 25, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}
	odd, err := enforcement.NewCase(uponApplicationFacts(), r)
	require.NoError(t, err)
	return []enforcement.Case{
		mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09")),
		mustApply(t, mustOpen(t, exOfficioFacts()), exDetainedOn("2024-09-27")...),
		mustApply(t, mustOpen(t, uponApplicationFacts()), appDetainedOn("2025-09-26")...),
		mustApply(t, odd, appDetainedOn("2024-04-30")...),
		announcedOn(t, "2024-10-31"), // Rolled off the Spring Festival.
		announcedOn(t, "2024-11-30"), // Not rolled: Fri 2025-02-28.
	}
}

func TestDeadline_JSONRoundTrip(t *testing.T) {
	kinds := map[enforcement.DeadlineKind]bool{}
	for _, c := range deadlineCases(t) {
		ds, err := c.Deadlines()
		require.NoError(t, err)
		for _, d := range ds {
			kinds[d.Kind] = true
			b, err := json.Marshal(d)
			require.NoError(t, err)
			var back enforcement.Deadline
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			assert.True(t, back.Equal(d), "round trip of %s: got %+v", b, back)
			assert.Equal(t, d.Lapse != enforcement.StateUnknown, bytes.Contains(b, []byte(`"lapse"`)), "%s", b)
		}
	}
	assert.Len(t, kinds, 5, "every kind of period is covered")
}

func TestDeadline_UnmarshalJSONRefuses(t *testing.T) {
	ds, err := mustApply(t, mustOpen(t, exOfficioFacts()), exDetainedOn("2024-09-27")...).Deadlines()
	require.NoError(t, err)
	inv, court := ds[0], ds[1]
	require.Equal(t, enforcement.InvestigationPeriod, inv.Kind)
	invJSON, _ := json.Marshal(inv)
	courtJSON, _ := json.Marshal(court)
	for _, tc := range []struct {
		name     string
		in       []byte
		old, new string
		field    string
	}{
		{"another actor", courtJSON, `"actor":"holder"`, `"actor":"customs"`, "actor"},
		{"other words", courtJSON, `"act":"obtain`, `"act":"get`, "act"},
		{"an article of another period", invJSON, `"article":"Regs art 20`, `"article":"Regs art 16`, "article"},
		{"no lapse where the law releases", courtJSON, `,"lapse":"released-undetermined"`, ``, "lapse"},
		{"a lapse where none changes anything", invJSON, `}`, `,"lapse":"released-undetermined"}`, "lapse"},
		{"ends not at 24:00 CST", invJSON, `T00:00:00+08:00`, `T00:00:00Z`, "ends"},
		{"in person on another day", invJSON, `"in_person":"2024-11-`, `"in_person":"2024-10-`, "in_person"},
		{"in person not a whole minute", invJSON, `T17:00:00+08:00`, `T17:00:01+08:00`, "in_person"},
		{"last day before the trigger", invJSON, `"trigger":"2024-09-27"`, `"trigger":"2025-09-27"`, "last_day"},
		{"unknown kind", invJSON, `"kind":"investigation"`, `"kind":"inquiry"`, "kind"},
		{"unknown key", invJSON, `"actor"`, `"Actor"`, ""},
		{"a lapse that is no state", courtJSON, `"released-undetermined"`, `"freed"`, "lapse"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := bytes.Replace(tc.in, []byte(tc.old), []byte(tc.new), 1)
			require.False(t, bytes.Equal(bad, tc.in), "the edit %q did not apply to %s", tc.old, tc.in)
			keep := inv
			err := json.Unmarshal(bad, &keep)
			assert.ErrorIs(t, err, enforcement.ErrInvalidCase, "%s", bad)
			if tc.field != "" {
				assert.ErrorContains(t, err, tc.field)
			}
			assert.True(t, keep.Equal(inv), "the receiver is unchanged")
		})
	}
}

func TestDeadline_MarshalJSONZero(t *testing.T) {
	_, err := json.Marshal(enforcement.Deadline{})
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
}

// TestReview2_deadlineSameDayCountOne: a period of one working day that
// counts a working trigger day ends on the trigger day itself, and such a
// deadline round-trips (found by the second review).
func TestReview2_deadlineSameDayCountOne(t *testing.T) {
	r := rulesChina()
	r.Reply = calendar.Period{Count: 1, Unit: calendar.UnitWorkingDays, Start: calendar.StartSameDay}
	c, err := enforcement.NewCase(exOfficioFacts(), r)
	require.NoError(t, err)
	c = mustApply(t, c, eventOn(enforcement.NoticeServed, "2024-02-08")) // Thursday, a working day.
	ds, err := c.Deadlines()
	require.NoError(t, err)
	require.Equal(t, d("2024-02-08"), ds[0].LastDay)
	b, err := json.Marshal(ds[0])
	require.NoError(t, err)
	var back enforcement.Deadline
	require.NoError(t, json.Unmarshal(b, &back), "%s", b)
	assert.True(t, back.Equal(ds[0]))
}

// TestReview2_deadlineForged: a deadline whose period is missing, not in
// working days, or cannot reach its last day is refused.
func TestReview2_deadlineForged(t *testing.T) {
	ds, err := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09")).Deadlines()
	require.NoError(t, err)
	good, _ := json.Marshal(ds[0])
	period := `"period":{"count":3,"unit":"working-days","start":"next-day","roll":"forward"},`
	require.Contains(t, string(good), period)
	for name, bad := range map[string]string{
		"no period":            strings.Replace(string(good), period, ``, 1),
		"a period in months":   strings.Replace(string(good), `"unit":"working-days"`, `"unit":"months"`, 1),
		"too early a last day": strings.NewReplacer(`"last_day":"2024-02-20"`, `"last_day":"2024-02-11"`, `"ends":"2024-02-21T`, `"ends":"2024-02-12T`, `"in_person":"2024-02-20T`, `"in_person":"2024-02-11T`).Replace(string(good)),
	} {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, string(good), bad)
			var dl enforcement.Deadline
			err := json.Unmarshal([]byte(bad), &dl)
			assert.ErrorIs(t, err, enforcement.ErrInvalidCase, "%s", bad)
			assert.True(t, dl.IsZero())
		})
	}
}

// TestReview2_officeClosesMidnightRefused: "00:00" in stored rules would
// read as the zero cut-off, which means the default 17:00; it is refused,
// and 24:00 is how a midnight closing is written.
func TestReview2_officeClosesMidnightRefused(t *testing.T) {
	c := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09"))
	b, err := json.Marshal(c)
	require.NoError(t, err)
	_, err = enforcement.ParseCase([]byte(strings.Replace(string(b), `"office_closes":"17:00"`, `"office_closes":"00:00"`, 1)), calendar.China())
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	back, err := enforcement.ParseCase([]byte(strings.Replace(string(b), `"office_closes":"17:00"`, `"office_closes":"24:00"`, 1)), calendar.China())
	require.NoError(t, err)
	assert.Equal(t, 24*time.Hour, back.Rules().OfficeCloses)
}

// TestDeadline_UnmarshalJSONAnnouncement: the announcement period is
// counted in calendar months (Penalty Regs art 62(4)), so its JSON has a
// month period, and its last day is the day Civil Code art 202 gives or,
// rolled off a rest day (art 203), a later one.
func TestDeadline_UnmarshalJSONAnnouncement(t *testing.T) {
	ds, err := announcedOn(t, "2024-10-31").Deadlines()
	require.NoError(t, err)
	b, err := json.Marshal(ds[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"period":{"count":3,"unit":"months","start":"next-day","roll":"forward"}`)
	assert.Contains(t, string(b), `"trigger":"2024-10-31","last_day":"2025-02-05"`)
	assert.Contains(t, string(b), `"actor":"consignee"`)
	assert.Contains(t, string(b), `"lapse":"taken-over"`)
	for _, tc := range []struct {
		name, old, new, field string
	}{
		{"in working days", `"unit":"months"`, `"unit":"working-days"`, "period"},
		{"from the trigger day", `"start":"next-day"`, `"start":"same-day"`, "period"},
		{"before 3 months", `"last_day":"2025-02-05","ends":"2025-02-06T00:00:00+08:00","in_person":"2025-02-05T17:00:00+08:00"`,
			`"last_day":"2025-01-30","ends":"2025-01-31T00:00:00+08:00","in_person":"2025-01-30T17:00:00+08:00"`, "last_day"},
		{"not rolled, yet moved", `"roll":"forward"`, `"roll":"none"`, "last_day"},
		{"another lapse", `"lapse":"taken-over"`, `"lapse":"confiscated"`, "lapse"},
		{"the holder acts", `"actor":"consignee"`, `"actor":"holder"`, "actor"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(string(b), tc.old, tc.new, 1)
			require.NotEqual(t, string(b), bad, "the edit %q did not apply", tc.old)
			var got enforcement.Deadline
			err := json.Unmarshal([]byte(bad), &got)
			assert.ErrorIs(t, err, enforcement.ErrInvalidCase, "%s", bad)
			assert.ErrorContains(t, err, tc.field)
			assert.True(t, got.IsZero())
		})
	}
	// Not rolled and ending on the day art 202 gives: a deadline a caller's
	// rules (Rules.Announcement with RollNone) produce.
	unrolled := strings.NewReplacer(`"roll":"forward"`, `"roll":"none"`,
		`"last_day":"2025-02-05","ends":"2025-02-06T00:00:00+08:00","in_person":"2025-02-05T17:00:00+08:00"`,
		`"last_day":"2025-01-31","ends":"2025-02-01T00:00:00+08:00","in_person":"2025-01-31T17:00:00+08:00"`).Replace(string(b))
	var got enforcement.Deadline
	require.NoError(t, json.Unmarshal([]byte(unrolled), &got), unrolled)
	assert.Equal(t, d("2025-01-31"), got.LastDay)
}
