package storagecost

import (
	"testing"

	"github.com/iprborder/iprborder/internal/textcode"
)

// IsValid is written out for speed; it must agree with the code tables.
func TestIsValidAgreesWithCodes(t *testing.T) {
	check := func(name string, valid func(uint8) bool, hasCode func(uint8) bool) {
		for v := 0; v < 256; v++ {
			if valid(uint8(v)) != hasCode(uint8(v)) {
				t.Errorf("%s(%d).IsValid() = %v, but its text code says %v", name, v, valid(uint8(v)), hasCode(uint8(v)))
			}
		}
	}
	check("Kind", func(v uint8) bool { return Kind(v).IsValid() }, func(v uint8) bool { return valid(kindCodes, Kind(v)) })
	check("Basis", func(v uint8) bool { return Basis(v).IsValid() }, func(v uint8) bool { return valid(basisCodes, Basis(v)) })
	check("Per", func(v uint8) bool { return Per(v).IsValid() }, func(v uint8) bool { return valid(perCodes, Per(v)) })
	check("Condition", func(v uint8) bool { return Condition(v).IsValid() }, func(v uint8) bool { return valid(conditionCodes, Condition(v)) })
	check("Rounding", func(v uint8) bool { return Rounding(v).IsValid() }, func(v uint8) bool { return valid(roundingCodes, Rounding(v)) })
	check("DayCount", func(v uint8) bool { return DayCount(v).IsValid() }, func(v uint8) bool { return valid(dayCountCodes, DayCount(v)) })
	check("Outcome", func(v uint8) bool { return Outcome(v).IsValid() }, func(v uint8) bool { return valid(outcomeCodes, Outcome(v)) })
	check("Delay", func(v uint8) bool { return Delay(v).IsValid() }, func(v uint8) bool { return valid(delayCodes, Delay(v)) })
	check("Method", func(v uint8) bool { return Method(v).IsValid() }, func(v uint8) bool { return valid(methodCodes, Method(v)) })
}

func valid[E ~uint8](c textcode.Codes[E], v E) bool { return c.Valid(v) }
