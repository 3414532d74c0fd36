package storagecost

import (
	"strconv"
	"strings"
)

// Explain describes b in English, line by line, with every number a holder
// needs to check it with a calculator: the chargeable period and why it
// ends where it does, each line's arithmetic and rounding, the subtotals
// and the total.
func (b Bill) Explain() string {
	var w strings.Builder
	w.WriteString("Detained ")
	w.WriteString(b.Detained.String())
	if b.Final {
		w.WriteString("; ")
		w.WriteString(outcomeWords(b.Outcome))
		w.WriteString(" ")
		w.WriteString(b.To.String())
		w.WriteString(".\n")
	} else {
		w.WriteString("; still in storage on ")
		w.WriteString(b.To.String())
		w.WriteString(".\n")
	}
	if b.From.After(b.Detained) {
		w.WriteString("This bill charges ")
		w.WriteString(b.From.String())
		w.WriteString(" to ")
		w.WriteString(b.To.String())
		w.WriteString(" only.\n")
	}
	if b.Days > 0 {
		w.WriteString("Charged days: ")
		w.WriteString(b.First.String())
		w.WriteString(" to ")
		w.WriteString(b.Last.String())
		w.WriteString(", ")
		w.WriteString(plural(b.Days, "day", "days"))
		w.WriteString(".\n")
		if b.From == b.Detained && b.First.After(b.Detained) {
			w.WriteString("The detention day is not charged: the standard's day count excludes the first day.\n")
		}
		if b.Final && !b.Capped && b.Last.Before(b.To) {
			w.WriteString("The last day is not charged: the standard's day count excludes the last day.\n")
		}
	} else {
		w.WriteString("No day is charged.\n")
	}
	if !b.Cap.IsZero() {
		w.WriteString("Confiscated goods: the holder pays for no day after ")
		w.WriteString(b.Cap.String())
		w.WriteString(" (service of the confiscation decision plus the cap period, Measures (2009 numbering) art 34)")
		if b.Capped {
			w.WriteString(", which ends the charged days")
		}
		w.WriteString(".\n")
	}
	for i, l := range b.Lines {
		w.WriteString(strconv.Itoa(i + 1))
		w.WriteString(". ")
		w.WriteString(l.Explain())
		w.WriteString("\n")
	}
	if len(b.Subtotals) > 0 {
		w.WriteString("Subtotals:")
		for i, s := range b.Subtotals {
			if i > 0 {
				w.WriteString(";")
			}
			w.WriteString(" ")
			w.WriteString(s.Kind.String())
			w.WriteString(" ")
			w.WriteString(s.Amount.StringFixed(2))
		}
		w.WriteString(".\n")
	}
	w.WriteString("Total: ")
	if len(b.Subtotals) > 1 {
		for i, s := range b.Subtotals {
			if i > 0 {
				w.WriteString(" + ")
			}
			w.WriteString(s.Amount.StringFixed(2))
		}
		w.WriteString(" = ")
	}
	w.WriteString(b.Total.StringFixed(2))
	w.WriteString(" CNY.")
	return w.String()
}

// Explain describes the line's arithmetic in one sentence, such as
// "storage, days 1-30 (2026-01-05 to 2026-02-03) under SZX-2026: 12.5 m³ ×
// 2.00 CNY per m³ per day × 30 days = 750.00".
func (l Line) Explain() string {
	var w strings.Builder
	w.WriteString(l.Description)
	if l.Per == PerDay && (l.Method == ByRate || l.Method == FreeDays) {
		w.WriteString(", days ")
		w.WriteString(strconv.Itoa(l.FromDay))
		if l.ToDay != l.FromDay {
			w.WriteString("-")
			w.WriteString(strconv.Itoa(l.ToDay))
		}
		w.WriteString(" (")
		w.WriteString(l.First.String())
		if !l.Last.Equal(l.First) {
			w.WriteString(" to ")
			w.WriteString(l.Last.String())
		}
		w.WriteString(")")
	} else {
		w.WriteString(", ")
		w.WriteString(l.First.String())
	}
	w.WriteString(" under ")
	w.WriteString(l.Standard)
	w.WriteString(": ")
	switch l.Method {
	case ByRate:
		w.WriteString(fmtQty(l.Quantity))
		w.WriteString(" ")
		w.WriteString(l.Unit)
		w.WriteString(" × ")
		if !l.Multiplier.IsZero() {
			w.WriteString("(")
			w.WriteString(fmtNumber(l.BaseRate))
			w.WriteString(" × ")
			w.WriteString(fmtQty(l.Multiplier))
			w.WriteString(" = ")
			w.WriteString(fmtNumber(l.Rate))
			w.WriteString(")")
		} else {
			w.WriteString(fmtNumber(l.Rate))
		}
		w.WriteString(" CNY per ")
		w.WriteString(l.Unit)
		if l.Per == PerDay {
			w.WriteString(" per day × ")
			w.WriteString(plural(l.Days, "day", "days"))
		}
		if !l.UpTo.IsZero() {
			w.WriteString(" (the rate for up to ")
			w.WriteString(fmtQty(l.UpTo))
			w.WriteString(" ")
			w.WriteString(l.Unit)
			w.WriteString(")")
		}
		writeResult(&w, l)
	case Flat:
		w.WriteString(fmtQty(l.Quantity))
		w.WriteString(" ")
		w.WriteString(l.Unit)
		if l.UpTo.IsZero() {
			w.WriteString(", above every bracket's limit: flat ")
		} else {
			w.WriteString(", at most ")
			w.WriteString(fmtQty(l.UpTo))
			w.WriteString(" ")
			w.WriteString(l.Unit)
			w.WriteString(": flat ")
		}
		w.WriteString(l.Exact.StringFixed(2))
		writeMinimum(&w, l)
	case PassedThrough:
		w.WriteString("the actual cost, passed through: ")
		w.WriteString(l.Exact.StringFixed(2))
		writeMinimum(&w, l)
	case FreeDays:
		w.WriteString(plural(l.Days, "free day", "free days"))
		w.WriteString(": 0.00")
	case ToMinimum:
		w.WriteString("charged ")
		w.WriteString(l.Exact.StringFixed(2))
		w.WriteString(", below the minimum of ")
		w.WriteString(l.Minimum.StringFixed(2))
		w.WriteString(": add ")
		w.WriteString(l.Amount.StringFixed(2))
	}
	return w.String()
}

// writeResult writes " = exact", the rounding if it changed anything, and
// the minimum if it applied.
func writeResult(w *strings.Builder, l Line) {
	w.WriteString(" = ")
	rounded := round(l.Exact, l.Rounding)
	if rounded.Equal(l.Exact) {
		w.WriteString(l.Exact.StringFixed(2))
	} else {
		w.WriteString(l.Exact.String())
		w.WriteString(", ")
		w.WriteString(roundingWords(l.Rounding))
		w.WriteString(": ")
		w.WriteString(rounded.StringFixed(2))
	}
	writeMinimum(w, l)
}

func writeMinimum(w *strings.Builder, l Line) {
	if !l.Minimum.IsZero() {
		w.WriteString(", below the minimum: charged ")
		w.WriteString(l.Amount.StringFixed(2))
	}
}

func outcomeWords(o Outcome) string {
	switch o {
	case Released:
		return "released"
	case HandedToCourt:
		return "handed over to the court"
	case Disposed:
		return "disposal completed"
	}
	return "in storage"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
