package storagecost

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/errlist"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Sentinel errors. Every error this package returns matches one of them
// with [errors.Is]; the typed errors carry the facts for [errors.As].
var (
	// ErrInvalidStandard: a Standard or Schedule that contradicts itself:
	// a negative or absurd rate, overlapping tiers, an unknown unit,
	// overlapping effective periods.
	ErrInvalidStandard = errors.New("storagecost: invalid standard")

	// ErrInvalidStay: the facts of a stay are missing, absurd or
	// inconsistent: an end before the start, a quantity a charge needs but
	// the goods do not state.
	ErrInvalidStay = errors.New("storagecost: invalid stay")

	// ErrNoStandard: a day that must be charged falls outside every
	// Standard of the Schedule, for example before the first one's
	// effective date.
	ErrNoStandard = errors.New("storagecost: no standard in effect")

	// ErrInvalidBill: a bill whose numbers do not add up (see
	// [Bill.Validate]).
	ErrInvalidBill = errors.New("storagecost: invalid bill")

	// ErrInvalidArgument: an unknown text code or an as-of date before the
	// stay.
	ErrInvalidArgument = errors.New("storagecost: invalid argument")
)

// FieldError is one problem with a field of a Standard, a Schedule or a
// Stay. Validation reports every problem it finds, as [FieldErrors].
type FieldError struct {
	// Field is where the problem is, as a JSON path:
	// "charges[2].tiers[0].rate", "goods.volume".
	Field string
	// Value is the offending value as text, or "" when it is missing.
	Value string
	// Reason says what is wrong.
	Reason string

	subject string // "standard", "schedule" or "stay"
	err     error  // ErrInvalidStandard or ErrInvalidStay
	wrapped error  // The decoding error behind it, if any.
}

// Error returns "storagecost:", what was checked ("standard \"v1\"",
// "stay", "bill", "schedule JSON"), the field, the value quoted (clipped
// to 64 bytes) and the reason, leaving out the parts that are empty, e.g.
// `storagecost: stay: goods.pallets "2.5": not a whole number`.
func (e *FieldError) Error() string {
	head := e.subject
	if e.Field != "" {
		if head != "" {
			head += ": "
		}
		head += e.Field
	}
	if e.Value != "" {
		head += fmt.Sprintf(" %q", textcode.Clip(e.Value))
	}
	if head == "" {
		return "storagecost: " + e.Reason
	}
	return "storagecost: " + head + ": " + e.Reason
}

// Is reports whether target is the sentinel of e's subject:
// [ErrInvalidStandard], [ErrInvalidStay] or [ErrInvalidBill].
func (e *FieldError) Is(target error) bool { return target == e.err }

// Unwrap returns the decoding error behind e, if any: a
// [json.SyntaxError], an enum's or a date's own error.
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

// problems collects FieldErrors about one subject.
type problems struct {
	subject string
	err     error
	list    FieldErrors
}

func (p *problems) add(field, value, reason string) {
	p.list = append(p.list, &FieldError{Field: field, Value: value, Reason: reason, subject: p.subject, err: p.err})
}

func (p *problems) addf(field, value, format string, args ...any) {
	p.add(field, value, fmt.Sprintf(format, args...))
}

// NoStandardError reports a day to be charged that no Standard of the
// Schedule covers.
type NoStandardError struct {
	Day calendar.Date // The first such day.
	// What is charged on it: "storage day 4", "handling-in".
	Charge string
}

// Error returns "storagecost: no standard of the schedule is in effect
// on", the day and, in parentheses, what is charged on it.
func (e *NoStandardError) Error() string {
	return fmt.Sprintf("storagecost: no standard of the schedule is in effect on %s (%s)", e.Day, e.Charge)
}

// Is reports whether target is [ErrNoStandard].
func (e *NoStandardError) Is(target error) bool { return target == ErrNoStandard }

// argumentError matches ErrInvalidArgument.
type argumentError struct{ msg string }

func (e *argumentError) Error() string        { return e.msg }
func (e *argumentError) Is(target error) bool { return target == ErrInvalidArgument }

func invalidArgument(format string, args ...any) error {
	return &argumentError{"storagecost: " + fmt.Sprintf(format, args...)}
}
