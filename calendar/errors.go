package calendar

import (
	"errors"
	"fmt"
	"strings"

	"github.com/iprborder/iprborder/internal/errlist"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Sentinel errors. Every error this package returns matches at least one
// of them with [errors.Is], so callers can branch on it; the typed errors
// below carry the facts for [errors.As]. (A malformed date inside
// arrangement JSON matches both ErrInvalidArrangement and ErrInvalidDate.)
var (
	// ErrInvalidDate: a date that does not exist or is not spelled
	// "2006-01-02".
	ErrInvalidDate = errors.New("calendar: invalid date")

	// ErrNotCovered: the computation needs a day outside the official data
	// the Calendar holds. The library never guesses such a day from the
	// weekend rule alone.
	ErrNotCovered = errors.New("calendar: day not covered by the calendar's official data")

	// ErrInvalidArgument: a negative count, a range whose start is after its
	// end, or a malformed period.
	ErrInvalidArgument = errors.New("calendar: invalid argument")

	// ErrInvalidArrangement: a year arrangement that contradicts itself, the
	// weekend rule or another year.
	ErrInvalidArrangement = errors.New("calendar: invalid arrangement")
)

// DateError reports a date that does not exist or cannot be parsed.
type DateError struct {
	Input  string // The text or the fields as given.
	Reason string // What is wrong with it.
}

// Error returns "calendar: invalid date", the input quoted (clipped to 64
// bytes) and the reason.
func (e *DateError) Error() string {
	return fmt.Sprintf("calendar: invalid date %q: %s", clip(e.Input), e.Reason)
}

// Is reports whether target is [ErrInvalidDate].
func (e *DateError) Is(target error) bool { return target == ErrInvalidDate }

// CoverageError reports a day a computation needs that lies outside the
// Calendar's coverage.
type CoverageError struct {
	Day         Date // The first day needed that is not covered.
	First, Last Date // The calendar's coverage; zero for an empty Calendar.
}

// Error returns "calendar:", the day needed and the calendar's coverage
// First..Last, or that the calendar holds no official data at all.
func (e *CoverageError) Error() string {
	if e.First.IsZero() {
		return fmt.Sprintf("calendar: %s is not covered: the calendar holds no official data", e.Day)
	}
	return fmt.Sprintf("calendar: %s is outside the calendar's official data %s..%s", e.Day, e.First, e.Last)
}

// Is reports whether target is [ErrNotCovered].
func (e *CoverageError) Is(target error) bool { return target == ErrNotCovered }

// ArrangementError reports one problem in a year arrangement. Validation
// reports every problem it finds at once, as [ArrangementErrors].
type ArrangementError struct {
	Year   int    // The arrangement's year.
	Field  string // Where the problem is, as a JSON path: "holidays[2].last".
	Value  string // The offending value, as text.
	Reason string // What is wrong.
}

// Error returns "calendar: arrangement", the year, the field, the
// offending value quoted (clipped to 64 bytes) and the reason, e.g.
// `calendar: arrangement 2024: holidays[2].last "2024-13-01": not a valid
// date`; the field and value are left out when empty.
func (e *ArrangementError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "calendar: arrangement %d", e.Year)
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", clip(e.Value))
	}
	fmt.Fprintf(&b, ": %s", e.Reason)
	return b.String()
}

// Is reports whether target is [ErrInvalidArrangement].
func (e *ArrangementError) Is(target error) bool { return target == ErrInvalidArrangement }

// ArrangementErrors is every problem validation found, in the order found.
// It is what [Arrangement.Validate], [New] and [Calendar.With] return for
// invalid arrangements: use [errors.As] to get the whole list, or to get
// the first *ArrangementError.
type ArrangementErrors []*ArrangementError

// Error returns the problems one per line.
func (e ArrangementErrors) Error() string { return errlist.Error(e) }

// Unwrap returns the problems, for [errors.Is] and [errors.As].
func (e ArrangementErrors) Unwrap() []error { return errlist.Unwrap(e) }

// Is reports whether target is [ErrInvalidArrangement], so that even an
// empty list matches it.
func (e ArrangementErrors) Is(target error) bool { return target == ErrInvalidArrangement }

// orNil returns e as an error, or nil if it is empty. (A nil
// ArrangementErrors stored in an error interface would not be == nil.)
func (e ArrangementErrors) orNil() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// argumentError is a bad argument: a negative count, a reversed range, an
// unknown code. It matches ErrInvalidArgument without repeating its text,
// and unwraps to the error that caused it, if any.
type argumentError struct {
	msg string
	err error
}

func (e *argumentError) Error() string        { return e.msg }
func (e *argumentError) Is(target error) bool { return target == ErrInvalidArgument }
func (e *argumentError) Unwrap() error        { return e.err }

// argument is an argumentError whose message is err's.
func argument(err error) error {
	return &argumentError{msg: "calendar: " + err.Error(), err: err}
}

func invalidArgument(format string, args ...any) error {
	return &argumentError{msg: "calendar: " + fmt.Sprintf(format, args...)}
}

// wrapArgument is invalidArgument for an error caused by err: the message
// ends with err's, and errors.Is and errors.As reach err.
func wrapArgument(err error, format string, args ...any) error {
	return &argumentError{msg: "calendar: " + fmt.Sprintf(format, args...) + ": " + strings.TrimPrefix(err.Error(), "calendar: "), err: err}
}

// clip shortens an input echoed in an error message.
func clip(s string) string { return textcode.Clip(s) }
