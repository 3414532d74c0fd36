package testgen

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestEveryExportedIdentifierHasADocComment(t *testing.T) { CheckDocs(t, ".") }

// TestDocOffenders holds CheckDocs to each of its rules: the bad package
// breaks every one, once, and the good package keeps every one.
func TestDocOffenders(t *testing.T) {
	dir := filepath.Join("testdata", "docs", "bad")
	want := []string{
		"bad.go:1: package bad",
		"bad.go:6: func Undocumented",
		"bad.go:19: field T.G",
		"bad.go:23: field T.I",
		"bad.go:24: field T.Embedded",
		"bad.go:25: field T.Pointer",
		"bad.go:29: field T.Inline.K",
		"bad.go:33: field T.List",
		"bad.go:34: field T.List.M",
		"bad.go:39: method T.Error",
		"bad.go:48: type U",
		"bad.go:56: field T.X",
		"bad.go:65: const Zero",
		"bad.go:81: const Max",
		"bad.go:84: var V",
		"bad.go:91: var Z",
		"bad.go:96: method Iface.M",
	}
	for i, w := range want {
		want[i] = filepath.Join(dir, w)
	}
	got, err := docOffenders(dir)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("docOffenders(%s) =\n%s\nwant\n%s", dir, g, w)
	}

	CheckDocs(t, filepath.Join("testdata", "docs", "good"))

	if got, err := docOffenders(filepath.Join("testdata", "docs", "none")); err == nil {
		t.Errorf("docOffenders(testdata/docs/none) = %q, nil; want an error", got)
	}
}
