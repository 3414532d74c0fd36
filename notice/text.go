package notice

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/feature/plural"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/storagecost"
)

// A notice is rendered in two steps. compose writes what the notice says,
// in one language, as a document: a title, the head every notice has,
// introductory paragraphs, numbered sections of labelled fields,
// paragraphs and (in a payment notice) the table of lines, and the foot.
// writeText and writeHTML then lay the documents out. So the two formats
// cannot say different things, and the layouts hold no legal text.

// document is one notice in one language, ready to lay out. Every string
// in it is final text: messages from the catalog with their values
// filled in, and case data passed through clean.
type document struct {
	Lang     string // BCP 47: "zh-Hans", "en".
	Title    string
	Head     []field
	Intro    []string
	Sections []section
	Closing  string
	Foot     []field
	Sign     []string // The issuing office, the date of issue, the seal.
	Note     string   // Which text is authoritative, or "".
}

// section is a numbered section of a document: its parts in order.
type section struct {
	Heading string
	Parts   []part
}

// part is one of fields, a table or a paragraph.
type part struct {
	Fields []field
	Table  *table
	Para   string
}

// field is a labelled value. The label ends in the language's colon. A
// wide field holds long text (an address, a description) and takes a whole
// line in HTML.
type field struct {
	Label, Value string
	Wide         bool
}

// table is the payment notice's table of lines. Right marks the columns
// aligned right: the numbers.
type table struct {
	Head  []string
	Rows  [][]string
	Right []bool
}

// composer writes one document in one language. The first failure (a
// message the language lacks, an invalid date, an amount Capitals
// refuses) is kept in err, and the document is then discarded.
type composer struct {
	l    *lexicon
	kind Kind
	err  error
	// printf makes every message go through the printer's Sprintf, as a
	// straightforward use of x/text would: the benchmarks' baseline.
	printf bool
	// counted is the last message count returned, for key and n.
	counted struct {
		key string
		n   int
		s   string
	}
	// figures are the numbers of a payment notice's lines, the same in
	// every language, formatted by the first document and shared with the
	// second; nil for none yet.
	figures *[][3]string
}

func (c *composer) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

// s returns the message key.
func (c *composer) s(key string) string {
	v, ok := c.l.text[key]
	if !ok {
		c.fail(&messageError{lang: c.l.id, key: key})
	}
	if c.printf && ok {
		return c.l.printer.Sprintf(key)
	}
	return v
}

// f returns the message key with its placeholders filled by args.
func (c *composer) f(key string, args ...string) string {
	if c.printf {
		if _, ok := c.l.text[key]; ok {
			a := make([]interface{}, len(args))
			for i, arg := range args {
				a[i] = arg
			}
			return c.l.printer.Sprintf(key, a...)
		}
	}
	return fill(c.s(key), args)
}

// count returns the counted message key for n: the format string of n's
// plural form in the language, its %[1]d replaced by n, grouped as the
// printer groups it.
func (c *composer) count(key string, n int) string {
	forms := c.l.counted[key]
	if forms == nil {
		c.fail(&messageError{lang: c.l.id, key: key})
		return ""
	}
	if c.printf {
		return c.l.printer.Sprintf(key, n)
	}
	if c.counted.s != "" && c.counted.key == key && c.counted.n == n {
		return c.counted.s // As the lines of a bill, which mostly count the same days.
	}
	tmpl := forms[plural.Cardinal.MatchPlural(langTags[c.l.id], n, 0, 0, 0, 0)]
	if tmpl == "" {
		tmpl = forms[plural.Other]
	}
	s := strings.Replace(tmpl, "%[1]d", group(strconv.Itoa(n)), 1)
	c.counted.key, c.counted.n, c.counted.s = key, n, s
	return s
}

// date returns d in the document's language; d must be valid. name is
// the field's JSON name, for the error.
func (c *composer) date(d calendar.Date, name string) string {
	if !d.IsValid() {
		reason := "not a valid date"
		if d.IsZero() {
			reason = "required"
		}
		c.invalid(name, dateValue(d), reason)
		return ""
	}
	return formatDate(d, c.l.id)
}

// invalid fails with a FieldError: the notice is invalid, which the
// validation before rendering should have found.
func (c *composer) invalid(field, value, reason string) {
	c.fail(FieldErrors{&FieldError{Field: field, Value: value, Reason: reason, kind: c.kind}})
}

// notValid is the reason of a FieldError for an enum value a notice
// cannot show.
const notValid = "not a valid value here"

// enum returns the label of an enum value, under the message key prefix
// + code; ok says whether the value is one the field may have.
func (c *composer) enum(field, prefix, code string, ok bool) string {
	if !ok {
		c.invalid(field, code, notValid)
		return ""
	}
	return c.s(prefix + code)
}

// charge returns the label of a line's kind, and basis that of its basis,
// from the lexicon's tables, which spare a lookup by key per line.
func (c *composer) charge(k storagecost.Kind) string {
	if int(k) < len(c.l.charges) && c.l.charges[k] != "" && !c.printf {
		return c.l.charges[k]
	}
	return c.s("kind." + k.String())
}

func (c *composer) basis(b storagecost.Basis) string {
	if int(b) < len(c.l.bases) && c.l.bases[b] != "" && !c.printf {
		return c.l.bases[b]
	}
	return c.s("basis." + b.String())
}

func lineField(i int, name string) string { return "lines[" + strconv.Itoa(i) + "]." + name }

func dateValue(d calendar.Date) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day)
}

func (c *composer) amount(a decimal.Decimal) string { return formatAmount(a, c.l.id) }

// fill replaces each placeholder %[n]s in tmpl by args[n-1]. The catalog
// test makes sure that no message has another verb or a stray %.
func fill(tmpl string, args []string) string {
	if len(args) == 0 {
		return tmpl
	}
	n := len(tmpl)
	for _, a := range args {
		n += len(a)
	}
	var b strings.Builder
	b.Grow(n)
	for {
		i := strings.Index(tmpl, "%[")
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.Index(tmpl[i:], "]s")
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		k, err := strconv.Atoi(tmpl[i+2 : i+j])
		b.WriteString(tmpl[:i])
		if err == nil && k >= 1 && k <= len(args) {
			b.WriteString(args[k-1])
		} else {
			b.WriteString(tmpl[i : i+j+2])
		}
		tmpl = tmpl[i+j+2:]
	}
}

// lbl returns the message key as a label, followed by the language's
// colon.
func (c *composer) lbl(key string) string {
	v, ok := c.l.labels[key]
	if !ok {
		if _, ok := c.l.text[key]; ok {
			key = "punct.colon" // The message is there, the colon is not.
		}
		c.fail(&messageError{lang: c.l.id, key: key})
	}
	if c.printf && ok {
		return c.l.printer.Sprintf(key) + c.l.printer.Sprintf("punct.colon")
	}
	return v
}

// fld is the field labelled by the message key.
func (c *composer) fld(key, value string) field { return field{Label: c.lbl(key), Value: value} }

// opt appends the field labelled key to fs if value is not empty.
func (c *composer) opt(fs []field, key, value string) []field {
	if value == "" {
		return fs
	}
	return append(fs, c.fld(key, value))
}

// compose writes n in the language of l. bilingual says whether the
// document goes with one in the other language.
func compose(n Notice, l *lexicon, bilingual bool) (*document, error) {
	return (&composer{l: l, kind: n.Kind()}).compose(n, bilingual)
}

// composeAll writes n in each language of ids.
func composeAll(n Notice, ids []langID) ([]*document, error) {
	docs := make([]*document, len(ids))
	var figures [][3]string
	for i, id := range ids {
		c := &composer{l: lexicons[id], kind: n.Kind(), figures: &figures}
		d, err := c.compose(n, len(ids) == 2)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	return docs, nil
}

func (c *composer) compose(n Notice, bilingual bool) (*document, error) {
	kind, l := c.kind, c.l
	d := &document{Lang: langCodes[l.id]}
	d.Title = c.s(kindKeys[kind].title)
	legal := kindKeys[kind].legal
	var to, cc []Party
	switch n := n.(type) {
	case Payment:
		to = []Party{n.Payer}
		c.payment(d, n)
	case Suspension:
		to = []Party{n.Holder}
		c.suspension(d, n)
	case DetentionReceipt:
		to = []Party{n.Consignee}
		if c.detentionReceipt(d, n) {
			legal += ".patent"
		}
	case InvestigationResult:
		to = []Party{n.Holder, n.Consignee}
		c.investigationResult(d, n)
	case Release:
		to = []Party{n.Holder, n.Consignee}
		c.release(d, n)
	case Confiscation:
		to, cc = []Party{n.Consignee}, []Party{n.Holder}
		c.confiscation(d, n)
	case CounterGuarantee:
		to, cc = []Party{n.Holder}, []Party{n.Consignee}
		c.counterGuarantee(d, n)
	}
	h := n.Head()
	issued := c.date(h.Issued, "issued")
	d.Head = []field{
		c.fld("head.number", clean(h.Number)),
		c.fld("head.office", clean(h.Office)),
		c.fld("head.issued", issued),
		c.fld("head.case", clean(h.Case)),
		c.fld("head.to", c.names(to)),
	}
	d.Head = c.opt(d.Head, "head.copy", c.names(cc))
	d.Closing = c.s("closing")
	d.Foot = []field{c.fld("foot.contact", clean(h.Contact.Name)), c.fld("foot.phone", clean(h.Contact.Phone))}
	d.Foot = c.opt(d.Foot, "foot.email", clean(h.Contact.Email))
	d.Foot = append(d.Foot, field{Label: c.lbl("foot.basis"), Value: c.s(legal), Wide: true})
	d.Sign = []string{clean(h.Office), issued, c.s("seal")}
	if bilingual || l.id != langZh {
		d.Note = c.s("note.translation")
	}
	for i := range d.Sections {
		d.Sections[i].Heading = numbered(i+1, l.id, d.Sections[i].Heading)
	}
	if c.err != nil {
		return nil, c.err
	}
	return d, nil
}

// numbered returns the i-th section's heading h with its number before
// it: "一、h", "1. h".
func numbered(i int, lang langID, h string) string {
	if lang == langZh {
		switch {
		case i < 10:
			return zhDigits[i] + "、" + h
		case i < 20:
			return "十" + zhDigits[i-10] + "、" + h
		}
	}
	return strconv.Itoa(i) + ". " + h
}

var zhDigits = [10]string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// kindKeys are the message keys of each kind's title and legal basis.
var kindKeys = func() (keys [KindCounterGuarantee + 1]struct{ title, legal string }) {
	for _, k := range Kinds() {
		keys[k].title, keys[k].legal = "title."+k.String(), "legal."+k.String()
	}
	return keys
}()

// names lists the names of the parties that have one.
func (c *composer) names(ps []Party) string {
	var s []string
	for _, p := range ps {
		if p.Name != "" {
			s = append(s, clean(p.Name))
		}
	}
	if len(s) == 0 {
		return ""
	}
	return strings.Join(s, c.s("punct.list"))
}

// add appends a section with the given parts, unless it has none.
func (c *composer) add(d *document, key string, parts ...part) {
	kept := parts[:0] // The parts are the section's own.
	for _, p := range parts {
		if len(p.Fields) > 0 || p.Table != nil || p.Para != "" {
			kept = append(kept, p)
		}
	}
	if len(kept) > 0 {
		d.Sections = append(d.Sections, section{Heading: c.s(key), Parts: kept})
	}
}

func paras(ps ...string) []part {
	parts := make([]part, len(ps))
	for i, p := range ps {
		parts[i] = part{Para: p}
	}
	return parts
}

// party adds the section about p, if p has a name.
func (c *composer) party(d *document, key string, p Party) {
	if p.Name == "" {
		return
	}
	fs := []field{c.fld("party.name", clean(p.Name))}
	fs = c.opt(fs, "party.identifier", clean(p.Identifier))
	fs = c.opt(fs, "party.address", clean(p.Address))
	if len(fs) > 0 && p.Address != "" {
		fs[len(fs)-1].Wide = true
	}
	c.add(d, key, part{Fields: fs})
}

// rights adds the section listing the rights: each right's type, number
// and recordation.
func (c *composer) rights(d *document, rs []Right) {
	fs := make([]field, 0, len(rs))
	for i, r := range rs {
		var details []string
		if r.Number != "" {
			details = append(details, c.f("right.number", clean(r.Number)))
		}
		if r.Recordation != "" {
			details = append(details, c.f("right.recordation", clean(r.Recordation)))
		} else {
			details = append(details, c.s("right.unrecorded"))
		}
		var label string
		if c.enum("rights["+strconv.Itoa(i)+"].type", "type.", r.Type.String(), r.Type.IsValid()) != "" {
			label = c.lbl("type." + r.Type.String())
		}
		fs = append(fs, field{Label: label, Value: strings.Join(details, c.s("punct.comma")), Wide: true})
	}
	c.add(d, "section.rights", part{Fields: fs})
}

// goods returns the fields describing g.
func (c *composer) goods(g Goods) []field {
	qty := formatQuantity(g.Quantity)
	if g.Unit != "" {
		qty += " " + clean(g.Unit)
	}
	fs := []field{{Label: c.lbl("goods.description"), Value: clean(g.Description), Wide: true}, c.fld("goods.quantity", qty)}
	if !g.Value.IsZero() {
		fs = append(fs, c.fld("goods.value", c.amount(g.Value)))
	}
	return fs
}

// direction returns the label of d, or "" for the zero Direction, which
// a notice leaves out.
func (c *composer) direction(d enforcement.Direction) string {
	if d == enforcement.DirectionUnknown {
		return ""
	}
	return c.enum("direction", "direction.", d.String(), d.IsValid())
}

func (c *composer) payment(d *document, n Payment) {
	d.Intro = []string{c.s("payment.intro")}
	c.party(d, "section.payer", n.Payer)
	c.rights(d, n.Rights)

	fs := c.opt(nil, "goods.detention", clean(n.Detention))
	fs = append(fs, c.fld("goods.detained", c.date(n.Detained, "detained")))
	fs = append(fs, c.goods(n.Goods)...)
	fs = append(fs, c.fld("goods.warehouse", clean(n.Warehouse.Name)))
	fs = c.opt(fs, "goods.warehouse-address", clean(n.Warehouse.Address))
	if n.Warehouse.Address != "" {
		fs[len(fs)-1].Wide = true
	}
	from, to := c.date(n.From, "from"), c.date(n.To, "to")
	days := c.count("count.days", int(n.To.DaysSince(n.From))+1)
	fs = append(fs, c.fld("payment.period", c.f("payment.period.value", from, to, days)))
	c.add(d, "section.goods", part{Fields: fs})

	t := &table{
		Head: []string{c.s("table.no"), c.s("table.item"), c.s("table.unit"), c.s("table.quantity"),
			c.s("table.rate"), c.s("table.days"), c.s("table.amount")},
		Right: []bool{true, false, false, true, true, true, true},
		Rows:  make([][]string, len(n.Lines)),
	}
	var figs [][3]string
	if c.figures != nil {
		figs = *c.figures
	}
	if len(figs) != len(n.Lines) {
		figs = make([][3]string, len(n.Lines))
		for i, ln := range n.Lines {
			figs[i] = [3]string{formatQuantity(ln.Quantity), formatRate(ln.Rate), figures(ln.Amount)}
		}
		if c.figures != nil {
			*c.figures = figs
		}
	}
	cells := make([]string, len(n.Lines)*len(t.Head)) // One backing array for every row.
	for i, ln := range n.Lines {
		t.Rows[i] = cells[i*len(t.Head) : (i+1)*len(t.Head) : (i+1)*len(t.Head)]
		c.line(t.Rows[i], i, ln, figs[i])
	}
	capitals, err := Capitals(n.Total)
	if err != nil {
		c.fail(err)
	}
	totals := []field{
		c.fld("payment.total", c.amount(n.Total)),
		{Label: c.lbl("payment.capitals"), Value: capitals, Wide: true},
		c.fld("payment.paid", c.amount(n.PaidToWarehouse)),
		c.fld("payment.due", c.amount(n.Due)),
	}
	c.add(d, "section.charges", part{Table: t}, part{Fields: totals})

	due := c.date(n.DueDate, "due_date")
	pay := []field{
		c.fld("payment.due-date", due),
		c.fld("payment.payee", clean(n.Payee.Name)),
		c.fld("payment.bank", clean(n.Payee.Bank)),
		c.fld("payment.account", clean(n.Payee.Account)),
		c.fld("payment.security", c.enum("security", "security.", n.Security.String(), n.Security.IsValid())),
	}
	if !n.Bond.IsZero() {
		pay = append(pay, c.fld("payment.bond", c.amount(n.Bond)))
	}
	// Nothing due is nothing to pay and nothing to recover from the
	// security; a cash bond smaller than the amount due covers only part
	// of it, and the holder still owes the rest (Regs art 25; R-FEE-1).
	payBy, consequence := c.s("payment.nothing-due"), ""
	switch {
	case n.Due.IsZero():
	case n.Security == CashBond && n.Due.GreaterThan(n.Bond):
		payBy = c.f("payment.pay-by", due, c.amount(n.Due))
		consequence = c.f("payment.consequence.cash-bond.partial", c.amount(n.Bond), c.amount(n.Due.Sub(n.Bond)))
	default:
		payBy = c.f("payment.pay-by", due, c.amount(n.Due))
		if n.Security.IsValid() {
			consequence = c.f("payment.consequence."+n.Security.String(), c.amount(n.Bond))
		}
	}
	c.add(d, "section.payment", part{Para: payBy}, part{Fields: pay},
		part{Para: consequence}, part{Para: c.s("payment.recoverable")})
}

// line writes the 7 cells of the i-th line of a payment notice, whose
// quantity, rate and amount are formatted in figs, to row. Where the amount is
// not quantity × rate (× days), the item says how it is computed, and the
// cells that do not enter into it are empty (Line.Method), so that the
// holder can check every amount (issue 7; R-FEE-1, R-FEE-8).
func (c *composer) line(row []string, i int, ln Line, figs [3]string) {
	if !ln.Kind.IsValid() {
		c.invalid(lineField(i, "kind"), ln.Kind.String(), notValid)
	}
	item := c.charge(ln.Kind)
	if ln.Description != "" {
		item = c.f("line.item", item, clean(ln.Description))
	}
	unit := clean(ln.Unit)
	if ln.Basis != storagecost.BasisUnknown {
		if !ln.Basis.IsValid() {
			c.invalid(lineField(i, "basis"), ln.Basis.String(), notValid)
		}
		unit = c.basis(ln.Basis)
	}
	var days string
	switch ln.Per {
	case storagecost.PerDay:
		if unit != "" {
			unit = c.f("per.day", unit)
		}
		days = c.count("count.days", ln.Days)
	case storagecost.Once:
		days = c.s("per.once")
	case storagecost.PerUnknown:
		if ln.Days != 0 {
			days = c.count("count.days", ln.Days)
		}
	default:
		c.invalid(lineField(i, "per"), ln.Per.String(), notValid)
	}
	qty, rate := figs[0], figs[1]
	var note string
	switch ln.Method {
	case storagecost.MethodUnknown, storagecost.ByRate:
		if ln.UpTo.Sign() > 0 {
			note = c.f("line.bracket", formatQuantity(ln.UpTo))
		}
	case storagecost.Flat:
		rate = ""
		if ln.UpTo.Sign() > 0 {
			note = c.f("line.flat", formatQuantity(ln.UpTo))
		} else {
			note = c.s("line.flat.top")
		}
	case storagecost.PassedThrough:
		unit, qty, rate = "", "", ""
		note = c.s("line.at-cost")
	case storagecost.ToMinimum:
		unit, qty, rate, days = "", "", "", ""
		note = c.f("line.top-up", c.amount(ln.Minimum.Sub(ln.Amount)), c.amount(ln.Minimum))
	case storagecost.FreeDays:
		rate = ""
		note = c.s("line.free")
	default:
		c.invalid(lineField(i, "method"), ln.Method.String(), notValid)
	}
	if ln.Minimum.Sign() > 0 && ln.Method != storagecost.ToMinimum && ln.Method != storagecost.FreeDays {
		raised := c.f("line.minimum", c.amount(ln.Minimum))
		if note != "" {
			raised = note + c.s("punct.list") + raised
		}
		note = raised
	}
	if note != "" {
		item = c.f("line.note", item, note)
	}
	row[0], row[1], row[2], row[3], row[4], row[5], row[6] = strconv.Itoa(i+1), item, unit, qty, rate, days, figs[2]
}

func (c *composer) suspension(d *document, n Suspension) {
	d.Intro = []string{c.s("suspension.intro")}
	fs := c.goods(n.Goods)
	fs = c.opt(fs, "goods.direction", c.direction(n.Direction))
	fs = c.opt(fs, "goods.port", clean(n.Port))
	c.add(d, "section.goods", part{Fields: fs})
	c.party(d, "section.consignee", n.Consignee)
	c.party(d, "section.holder", n.Holder)
	c.rights(d, n.Rights)

	replyBy := c.date(n.ReplyBy, "reply_by")
	reply := []field{c.fld("suspension.served", c.date(n.Served, "served")), c.fld("suspension.reply-by", replyBy)}
	var apply string
	if n.Bond.IsZero() {
		reply = append(reply, c.fld("suspension.bond", c.s("suspension.bond.general")))
		apply = c.f("suspension.apply.general", replyBy)
	} else {
		reply = append(reply, c.fld("suspension.bond", c.amount(n.Bond)))
		apply = c.f("suspension.apply", replyBy, c.amount(n.Bond))
	}
	parts := []part{{Fields: reply}, {Para: apply}}
	if n.OfficeCloses > 0 && n.OfficeCloses < 24*time.Hour {
		parts = append(parts, part{Para: c.f("suspension.cutoff", formatClock(n.OfficeCloses))})
	}
	parts = append(parts, paras(c.s("suspension.decline"), c.s("suspension.consequence"))...)
	c.add(d, "section.reply", parts...)
}

// detentionReceipt composes d and reports whether every right is a
// patent: only then may the consignee have the goods released against
// guarantee money (Regs arts 19, 24(3); R-REL-1), which the receipt offers.
func (c *composer) detentionReceipt(d *document, n DetentionReceipt) bool {
	detained := c.date(n.Detained, "detained")
	track := c.enum("track", "track.", n.Track.String(), n.Track.IsValid())
	if n.Track.IsValid() {
		d.Intro = []string{c.f("receipt.intro."+n.Track.String(), detained, clean(n.Port))}
	}
	fs := c.goods(n.Goods)
	fs = c.opt(fs, "goods.direction", c.direction(n.Direction))
	fs = c.opt(fs, "goods.port", clean(n.Port))
	fs = append(fs, c.fld("goods.detained", detained), c.fld("goods.track", track))
	c.add(d, "section.goods", part{Fields: fs})
	c.party(d, "section.consignee", n.Consignee)
	c.party(d, "section.holder", n.Holder)
	c.rights(d, n.Rights)
	remedies := []string{c.s("receipt.inspect"), c.s("receipt.evidence")}
	patent := len(n.Rights) > 0
	for _, r := range n.Rights {
		patent = patent && r.Type.IsPatent()
	}
	if patent {
		remedies = append(remedies, c.s("receipt.patent"))
	}
	c.add(d, "section.remedies", paras(remedies...)...)
	return patent
}

func (c *composer) investigationResult(d *document, n InvestigationResult) {
	determined := c.date(n.Determined, "determined")
	d.Intro = []string{c.f("investigation.intro", c.date(n.Detained, "detained"), determined)}
	code := n.Result.String()
	fs := []field{c.fld("investigation.result", c.enum("result", "result.", code, n.Result.IsValid())), c.fld("investigation.determined", determined)}
	var courtBy string
	if n.Result == enforcement.Undetermined || !n.CourtBy.IsZero() {
		courtBy = c.date(n.CourtBy, "court_by")
		fs = append(fs, c.fld("investigation.court-by", courtBy))
	}
	var text string
	if n.Result.IsValid() {
		text = c.f("result."+code+".text", courtBy)
	}
	c.add(d, "section.result", part{Fields: fs}, part{Para: text})
	c.add(d, "section.goods", part{Fields: c.goods(n.Goods)})
	c.party(d, "section.holder", n.Holder)
	c.party(d, "section.consignee", n.Consignee)
	c.rights(d, n.Rights)
}

func (c *composer) release(d *document, n Release) {
	released := c.date(n.Released, "released")
	d.Intro = []string{c.f("release.intro", released)}
	reason := c.enum("reason", "release.reason.", n.Reason.String(), n.Reason.In(enforcement.Released) && !n.Reason.IsComposite())
	fs := []field{{Label: c.lbl("release.reason"), Value: reason, Wide: true}}
	if !n.Detained.IsZero() {
		fs = append(fs, c.fld("goods.detained", c.date(n.Detained, "detained")))
	}
	fs = append(fs, c.fld("release.released", released))
	parts := []part{{Fields: fs}}
	if !n.PreservationBy.IsZero() {
		by := c.date(n.PreservationBy, "preservation_by")
		parts[0].Fields = append(parts[0].Fields, c.fld("release.preservation-by", by))
		parts = append(parts, part{Para: c.f("release.preservation", by)})
	}
	c.add(d, "section.release", parts...)
	c.add(d, "section.goods", part{Fields: c.goods(n.Goods)})
	c.party(d, "section.holder", n.Holder)
	c.party(d, "section.consignee", n.Consignee)
	c.rights(d, n.Rights)
}

func (c *composer) confiscation(d *document, n Confiscation) {
	d.Intro = []string{c.s("confiscation.intro")}
	fs := c.opt(nil, "confiscation.decision", clean(n.Decision))
	fs = append(fs, c.fld("confiscation.served", c.date(n.Served, "served")), c.fld("goods.detained", c.date(n.Detained, "detained")))
	feeCap := c.date(n.FeeCap, "fee_cap")
	var fine string
	if !n.Fine.IsZero() {
		fs = append(fs, c.fld("confiscation.fine", c.amount(n.Fine)))
		fine = c.f("confiscation.fine.text", c.amount(n.Fine))
	}
	fs = append(fs, c.fld("confiscation.fee-cap", feeCap))
	c.add(d, "section.decision", append([]part{{Fields: fs}},
		paras(fine, c.f("confiscation.fee-cap.text", feeCap), c.s("confiscation.disposal"))...)...)
	c.add(d, "section.goods", part{Fields: c.goods(n.Goods)})
	c.party(d, "section.consignee", n.Consignee)
	c.party(d, "section.holder", n.Holder)
	c.rights(d, n.Rights)
}

func (c *composer) counterGuarantee(d *document, n CounterGuarantee) {
	released := c.date(n.Released, "released")
	d.Intro = []string{c.f("counter.intro", c.amount(n.Amount), released)}
	suitBy := c.date(n.SuitBy, "suit_by")
	fs := []field{
		c.fld("counter.amount", c.amount(n.Amount)),
		c.fld("counter.released", released),
		c.fld("counter.served", c.date(n.Served, "served")),
		c.fld("counter.suit-by", suitBy),
	}
	c.add(d, "section.release", part{Fields: fs}, part{Para: c.f("counter.suit", suitBy)})
	c.add(d, "section.goods", part{Fields: c.goods(n.Goods)})
	c.party(d, "section.consignee", n.Consignee)
	c.party(d, "section.holder", n.Holder)
	c.rights(d, n.Rights)
}

// The plain-text layout.

// lineWidth is the width of a line of text output, in columns.
const lineWidth = 78

// writeText lays out the documents one after the other, separated by a
// double rule.
func writeText(b *bytes.Buffer, docs []*document) {
	for i, d := range docs {
		if i > 0 {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat("=", lineWidth))
			b.WriteString("\n\n")
		}
		layoutText(b, d)
	}
}

func layoutText(b *bytes.Buffer, d *document) {
	rule := strings.Repeat("-", lineWidth)
	pad(b, (lineWidth-textWidth(d.Title))/2)
	b.WriteString(d.Title)
	b.WriteString("\n\n")
	writeFields(b, d.Head, 0)
	b.WriteString(rule)
	b.WriteByte('\n')
	for i, p := range d.Intro {
		if i > 0 {
			b.WriteByte('\n')
		}
		writePara(b, p, 0)
	}
	for _, s := range d.Sections {
		b.WriteString(rule)
		b.WriteByte('\n')
		b.WriteString(s.Heading)
		b.WriteByte('\n')
		for i, p := range s.Parts {
			switch {
			case p.Table != nil:
				writeTable(b, p.Table, 2)
			case len(p.Fields) > 0:
				if i > 0 && s.Parts[i-1].Para != "" {
					b.WriteByte('\n')
				}
				writeFields(b, p.Fields, 2)
			default:
				if i > 0 {
					b.WriteByte('\n')
				}
				writePara(b, p.Para, 2)
			}
		}
	}
	b.WriteString(rule)
	b.WriteByte('\n')
	writePara(b, d.Closing, 0)
	b.WriteByte('\n')
	writeFields(b, d.Foot, 0)
	b.WriteByte('\n')
	for _, s := range d.Sign {
		// A long office name wraps, each piece aligned right.
		piece, w, rest := s, textWidth(s), ""
		if w > lineWidth {
			piece, w, rest = nextLine(s, lineWidth)
		}
		for {
			pad(b, lineWidth-w)
			b.WriteString(piece)
			b.WriteByte('\n')
			if rest == "" {
				break
			}
			piece, w, rest = nextLine(rest, lineWidth)
		}
	}
	if d.Note != "" {
		b.WriteByte('\n')
		writePara(b, d.Note, 0)
	}
}

const spaces = "                                                                                "

// pad writes n spaces.
func pad(b *bytes.Buffer, n int) {
	for n > len(spaces) {
		b.WriteString(spaces)
		n -= len(spaces)
	}
	if n > 0 {
		b.WriteString(spaces[:n])
	}
}

// writeWrapped writes s wrapped to width columns, each line but the
// first indented by indent.
func writeWrapped(b *bytes.Buffer, s string, width, indent int) {
	// A string of no more bytes than columns fits: no character is wider
	// in columns than in bytes.
	if len(s) <= width {
		b.WriteString(s)
		b.WriteByte('\n')
		return
	}
	width = max(width, 2)
	for i := 0; s != ""; i++ {
		var line string
		line, _, s = nextLine(s, width)
		if i > 0 {
			pad(b, indent)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
}

// writePara writes p wrapped to the line width, indented by indent.
func writePara(b *bytes.Buffer, p string, indent int) {
	pad(b, indent)
	writeWrapped(b, p, lineWidth-indent, indent)
}

// writeFields writes "label: value" lines, the values aligned after the
// widest label, and wrapped under themselves. A space follows an ASCII
// colon; a fullwidth colon has its space built in.
func writeFields(b *bytes.Buffer, fs []field, indent int) {
	col := 0
	for _, f := range fs {
		col = max(col, textWidth(f.Label))
	}
	if strings.HasSuffix(fs[0].Label, ":") {
		col++
	}
	for _, f := range fs {
		pad(b, indent)
		b.WriteString(f.Label)
		pad(b, col-textWidth(f.Label))
		writeWrapped(b, f.Value, lineWidth-indent-col, indent+col)
	}
}

// writeTable writes t with its columns aligned, two spaces apart, and a
// rule under the heading. Every column is as wide as its widest cell but
// the second (the item), which takes the rest of the line and wraps.
func writeTable(b *bytes.Buffer, t *table, indent int) {
	const gap = 2
	// A heading may wrap at its spaces ("Amount" over "(CNY)"), so that a
	// column of short numbers stays narrow.
	widths := make([]int, len(t.Head))
	for i, h := range t.Head {
		for h != "" {
			word := h
			if j := strings.IndexByte(h, ' '); j >= 0 {
				word, h = h[:j], h[j+1:]
			} else {
				h = ""
			}
			widths[i] = max(widths[i], textWidth(word))
		}
	}
	headMin := append([]int(nil), widths...) // No column narrower than its widest heading word.
	cellWidths := make([]int, len(t.Rows)*len(widths))
	for r, row := range t.Rows {
		for i, cell := range row {
			w := textWidth(cell)
			cellWidths[r*len(widths)+i] = w
			widths[i] = max(widths[i], w)
		}
	}
	rest := lineWidth - indent - gap*(len(widths)-1)
	for i, w := range widths {
		if i != 1 {
			rest -= w
		}
	}
	widths[1] = min(widths[1], max(rest, 16))
	// A table still too wide (a long unit, a huge quantity) narrows its
	// widest other column, one column at a time, down to its heading;
	// writeRow wraps the cells that no longer fit.
	for total := indent + gap*(len(widths)-1) + sum(widths); total > lineWidth; total-- {
		j := -1
		for i, w := range widths {
			if i != 1 && w > headMin[i] && (j < 0 || w > widths[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		widths[j]--
	}
	// writeRow writes a row, its cells wrapped line by line. cw are the
	// cells' widths, or nil if not known.
	left := make([]string, len(widths)) // What is left of each cell to write.
	writeRow := func(row []string, cw []int) {
		copy(left, row)
		for l := 0; ; l++ {
			start := b.Len()
			pad(b, indent)
			more := false
			for i := range row {
				if i > 0 {
					pad(b, gap)
				}
				var s string
				var w int
				switch {
				case left[i] == "":
				case l == 0 && cw != nil && cw[i] <= widths[i]:
					s, w, left[i] = left[i], cw[i], ""
				default:
					s, w, left[i] = nextLine(left[i], max(widths[i], 2))
				}
				more = more || left[i] != ""
				if t.Right[i] {
					pad(b, widths[i]-w)
					b.WriteString(s)
				} else {
					b.WriteString(s)
					pad(b, widths[i]-w)
				}
			}
			// Drop the padding of empty cells at the end of the line.
			line := b.Bytes()[start:]
			b.Truncate(start + len(bytes.TrimRight(line, " ")))
			b.WriteByte('\n')
			if !more {
				return
			}
		}
	}
	writeRow(t.Head, nil)
	total := indent + gap*(len(widths)-1)
	for _, w := range widths {
		total += w
	}
	pad(b, indent)
	b.WriteString(strings.Repeat("-", total-indent))
	b.WriteByte('\n')
	for r, row := range t.Rows {
		writeRow(row, cellWidths[r*len(widths):(r+1)*len(widths)])
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
