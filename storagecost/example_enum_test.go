package storagecost_test

import (
	"fmt"

	"github.com/iprborder/iprborder/storagecost"
)

// The text codes of the enums are their stable form: persist them, never
// the integers.

func ExampleKind_String() {
	fmt.Println(storagecost.HandlingIn, storagecost.Kind(99))
	// Output: handling-in %!Kind(99)
}

func ExampleKind_MarshalText() {
	text, err := storagecost.HandlingIn.MarshalText()
	fmt.Println(string(text), err)
	// Output: handling-in <nil>
}

func ExampleKind_AppendText() {
	text, err := storagecost.HandlingIn.AppendText([]byte("kind="))
	fmt.Println(string(text), err)
	// Output: kind=handling-in <nil>
}

func ExampleKind_UnmarshalText() {
	var v storagecost.Kind
	err := v.UnmarshalText([]byte("HANDLING-IN"))
	fmt.Println(v, err)
	// Output: handling-in <nil>
}

func ExampleKind_IsValid() {
	fmt.Println(storagecost.HandlingIn.IsValid(), storagecost.Kind(99).IsValid())
	// Output: true false
}

func ExampleBasis_String() {
	fmt.Println(storagecost.PerCubicMetre, storagecost.Basis(99))
	// Output: m3 %!Basis(99)
}

func ExampleBasis_MarshalText() {
	text, err := storagecost.PerCubicMetre.MarshalText()
	fmt.Println(string(text), err)
	// Output: m3 <nil>
}

func ExampleBasis_AppendText() {
	text, err := storagecost.PerCubicMetre.AppendText([]byte("basis="))
	fmt.Println(string(text), err)
	// Output: basis=m3 <nil>
}

func ExampleBasis_UnmarshalText() {
	var v storagecost.Basis
	err := v.UnmarshalText([]byte("M3"))
	fmt.Println(v, err)
	// Output: m3 <nil>
}

func ExampleBasis_IsValid() {
	fmt.Println(storagecost.PerCubicMetre.IsValid(), storagecost.Basis(99).IsValid())
	// Output: true false
}

func ExamplePer_String() {
	fmt.Println(storagecost.PerDay, storagecost.Per(99))
	// Output: day %!Per(99)
}

func ExamplePer_MarshalText() {
	text, err := storagecost.PerDay.MarshalText()
	fmt.Println(string(text), err)
	// Output: day <nil>
}

func ExamplePer_AppendText() {
	text, err := storagecost.PerDay.AppendText([]byte("per="))
	fmt.Println(string(text), err)
	// Output: per=day <nil>
}

func ExamplePer_UnmarshalText() {
	var v storagecost.Per
	err := v.UnmarshalText([]byte("DAY"))
	fmt.Println(v, err)
	// Output: day <nil>
}

func ExamplePer_IsValid() {
	fmt.Println(storagecost.PerDay.IsValid(), storagecost.Per(99).IsValid())
	// Output: true false
}

func ExampleCondition_String() {
	fmt.Println(storagecost.Refrigerated, storagecost.Condition(99))
	// Output: refrigerated %!Condition(99)
}

func ExampleCondition_MarshalText() {
	text, err := storagecost.Refrigerated.MarshalText()
	fmt.Println(string(text), err)
	// Output: refrigerated <nil>
}

func ExampleCondition_AppendText() {
	text, err := storagecost.Refrigerated.AppendText([]byte("condition="))
	fmt.Println(string(text), err)
	// Output: condition=refrigerated <nil>
}

func ExampleCondition_UnmarshalText() {
	var v storagecost.Condition
	err := v.UnmarshalText([]byte("REFRIGERATED"))
	fmt.Println(v, err)
	// Output: refrigerated <nil>
}

func ExampleCondition_IsValid() {
	fmt.Println(storagecost.Refrigerated.IsValid(), storagecost.Condition(99).IsValid())
	// Output: true false
}

func ExampleRounding_String() {
	fmt.Println(storagecost.HalfEven, storagecost.Rounding(99))
	// Output: half-even %!Rounding(99)
}

func ExampleRounding_MarshalText() {
	text, err := storagecost.HalfEven.MarshalText()
	fmt.Println(string(text), err)
	// Output: half-even <nil>
}

func ExampleRounding_AppendText() {
	text, err := storagecost.HalfEven.AppendText([]byte("rounding="))
	fmt.Println(string(text), err)
	// Output: rounding=half-even <nil>
}

func ExampleRounding_UnmarshalText() {
	var v storagecost.Rounding
	err := v.UnmarshalText([]byte("HALF-EVEN"))
	fmt.Println(v, err)
	// Output: half-even <nil>
}

func ExampleRounding_IsValid() {
	fmt.Println(storagecost.HalfEven.IsValid(), storagecost.Rounding(99).IsValid())
	// Output: true false
}

func ExampleDayCount_String() {
	fmt.Println(storagecost.ExcludeFirstDay, storagecost.DayCount(99))
	// Output: exclude-first-day %!DayCount(99)
}

func ExampleDayCount_MarshalText() {
	text, err := storagecost.ExcludeFirstDay.MarshalText()
	fmt.Println(string(text), err)
	// Output: exclude-first-day <nil>
}

func ExampleDayCount_AppendText() {
	text, err := storagecost.ExcludeFirstDay.AppendText([]byte("daycount="))
	fmt.Println(string(text), err)
	// Output: daycount=exclude-first-day <nil>
}

func ExampleDayCount_UnmarshalText() {
	var v storagecost.DayCount
	err := v.UnmarshalText([]byte("EXCLUDE-FIRST-DAY"))
	fmt.Println(v, err)
	// Output: exclude-first-day <nil>
}

func ExampleDayCount_IsValid() {
	fmt.Println(storagecost.ExcludeFirstDay.IsValid(), storagecost.DayCount(99).IsValid())
	// Output: true false
}

func ExampleOutcome_String() {
	fmt.Println(storagecost.HandedToCourt, storagecost.Outcome(99))
	// Output: handed-to-court %!Outcome(99)
}

func ExampleOutcome_MarshalText() {
	text, err := storagecost.HandedToCourt.MarshalText()
	fmt.Println(string(text), err)
	// Output: handed-to-court <nil>
}

func ExampleOutcome_AppendText() {
	text, err := storagecost.HandedToCourt.AppendText([]byte("outcome="))
	fmt.Println(string(text), err)
	// Output: outcome=handed-to-court <nil>
}

func ExampleOutcome_UnmarshalText() {
	var v storagecost.Outcome
	err := v.UnmarshalText([]byte("HANDED-TO-COURT"))
	fmt.Println(v, err)
	// Output: handed-to-court <nil>
}

func ExampleOutcome_IsValid() {
	fmt.Println(storagecost.HandedToCourt.IsValid(), storagecost.Outcome(99).IsValid())
	// Output: true false
}

func ExampleDelay_String() {
	fmt.Println(storagecost.ConsigneeLitigation, storagecost.Delay(99))
	// Output: consignee-litigation %!Delay(99)
}

func ExampleDelay_MarshalText() {
	text, err := storagecost.ConsigneeLitigation.MarshalText()
	fmt.Println(string(text), err)
	// Output: consignee-litigation <nil>
}

func ExampleDelay_AppendText() {
	text, err := storagecost.ConsigneeLitigation.AppendText([]byte("delay="))
	fmt.Println(string(text), err)
	// Output: delay=consignee-litigation <nil>
}

func ExampleDelay_UnmarshalText() {
	var v storagecost.Delay
	err := v.UnmarshalText([]byte("CONSIGNEE-LITIGATION"))
	fmt.Println(v, err)
	// Output: consignee-litigation <nil>
}

func ExampleDelay_IsValid() {
	fmt.Println(storagecost.ConsigneeLitigation.IsValid(), storagecost.Delay(99).IsValid())
	// Output: true false
}

func ExampleMethod_String() {
	fmt.Println(storagecost.ToMinimum, storagecost.Method(99))
	// Output: to-minimum %!Method(99)
}

func ExampleMethod_MarshalText() {
	text, err := storagecost.ToMinimum.MarshalText()
	fmt.Println(string(text), err)
	// Output: to-minimum <nil>
}

func ExampleMethod_AppendText() {
	text, err := storagecost.ToMinimum.AppendText([]byte("method="))
	fmt.Println(string(text), err)
	// Output: method=to-minimum <nil>
}

func ExampleMethod_UnmarshalText() {
	var v storagecost.Method
	err := v.UnmarshalText([]byte("TO-MINIMUM"))
	fmt.Println(v, err)
	// Output: to-minimum <nil>
}

func ExampleMethod_IsValid() {
	fmt.Println(storagecost.ToMinimum.IsValid(), storagecost.Method(99).IsValid())
	// Output: true false
}

func ExampleBasis_Unit() {
	fmt.Println(storagecost.PerCubicMetre.Unit(), storagecost.PerTonne.Unit(), storagecost.PerValue.Unit())
	// Output: m³ t CNY of value
}

func ExampleKind_UnmarshalText_unknown() {
	var k storagecost.Kind
	fmt.Println(k.UnmarshalText([]byte("parking")))
	// Output: storagecost: unknown Kind "parking" (want one of storage, custody, handling-in, handling-out, inspection, insurance, disposal, minimum)
}
