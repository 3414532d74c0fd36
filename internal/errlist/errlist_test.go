package errlist

import (
	"errors"
	"testing"
)

type problem struct{ msg string }

func (p *problem) Error() string { return p.msg }

func TestErrorAndUnwrap(t *testing.T) {
	list := []*problem{{"a: bad"}, {"b: worse"}}
	if got := Error(list); got != "a: bad\nb: worse" {
		t.Errorf("Error = %q", got)
	}
	errs := Unwrap(list)
	if len(errs) != 2 || errs[1] != error(list[1]) {
		t.Errorf("Unwrap = %v", errs)
	}
	if Error([]*problem(nil)) != "" || len(Unwrap([]*problem(nil))) != 0 {
		t.Error("an empty list is not empty")
	}
	var p *problem
	if !errors.As(errors.Join(errs...), &p) || p.msg != "a: bad" {
		t.Error("errors.As does not reach the first problem")
	}
}
