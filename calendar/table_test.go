package calendar

import (
	"testing"
	"unsafe"
)

// size returns the bytes the table retains: its slices and the text of
// its arrangements.
func (t *table) size() int {
	n := int(unsafe.Sizeof(*t))
	n += len(t.cum)*4 + len(t.info)*4 + len(t.work)*4 + len(t.months)*int(unsafe.Sizeof(monthSpan{}))
	n += len(t.entries) * int(unsafe.Sizeof(entry{}))
	for _, a := range t.arrs {
		n += int(unsafe.Sizeof(a))
		for _, no := range a.Notices {
			n += int(unsafe.Sizeof(no)) + len(no.Title) + len(no.Number) + len(no.URL) + len(no.Note)
		}
		n += len(a.Holidays)*int(unsafe.Sizeof(Holiday{})) + len(a.Workdays)*int(unsafe.Sizeof(AdjustedWorkday{}))
	}
	return n
}

// BenchmarkChinaTableSize reports the memory the China calendar keeps,
// as the metric table-B (the time per op is meaningless).
func BenchmarkChinaTableSize(b *testing.B) {
	t := China().t
	for i := 0; i < b.N; i++ {
		_ = t.size()
	}
	b.ReportMetric(float64(t.size()), "table-B")
}

func TestPackedDate(t *testing.T) {
	for _, d := range []Date{{1, 1, 1}, {2024, 2, 29}, {9999, 12, 31}} {
		if got := pack(d).unpack(); got != d {
			t.Errorf("pack(%v).unpack() = %v", d, got)
		}
	}
}

// The fast path of pos must refuse what the slow path refuses.
func TestPos_RejectsInvalidDates(t *testing.T) {
	tab := China().t
	for _, d := range []Date{
		{2024, 2, 30}, {2024, 0, 1}, {2024, 13, 1}, {2024, 1, 0}, {2024, 1, 32},
		{2019, 12, 31}, {2028, 1, 1}, {-1 << 63, 1, 1}, {1<<63 - 1, 1, 1}, {2024, -1 << 63, 1}, {2024, 1, -1 << 63},
	} {
		if i, ok := tab.pos(d); ok {
			t.Errorf("pos(%v) = %d, true; want false", d, i)
		}
	}
	if i, ok := tab.pos(Date{2020, 1, 1}); !ok || i != 1 {
		t.Errorf("pos(2020-01-01) = %d, %t; want 1, true", i, ok)
	}
}
