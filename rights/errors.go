package rights

import (
	"errors"
	"fmt"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/errlist"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Sentinel errors. Every error this package returns matches at least one
// of them with [errors.Is]; the typed errors below carry the facts for
// [errors.As].
var (
	// ErrUnknownCode: a text code that names no value of an enum
	// ("trade-mark" for a [Type]), or an enum value without a code.
	ErrUnknownCode = errors.New("rights: unknown code")

	// ErrUnknownType: a [Type] that is not one of the known types: an
	// unknown text code, or TypeUnknown where a type is required. It is
	// the special case of ErrUnknownCode (or ErrInvalidRight) that later
	// packages branch on.
	ErrUnknownType = errors.New("rights: unknown right type")

	// ErrInvalidNumber: a patent, trademark or Nice class number that is
	// malformed, or whose check character is wrong.
	ErrInvalidNumber = errors.New("rights: invalid number")

	// ErrInvalidRight: a [Right] whose facts are missing, absurd or
	// contradict each other, or right JSON that cannot be decoded.
	ErrInvalidRight = errors.New("rights: invalid right")

	// ErrInvalidApplication: a recordation [Application] (Regs art 7) with
	// a missing, oversized or malformed field.
	ErrInvalidApplication = errors.New("rights: invalid recordation application")

	// ErrInvalidEvent: an [Event] whose fields do not fit its kind.
	ErrInvalidEvent = errors.New("rights: invalid recordation event")

	// ErrInvalidTransition: an event the recordation's state machine does
	// not allow now: wrong state, dated before the previous event, or a
	// guard of the law unmet. The error is a *[TransitionError].
	ErrInvalidTransition = errors.New("rights: invalid recordation transition")

	// ErrInvalidRecordation: recordation JSON that cannot be decoded or
	// whose history cannot be replayed, or invalid [Conventions].
	ErrInvalidRecordation = errors.New("rights: invalid recordation")

	// ErrInvalidFees: a [FeeSchedule] with overlapping or malformed rates.
	ErrInvalidFees = errors.New("rights: invalid fee schedule")

	// ErrNoFee: no rate of the [FeeSchedule] covers the kind and day asked.
	ErrNoFee = errors.New("rights: no fee rate covers the day")
)

// NumberError reports a number that cannot be parsed: a patent
// application or patent number, a trademark registration number or a Nice
// class.
type NumberError struct {
	Kind   string // What was parsed: "patent number", "trademark number", "nice class".
	Input  string // The text as given.
	Reason string // What is wrong with it.
}

// Error returns "rights: invalid", the kind of number, the input quoted
// (clipped to 64 bytes) and the reason.
func (e *NumberError) Error() string {
	return fmt.Sprintf("rights: invalid %s %q: %s", e.Kind, textcode.Clip(e.Input), e.Reason)
}

// Is reports whether target is [ErrInvalidNumber].
func (e *NumberError) Is(target error) bool { return target == ErrInvalidNumber }

// CodeError reports a text code that names no value of an enum.
type CodeError struct {
	Enum  string // The enum: "Type", "State", ...
	Input string // The code as given.
	Err   error  // The cause, from the code table.
}

// Error returns "rights: " and the cause's message, which names the enum,
// quotes the input (clipped to 64 bytes) and lists the valid codes.
func (e *CodeError) Error() string { return "rights: " + e.Err.Error() }

// Unwrap returns the cause.
func (e *CodeError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrUnknownCode], or [ErrUnknownType] for
// the enum [Type].
func (e *CodeError) Is(target error) bool {
	return target == ErrUnknownCode || (target == ErrUnknownType && e.Enum == "Type")
}

// FieldError reports one problem with one field of a [Right], an
// [Application], an [Event], [Conventions] or a [FeeSchedule]. Validation
// reports every problem it finds at once, as [FieldErrors].
type FieldError struct {
	// Field is where the problem is, as a JSON path:
	// "renewals[1].filed", "application.goods[0].ports[2]".
	Field  string
	Value  string // The offending value, as text; empty if absent.
	Reason string // What is wrong, citing the rule where one applies.

	class error // The sentinel the error matches.
	err   error // The underlying error, if any (a *NumberError, a calendar error).
}

// Error returns "rights:", the field, the value quoted (clipped to 64
// bytes; left out when empty) and the reason, e.g. `rights: end.date:
// required with an end reason`.
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("rights: ")
	b.WriteString(e.Field)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", textcode.Clip(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Is reports whether target is the sentinel of what was validated:
// [ErrInvalidRight], [ErrInvalidApplication], [ErrInvalidEvent],
// [ErrInvalidRecordation] or [ErrInvalidFees] (and [ErrUnknownType] for a
// missing or unknown right type).
func (e *FieldError) Is(target error) bool {
	return target == e.class || (target == ErrUnknownType && e.Field == "type" && e.class == ErrInvalidRight)
}

// Unwrap returns the underlying error, if any: a *[NumberError] for a
// malformed number, a calendar error for an impossible date.
func (e *FieldError) Unwrap() error { return e.err }

// FieldErrors is every problem validation found, in the order found. Use
// [errors.As] to get the whole list, or the first *[FieldError].
type FieldErrors []*FieldError

// Error returns the problems one per line.
func (e FieldErrors) Error() string { return errlist.Error(e) }

// Unwrap returns the problems, for [errors.Is] and [errors.As].
func (e FieldErrors) Unwrap() []error { return errlist.Unwrap(e) }

// orNil returns e as an error, or nil if it is empty.
func (e FieldErrors) orNil() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// TransitionError reports an event that the recordation state machine
// refuses. The receiver of [Recordation.Apply] is unchanged.
type TransitionError struct {
	From  State         // The recordation's status on the event's date.
	Event EventKind     // The event refused.
	Date  calendar.Date // The event's date.
	// Unmet lists, in words, every condition of the law that the event
	// does not meet, citing the rule; empty when the event is not allowed
	// at all in state From.
	Unmet []string
}

// Error returns "rights:", the event, its date and the state it is
// refused in ("none (no application yet)" for StateUnknown), followed by
// the unmet conditions, separated by "; ", if any.
func (e *TransitionError) Error() string {
	from := e.From.String()
	if e.From == StateUnknown {
		from = "none (no application yet)"
	}
	if len(e.Unmet) == 0 {
		return fmt.Sprintf("rights: %s on %s not allowed in state %s", e.Event, e.Date, from)
	}
	return fmt.Sprintf("rights: %s on %s refused in state %s: %s", e.Event, e.Date, from, strings.Join(e.Unmet, "; "))
}

// Is reports whether target is [ErrInvalidTransition].
func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

// jsonError reports JSON that cannot be decoded: malformed, too large or
// deep, an unknown or repeated key, a value of the wrong JSON type.
type jsonError struct {
	what  string // "right JSON", "recordation JSON", ...
	class error
	err   error
}

func (e *jsonError) Error() string {
	return "rights: " + e.what + ": " + strings.TrimPrefix(e.err.Error(), "rights: ")
}
func (e *jsonError) Unwrap() error        { return e.err }
func (e *jsonError) Is(target error) bool { return target == e.class }

// problems collects FieldErrors of one class.
type problems struct {
	class error
	list  FieldErrors
}

func (p *problems) add(field, value, reason string) {
	p.list = append(p.list, &FieldError{Field: field, Value: value, Reason: reason, class: p.class})
}

func (p *problems) addErr(field, value, reason string, err error) {
	p.list = append(p.list, &FieldError{Field: field, Value: value, Reason: reason, class: p.class, err: err})
}

func (p *problems) err() error { return p.list.orNil() }
