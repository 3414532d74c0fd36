// Command deadline computes a legal time limit on China's official
// working-day calendar and shows every day it crossed that is not an
// ordinary working day or weekend, with the notice that makes it so.
//
// With no flags it computes the domain brief's worked example: the
// holder's 3-working-day reply to an ex officio suspension served on
// Friday 2024-02-09 (Regs art 16; Measures arts 22, 41; R-EXO-2).
//
//	go run ./examples/deadline
//	go run ./examples/deadline -from 2025-09-26 -n 20
//	go run ./examples/deadline -from 2024-11-01 -n 3 -unit months -roll none
//	go run ./examples/deadline -from 2027-12-01 -n 30 -arrangements next-year.json
//
// The -arrangements file holds year arrangements as JSON (the format of
// calendar.ParseArrangements), to count on a year announced after this
// release.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/iprborder/iprborder/calendar"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, with its arguments and outputs passed in so
// that tests can drive it. It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "2024-02-09", "the trigger day, `YYYY-MM-DD`: service of the notice, detention, ...")
	n := fs.Int("n", 3, "the length of the period")
	unit := calendar.UnitWorkingDays
	fs.TextVar(&unit, "unit", unit, "the unit: working-days, days or months")
	start := calendar.StartNextDay
	fs.TextVar(&start, "start", start, "the first counted day: next-day (the law's default) or same-day")
	roll := calendar.RollForward
	fs.TextVar(&roll, "roll", roll, "a days or months period ending on a rest day: forward (Civil Code art 203) or none (e.g. the storage-fee cap of Measures art 34)")
	extra := fs.String("arrangements", "", "a JSON `file` of further year arrangements to load")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "deadline: unexpected arguments %q\n", fs.Args())
		return 2
	}

	trigger, err := calendar.ParseDate(*from)
	if err != nil {
		fmt.Fprintln(stderr, "deadline:", err)
		return 2
	}
	cal := calendar.China()
	if *extra != "" {
		data, err := os.ReadFile(*extra)
		if err != nil {
			fmt.Fprintln(stderr, "deadline:", err)
			return 1
		}
		arrs, err := calendar.ParseArrangements(data)
		if err == nil {
			cal, err = cal.With(arrs...)
		}
		if err != nil {
			fmt.Fprintf(stderr, "deadline: %s: %v\n", *extra, err)
			return 1
		}
	}

	period := calendar.Period{Count: *n, Unit: unit, Start: start, Roll: roll}
	dl, err := period.Deadline(cal, trigger)
	if err != nil {
		fmt.Fprintln(stderr, "deadline:", err)
		if errors.Is(err, calendar.ErrNotCovered) {
			first, last := cal.Coverage()
			fmt.Fprintf(stderr, "deadline: the official data covers %s to %s; load a newly announced year with -arrangements\n", first, last)
		}
		if errors.Is(err, calendar.ErrInvalidArgument) {
			return 2
		}
		return 1
	}

	fmt.Fprintf(stdout, "Period:    %s\n", period)
	fmt.Fprintf(stdout, "Trigger:   %s (%s)\n", trigger, trigger.Weekday())
	if dl.Rolled() {
		fmt.Fprintf(stdout, "Ends on:   %s (%s), a rest day, so the period runs on (Civil Code art 203)\n", dl.Unrolled, dl.Unrolled.Weekday())
	}
	fmt.Fprintf(stdout, "Last day:  %s (%s)\n", dl.LastDay, dl.LastDay.Weekday())
	fmt.Fprintf(stdout, "Expires:   %s (24:00 China Standard Time on the last day)\n", dl.Ends().Format("2006-01-02 15:04 MST"))

	// The days counted: from the day after the trigger, or the trigger
	// itself when it counts, up to the last day.
	counted := trigger.AddDays(1)
	if start == calendar.StartSameDay {
		counted = trigger
	}
	crossed, err := cal.SpecialDays(counted, dl.LastDay)
	if errors.Is(err, calendar.ErrNotCovered) {
		// A period that needs no calendar (days or months, not rolled) may
		// run outside the official data, which then cannot list its days.
		first, last := cal.Coverage()
		fmt.Fprintf(stdout, "\nThe period runs outside the official data (%s to %s): its holidays cannot be listed.\n", first, last)
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "deadline:", err)
		return 1
	}
	if len(crossed) == 0 {
		fmt.Fprintln(stdout, "\nNo holiday and no adjusted working day on the way.")
		return 0
	}
	fmt.Fprintf(stdout, "\nDays on the way that are not ordinary (%d):\n", len(crossed))
	var sources []calendar.Notice
	for _, day := range crossed {
		fmt.Fprintf(stdout, "  %s %.3s  %s\n", day.Date, day.Date.Weekday(), why(day))
		if len(sources) == 0 || sources[len(sources)-1] != day.Notice {
			sources = append(sources, day.Notice)
		}
	}
	for _, n := range sources {
		fmt.Fprintf(stdout, "Source: %s\n", n)
	}
	return 0
}

// why says in a few words what kind of day a special day is; the notice
// is cited once, after the list. Day.Explain says the same in a sentence.
func why(day calendar.Day) string {
	switch day.Kind {
	case calendar.KindHoliday:
		s := fmt.Sprintf("rest day     %s holiday, %s to %s", day.Festival, day.First, day.Last)
		if day.Note != "" {
			s += " (" + day.Note + ")"
		}
		return s
	case calendar.KindAdjustedWorkday:
		return fmt.Sprintf("working day  weekend day made a working day for the %s break", day.Festival)
	}
	return day.Kind.String()
}
