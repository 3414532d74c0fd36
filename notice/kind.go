package notice

import "github.com/iprborder/iprborder/internal/textcode"

// The enums of this package share their text handling with the rest of the
// module: a stable lower-case ASCII code per value, written by String and
// MarshalText and read back by UnmarshalText in any letter case. Persist
// the code, never the integer. Do not reorder the constants.

func enumAppend[E ~uint8](codes textcode.Codes[E], b []byte, v E) ([]byte, error) {
	out, err := codes.Append(b, v)
	if err != nil {
		return b, &argumentError{"notice: " + err.Error()}
	}
	return out, nil
}

func enumParse[E ~uint8](codes textcode.Codes[E], text []byte, v *E) error {
	p, err := codes.Parse(text)
	if err != nil {
		return &argumentError{"notice: " + err.Error()}
	}
	*v = p
	return nil
}

// Kind is the kind of a written notice (Measures (2009 numbering) art 40).
// The zero Kind is [KindUnknown] and marks an unset value.
type Kind uint8

const (
	// KindUnknown is the zero Kind: not set. No notice is of this kind,
	// and it has no text code.
	KindUnknown Kind = iota
	// KindPayment is the payment notice (缴费通知) that asks the holder to pay
	// the storage, custody and disposal fees of detained goods (Regs
	// art 25; R-FEE-1): [Payment].
	KindPayment
	// KindSuspension is the written notice to the holder that customs has
	// suspended the release of goods suspected of infringing a recorded
	// right, and that the holder has 3 working days to apply for detention
	// and post a bond (Regs art 16; Measures arts 21-22; R-EXO-1, R-EXO-2):
	// [Suspension].
	KindSuspension
	// KindDetentionReceipt is the detention receipt (扣留凭单) served on the
	// consignee or consignor (Regs art 15; Measures arts 18, 26; R-APP-3):
	// [DetentionReceipt].
	KindDetentionReceipt
	// KindInvestigationResult is the written notice of the result of
	// customs' investigation, to the holder and the consignee (Regs art 20;
	// Measures art 28; R-EXO-6): [InvestigationResult].
	KindInvestigationResult
	// KindRelease is the written notice that detained or suspended goods
	// are released, and why (Regs arts 16, 24; R-EXO-3, R-APP-4, R-EXO-7,
	// R-REL-3, R-REL-4): [Release].
	KindRelease
	// KindConfiscation is the notice of the decision to confiscate goods
	// found infringing (Regs art 27; R-EXO-8): [Confiscation].
	KindConfiscation
	// KindCounterGuarantee is the written notice to the holder that
	// patent goods were released against the consignee's guarantee money,
	// which starts the holder's 30 working days to sue (Regs art 19;
	// Measures (2009 numbering) arts 20, 41; R-REL-1, R-REL-2):
	// [CounterGuarantee].
	KindCounterGuarantee
)

var kindCodes = textcode.New[Kind]("Kind", []string{
	KindPayment:             "payment",
	KindSuspension:          "suspension",
	KindDetentionReceipt:    "detention-receipt",
	KindInvestigationResult: "investigation-result",
	KindRelease:             "release",
	KindConfiscation:        "confiscation",
	KindCounterGuarantee:    "counter-guarantee",
})

// Kinds returns every valid Kind, in order.
func Kinds() []Kind { return kindCodes.Values() }

// IsValid reports whether k is one of the kinds above.
func (k Kind) IsValid() bool { return kindCodes.Valid(k) }

// String returns k's text code, such as "payment", or "%!Kind(9)" for an
// invalid k.
func (k Kind) String() string { return kindCodes.String(k) }

// AppendText appends k's text code to b.
func (k Kind) AppendText(b []byte) ([]byte, error) { return enumAppend(kindCodes, b, k) }

// MarshalText returns k's text code; an invalid k is an error.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from its text code, in any letter case.
func (k *Kind) UnmarshalText(text []byte) error { return enumParse(kindCodes, text, k) }

// Security is what answers for fees the holder does not pay (Regs art 25;
// R-FEE-1): customs deducts them from the bond or calls on the guarantor.
// The zero Security is [SecurityUnknown].
type Security uint8

const (
	// SecurityUnknown is the zero Security: not set. A Payment with it is
	// invalid; in [PaymentTerms] it asks for the default. It has no text
	// code.
	SecurityUnknown Security = iota
	// CashBond: the holder posted the case's bond as money (担保金); unpaid
	// fees are deducted from it (Regs arts 14, 25).
	CashBond
	// Guarantee: a bank's letter of guarantee for this case (保函) stands
	// for the bond; customs calls on the guarantor (Regs art 25).
	Guarantee
	// GeneralBond: the holder's general bond (总担保) covers the case;
	// after 10 working days GACC calls on the bank that issued its letter
	// of guarantee (GACC Ann. 2006 No. 31; Regs art 25; R-EXO-5, R-FEE-4).
	GeneralBond
)

var securityCodes = textcode.New[Security]("Security", []string{
	CashBond:    "cash-bond",
	Guarantee:   "guarantee",
	GeneralBond: "general-bond",
})

// IsValid reports whether s is one of the securities above.
func (s Security) IsValid() bool { return securityCodes.Valid(s) }

// String returns s's text code, such as "cash-bond".
func (s Security) String() string { return securityCodes.String(s) }

// AppendText appends s's text code to b.
func (s Security) AppendText(b []byte) ([]byte, error) { return enumAppend(securityCodes, b, s) }

// MarshalText returns s's text code; an invalid s is an error.
func (s Security) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s from its text code, in any letter case.
func (s *Security) UnmarshalText(text []byte) error { return enumParse(securityCodes, text, s) }
