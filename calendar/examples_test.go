package calendar_test

import (
	"github.com/iprborder/iprborder/internal/testgen"
	"testing"
)

func TestEveryExportedIdentifierHasAnExample(t *testing.T) { testgen.CheckExamples(t, ".") }

func TestEveryExportedIdentifierHasADocComment(t *testing.T) { testgen.CheckDocs(t, ".") }
