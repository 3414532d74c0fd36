package rights

import (
	"fmt"

	"github.com/iprborder/iprborder/calendar"
)

// transition is one row of the recordation state machine: an event of
// kind on, in state from, leads to state to if every guard is met.
type transition struct {
	from   State
	on     EventKind
	to     State
	guards []guard
}

// guard is a condition of the law on a transition. It returns "" if ev
// meets it, else the reason in words, citing the rule.
type guard func(r Recordation, ev Event) string

// transitions is the whole recordation workflow. Order is significant:
// Permitted lists kinds in the order of EventKind, and the first row that
// matches a state and an event is the one applied.
var transitions = []transition{
	// GACC decides on the application (Regs art 8; R-REC-2, R-REC-3).
	{Applied, Approval, Approved, []guard{rightProtected, validityInRange}},
	{Applied, Rejection, Rejected, nil},

	// Renewal within the 6 months before expiry, of a right still
	// protected (Regs art 10; Measures art 10; R-REC-5, R-REC-6).
	{Approved, RenewalFiling, Renewed, []guard{inRenewalWindow, rightProtected, rightOutlastsValidity, validityInRange}},
	{Renewed, RenewalFiling, Renewed, []guard{inRenewalWindow, rightProtected, rightOutlastsValidity, validityInRange}},
	{Changed, RenewalFiling, Renewed, []guard{inRenewalWindow, rightProtected, rightOutlastsValidity, validityInRange}},

	// Changes reported while in force (Regs art 11; R-REC-8).
	{Approved, ChangeReport, Changed, []guard{changeAfterApproval}},
	{Renewed, ChangeReport, Changed, []guard{changeAfterApproval}},
	{Changed, ChangeReport, Changed, []guard{changeAfterApproval}},

	// Cancellation (Measures art 12), also of a recordation that lapsed
	// because the right ended.
	{Approved, Cancellation, Cancelled, []guard{rightEndedIfSaid}},
	{Renewed, Cancellation, Cancelled, []guard{rightEndedIfSaid}},
	{Changed, Cancellation, Cancelled, []guard{rightEndedIfSaid}},
	{Lapsed, Cancellation, Cancelled, []guard{rightEndedIfSaid}},

	// Revocation (Regs arts 9, 11; R-REC-8, R-REC-9).
	{Approved, Revocation, Revoked, nil},
	{Renewed, Revocation, Revoked, nil},
	{Changed, Revocation, Revoked, nil},
	{Lapsed, Revocation, Revoked, nil},

	// A new application after the recordation ended (Measures art 8: a
	// re-recordation after lapse; art 13: after revocation; R-REC-9).
	{Rejected, Filing, Applied, nil},
	{Cancelled, Filing, Applied, nil},
	{Revoked, Filing, Applied, []guard{reapplicationNotBarred}},
	{Lapsed, Filing, Applied, nil},
}

// next returns the state ev leads to from state from, the guards it does
// not meet, and whether any transition matches.
func (r Recordation) next(from State, ev Event) (to State, unmet []string, found bool) {
	for _, t := range transitions {
		if t.from != from || t.on != ev.Kind {
			continue
		}
		for _, g := range t.guards {
			if why := g(r, ev); why != "" {
				unmet = append(unmet, why)
			}
		}
		return t.to, unmet, true
	}
	return StateUnknown, nil, false
}

// rightProtected: GACC must refuse to record, and cannot renew, a right
// that is no longer protected (Regs arts 8, 10; R-REC-3, R-REC-5).
func rightProtected(r Recordation, ev Event) string {
	if r.conv.inForce(r.right, ev.Date) {
		return ""
	}
	if r.right.Type.IsPatent() && (r.right.Granted.IsZero() || ev.Date.Before(r.right.Granted)) {
		granted := "has no grant on record"
		if !r.right.Granted.IsZero() {
			granted = "is granted only on " + r.right.Granted.String()
		}
		return fmt.Sprintf("the patent %s: an application is not protected on %s (Patent Law arts 39-40; Regs art 8; R-REC-3)", granted, ev.Date)
	}
	return fmt.Sprintf("the right is not protected on %s (Regs arts 8, 10; R-REC-3, R-REC-5)", ev.Date)
}

// inRenewalWindow: a renewal is filed within the 6 months before the
// recordation expires (Regs art 10; R-REC-5).
func inRenewalWindow(r Recordation, ev Event) string {
	w := r.recordationWindow(r.last().until)
	if w.Contains(ev.Date) {
		return ""
	}
	return fmt.Sprintf("filed on %s, outside the renewal window %s..%s (Regs art 10; R-REC-5)", ev.Date, w.Opens, w.Closes)
}

// rightOutlastsValidity: a renewed period starts the day after the
// current one ends, and is capped at the right's protection (Measures art
// 10; R-REC-6); a right not protected on that day leaves nothing to renew.
// The right's own renewals count if filed by the day of the recordation's
// renewal.
func rightOutlastsValidity(r Recordation, ev Event) string {
	start := r.last().until.AddDays(1)
	if end, ok := r.conv.protectionEnd(r.right, ev.Date); ok && end.Before(start) {
		return fmt.Sprintf("the right's protection ends on %s, before the renewed period would start on %s (Regs art 10; Measures art 10; R-REC-6)", end, start)
	}
	return ""
}

// validityInRange: the validity an approval or renewal would give must
// end by 9999-12-31, the end of the [calendar.Date] range; only absurd
// input (an approval in year 9995 of a right without an end) fails it.
func validityInRange(r Recordation, ev Event) string {
	if until := r.establish(Approved, ev).until; !until.IsValid() {
		return fmt.Sprintf("the validity would end after %04d-12-31, beyond the dates this package handles", calendar.MaxYear)
	}
	return ""
}

// changeAfterApproval: a change report concerns recorded facts, which
// exist from the approval on (Regs art 11).
func changeAfterApproval(r Recordation, ev Event) string {
	if from := r.last().validFrom; ev.Changed.Before(from) {
		return fmt.Sprintf("the change on %s is before the approval on %s: correct the application instead (Regs art 11)", ev.Changed, from)
	}
	return ""
}

// rightEndedIfSaid: a cancellation because the right ended needs the
// right's end on record (Measures art 12 para 1).
func rightEndedIfSaid(r Recordation, ev Event) string {
	if ev.Cancel == CancelRightEnded && r.conv.inForce(r.right, ev.Date) {
		return fmt.Sprintf("the right is still protected on %s: record its end first (Measures art 12)", ev.Date)
	}
	return ""
}

// reapplicationNotBarred: with Conventions.BarReapplication, GACC refuses
// a new application within one year after revocation (Measures art 13;
// R-REC-9).
func reapplicationNotBarred(r Recordation, ev Event) string {
	if !r.conv.BarReapplication {
		return ""
	}
	if until, ok := r.BarredUntil(); ok && !ev.Date.After(until) {
		return fmt.Sprintf("filed on %s, within one year of the revocation: barred until %s (Measures art 13; R-REC-9)", ev.Date, until)
	}
	return ""
}
