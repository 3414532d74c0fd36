package rights_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func renewals(dates ...string) []rights.Renewal {
	var rs []rights.Renewal
	for _, s := range dates {
		rs = append(rs, rights.Renewal{Filed: d(s)})
	}
	return rs
}

func TestRight_ProtectionEnd(t *testing.T) {
	for _, tc := range []struct {
		name  string
		right rights.Right
		want  string // "" for no known end
	}{
		// Patent Law art 42; R-TERM-PAT.
		{"utility model filed 1999-09-06 (CNIPA example)", rights.Right{Type: rights.PatentUtilityModel, Holder: "h", Number: "99200005.X", Filed: d("1999-09-06")}, "2009-09-05"},
		{"design filed 2021-05-31: 10 years", rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "202130300001.9", Filed: d("2021-05-31")}, "2031-05-30"},
		{"design filed 2021-06-01: 15 years", rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "202130300001.9", Filed: d("2021-06-01")}, "2036-05-31"},
		{"invention 20 years", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2017-03-15")}, "2037-03-14"},
		{"invention with 100 days of adjustment", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2017-03-15"), TermAdjustment: 100}, "2037-06-22"},
		{"invention ended for an unpaid fee", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2017-03-15"),
			End: rights.End{Reason: rights.EndUnpaidFee, Date: d("2022-03-15")}}, "2022-03-14"},
		// Trademark Law arts 39-40; R-TERM-TM.
		{"trademark registered 2010-03-14", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1234567", Registered: d("2010-03-14")}, "2020-03-13"},
		{"trademark renewed once", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1234567", Registered: d("2010-03-14"), Renewals: renewals("2019-06-01")}, "2030-03-13"},
		{"trademark renewed in the grace period", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1234567", Registered: d("2010-03-14"), Renewals: renewals("2020-09-13")}, "2030-03-13"},
		{"trademark renewed twice", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1234567", Registered: d("2010-03-14"), Renewals: renewals("2019-06-01", "2029-04-01")}, "2040-03-13"},
		{"trademark registered on a leap day [U]", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2020-02-29")}, "2030-02-28"},
		{"trademark cancelled", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), End: rights.End{Reason: rights.EndCancellation, Date: d("2015-01-01")}}, "2014-12-31"},
		// Copyright Law art 23; R-TERM-CR-*.
		{"natural person, author living", rights.Right{Type: rights.CopyrightNaturalPerson, Holder: "h", Created: d("2001-01-01")}, ""},
		{"natural person, author died 1990", rights.Right{Type: rights.CopyrightNaturalPerson, Holder: "h", AuthorDied: 1990}, "2040-12-31"},
		{"legal person, published", rights.Right{Type: rights.CopyrightLegalPerson, Holder: "h", Created: d("1999-05-01"), FirstPublished: d("2003-07-01")}, "2053-12-31"},
		{"legal person, unpublished", rights.Right{Type: rights.CopyrightLegalPerson, Holder: "h", Created: d("1999-05-01")}, "2049-12-31"},
		{"legal person, published after 50 years", rights.Right{Type: rights.CopyrightLegalPerson, Holder: "h", Created: d("1950-05-01"), FirstPublished: d("2001-07-01")}, "2000-12-31"},
		{"audiovisual, published", rights.Right{Type: rights.CopyrightAudiovisual, Holder: "h", FirstPublished: d("2010-02-01")}, "2060-12-31"},
		{"legal person without dates", rights.Right{Type: rights.CopyrightLegalPerson, Holder: "h"}, ""},
		// Olympic Symbols Regulations art 9; World Expo; R-TERM-OLY, R-TERM-EXPO.
		{"Olympic symbol", rights.Right{Type: rights.OlympicSymbol, Holder: "h", Announced: d("2018-08-01")}, "2028-07-31"},
		{"Olympic symbol renewed", rights.Right{Type: rights.OlympicSymbol, Holder: "h", Announced: d("2018-08-01"), Renewals: renewals("2028-07-31")}, "2038-07-31"},
		{"World Expo symbol", rights.Right{Type: rights.WorldExpoSymbol, Holder: "h"}, ""},
		{"World Expo symbol ended", rights.Right{Type: rights.WorldExpoSymbol, Holder: "h", End: rights.End{Reason: rights.EndOther, Date: d("2011-01-01")}}, "2010-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.right.Validate())
			got, ok := tc.right.ProtectionEnd()
			if tc.want == "" {
				assert.False(t, ok, "ProtectionEnd() = %v, want no end", got)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, d(tc.want), got, "ProtectionEnd() = %v; want %s", got, tc.want)
		})
	}
}

func TestConventions_LeapDayFebruary28(t *testing.T) {
	r := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2020-02-29")}
	got, ok := rights.Conventions{LeapDayFebruary28: true}.ProtectionEnd(r)
	assert.True(t, ok)
	assert.Equal(t, d("2030-02-27"), got)
}

func TestRight_InForce(t *testing.T) {
	tm := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), Renewals: renewals("2020-05-01")}
	unrenewed := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14")}
	inv := rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2017-03-15"), Granted: d("2019-01-02"),
		End: rights.End{Reason: rights.EndInvalidation, Date: d("2021-06-30")}}
	// Patent Law arts 39-40: the patent right takes effect on the
	// announcement of grant; an application protects nothing.
	applied := rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2017-03-15")}
	for _, tc := range []struct {
		name  string
		right rights.Right
		conv  rights.Conventions
		on    string
		want  bool
	}{
		{"before registration", tm, rights.Conventions{}, "2010-03-13", false},
		{"registration day", tm, rights.Conventions{}, "2010-03-14", true},
		{"last day of the first term", tm, rights.Conventions{}, "2020-03-13", true},
		{"grace period before the renewal is filed [U]", tm, rights.Conventions{}, "2020-03-14", false},
		{"grace period, GraceInForce", tm, rights.Conventions{GraceInForce: true}, "2020-03-14", true},
		{"the day the renewal is filed", tm, rights.Conventions{}, "2020-05-01", true},
		{"last day of the renewed term", tm, rights.Conventions{}, "2030-03-13", true},
		{"after the renewed term", tm, rights.Conventions{}, "2030-03-14", false},
		{"grace, GraceInForce, never renewed", unrenewed, rights.Conventions{GraceInForce: true}, "2020-09-13", true},
		{"after grace, GraceInForce, never renewed", unrenewed, rights.Conventions{GraceInForce: true}, "2020-09-14", false},
		{"grace, never renewed", unrenewed, rights.Conventions{}, "2020-03-14", false},
		{"patent before grant", inv, rights.Conventions{}, "2018-01-01", false},
		{"patent the day before grant", inv, rights.Conventions{}, "2019-01-01", false},
		{"patent not granted, filing day", applied, rights.Conventions{}, "2017-03-15", false},
		{"patent not granted, years later", applied, rights.Conventions{}, "2030-01-01", false},
		{"patent granted", inv, rights.Conventions{}, "2019-01-02", true},
		{"patent the day before invalidation", inv, rights.Conventions{}, "2021-06-29", true},
		{"patent invalidated", inv, rights.Conventions{}, "2021-06-30", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.conv.InForce(tc.right, d(tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got, "InForce(%s) = %t; want %t", tc.on, got, tc.want)
		})
	}
	assert.True(t, inv.VoidAbInitio())
	// The term still counts from filing (Patent Law art 42).
	end, ok := applied.ProtectionEnd()
	assert.True(t, ok)
	assert.Equal(t, d("2037-03-14"), end, "ProtectionEnd() of an ungranted invention = %s; want 2037-03-14", end)

	_, err := rights.Right{}.InForce(d("2020-01-01"))
	assert.ErrorIs(t, err, rights.ErrInvalidRight)
	_, err = tm.InForce(calendar.Date{Year: 2021, Month: 2, Day: 30})
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
}

func TestRight_RenewalWindow(t *testing.T) {
	tm := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14")}
	w, ok := tm.RenewalWindow()
	require.True(t, ok)
	assert.Equal(t, rights.Window{Opens: d("2019-03-13"), Closes: d("2020-03-13"), GraceEnds: d("2020-09-13")}, w)
	w2, _ := rights.Conventions{WindowOpensDayAfter: true}.RenewalWindow(tm)
	assert.Equal(t, d("2019-03-14"), w2.Opens)

	// Month ends: grace ends on the corresponding day or the month's last.
	tm.Registered = d("2010-08-31")
	w, _ = tm.RenewalWindow()
	assert.Equal(t, rights.Window{Opens: d("2019-08-30"), Closes: d("2020-08-30"), GraceEnds: d("2021-02-28")}, w)

	oly := rights.Right{Type: rights.OlympicSymbol, Holder: "h", Announced: d("2018-08-01")}
	w, ok = oly.RenewalWindow()
	require.True(t, ok)
	assert.Equal(t, w.Closes, w.GraceEnds, "Olympic symbols have no grace period")

	_, ok = rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "202130300001.9", Filed: d("2021-06-01")}.RenewalWindow()
	assert.False(t, ok)

	// Renewals: on the window's edges, and one day outside on each side.
	for _, tc := range []struct {
		filed string
		ok    bool
	}{
		{"2019-03-12", false}, {"2019-03-13", true}, {"2020-03-13", true}, {"2020-09-13", true}, {"2020-09-14", false},
	} {
		r := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), Renewals: renewals(tc.filed)}
		err := r.Validate()
		if tc.ok {
			assert.NoError(t, err, "renewal filed %s", tc.filed)
		} else {
			assert.ErrorIs(t, err, rights.ErrInvalidRight, "renewal filed %s", tc.filed)
		}
	}
	// An Olympic symbol has no grace period.
	late := rights.Right{Type: rights.OlympicSymbol, Holder: "h", Announced: d("2018-08-01"), Renewals: renewals("2028-08-01")}
	assert.ErrorIs(t, late.Validate(), rights.ErrInvalidRight)
}

func TestRight_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		right  rights.Right
		fields []string // every field reported, in order
	}{
		{"zero", rights.Right{}, []string{"type"}},
		{"trademark without facts", rights.Right{Type: rights.Trademark}, []string{"holder", "number", "registered"}},
		{"registration before filing", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Filed: d("2010-05-01"), Registered: d("2010-03-14")}, []string{"registered"}},
		{"invention numbered as a utility model", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201720601862.9", Filed: d("2017-01-01")}, []string{"number"}},
		{"design numbered as an invention", rights.Right{Type: rights.PatentDesign, Holder: "h", Number: "ZL201710601862.3", Filed: d("2017-01-01")}, []string{"number"}},
		{"PCT invention is an invention", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201780001234.X", Filed: d("2016-01-01")}, nil},
		{"wrong check character", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.4", Filed: d("2017-01-01")}, []string{"number"}},
		{"numbered before filing", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("2018-01-01")}, []string{"number"}},
		{"patent before the Patent Law", rights.Right{Type: rights.PatentInvention, Holder: "h", Number: "201710601862.3", Filed: d("1984-01-01")}, []string{"filed"}},
		{"fields that do not apply", rights.Right{Type: rights.PatentUtilityModel, Holder: "h", Number: "99200005.X", Filed: d("1999-09-06"), Registered: d("2000-01-01"), AuthorDied: 1990, TermAdjustment: 5},
			[]string{"registered", "author_died", "term_adjustment"}},
		{"absurd death year", rights.Right{Type: rights.CopyrightNaturalPerson, Holder: "h", AuthorDied: 1700}, []string{"author_died"}},
		{"death before creation", rights.Right{Type: rights.CopyrightNaturalPerson, Holder: "h", AuthorDied: 1990, Created: d("1995-01-01")}, []string{"author_died"}},
		{"publication before creation", rights.Right{Type: rights.CopyrightLegalPerson, Holder: "h", Created: d("2000-01-01"), FirstPublished: d("1999-01-01")}, []string{"first_published"}},
		{"renewals out of order", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), Renewals: renewals("2029-06-01", "2019-06-01")},
			[]string{"renewals[0].filed", "renewals[1].filed"}},
		{"end without reason, end before start", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), End: rights.End{Date: d("2009-01-01")}}, []string{"end.reason"}},
		{"end reason for another type", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), End: rights.End{Reason: rights.EndUnpaidFee, Date: d("2012-01-01")}}, []string{"end.reason"}},
		{"end after the term", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), End: rights.End{Reason: rights.EndSurrender, Date: d("2021-01-01")}}, []string{"end.date"}},
		{"invalid date", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: calendar.Date{Year: 2010, Month: 2, Day: 30}}, []string{"registered"}},
		{"bad trademark number and classes", rights.Right{Type: rights.Trademark, Holder: "h", Number: "012", Registered: d("2010-03-14"), Classes: []rights.NiceClass{25, 46, 25}},
			[]string{"number", "classes[1]", "classes[2]"}},
		{"holder with control characters", rights.Right{Type: rights.WorldExpoSymbol, Holder: "a\x00b"}, []string{"holder"}},
		{"term beyond 9999", rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("9995-01-01")}, []string{"registered"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.right.Validate()
			if tc.fields == nil {
				assert.NoError(t, err)
				return
			}
			var fe rights.FieldErrors
			require.ErrorAs(t, err, &fe)
			assert.ErrorIs(t, err, rights.ErrInvalidRight)
			var got []string
			for _, e := range fe {
				got = append(got, e.Field)
				assert.True(t, strings.HasPrefix(e.Error(), "rights: "+e.Field), e.Error())
			}
			assert.Equal(t, tc.fields, got, "%v", err)
		})
	}
	err := rights.Right{}.Validate()
	assert.True(t, errors.Is(err, rights.ErrUnknownType), "a missing type matches ErrUnknownType: %v", err)
	err = rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("9995-01-01")}.Validate()
	assert.False(t, errors.Is(err, rights.ErrUnknownType), "only a bad type matches ErrUnknownType: %v", err)
}

func TestRight_Equal(t *testing.T) {
	a := rights.Right{Type: rights.Trademark, Holder: "h", Number: "1", Registered: d("2010-03-14"), Renewals: renewals("2019-06-01")}
	b := a
	b.Renewals = renewals("2019-06-01")
	assert.True(t, a.Equal(b))
	b.Renewals[0].Filed = d("2019-06-02")
	assert.False(t, a.Equal(b))
}

func TestParseType(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want rights.Type
	}{
		{"trademark", rights.Trademark},
		{"PATENT-DESIGN", rights.PatentDesign},
		{"World-Expo-Symbol", rights.WorldExpoSymbol},
		{"", rights.TypeUnknown},
		{"trade-mark", rights.TypeUnknown},
		{" trademark", rights.TypeUnknown},
		{"5", rights.TypeUnknown},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := rights.ParseType(tc.in)
			assert.Equal(t, tc.want, got, "ParseType(%q) = %v; want %v", tc.in, got, tc.want)
			if tc.want != rights.TypeUnknown {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, rights.ErrUnknownType)
			assert.ErrorIs(t, err, rights.ErrUnknownCode)
			var ce *rights.CodeError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "Type", ce.Enum)
			assert.Equal(t, tc.in, ce.Input)
		})
	}
	for _, typ := range rights.Types() {
		got, err := rights.ParseType(typ.String())
		require.NoError(t, err)
		assert.Equal(t, typ, got)
	}
}

// Window, End and Event are comparable values: Equal is ==.
func TestEqual_smallValues(t *testing.T) {
	w := rights.Window{Opens: d("2019-03-13"), Closes: d("2020-03-13"), GraceEnds: d("2020-09-13")}
	v := w
	assert.True(t, w.Equal(v))
	v.GraceEnds = v.Closes
	assert.False(t, w.Equal(v))
	assert.True(t, rights.Window{}.Equal(rights.Window{}))

	e := rights.End{Reason: rights.EndSurrender, Date: d("2022-03-01")}
	assert.True(t, e.Equal(rights.End{Reason: rights.EndSurrender, Date: d("2022-03-01")}))
	assert.False(t, e.Equal(rights.End{Reason: rights.EndOther, Date: d("2022-03-01")}))
	assert.False(t, e.Equal(rights.End{}))
	assert.True(t, rights.End{}.Equal(rights.End{}))

	ev := rights.Event{Kind: rights.ChangeReport, Date: d("2021-04-01"), Changed: d("2021-03-15"), Note: "address"}
	o := ev
	assert.True(t, ev.Equal(o))
	o.Note = "Address"
	assert.False(t, ev.Equal(o))
	o = ev
	o.Changed = d("2021-03-16")
	assert.False(t, ev.Equal(o))
}

func TestType(t *testing.T) {
	for _, typ := range rights.Types() {
		text, err := typ.MarshalText()
		require.NoError(t, err)
		var back rights.Type
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(string(text)))))
		assert.Equal(t, typ, back)
	}
	assert.True(t, rights.PatentDesign.IsPatent())
	assert.False(t, rights.Trademark.IsPatent())
	assert.True(t, rights.CopyrightAudiovisual.IsCopyright())
	assert.False(t, rights.OlympicSymbol.IsCopyright())
	assert.Equal(t, "%!Type(99)", rights.Type(99).String())
	var typ rights.Type = rights.Trademark
	err := typ.UnmarshalText([]byte("trade-mark"))
	assert.ErrorIs(t, err, rights.ErrUnknownType)
	assert.ErrorIs(t, err, rights.ErrUnknownCode)
	assert.Equal(t, rights.Trademark, typ, "unchanged on error")
	_, err = rights.TypeUnknown.MarshalText()
	assert.ErrorIs(t, err, rights.ErrUnknownType)
}
