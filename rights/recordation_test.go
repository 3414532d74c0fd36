package rights_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var holder = rights.Party{Name: "ACME Ltd", Address: "1 Harbour Road, Hong Kong", Nationality: "HK"}

// trademark is registered 2010-03-14, valid to 2020-03-13, renewed (filed
// 2019-06-01) to 2030-03-13.
func trademark() rights.Right {
	return rights.Right{Type: rights.Trademark, Holder: holder.Name, Number: "1234567", Classes: []rights.NiceClass{25},
		Registered: d("2010-03-14"), Renewals: renewals("2019-06-01")}
}

// utilityModel is protected from its grant 2015-10-01 to 2025-02-28.
func utilityModel() rights.Right {
	return rights.Right{Type: rights.PatentUtilityModel, Holder: holder.Name, Number: "201520123456.7",
		Filed: d("2015-03-01"), Granted: d("2015-10-01")}
}

func record(t *testing.T, right rights.Right, events ...rights.Event) rights.Recordation {
	t.Helper()
	rec, err := rights.NewRecordation(right, rights.Application{Holder: holder}, events[0].Date)
	require.NoError(t, err)
	for _, ev := range events[1:] {
		rec, err = rec.Apply(ev)
		require.NoError(t, err, "%v", ev)
	}
	return rec
}

func filing(date string) rights.Event { return rights.Event{Kind: rights.Filing, Date: d(date)} }
func approval(date string) rights.Event {
	return rights.Event{Kind: rights.Approval, Date: d(date), Number: "T2012-00001"}
}
func renewal(date string) rights.Event {
	return rights.Event{Kind: rights.RenewalFiling, Date: d(date)}
}

func TestRecordation_ValidUntil(t *testing.T) {
	for _, tc := range []struct {
		name   string
		right  rights.Right
		events []rights.Event
		from   string
		until  string
	}{
		// R-REC-4: 10 years from approval, capped at the right.
		{"copyright: 10 years", rights.Right{Type: rights.CopyrightNaturalPerson, Holder: holder.Name, Created: d("2001-01-01")},
			[]rights.Event{filing("2020-01-06"), approval("2020-02-10")}, "2020-02-10", "2030-02-09"},
		{"a recordation whose 10 years would outlive the patent", utilityModel(),
			[]rights.Event{filing("2019-12-02"), approval("2020-01-10")}, "2020-01-10", "2025-02-28"},
		// Domain brief section 7.5: capped at the registration's term as it
		// stood at approval; the trademark's later renewal does not count.
		{"trademark renewed after the approval", trademark(),
			[]rights.Event{filing("2012-04-02"), approval("2012-05-02")}, "2012-05-02", "2020-03-13"},
		// R-REC-6: from the day after expiry, 10 years, capped.
		{"renewed", trademark(),
			[]rights.Event{filing("2012-04-02"), approval("2012-05-02"), renewal("2019-10-10")}, "2012-05-02", "2030-03-13"},
		{"renewed, not capped", rights.Right{Type: rights.CopyrightLegalPerson, Holder: holder.Name, FirstPublished: d("2000-01-01")},
			[]rights.Event{filing("2004-04-02"), approval("2004-05-02"), renewal("2014-05-01")}, "2004-05-02", "2024-05-01"},
		// R-REC-6: the renewed period is capped at the right too. The work
		// is protected to 2050-12-31; the renewal would run to 2055-01-01.
		{"renewed, capped at the right", rights.Right{Type: rights.CopyrightLegalPerson, Holder: holder.Name, FirstPublished: d("2000-01-01")},
			[]rights.Event{filing("2034-12-01"), approval("2035-01-02"), renewal("2044-10-01")}, "2035-01-02", "2050-12-31"},
		{"cancelled", trademark(),
			[]rights.Event{filing("2012-04-02"), approval("2012-05-02"), {Kind: rights.Cancellation, Date: d("2015-01-05"), Cancel: rights.CancelAssignment}}, "2012-05-02", "2015-01-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := record(t, tc.right, tc.events...)
			from, ok := rec.ValidFrom()
			assert.True(t, ok)
			assert.Equal(t, d(tc.from), from)
			until, ok := rec.ValidUntil()
			assert.True(t, ok)
			assert.Equal(t, d(tc.until), until, "ValidUntil() = %v; want %s", until, tc.until)
			end, known := rec.Right().ProtectionEnd()
			assert.False(t, known && until.After(end), "validity %v after the right's end %v", until, end)
		})
	}
}

func TestRecordation_Renewal(t *testing.T) {
	// Validity to 2020-03-13: the window is 2019-09-13..2020-03-13 (R-REC-5).
	base := record(t, trademark(), filing("2012-04-02"), approval("2012-05-02"))
	w, ok := base.RenewalWindow()
	require.True(t, ok)
	assert.Equal(t, rights.Window{Opens: d("2019-09-13"), Closes: d("2020-03-13"), GraceEnds: d("2020-03-13")}, w)

	for _, tc := range []struct {
		filed string
		ok    bool
		from  rights.State // the status the refusal reports
	}{
		{"2019-09-12", false, rights.Approved}, // one day before the window
		{"2019-09-13", true, 0},                // its first day
		{"2020-03-13", true, 0},                // its last day
		{"2020-03-14", false, rights.Lapsed},   // one day after: lapsed
	} {
		t.Run(tc.filed, func(t *testing.T) {
			got, err := base.Apply(renewal(tc.filed))
			if tc.ok {
				require.NoError(t, err)
				assert.Equal(t, rights.Renewed, got.Status(d(tc.filed)))
				return
			}
			var te *rights.TransitionError
			require.ErrorAs(t, err, &te)
			assert.ErrorIs(t, err, rights.ErrInvalidTransition)
			assert.Equal(t, tc.from, te.From)
			assert.Equal(t, rights.RenewalFiling, te.Event)
			assert.True(t, got.Equal(base))
		})
	}

	// WindowOpensDayAfter moves the first day (R-REC-5 boundary [U]).
	strict, err := base.WithConventions(rights.Conventions{WindowOpensDayAfter: true})
	require.NoError(t, err)
	_, err = strict.Apply(renewal("2019-09-13"))
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)
	_, err = strict.Apply(renewal("2019-09-14"))
	assert.NoError(t, err)

	// A patent that ends with the validity leaves nothing to renew.
	pat := record(t, utilityModel(), filing("2014-12-01"), approval("2015-11-02"))
	_, err = pat.Apply(renewal("2024-12-01"))
	var te *rights.TransitionError
	require.ErrorAs(t, err, &te)
	require.Len(t, te.Unmet, 1)
	assert.Contains(t, te.Unmet[0], "R-REC-6")

	// A trademark whose own renewal is not yet filed when the recordation
	// renewal is: the renewed period would start after the registration
	// ends.
	unrenewed := trademark()
	unrenewed.Renewals = renewals("2020-03-01")
	rec := record(t, unrenewed, filing("2012-04-02"), approval("2012-05-02"))
	_, err = rec.Apply(renewal("2020-02-01"))
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)
	_, err = rec.Apply(renewal("2020-03-02"))
	assert.NoError(t, err)
}

func TestRecordation_Status(t *testing.T) {
	rec := record(t, utilityModel(),
		filing("2019-12-02"),
		approval("2020-01-10"),
		rights.Event{Kind: rights.ChangeReport, Date: d("2021-04-01"), Changed: d("2021-03-15"), Note: "new address"},
	)
	for _, tc := range []struct {
		on   string
		want rights.State
	}{
		{"2019-12-01", rights.StateUnknown},
		{"2019-12-02", rights.Applied},
		{"2020-01-09", rights.Applied},
		{"2020-01-10", rights.Approved},
		{"2021-04-01", rights.Changed},
		{"2025-02-28", rights.Changed},
		{"2025-03-01", rights.Lapsed}, // the patent's term ended (R-REC-7)
		{"2040-01-01", rights.Lapsed},
	} {
		assert.Equal(t, tc.want, rec.Status(d(tc.on)), "Status(%s)", tc.on)
	}
	assert.Equal(t, rights.StateUnknown, rec.Status(calendar.Date{}))

	// The right ends early: the recordation lapses at once (R-REC-7), and
	// can then be cancelled for that reason.
	ended := utilityModel()
	ended.End = rights.End{Reason: rights.EndUnpaidFee, Date: d("2022-03-01")}
	_, err := rec.Apply(rights.Event{Kind: rights.Cancellation, Date: d("2022-03-10"), Cancel: rights.CancelRightEnded})
	assert.ErrorIs(t, err, rights.ErrInvalidTransition, "the right's end is not on record yet")
	rec2, err := rec.WithRight(ended)
	require.NoError(t, err)
	assert.Equal(t, rights.Changed, rec2.Status(d("2022-02-28")))
	assert.Equal(t, rights.Lapsed, rec2.Status(d("2022-03-01")))
	until, _ := rec2.ValidUntil()
	assert.Equal(t, d("2022-02-28"), until)
	rec3, err := rec2.Apply(rights.Event{Kind: rights.Cancellation, Date: d("2022-03-10"), Cancel: rights.CancelRightEnded})
	require.NoError(t, err)
	assert.Equal(t, rights.Cancelled, rec3.Status(d("2022-03-10")))
	assert.Equal(t, rights.Lapsed, rec3.Status(d("2022-03-09")))

	// A right ending before the approval makes the history impossible.
	early := utilityModel()
	early.End = rights.End{Reason: rights.EndSurrender, Date: d("2020-01-01")}
	_, err = rec.WithRight(early)
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)
	assert.ErrorIs(t, err, rights.ErrInvalidRecordation)
	assert.ErrorContains(t, err, "events[1]")
	_, err = rec.WithRight(trademark())
	assert.ErrorIs(t, err, rights.ErrInvalidRight)
}

// An assignment is a cancellation and a new recordation by the assignee
// (Measures art 12; R-REC-8), and GACC refuses an applicant who is not
// the holder (Regs art 8; R-REC-3): WithRight must not change the holder.
func TestRecordation_WithRight_holder(t *testing.T) {
	rec := record(t, utilityModel(), filing("2019-12-02"), approval("2020-01-10"))
	for _, name := range []string{"Assignee Co", "ACME Ltd.", ""} {
		t.Run(name, func(t *testing.T) {
			right := utilityModel()
			right.Holder = name
			got, err := rec.WithRight(right)
			var fe *rights.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "holder", fe.Field)
			assert.Equal(t, name, fe.Value)
			assert.ErrorIs(t, err, rights.ErrInvalidRight)
			assert.ErrorContains(t, err, `not the recorded holder "ACME Ltd"`)
			assert.True(t, got.Equal(rec), "the receiver is unchanged")
			assert.Equal(t, holder.Name, rec.Right().Holder)
			assert.Equal(t, holder.Name, rec.Application().Holder.Name)
		})
	}

	// The same holder: the application's holder is untouched.
	granted := utilityModel()
	granted.End = rights.End{Reason: rights.EndSurrender, Date: d("2023-01-01")}
	rec2, err := rec.WithRight(granted)
	require.NoError(t, err)
	assert.Equal(t, holder, rec2.Application().Holder)

	// The assignment route: cancel, then the assignee records anew.
	cancelled, err := rec.Apply(rights.Event{Kind: rights.Cancellation, Date: d("2021-02-01"), Cancel: rights.CancelAssignment})
	require.NoError(t, err)
	assert.Equal(t, rights.Cancelled, cancelled.Status(d("2021-02-01")))
	assigned := utilityModel()
	assigned.Holder = "Assignee Co"
	_, err = rights.NewRecordation(assigned, rights.Application{Holder: rights.Party{Name: "Assignee Co", Nationality: "CN", Address: "2 Road"}}, d("2021-02-02"))
	assert.NoError(t, err)
}

func TestRecordation_InForce(t *testing.T) {
	rec := record(t, utilityModel(),
		filing("2019-12-02"),
		approval("2020-01-10"),
		rights.Event{Kind: rights.ChangeReport, Date: d("2021-04-01"), Changed: d("2021-03-15"), Note: "new address"},
	)
	cancelled, err := rec.Apply(rights.Event{Kind: rights.Cancellation, Date: d("2023-06-01"), Cancel: rights.CancelHolderRequest})
	require.NoError(t, err)
	ended := utilityModel()
	ended.End = rights.End{Reason: rights.EndUnpaidFee, Date: d("2022-03-01")}
	lapsed, err := rec.WithRight(ended)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		rec  rights.Recordation
		on   calendar.Date
		want bool
	}{
		{"before the filing", rec, d("2019-12-01"), false},
		{"applied", rec, d("2020-01-09"), false},
		{"approval day", rec, d("2020-01-10"), true},
		{"changed", rec, d("2021-04-01"), true},
		{"the patent's last day", rec, d("2025-02-28"), true},
		{"the patent expired (R-REC-7)", rec, d("2025-03-01"), false},
		{"the day before the cancellation", cancelled, d("2023-05-31"), true},
		{"cancelled", cancelled, d("2023-06-01"), false},
		{"a later cancellation does not reach back", cancelled, d("2021-04-01"), true},
		{"the right ended early (R-REC-7)", lapsed, d("2022-03-01"), false},
		{"the day before the right ended", lapsed, d("2022-02-28"), true},
		{"invalid day", rec, calendar.Date{Year: 2021, Month: 2, Day: 30}, false},
		{"zero day", rec, calendar.Date{}, false},
		{"zero Recordation", rights.Recordation{}, d("2021-04-01"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.rec.InForce(tc.on)
			assert.Equal(t, tc.want, got, "InForce(%s) = %t; want %t", tc.on, got, tc.want)
			assert.Equal(t, tc.rec.Status(tc.on).InForce(), got)
		})
	}
}

func TestRecordation_Type(t *testing.T) {
	assert.Equal(t, rights.PatentUtilityModel, record(t, utilityModel(), filing("2019-12-02")).Type())
	assert.Equal(t, rights.Trademark, record(t, trademark(), filing("2019-12-02")).Type())
	assert.Equal(t, rights.TypeUnknown, rights.Recordation{}.Type())
	rec := record(t, trademark(), filing("2019-12-02"))
	allocs := testing.AllocsPerRun(100, func() { _ = rec.Type() })
	assert.Zero(t, allocs, "Type copies nothing")
}

func TestRecordation_Apply_refusals(t *testing.T) {
	rec := record(t, utilityModel(), filing("2019-12-02"))
	for _, tc := range []struct {
		name string
		ev   rights.Event
		is   error
		want string // in the message
	}{
		{"approval of an unprotected right", rights.Event{Kind: rights.Approval, Date: d("2025-03-01"), Number: "P1"}, rights.ErrInvalidTransition, "R-REC-3"},
		{"before the previous event", rights.Event{Kind: rights.Rejection, Date: d("2019-12-01"), Note: "x"}, rights.ErrInvalidTransition, "before the previous event"},
		{"renewal while applied", renewal("2020-01-01"), rights.ErrInvalidTransition, "not allowed in state applied"},
		{"approval without number", rights.Event{Kind: rights.Approval, Date: d("2020-01-10")}, rights.ErrInvalidEvent, "number"},
		{"rejection without reasons", rights.Event{Kind: rights.Rejection, Date: d("2020-01-10")}, rights.ErrInvalidEvent, "note"},
		{"unknown kind", rights.Event{Date: d("2020-01-10")}, rights.ErrInvalidEvent, "kind"},
		{"superfluous reason", rights.Event{Kind: rights.Rejection, Date: d("2020-01-10"), Note: "x", Cancel: rights.CancelAssignment}, rights.ErrInvalidEvent, "cancel_reason"},
		{"event before 1995", rights.Event{Kind: rights.Rejection, Date: d("1990-01-10"), Note: "x"}, rights.ErrInvalidEvent, "1995"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rec.Apply(tc.ev)
			assert.ErrorIs(t, err, tc.is)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), "rights: "), err.Error())
			assert.True(t, got.Equal(rec))
			assert.Len(t, rec.Events(), 1)
		})
	}
	// A change reported before the approval is refused.
	ok := record(t, utilityModel(), filing("2019-12-02"), approval("2020-01-10"))
	_, err := ok.Apply(rights.Event{Kind: rights.ChangeReport, Date: d("2020-02-01"), Changed: d("2020-01-01"), Note: "x"})
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)

	// A validity that would end after 9999-12-31 is refused, not computed
	// as an invalid date.
	far, err := rights.NewRecordation(rights.Right{Type: rights.CopyrightNaturalPerson, Holder: holder.Name},
		rights.Application{Holder: holder}, d("9995-01-02"))
	require.NoError(t, err)
	_, err = far.Apply(rights.Event{Kind: rights.Approval, Date: d("9995-02-01"), Number: "T1"})
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)
	assert.ErrorContains(t, err, "after 9999-12-31")

	var zero rights.Recordation
	for _, ev := range []rights.Event{approval("2020-01-10"), filing("2020-01-10")} {
		got, err := zero.Apply(ev)
		assert.ErrorIs(t, err, rights.ErrInvalidTransition)
		assert.Empty(t, got.Events(), "the zero Recordation accepts no event")
	}
}

// A patent right takes effect on the announcement of its grant (Patent
// Law arts 39-40): GACC must refuse to record a mere application (Regs art
// 8; R-REC-3).
func TestRecordation_Apply_patentNotGranted(t *testing.T) {
	for _, tc := range []struct {
		name    string
		granted string // "" for no grant on record
		want    string // in Unmet
	}{
		{"no grant on record", "", "has no grant on record"},
		{"granted after the approval", "2020-02-03", "is granted only on 2020-02-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			right := utilityModel()
			right.Granted = calendar.Date{}
			if tc.granted != "" {
				right.Granted = d(tc.granted)
			}
			rec := record(t, right, filing("2019-12-02"))
			got, err := rec.Apply(approval("2020-01-10"))
			var te *rights.TransitionError
			require.ErrorAs(t, err, &te)
			assert.ErrorIs(t, err, rights.ErrInvalidTransition)
			assert.Equal(t, rights.Applied, te.From)
			assert.Equal(t, rights.Approval, te.Event)
			assert.Equal(t, d("2020-01-10"), te.Date)
			require.Len(t, te.Unmet, 1)
			assert.Contains(t, te.Unmet[0], tc.want)
			assert.Contains(t, te.Unmet[0], "R-REC-3")
			assert.True(t, got.Equal(rec), "the receiver is unchanged")
			assert.NotContains(t, rec.Permitted(d("2020-01-10")), rights.Approval)
		})
	}
}

func TestRecordation_Reapplication(t *testing.T) {
	rec := record(t, utilityModel(), filing("2019-12-02"), approval("2020-01-10"),
		rights.Event{Kind: rights.Revocation, Date: d("2021-05-10"), Revoke: rights.RevokeUntruthful})
	until, ok := rec.BarredUntil()
	require.True(t, ok)
	assert.Equal(t, d("2022-05-10"), until)

	// By default the bar is reported, not enforced (R-REC-9 [U]).
	again, err := rec.Apply(filing("2021-06-01"))
	require.NoError(t, err)
	assert.Equal(t, rights.Applied, again.Status(d("2021-06-01")))
	_, ok = again.ValidFrom()
	assert.False(t, ok, "a new cycle has no validity yet")
	assert.Equal(t, d("2021-06-01"), again.Received())

	barred, err := rec.WithConventions(rights.Conventions{BarReapplication: true})
	require.NoError(t, err)
	_, err = barred.Apply(filing("2022-05-10"))
	assert.ErrorIs(t, err, rights.ErrInvalidTransition)
	_, err = barred.Apply(filing("2022-05-11"))
	assert.NoError(t, err)
}

func TestRecordation_Permitted(t *testing.T) {
	rec := record(t, trademark(), filing("2012-04-02"))
	assert.Equal(t, []rights.EventKind{rights.Approval, rights.Rejection}, rec.Permitted(d("2012-05-02")))
	rec = record(t, trademark(), filing("2012-04-02"), approval("2012-05-02"))
	assert.Equal(t, []rights.EventKind{rights.ChangeReport, rights.Cancellation, rights.Revocation}, rec.Permitted(d("2015-01-01")))
	assert.Equal(t, []rights.EventKind{rights.RenewalFiling, rights.ChangeReport, rights.Cancellation, rights.Revocation}, rec.Permitted(d("2020-01-01")))
	assert.Equal(t, []rights.EventKind{rights.Filing, rights.Cancellation, rights.Revocation}, rec.Permitted(d("2020-03-14")))
	assert.Nil(t, rec.Permitted(d("2012-05-01")))
}

func TestRecordation_Deadlines(t *testing.T) {
	china := calendar.China()
	rec := record(t, trademark(), filing("2024-02-09"))
	// 30 working days from the day after 2024-02-09, across the Spring
	// Festival holiday (10-17 Feb) and the working Sunday 18 Feb (R-REC-2).
	dl, err := rec.DecisionDue(china)
	require.NoError(t, err)
	assert.Equal(t, d("2024-03-28"), dl.LastDay)

	rec = record(t, trademark(), filing("2019-12-02"), approval("2020-01-10"),
		rights.Event{Kind: rights.ChangeReport, Date: d("2024-03-28"), Changed: d("2024-02-09"), Note: "address"},
		rights.Event{Kind: rights.ChangeReport, Date: d("2024-03-29"), Changed: d("2024-02-09"), Note: "name"},
	)
	late, err := rec.LateChanges(china)
	require.NoError(t, err)
	require.Len(t, late, 1, "a late change is accepted but reported (R-REC-8)")
	assert.Equal(t, "name", late[0].Note)

	_, err = rec.ChangeDue(china, d("2027-12-01"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

func TestNewRecordation_errors(t *testing.T) {
	right := trademark()
	right.Number = "x"
	app := rights.Application{Holder: rights.Party{Name: "Someone Else", Nationality: "CN"},
		Goods: []rights.Goods{{Name: "shoes", Ports: []string{"Shanghai", ""}}}, Infringers: []rights.Infringer{{}}}
	_, err := rights.NewRecordation(right, app, calendar.Date{Year: 2021, Month: 2, Day: 30})
	var fe rights.FieldErrors
	require.ErrorAs(t, err, &fe)
	var fields []string
	for _, e := range fe {
		fields = append(fields, e.Field)
	}
	assert.Equal(t, []string{"right.number", "application.holder.address", "application.goods[0].ports[1]", "application.infringers[0]", "application.holder.name", "received"}, fields)
	assert.ErrorIs(t, err, rights.ErrInvalidRight)
	assert.ErrorIs(t, err, rights.ErrInvalidApplication)
	assert.ErrorIs(t, err, rights.ErrInvalidEvent)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
}

func TestRecordation_immutable(t *testing.T) {
	rec := record(t, trademark(), filing("2012-04-02"), approval("2012-05-02"))
	evs := rec.Events()
	evs[0].Note = "changed"
	r := rec.Right()
	r.Renewals[0].Filed = d("2019-07-01")
	a := rec.Application()
	a.Holder.Name = "x"
	assert.Equal(t, "", rec.Events()[0].Note)
	assert.Equal(t, d("2019-06-01"), rec.Right().Renewals[0].Filed)
	assert.Equal(t, holder.Name, rec.Application().Holder.Name)

	// Two values applied to the same receiver share nothing.
	a1, err := rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: d("2013-01-01"), Changed: d("2013-01-01"), Note: "one"})
	require.NoError(t, err)
	a2, err := rec.Apply(rights.Event{Kind: rights.ChangeReport, Date: d("2013-01-01"), Changed: d("2013-01-01"), Note: "two"})
	require.NoError(t, err)
	assert.Equal(t, "one", a1.Events()[2].Note)
	assert.Equal(t, "two", a2.Events()[2].Note)
	assert.Len(t, rec.Events(), 2)
}

func TestRecordation_JSON(t *testing.T) {
	rec := record(t, trademark(), filing("2012-04-02"), approval("2012-05-02"), renewal("2019-10-10"),
		rights.Event{Kind: rights.Cancellation, Date: d("2021-01-04"), Cancel: rights.CancelHolderRequest})
	rec, err := rec.WithConventions(rights.Conventions{GraceInForce: true})
	require.NoError(t, err)
	data, err := json.Marshal(rec)
	require.NoError(t, err)
	var back rights.Recordation
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(rec), "%s", data)

	good := string(data)
	for _, tc := range []struct {
		name string
		json string
		is   error
	}{
		{"misspelled key", strings.Replace(good, `"holder":`, `"Holder":`, 1), rights.ErrInvalidRecordation},
		{"unknown code", strings.Replace(good, `"renewal-filing"`, `"renewal"`, 1), rights.ErrUnknownCode},
		{"unknown type", strings.Replace(good, `"trademark"`, `"trade-mark"`, 1), rights.ErrUnknownType},
		{"impossible history", strings.Replace(good, `"2019-10-10"`, `"2019-01-10"`, 1), rights.ErrInvalidTransition},
		{"invalid right", strings.Replace(good, `"1234567"`, `"01234567"`, 1), rights.ErrInvalidRight},
		{"no events", strings.Replace(good, `"events":[`, `"events":[],"x":[`, 1), rights.ErrInvalidRecordation},
		{"trailing data", good + " {}", rights.ErrInvalidRecordation},
		{"not a recordation", `[]`, rights.ErrInvalidRecordation},
		{"too deep", strings.Repeat("[", 20) + strings.Repeat("]", 20), rights.ErrInvalidRecordation},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := back
			err := back.UnmarshalJSON([]byte(tc.json)) // json.Unmarshal would catch trailing data itself.
			assert.ErrorIs(t, err, tc.is, "%v", err)
			assert.ErrorIs(t, err, rights.ErrInvalidRecordation)
			assert.True(t, back.Equal(before), "unchanged on error")
		})
	}
	// The first filing keeps its note, and is validated like any event.
	noted := strings.Replace(good, `{"kind":"filing","date":"2012-04-02"}`, `{"kind":"filing","date":"2012-04-02","note":"via agent"}`, 1)
	require.NotEqual(t, good, noted)
	require.NoError(t, json.Unmarshal([]byte(noted), &back))
	assert.Equal(t, "via agent", back.Events()[0].Note)
	bad := strings.Replace(good, `{"kind":"filing","date":"2012-04-02"}`, `{"kind":"filing","date":"2012-04-02","number":"T1"}`, 1)
	err = json.Unmarshal([]byte(bad), &back)
	assert.ErrorIs(t, err, rights.ErrInvalidEvent)
	assert.ErrorContains(t, err, `number "T1": does not apply to a filing`)

	var r rights.Right
	err = json.Unmarshal([]byte(`{"type":"trademark","holder":"h","number":"1","registered":"2010-03-14","end":{"reason":"","date":""}}`), &r)
	assert.ErrorIs(t, err, rights.ErrInvalidRight)
	assert.True(t, errors.Is(err, rights.ErrUnknownCode) || strings.Contains(err.Error(), "end"), "%v", err)
}

func TestFeeSchedule(t *testing.T) {
	fees := rights.DefaultFees()
	for _, tc := range []struct {
		kind rights.FeeKind
		on   string
		want int64
	}{
		{rights.FeeRecordation, "2004-03-01", 800},
		{rights.FeeRecordation, "2015-10-31", 800},
		{rights.FeeRecordation, "2015-11-01", 0},
		{rights.FeeRenewal, "2010-01-01", 0},
		{rights.FeeChange, "2010-01-01", 0},
	} {
		got, err := fees.Fee(tc.kind, d(tc.on))
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "Fee(%s, %s)", tc.kind, tc.on)
	}
	_, err := fees.Fee(rights.FeeRecordation, d("2000-01-01"))
	assert.ErrorIs(t, err, rights.ErrNoFee)
	fees.Rates = append(fees.Rates, rights.FeeRate{Kind: rights.FeeRecordation, Yuan: -1, EffectiveFrom: d("2015-01-01"), Source: "x"})
	err = fees.Validate()
	assert.ErrorIs(t, err, rights.ErrInvalidFees)
	assert.ErrorContains(t, err, "overlaps rates[0]")
	assert.ErrorContains(t, err, "negative")
	assert.NoError(t, rights.DefaultFees().Validate())
}

// Validation compares every pair of rates: it must refuse a schedule too
// large for that to stay fast, with one problem, not one per pair.
func TestFeeSchedule_Validate_maxRates(t *testing.T) {
	rates := func(n int, overlapping bool) rights.FeeSchedule {
		var s rights.FeeSchedule
		for i := 0; i < n; i++ {
			from := d("2000-01-01").AddDays(calendar.Days(i))
			r := rights.FeeRate{Kind: rights.FeeRecordation, EffectiveFrom: from, EffectiveUntil: from.AddDays(1), Source: "x"}
			if overlapping {
				r.EffectiveUntil = calendar.Date{}
			}
			s.Rates = append(s.Rates, r)
		}
		return s
	}
	assert.NoError(t, rates(rights.MaxRates, false).Validate())

	err := rates(rights.MaxRates+1, false).Validate()
	var fe rights.FieldErrors
	require.ErrorAs(t, err, &fe)
	require.Len(t, fe, 1)
	assert.Equal(t, "rates", fe[0].Field)
	assert.Equal(t, fmt.Sprint(rights.MaxRates+1), fe[0].Value)
	assert.ErrorIs(t, err, rights.ErrInvalidFees)
	_, err = rates(100*rights.MaxRates, true).Fee(rights.FeeRecordation, d("2000-01-01"))
	require.ErrorAs(t, err, &fe)
	assert.Len(t, fe, 1)

	// Overlapping rates: one problem per rate, naming the first it overlaps.
	err = rates(rights.MaxRates, true).Validate()
	require.ErrorAs(t, err, &fe)
	assert.Len(t, fe, rights.MaxRates-1)
	assert.ErrorContains(t, fe[len(fe)-1], "overlaps rates[0]")
}
