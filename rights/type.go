package rights

import "github.com/iprborder/iprborder/internal/textcode"

// Type is the kind of intellectual property right customs protects (Regs
// art 2; Measures (2009 numbering) art 37 for Olympic and World Expo
// symbols). Each type has its own term of protection ([Right.ProtectionEnd]).
// The zero Type is [TypeUnknown] and is not a valid type.
type Type uint8

// The right types. Do not reorder: the integer is not part of the API, but
// the text codes are, and later packages use these names.
const (
	// TypeUnknown is the zero Type: not set. A Right with it is invalid,
	// and it has no text code; errors about it match [ErrUnknownType].
	TypeUnknown Type = iota
	// Trademark is a registered trademark (商标专用权; Trademark Law).
	Trademark
	// CopyrightNaturalPerson is copyright in a work of one or more natural
	// persons (Copyright Law art 23 para 1).
	CopyrightNaturalPerson
	// CopyrightLegalPerson is copyright in a work of a legal person or an
	// unincorporated organisation, including employee works whose rights
	// other than attribution belong to it (Copyright Law art 23 para 2).
	CopyrightLegalPerson
	// CopyrightAudiovisual is copyright in an audiovisual work (Copyright
	// Law art 23 para 3).
	CopyrightAudiovisual
	// PatentInvention is an invention patent (发明专利; Patent Law art 42).
	PatentInvention
	// PatentUtilityModel is a utility model patent (实用新型专利).
	PatentUtilityModel
	// PatentDesign is a design patent (外观设计专利).
	PatentDesign
	// OlympicSymbol is an Olympic (or Paralympic) symbol (Olympic Symbols
	// Regulations).
	OlympicSymbol
	// WorldExpoSymbol is a World Expo symbol (World Expo Symbols
	// Regulations).
	WorldExpoSymbol
)

var typeCodes = textcode.New[Type]("Type", []string{
	Trademark:              "trademark",
	CopyrightNaturalPerson: "copyright-natural-person",
	CopyrightLegalPerson:   "copyright-legal-person",
	CopyrightAudiovisual:   "copyright-audiovisual",
	PatentInvention:        "patent-invention",
	PatentUtilityModel:     "patent-utility-model",
	PatentDesign:           "patent-design",
	OlympicSymbol:          "olympic-symbol",
	WorldExpoSymbol:        "world-expo-symbol",
})

// Types returns every valid Type, in order.
func Types() []Type { return typeCodes.Values() }

// IsValid reports whether t is one of the types above other than
// TypeUnknown.
func (t Type) IsValid() bool { return typeCodes.Valid(t) }

// IsPatent reports whether t is one of the three patent types.
func (t Type) IsPatent() bool {
	return t == PatentInvention || t == PatentUtilityModel || t == PatentDesign
}

// IsCopyright reports whether t is one of the three copyright types.
func (t Type) IsCopyright() bool {
	return t == CopyrightNaturalPerson || t == CopyrightLegalPerson || t == CopyrightAudiovisual
}

// renewable reports whether a right of type t is renewed by its holder:
// trademarks (Trademark Law art 40) and Olympic symbols (Olympic Symbols
// Regulations art 9).
func (t Type) renewable() bool { return t == Trademark || t == OlympicSymbol }

// String returns the stable text code of t ("trademark",
// "copyright-natural-person", "patent-invention", "olympic-symbol", ...),
// or "%!Type(n)" for an invalid t.
func (t Type) String() string { return typeCodes.String(t) }

// AppendText appends the text code of t to b. It fails, wrapping
// [ErrUnknownType], for an invalid t.
func (t Type) AppendText(b []byte) ([]byte, error) { return enumAppendText(typeCodes, "Type", b, t) }

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (t Type) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// ParseType returns the Type whose text code is s ("trademark",
// "patent-invention", ...), in any letter case. An empty or unknown code
// is a *[CodeError] matching [ErrUnknownType] and [ErrUnknownCode], with
// TypeUnknown.
func ParseType(s string) (Type, error) { return enumParse(typeCodes, "Type", []byte(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseType]. It
// accepts the text codes in any letter case; an unknown code is an error
// wrapping [ErrUnknownType], and leaves the receiver unchanged.
func (t *Type) UnmarshalText(text []byte) error {
	v, err := enumParse(typeCodes, "Type", text)
	if err != nil {
		return err
	}
	*t = v
	return nil
}
