package enforcement

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGraph_golden checks both diagrams against testdata/golden; run with
// -update after changing the transition table, and read the diff.
func TestGraph_golden(t *testing.T) {
	for _, tc := range []struct {
		format GraphFormat
		file   string
	}{{Mermaid, "workflow.mmd"}, {DOT, "workflow.dot"}} {
		t.Run(tc.format.String(), func(t *testing.T) {
			got, err := Graph(tc.format)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", tc.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Graph(%s) differs from %s; run go test -run TestGraph_golden -update and review the diff.\ngot:\n%s", tc.format, path, got)
			}
		})
	}
}

// TestGraph_docMatchesTable keeps the diagram in doc.go identical to the
// one the table draws.
func TestGraph_docMatchesTable(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var inDoc []string
	for _, line := range strings.Split(string(src), "\n") {
		if l, ok := strings.CutPrefix(line, "//\t"); ok && (strings.HasPrefix(l, "stateDiagram-v2") || strings.HasPrefix(l, "    ")) {
			inDoc = append(inDoc, l)
		}
	}
	got, _ := Graph(Mermaid)
	if want := strings.TrimSuffix(got, "\n"); strings.Join(inDoc, "\n") != want {
		t.Errorf("the diagram in doc.go is not Graph(Mermaid); replace it with:\n%s", want)
	}
}

// TestGraph_readmeMatchesTable keeps the diagram in the module's README
// identical to the one the table draws.
func TestGraph_readmeMatchesTable(t *testing.T) {
	src, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(src), "```mermaid\n")
	block, _, closed := strings.Cut(block, "```")
	if !ok || !closed {
		t.Fatal("README.md has no ```mermaid block")
	}
	if got, _ := Graph(Mermaid); block != got {
		t.Errorf("the diagram in README.md is not Graph(Mermaid); replace it with:\n%s", got)
	}
}

func TestGraph_unknownFormat(t *testing.T) {
	for _, f := range []GraphFormat{GraphFormatUnknown, 3, 255} {
		if s, err := Graph(f); s != "" || !errors.Is(err, ErrUnknownCode) {
			t.Errorf("Graph(%d) = %q, %v; want \"\", ErrUnknownCode", f, s, err)
		}
	}
}

// TestGraph_everyRowDrawn: each row of the table is one edge in both
// diagrams.
func TestGraph_everyRowDrawn(t *testing.T) {
	m, _ := Graph(Mermaid)
	d, _ := Graph(DOT)
	for _, tr := range transitions {
		if !strings.Contains(m, nodeID(tr.from)+" --> "+nodeID(tr.target())+" : "+tr.label()+"\n") {
			t.Errorf("mermaid lacks the row %s --%s--> %s", tr.from, tr.on, tr.target())
		}
		if !strings.Contains(d, `label="`+tr.label()+`"`) {
			t.Errorf("dot lacks the row %s --%s--> %s", tr.from, tr.on, tr.target())
		}
	}
}
