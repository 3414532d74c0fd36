package enforcement_test

// Fixtures shared by the tests of package enforcement: the rights, their
// recordations, the facts of a case on each track, and helpers that open a
// case and apply events, failing the test on any error. The rights and
// numbers are made up; the dates are chosen so that every right and
// recordation is in force from 2020 to the end of calendar.China()'s data
// (2027-12-24), where the deadline tests need them.

import (
	"testing"

	"github.com/google/uuid"
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// d parses a date in ISO 8601 form.
func d(s string) calendar.Date { return calendar.MustParseDate(s) }

// amt parses an amount of CNY.
func amt(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// holderParty is the holder of every fixture right, as package rights
// needs it for a recordation.
var holderParty = rights.Party{Name: "ACME Ltd", Address: "1 Main St", Nationality: "CN"}

// caseID is the identifier of every fixture case.
var caseID = uuid.MustParse("6f1c2a9e-3b7d-4c41-9a53-0d2e8f6b7c11")

// mark is a trademark registered 2018-03-07 in Nice class 25, in force
// until 2028-03-06 (Trademark Law art 39: 10 years).
func mark() rights.Right {
	return rights.Right{Type: rights.Trademark, Holder: holderParty.Name, Number: "1234567",
		Registered: d("2018-03-07"), Classes: []rights.NiceClass{25}}
}

// markRecordation is mark's customs recordation, filed 2020-01-02 and
// approved 2020-02-10: in force from 2020-02-10 to 2028-03-06, the end of
// the mark's term (R-REC-4).
func markRecordation() rights.Recordation {
	return recordOrPanic(mark(), "2020-01-02", "2020-02-10", "T2020-1")
}

// utilityModel is a utility-model patent filed 2020-06-01 and granted
// 2021-01-05, in force until 2030-05-31 (Patent Law art 42: 10 years from
// filing). Its number's check digit, by hand: digits 202020123456,
// weights 2,3,4,5,6,7,8,9,2,3,4,5, sum 118, 118 mod 11 = 8.
func utilityModel() rights.Right {
	return rights.Right{Type: rights.PatentUtilityModel, Holder: holderParty.Name, Number: "202020123456.8",
		Filed: d("2020-06-01"), Granted: d("2021-01-05")}
}

// utilityModelRecordation is utilityModel's recordation, filed 2021-02-01
// and approved 2021-03-01.
func utilityModelRecordation() rights.Recordation {
	return recordOrPanic(utilityModel(), "2021-02-01", "2021-03-01", "P2021-1")
}

// recordOrPanic records right: filed on filed, approved on approved.
// Fixtures are package-level data, so a failure is a broken fixture.
func recordOrPanic(right rights.Right, filed, approved, number string) rights.Recordation {
	rec, err := rights.NewRecordation(right, rights.Application{Holder: holderParty}, d(filed))
	if err != nil {
		panic(err)
	}
	rec, err = rec.Apply(rights.Event{Kind: rights.Approval, Date: d(approved), Number: number})
	if err != nil {
		panic(err)
	}
	return rec
}

// baseFacts are the facts of a case of the given track about right, with
// recordations recs: 1,200 pairs of shoes declared at 30,000.00, exported
// from Shanghai Pudong as cargo.
func baseFacts(track enforcement.Track, right rights.Right, recs ...rights.Recordation) enforcement.Facts {
	return enforcement.Facts{
		ID:           caseID,
		Track:        track,
		Rights:       []rights.Right{right},
		Recordations: recs,
		Goods: enforcement.Goods{Description: "shoes", Quantity: decimal.NewFromInt(1200), Unit: "pairs",
			DeclaredValue: amt("30000")},
		Holder:    enforcement.Party{Name: holderParty.Name},
		Consignee: enforcement.Party{Name: "X Trading"},
		Port:      "Shanghai Pudong",
		Direction: enforcement.Export,
		Channel:   enforcement.Cargo,
	}
}

// exOfficioFacts are an ex officio case about the recorded trademark, goods
// worth 30,000.00 (required bond 15,000.00 → 20,000.00 by the floor of
// Measures art 23).
func exOfficioFacts() enforcement.Facts {
	return baseFacts(enforcement.ExOfficio, mark(), markRecordation())
}

// uponApplicationFacts are an upon-application case about the trademark,
// without a recordation (Regs art 12 needs none), goods worth 30,000.00
// (required bond 30,000.00, Regs art 14).
func uponApplicationFacts() enforcement.Facts {
	return baseFacts(enforcement.UponApplication, mark())
}

// patentFacts are a case of the given track about the recorded utility
// model, goods worth 30,000.00.
func patentFacts(track enforcement.Track) enforcement.Facts {
	return baseFacts(track, utilityModel(), utilityModelRecordation())
}

// rulesChina are the law's rules on calendar.China().
func rulesChina() enforcement.Rules { return enforcement.Rules{Calendar: calendar.China()} }

// mustOpen opens a case on f with the law's rules on calendar.China().
func mustOpen(t testing.TB, f enforcement.Facts) enforcement.Case {
	t.Helper()
	c, err := enforcement.NewCase(f, rulesChina())
	require.NoError(t, err)
	return c
}

// mustApply applies events to c in order, failing the test on the first
// refusal.
func mustApply(t testing.TB, c enforcement.Case, events ...enforcement.Event) enforcement.Case {
	t.Helper()
	for _, ev := range events {
		var err error
		c, err = c.Apply(ev)
		require.NoError(t, err, "Apply(%v)", ev)
	}
	return c
}

// personalFacts are an ex officio case about the recorded trademark in a
// personal channel: 12 handbags, 9,600.00, carried or mailed by Li Wei.
func personalFacts(ch enforcement.Channel) enforcement.Facts {
	f := exOfficioFacts()
	f.Channel = ch
	f.Direction = enforcement.Import
	f.Goods = enforcement.Goods{Description: "handbags", Quantity: decimal.NewFromInt(12), Unit: "pieces", DeclaredValue: amt("9600")}
	f.Consignee = enforcement.Party{Name: "Li Wei"}
	return f
}

// unknownPartyFacts are exOfficioFacts whose consignee cannot be
// identified (Penalty Regs art 62(4)): only the name on the waybill is
// known.
func unknownPartyFacts() enforcement.Facts {
	f := exOfficioFacts()
	f.ConsigneeUnknown = true
	f.Consignee = enforcement.Party{Name: "consignee on waybill 7788 (unverified)"}
	return f
}

// decisionOn is customs' decision on personal use, with its reasons
// (R-PER-2).
func decisionOn(kind enforcement.EventKind, date string) enforcement.Event {
	note := "12 handbags of one design, new, with tags, for a 3-day trip: for sale, not own use or gifts"
	if kind == enforcement.WithinPersonalUse {
		note = "one handbag, used, for the traveller's own use on a 2-week stay"
	}
	return enforcement.Event{Kind: kind, Date: d(date), Note: note}
}

// disposedOn is the completion of disposal by route.
func disposedOn(date string, route enforcement.Route) enforcement.Event {
	return enforcement.Event{Kind: enforcement.DisposalCompleted, Date: d(date), Route: route}
}
