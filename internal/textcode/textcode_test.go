package textcode

import (
	"strings"
	"testing"
)

type color uint8

var colors = New[color]("Color", []string{1: "red", 2: "dark-green"})

func TestCodes(t *testing.T) {
	for _, tc := range []struct {
		v    color
		want string
	}{{0, "%!Color(0)"}, {1, "red"}, {2, "dark-green"}, {3, "%!Color(3)"}} {
		if got := colors.String(tc.v); got != tc.want {
			t.Errorf("String(%d) = %q; want %q", tc.v, got, tc.want)
		}
		b, err := colors.Append([]byte("x"), tc.v)
		if colors.Valid(tc.v) != (err == nil) || (err == nil && string(b) != "x"+tc.want) || (err != nil && string(b) != "x") {
			t.Errorf("Append(%d) = %q, %v", tc.v, b, err)
		}
	}
	for _, tc := range []struct {
		in   string
		want color
		ok   bool
	}{{"red", 1, true}, {"DARK-Green", 2, true}, {"", 0, false}, {"blue", 0, false}, {"red ", 0, false}, {"\u212aelvin", 0, false}} {
		got, err := colors.Parse([]byte(tc.in))
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("Parse(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if _, err := colors.Parse([]byte("blue")); err == nil || !strings.Contains(err.Error(), "red, dark-green") {
		t.Errorf("Parse(blue) error %v does not list the codes", err)
	}
	if vs := colors.Values(); len(vs) != 2 || vs[0] != 1 || vs[1] != 2 {
		t.Errorf("Values() = %v; want [1 2]", vs)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("a", 63) + "日本"
	got := Clip(long)
	if got != strings.Repeat("a", 63)+"..." {
		t.Errorf("Clip cut inside a rune: %q", got)
	}
	if Clip("short") != "short" {
		t.Error("Clip changed a short string")
	}
}

// TestCheckText_spaces: the ideographic and no-break spaces of Chinese and
// English addresses are text; separators, controls and bidi overrides are
// not.
func TestCheckText_spaces(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"上海市浦东新区\u3000航城七路450号", true},
		{"1200\u00a0Market Street", true},
		{"a\u2028b", false},
		{"a\u202eb", false},
		{"a\tb", false},
		{"a\x00b", false},
	} {
		if got := CheckText(tc.s, 100, true) == ""; got != tc.want {
			t.Errorf("CheckText(%q) accepted = %v; want %v", tc.s, got, tc.want)
		}
	}
}
