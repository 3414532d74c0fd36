package enforcement_test

import (
	"errors"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/shopspring/decimal"
)

func FuzzOffence_UnmarshalText(f *testing.F) {
	for _, s := range []string{
		"infringing-goods", "declaration-failure", // the codes
		"INFRINGING-GOODS", "Declaration-Failure", // any letter case
		"infringing_goods", "infringing", "", " declaration-failure", "%!Offence(3)", "ınfringing-goods", // not codes
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		o := enforcement.DeclarationFailure
		checkEnumText(t, &o, text)
		if err := o.UnmarshalText(text); err == nil && !o.IsValid() {
			t.Fatalf("Offence.UnmarshalText(%q) = %d, not a valid offence", text, o)
		}
	})
}

func FuzzTier_UnmarshalText(f *testing.F) {
	for _, s := range []string{
		"statutory", "mitigated", "lighter", "ordinary", "heavier", // the codes
		"HEAVIER", "Mitigated", // any letter case
		"no-penalty", "heavy", "", "ordinary\n", "%!Tier(5)", "ſtatutory", // not codes
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		tier := enforcement.Ordinary
		checkEnumText(t, &tier, text)
		if err := tier.UnmarshalText(text); err == nil && !tier.IsValid() {
			t.Fatalf("Tier.UnmarshalText(%q) = %d, not a valid tier", text, tier)
		}
	})
}

// FuzzFineBand: FineBand, CheckFine and TierOf never panic, whatever the
// offence, tier, value, fine and day; each error matches a sentinel; and
// where a band exists, its fen bounds are inside it, CheckFine agrees
// with Contains, and TierOf names a tier whose band contains the fine.
func FuzzFineBand(f *testing.F) {
	for _, s := range []struct {
		offence, tier   uint8
		value, fine, on string
	}{
		{1, 3, "150000.00", "30000.00", "2025-05-20"},         // the scenario
		{1, 0, "150000.00", "45000.00", "2023-06-01"},         // statutory, before the tiers
		{1, 3, "150000.00", "20000", "2023-06-01"},            // a tier before the tiers
		{2, 4, "0", "50000", "2025-05-20"},                    // declaration, heavier
		{2, 1, "0", "4999.99", "2024-01-01"},                  // declaration, mitigated
		{1, 2, "0.05", "0.01", "2025-05-20"},                  // an empty band
		{1, 4, "33.33", "9.99", "2025-05-20"},                 // a bound finer than a fen
		{1, 4, "1000000000000", "300000000000", "2027-12-31"}, // the largest value
		{1, 4, "1e999999999", "1", "2025-05-20"},              // an exponent bomb
		{1, 4, "1", "-1e-999999999", "2025-05-20"},            // a tiny negative fine
		{0, 9, "-1", "0.001", "2025-02-30"},                   // all wrong
		{2, 0, "0", "0", "0001-01-01"},                        // the first day
	} {
		f.Add(s.offence, s.tier, s.value, s.fine, s.on)
	}
	p := enforcement.DefaultParameters()
	f.Fuzz(func(t *testing.T, offence, tier uint8, value, fine, on string) {
		o, tr := enforcement.Offence(offence), enforcement.Tier(tier)
		v, err := decimal.NewFromString(value)
		if err != nil {
			return
		}
		x, err := decimal.NewFromString(fine)
		if err != nil {
			return
		}
		day, err := calendar.ParseDate(on)
		if err != nil {
			return
		}
		b, err := enforcement.FineBand(o, tr, v, day, p)
		checkPenaltyError(t, "FineBand", err)
		checkErr := enforcement.CheckFine(o, tr, v, x, day, p)
		checkPenaltyError(t, "CheckFine", checkErr)
		got, tierErr := enforcement.TierOf(o, v, x, day, p)
		checkPenaltyError(t, "TierOf", tierErr)
		_ = b.String()
		if err != nil {
			return
		}
		if least, greatest, ok := b.FenBounds(); ok && (!b.Contains(least) || !b.Contains(greatest) || least.GreaterThan(greatest)) {
			t.Fatalf("%v: FenBounds %s, %s not inside", b, least, greatest)
		}
		if contains := b.Contains(x); contains != (checkErr == nil) {
			t.Fatalf("%v: Contains(%s) = %v; CheckFine: %v", b, x, contains, checkErr)
		}
		if tierErr == nil {
			tb, err := enforcement.FineBand(o, got, v, day, p)
			if err != nil || !tb.Contains(x) {
				t.Fatalf("TierOf(%s, %s, %s) = %s, whose band %v (%v) does not contain it", o, v, x, got, tb, err)
			}
		}
	})
}

// checkPenaltyError fails t if err is not nil and matches none of the
// sentinels the penalty functions document.
func checkPenaltyError(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, s := range []error{enforcement.ErrUnknownCode, enforcement.ErrInvalidAmount, calendar.ErrInvalidDate,
		enforcement.ErrNoParameter, enforcement.ErrInvalidParameters, enforcement.ErrFineOutsideBand} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("%s: %v matches no sentinel", what, err)
}
