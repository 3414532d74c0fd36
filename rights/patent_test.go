package rights_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/iprborder/iprborder/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePatentNumber(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   string // canonical form; "" for an error
		year   int
		kind   rights.PatentKind
		serial int
	}{
		// The brief's worked examples (domain brief section 11).
		{"201710601862.3", "201710601862.3", 2017, rights.PatentKindInvention, 601862},
		{"97101765.4", "97101765.4", 1997, rights.PatentKindInvention, 1765},
		// Prefixes, in any case, with an optional space.
		{"ZL201710601862.3", "201710601862.3", 2017, rights.PatentKindInvention, 601862},
		{"zl 201710601862.3", "201710601862.3", 2017, rights.PatentKindInvention, 601862},
		{"CN201710601862.3", "201710601862.3", 2017, rights.PatentKindInvention, 601862},
		{"cN 97101765.4", "97101765.4", 1997, rights.PatentKindInvention, 1765},
		// Check character X, in either case.
		{"201910100004.X", "201910100004.X", 2019, rights.PatentKindInvention, 100004},
		{"201910100004.x", "201910100004.X", 2019, rights.PatentKindInvention, 100004},
		{"99200005.X", "99200005.X", 1999, rights.PatentKindUtilityModel, 5},
		// Kinds.
		{"201720601862.9", "201720601862.9", 2017, rights.PatentKindUtilityModel, 601862},
		{"202130300001.9", "202130300001.9", 2021, rights.PatentKindDesign, 300001},
		{"201780001234.X", "201780001234.X", 2017, rights.PatentKindPCTInvention, 1234},
		// Errors.
		{"201710601862.4", "", 0, 0, 0},     // wrong check character
		{"2017106018623", "", 0, 0, 0},      // missing dot
		{"201710601862", "", 0, 0, 0},       // missing check character
		{"201710601862.", "", 0, 0, 0},      // empty check character
		{"201710601862.33", "", 0, 0, 0},    // two check characters
		{"201750601862.7", "", 0, 0, 0},     // kind digit 5
		{"200210601862.1", "", 0, 0, 0},     // 12 digits before 2003
		{"47101765.1", "", 0, 0, 0},         // 8-digit year 47
		{"201710000000.8", "", 0, 0, 0},     // serial 0
		{"2017106O1862.3", "", 0, 0, 0},     // letter O
		{" 201710601862.3", "", 0, 0, 0},    // leading space
		{"ZL  201710601862.3", "", 0, 0, 0}, // two spaces
		{"XX201710601862.3", "", 0, 0, 0},   // unknown prefix
		{"", "", 0, 0, 0},
		{strings.Repeat("1", 33), "", 0, 0, 0}, // too long
		{"２０１７10601862.3", "", 0, 0, 0},        // full-width digits
	} {
		t.Run(tc.in, func(t *testing.T) {
			p, err := rights.ParsePatentNumber(tc.in)
			if tc.want == "" {
				require.Error(t, err, "ParsePatentNumber(%q) = %v", tc.in, p)
				assert.ErrorIs(t, err, rights.ErrInvalidNumber)
				var ne *rights.NumberError
				require.ErrorAs(t, err, &ne)
				assert.Equal(t, tc.in, ne.Input)
				assert.True(t, p.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, p.String())
			assert.Equal(t, "ZL"+tc.want, p.Granted())
			assert.Equal(t, tc.year, p.Year())
			assert.Equal(t, tc.kind, p.Kind())
			assert.Equal(t, tc.serial, p.Serial())
		})
	}
}

func TestParsePatentNumber_helpfulErrors(t *testing.T) {
	_, err := rights.ParsePatentNumber("2017106018623")
	assert.ErrorContains(t, err, "write 201710601862.3")
	_, err = rights.ParsePatentNumber("2017106018624")
	assert.ErrorContains(t, err, "missing the dot")
	assert.NotContains(t, err.Error(), "write", "no suggestion for a number whose check fails")
}

func TestPatentNumber_CompareText(t *testing.T) {
	a := rights.MustParsePatentNumber("97101765.4")
	b := rights.MustParsePatentNumber("201710601862.3")
	c := rights.MustParsePatentNumber("201720601862.9")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, -1, b.Compare(c))
	assert.Equal(t, 1, c.Compare(a))
	assert.Equal(t, 0, b.Compare(rights.MustParsePatentNumber("ZL201710601862.3")))
	assert.True(t, b.Equal(rights.MustParsePatentNumber("cn201710601862.3")))
	assert.Equal(t, -1, rights.PatentNumber{}.Compare(a))

	text, err := b.MarshalText()
	require.NoError(t, err)
	var back rights.PatentNumber
	require.NoError(t, back.UnmarshalText(text))
	assert.Equal(t, b, back)
	require.NoError(t, back.UnmarshalText(nil))
	assert.True(t, back.IsZero())
	back = b
	assert.Error(t, back.UnmarshalText([]byte("201710601862.4")))
	assert.Equal(t, b, back, "unchanged on error")

	assert.Equal(t, rights.PatentInvention, rights.PatentKindPCTInvention.Type())
	assert.Equal(t, rights.PatentUtilityModel, rights.PatentKindPCTUtilityModel.Type())
	assert.Equal(t, rights.TypeUnknown, rights.PatentKindUnknown.Type())
}

func TestParseTrademarkNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"1", 1}, {"1234567", 1234567}, {"12345678", 12345678}, {"123456789", 123456789},
		{"", 0}, {"0", 0}, {"0123", 0}, {"1234567890", 0}, {"12 34", 0}, {"-1", 0}, {"+1", 0}, {"１", 0}, {"12a", 0},
	} {
		t.Run(tc.in, func(t *testing.T) {
			n, err := rights.ParseTrademarkNumber(tc.in)
			if tc.want == 0 {
				assert.ErrorIs(t, err, rights.ErrInvalidNumber)
				assert.True(t, n.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, n.Int())
			assert.Equal(t, tc.in, n.String())
		})
	}
	n, err := rights.NewTrademarkNumber(42)
	require.NoError(t, err)
	assert.Equal(t, "42", n.String())
	for _, bad := range []int{0, -1, 1_000_000_000} {
		n, err = rights.NewTrademarkNumber(bad)
		assert.ErrorIs(t, err, rights.ErrInvalidNumber, "NewTrademarkNumber(%d)", bad)
		assert.True(t, n.IsZero())
	}
}

func TestParseNiceClass(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want rights.NiceClass
	}{
		{"1", 1}, {"05", 5}, {"25", 25}, {"45", 45},
		{"0", 0}, {"46", 0}, {"", 0}, {"005", 0}, {"x", 0}, {" 5", 0},
	} {
		c, err := rights.ParseNiceClass(tc.in)
		if tc.want == 0 {
			assert.ErrorIs(t, err, rights.ErrInvalidNumber, "ParseNiceClass(%q)", tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, c)
		assert.True(t, c.IsValid())
	}
	classes := []rights.NiceClass{25, 3, 45, 1, 3}
	slices.SortFunc(classes, rights.NiceClass.Compare)
	assert.Equal(t, []rights.NiceClass{1, 3, 3, 25, 45}, classes)
	assert.Equal(t, 0, rights.NiceClass(9).Compare(9))
	assert.Equal(t, -1, rights.NiceClass(9).Compare(10))
	assert.Equal(t, 1, rights.NiceClass(10).Compare(9))
	assert.True(t, rights.NiceClass(25).Equal(25))
	assert.False(t, rights.NiceClass(25).Equal(35))

	_, err := rights.NiceClass(46).MarshalText()
	assert.ErrorIs(t, err, rights.ErrInvalidNumber)
	assert.Equal(t, "%!NiceClass(0)", rights.NiceClass(0).String())
}
