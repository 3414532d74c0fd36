package notice

import (
	"bytes"
	_ "embed" // For the template.
	"fmt"
	"html/template"
	"strings"
)

// The HTML layout: one printable, self-contained document. Each language's
// notice is a <section class="page" lang="…">, printed on a page of its own
// (A4, 15 mm margins); a payment notice of up to 12 lines fits one page per
// language. The CSS is inline; there are no scripts, images, links or web
// fonts, only a stack of the common CJK system fonts. Every value comes
// from a document and is escaped for where it appears.
//
// Escaping. notice.html.tmpl is an html/template, and html/template
// escapes every value it inserts for its context: the languages in lang
// attributes, the title, headings and paragraphs. The runs of items that
// make up most of a notice (the labelled fields of a <dl>, the cells of
// the payment notice's table) are built here instead, as [template.HTML],
// because html/template spends about half a microsecond on each value it
// inserts, whatever its type: the 340-odd values of a bilingual 12-line
// payment notice took about 200 µs, and the notice must render in 100.
// Those runs are only ever element content (between <dl>…</dl>,
// <tr>…</tr>, <tbody>…</tbody>), never an attribute, URL, CSS or script;
// their tags are constants of this file, and every value in them is
// escaped by escapeText, which replaces exactly what html/template's own
// escaper for element content replaces, with the same entities. So the
// output is byte for byte what a template with an action for each value
// writes; TestHTMLEscapesAsTemplate holds the two to that, on hostile
// input in every field of every notice.

//go:embed notice.html.tmpl
var htmlSource string

// htmlTemplate is parsed once; a template that does not parse is a
// programmer error, found when the package is initialized.
var htmlTemplate = template.Must(template.New("notice").Parse(htmlSource))

// htmlPage is what the template lays out.
type htmlPage struct {
	Lang  string // The first document's language.
	Title string // The documents' titles and the notice's number.
	Docs  []htmlDoc
}

// htmlDoc is a document as the template "doc" lays it out: the strings
// are escaped by the template, the template.HTML values are built and
// escaped by markup.
type htmlDoc struct {
	Lang, Title string
	Head        template.HTML // The <div>s of the head's <dl>.
	Intro       []string
	Sections    []htmlSection
	Closing     string
	Foot        template.HTML // The <div>s of the foot's <dl>.
	Sign        []string
	Note        string
}

type htmlSection struct {
	Heading string
	Parts   []htmlPart
}

// htmlPart is a table (Table: its heading cells and its rows), fields
// (their <div>s) or a paragraph.
type htmlPart struct {
	Table      bool
	Head, Rows template.HTML
	Fields     template.HTML
	Para       string
}

// htmlMarkupSize is room for the markup of a 12-line payment notice in
// one language (about 4 kB), so that it is built without growing.
const htmlMarkupSize = 5 << 10

// writeHTML lays out docs, one notice in one or two languages, as one
// HTML document titled with the notice's title in each and its number.
func writeHTML(b *bytes.Buffer, docs []*document) error {
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = d.Title
	}
	return writeHTMLTitled(b, strings.Join(titles, " / ")+" "+docs[0].Head[0].Value, docs)
}

// writeHTMLTitled lays out docs as one HTML document titled title.
func writeHTMLTitled(b *bytes.Buffer, title string, docs []*document) error {
	page := htmlPage{
		Lang:  docs[0].Lang,
		Title: title,
		Docs:  make([]htmlDoc, len(docs)),
	}
	var m markup
	m.b.Grow(len(docs) * htmlMarkupSize)
	for i, d := range docs {
		page.Docs[i] = m.doc(d)
	}
	if err := htmlTemplate.Execute(b, page); err != nil {
		return fmt.Errorf("notice: writing HTML: %w", err)
	}
	return nil
}

// markup builds the template.HTML runs of a page, all in one buffer: each
// is a substring of b's contents, which a strings.Builder only ever
// appends to, so a run stays as it was built while later ones are added.
type markup struct {
	b strings.Builder
}

// doc returns d as the template lays it out.
func (m *markup) doc(d *document) htmlDoc {
	h := htmlDoc{
		Lang:     d.Lang,
		Title:    d.Title,
		Head:     m.fields(d.Head),
		Intro:    d.Intro,
		Sections: make([]htmlSection, len(d.Sections)),
		Closing:  d.Closing,
		Foot:     m.fields(d.Foot),
		Sign:     d.Sign,
		Note:     d.Note,
	}
	n := 0
	for _, s := range d.Sections {
		n += len(s.Parts)
	}
	parts := make([]htmlPart, 0, n) // One backing array for every section.
	for i, s := range d.Sections {
		start := len(parts)
		for _, p := range s.Parts {
			switch {
			case p.Table != nil:
				parts = append(parts, htmlPart{Table: true, Head: m.headCells(p.Table.Head), Rows: m.rows(p.Table.Rows)})
			case len(p.Fields) > 0:
				parts = append(parts, htmlPart{Fields: m.fields(p.Fields)})
			default:
				parts = append(parts, htmlPart{Para: p.Para})
			}
		}
		h.Sections[i] = htmlSection{Heading: s.Heading, Parts: parts[start:len(parts):len(parts)]}
	}
	return h
}

// since returns what was built from offset start on.
func (m *markup) since(start int) template.HTML {
	return template.HTML(m.b.String()[start:])
}

// fields returns a <div> for each field, on a line of its own:
// <div class="wide"> for a wide one.
func (m *markup) fields(fs []field) template.HTML {
	start := m.b.Len()
	for _, f := range fs {
		if f.Wide {
			m.b.WriteString("\n<div class=\"wide\"><dt>")
		} else {
			m.b.WriteString("\n<div><dt>")
		}
		escapeText(&m.b, f.Label)
		m.b.WriteString("</dt><dd>")
		escapeText(&m.b, f.Value)
		m.b.WriteString("</dd></div>")
	}
	return m.since(start)
}

// headCells returns a <th> for each cell.
func (m *markup) headCells(cells []string) template.HTML {
	start := m.b.Len()
	for _, c := range cells {
		m.b.WriteString("<th>")
		escapeText(&m.b, c)
		m.b.WriteString("</th>")
	}
	return m.since(start)
}

// rows returns a <tr> of <td>s for each row, on a line of its own.
func (m *markup) rows(rows [][]string) template.HTML {
	start := m.b.Len()
	for _, r := range rows {
		m.b.WriteString("\n<tr>")
		for _, c := range r {
			m.b.WriteString("<td>")
			escapeText(&m.b, c)
			m.b.WriteString("</td>")
		}
		m.b.WriteString("</tr>")
	}
	return m.since(start)
}

// escapeText writes s to b escaped for element content exactly as
// html/template escapes a string there (its htmlEscaper): NUL becomes
// U+FFFD, and " & ' + < > become &#34; &amp; &#39; &#43; &lt; &gt;; every
// other byte, including those of invalid UTF-8, is kept. (The exported
// template.HTMLEscapeString would keep +, and so write other bytes than
// the template.) Only ASCII bytes are replaced, and in UTF-8 those are
// never part of a longer character, so going byte by byte is going
// character by character.
func escapeText(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}
