// Package errlist implements the lists of problems that validation returns
// in every package of the module (calendar.ArrangementErrors,
// rights.FieldErrors, storagecost.FieldErrors): each package keeps its own
// exported type, for errors.As, and delegates its methods here.
package errlist

import "strings"

// Error returns the errors' messages, one per line.
func Error[E error](list []E) string {
	lines := make([]string, len(list))
	for i, e := range list {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the list as []error, for errors.Is and errors.As.
func Unwrap[E error](list []E) []error {
	errs := make([]error, len(list))
	for i, e := range list {
		errs[i] = e
	}
	return errs
}
