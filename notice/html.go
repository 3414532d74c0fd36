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
// from a document and is escaped by html/template for where it appears.

//go:embed notice.html.tmpl
var htmlSource string

// htmlTemplate is parsed once; a template that does not parse is a
// programmer error, found when the package is initialized.
var htmlTemplate = template.Must(template.New("notice").Parse(htmlSource))

// htmlPage is what the template lays out.
type htmlPage struct {
	Lang  string // The first document's language.
	Title string // The documents' titles and the notice's number.
	Docs  []*document
}

// writeHTML lays out docs as one HTML document.
func writeHTML(b *bytes.Buffer, docs []*document) error {
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = d.Title
	}
	page := htmlPage{
		Lang:  docs[0].Lang,
		Title: strings.Join(titles, " / ") + " " + docs[0].Head[0].Value,
		Docs:  docs,
	}
	if err := htmlTemplate.Execute(b, page); err != nil {
		return fmt.Errorf("notice: writing HTML: %w", err)
	}
	return nil
}
