// Package good documents every exported identifier.
package good

// F is a function.
func F() {}

// T is a struct.
type T struct {
	A    int // A has a line comment.
	B, C int // B and C share one.
	// D and E are named by this comment.
	D int
	E int
	G int // G and H: a line comment names its neighbour too.
	H int
	// Embedded is embedded.
	Embedded
	embedded
	// Inline is a struct written in place.
	Inline struct {
		K int // K is documented.
	}
	unexported int
}

// Error returns "".
func (T) Error() string { return "" }

func (T) unexported() {}

func (t) Exported() {}

type t int

// Embedded is a struct.
type Embedded struct{}

type embedded struct {
	X int // X is promoted into T.
}

// Kind is an enum.
type Kind int

const (
	// KindUnknown is the zero Kind.
	KindUnknown Kind = iota
	KindOne          // KindOne is one.
)

// Limits on things, documented as a whole.
const (
	Lo = 1
	Hi = 2
)

// V is a var.
var V = 1
