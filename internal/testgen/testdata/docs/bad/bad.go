package bad

// Documented has a doc comment.
func Documented() {}

func Undocumented() {}

func unexported() {}

// T is a struct with fields documented in every way there is, and some not.
type T struct {
	// A has a doc comment.
	A    int
	B    int // B has a line comment.
	C, D int // C and D share one.
	// E and F are named by this comment.
	E int
	F int
	G int
	// H is named here, but I is separated by a blank line.
	H int

	I int
	Embedded
	*Pointer
	embedded
	// Inline is a struct written in place.
	Inline struct {
		K int
		// L is documented.
		L int
	}
	List []struct {
		M int
	}
	unexported int
}

func (T) Error() string { return "" }

// Unwrap is documented.
func (T) Unwrap() error { return nil }

func (t T) ok() {}

func (u) Exported() {}

type U int

type Embedded struct{} // Embedded has a line comment.

// Pointer is embedded by pointer.
type Pointer struct{}

type embedded struct {
	X int
	y int
}

type u int

// An enum group: one spec has a comment, so the group comment no longer
// speaks for the others.
const (
	Zero = iota
	// One has a doc comment.
	One
)

// Limits on things: the group is documented as a whole.
const (
	Lo = 1
	Hi = 2
)

// Bounds: Min, named by the group comment.
const (
	Min = 0
	// Mid has a doc comment, which does not name the next one.
	Mid = 5
	Max = 9
)

var V = 1

var (
	// W and Y are named here.
	W = 1
	Y = 2

	Z = 3
)

// Iface is an interface.
type Iface interface {
	M()
	// N is documented.
	N()
	unexported()
}
