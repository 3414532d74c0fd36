package rights

import (
	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
)

// EndReason is why a right ended before its term. The zero EndReason is
// [EndReasonUnknown], which only the zero [End] (no early end) may have.
type EndReason uint8

// The end reasons. Do not reorder: the text codes are the stable form.
const (
	// EndReasonUnknown is the zero EndReason: no early end. Only the zero
	// End has it, and it has no text code.
	EndReasonUnknown EndReason = iota
	// EndUnpaidFee: a patent terminated because an annual fee was not paid
	// (Patent Law arts 43, 44 para 1(1)). Patents only.
	EndUnpaidFee
	// EndSurrender: the holder gave the right up: a patentee's written
	// declaration (Patent Law art 44 para 1(2)), or a trademark
	// registrant's application to cancel (注销) the registration
	// (Trademark Law Implementing Regulations art 73). Patents and
	// trademarks.
	EndSurrender
	// EndInvalidation: the right was declared invalid (宣告无效): a patent
	// (Patent Law arts 45-47) or a trademark registration (Trademark Law
	// arts 44-45, 47). See [End] for how the retroactive effect is
	// modelled.
	EndInvalidation
	// EndCancellation: a trademark registration was cancelled (撤销), for
	// example for three years' non-use (Trademark Law arts 49, 55).
	// Trademarks only. (A registration not renewed is cancelled too, but
	// that end follows from the renewals and needs no End.)
	EndCancellation
	// EndOther: any other early end with a date, such as a court judgment
	// or the withdrawal of a symbol's protection. Any type.
	EndOther
)

var endReasonCodes = textcode.New[EndReason]("EndReason", []string{
	EndUnpaidFee:    "unpaid-annual-fee",
	EndSurrender:    "surrender",
	EndInvalidation: "invalidation",
	EndCancellation: "cancellation",
	EndOther:        "other",
})

// IsValid reports whether r is one of the reasons above other than
// EndReasonUnknown.
func (r EndReason) IsValid() bool { return endReasonCodes.Valid(r) }

// fits reports whether a right of type t can end for reason r.
func (r EndReason) fits(t Type) bool {
	switch r {
	case EndUnpaidFee:
		return t.IsPatent()
	case EndSurrender, EndInvalidation:
		return t.IsPatent() || t == Trademark
	case EndCancellation:
		return t == Trademark
	case EndOther:
		return true
	}
	return false
}

// String returns the stable text code of r ("unpaid-annual-fee",
// "surrender", "invalidation", "cancellation", "other"), or
// "%!EndReason(n)".
func (r EndReason) String() string { return endReasonCodes.String(r) }

// AppendText appends the text code of r to b.
func (r EndReason) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(endReasonCodes, "EndReason", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r EndReason) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *EndReason) UnmarshalText(text []byte) error {
	v, err := enumParse(endReasonCodes, "EndReason", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// End is an early end of a right: why, and the day it took effect. The
// zero End means the right has not ended early.
//
// Date is the first day the right is no longer protected; the last day
// of protection is the day before. A patent terminated for an unpaid
// annual fee ends on the day the unpaid year would have begun (Patent Law
// arts 43-44); a surrender, on the day it takes effect; a trademark
// cancellation, on the day it is announced (Trademark Law art 55).
//
// Invalidation is retroactive in law: an invalidated patent or trademark
// is deemed never to have existed (Patent Law art 47; Trademark Law art
// 47). The retroactive effect concerns courts and licences; art 47 para 2
// leaves decisions already executed untouched, and customs acts on a right
// as it stands on the day it acts. This package therefore ends an
// invalidated right, like any other, on End.Date, the day the decision
// took effect, so that a recordation approved while the right stood keeps
// its history; [Right.VoidAbInitio] reports the retroactive nullity for
// callers who need it. [U]
//
// End is a small comparable value; compare with == or [End.Equal].
type End struct {
	// Reason is why the right ended, one that fits its type (see each
	// EndReason); Date the first day it is no longer protected, required
	// with a Reason, from the day protection starts to the day after the
	// term's last day. Both are zero when the right has not ended early.
	Reason EndReason
	Date   calendar.Date
}

// IsZero reports whether e is the zero End: no early end.
func (e End) IsZero() bool { return e == End{} }

// Equal reports whether e and f are the same end: the same reason and
// date, or both the zero End. It is the same as ==. End has no Compare:
// the zero End, no early end, has no place among dated ends.
func (e End) Equal(f End) bool { return e == f }
