package textcode_test

import (
	"testing"

	"github.com/iprborder/iprborder/internal/testgen"
)

func TestEveryExportedIdentifierHasADocComment(t *testing.T) { testgen.CheckDocs(t, ".") }
