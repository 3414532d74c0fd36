package notice

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// keysOf returns the keys of t, plain and counted.
func keysOf(t *translation) map[string]bool {
	keys := map[string]bool{}
	for k := range t.text {
		keys[k] = true
	}
	for k := range t.counted {
		keys[k] = true
	}
	return keys
}

// TestCatalogComplete: every language has every message of messageKeys,
// and no other; a key is plain in every language or counted in every
// language; and the lexicons resolved from the catalog hold them all.
func TestCatalogComplete(t *testing.T) {
	keys := messageKeys()
	if d := duplicates(keys); len(d) > 0 {
		t.Errorf("messageKeys lists %v twice", d)
	}
	for id, tr := range translations {
		lang := langTags[id]
		have := keysOf(tr)
		for _, k := range keys {
			if !have[k] {
				t.Errorf("%s has no message %q", lang, k)
			}
			if _, counted := en.counted[k]; counted != (tr.counted[k] != forms{}) {
				t.Errorf("%s: message %q is counted in one language and plain in another", lang, k)
			}
			l := lexicons[id]
			if _, ok := l.text[k]; !ok && l.counted[k] == nil {
				t.Errorf("%s: message %q is missing from the lexicon resolved from the catalog", lang, k)
			}
		}
		for k := range have {
			if !slices.Contains(keys, k) {
				t.Errorf("%s has message %q, which messageKeys does not list", lang, k)
			}
		}
	}
}

func duplicates(keys []string) []string {
	seen := map[string]bool{}
	var d []string
	for _, k := range keys {
		if seen[k] {
			d = append(d, k)
		}
		seen[k] = true
	}
	return d
}

var (
	placeholder = regexp.MustCompile(`%\[[1-9]\]s`)
	countVerb   = regexp.MustCompile(`%\[1\]d`)
)

// verbs returns the sorted placeholders of msg, and whether msg has a %
// that is not part of one allowed by re.
func verbs(msg string, re *regexp.Regexp) ([]string, bool) {
	found := re.FindAllString(msg, -1)
	stray := strings.Contains(re.ReplaceAllString(msg, ""), "%")
	slices.Sort(found)
	return slices.Compact(found), stray
}

// TestCatalogPlaceholders: each message has the same placeholders in
// every language; plain messages use only %[n]s, which fill fills, and
// counted ones only %[1]d, the count.
func TestCatalogPlaceholders(t *testing.T) {
	for _, k := range messageKeys() {
		var want []string
		for id, tr := range translations {
			var got []string
			if f, ok := tr.counted[k]; ok {
				for _, form := range []string{f.one, f.other} {
					v, stray := verbs(form, countVerb)
					if stray || form != "" && len(v) != 1 {
						t.Errorf("%s: counted message %q form %q must have %%[1]d and no other verb", langTags[id], k, form)
					}
				}
				got = []string{"%[1]d"}
			} else {
				v, stray := verbs(tr.text[k], placeholder)
				if stray {
					t.Errorf("%s: message %q = %q has a %% that is not a placeholder %%[n]s", langTags[id], k, tr.text[k])
				}
				got = v
			}
			if id == 0 {
				want = got
			} else if !slices.Equal(got, want) {
				t.Errorf("message %q: %s has placeholders %v; %s has %v", k, langTags[id], got, langTags[0], want)
			}
		}
	}
}

// TestCatalogTexts: no message is empty or has leading or trailing space,
// and the lexicons hold the translations as written, unformatted.
func TestCatalogTexts(t *testing.T) {
	for id, tr := range translations {
		for k, v := range tr.text {
			if v == "" || strings.TrimSpace(v) != v && k != "punct.list" && k != "punct.comma" {
				t.Errorf("%s: message %q = %q is empty or has surrounding space", langTags[id], k, v)
			}
			if got := lexicons[id].text[k]; got != v {
				t.Errorf("%s: lexicon has %q = %q; the translation says %q", langTags[id], k, got, v)
			}
		}
	}
}

// TestEnumLabels: every value of every enum a notice shows has a label in
// every language. The values are enumerated here independently of
// messageKeys, from the enums' own IsValid.
func TestEnumLabels(t *testing.T) {
	var keys []string
	for v := 0; v < 256; v++ {
		if k := Kind(v); k.IsValid() {
			keys = append(keys, "title."+k.String(), "legal."+k.String())
		}
		if s := Security(v); s.IsValid() {
			keys = append(keys, "security."+s.String(), "payment.consequence."+s.String())
		}
		if k := storagecost.Kind(v); k.IsValid() {
			keys = append(keys, "kind."+k.String())
		}
		if b := storagecost.Basis(v); b.IsValid() {
			keys = append(keys, "basis."+b.String())
		}
		if p := storagecost.Per(v); p.IsValid() {
			keys = append(keys, "per."+p.String())
		}
		if r := rights.Type(v); r.IsValid() {
			keys = append(keys, "type."+r.String())
		}
		if d := enforcement.Direction(v); d.IsValid() {
			keys = append(keys, "direction."+d.String())
		}
		if tr := enforcement.Track(v); tr.IsValid() {
			keys = append(keys, "track."+tr.String(), "receipt.intro."+tr.String())
		}
		if r := enforcement.Result(v); r.IsValid() {
			keys = append(keys, "result."+r.String(), "result."+r.String()+".text")
		}
		if s := enforcement.State(v); s.In(enforcement.Released) && !s.IsComposite() {
			keys = append(keys, "release.reason."+s.String())
		}
	}
	if len(keys) < 60 {
		t.Fatalf("only %d enum labels enumerated; the enums have more values", len(keys))
	}
	for id, l := range lexicons {
		for _, k := range keys {
			c := &composer{l: l}
			if c.s(k); c.err != nil {
				t.Errorf("%s: %v", langTags[id], c.err)
			}
		}
	}
}

// TestMissingMessageIsAnError: a language without a message a notice
// needs cannot render it; the error names the message, and the output
// never shows the key instead.
func TestMissingMessageIsAnError(t *testing.T) {
	for _, key := range []string{"closing", "kind.storage", "basis.m3", "count.days", "payment.consequence.cash-bond", "punct.colon"} {
		lacking := translation{text: map[string]string{}, counted: map[string]forms{}}
		for k, v := range en.text {
			if k != key {
				lacking.text[k] = v
			}
		}
		for k, v := range en.counted {
			if k != key {
				lacking.counted[k] = v
			}
		}
		lx := newLexicons(newCatalog([numLangs]*translation{langZh: &zh, langEn: &lacking}))
		d, err := compose(paymentFixture(3), lx[langEn], false)
		if d != nil || !errors.Is(err, ErrUnsupportedLanguage) || !strings.Contains(err.Error(), key) {
			t.Errorf("compose without %q = %v, %v; want an error naming it, matching ErrUnsupportedLanguage", key, d, err)
		}
		if _, err := compose(paymentFixture(3), lx[langZh], false); err != nil {
			t.Errorf("the other language fails too: %v", err)
		}
	}
}

// TestCountedMessages: English has a singular and a plural, Chinese one
// form.
func TestCountedMessages(t *testing.T) {
	for _, tc := range []struct {
		lang langID
		n    int
		want string
	}{
		{langEn, 1, "1 day"}, {langEn, 0, "0 days"}, {langEn, 3, "3 days"}, {langEn, 1234, "1,234 days"},
		{langZh, 1, "1天"}, {langZh, 30, "30天"},
	} {
		c := &composer{l: lexicons[tc.lang]}
		if got := c.count("count.days", tc.n); got != tc.want || c.err != nil {
			t.Errorf("count.days(%s, %d) = %q, %v; want %q", langTags[tc.lang], tc.n, got, c.err, tc.want)
		}
	}
}

// TestCountedMatchesPrinter: the counted messages, resolved once by
// plural form, read as the printer formats them from the catalog.
func TestCountedMatchesPrinter(t *testing.T) {
	for id, l := range lexicons {
		for key := range l.counted {
			for _, n := range []int{0, 1, 2, 3, 5, 11, 21, 100, 101, 999, 1000, 1001, 12345, 1000000} {
				c := &composer{l: l}
				if got, want := c.count(key, n), l.printer.Sprintf(key, n); got != want {
					t.Errorf("%s: count(%q, %d) = %q; the printer says %q", langTags[id], key, n, got, want)
				}
			}
		}
	}
}

// TestCatalogIsPrivate: the package's messages are not in the global
// catalog, which other code may fill with its own.
func TestCatalogIsPrivate(t *testing.T) {
	p := message.NewPrinter(language.English)
	if got := p.Sprintf("closing"); got != "closing" {
		t.Errorf("the default catalog translates %q as %q: the package's messages leaked into it", "closing", got)
	}
	if n := len(message.DefaultCatalog.Languages()); n != 0 {
		t.Errorf("the default catalog has %d languages; want none", n)
	}
}

func TestFill(t *testing.T) {
	for _, tc := range []struct {
		tmpl string
		args []string
		want string
	}{
		{"plain", nil, "plain"},
		{"%[1]s至%[2]s，共%[3]s", []string{"a", "b", "c"}, "a至b，共c"},
		{"%[2]s by %[1]s.", []string{"1 May", "CNY 1.00"}, "CNY 1.00 by 1 May."},
		{"twice %[1]s %[1]s", []string{"x"}, "twice x x"},
		{"value %[1]s", []string{"%[2]s"}, "value %[2]s"}, // Arguments are not expanded again.
		{"missing %[3]s", []string{"x"}, "missing %[3]s"},
		{"broken %[1", []string{"x"}, "broken %[1"},
	} {
		if got := fill(tc.tmpl, tc.args); got != tc.want {
			t.Errorf("fill(%q, %q) = %q; want %q", tc.tmpl, tc.args, got, tc.want)
		}
	}
}
