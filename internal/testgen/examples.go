package testgen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// CheckExamples fails t for every exported function, type and method of
// the package in dir that has no Example: ExampleF or ExampleT_M, each
// optionally followed by _suffix. A type is covered by an example of
// itself or of any of its methods, and the error methods Error, Is and
// Unwrap, which callers reach through the errors package, by any example
// of their type. Every exported entry point of the module is documented by
// an executable example; this keeps it so.
func CheckExamples(t *testing.T, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var want []string
	have := map[string]bool{}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		test := strings.HasSuffix(name, "_test.go")
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				name := decl.Name.Name
				if test {
					if strings.HasPrefix(name, "Example") {
						have[name] = true
					}
					continue
				}
				if !ast.IsExported(name) {
					continue
				}
				if decl.Recv == nil {
					want = append(want, name)
					continue
				}
				recv := receiverName(decl.Recv.List[0].Type)
				switch {
				case !ast.IsExported(recv):
				case name == "Error" || name == "Is" || name == "Unwrap":
					want = append(want, recv+"*")
				default:
					want = append(want, recv+"_"+name)
				}
			case *ast.GenDecl:
				if test || decl.Tok != token.TYPE {
					continue
				}
				for _, spec := range decl.Specs {
					if name := spec.(*ast.TypeSpec).Name.Name; ast.IsExported(name) {
						want = append(want, name+"*")
					}
				}
			}
		}
	}
	var missing []string
	for _, w := range want {
		if !hasExample(have, w) {
			missing = append(missing, strings.TrimSuffix(w, "*"))
		}
	}
	slices.Sort(missing)
	missing = slices.Compact(missing)
	if len(missing) > 0 {
		t.Errorf("%d exported identifiers have no Example:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

func receiverName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverName(e.X)
	case *ast.IndexExpr:
		return receiverName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// hasExample reports whether an example for id (F or T_M) exists:
// Example+id, or Example+id+"_"+suffix with a lower-case suffix. For "T*",
// any example of T or of its methods will do.
func hasExample(have map[string]bool, id string) bool {
	if typ, ok := strings.CutSuffix(id, "*"); ok {
		for name := range have {
			if rest, ok := strings.CutPrefix(name, "Example"+typ); ok && (rest == "" || rest[0] == '_') {
				return true
			}
		}
		return false
	}
	for name := range have {
		rest, ok := strings.CutPrefix(name, "Example"+id)
		if ok && (rest == "" || len(rest) > 1 && rest[0] == '_' && rest[1] >= 'a' && rest[1] <= 'z') {
			return true
		}
	}
	return false
}
