package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func TestRun_golden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		// The README's first command: the brief's worked example.
		{"default", nil},
		{"20-working-days-national-day-2025", []string{"-from", "2025-09-26", "-n", "20"}},
		// Measures art 34: the fee cap does not move off rest days.
		{"fee-cap-3-months", []string{"-from", "2024-11-01", "-n", "3", "-unit", "months", "-roll", "none"}},
		// A time limit to act does (Civil Code art 203).
		{"months-rolled-off-spring-festival", []string{"-from", "2024-11-01", "-n", "3", "-unit", "months"}},
		{"same-day-start-on-a-holiday", []string{"-from", "2024-02-17", "-n", "1", "-start", "same-day"}},
		{"fee-cap-outside-the-data", []string{"-from", "2027-11-30", "-n", "3", "-unit", "months", "-roll", "none"}},
		{"days-rolled-off-national-day", []string{"-from", "2024-09-01", "-n", "30", "-unit", "days"}},
		{"loaded-year", []string{"-from", "2027-12-24", "-n", "10", "-arrangements", "testdata/2028-test.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tc.args, &out, &errOut)
			require.Equalf(t, 0, code, "stderr: %s", errOut.String())
			assert.Empty(t, errOut.String())
			golden := filepath.Join("testdata", "golden", tc.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create the golden file")
			assert.Equal(t, string(want), out.String())
		})
	}
}

func TestRun_help(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "-roll")
}

func TestRun_errors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"malformed date", []string{"-from", "2021-2-3"}, 2, `invalid date "2021-2-3"`},
		{"no such day", []string{"-from", "2021-02-30"}, 2, "day out of range"},
		{"negative count", []string{"-n", "-1"}, 2, "period count -1 out of range"},
		{"unknown unit", []string{"-unit", "weeks"}, 2, `unknown Unit "weeks"`},
		{"stray argument", []string{"extra"}, 2, "unexpected arguments"},
		{"outside the coverage", []string{"-from", "2027-12-20", "-n", "20"}, 1, "load a newly announced year with -arrangements"},
		{"month period from the trigger day", []string{"-unit", "months", "-start", "same-day"}, 2, "cannot start on the trigger day"},
		{"unknown roll", []string{"-roll", "back"}, 2, `unknown Roll "back"`},
		{"missing file", []string{"-arrangements", "testdata/nope.json"}, 1, "no such file"},
		{"invalid file", []string{"-arrangements", "main.go"}, 1, "arrangement JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tc.args, &out, &errOut)
			assert.Equal(t, tc.wantCode, code)
			assert.Contains(t, errOut.String(), tc.wantErr)
			assert.Empty(t, out.String())
		})
	}
}
