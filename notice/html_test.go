package notice

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/internal/testgen"
)

// The reference layout: the page of notice.html.tmpl with its "doc"
// template replaced by one with an html/template action for every value,
// as the layout was before html.go built the runs of fields and table
// rows itself. It is the yardstick of the escaping in html.go, and the
// baseline of BenchmarkHTMLLayout (impl=template-per-field).
const referenceDoc = `{{define "doc"}}{{$d := .}}
<section class="page" lang="{{$d.Lang}}">
<h1>{{$d.Title}}</h1>
<dl class="head">
{{- range $d.Head}}
{{if .Wide}}<div class="wide">{{else}}<div>{{end}}<dt>{{.Label}}</dt><dd>{{.Value}}</dd></div>
{{- end}}
</dl>
<div class="intro">
{{- range $d.Intro}}
<p>{{.}}</p>
{{- end}}
</div>
{{- range $d.Sections}}
<h2>{{.Heading}}</h2>
{{- range .Parts}}
{{- if .Table}}
<table class="lines">
<colgroup><col class="no"><col class="item"><col class="unit"><col class="quantity"><col class="rate"><col class="days"><col class="amount"></colgroup>
<thead><tr>{{range .Table.Head}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Table.Rows}}
<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- else if .Fields}}
<dl>
{{- range .Fields}}
{{if .Wide}}<div class="wide">{{else}}<div>{{end}}<dt>{{.Label}}</dt><dd>{{.Value}}</dd></div>
{{- end}}
</dl>
{{- else}}
<p>{{.Para}}</p>
{{- end}}
{{- end}}
{{- end}}
<p class="closing">{{$d.Closing}}</p>
<dl class="foot">
{{- range $d.Foot}}
{{if .Wide}}<div class="wide">{{else}}<div>{{end}}<dt>{{.Label}}</dt><dd>{{.Value}}</dd></div>
{{- end}}
</dl>
<div class="sign">
{{- range $d.Sign}}
<p>{{.}}</p>
{{- end}}
</div>
{{- if $d.Note}}
<p class="note">{{$d.Note}}</p>
{{- end}}
</section>
{{- end}}`

var referenceTemplate = template.Must(template.Must(htmlTemplate.Clone()).Parse(referenceDoc))

// writeHTMLReference is writeHTML with the reference layout.
func writeHTMLReference(b *bytes.Buffer, docs []*document) error {
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = d.Title
	}
	page := struct {
		Lang, Title string
		Docs        []*document
	}{docs[0].Lang, strings.Join(titles, " / ") + " " + docs[0].Head[0].Value, docs}
	return referenceTemplate.Execute(b, page)
}

// layouts writes docs with both layouts.
func layouts(t *testing.T, docs []*document) (ours, reference string) {
	t.Helper()
	var a, b bytes.Buffer
	if err := writeHTML(&a, docs); err != nil {
		t.Fatal(err)
	}
	if err := writeHTMLReference(&b, docs); err != nil {
		t.Fatal(err)
	}
	return a.String(), b.String()
}

// composeFor composes n in langs, without the validation.
func composeFor(t *testing.T, n Notice, langs ...language.Tag) []*document {
	t.Helper()
	ids, err := matchAll(langs, false)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := composeAll(n, ids)
	if err != nil {
		t.Fatalf("%s: %v", n.Kind(), err)
	}
	return docs
}

var langSets = [][]language.Tag{{zhHans}, {enTag}, {zhHans, enTag}, {enTag, zhHans}}

// TestHTMLMatchesReference: every fixture, in every language set, is laid
// out byte for byte as the reference layout lays it out.
func TestHTMLMatchesReference(t *testing.T) {
	for _, n := range append(testNotices(), paymentFixture(12), paymentFixture(0)) {
		for _, langs := range langSets {
			ours, ref := layouts(t, composeFor(t, n, langs...))
			if ours != ref {
				t.Errorf("%s %v: the layout differs from the reference:\n%s", n.Kind(), langs, firstDiff(ours, ref))
			}
		}
	}
}

// firstDiff shows where a and b part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-80, 0)
	return fmt.Sprintf("ours:      …%q\nreference: …%q", a[from:min(i+80, len(a))], b[from:min(i+80, len(b))])
}

// hostile are values from a case that must reach the HTML as text, each
// with the form html/template gives it in element content, written out
// here rather than computed.
var hostile = []struct{ in, escaped string }{
	{`<script>alert(1)</script>`, `&lt;script&gt;alert(1)&lt;/script&gt;`},
	{`"><img src=x onerror=alert(1)>`, `&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`},
	{`&amp;`, `&amp;amp;`},
	{`'`, `&#39;`},
	{`O'Brien & Sons <b>"Ltd"</b>`, `O&#39;Brien &amp; Sons &lt;b&gt;&#34;Ltd&#34;&lt;/b&gt;`},
	{`运动鞋（ACME）上海浦东`, `运动鞋（ACME）上海浦东`},
	{`+86 21 1234+5678`, `&#43;86 21 1234&#43;5678`}, // html/template escapes +; template.HTMLEscapeString does not.
}

// Markers around each hostile value, which the composer keeps, so that
// every place the value reaches the HTML can be found.
const openMark, closeMark = "⟪", "⟫"

// withEveryString returns a copy of n with every string field, at any
// depth, set to s. Slices are copied, so that the fixtures are untouched.
func withEveryString(n Notice, s string) (Notice, int) {
	v := reflect.New(reflect.TypeOf(n)).Elem()
	v.Set(reflect.ValueOf(n))
	count := setStrings(v, s)
	return v.Interface().(Notice), count
}

func setStrings(v reflect.Value, s string) int {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(s)
			return 1
		}
	case reflect.Struct:
		count := 0
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				count += setStrings(v.Field(i), s)
			}
		}
		return count
	case reflect.Slice:
		if v.IsNil() || !v.CanSet() {
			return 0
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		count := 0
		for i := 0; i < v.Len(); i++ {
			count += setStrings(v.Index(i), s)
		}
		return count
	}
	return 0
}

// TestHTMLEscapesAsTemplate puts each hostile value into every string
// field of every kind of notice, and checks that the HTML holds it only in
// its escaped form, wherever it appears (in the page title, the head, the
// fields, the table, the paragraphs), and that the page is byte for byte
// the reference layout's.
func TestHTMLEscapesAsTemplate(t *testing.T) {
	for _, n := range append(testNotices(), paymentFixture(12)) {
		for _, h := range hostile {
			m, fields := withEveryString(n, openMark+h.in+closeMark)
			if fields < 10 {
				t.Fatalf("%s: only %d string fields set", n.Kind(), fields)
			}
			for _, langs := range langSets {
				ours, ref := layouts(t, composeFor(t, m, langs...))
				if ours != ref {
					t.Errorf("%s %v %q: the layout differs from the reference:\n%s", n.Kind(), langs, h.in, firstDiff(ours, ref))
				}
				chunks := strings.Split(ours, openMark)[1:]
				// Not every field shows in every notice (a line's unit gives
				// way to its basis), but the head, parties, rights and goods
				// always do.
				if len(chunks) < 10*len(langs) {
					t.Errorf("%s %v %q: the value reaches the HTML only %d times", n.Kind(), langs, h.in, len(chunks))
				}
				for _, c := range chunks {
					got, _, ok := strings.Cut(c, closeMark)
					if !ok || got != h.escaped {
						t.Fatalf("%s %v: %q appears as %q, want %q", n.Kind(), langs, h.in, got, h.escaped)
					}
				}
			}
		}
	}
}

// mapDoc returns a copy of d with every string but the language passed
// through f.
func mapDoc(d *document, f func(string) string) *document {
	fields := func(fs []field) []field {
		out := make([]field, len(fs))
		for i, x := range fs {
			out[i] = field{Label: f(x.Label), Value: f(x.Value), Wide: x.Wide}
		}
		return out
	}
	strs := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = f(s)
		}
		return out
	}
	c := &document{Lang: d.Lang, Title: f(d.Title), Head: fields(d.Head), Intro: strs(d.Intro),
		Closing: f(d.Closing), Foot: fields(d.Foot), Sign: strs(d.Sign), Note: f(d.Note)}
	for _, s := range d.Sections {
		cs := section{Heading: f(s.Heading)}
		for _, p := range s.Parts {
			cp := part{Fields: fields(p.Fields), Para: f(p.Para)}
			if len(p.Fields) == 0 {
				cp.Fields = nil
			}
			if p.Table != nil {
				cp.Table = &table{Head: strs(p.Table.Head), Right: p.Table.Right}
				for _, r := range p.Table.Rows {
					cp.Table.Rows = append(cp.Table.Rows, strs(r))
				}
			}
			cs.Parts = append(cs.Parts, cp)
		}
		c.Sections = append(c.Sections, cs)
	}
	return c
}

// TestHTMLLayoutProperties: documents whose every string, labels and
// headings included, is arbitrary (control characters, invalid UTF-8,
// markup) are laid out as the reference layout lays them out. The
// composer cleans what comes from a case; the layout must not rely on it.
func TestHTMLLayoutProperties(t *testing.T) {
	var docs [][]*document
	for _, n := range append(testNotices(), paymentFixture(12)) {
		docs = append(docs, composeFor(t, n, zhHans, enTag))
	}
	props := testgen.Properties(t, 100)
	props.Property("layout = reference", prop.ForAll(func(k int, values []string) string {
		i := 0
		next := func(string) string {
			i++
			return values[i%len(values)]
		}
		src := docs[k%len(docs)]
		mapped := []*document{mapDoc(src[0], next), mapDoc(src[1], next)}
		var a, b bytes.Buffer
		if err := writeHTML(&a, mapped); err != nil {
			return err.Error()
		}
		if err := writeHTMLReference(&b, mapped); err != nil {
			return err.Error()
		}
		if a.String() != b.String() {
			return firstDiff(a.String(), b.String())
		}
		return ""
	}, gen.IntRange(0, 1000), gen.SliceOfN(7, genHTMLText())))
	props.TestingRun(t)
}

// genHTMLText generates text that html/template escapes: markup,
// entities, quotes, +, NUL and other control characters, invalid UTF-8,
// CJK, and any Unicode.
func genHTMLText() gopter.Gen {
	pieces := []string{"<", ">", "&", "'", `"`, "+", "\x00", "\xff", "\xe4\xb8", "amp;", "&#34;", "a", " ", "中", "\u2028", "\t", "</td>", "<script>"}
	return gen.OneGenOf(
		gen.AnyString(),
		gen.SliceOf(gen.IntRange(0, len(pieces)-1)).Map(func(v []int) string {
			var b strings.Builder
			for _, i := range v {
				b.WriteString(pieces[i])
			}
			return b.String()
		}),
	)
}

// templateEscaped is s as html/template escapes it in element content.
func templateEscaped(s string) string {
	var b strings.Builder
	if err := elementTemplate.Execute(&b, s); err != nil {
		panic(err)
	}
	return b.String()
}

var elementTemplate = template.Must(template.New("").Parse(`{{.}}`))

func escapedText(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

// TestEscapeText: escapeText writes what html/template writes.
func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"plain 中文":            "plain 中文",
		`<a href="x">'&'</a>`: "&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;",
		"1+1":                 "1&#43;1",
		"a\x00b":              "a\uFFFDb",
		"\xff\xe4\xb8<":       "\xff\xe4\xb8&lt;",
	} {
		if got := escapedText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
		if got := templateEscaped(in); got != want {
			t.Errorf("html/template writes %q as %q, not %q: the table in escapeText is stale", in, got, want)
		}
	}
	props := testgen.Properties(t, 2000)
	props.Property("escapeText = html/template", prop.ForAll(func(s string) bool {
		return escapedText(s) == templateEscaped(s)
	}, genHTMLText()))
	props.TestingRun(t)
}

// FuzzEscapeText: for any bytes, escapeText writes what html/template
// writes in element content.
func FuzzEscapeText(f *testing.F) {
	for _, h := range hostile {
		f.Add(h.in)
	}
	f.Add("\x00\xff\xfe+\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escapedText(s), templateEscaped(s); got != want {
			t.Fatalf("escapeText(%q) = %q, html/template writes %q", s, got, want)
		}
	})
}
