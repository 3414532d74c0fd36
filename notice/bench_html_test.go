package notice

import (
	"bytes"
	"testing"
)

// BenchmarkHTMLLayout renders a bilingual (zh-Hans + en) payment notice of
// 12 lines as HTML, composing and laying out as Render does (without the
// validation, which both share). impl=ours is writeHTML, whose runs of
// fields and table rows are built in Go; impl=template-per-field is the
// reference layout, an html/template action for each of the 340-odd
// values. Compare with benchstat -col /impl. Target: Render ≤ 100 µs.
func BenchmarkHTMLLayout(b *testing.B) {
	n := paymentFixture(12)
	ids, err := matchAll(langSets[2], false)
	if err != nil {
		b.Fatal(err)
	}
	for _, impl := range []struct {
		name   string
		layout func(*bytes.Buffer, []*document) error
	}{
		{"ours", writeHTML},
		{"template-per-field", writeHTMLReference},
	} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for i := 0; i < b.N; i++ {
				buf.Reset()
				docs, err := composeAll(n, ids)
				if err != nil {
					b.Fatal(err)
				}
				if err := impl.layout(&buf, docs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
