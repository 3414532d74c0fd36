package calendar

import "github.com/iprborder/iprborder/internal/textcode"

// Kind classifies a day of the official working-day calendar (R-TIME-1).
// The zero Kind is [KindUnknown] and marks an unset value.
type Kind uint8

// The kinds of day. Do not reorder: the integer is not part of the API,
// but the text codes are.
const (
	// KindUnknown is the zero Kind: not set. No day of a Calendar has it,
	// and it has no text code.
	KindUnknown Kind = iota
	// KindWorkday is an ordinary working day: Monday to Friday, outside
	// every holiday block.
	KindWorkday
	// KindWeekend is an ordinary rest day: Saturday or Sunday, neither in
	// a holiday block nor made a working day.
	KindWeekend
	// KindHoliday is a rest day of an official holiday block (放假): the
	// statutory holiday itself and the days the State Council's annual
	// notice joins to it, weekends inside the block included.
	KindHoliday
	// KindAdjustedWorkday is a Saturday or Sunday that the annual notice
	// makes a working day (调休上班) to make up for a holiday block.
	KindAdjustedWorkday
)

var kindCodes = textcode.New[Kind]("Kind", []string{
	KindWorkday:         "workday",
	KindWeekend:         "weekend",
	KindHoliday:         "holiday",
	KindAdjustedWorkday: "adjusted-workday",
})

// IsWorkday reports whether k is a working day: an ordinary or an adjusted
// one.
func (k Kind) IsWorkday() bool { return k == KindWorkday || k == KindAdjustedWorkday }

// IsValid reports whether k is one of the kinds above other than
// KindUnknown.
func (k Kind) IsValid() bool { return k > KindUnknown && k <= KindAdjustedWorkday }

// String returns the stable text code of k ("workday", "weekend",
// "holiday", "adjusted-workday"), or "%!Kind(n)" for an invalid k.
func (k Kind) String() string { return enumString(kindCodes, k) }

// AppendText appends the text code of k to b.
func (k Kind) AppendText(b []byte) ([]byte, error) { return enumAppendText(kindCodes, b, k) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// codes in any letter case; on error the receiver is unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := enumParse(kindCodes, text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}
