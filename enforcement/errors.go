package enforcement

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/errlist"
	"github.com/iprborder/iprborder/internal/textcode"
	"github.com/shopspring/decimal"
)

// Sentinel errors. Every error this package returns matches at least one
// of them with [errors.Is] (or a calendar sentinel, for a day outside the
// calendar's data); the typed errors below carry the facts for
// [errors.As].
var (
	// ErrUnknownCode: a text code that names no value of an enum, or an
	// enum value without a code.
	ErrUnknownCode = errors.New("enforcement: unknown code")

	// ErrInvalidCase: [Facts] that are missing, absurd or contradict each
	// other (an ex officio case without a recordation), or case JSON that
	// cannot be decoded or replayed.
	ErrInvalidCase = errors.New("enforcement: invalid case")

	// ErrInvalidEvent: an [Event] whose fields do not fit its kind, or
	// event JSON that cannot be decoded.
	ErrInvalidEvent = errors.New("enforcement: invalid event")

	// ErrInvalidRules: [Rules] with an invalid period or cut-off.
	ErrInvalidRules = errors.New("enforcement: invalid rules")

	// ErrInvalidAmount: a value of goods or an amount of money that is
	// negative, above [MaxAmount] or finer than a fen, given to
	// [RequiredBond].
	ErrInvalidAmount = errors.New("enforcement: invalid amount")

	// ErrInvalidTransition: an event the workflow does not allow now: not
	// allowed in the case's state, dated before the previous event, or a
	// guard of the law unmet. The error is a *[TransitionError]; the case
	// is unchanged.
	ErrInvalidTransition = errors.New("enforcement: invalid transition")

	// ErrDeadlinePassed: an event dated after a period whose lapse has
	// already changed the case by law; the *[TransitionError] names the
	// [Deadline]. Advance the case ([Case.Advance]) to see the lapse.
	ErrDeadlinePassed = errors.New("enforcement: deadline passed")
)

// CodeError reports a text code that names no value of an enum.
type CodeError struct {
	Enum  string // The enum: "State", "EventKind", ...
	Input string // The code as given.
	Err   error  // The cause, from the code table.
}

// Error returns "enforcement: " and the cause's message, which names the
// enum, quotes the input (clipped to 64 bytes) and lists the valid codes.
func (e *CodeError) Error() string { return "enforcement: " + e.Err.Error() }

// Unwrap returns the cause.
func (e *CodeError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrUnknownCode].
func (e *CodeError) Is(target error) bool { return target == ErrUnknownCode }

// FieldError reports one problem with one field of [Facts], an [Event] or
// [Rules]. Validation reports every problem it finds at once, as
// [FieldErrors].
type FieldError struct {
	// Field is where the problem is, as a JSON path: "goods.declared_value",
	// "events[3].amount".
	Field  string
	Value  string // The offending value, as text; empty if absent.
	Reason string // What is wrong, citing the rule where one applies.

	class error // The sentinel the error matches.
	err   error // The underlying error, if any.
}

// Error returns "enforcement:", the field, the value quoted (clipped to
// 64 bytes; left out when empty) and the reason, e.g. `enforcement:
// goods.quantity "0": must be positive`.
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("enforcement: ")
	b.WriteString(e.Field)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", textcode.Clip(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Is reports whether target is the sentinel of what was validated:
// [ErrInvalidCase], [ErrInvalidEvent], [ErrInvalidRules] or
// [ErrInvalidAmount].
func (e *FieldError) Is(target error) bool { return target == e.class }

// Unwrap returns the underlying error, if any.
func (e *FieldError) Unwrap() error { return e.err }

// FieldErrors is every problem validation found, in the order found. Use
// [errors.As] to get the whole list, or the first *[FieldError].
type FieldErrors []*FieldError

// Error returns the problems one per line.
func (e FieldErrors) Error() string { return errlist.Error(e) }

// Unwrap returns the problems, for [errors.Is] and [errors.As].
func (e FieldErrors) Unwrap() []error { return errlist.Unwrap(e) }

// TransitionError reports an event that the workflow refuses. The receiver
// of [Case.Apply] is unchanged.
type TransitionError struct {
	From  State         // The case's state.
	Event EventKind     // The event refused.
	Date  calendar.Date // The event's date.
	// Unmet lists, in words, every condition of the law the event does not
	// meet, citing the rule; empty when the event is not allowed at all in
	// state From.
	Unmet []string
	// Permitted lists what may happen in state From ([Case.Permitted]),
	// when the event is not allowed there at all.
	Permitted []EventKind
	// Lapsed is the period that ended before the event's date and whose
	// lapse already changed the case; the zero Deadline if none. A
	// non-zero Lapsed makes the error match [ErrDeadlinePassed].
	Lapsed Deadline
}

// Error returns "enforcement:", the event, its date and the state From;
// then the unmet conditions, separated by "; ", or, when the event is
// not allowed in From at all, the events that are.
func (e *TransitionError) Error() string {
	if len(e.Unmet) == 0 {
		if len(e.Permitted) == 0 {
			return fmt.Sprintf("enforcement: %s on %s not allowed in state %s", e.Event, e.Date, e.From)
		}
		allowed := make([]string, len(e.Permitted))
		for i, k := range e.Permitted {
			allowed[i] = k.String()
		}
		return fmt.Sprintf("enforcement: %s on %s not allowed in state %s (permitted: %s)", e.Event, e.Date, e.From, strings.Join(allowed, ", "))
	}
	return fmt.Sprintf("enforcement: %s on %s refused in state %s: %s", e.Event, e.Date, e.From, strings.Join(e.Unmet, "; "))
}

// Is reports whether target is [ErrInvalidTransition], or
// [ErrDeadlinePassed] when a lapse refused the event.
func (e *TransitionError) Is(target error) bool {
	return target == ErrInvalidTransition || (target == ErrDeadlinePassed && e.Lapsed.Kind != DeadlineUnknown)
}

// jsonError reports JSON that cannot be decoded: malformed, too large or
// deep, an unknown or repeated key, a value of the wrong JSON type.
type jsonError struct {
	what  string // "case JSON", "event JSON"
	class error
	err   error
}

func (e *jsonError) Error() string {
	return "enforcement: " + e.what + ": " + strings.TrimPrefix(e.err.Error(), "enforcement: ")
}
func (e *jsonError) Unwrap() error        { return e.err }
func (e *jsonError) Is(target error) bool { return target == e.class }

// replayError reports the item of a history that cannot be applied: an
// event of a case ("events[3]"), an entry of a ledger ("entries[3]").
type replayError struct {
	field string // "events", "entries"
	index int
	err   error
	class error // The sentinel of what was replayed.
}

func (e *replayError) Error() string {
	return fmt.Sprintf("enforcement: %s[%d]: %s", e.field, e.index, strings.TrimPrefix(e.err.Error(), "enforcement: "))
}
func (e *replayError) Unwrap() error        { return e.err }
func (e *replayError) Is(target error) bool { return target == e.class }

// problems collects FieldErrors of one class.
type problems struct {
	class error
	list  FieldErrors
}

func (p *problems) add(field, value, reason string) {
	p.list = append(p.list, &FieldError{Field: field, Value: value, Reason: reason, class: p.class})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return p.list
}

// checkText adds a problem if s is not acceptable text of at most max
// bytes.
func checkText(p *problems, field, s string, max int, required bool) {
	if why := textcode.CheckText(s, max, required); why != "" {
		p.add(field, s, why)
	}
}

// checkMoney adds a problem if d is not an amount of money: from 0 to
// MaxAmount, in whole fen.
func checkMoney(p *problems, field string, d decimal.Decimal) {
	if why := moneyProblem(d); why != "" {
		p.add(field, showDecimal(d), why)
	}
}

// showDecimal returns d as text for an error message. A decimal with an
// absurd exponent is written from its representation ("1e99999999"):
// String would write out every digit, which for 10^(10^8) takes minutes.
func showDecimal(d decimal.Decimal) string {
	if e := d.Exponent(); e > 40 || e < -40 {
		return textcode.Clip(d.Coefficient().String()) + "e" + strconv.Itoa(int(e))
	}
	return textcode.Clip(d.String())
}

// money returns d in fen, or why it is not an amount of money
// (moneyProblem's reasons), allocating nothing for an amount in whole fen.
func money(d decimal.Decimal) (int64, string) {
	if why := moneyProblem(d); why != "" {
		return 0, why
	}
	return fen(d), ""
}

// moneyProblem says what is wrong with d as an amount of money, or returns
// "". It looks at d's representation before comparing, so that an
// exponent bomb such as 1e999999 costs nothing, and allocates nothing for
// an amount of at most 18 digits.
func moneyProblem(d decimal.Decimal) string {
	switch {
	case d.Sign() < 0:
		return "negative"
	case d.Sign() == 0:
		// 0 written as 0e-100000000 is still 0, but every rescaling of it
		// would build a number of a hundred million digits.
		if e := d.Exponent(); e < -40 || e > 40 {
			return fmt.Sprintf("0 written with the exponent %d: write 0", e)
		}
		return ""
	case d.Exponent() > 12 || d.NumDigits()+int(d.Exponent()) > 13:
		return "too large: at most 1000000000000"
	case d.Exponent() < -2 && (d.Exponent() < -40 || !d.Equal(d.Truncate(2))):
		return "more than 2 decimal places: an amount of money is in whole fen"
	case d.Exponent() >= -2:
		// At most 13 integer digits and 2 places: an int64 of fen,
		// compared without the rescaling (and allocation) of Cmp.
		if fen(d) > maxAmountFen {
			return "too large: at most 1000000000000"
		}
		return ""
	case d.GreaterThan(maxAmount):
		return "too large: at most 1000000000000"
	}
	return ""
}

var maxAmount = decimal.New(MaxAmount, 0)

// maxAmountFen is MaxAmount in fen.
const maxAmountFen = MaxAmount * 100
