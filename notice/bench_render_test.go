package notice

import (
	"bytes"
	"testing"

	"golang.org/x/text/language"
)

// The benchmarks render a bilingual (zh-Hans + en) payment notice of 12
// lines, the size that must fit one A4 page per language. impl=ours is
// Render; impl=naive is the same layout with every message resolved by
// message.Printer.Sprintf on each use, values passed to it as arguments,
// as a straightforward use of x/text does, instead of the per-language
// tables resolved once at initialization. Compare with benchstat -col
// /impl. Targets: text ≤ 50 µs, HTML ≤ 100 µs.

// renderNaive is render with the printf baseline.
func renderNaive(b *bytes.Buffer, n Notice, f Format, langs ...language.Tag) error {
	ids, err := matchAll(langs, false)
	if err != nil {
		return err
	}
	docs := make([]*document, len(ids))
	for i, id := range ids {
		c := &composer{l: lexicons[id], kind: n.Kind(), printf: true}
		if docs[i], err = c.compose(n, len(ids) == 2); err != nil {
			return err
		}
	}
	if f == FormatHTML {
		return writeHTML(b, docs)
	}
	writeText(b, docs)
	return nil
}

// TestNaiveBaselineMatches: the baseline writes exactly what Render
// writes, so that the benchmarks compare like with like.
func TestNaiveBaselineMatches(t *testing.T) {
	for _, n := range append(testNotices(), paymentFixture(12)) {
		for _, f := range []Format{FormatText, FormatHTML} {
			var ours, naive bytes.Buffer
			if err := Render(&ours, n, f, zhHans, enTag); err != nil {
				t.Fatal(err)
			}
			if err := renderNaive(&naive, n, f, zhHans, enTag); err != nil {
				t.Fatal(err)
			}
			if ours.String() != naive.String() {
				t.Errorf("%s %s: the naive baseline writes something else", n.Kind(), f)
			}
		}
	}
}

func benchmarkRender(b *testing.B, f Format) {
	n := paymentFixture(12)
	var buf bytes.Buffer
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf.Reset()
			if err := Render(&buf, n, f, zhHans, enTag); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf.Reset()
			if err := renderNaive(&buf, n, f, zhHans, enTag); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkText(b *testing.B) { benchmarkRender(b, FormatText) }

func BenchmarkHTML(b *testing.B) { benchmarkRender(b, FormatHTML) }
