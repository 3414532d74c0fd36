package testgen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// CheckDocs fails t, listing every offender as "file:line: kind Name", when
// the package in dir (its non-test .go files) has no package doc comment or
// leaves part of its exported API without a doc comment. What go doc and
// pkg.go.dev show must read as a specification; this keeps every piece of
// it written. The rules are revive's exported rule, made stricter for
// groups and extended to fields, applied to the declarations at the top
// level of each file:
//
//   - package: some file has a doc comment on its package clause.
//   - func: an exported function has a doc comment.
//   - method: an exported method of an exported type has a doc comment,
//     including Error, Is, Unwrap, String and the text and JSON methods;
//     so does an exported method of an exported interface type.
//   - type, const, var: an exported name is documented by the doc comment
//     or the line comment of its own spec; or, in a declaration with a
//     single spec, by the declaration's doc comment; or, in a parenthesized
//     group, by the group's doc comment when that comment names it or when
//     no spec of the group has a comment of its own (the group is then
//     documented as a whole, as "// Limits on ..." over plain constants).
//     Once one spec of a group has its own comment, the group comment no
//     longer speaks for the others, unless it names them: each needs a
//     comment of its own or a neighbour's (below), which the first
//     constant of an enum (XUnknown) easily misses. revive accepts any
//     group comment instead.
//   - field: an exported field of an exported struct type, including an
//     embedded field whose type name is exported, the exported fields of
//     an unexported struct type of the package embedded in it (they are
//     promoted into the exported type) and of struct types written inline
//     in it, has a doc comment or a line comment. Names declared together,
//     as in "First, Last Date // ...", share the comment.
//
// A neighbour may stand in for a missing comment, for fields and for specs
// of a group alike: an entry without a comment of its own is documented when
// the nearest preceding entry with a comment is separated from it by no
// blank line and that comment names it, as "// First and Last are ..."
// followed by the two fields. A comment names an identifier if it contains
// it as a whole word, in the same letter case.
func CheckDocs(t *testing.T, dir string) {
	t.Helper()
	missing, err := docOffenders(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Errorf("%d exported identifiers have no doc comment:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// docOffenders returns the "file:line: kind Name" lines CheckDocs reports
// for the package in dir, sorted by file and line.
func docOffenders(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	c := docChecker{fset: fset, dir: dir, structs: map[string]*ast.StructType{}}
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if f.Doc != nil {
			c.pkgDoc = true
		}
		parsed = append(parsed, f)
		// Unexported struct types are looked up by name when embedded.
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, spec := range gd.Specs {
					ts := spec.(*ast.TypeSpec)
					if st, ok := ts.Type.(*ast.StructType); ok {
						c.structs[ts.Name.Name] = st
					}
				}
			}
		}
	}
	if len(parsed) == 0 {
		return nil, fmt.Errorf("testgen: no non-test Go files in %s", dir)
	}
	if !c.pkgDoc {
		c.report(parsed[0].Package, "package", parsed[0].Name.Name)
	}
	for _, f := range parsed {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				c.funcDecl(decl)
			case *ast.GenDecl:
				c.genDecl(decl)
			}
		}
	}
	slices.SortFunc(c.missing, func(a, b offender) int {
		if a.file != b.file {
			return strings.Compare(a.file, b.file)
		}
		return a.line - b.line
	})
	out := make([]string, len(c.missing))
	for i, m := range c.missing {
		out[i] = m.text
	}
	return out, nil
}

type offender struct {
	file string
	line int
	text string
}

type docChecker struct {
	fset    *token.FileSet
	dir     string
	pkgDoc  bool
	structs map[string]*ast.StructType // every struct type of the package, by name
	missing []offender
}

func (c *docChecker) report(pos token.Pos, kind, name string) {
	p := c.fset.Position(pos)
	file := filepath.Join(c.dir, filepath.Base(p.Filename))
	c.missing = append(c.missing, offender{file, p.Line, fmt.Sprintf("%s:%d: %s %s", file, p.Line, kind, name)})
}

func (c *docChecker) funcDecl(d *ast.FuncDecl) {
	if !ast.IsExported(d.Name.Name) || d.Doc != nil {
		return
	}
	if d.Recv == nil {
		c.report(d.Pos(), "func", d.Name.Name)
		return
	}
	if recv := receiverName(d.Recv.List[0].Type); ast.IsExported(recv) {
		c.report(d.Pos(), "method", recv+"."+d.Name.Name)
	}
}

func (c *docChecker) genDecl(d *ast.GenDecl) {
	if d.Tok != token.TYPE && d.Tok != token.CONST && d.Tok != token.VAR {
		return
	}
	kind := d.Tok.String()
	// A group comment speaks for every spec only while none has its own.
	groupWide := d.Doc != nil && (!d.Lparen.IsValid() || !slices.ContainsFunc(d.Specs, commented))
	var prev *neighbour
	for _, spec := range d.Specs {
		names := specNames(spec)
		doc := commented(spec) || groupWide
		if !doc && d.Doc != nil && anyNamed(d.Doc.Text(), names) {
			doc = true
		}
		if !doc {
			doc = prev.names(c.fset, spec.Pos(), names)
		}
		prev = prev.next(c.fset, spec, specDoc(spec), specComment(spec))
		for _, n := range names {
			if ast.IsExported(n.Name) && !doc {
				c.report(n.Pos(), kind, n.Name)
			}
		}
		if ts, ok := spec.(*ast.TypeSpec); ok && ast.IsExported(ts.Name.Name) {
			c.typeBody(ts.Name.Name, ts.Type, map[string]bool{})
		}
	}
}

// typeBody checks the fields of a struct type, or the methods of an
// interface type, that is part of the exported type owner. seen guards
// against embedding cycles.
func (c *docChecker) typeBody(owner string, typ ast.Expr, seen map[string]bool) {
	switch typ := typ.(type) {
	case *ast.StructType:
		c.fields(owner, typ.Fields, "field", seen)
	case *ast.InterfaceType:
		c.fields(owner, typ.Methods, "method", seen)
	}
}

func (c *docChecker) fields(owner string, list *ast.FieldList, kind string, seen map[string]bool) {
	if list == nil {
		return
	}
	var prev *neighbour
	for _, f := range list.List {
		var names []*ast.Ident
		if len(f.Names) > 0 {
			names = f.Names
		} else if id := embeddedName(f.Type); id != nil {
			names = []*ast.Ident{id}
			// The exported fields of an unexported struct type are
			// promoted into owner.
			if st, ok := c.structs[id.Name]; ok && !ast.IsExported(id.Name) && !seen[id.Name] {
				seen[id.Name] = true
				c.fields(owner, st.Fields, kind, seen)
			}
		}
		doc := f.Doc != nil || f.Comment != nil || prev.names(c.fset, f.Pos(), names)
		prev = prev.next(c.fset, f, f.Doc, f.Comment)
		for _, n := range names {
			if ast.IsExported(n.Name) && !doc {
				c.report(n.Pos(), kind, owner+"."+n.Name)
			}
		}
		if len(f.Names) > 0 && anyExported(f.Names) {
			c.typeBody(owner+"."+f.Names[0].Name, inline(f.Type), seen)
		}
	}
}

// neighbour is the nearest preceding entry with a comment, in a struct or
// a declaration group, and the last line of the entries since.
type neighbour struct {
	comment string
	end     int
}

// names reports whether the neighbour's comment stands in for an entry at
// pos: no blank line separates them and the comment names one of names.
func (p *neighbour) names(fset *token.FileSet, pos token.Pos, names []*ast.Ident) bool {
	return p != nil && fset.Position(pos).Line <= p.end+1 && anyNamed(p.comment, names)
}

// next returns the neighbour for the entry after n, whose doc and line
// comments are doc and line: n itself if it has a comment, else p while
// no blank line intervenes.
func (p *neighbour) next(fset *token.FileSet, n ast.Node, doc, line *ast.CommentGroup) *neighbour {
	end := fset.Position(n.End()).Line
	if line != nil {
		end = fset.Position(line.End()).Line
	}
	if doc != nil || line != nil {
		var text string
		if doc != nil {
			text += doc.Text()
		}
		if line != nil {
			text += line.Text()
		}
		return &neighbour{text, end}
	}
	start := fset.Position(n.Pos()).Line
	if p == nil || start > p.end+1 {
		return nil
	}
	return &neighbour{p.comment, end}
}

func anyNamed(comment string, names []*ast.Ident) bool {
	for _, n := range names {
		if regexp.MustCompile(`\b` + regexp.QuoteMeta(n.Name) + `\b`).MatchString(comment) {
			return true
		}
	}
	return false
}

func anyExported(names []*ast.Ident) bool {
	return slices.ContainsFunc(names, func(n *ast.Ident) bool { return ast.IsExported(n.Name) })
}

func commented(spec ast.Spec) bool { return specDoc(spec) != nil || specComment(spec) != nil }

func specNames(spec ast.Spec) []*ast.Ident {
	switch s := spec.(type) {
	case *ast.TypeSpec:
		return []*ast.Ident{s.Name}
	case *ast.ValueSpec:
		return s.Names
	}
	return nil
}

func specDoc(spec ast.Spec) *ast.CommentGroup {
	switch s := spec.(type) {
	case *ast.TypeSpec:
		return s.Doc
	case *ast.ValueSpec:
		return s.Doc
	}
	return nil
}

func specComment(spec ast.Spec) *ast.CommentGroup {
	switch s := spec.(type) {
	case *ast.TypeSpec:
		return s.Comment
	case *ast.ValueSpec:
		return s.Comment
	}
	return nil
}

// embeddedName is the field name of an embedded field of type e: T, *T,
// pkg.T or a generic instance of one of them.
func embeddedName(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.StarExpr:
		return embeddedName(e.X)
	case *ast.IndexExpr:
		return embeddedName(e.X)
	case *ast.IndexListExpr:
		return embeddedName(e.X)
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.Ident:
		return e
	}
	return nil
}

// inline returns the struct or interface type written in a field's type,
// through pointers, slices, arrays and map values, or nil.
func inline(e ast.Expr) ast.Expr {
	switch e := e.(type) {
	case *ast.StarExpr:
		return inline(e.X)
	case *ast.ArrayType:
		return inline(e.Elt)
	case *ast.MapType:
		return inline(e.Value)
	case *ast.StructType, *ast.InterfaceType:
		return e
	}
	return nil
}
