package enforcement_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gbCaseFacts are exOfficioFacts (goods worth 30,000.00, so a per-case
// bond of 20,000.00 by Measures art 23) relying on the general bond of
// gbTerms: approved 2025-03-03, covering to 2025-12-31, its letter valid
// from 2025-02-20 to 2026-06-30.
func gbCaseFacts() enforcement.Facts {
	f := exOfficioFacts()
	f.GeneralBond = gbTerms("0")
	return f
}

// TestCase_generalBond: a case whose general bond covers the day of the
// holder's application needs no bond for detention (Ann. 2006 No. 31;
// Measures (2009 numbering) art 24; R-EXO-5); outside the coverage window
// the per-case bond of Measures art 23 is required again, and the refusal
// says why the general bond does not answer (R-GB-3).
func TestCase_generalBond(t *testing.T) {
	for _, tc := range []struct {
		name            string
		served, applied string
		covered         bool
		why             string
	}{
		{"inside the window", "2025-06-06", "2025-06-09", true, ""},
		{"on the approval day", "2025-02-28", "2025-03-03", true, ""},
		{"on the window's last day", "2025-12-30", "2025-12-31", true, ""},
		{"the day before approval", "2025-02-26", "2025-02-28", false, "outside the coverage window 2025-03-03 to 2025-12-31"},
		// 2026-01-01..03 are the New Year holiday; Sunday 4 January is
		// a working day: the application is in time, but the bond's year
		// is over.
		{"the next year", "2025-12-31", "2026-01-04", false, "outside the coverage window 2025-03-03 to 2025-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, gbCaseFacts()), eventOn(enforcement.NoticeServed, tc.served))
			c = mustApply(t, c, appliedOn(tc.applied, "0"))
			detain := eventOn(enforcement.Detention, tc.applied)
			if tc.covered {
				assert.True(t, c.RequiredBond().IsZero(), "required %s", c.RequiredBond())
				got, err := c.Apply(detain)
				require.NoError(t, err)
				assert.Equal(t, enforcement.UnderInvestigation, got.State())
				return
			}
			assert.True(t, c.RequiredBond().Equal(amt("20000")), "required %s", c.RequiredBond())
			got, err := c.Apply(detain)
			assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
			assert.ErrorContains(t, err, "the general bond GACC-GB-2025-001 does not cover the application on "+tc.applied)
			assert.ErrorContains(t, err, tc.why)
			assert.True(t, got.Equal(c), "refused: the case is unchanged")
			// Topped up to the per-case bond, the goods are detained.
			c = mustApply(t, c, enforcement.Event{Kind: enforcement.BondPosted, Date: d(tc.applied), Amount: amt("20000")}, detain)
			assert.Equal(t, enforcement.UnderInvestigation, c.State())
		})
	}

	// Before the holder applies, the bond is measured on the day the
	// notice was served; with no event at all, there is no day and the
	// per-case bond stands.
	c := mustOpen(t, gbCaseFacts())
	assert.True(t, c.RequiredBond().Equal(amt("20000")))
	c = mustApply(t, c, eventOn(enforcement.NoticeServed, "2025-06-06"))
	assert.True(t, c.RequiredBond().IsZero())
}

// TestNewCase_generalBondRefused: a general bond never covers a case that
// is not ex officio, has a right that is not a trademark, or another
// holder (R-GB-1): such facts are refused with the reason, naming the
// field; invalid terms are refused field by field.
func TestNewCase_generalBondRefused(t *testing.T) {
	for _, tc := range []struct {
		name  string
		facts func() enforcement.Facts
		field string
		why   string
	}{
		{"upon application", func() enforcement.Facts {
			f := uponApplicationFacts()
			f.GeneralBond = gbTerms("0")
			return f
		}, "general_bond", "a general bond replaces only the bond of an ex officio detention"},
		{"a patent", func() enforcement.Facts {
			f := patentFacts(enforcement.ExOfficio)
			f.GeneralBond = gbTerms("0")
			return f
		}, "general_bond", "is not a trademark"},
		{"a trademark and a patent", func() enforcement.Facts {
			f := gbCaseFacts()
			f.Rights = append(f.Rights, utilityModel())
			f.Recordations = append(f.Recordations, utilityModelRecordation())
			return f
		}, "general_bond", "is not a trademark"},
		{"another holder", func() enforcement.Facts {
			f := gbCaseFacts()
			f.GeneralBond.Holder.Name = "Other Brand Ltd"
			return f
		}, "general_bond.recordations[0]", `not the holder "Other Brand Ltd"`},
		{"no bank", func() enforcement.Facts {
			f := gbCaseFacts()
			f.GeneralBond.Guarantor = enforcement.Guarantor{}
			return f
		}, "general_bond.guarantor.bank", "required"},
		{"issued after approval", func() enforcement.Facts {
			f := gbCaseFacts()
			f.GeneralBond.Issued = d("2025-03-04")
			return f
		}, "general_bond.issued", "after the approval"},
		{"no recordation", func() enforcement.Facts {
			f := gbCaseFacts()
			f.GeneralBond.Recordations = nil
			return f
		}, "general_bond.recordations", "required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := enforcement.NewCase(tc.facts(), rulesChina())
			assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
			assert.Contains(t, fieldsOf(t, err), tc.field)
			assert.Contains(t, reasonOf(err, tc.field), tc.why)
		})
	}
}

// TestCase_generalBondJSON: the general bond's terms travel with the
// case's facts and replay to the same requirement.
func TestCase_generalBondJSON(t *testing.T) {
	c := mustApply(t, mustOpen(t, gbCaseFacts()), eventOn(enforcement.NoticeServed, "2025-06-06"), appliedOn("2025-06-09", "0"),
		eventOn(enforcement.Detention, "2025-06-10"))
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"general_bond":{"reference":"GACC-GB-2025-001"`)
	var back enforcement.Case
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(c))
	assert.True(t, back.RequiredBond().IsZero())
	assert.Equal(t, c.Facts().GeneralBond.Recordations[0].Right().Type, rights.Trademark)

	// Without the general bond, the stored history does not replay: the
	// detention had no bond.
	var j map[string]any
	require.NoError(t, json.Unmarshal(data, &j))
	delete(j, "general_bond")
	stripped, err := json.Marshal(j)
	require.NoError(t, err)
	_, err = enforcement.ParseCase(stripped, rulesChina().Calendar)
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.ErrorContains(t, err, "is less than the 20000.00 required")

	// Strictness reaches inside it: a misspelled key, a fee finer than a
	// fen, a day that does not exist.
	for _, tc := range []struct{ from, to, want string }{
		{`"licensed":true`, `"licensed":true,"licenced":true`, "licenced"},
		{`"approved":"2025-03-03"`, `"approved":"2025-02-30"`, "2025-02-30"},
		{`"reference":"GACC-GB-2025-001"`, `"reference":"GACC-GB-2025-001","previous_year_fees":"1.001"`, "previous_year_fees"},
	} {
		in := []byte(strings.Replace(string(data), tc.from, tc.to, 1))
		require.NotEqual(t, data, in, tc.from)
		_, err := enforcement.ParseCase(in, rulesChina().Calendar)
		assert.ErrorIs(t, err, enforcement.ErrInvalidCase, tc.to)
		assert.ErrorContains(t, err, tc.want)
	}
}
