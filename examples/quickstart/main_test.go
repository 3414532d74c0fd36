package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// TestREADME: the README's quick start is this program, byte for byte from
// its package clause, and the output the README shows is what it prints.
// Edit main.go, then copy it and its output into README.md.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	code := string(src[bytes.Index(src, []byte("package main")):])
	section := string(readme)
	if i := strings.Index(section, "## Quick start\n"); i >= 0 {
		section = section[i:]
	} else {
		t.Fatal("README.md has no Quick start section")
	}
	if !strings.Contains(section, "```go\n"+code+"```\n") {
		t.Error("README.md's quick start is not examples/quickstart/main.go from its package clause: copy it")
	}
	out := capture(t, main)
	if !strings.Contains(section, "```text\n"+out+"```\n") {
		t.Errorf("README.md does not show what the quick start prints:\n%s", out)
	}
}

// capture returns what f writes to standard output.
func capture(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = stdout }()
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	f()
	w.Close()
	return <-done
}
