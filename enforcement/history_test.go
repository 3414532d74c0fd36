package enforcement_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHistory_branches: cases that extend one case share its history
// where they can, but each sees only its own events, whatever order they
// are extended in.
func TestHistory_branches(t *testing.T) {
	base := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09"))
	apply := func(c enforcement.Case, ev enforcement.Event) enforcement.Case {
		t.Helper()
		out, err := c.Apply(ev)
		require.NoError(t, err)
		return out
	}
	declined := apply(base, eventOn(enforcement.HolderDeclined, "2024-02-19")) // Extends base's log in place.
	applied := apply(base, appliedOn("2024-02-19", "20000"))                   // Must copy: the slot is taken.
	detained := apply(applied, eventOn(enforcement.Detention, "2024-02-21"))
	detained2 := apply(applied, eventOn(enforcement.Detention, "2024-02-22"))
	receipt := apply(detained, eventOn(enforcement.ReceiptServed, "2024-02-23"))

	kinds := func(c enforcement.Case) []enforcement.EventKind {
		var ks []enforcement.EventKind
		for _, ev := range c.Events() {
			ks = append(ks, ev.Kind)
		}
		return ks
	}
	assert.Equal(t, []enforcement.EventKind{enforcement.NoticeServed}, kinds(base))
	assert.Equal(t, []enforcement.EventKind{enforcement.NoticeServed, enforcement.HolderDeclined}, kinds(declined))
	assert.Equal(t, []enforcement.EventKind{enforcement.NoticeServed, enforcement.HolderApplied}, kinds(applied))
	assert.Equal(t, []enforcement.EventKind{enforcement.NoticeServed, enforcement.HolderApplied, enforcement.Detention}, kinds(detained))
	assert.Equal(t, d("2024-02-22"), detained2.Events()[2].Date)
	assert.Equal(t, d("2024-02-21"), detained.Events()[2].Date)
	assert.Equal(t, 4, receipt.Len())
	assert.Equal(t, enforcement.ReleasedHolderDeclined, declined.State())
	assert.Equal(t, enforcement.Suspended, base.State())

	// Each is still the fold of its own history.
	for _, c := range []enforcement.Case{base, declined, applied, detained, detained2, receipt} {
		again, err := enforcement.Replay(c.Facts(), c.Rules(), c.Events())
		require.NoError(t, err)
		assert.True(t, again.Equal(c))
	}
}

// TestHistory_concurrentExtend: many goroutines extend one case at once
// with different events; exactly the events each asked for end its
// history (run with -race).
func TestHistory_concurrentExtend(t *testing.T) {
	base := mustApply(t, mustOpen(t, exOfficioFacts()), eventOn(enforcement.NoticeServed, "2024-02-09"),
		appliedOn("2024-02-19", "10000"))
	const n = 64
	var wg sync.WaitGroup
	out := make([]enforcement.Case, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := base.Apply(enforcement.Event{Kind: enforcement.BondPosted, Date: d("2024-02-20"), Amount: amt(strconv.Itoa(i + 1)), Reference: strconv.Itoa(i)})
			if err == nil {
				c, err = c.Apply(enforcement.Event{Kind: enforcement.BondPosted, Date: d("2024-02-20"), Amount: amt("1"), Reference: "second " + strconv.Itoa(i)})
			}
			out[i], errs[i] = c, err
		}(i)
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		require.NoError(t, errs[i])
		evs := out[i].Events()
		require.Len(t, evs, 4)
		assert.Equal(t, strconv.Itoa(i), evs[2].Reference)
		assert.Equal(t, "second "+strconv.Itoa(i), evs[3].Reference)
	}
	assert.Equal(t, 2, base.Len())
}
