package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/internal/textcode"
)

// Format is an output format of [Render]. The zero Format is
// [FormatUnknown] and marks an unset value.
type Format uint8

const (
	// FormatUnknown is the zero Format: not set. Render refuses it with an
	// error matching [ErrInvalidArgument], and it has no text code.
	FormatUnknown Format = iota
	// FormatText is plain UTF-8 text for a terminal or a plain-text
	// e-mail: label–value lines aligned by display width (a CJK character
	// takes two columns), 78 columns wide, the payment notice's lines as
	// an aligned table. See [Text].
	FormatText
	// FormatHTML is a self-contained printable HTML document, one A4 page
	// per language for a payment notice of up to 12 lines: inline CSS, no
	// scripts, no external fonts or images. See [HTML].
	FormatHTML
	// FormatJSON is the notice's JSON, as json.Marshal writes it: the same
	// in every language.
	FormatJSON
)

var formatCodes = textcode.New[Format]("Format", []string{
	FormatText: "text",
	FormatHTML: "html",
	FormatJSON: "json",
})

// IsValid reports whether f is one of the formats above other than
// FormatUnknown.
func (f Format) IsValid() bool { return formatCodes.Valid(f) }

// String returns f's text code, such as "html", or "%!Format(9)" for an
// invalid f.
func (f Format) String() string { return formatCodes.String(f) }

// AppendText appends f's text code to b.
func (f Format) AppendText(b []byte) ([]byte, error) { return enumAppend(formatCodes, b, f) }

// MarshalText returns f's text code; an invalid f is an error.
func (f Format) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText sets f from its text code, in any letter case; on error f
// is unchanged.
func (f *Format) UnmarshalText(text []byte) error { return enumParse(formatCodes, text, f) }

// Render writes n to w in format f, in the languages langs.
//
// For [FormatText] and [FormatHTML], langs is one language, or two for a
// bilingual notice: the first language's complete notice, then the
// second's. Each tag is matched by [Match], so "zh-CN" asks for zh-Hans;
// the Chinese text is authoritative, and every English notice says so.
// For [FormatJSON] the output does not depend on the language, and langs
// may be empty; any given are still checked, so that a request for an
// unsupported language fails in every format alike.
//
// Render checks everything before it writes: a notice that fails
// validation (without the calendar; [Notice.Validate] checks the working
// days) returns its [FieldErrors], matching [ErrInvalidNotice]; an
// unsupported language returns a [*LanguageError], matching
// [ErrUnsupportedLanguage]; no language, more than two, the same language
// twice (as "zh" and "zh-CN"), an invalid format or a nil notice returns an
// error matching [ErrInvalidArgument]. On any of these errors nothing is
// written to w. An error from w itself is returned wrapped.
func Render(w io.Writer, n Notice, f Format, langs ...language.Tag) error {
	if b, ok := w.(*bytes.Buffer); ok && b != nil {
		// Rendered in place, without a buffer of its own, and cut back
		// to what it held on error.
		start := b.Len()
		if err := render(b, n, f, langs); err != nil {
			b.Truncate(start)
			return err
		}
		return nil
	}
	var buf bytes.Buffer
	if err := render(&buf, n, f, langs); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("notice: writing the %s notice: %w", n.Kind(), err)
	}
	return nil
}

// Text returns n as plain text in the languages langs, as [Render] with
// [FormatText] writes it.
func Text(n Notice, langs ...language.Tag) (string, error) {
	var b bytes.Buffer
	if err := render(&b, n, FormatText, langs); err != nil {
		return "", err
	}
	return b.String(), nil
}

// HTML returns n as a printable HTML document in the languages langs, as
// [Render] with [FormatHTML] writes it.
func HTML(n Notice, langs ...language.Tag) (string, error) {
	var b bytes.Buffer
	if err := render(&b, n, FormatHTML, langs); err != nil {
		return "", err
	}
	return b.String(), nil
}

// MaxNotices is the most notices [RenderAll] writes as one document.
const MaxNotices = 100

// RenderAll writes the notices ns to w as one document in format f, in the
// languages langs, in the order given: the notices of a case, say, to print,
// serve or archive together.
//
// Each notice is laid out exactly as [Render] lays it out alone. In
// [FormatHTML] they share one HTML document, one style sheet and one
// title naming their case numbers, each once ("案件PVG-IPR-2024-0031通知书
// / Notices of Case PVG-IPR-2024-0031"), and every notice in every
// language starts its own A4 page. In [FormatText] they follow one
// another, each language of each notice separated from the next by a rule
// of "=", as the two languages of a bilingual notice are. In [FormatJSON]
// the output is a JSON array of the notices' JSON forms: read it back by
// decoding into []json.RawMessage and calling [Parse] on each.
//
// ns holds 1 to [MaxNotices] notices. The errors are [Render]'s, for the
// first notice that fails, saying which: a [FieldErrors] names its fields
// as JSON paths into the array ("[2].payer.name"), an error matching
// [ErrInvalidArgument] says "notice 2". As with Render, on error nothing
// is written to w.
func RenderAll(w io.Writer, ns []Notice, f Format, langs ...language.Tag) error {
	var buf bytes.Buffer
	if err := renderAll(&buf, ns, f, langs); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("notice: writing %d notices: %w", len(ns), err)
	}
	return nil
}

// renderAll checks its arguments and renders ns into b, which it leaves in
// an unspecified state on error.
func renderAll(b *bytes.Buffer, ns []Notice, f Format, langs []language.Tag) error {
	if !f.IsValid() {
		return &argumentError{fmt.Sprintf("notice: unknown format %s", f)}
	}
	switch {
	case len(ns) == 0:
		return &argumentError{"notice: no notices given: want 1 to " + strconv.Itoa(MaxNotices)}
	case len(ns) > MaxNotices:
		return &argumentError{fmt.Sprintf("notice: %d notices given: want 1 to %d", len(ns), MaxNotices)}
	}
	ids, err := matchAll(langs, f == FormatJSON)
	if err != nil {
		return err
	}
	checked := make([]Notice, len(ns))
	for i, n := range ns {
		if n, err = deref(n); err == nil {
			err = precheck(n)
		}
		if err != nil {
			return atIndex(i, err)
		}
		checked[i] = n
	}
	if f == FormatJSON {
		b.WriteByte('[')
		for i, n := range checked {
			if i > 0 {
				b.WriteByte(',')
			}
			data, err := json.Marshal(n)
			if err != nil {
				return fmt.Errorf("notice: encoding notice %d, the %s notice: %w", i, n.Kind(), err)
			}
			b.Write(data)
		}
		b.WriteByte(']')
		return nil
	}
	var docs []*document
	var cases []string
	for _, n := range checked {
		d, err := composeAll(n, ids)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
		if c := n.Head().Case; c != "" && !slices.Contains(cases, c) {
			cases = append(cases, c)
		}
	}
	if f == FormatText {
		writeText(b, docs)
		return nil
	}
	titles := make([]string, len(ids))
	for i, id := range ids {
		c := composer{l: lexicons[id]}
		titles[i] = c.f("set.title", strings.Join(cases, c.s("punct.list")))
		if c.err != nil {
			return c.err
		}
	}
	return writeHTMLTitled(b, strings.Join(titles, " / "), docs)
}

// atIndex returns err, the error of notice i of several, saying which:
// FieldErrors get "[i]" before their paths.
func atIndex(i int, err error) error {
	var fes FieldErrors
	if errors.As(err, &fes) {
		out := make(FieldErrors, len(fes))
		at := "[" + strconv.Itoa(i) + "]"
		for j, fe := range fes {
			c := *fe
			switch {
			case c.Field == "" || c.Field[0] == '[':
				c.Field = at + c.Field
			default:
				c.Field = at + "." + c.Field
			}
			out[j] = &c
		}
		return out
	}
	var ae *argumentError
	if errors.As(err, &ae) {
		return &argumentError{"notice: notice " + strconv.Itoa(i) + ": " + strings.TrimPrefix(ae.msg, "notice: ")}
	}
	return fmt.Errorf("notice: notice %d: %w", i, err)
}

// render checks its arguments and renders n into b, which it leaves in an
// unspecified state on error.
func render(b *bytes.Buffer, n Notice, f Format, langs []language.Tag) error {
	if !f.IsValid() {
		return &argumentError{fmt.Sprintf("notice: unknown format %s", f)}
	}
	ids, err := matchAll(langs, f == FormatJSON)
	if err != nil {
		return err
	}
	n, err = deref(n)
	if err != nil {
		return err
	}
	if err := precheck(n); err != nil {
		return err
	}
	if f == FormatJSON {
		data, err := json.Marshal(n)
		if err != nil {
			return fmt.Errorf("notice: encoding the %s notice: %w", n.Kind(), err)
		}
		b.Write(data)
		return nil
	}
	// Room for a 12-line payment notice: about 4.8 kB of text and 6.6 kB
	// of HTML a language.
	if f == FormatHTML {
		b.Grow(len(ids) * (8 << 10))
	} else {
		b.Grow(len(ids) * (6 << 10))
	}
	docs, err := composeAll(n, ids)
	if err != nil {
		return err
	}
	if f == FormatHTML {
		return writeHTML(b, docs)
	}
	writeText(b, docs)
	return nil
}

// matchAll matches the requested languages: one or two, different, each
// supported. With optional, none is accepted too.
func matchAll(langs []language.Tag, optional bool) ([]langID, error) {
	switch {
	case len(langs) == 0 && optional:
		return nil, nil
	case len(langs) == 0:
		return nil, &argumentError{"notice: no language given: want one, or two for a bilingual notice"}
	case len(langs) > 2:
		return nil, &argumentError{fmt.Sprintf("notice: %d languages given (%s): want one, or two for a bilingual notice", len(langs), tagList(langs))}
	}
	ids := make([]langID, len(langs))
	for i, tag := range langs {
		id, err := match(tag)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	if len(ids) == 2 && ids[0] == ids[1] {
		return nil, &argumentError{fmt.Sprintf("notice: languages %s both ask for %s: a bilingual notice needs two languages", tagList(langs), langTags[ids[0]])}
	}
	return ids, nil
}

func tagList(langs []language.Tag) string {
	s := make([]string, len(langs))
	for i, t := range langs {
		s[i] = t.String()
	}
	return textcode.Clip(strings.Join(s, ", "))
}

// deref returns the notice n points to, if n is a pointer to one: the
// notice types have value methods, so that pointers to them are Notices
// too.
func deref(n Notice) (Notice, error) {
	var nilPointer bool
	switch p := n.(type) {
	case nil:
		return nil, &argumentError{"notice: no notice given (nil)"}
	case *Payment:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *Suspension:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *DetentionReceipt:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *InvestigationResult:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *Release:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *Confiscation:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	case *CounterGuarantee:
		if nilPointer = p == nil; !nilPointer {
			return *p, nil
		}
	}
	if nilPointer {
		return nil, &argumentError{fmt.Sprintf("notice: no notice given (nil %T)", n)}
	}
	return n, nil
}
