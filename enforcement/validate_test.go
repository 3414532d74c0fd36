package enforcement_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fieldsOf returns the field paths of a FieldErrors, in order, and fails
// the test if err is not one.
func fieldsOf(t *testing.T, err error) []string {
	t.Helper()
	var fes enforcement.FieldErrors
	require.ErrorAsf(t, err, &fes, "error %v is not FieldErrors", err)
	out := make([]string, len(fes))
	for i, fe := range fes {
		out[i] = fe.Field
	}
	return out
}

// reasonOf returns the reasons given for field, joined.
func reasonOf(err error, field string) string {
	var fes enforcement.FieldErrors
	if !errors.As(err, &fes) {
		return ""
	}
	var rs []string
	for _, fe := range fes {
		if fe.Field == field {
			rs = append(rs, fe.Reason)
		}
	}
	return strings.Join(rs, "; ")
}

// TestFacts_Validate checks each problem Facts.Validate names, with its
// field path as in JSON, and nothing else; and that NewCase refuses the
// same facts with the same problems.
func TestFacts_Validate(t *testing.T) {
	long := strings.Repeat("a", 1025)
	for _, tc := range []struct {
		name   string
		base   func() enforcement.Facts
		change func(f *enforcement.Facts)
		want   []string // Field paths, in order.
		reason string   // In the first field's reason.
	}{
		{"nil id", exOfficioFacts, func(f *enforcement.Facts) { f.ID = uuid.Nil }, []string{"id"}, "UUID"},
		{"unknown track", uponApplicationFacts, func(f *enforcement.Facts) { f.Track = enforcement.TrackUnknown }, []string{"track"}, ""},
		{"out-of-range track", uponApplicationFacts, func(f *enforcement.Facts) { f.Track = 7 }, []string{"track"}, ""},
		{"unknown direction", exOfficioFacts, func(f *enforcement.Facts) { f.Direction = 0 }, []string{"direction"}, ""},
		{"unknown channel", exOfficioFacts, func(f *enforcement.Facts) { f.Channel = 9 }, []string{"channel"}, ""},

		{"no rights", uponApplicationFacts, func(f *enforcement.Facts) { f.Rights = nil }, []string{"rights"}, "at least one"},
		{"no rights, a recordation", exOfficioFacts, func(f *enforcement.Facts) { f.Rights = nil }, []string{"rights", "recordations[0]"}, ""},
		{"more than MaxRights rights", uponApplicationFacts, func(f *enforcement.Facts) {
			for i := 0; i < enforcement.MaxRights; i++ {
				r := mark()
				r.Number = "12345" + string(rune('a'+i%26)) // Invalid, but the count is checked first.
				f.Rights = append(f.Rights, r)
			}
		}, []string{"rights"}, "more than 16"},
		{"an invalid right", uponApplicationFacts, func(f *enforcement.Facts) { f.Rights[0].Registered = calendar.Date{} }, []string{"rights[0]"}, ""},
		{"a right of another holder", uponApplicationFacts, func(f *enforcement.Facts) { f.Rights[0].Holder = "Other Co" }, []string{"rights[0].holder"}, "Regs arts 4, 13"},
		{"the same right twice", uponApplicationFacts, func(f *enforcement.Facts) { f.Rights = append(f.Rights, mark()) }, []string{"rights[1]"}, "rights[0]"},
		{"a recordation of another right", exOfficioFacts, func(f *enforcement.Facts) {
			f.Recordations = []rights.Recordation{utilityModelRecordation()}
		}, []string{"recordations[0]"}, "records no right"},
		{"the same recordation twice", exOfficioFacts, func(f *enforcement.Facts) {
			f.Rights = append(f.Rights, utilityModel())
			f.Recordations = append(f.Recordations, markRecordation())
		}, []string{"recordations[1]"}, "recordations[0]"},
		{"the zero recordation", uponApplicationFacts, func(f *enforcement.Facts) { f.Recordations = []rights.Recordation{{}} },
			[]string{"recordations[0]"}, "NewRecordation"},
		{"more recordations than rights", exOfficioFacts, func(f *enforcement.Facts) {
			f.Recordations = append(f.Recordations, utilityModelRecordation())
		}, []string{"recordations[1]"}, "records no right"},
		{"more than MaxRights recordations", exOfficioFacts, func(f *enforcement.Facts) {
			for len(f.Recordations) <= enforcement.MaxRights {
				f.Recordations = append(f.Recordations, markRecordation())
			}
		}, []string{"recordations"}, "more than 16"},
		// The ex officio route needs a recorded right (Regs art 16; R-REC-1).
		{"ex officio case for an unrecorded right", exOfficioFacts, func(f *enforcement.Facts) { f.Recordations = nil },
			[]string{"recordations"}, "R-REC-1"},

		{"goods without value", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.DeclaredValue = decimal.Zero }, []string{"goods.declared_value"}, "Measures art 39"},
		{"absurd declared value", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.DeclaredValue = amt("1000000000000.01") }, []string{"goods.declared_value"}, "too large"},
		{"absurd assessed value", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.AssessedValue = decimal.New(1, 40) }, []string{"goods.assessed_value"}, "too large"},
		{"negative value", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.DeclaredValue = amt("-1") }, []string{"goods.declared_value"}, "negative"},
		{"value finer than a fen", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.DeclaredValue = amt("30000.001") }, []string{"goods.declared_value"}, "2 decimal places"},
		{"quantity 0", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Quantity = decimal.Zero }, []string{"goods.quantity"}, "positive"},
		{"negative quantity", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Quantity = amt("-3") }, []string{"goods.quantity"}, "positive"},
		{"absurd quantity", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Quantity = amt("1000000000.5") }, []string{"goods.quantity"}, "too large"},
		{"quantity exponent bomb", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Quantity = decimal.New(1, 99999) }, []string{"goods.quantity"}, "too large"},
		{"quantity finer than 6 places", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Quantity = amt("1.0000001") }, []string{"goods.quantity"}, "6 decimal places"},
		{"no unit", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Unit = "" }, []string{"goods.unit"}, ""},
		{"over-long description", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Description = long }, []string{"goods.description"}, ""},
		{"over-long unit", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Unit = long[:129] }, []string{"goods.unit"}, ""},
		{"over-long port", exOfficioFacts, func(f *enforcement.Facts) { f.Port = long }, []string{"port"}, ""},
		{"over-long holder address", exOfficioFacts, func(f *enforcement.Facts) { f.Holder.Address = long }, []string{"holder.address"}, ""},
		{"control character in the port", exOfficioFacts, func(f *enforcement.Facts) { f.Port = "Shanghai\x00Pudong" }, []string{"port"}, ""},
		{"newline in the consignee", exOfficioFacts, func(f *enforcement.Facts) { f.Consignee.Name = "X\nTrading" }, []string{"consignee.name"}, ""},
		{"escape in an identifier", exOfficioFacts, func(f *enforcement.Facts) { f.Holder.Identifier = "91310000\x1b[2J" }, []string{"holder.identifier"}, ""},
		{"invalid UTF-8 in the description", exOfficioFacts, func(f *enforcement.Facts) { f.Goods.Description = "shoes\xff" }, []string{"goods.description"}, ""},
		{"no holder", uponApplicationFacts, func(f *enforcement.Facts) { f.Holder = enforcement.Party{} }, []string{"holder.name"}, ""},
		{"no consignee", exOfficioFacts, func(f *enforcement.Facts) { f.Consignee = enforcement.Party{} }, []string{"consignee.name"}, ""},
		{"an agent without a name", exOfficioFacts, func(f *enforcement.Facts) { f.Agent = enforcement.Party{Address: "2 Side St"} }, []string{"agent.name"}, ""},
		{"no port", exOfficioFacts, func(f *enforcement.Facts) { f.Port = "" }, []string{"port"}, ""},
		// An unknown consignee (Penalty Regs art 62(4); R-PEN-5) may be
		// described, not identified.
		{"an unknown consignee with an identifier", unknownPartyFacts, func(f *enforcement.Facts) { f.Consignee.Identifier = "91310000MA1K000000" },
			[]string{"consignee.identifier"}, "identified"},
		{"an unknown consignee, over-long", unknownPartyFacts, func(f *enforcement.Facts) { f.Consignee.Address = long }, []string{"consignee.address"}, ""},
		{"an unknown consignee, a control character", unknownPartyFacts, func(f *enforcement.Facts) { f.Consignee.Name = "parcel\x07" }, []string{"consignee.name"}, ""},
		{"a known consignee without a name", exOfficioFacts, func(f *enforcement.Facts) { f.Consignee = enforcement.Party{Address: "1 Dock Rd"} }, []string{"consignee.name"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.base()
			tc.change(&f)
			err := f.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
			assert.Equal(t, tc.want, fieldsOf(t, err), "%v", err)
			if tc.reason != "" {
				assert.Contains(t, reasonOf(err, tc.want[0]), tc.reason)
			}
			c, err2 := enforcement.NewCase(f, rulesChina())
			assert.ErrorIs(t, err2, enforcement.ErrInvalidCase)
			assert.Equal(t, tc.want, fieldsOf(t, err2))
			assert.Equal(t, enforcement.StateUnknown, c.State(), "NewCase refused: the zero Case")
		})
	}
}

// TestFacts_Validate_valid checks that the fixtures and a few edge values
// are accepted.
func TestFacts_Validate_valid(t *testing.T) {
	for name, f := range map[string]enforcement.Facts{
		"ex officio":                          exOfficioFacts(),
		"upon application":                    uponApplicationFacts(),
		"upon application with a recordation": baseFacts(enforcement.UponApplication, mark(), markRecordation()),
		"patent ex officio":                   patentFacts(enforcement.ExOfficio),
		"patent upon application":             patentFacts(enforcement.UponApplication),
		"assessed value only": func() enforcement.Facts {
			f := exOfficioFacts()
			f.Goods.DeclaredValue, f.Goods.AssessedValue = decimal.Zero, amt("1")
			return f
		}(),
		"value MaxAmount": func() enforcement.Facts {
			f := exOfficioFacts()
			f.Goods.DeclaredValue = amt("1000000000000")
			return f
		}(),
		"quantity MaxQuantity": func() enforcement.Facts { f := exOfficioFacts(); f.Goods.Quantity = amt("1000000000"); return f }(),
		"quantity 6 places":    func() enforcement.Facts { f := exOfficioFacts(); f.Goods.Quantity = amt("0.000001"); return f }(),
		"Chinese text":         func() enforcement.Facts { f := exOfficioFacts(); f.Port = "上海浦东国际机场海关"; return f }(),
		"text of 1024 bytes": func() enforcement.Facts {
			f := exOfficioFacts()
			f.Goods.Description = strings.Repeat("a", 1024)
			return f
		}(),
		"two rights, one recorded, ex officio": func() enforcement.Facts { f := exOfficioFacts(); f.Rights = append(f.Rights, utilityModel()); return f }(),
		"postal":                               personalFacts(enforcement.Postal),
		"luggage":                              personalFacts(enforcement.Luggage),
		"an unknown consignee, described":      unknownPartyFacts(),
		"an unknown consignee, nothing known": func() enforcement.Facts {
			f := unknownPartyFacts()
			f.Consignee = enforcement.Party{}
			return f
		}(),
		"an unknown consignee, an address only": func() enforcement.Facts {
			f := unknownPartyFacts()
			f.Consignee = enforcement.Party{Address: "return address: PO Box 12, Hong Kong"}
			return f
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			assert.NoError(t, f.Validate())
			_, err := enforcement.NewCase(f, rulesChina())
			assert.NoError(t, err)
		})
	}
}

// TestFacts_Validate_everyProblemAtOnce checks that validation does not
// stop at the first problem.
func TestFacts_Validate_everyProblemAtOnce(t *testing.T) {
	f := exOfficioFacts()
	f.ID = uuid.Nil
	f.Recordations = nil
	f.Goods = enforcement.Goods{Description: "shoes\x07", DeclaredValue: amt("-5"), AssessedValue: amt("0.001")}
	f.Consignee = enforcement.Party{}
	f.Port = strings.Repeat("港", 400) // 1,200 bytes.
	f.Direction = 0
	err := f.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.Equal(t, []string{
		"id", "recordations", "goods.description", "goods.unit", "goods.quantity",
		"goods.declared_value", "goods.assessed_value", "consignee.name", "port", "direction",
	}, fieldsOf(t, err), "%v", err)
	assert.Contains(t, reasonOf(err, "recordations"), "R-REC-1")
	// One line per problem.
	assert.Len(t, strings.Split(err.Error(), "\n"), 10)
}

// TestCase_Apply_unrecordedOnNoticeDay checks that an ex officio case
// whose recordation is not in force on the day the notice is served is
// refused (Regs art 16; R-REC-1): before its approval, and after it ended
// with the right's term.
func TestCase_Apply_unrecordedOnNoticeDay(t *testing.T) {
	for _, tc := range []struct {
		name  string
		facts enforcement.Facts
		day   string
	}{
		// markRecordation: filed 2020-01-02, approved 2020-02-10.
		{"trademark: filed, not yet approved", exOfficioFacts(), "2020-01-15"},
		{"trademark: the day before approval", exOfficioFacts(), "2020-02-09"},
		// The mark's term, and with it the recordation, ends 2028-03-06.
		{"trademark: after the mark's term", exOfficioFacts(), "2028-03-07"},
		// utilityModelRecordation: approved 2021-03-01.
		{"patent: before approval", patentFacts(enforcement.ExOfficio), "2021-02-26"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustOpen(t, tc.facts)
			got, err := c.Apply(eventOn(enforcement.NoticeServed, tc.day))
			assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
			var te *enforcement.TransitionError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, enforcement.Opened, te.From)
			assert.Equal(t, enforcement.NoticeServed, te.Event)
			text := strings.Join(te.Unmet, "; ")
			assert.Contains(t, text, "R-REC-1")
			assert.Contains(t, text, "Regs art")
			assert.Contains(t, text, tc.day)
			assert.True(t, got.Equal(c))
			assert.Equal(t, 0, got.Len())
			assert.Equal(t, enforcement.Opened, got.State())
		})
	}
	// On the approval day and the mark's last day, the notice is served.
	for _, day := range []string{"2020-02-10", "2028-03-06"} {
		c := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, day))
		assert.Equal(t, enforcement.Suspended, c.State())
	}
	// Upon application needs no recordation (Regs art 12; R-REC-1).
	c := mustApply(t, mustOpen(t, uponApplicationFacts()), appliedOn("2020-01-15", "30000"))
	assert.Equal(t, enforcement.Applied, c.State())
}

// TestEvent_Validate checks each problem Event.Validate names, and that
// Apply refuses the event with the same problems, the case unchanged.
func TestEvent_Validate(t *testing.T) {
	type E = enforcement.Event
	day := d("2024-02-09")
	for _, tc := range []struct {
		name string
		ev   E
		want []string
	}{
		{"unknown kind", E{Date: day}, []string{"kind"}},
		{"out-of-range kind", E{Kind: 200, Date: day}, []string{"kind"}},
		{"no date", E{Kind: enforcement.NoticeServed}, []string{"date"}},
		{"impossible date", E{Kind: enforcement.NoticeServed, Date: calendar.Date{Year: 2024, Month: 2, Day: 30}}, []string{"date"}},
		{"amount on a detention", E{Kind: enforcement.Detention, Date: day, Amount: amt("1")}, []string{"amount"}},
		{"amount on a lapse", E{Kind: enforcement.Lapse, Date: day, Deadline: enforcement.ReplyPeriod, Amount: amt("0.01")}, []string{"amount"}},
		{"negative amount on a notice", E{Kind: enforcement.NoticeServed, Date: day, Amount: amt("-1")}, []string{"amount"}},
		{"missing result", E{Kind: enforcement.InvestigationResult, Date: day}, []string{"result"}},
		{"out-of-range result", E{Kind: enforcement.InvestigationResult, Date: day, Result: 9}, []string{"result"}},
		{"result on a court notice", E{Kind: enforcement.CourtNotice, Date: day, Result: enforcement.Infringing}, []string{"result"}},
		{"missing deadline", E{Kind: enforcement.Lapse, Date: day}, []string{"deadline"}},
		{"deadline on a withdrawal", E{Kind: enforcement.Withdrawal, Date: day, Deadline: enforcement.CourtPeriod}, []string{"deadline"}},
		{"negative bond", E{Kind: enforcement.BondPosted, Date: day, Amount: amt("-0.01")}, []string{"amount"}},
		{"negative application bond", E{Kind: enforcement.HolderApplied, Date: day, Amount: amt("-20000")}, []string{"amount"}},
		{"bond of 3 decimal places", E{Kind: enforcement.HolderApplied, Date: day, Amount: amt("20000.005")}, []string{"amount"}},
		{"guarantee above 10^12", E{Kind: enforcement.CounterGuarantee, Date: day, Amount: amt("1000000000000.01")}, []string{"amount"}},
		{"zero bond posted", E{Kind: enforcement.BondPosted, Date: day}, []string{"amount"}},
		{"zero guarantee", E{Kind: enforcement.CounterGuarantee, Date: day}, []string{"amount"}},
		{"over-long reference", E{Kind: enforcement.NoticeServed, Date: day, Reference: strings.Repeat("9", 129)}, []string{"reference"}},
		{"control character in the note", E{Kind: enforcement.NoticeServed, Date: day, Note: "served\x00"}, []string{"note"}},
		{"everything that does not fit a detention", E{Kind: enforcement.Detention, Date: day, Amount: amt("1"), Result: enforcement.Infringing,
			Deadline: enforcement.ReplyPeriod, Route: enforcement.Auction, Reference: "\x01", Note: strings.Repeat("n", 1025)},
			[]string{"amount", "result", "deadline", "route", "reference", "note"}},
		// The decision on personal use gives its reasons (R-PER-2); a
		// disposal its route, and only it (Regs art 27; R-DIS-1).
		{"a decision without reasons", E{Kind: enforcement.BeyondPersonalUse, Date: day}, []string{"note"}},
		{"a release without reasons", E{Kind: enforcement.WithinPersonalUse, Date: day}, []string{"note"}},
		{"reasons of spaces", E{Kind: enforcement.WithinPersonalUse, Date: day, Note: " "}, []string{"note"}},
		{"reasons too long", E{Kind: enforcement.BeyondPersonalUse, Date: day, Note: strings.Repeat("n", 1025)}, []string{"note"}},
		{"a decision with an amount", E{Kind: enforcement.BeyondPersonalUse, Date: day, Note: "for sale", Amount: amt("800")}, []string{"amount"}},
		{"a disposal without a route", E{Kind: enforcement.DisposalCompleted, Date: day}, []string{"route"}},
		{"a disposal by an unknown route", E{Kind: enforcement.DisposalCompleted, Date: day, Route: 9}, []string{"route"}},
		{"a route on a confiscation", E{Kind: enforcement.Confiscation, Date: day, Route: enforcement.Destruction}, []string{"route"}},
		{"a route on an abandonment", E{Kind: enforcement.Abandonment, Date: day, Route: enforcement.PublicWelfare}, []string{"route"}},
		{"a deadline on an announcement", E{Kind: enforcement.Announcement, Date: day, Deadline: enforcement.AnnouncementPeriod}, []string{"deadline"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.ev.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidEvent)
			assert.Equal(t, tc.want, fieldsOf(t, err), "%v", err)

			for _, c := range []enforcement.Case{
				mustOpen(t, exOfficioFacts()),
				mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09")),
			} {
				got, err := c.Apply(tc.ev)
				assert.ErrorIs(t, err, enforcement.ErrInvalidEvent)
				assert.NotErrorIs(t, err, enforcement.ErrInvalidTransition)
				assert.True(t, got.Equal(c))
				assert.Equal(t, c.Len(), got.Len())
				assert.Equal(t, c.State(), got.State())
			}
		})
	}
}

// TestEvent_Validate_valid checks events that fit their kinds.
func TestEvent_Validate_valid(t *testing.T) {
	day := d("2024-02-09")
	for _, ev := range []enforcement.Event{
		{Kind: enforcement.NoticeServed, Date: day, Reference: "SH-2024-0001", Note: "served by post"},
		{Kind: enforcement.HolderApplied, Date: day},
		{Kind: enforcement.HolderApplied, Date: day, Amount: amt("20000.000")},
		{Kind: enforcement.BondPosted, Date: day, Amount: amt("0.01")},
		{Kind: enforcement.CounterGuarantee, Date: day, Amount: amt("1000000000000")},
		{Kind: enforcement.InvestigationResult, Date: day, Result: enforcement.NotInfringing},
		{Kind: enforcement.Lapse, Date: day, Deadline: enforcement.ExOfficioCourtPeriod},
		{Kind: enforcement.PoliceTransfer, Date: day, Note: "涉嫌犯罪"},
		{Kind: enforcement.BeyondPersonalUse, Date: day, Note: "超出自用合理数量：同款手袋12只，全新带吊牌"},
		{Kind: enforcement.WithinPersonalUse, Date: day, Note: "one used handbag, own use"},
		{Kind: enforcement.Abandonment, Date: day},
		{Kind: enforcement.Announcement, Date: day, Reference: "SHPD-2024-ANN-3"},
		{Kind: enforcement.Lapse, Date: day, Deadline: enforcement.AnnouncementPeriod},
		{Kind: enforcement.DisposalCompleted, Date: day, Route: enforcement.SaleToHolder},
	} {
		assert.NoErrorf(t, ev.Validate(), "Validate(%v)", ev)
	}
}

// TestCase_Apply_counterGuaranteeRefused checks the three conditions of a
// release against guarantee money (Regs arts 19, 24(3); R-REL-1): a case
// of patents only, goods not found infringing, money equal to the goods'
// value; each unmet condition is named, all at once.
func TestCase_Apply_counterGuaranteeRefused(t *testing.T) {
	assessed := patentFacts(enforcement.UponApplication)
	assessed.Goods.AssessedValue = amt("50000") // Measures art 39: the value customs determined.
	for _, tc := range []struct {
		name    string
		facts   enforcement.Facts
		history []enforcement.Event
		money   string
		unmet   [][]string // One list of phrases per unmet condition.
	}{
		{"a trademark case", uponApplicationFacts(), appDetainedOn("2024-09-27"), "30000",
			[][]string{{"Regs arts 19, 24(3)", "R-REL-1", "patent only", "trademark 1234567"}}},
		{"a trademark case, ex officio", exOfficioFacts(), exDetainedOn("2024-09-27"), "30000",
			[][]string{{"Regs arts 19, 24(3)", "trademark 1234567"}}},
		{"below the value", patentFacts(enforcement.UponApplication), appDetainedOn("2024-09-27"), "29999.99",
			[][]string{{"29999.99", "30000.00", "Regs art 19", "R-REL-1"}}},
		{"below the assessed value", assessed, []enforcement.Event{appliedOn("2024-09-20", "50000"), eventOn(enforcement.Detention, "2024-09-27")}, "30000",
			[][]string{{"30000.00", "50000.00", "Regs art 19"}}},
		{"above the value", patentFacts(enforcement.UponApplication), appDetainedOn("2024-09-27"), "30000.01",
			[][]string{{"30000.01", "more than the goods' value, 30000.00", "Regs art 19", "R-REL-1"}}},
		{"a patent case found infringing", patentFacts(enforcement.ExOfficio),
			append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing)), "30000",
			[][]string{{"2024-10-15", "Regs arts 19, 27"}}},
		{"a trademark found infringing, money short", exOfficioFacts(),
			append(exDetainedOn("2024-09-27"), resultOn("2024-10-15", enforcement.Infringing)), "100",
			[][]string{{"Regs arts 19, 24(3)", "trademark 1234567"}, {"Regs arts 19, 27"}, {"100.00", "30000.00"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustApply(t, mustOpen(t, tc.facts), tc.history...)
			got, err := c.Apply(guaranteeOn("2024-10-16", tc.money))
			assert.ErrorIs(t, err, enforcement.ErrInvalidTransition)
			var te *enforcement.TransitionError
			require.ErrorAs(t, err, &te)
			require.Lenf(t, te.Unmet, len(tc.unmet), "Unmet = %q", te.Unmet)
			for i, phrases := range tc.unmet {
				for _, p := range phrases {
					assert.Containsf(t, te.Unmet[i], p, "Unmet[%d]", i)
				}
			}
			assert.True(t, got.Equal(c))
			assert.Equal(t, c.State(), got.State())
			assert.Equal(t, c.Len(), got.Len())
		})
	}
	// The assessed value itself is enough.
	c := mustApply(t, mustOpen(t, assessed), appliedOn("2024-09-20", "50000"), eventOn(enforcement.Detention, "2024-09-27"), guaranteeOn("2024-10-16", "50000"))
	assert.Equal(t, enforcement.ReleasedCounterGuarantee, c.State())
}

// TestRules_Validate checks each problem Rules.Validate names, all at
// once, and that NewCase reports the rules' problems after the facts'.
func TestRules_Validate(t *testing.T) {
	wd := calendar.UnitWorkingDays
	china := calendar.China()
	for _, tc := range []struct {
		name  string
		rules enforcement.Rules
		want  []string
	}{
		{"no calendar", enforcement.Rules{}, []string{"calendar"}},
		{"negative reply", enforcement.Rules{Calendar: china, Reply: calendar.Period{Count: -3, Unit: wd}}, []string{"reply"}},
		{"investigation without a unit", enforcement.Rules{Calendar: china, Investigation: calendar.Period{Count: 30}}, []string{"investigation"}},
		{"court notice in months from the same day", enforcement.Rules{Calendar: china, CourtNotice: calendar.Period{Count: 1, Unit: calendar.UnitMonths, Start: calendar.StartSameDay}}, []string{"court_notice"}},
		{"unknown unit", enforcement.Rules{Calendar: china, ExOfficioCourtNotice: calendar.Period{Count: 50, Unit: 99}}, []string{"ex_officio_court_notice"}},
		{"unknown start", enforcement.Rules{Calendar: china, Reply: calendar.Period{Count: 3, Unit: wd, Start: 9}}, []string{"reply"}},
		{"absurd count", enforcement.Rules{Calendar: china, Reply: calendar.Period{Count: 1 << 30, Unit: wd}}, []string{"reply"}},
		// The law counts every period in working days (Regs arts 16, 20,
		// 24): a valid period in another unit is refused too.
		{"reply in calendar days", enforcement.Rules{Calendar: china, Reply: calendar.Period{Count: 5, Unit: calendar.UnitDays}}, []string{"reply"}},
		{"court notice in months", enforcement.Rules{Calendar: china, CourtNotice: calendar.Period{Count: 1, Unit: calendar.UnitMonths}}, []string{"court_notice"}},
		{"fee cap in working days", enforcement.Rules{Calendar: china, FeeCap: calendar.Period{Count: 60, Unit: wd}}, []string{"fee_cap"}},
		{"announcement in days", enforcement.Rules{Calendar: china, Announcement: calendar.Period{Count: 90, Unit: calendar.UnitDays}}, []string{"announcement"}},
		{"preservation in months", enforcement.Rules{Calendar: china, Preservation: calendar.Period{Count: 1, Unit: calendar.UnitMonths}}, []string{"preservation"}},
		{"office closes at 25h", enforcement.Rules{Calendar: china, OfficeCloses: 25 * time.Hour}, []string{"office_closes"}},
		{"office closes at 17:00:30", enforcement.Rules{Calendar: china, OfficeCloses: 17*time.Hour + 30*time.Second}, []string{"office_closes"}},
		{"office closes before midnight", enforcement.Rules{Calendar: china, OfficeCloses: -time.Minute}, []string{"office_closes"}},
		{"everything", enforcement.Rules{Reply: calendar.Period{Count: -1, Unit: wd}, Investigation: calendar.Period{Count: 1, Unit: 77},
			CourtNotice: calendar.Period{Count: 0, Unit: wd}, ExOfficioCourtNotice: calendar.Period{Count: 50, Unit: wd, Roll: 5}, OfficeCloses: 48 * time.Hour},
			[]string{"calendar", "reply", "investigation", "court_notice", "ex_officio_court_notice", "office_closes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rules.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, enforcement.ErrInvalidRules)
			assert.NotErrorIs(t, err, enforcement.ErrInvalidCase)
			assert.Equal(t, tc.want, fieldsOf(t, err), "%v", err)

			c, err := enforcement.NewCase(exOfficioFacts(), tc.rules)
			assert.ErrorIs(t, err, enforcement.ErrInvalidRules)
			assert.Equal(t, tc.want, fieldsOf(t, err))
			assert.Equal(t, enforcement.StateUnknown, c.State())
		})
	}

	// Facts and rules at once: the facts' problems first.
	bad := exOfficioFacts()
	bad.ID = uuid.Nil
	_, err := enforcement.NewCase(bad, enforcement.Rules{OfficeCloses: 25 * time.Hour})
	assert.ErrorIs(t, err, enforcement.ErrInvalidCase)
	assert.ErrorIs(t, err, enforcement.ErrInvalidRules)
	assert.Equal(t, []string{"id", "calendar", "office_closes"}, fieldsOf(t, err))

	// Zero periods and cut-off are the defaults; a calendar is all it takes.
	for _, r := range []enforcement.Rules{{Calendar: china}, enforcement.DefaultRules(china), {Calendar: china, OfficeCloses: 24 * time.Hour},
		{Calendar: china, OfficeCloses: 17*time.Hour + 30*time.Minute},
		{Calendar: china, Reply: calendar.Period{Count: 5, Unit: wd}}, {Calendar: china, Reply: calendar.Period{Count: 3, Unit: wd, Start: calendar.StartSameDay}}} {
		assert.NoError(t, r.Validate())
	}
	def := enforcement.DefaultRules(china)
	assert.Equal(t, calendar.Period{Count: 3, Unit: wd}, def.Reply, "Regs art 16: 3 WD")
	assert.Equal(t, calendar.Period{Count: 30, Unit: wd}, def.Investigation, "Regs art 20: 30 WD")
	assert.Equal(t, calendar.Period{Count: 20, Unit: wd}, def.CourtNotice, "Regs art 24(1): 20 WD")
	assert.Equal(t, calendar.Period{Count: 50, Unit: wd}, def.ExOfficioCourtNotice, "Regs art 24(2): 50 WD")
	assert.Equal(t, 17*time.Hour, def.OfficeCloses)
	assert.True(t, def.Equal(enforcement.Rules{Calendar: china}))
}

// TestRules_overrideReply checks that an overridden period is the one a
// case runs, counted by hand on the 2024 calendar from a notice served
// Fri 2024-02-09 (Spring Festival holidays Feb 10-17, Sun Feb 18 a
// working day): 5 working days from the day after are Feb 18, 19, 20,
// 21, 22, so the last day is Thu 2024-02-22; 3 counted from the notice
// day itself (StartSameDay) are Feb 9, 18, 19, so Mon 2024-02-19.
func TestRules_overrideReply(t *testing.T) {
	wd := calendar.UnitWorkingDays
	for _, tc := range []struct {
		reply calendar.Period
		want  string
	}{
		{calendar.Period{Count: 5, Unit: wd}, "2024-02-22"},
		{calendar.Period{Count: 3, Unit: wd, Start: calendar.StartSameDay}, "2024-02-19"},
	} {
		t.Run(tc.reply.String(), func(t *testing.T) {
			r := enforcement.Rules{Calendar: calendar.China(), Reply: tc.reply}
			c, err := enforcement.NewCase(exOfficioFacts(), r)
			require.NoError(t, err)
			c = mustApply(t, c, eventOn(enforcement.NoticeServed, "2024-02-09"))
			dls, err := c.Deadlines()
			require.NoError(t, err)
			require.Len(t, dls, 1)
			assert.Equal(t, d(tc.want), dls[0].LastDay)
			assert.Equal(t, r.Reply, dls[0].Period)
		})
	}
}
