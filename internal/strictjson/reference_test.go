package strictjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/iprborder/iprborder/internal/textcode"
)

// checkKeysToken is CheckKeys as it was before the scanner of scan.go:
// a walk over encoding/json's Decoder.Token. It is kept unchanged as the
// reference the scanner must agree with (FuzzCheckKeys_matchesReference)
// and as the baseline of BenchmarkCheckKeys.
func (f Format) checkKeysToken(data []byte) error {
	type frame struct {
		object  bool
		wantKey bool     // In an object: the next string is a key.
		keys    []string // The keys seen so far in this object.
		index   int      // In an array: the index of the next element.
	}
	var stack []frame
	// path names the value being read, for error messages.
	path := func() string {
		var b strings.Builder
		for _, fr := range stack {
			if fr.object {
				if len(fr.keys) > 0 {
					if b.Len() > 0 {
						b.WriteByte('.')
					}
					b.WriteString(fr.keys[len(fr.keys)-1])
				}
			} else {
				fmt.Fprintf(&b, "[%d]", fr.index-1)
			}
		}
		return b.String()
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		if delim, ok := tok.(json.Delim); ok && (delim == '}' || delim == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if top != nil && top.object && top.wantKey {
			key, _ := tok.(string) // The decoder allows only strings here.
			opaque := slices.Contains(f.Opaque, key)
			if !opaque && !slices.Contains(f.Keys, key) {
				top.keys = nil // The path of the object, not of its last key.
				return &PathError{Path: path(), Err: fmt.Errorf("unknown key %q (keys are lower case: %s)", textcode.Clip(key), strings.Join(f.Keys, ", "))}
			}
			if slices.Contains(top.keys, key) {
				top.keys = nil
				return &PathError{Path: path(), Err: fmt.Errorf("duplicate key %q", key)}
			}
			top.keys = append(top.keys, key)
			top.wantKey = false
			if opaque {
				if err := skipValueToken(dec); err != nil {
					return err
				}
				top.wantKey = true
			}
			continue
		}
		// A value: of an object key, an array element, or the top level.
		switch {
		case top == nil:
		case top.object:
			top.wantKey = true // After this value, a key.
		default:
			top.index++
		}
		if delim, ok := tok.(json.Delim); ok {
			if len(stack) == f.MaxDepth {
				return fmt.Errorf("nested more than %d levels deep", f.MaxDepth)
			}
			stack = append(stack, frame{object: delim == '{', wantKey: delim == '{'})
			continue
		}
		if f.Scalar != nil && top != nil && top.object {
			if err := f.Scalar(top.keys[len(top.keys)-1], tok); err != nil {
				return &PathError{Path: path(), Err: err}
			}
		}
	}
}

// skipValueToken reads one whole value from dec.
func skipValueToken(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
		if delim, ok := tok.(json.Delim); ok {
			if delim == '{' || delim == '[' {
				depth++
			} else {
				depth--
			}
		}
		if depth == 0 {
			return nil
		}
	}
}
