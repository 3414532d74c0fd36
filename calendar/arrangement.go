package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/iprborder/iprborder/internal/strictjson"
	"github.com/iprborder/iprborder/internal/textcode"
)

// Arrangement is one year's official holiday arrangement: the holiday
// blocks and the weekend days made working days that the State Council
// General Office announces each year (国务院办公厅关于部分节假日安排的通知).
// Every day of Year not listed follows the weekend rule: Monday to Friday
// work, Saturday and Sunday rest.
//
// An arrangement may reach back into the last week of the previous year,
// because the New Year break can start there: the 2023 break began on
// 2022-12-31, and the 2019 notice made Saturday 2018-12-29 a working day
// and Monday 2018-12-31 a holiday. It may not reach into the next year.
//
// Arrangement is plain data; [New] and [Calendar.With] validate it, and so
// does decoding it from JSON.
type Arrangement struct {
	// Year is the year the notice arranges, from [MinArrangementYear] to
	// [MaxArrangementYear]. Every date below lies in Year, or in its
	// spill-over into the previous year's last week (25 to 31 December).
	Year int `json:"year"`
	// Notices are the sources: the annual notice first, then any notice
	// that amended it (as the 2020 Spring Festival extension did). At
	// least one is required.
	Notices []Notice `json:"notices"`
	// Holidays are the holiday blocks (放假), in any order: at most 32,
	// each 1 to 31 days long and ending in Year, no two overlapping.
	// Workdays are the weekend days made working days (调休上班), in any
	// order: at most 32, each a Saturday or Sunday, none repeated and
	// none inside a holiday block.
	Holidays []Holiday         `json:"holidays"`
	Workdays []AdjustedWorkday `json:"workdays"`
}

// Notice identifies an official document a year's arrangement comes from.
type Notice struct {
	// Title is the notice's title as published, in Chinese. Required.
	Title string `json:"title"`
	// Number is the document number (文号), if known.
	Number string `json:"number,omitempty"`
	// Issued is the date of the notice, if known; the zero Date if not.
	Issued Date `json:"issued"`
	// URL is where the official text is published, if known.
	URL string `json:"url,omitempty"`
	// Note records anything a reader must know about how the data was
	// taken from the notice, for example that it is not yet verified.
	Note string `json:"note,omitempty"`
}

// Festival names a festival as the notices do, in Chinese and in English.
// It is data taken from the notice, not an enumeration: one-off holidays
// have existed and may again.
type Festival struct {
	Chinese string `json:"zh"` // As in the notice, e.g. "春节".
	English string `json:"en"` // E.g. "Spring Festival".
}

// String returns "English (Chinese)", e.g. "Spring Festival (春节)".
func (f Festival) String() string {
	switch {
	case f.English == "":
		return f.Chinese
	case f.Chinese == "":
		return f.English
	}
	return f.English + " (" + f.Chinese + ")"
}

// Holiday is a block of consecutive rest days (放假), First to Last
// inclusive, weekends inside the block included.
type Holiday struct {
	// Festival is the festival the block is for, both names required.
	// First and Last are the block's first and last rest days, inclusive:
	// First on or before Last, the block at most 31 days long.
	Festival Festival `json:"festival"`
	First    Date     `json:"first"`
	Last     Date     `json:"last"`
	// Note records what a reader must know about the block.
	Note string `json:"note,omitempty"`
	// Notice is the index in the arrangement's Notices of the notice that
	// sets the block: 0, the annual notice, unless a later notice added
	// or changed it.
	Notice int `json:"notice,omitempty"`
}

// AdjustedWorkday is a Saturday or Sunday the notice makes a working day
// (调休上班) to make up for the break of Festival.
type AdjustedWorkday struct {
	// Date is the Saturday or Sunday made a working day, and Festival the
	// festival whose break it makes up for, both names required.
	Date     Date     `json:"date"`
	Festival Festival `json:"festival"`
	// Notice is the index in the arrangement's Notices of the notice that
	// sets the day, as for [Holiday].
	Notice int `json:"notice,omitempty"`
}

// Limits on an arrangement. They are far above anything a notice has
// contained and exist to reject absurd input quickly.
const (
	// MinArrangementYear and MaxArrangementYear are the years an
	// arrangement may be for. China's five-day week, which the weekend
	// rule encodes, started on 1995-05-01 (State Council Provisions on
	// Working Hours of Employees, 1995 revision, art 7).
	MinArrangementYear = 1996
	MaxArrangementYear = 2100

	maxHolidays      = 32  // holiday blocks in one year
	maxWorkdays      = 32  // adjusted working days in one year
	maxNotices       = 8   // notices for one year
	maxBlockDays     = 31  // days in one holiday block
	maxNameBytes     = 64  // a festival name
	maxTextBytes     = 512 // a title, number, URL or note
	spillDays        = 7   // how far into the previous December a year may reach: 25 to 31 December
	maxArrangements  = MaxArrangementYear - MinArrangementYear + 1
	maxJSONBytes     = 1 << 20
	maxJSONNestDepth = 8
)

// span returns the first and last day an arrangement for year may touch.
func span(year int) (first, last Date) {
	return Date{Year: year, Month: time.January, Day: 1}.AddDays(-spillDays),
		Date{Year: year, Month: time.December, Day: 31}
}

// Validate reports every problem of a on its own (not against other years)
// as [ArrangementErrors], each an *[ArrangementError]; all match
// [ErrInvalidArrangement]. It returns nil for a valid arrangement.
func (a Arrangement) Validate() error { return a.problems().orNil() }

func (a Arrangement) problems() ArrangementErrors {
	var errs ArrangementErrors
	bad := func(f field, value, reason string) {
		errs = append(errs, &ArrangementError{Year: a.Year, Field: f.String(), Value: value, Reason: reason})
	}
	if a.Year < MinArrangementYear || a.Year > MaxArrangementYear {
		bad(field{leaf: "year"}, fmt.Sprint(a.Year), fmt.Sprintf("out of range %d-%d", MinArrangementYear, MaxArrangementYear))
		return errs // Nothing else can be checked against the year.
	}
	from, to := span(a.Year)
	inYear := func(f field, d Date) bool {
		if !d.IsValid() {
			bad(f, d.format(), "not a valid date")
			return false
		}
		if d.Before(from) || d.After(to) {
			bad(f, d.String(), fmt.Sprintf("outside the year (allowed %s..%s)", from, to))
			return false
		}
		return true
	}

	switch {
	case len(a.Notices) == 0:
		bad(field{leaf: "notices"}, "", "at least one source notice is required")
	case len(a.Notices) > maxNotices:
		bad(field{leaf: "notices"}, "", fmt.Sprintf("more than %d notices", maxNotices))
	default:
		for i, n := range a.Notices {
			f := field{list: "notices", index: i}
			checkText(bad, f.with("title"), n.Title, maxTextBytes, true)
			checkText(bad, f.with("number"), n.Number, maxTextBytes, false)
			checkText(bad, f.with("url"), n.URL, maxTextBytes, false)
			checkText(bad, f.with("note"), n.Note, maxTextBytes, false)
			if !n.Issued.IsZero() && !n.Issued.IsValid() {
				bad(f.with("issued"), n.Issued.format(), "not a valid date")
			}
		}
	}

	if len(a.Holidays) > maxHolidays {
		bad(field{leaf: "holidays"}, "", fmt.Sprintf("more than %d holiday blocks", maxHolidays))
		return errs
	}
	okBlocks := make([]int, 0, len(a.Holidays))
	for i, h := range a.Holidays {
		f := field{list: "holidays", index: i}
		checkFestival(bad, f, h.Festival)
		checkText(bad, f.with("note"), h.Note, maxTextBytes, false)
		checkNotice(bad, f, h.Notice, len(a.Notices))
		okFirst, okLast := inYear(f.with("first"), h.First), inYear(f.with("last"), h.Last)
		if !okFirst || !okLast {
			continue
		}
		switch n := h.Last.DaysSince(h.First) + 1; {
		case n < 1:
			bad(f, h.First.String()+".."+h.Last.String(), "first day after last day")
		case n > maxBlockDays:
			bad(f, h.First.String()+".."+h.Last.String(), fmt.Sprintf("longer than %d days", maxBlockDays))
		case h.Last.Year != a.Year:
			bad(f, h.First.String()+".."+h.Last.String(), "block ends before the year starts")
		default:
			okBlocks = append(okBlocks, i)
		}
	}
	// Overlapping blocks: sort the good ones by first day and compare each
	// with the block reaching furthest among those before it, so that
	// every block that overlaps another is reported.
	slices.SortFunc(okBlocks, func(i, j int) int { return a.Holidays[i].First.Compare(a.Holidays[j].First) })
	for k, reach := 1, 0; k < len(okBlocks); k++ {
		prev, cur := a.Holidays[okBlocks[reach]], a.Holidays[okBlocks[k]]
		if !cur.First.After(prev.Last) {
			bad(field{list: "holidays", index: okBlocks[k]}, cur.First.String()+".."+cur.Last.String(),
				fmt.Sprintf("overlaps holidays[%d] %s..%s", okBlocks[reach], prev.First, prev.Last))
		}
		if cur.Last.After(prev.Last) {
			reach = k
		}
	}

	if len(a.Workdays) > maxWorkdays {
		bad(field{leaf: "workdays"}, "", fmt.Sprintf("more than %d adjusted working days", maxWorkdays))
		return errs
	}
	for i, w := range a.Workdays {
		f := field{list: "workdays", index: i}
		checkFestival(bad, f, w.Festival)
		checkNotice(bad, f, w.Notice, len(a.Notices))
		if !inYear(f.with("date"), w.Date) {
			continue
		}
		if wd := w.Date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			bad(f.with("date"), w.Date.String(), fmt.Sprintf("is a %s: only a Saturday or Sunday can be made a working day", wd))
		}
		for j := 0; j < i; j++ {
			if a.Workdays[j].Date == w.Date {
				bad(f.with("date"), w.Date.String(), fmt.Sprintf("repeats workdays[%d]", j))
				break
			}
		}
		for _, j := range okBlocks {
			if h := a.Holidays[j]; !w.Date.Before(h.First) && !w.Date.After(h.Last) {
				bad(f.with("date"), w.Date.String(), fmt.Sprintf("inside holidays[%d] %s..%s", j, h.First, h.Last))
			}
		}
	}
	return errs
}

// field names a place in an arrangement, as a JSON path such as
// "holidays[2].last". It is turned into text only when a problem is
// reported, so that validating a good arrangement does not allocate.
type field struct {
	list  string // "notices", "holidays", "workdays"; empty at the top level.
	index int
	leaf  string // "title", "festival.zh", ...; empty for the whole item.
}

func (f field) with(leaf string) field {
	f.leaf = leaf
	return f
}

func (f field) String() string {
	var b strings.Builder
	if f.list != "" {
		fmt.Fprintf(&b, "%s[%d]", f.list, f.index)
		if f.leaf != "" {
			b.WriteByte('.')
		}
	}
	b.WriteString(f.leaf)
	return b.String()
}

func checkFestival(bad func(f field, value, reason string), f field, fest Festival) {
	checkText(bad, f.with("festival.zh"), fest.Chinese, maxNameBytes, true)
	checkText(bad, f.with("festival.en"), fest.English, maxNameBytes, true)
}

// checkNotice accepts an index into the arrangement's notices.
func checkNotice(bad func(f field, value, reason string), f field, i, notices int) {
	if i < 0 || (i >= notices && notices > 0) {
		bad(f.with("notice"), fmt.Sprint(i), fmt.Sprintf("no such notice: the arrangement has %d", notices))
	}
}

// checkText accepts printable UTF-8 without leading or trailing space, up
// to max bytes.
func checkText(bad func(f field, value, reason string), f field, s string, max int, required bool) {
	if why := textcode.CheckText(s, max, required); why != "" {
		bad(f, s, why)
	}
}

// clone returns a deep copy of a, with its blocks and adjusted working
// days in date order, as a Calendar stores it.
func (a Arrangement) clone() Arrangement {
	c := Arrangement{
		Year:     a.Year,
		Notices:  slices.Clone(a.Notices),
		Holidays: slices.Clone(a.Holidays),
		Workdays: slices.Clone(a.Workdays),
	}
	slices.SortFunc(c.Holidays, func(x, y Holiday) int { return x.First.Compare(y.First) })
	slices.SortFunc(c.Workdays, func(x, y AdjustedWorkday) int { return x.Date.Compare(y.Date) })
	return c
}

// equal reports whether a and b hold the same data; a and b must be in the
// normal order of clone.
func (a Arrangement) equal(b Arrangement) bool {
	return a.Year == b.Year &&
		slices.Equal(a.Notices, b.Notices) &&
		slices.Equal(a.Holidays, b.Holidays) &&
		slices.Equal(a.Workdays, b.Workdays)
}

// arrangementJSON has the fields of Arrangement without its methods, so
// that decoding it does not recurse into UnmarshalJSON.
type arrangementJSON Arrangement

// UnmarshalJSON implements [json.Unmarshaler]. It rejects unknown fields,
// input over 1 MiB and an arrangement that does not pass
// [Arrangement.Validate]; on error the receiver is unchanged.
func (a *Arrangement) UnmarshalJSON(data []byte) error {
	var v arrangementJSON
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	if err := Arrangement(v).Validate(); err != nil {
		return err
	}
	*a = Arrangement(v)
	return nil
}

// ParseArrangements decodes a JSON array of year arrangements, such as
// [Calendar.MarshalJSON] writes, validating each. It is the way to load a
// newly announced year from a file; pass the result to [New] or
// [Calendar.With]. Every error wraps [ErrInvalidArrangement].
func ParseArrangements(data []byte) ([]Arrangement, error) {
	var arrs []Arrangement
	if err := decodeStrict(data, &arrs); err != nil {
		return nil, err
	}
	if arrs == nil {
		return nil, &jsonError{errors.New("want an array of arrangements, got null")}
	}
	if len(arrs) > maxArrangements {
		return nil, &jsonError{fmt.Errorf("%d arrangements, more than %d", len(arrs), maxArrangements)}
	}
	return arrs, nil
}

// jsonError reports arrangement JSON that cannot be decoded: malformed,
// too large, or with unknown fields or a bad date.
type jsonError struct{ err error }

func (e *jsonError) Error() string {
	return "calendar: arrangement JSON: " + strings.TrimPrefix(e.err.Error(), "calendar: ")
}
func (e *jsonError) Unwrap() error        { return e.err }
func (e *jsonError) Is(target error) bool { return target == ErrInvalidArrangement }

// arrangementFormat is the arrangement JSON format: at most 1 MiB, nested
// at most 8 deep, its keys exactly as spelled below. Validation errors of
// the arrangements inside pass through unchanged.
var arrangementFormat = strictjson.Format{
	MaxBytes: maxJSONBytes,
	MaxDepth: maxJSONNestDepth,
	Keys: []string{
		"year", "notices", "holidays", "workdays",
		"title", "number", "issued", "url", "note",
		"festival", "zh", "en", "first", "last", "date", "notice",
	},
	Pass: func(err error) bool { return errors.Is(err, ErrInvalidArrangement) },
}

// decodeStrict decodes exactly one arrangement JSON value into v (see
// [strictjson.Format]); any failure other than an arrangement's own
// validation error is a *jsonError.
func decodeStrict(data []byte, v any) error {
	err := arrangementFormat.Decode(data, v)
	var se *strictjson.Error
	if errors.As(err, &se) {
		return &jsonError{se}
	}
	return err
}
