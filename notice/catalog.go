package notice

import (
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// The text of the notices lives in a catalog private to this package
// (style.md rule 18): built once, at package initialization, from the
// translations in catalog_zh.go and catalog_en.go, and never changed after.
// The global message.DefaultCatalog is never touched, so that a program
// that uses it for its own messages cannot change a legal notice.
//
// Every message has a stable key ("payment.pay-by", "kind.storage"), listed
// by messageKeys. A language either has a message or does not: there is
// no fallback to another language, and a key a language lacks is an error
// when a notice needs it, never the key's text.

// translation is the text of every message in one language.
type translation struct {
	// text holds the plain messages. A placeholder %[n]s stands for the
	// n-th argument, a value already formatted by this package.
	text map[string]string
	// counted holds the messages on a count, %[1]d, by plural form.
	counted map[string]forms
}

// forms are a counted message's plural forms: one for a count of 1, other
// for every other count. A language without plural forms, as Chinese,
// gives other alone.
type forms struct{ one, other string }

// translations are the supported languages' texts, by langID.
var translations = [numLangs]*translation{langZh: &zh, langEn: &en}

// fixedKeys are the keys of the messages other than the labels of enum
// values (see messageKeys).
var fixedKeys = []string{
	"punct.colon", "punct.list", "punct.comma",
	"head.number", "head.office", "head.issued", "head.case", "head.to", "head.copy",
	"closing", "seal", "note.translation",
	"foot.contact", "foot.phone", "foot.email", "foot.basis",
	"section.payer", "section.holder", "section.consignee", "section.rights", "section.goods",
	"section.charges", "section.payment", "section.reply", "section.remedies", "section.result",
	"section.release", "section.decision",
	"party.name", "party.identifier", "party.address",
	"right.number", "right.recordation", "right.unrecorded",
	"goods.description", "goods.quantity", "goods.value", "goods.port", "goods.direction",
	"goods.detained", "goods.track", "goods.detention", "goods.warehouse", "goods.warehouse-address",
	"payment.intro", "payment.period", "payment.period.value", "payment.total", "payment.capitals",
	"payment.paid", "payment.due", "payment.due-date", "payment.pay-by", "payment.payee",
	"payment.bank", "payment.account", "payment.security", "payment.bond", "payment.recoverable",
	"payment.nothing-due", "payment.consequence.cash-bond.partial",
	"table.no", "table.item", "table.unit", "table.quantity", "table.rate", "table.days",
	"table.amount", "line.item", "line.note", "line.bracket", "line.flat", "line.flat.top", "line.at-cost",
	"line.minimum", "line.top-up", "line.free",
	"suspension.intro", "suspension.served", "suspension.reply-by", "suspension.bond",
	"suspension.bond.general", "suspension.apply", "suspension.apply.general", "suspension.cutoff",
	"suspension.decline", "suspension.consequence",
	"receipt.intro.ex-officio", "receipt.intro.upon-application", "receipt.inspect",
	"receipt.evidence", "receipt.patent",
	"investigation.intro", "investigation.result", "investigation.determined", "investigation.court-by",
	"release.intro", "release.reason", "release.released", "release.preservation-by", "release.preservation",
	"confiscation.intro", "confiscation.decision", "confiscation.served", "confiscation.fine",
	"confiscation.fine.text", "confiscation.fee-cap", "confiscation.fee-cap.text", "confiscation.disposal",
	"counter.intro", "counter.amount", "counter.released", "counter.served", "counter.suit-by", "counter.suit",
	"legal.detention-receipt.patent",
	"count.days",
	"set.title",
}

// messageKeys returns the key of every message a notice may need: the
// fixed keys, and a label for every enum value a notice can show. The
// completeness test requires every language to have exactly these.
func messageKeys() []string {
	keys := append([]string(nil), fixedKeys...)
	for _, k := range Kinds() {
		keys = append(keys, "title."+k.String(), "legal."+k.String())
	}
	for s := SecurityUnknown + 1; s.IsValid(); s++ {
		keys = append(keys, "security."+s.String(), "payment.consequence."+s.String())
	}
	for k := storagecost.KindUnknown + 1; k.IsValid(); k++ {
		keys = append(keys, "kind."+k.String())
	}
	for b := storagecost.BasisUnknown + 1; b.IsValid(); b++ {
		keys = append(keys, "basis."+b.String())
	}
	for p := storagecost.PerUnknown + 1; p.IsValid(); p++ {
		keys = append(keys, "per."+p.String())
	}
	for _, t := range rights.Types() {
		keys = append(keys, "type."+t.String())
	}
	for d := enforcement.DirectionUnknown + 1; d.IsValid(); d++ {
		keys = append(keys, "direction."+d.String())
	}
	for t := enforcement.TrackUnknown + 1; t.IsValid(); t++ {
		keys = append(keys, "track."+t.String())
	}
	for r := enforcement.ResultUnknown + 1; r.IsValid(); r++ {
		keys = append(keys, "result."+r.String(), "result."+r.String()+".text")
	}
	for _, s := range enforcement.States() {
		if s.In(enforcement.Released) && !s.IsComposite() {
			keys = append(keys, "release.reason."+s.String())
		}
	}
	return keys
}

// newCatalog builds the private catalog from the translations trs. A
// message the builder refuses is a programmer error, found at
// initialization.
func newCatalog(trs [numLangs]*translation) *catalog.Builder {
	b := catalog.NewBuilder()
	for id, tr := range trs {
		tag := langTags[id]
		for key, msg := range tr.text {
			if err := b.SetString(tag, key, msg); err != nil {
				panic("notice: catalog: " + key + ": " + err.Error())
			}
		}
		for key, f := range tr.counted {
			cases := []interface{}{plural.Other, f.other}
			if f.one != "" {
				cases = []interface{}{plural.One, f.one, plural.Other, f.other}
			}
			if err := b.Set(tag, key, plural.Selectf(1, "%d", cases...)); err != nil {
				panic("notice: catalog: " + key + ": " + err.Error())
			}
		}
	}
	return b
}

// lexicon is one language's messages as resolved from the catalog at
// initialization: the plain messages by key, ready for fill, and the
// counted ones by plural form. It is read-only, and safe for concurrent
// use.
type lexicon struct {
	id   langID
	text map[string]string
	// labels holds the plain messages followed by the language's colon,
	// as they label a field.
	labels map[string]string
	// charges and bases are the labels of the storagecost.Kind and Basis
	// values, by value: a payment notice shows them on every line.
	charges []string
	bases   []string
	// counted holds each counted message's format string by the CLDR
	// plural form (plural.Other, plural.One ...) of the count; "" where
	// the language has no such form.
	counted map[string]*pluralForms
	// printer formats with the catalog, for the benchmarks' baseline and
	// the tests that hold the lexicon to it.
	printer *message.Printer
}

type pluralForms [plural.Many + 1]string

// lexicons are the supported languages' lexicons, by langID.
var lexicons = newLexicons(newCatalog(translations))

func newLexicons(cat *catalog.Builder) [numLangs]*lexicon {
	var lx [numLangs]*lexicon
	keys := messageKeys()
	for id := langID(0); id < numLangs; id++ {
		tag := langTags[id]
		l := &lexicon{id: id, text: map[string]string{}, counted: map[string]*pluralForms{},
			printer: message.NewPrinter(tag, message.Catalog(cat))}
		for _, key := range keys {
			var r capture
			if cat.Context(tag, &r).Execute(key) != nil {
				continue // Missing in this language: an error when used.
			}
			if !r.selected {
				l.text[key] = r.b.String()
				continue
			}
			// A counted message: resolve the format string of each
			// plural form the language has, by a count of that form.
			forms := new(pluralForms)
			for form := range forms {
				for n := 0; n < 1000; n++ {
					if plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0) == plural.Form(form) {
						r := capture{arg: n}
						if cat.Context(tag, &r).Execute(key) == nil {
							forms[form] = r.b.String()
						}
						break
					}
				}
			}
			l.counted[key] = forms
		}
		l.labels = make(map[string]string, len(l.text))
		if colon, ok := l.text["punct.colon"]; ok { // Else no label: an error when used.
			for key, v := range l.text {
				l.labels[key] = v + colon
			}
		}
		for v := 0; v < 256; v++ {
			if k := storagecost.Kind(v); k.IsValid() {
				l.charges = grow(l.charges, v)
				l.charges[v] = l.text["kind."+k.String()]
			}
			if b := storagecost.Basis(v); b.IsValid() {
				l.bases = grow(l.bases, v)
				l.bases[v] = l.text["basis."+b.String()]
			}
		}
		lx[id] = l
	}
	return lx
}

// capture is a catmsg.Renderer that keeps the format string a catalog
// message resolves to, without formatting it, and notes whether the message
// selects on an argument (a counted message), which it gives as arg.
type capture struct {
	b        strings.Builder
	arg      int
	selected bool
}

func (c *capture) Render(s string) { c.b.WriteString(s) }

func (c *capture) Arg(int) interface{} {
	c.selected = true
	return c.arg
}

// grow returns s extended to hold index i.
func grow(s []string, i int) []string {
	for len(s) <= i {
		s = append(s, "")
	}
	return s
}
