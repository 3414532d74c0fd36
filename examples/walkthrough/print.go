package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/notice"
	"github.com/iprborder/iprborder/storagecost"
)

// textWidth is the width of the text output in columns, as notice.Text's.
const textWidth = 78

// writeText prints the story for a reader: the timeline, the bond, the
// bill and the payment notice in langs.
func writeText(w io.Writer, s story, langs []language.Tag) error {
	f := s.Case.Facts()
	first, last := s.Case.Rules().Calendar.Coverage()
	fmt.Fprintf(w, "An ex officio trademark case, from the suspension notice to the refund of the\n")
	fmt.Fprintf(w, "bond, on China's official working-day calendar (%s to %s).\n", first, last)
	fmt.Fprintf(w, "Names, numbers and the warehouse's tariff are examples; the law, its periods\n")
	fmt.Fprintf(w, "and the holidays are real.\n\n")
	fmt.Fprintf(w, "Holder:     %s\n", f.Holder.Name)
	fmt.Fprintf(w, "Trademark:  No. %s, Nice class %d, registered %s\n", trademark.Number, trademark.Classes[0], trademark.Registered)
	fmt.Fprintf(w, "Goods:      %s\n", goodsEnglish)
	fmt.Fprintf(w, "            (%s %s %s)\n", f.Goods.Quantity, f.Goods.Unit, f.Goods.Description)
	fmt.Fprintf(w, "Value:      CNY %s, declared\n", money(f.Goods.Value()))
	fmt.Fprintf(w, "Consignor:  %s, for %s at %s\n", f.Consignee.Name, f.Direction, f.Port)
	fmt.Fprintf(w, "Case:       %s, on the %s track\n", s.Payment.Case, f.Track)

	heading(w, "1. Timeline")
	var notices []calendar.Notice
	for _, st := range s.Steps {
		indent := strings.Repeat(" ", 16)
		fmt.Fprintln(w)
		hang(w, fmt.Sprintf("%s %.3s  ", st.Date, st.Date.Weekday()), indent, st.What)
		para(w, indent, st.Rule)
		if st.Notice != "" {
			para(w, indent, "notice: "+st.Notice)
		}
		for _, n := range st.Notes {
			para(w, indent, "- "+n)
		}
		for _, p := range st.Starts {
			writePeriod(w, p)
			for _, d := range p.Crossed {
				if !containsNotice(notices, d.Notice) {
					notices = append(notices, d.Notice)
				}
			}
		}
	}
	if len(notices) > 0 {
		fmt.Fprintf(w, "\nThe holidays and working weekends are those of:\n")
		for _, n := range notices {
			para(w, "  ", n.String())
		}
	}

	heading(w, "2. The bond")
	fmt.Fprintf(w, "Goods' value: CNY %s, declared (customs determines it from the\n", money(f.Goods.Value()))
	fmt.Fprintf(w, "              transaction price, Measures (2009 numbering) art 39)\n")
	fmt.Fprintf(w, "Required:     CNY %s\n", money(s.Bond))
	para(w, strings.Repeat(" ", 14), bondTier(f.Goods.Value())+" (Measures (2009 numbering) art 23; R-EXO-4)")
	para(w, "", "Ledger (Regs arts 14, 25; Measures (2009 numbering) art 35; R-FEE-1, R-FEE-2, R-FEE-5):")
	for _, e := range s.Ledger.Entries() {
		fmt.Fprintf(w, "  %s\n", e)
	}
	l := s.Ledger
	para(w, "", fmt.Sprintf("Posted %s = deducted %s + released against the warehouse's receipt %s + refunded %s + balance %s",
		money(l.Posted()), money(l.Deducted()), money(l.Credited()), money(l.Refunded()), money(l.Balance())))
	if s.Shortfall.IsPositive() {
		para(w, "", fmt.Sprintf("The bond did not cover the fees: the holder still owes CNY %s (Regs art 25).", money(s.Shortfall)))
	}

	heading(w, "3. The storage bill")
	hang(w, "", "", fmt.Sprintf("The warehouse's tariff is %s (testdata/tariff.json). Storage runs from the detention to the completion of the disposal, and the holder pays for no day after the cap (Measures (2009 numbering) art 34; R-FEE-3).", tariffNames(s.Bill)))
	fmt.Fprintln(w)
	for _, line := range strings.Split(strings.TrimSuffix(s.Bill.Explain(), "\n"), "\n") {
		hang(w, "", "   ", line)
	}

	heading(w, "4. The payment notice ("+tagNames(langs)+")")
	fmt.Fprintln(w)
	text, err := notice.Text(s.Payment, langs...)
	if err != nil {
		return err
	}
	fmt.Fprint(w, text)
	return nil
}

// writePeriod prints a period a step started: what, by whom, its last
// day, and what the official calendar did to it.
func writePeriod(w io.Writer, p period) {
	const indent = "                  "
	who := p.Actor
	if who != "" {
		who += " must "
	}
	hang(w, "                > ", indent, fmt.Sprintf("%s: %s%s", p.Name, who, p.Act))
	para(w, indent, fmt.Sprintf("%s -> last day %s %.3s", p.Period, p.LastDay, p.LastDay.Weekday()))
	if !p.Plain.IsZero() {
		var moved string
		switch diff := p.LastDay.DaysSince(p.Plain); {
		case diff > 0:
			moved = fmt.Sprintf("%s later than on weekends alone (%s %.3s)", days(diff), p.Plain, p.Plain.Weekday())
		case diff < 0:
			moved = fmt.Sprintf("%s earlier than on weekends alone (%s %.3s)", days(-diff), p.Plain, p.Plain.Weekday())
		case len(p.Crossed) > 0:
			moved = "the same day as on weekends alone"
		default:
			moved = "no holiday and no working weekend on the way"
		}
		para(w, indent, moved)
		for _, c := range crossings(p.Crossed) {
			para(w, indent+"  ", c.String())
		}
	}
	para(w, indent, p.Rule)
	if p.IfMissed != "" {
		para(w, indent, "if missed: "+p.IfMissed)
	}
}

// crossing is a run of special days on the way of a period: a holiday
// block, or one working weekend day (First = Last).
type crossing struct {
	First    calendar.Date     `json:"first"`
	Last     calendar.Date     `json:"last"`
	Kind     calendar.Kind     `json:"kind"`
	Festival calendar.Festival `json:"festival"`
}

// String writes c in a line: "2024-02-10 to 2024-02-17  Spring Festival
// (春节) holiday".
func (c crossing) String() string {
	if c.Kind == calendar.KindHoliday {
		return fmt.Sprintf("%s to %s  %s holiday", c.First, c.Last, c.Festival)
	}
	return fmt.Sprintf("%s %.3s  working day, for the %s break", c.First, c.First.Weekday(), c.Festival)
}

// crossings groups special days, in date order, into holiday blocks
// (Day.First to Day.Last) and working weekend days.
func crossings(days []calendar.Day) []crossing {
	var out []crossing
	for _, d := range days {
		switch {
		case d.Kind == calendar.KindHoliday && len(out) > 0 && out[len(out)-1].First == d.First:
			// The block is listed already.
		case d.Kind == calendar.KindHoliday:
			out = append(out, crossing{First: d.First, Last: d.Last, Kind: d.Kind, Festival: d.Festival})
		default:
			out = append(out, crossing{First: d.Date, Last: d.Date, Kind: d.Kind, Festival: d.Festival})
		}
	}
	return out
}

func containsNotice(ns []calendar.Notice, n calendar.Notice) bool {
	for _, m := range ns {
		if m == n {
			return true
		}
	}
	return false
}

// heading prints an underlined section heading.
func heading(w io.Writer, title string) {
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("=", utf8.RuneCountInString(title)))
}

// para prints text wrapped at textWidth, each line indented, the lines after
// the first by two more spaces.
func para(w io.Writer, indent, text string) { hang(w, indent, indent+"  ", text) }

// hang prints text wrapped at textWidth, the first line after first, the
// others after rest.
func hang(w io.Writer, first, rest, text string) {
	line, empty := first, true
	for _, word := range strings.Fields(text) {
		if !empty && columns(line)+1+columns(word) > textWidth {
			fmt.Fprintln(w, line)
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line, empty = line+word, false
	}
	fmt.Fprintln(w, line)
}

// days writes a number of days: "1 day", "6 days".
func days(n calendar.Days) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// columns is the width of s on a terminal: a wide character, such as a
// Chinese one, takes two columns.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// money writes an amount of CNY with two decimals.
func money(d decimal.Decimal) string { return d.StringFixed(2) }

// tagNames lists the languages, "zh-Hans, en".
func tagNames(tags []language.Tag) string {
	names := make([]string, len(tags))
	for i, t := range tags {
		names[i] = t.String()
	}
	return strings.Join(names, ", ")
}

// tariffNames lists the standards a bill charged under.
func tariffNames(b storagecost.Bill) string {
	var names []string
	for _, l := range b.Lines {
		if len(names) == 0 || names[len(names)-1] != l.Standard {
			names = append(names, l.Standard)
		}
	}
	return strings.Join(names, " and ")
}

// The JSON output: the same content as the text, for machines.
type (
	jsonStory struct {
		Start     calendar.Date        `json:"start"`
		Languages []string             `json:"languages"`
		CaseID    string               `json:"case_id"`
		Case      string               `json:"case_number"`
		Events    []enforcement.Event  `json:"events"`
		Timeline  []jsonStep           `json:"timeline"`
		Bond      jsonBond             `json:"bond"`
		Disposal  enforcement.Disposal `json:"disposal"`
		Bill      storagecost.Bill     `json:"bill"`
		// Explanation is Bill.Explain.
		Explanation string          `json:"bill_explanation"`
		Notices     []notice.Notice `json:"notices"`
	}
	jsonStep struct {
		Date    calendar.Date `json:"date"`
		Weekday string        `json:"weekday"`
		What    string        `json:"what"`
		Rule    string        `json:"rule"`
		Notice  string        `json:"notice,omitempty"`
		Notes   []string      `json:"notes,omitempty"`
		Starts  []jsonPeriod  `json:"starts,omitempty"`
	}
	jsonPeriod struct {
		Name        string        `json:"name"`
		Actor       string        `json:"actor,omitempty"`
		Act         string        `json:"act"`
		Period      string        `json:"period"`
		Trigger     calendar.Date `json:"trigger"`
		LastDay     calendar.Date `json:"last_day"`
		Weekday     string        `json:"weekday"`
		WeekendRule string        `json:"weekend_rule_last_day,omitempty"`
		Crossed     []crossing    `json:"crossed,omitempty"`
		Rule        string        `json:"rule"`
		IfMissed    string        `json:"if_missed,omitempty"`
	}
	jsonBond struct {
		GoodsValue string                 `json:"goods_value"`
		Required   string                 `json:"required"`
		Tier       string                 `json:"tier"`
		Rule       string                 `json:"rule"`
		Ledger     enforcement.BondLedger `json:"ledger"`
		Shortfall  string                 `json:"shortfall"`
	}
)

// writeJSON prints the story as one indented JSON object.
func writeJSON(w io.Writer, s story, langs []language.Tag) error {
	f := s.Case.Facts()
	out := jsonStory{
		Start: s.Start, CaseID: s.Case.ID().String(), Case: s.Payment.Case, Events: s.Case.Events(),
		Bond: jsonBond{
			GoodsValue: money(f.Goods.Value()), Required: money(s.Bond), Tier: bondTier(f.Goods.Value()),
			Rule: "Measures (2009 numbering) art 23; R-EXO-4", Ledger: s.Ledger,
			Shortfall: money(s.Shortfall),
		},
		Disposal: s.Disposal, Bill: s.Bill, Explanation: s.Bill.Explain(), Notices: s.Notices,
	}
	for _, t := range langs {
		out.Languages = append(out.Languages, t.String())
	}
	for _, st := range s.Steps {
		js := jsonStep{Date: st.Date, Weekday: st.Date.Weekday().String(), What: st.What, Rule: st.Rule,
			Notice: st.Notice, Notes: st.Notes}
		for _, p := range st.Starts {
			jp := jsonPeriod{Name: p.Name, Actor: p.Actor, Act: p.Act, Period: p.Period.String(),
				Trigger: p.Trigger, LastDay: p.LastDay, Weekday: p.LastDay.Weekday().String(),
				Rule: p.Rule, IfMissed: p.IfMissed, Crossed: crossings(p.Crossed)}
			if !p.Plain.IsZero() {
				jp.WeekendRule = p.Plain.String()
			}
			js.Starts = append(js.Starts, jp)
		}
		out.Timeline = append(out.Timeline, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// writeHTML writes every notice of the case, in the order served, to one
// printable HTML document at path (notice.RenderAll: one A4 page per
// notice and language).
func writeHTML(path string, s story, langs []language.Tag) error {
	var b bytes.Buffer
	if err := notice.RenderAll(&b, s.Notices, notice.FormatHTML, langs...); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
