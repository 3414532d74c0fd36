package notice

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenLangs are the language sets of the goldens, by file name part.
var goldenLangs = []struct {
	name  string
	langs []language.Tag
}{
	{"zh-Hans", []language.Tag{language.SimplifiedChinese}},
	{"en", []language.Tag{language.English}},
	{"bilingual", []language.Tag{language.SimplifiedChinese, language.English}},
}

// TestGolden renders every fixture in every format and language set and
// compares the output with testdata/golden/<kind>.<langs>.<ext>, and the
// JSON with <kind>.json. Run with -update to rewrite the files, then read
// the diff: the goldens are what a right holder reads.
func TestGolden(t *testing.T) {
	for _, n := range testNotices() {
		kind := n.Kind().String()
		for _, f := range []Format{FormatText, FormatHTML} {
			ext := map[Format]string{FormatText: "txt", FormatHTML: "html"}[f]
			for _, l := range goldenLangs {
				var b bytes.Buffer
				if err := Render(&b, n, f, l.langs...); err != nil {
					t.Fatalf("Render(%s, %s, %s): %v", kind, f, l.name, err)
				}
				checkGolden(t, kind+"."+l.name+"."+ext, b.Bytes())
			}
		}
		var b bytes.Buffer
		if err := Render(&b, n, FormatJSON); err != nil {
			t.Fatalf("Render(%s, json): %v", kind, err)
		}
		b.WriteByte('\n')
		checkGolden(t, kind+".json", b.Bytes())
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./notice -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./notice -run Golden -update and review the diff.\ngot:\n%s", name, got)
	}
}

// TestGoldenFilesAreUsed fails for a notice's golden file that no test
// writes, such as one left behind by a renamed kind.
func TestGoldenFilesAreUsed(t *testing.T) {
	want := map[string]bool{}
	for _, n := range testNotices() {
		kind := n.Kind().String()
		want[kind+".json"] = true
		for _, l := range goldenLangs {
			want[kind+"."+l.name+".txt"] = true
			want[kind+"."+l.name+".html"] = true
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, f := range files {
		base := filepath.Base(f)
		var k Kind
		if k.UnmarshalText([]byte(strings.SplitN(base, ".", 2)[0])) != nil {
			continue // Not a notice's golden file.
		}
		found++
		if !want[base] {
			t.Errorf("golden file %s is not written by TestGolden", f)
		}
	}
	if found != len(want) {
		t.Errorf("%d golden files of notices; want %d", found, len(want))
	}
}
