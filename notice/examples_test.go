package notice

import (
	"testing"

	"github.com/iprborder/iprborder/internal/testgen"
)

func TestEveryExportedIdentifierHasAnExample(t *testing.T) { testgen.CheckExamples(t, ".") }

func TestEveryExportedIdentifierHasADocComment(t *testing.T) { testgen.CheckDocs(t, ".") }
