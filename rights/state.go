package rights

import "github.com/iprborder/iprborder/internal/textcode"

// State is the status of a customs recordation (备案) of a right with the
// General Administration of Customs. States are participles or adjectives;
// the events that lead to them ([EventKind]) are nouns. The zero State is
// [StateUnknown]: no recordation, or a day before its application.
type State uint8

// The states. Do not reorder: the text codes are the stable form.
const (
	// StateUnknown is the zero State: no recordation, or a day before its
	// first application. It has no text code.
	StateUnknown State = iota
	// Applied: the application was received and awaits GACC's decision
	// (Regs art 8).
	Applied
	// Approved: GACC approved the recordation; it is in force from the
	// approval day (Regs art 10).
	Approved
	// Rejected: GACC refused the application (Regs art 8).
	Rejected
	// Renewed: in force after a renewal (Regs art 10; Measures art 10).
	Renewed
	// Changed: in force after a change of the recorded facts was
	// reported (Regs art 11; Measures art 11).
	Changed
	// Cancelled: cancelled (注销) on the holder's request, after an
	// assignment, because the right ended, or by GACC for an unreported
	// change (Measures art 12).
	Cancelled
	// Revoked: revoked (撤销) by GACC for an untruthful application (Regs
	// art 9) or an unreported change with serious effect (Regs art 11).
	Revoked
	// Lapsed: expired without renewal, or the right stopped being
	// protected (Regs art 10; R-REC-7). No event leads here: it follows
	// from the dates.
	Lapsed
)

var stateCodes = textcode.New[State]("State", []string{
	Applied:   "applied",
	Approved:  "approved",
	Rejected:  "rejected",
	Renewed:   "renewed",
	Changed:   "changed",
	Cancelled: "cancelled",
	Revoked:   "revoked",
	Lapsed:    "lapsed",
})

// IsValid reports whether s is one of the states above other than
// StateUnknown.
func (s State) IsValid() bool { return stateCodes.Valid(s) }

// InForce reports whether a recordation in state s is in force, so that
// customs may act on its own initiative (Regs art 16; R-REC-1): Approved,
// Renewed or Changed.
func (s State) InForce() bool { return s == Approved || s == Renewed || s == Changed }

// String returns the stable text code of s ("applied", "approved", ...),
// or "%!State(n)".
func (s State) String() string { return stateCodes.String(s) }

// AppendText appends the text code of s to b.
func (s State) AppendText(b []byte) ([]byte, error) { return enumAppendText(stateCodes, "State", b, s) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (s State) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (s *State) UnmarshalText(text []byte) error {
	v, err := enumParse(stateCodes, "State", text)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
