// Command walkthrough runs one realistic ex officio trademark case from
// customs' suspension notice to the refund of the holder's bond, on
// China's official working-day calendar, and prints what a newcomer to the
// library wants to see:
//
//  1. the timeline: each step, its day, the article and rule it rests on,
//     and every period it started, with its last day and the official
//     holidays and working weekends that moved it;
//  2. the bond (Measures (2009 numbering) art 23; R-EXO-4) and its ledger;
//  3. the warehouse's storage bill, explained line by line (Measures (2009
//     numbering) art 34; R-FEE-3);
//  4. the payment notice (缴费通知书) customs sends the holder (Regs art 25;
//     R-FEE-1), in Chinese and English.
//
// By default customs serves its notice on Friday 2024-02-09, the eve of
// the Spring Festival: the holder's 3 working days run to Tuesday
// 2024-02-20, because 10-17 February are holidays and Sunday 18 February
// is a working day (Regs art 16; Measures arts 22, 41; R-EXO-2).
//
//	go run ./examples/walkthrough
//	go run ./examples/walkthrough -start 2025-09-29        # across National Day
//	go run ./examples/walkthrough -value 450000 -lang en
//	go run ./examples/walkthrough -json
//	go run ./examples/walkthrough -html notices.html       # all notices, printable
//
// Every later step follows from -start on the working-day calendar (see
// case.go); the output depends on the flags only.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/storagecost"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, with its arguments and outputs passed in so
// that tests can drive it. It returns the exit code: 0, 1 if something
// failed, 2 for a bad command line. On error nothing is written to
// stdout.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("walkthrough", flag.ContinueOnError)
	fs.SetOutput(stderr)
	startFlag := fs.String("start", "2024-02-09", "the `day` customs serves the suspension notice, YYYY-MM-DD: a working day")
	valueFlag := fs.String("value", "150000.00", "the goods' value in CNY, such as 150000.00")
	langFlag := fs.String("lang", "bilingual", "the notices' language: zh-Hans, en or bilingual")
	asJSON := fs.Bool("json", false, "print the case as JSON")
	htmlFile := fs.String("html", "", "write every notice of the case, printable, to this HTML `file`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "walkthrough: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return usage("unexpected arguments %q", fs.Args())
	}

	cal := calendar.China()
	start, err := calendar.ParseDate(*startFlag)
	if err != nil {
		return usage("-start: %v", err)
	}
	if first, last := cal.Coverage(); !cal.Covers(start) {
		return usage("-start %s: outside the official calendar data, %s to %s", start, first, last)
	}
	value, err := parseValue(*valueFlag)
	if err != nil {
		return usage("%v", err)
	}
	langs, err := parseLang(*langFlag)
	if err != nil {
		return usage("%v", err)
	}
	tariffs, err := storagecost.ParseSchedule(tariffJSON)
	if err != nil {
		fmt.Fprintln(stderr, "walkthrough: the tariff:", err)
		return 1
	}

	s, err := tell(cal, tariffs, start, value)
	switch {
	case isStartError(err):
		return usage("%v", err)
	case errors.Is(err, calendar.ErrNotCovered):
		_, last := cal.Coverage()
		msg := fmt.Sprintf("-start %s: the case would run past %s, the last day of the official calendar data", start, last)
		if latest, ok := latestStart(cal, tariffs, value); ok {
			msg += fmt.Sprintf("; the latest start is %s", latest)
		}
		return usage("%s (%v)", msg, err)
	case err != nil:
		fmt.Fprintln(stderr, "walkthrough:", err)
		return 1
	}

	var out bytes.Buffer
	if *asJSON {
		err = writeJSON(&out, s, langs)
	} else {
		err = writeText(&out, s, langs)
	}
	if err == nil && *htmlFile != "" {
		err = writeHTML(*htmlFile, s, langs)
		if err == nil && !*asJSON {
			fmt.Fprintf(&out, "\nThe %d notices of the case, printable: %s\n", len(s.Notices), *htmlFile)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "walkthrough:", err)
		return 1
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		fmt.Fprintln(stderr, "walkthrough:", err)
		return 1
	}
	return 0
}

// parseValue reads the goods' value: CNY in plain decimal notation, in
// whole fen, more than 0 and at most enforcement.MaxAmount.
func parseValue(s string) (decimal.Decimal, error) {
	if strings.HasPrefix(s, "-") {
		return decimal.Decimal{}, fmt.Errorf("-value %q: the goods' value cannot be negative", s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 13 || len(frac) > 2 || strings.Trim(whole+frac, "0123456789") != "" {
		return decimal.Decimal{}, fmt.Errorf("-value %q: want an amount in CNY such as 150000.00: digits, with at most 2 decimal places", s)
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("-value %q: %w", s, err)
	}
	if !v.IsPositive() {
		return decimal.Decimal{}, fmt.Errorf("-value %q: the goods' value must be more than 0: customs measures the bond against it (Measures art 39)", s)
	}
	if v.GreaterThan(decimal.New(enforcement.MaxAmount, 0)) {
		return decimal.Decimal{}, fmt.Errorf("-value %q: more than 10^12 CNY, the most the library accepts", s)
	}
	return v, nil
}

// parseLang reads -lang: bilingual (Chinese, then English), or one
// language tag that notice.Match accepts.
func parseLang(s string) ([]language.Tag, error) {
	if s == "bilingual" {
		return notice.Languages(), nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("-lang %q: want zh-Hans, en or bilingual: %w", s, err)
	}
	m, err := notice.Match(tag)
	if err != nil {
		return nil, fmt.Errorf("-lang %q: want zh-Hans, en or bilingual: %w", s, err)
	}
	return []language.Tag{m}, nil
}
