package notice

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/internal/errlist"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Sentinel errors. Every error this package returns matches one of them
// with [errors.Is]; the typed errors carry the facts for [errors.As].
var (
	// ErrInvalidNotice: a notice with a missing, absurd or inconsistent
	// field (see the Validate methods), reported as [FieldErrors].
	ErrInvalidNotice = errors.New("notice: invalid notice")

	// ErrNotIssuable: a constructor was given a case that has not reached
	// the step the notice reports (a detention receipt for goods never
	// detained), or a bill of another stay; see [CaseError].
	ErrNotIssuable = errors.New("notice: cannot issue this notice for the case")

	// ErrUnsupportedLanguage: a language tag this package has no
	// translation for; see [LanguageError]. A legal notice never falls
	// back to another language.
	ErrUnsupportedLanguage = errors.New("notice: unsupported language")

	// ErrInvalidArgument: an unknown text code, format or option.
	ErrInvalidArgument = errors.New("notice: invalid argument")
)

// FieldError is one problem with a field of a notice. Validation reports
// every problem it finds, as [FieldErrors].
type FieldError struct {
	// Field is where the problem is, as a JSON path: "lines[2].amount",
	// "payer.name".
	Field string
	// Value is the offending value as text, or "" when it is missing.
	Value string
	// Reason says what is wrong.
	Reason string

	kind    Kind  // The notice's kind, or KindUnknown.
	wrapped error // The decoding error behind it, if any.
}

// Error returns "notice:", the notice's kind when known, the field and
// the value quoted (clipped to 64 bytes), leaving out the parts that are
// empty, and the reason, e.g. `notice: payment: payee.account: required`.
func (e *FieldError) Error() string {
	head := "notice: "
	if e.kind != KindUnknown {
		head += e.kind.String() + ": "
	}
	if e.Field != "" {
		head += e.Field
		if e.Value != "" {
			head += fmt.Sprintf(" %q", textcode.Clip(e.Value))
		}
		head += ": "
	}
	return head + e.Reason
}

// Is reports whether target is [ErrInvalidNotice].
func (e *FieldError) Is(target error) bool { return target == ErrInvalidNotice }

// Unwrap returns the decoding error behind e, if any.
func (e *FieldError) Unwrap() error { return e.wrapped }

// FieldErrors is every problem validation found, in order. Use
// [errors.As] to get the list, or the first *FieldError.
type FieldErrors []*FieldError

// Error returns the problems one per line.
func (e FieldErrors) Error() string { return errlist.Error(e) }

// Unwrap returns the problems, for [errors.Is] and [errors.As].
func (e FieldErrors) Unwrap() []error { return errlist.Unwrap(e) }

func (e FieldErrors) orNil() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// problems collects the FieldErrors of one notice.
type problems struct {
	kind Kind
	list FieldErrors
}

func (p *problems) add(field, value, reason string) {
	p.list = append(p.list, &FieldError{Field: field, Value: value, Reason: reason, kind: p.kind})
}

func (p *problems) addf(field, value, format string, args ...any) {
	p.add(field, value, fmt.Sprintf(format, args...))
}

// CaseError reports a case a notice cannot be issued for: the case has not
// reached the step the notice reports, or the inputs belong to another
// case. It matches [ErrNotIssuable].
type CaseError struct {
	Kind  Kind              // The notice asked for.
	State enforcement.State // The case's state.
	// Reason says what is missing: "the goods were never detained".
	Reason string
}

// Error returns "notice: cannot issue the", the kind, "notice for a
// case in state", the state, and the reason.
func (e *CaseError) Error() string {
	return fmt.Sprintf("notice: cannot issue the %s notice for a case in state %s: %s", e.Kind, e.State, e.Reason)
}

// Is reports whether target is [ErrNotIssuable].
func (e *CaseError) Is(target error) bool { return target == ErrNotIssuable }

// argumentError matches ErrInvalidArgument.
type argumentError struct{ msg string }

func (e *argumentError) Error() string        { return e.msg }
func (e *argumentError) Is(target error) bool { return target == ErrInvalidArgument }
