package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/iprborder/iprborder/internal/textcode"
)

// The scanner of CheckKeys reads data once, byte by byte, token by token in
// the order and with the grammar of encoding/json's Decoder.Token, which
// CheckKeys used to call (reference_test.go keeps that version; a fuzz
// target holds the two to the same answers). Like Token it reads a stream:
// whitespace-separated values at the top level, and input that ends between
// two tokens is not an error here (Decode's second pass reports it), except
// within an opaque value. For the inputs of this module's formats, nested at
// most 8 arrays and objects deep (16 counting opaque values) with keys
// written without escapes, nothing is allocated but the values handed to
// Format.Scalar; deeper input, an escaped key, or more than 1,024 bits of
// keys seen at once grow buffers by doubling, a few allocations per call
// (TestCheckKeys_allocations).

// tokenState is where the scanner is in the grammar: Decoder.Token's
// states, which decide what may come next.
type tokenState uint8

const (
	topValue    tokenState = iota // At the top level, before a value.
	arrayStart                    // After '['.
	arrayValue                    // After ',' in an array.
	arrayComma                    // After an array element.
	objectStart                   // After '{'.
	objectKey                     // After ',' in an object.
	objectColon                   // After a key.
	objectValue                   // After ':'.
	objectComma                   // After the value of a key.
)

func (s tokenState) valueAllowed() bool {
	switch s {
	case topValue, arrayStart, arrayValue, objectValue:
		return true
	}
	return false
}

// afterValue is the state after a value read in state s.
func (s tokenState) afterValue() tokenState {
	switch s {
	case arrayStart, arrayValue:
		return arrayComma
	case objectValue:
		return objectComma
	}
	return s
}

// frame is an array or object the scanner is in, outside opaque values.
type frame struct {
	object bool
	key    int // In an object: the id of its last key, -1 before the first.
	index  int // In an array: the number of elements read.
}

// checker is the state of one call of CheckKeys but its stacks, which
// check keeps in local variables: on the goroutine's stack for the usual
// formats, a few levels and a few dozen keys.
type checker struct {
	f     Format
	data  []byte
	keys  keyIndex
	words int // The length of a bit set of key ids.
	// src is data as a string, made for the first value Scalar sees: a
	// string or number without escapes is a substring of it, so that one
	// copy serves them all.
	src    string
	hasSrc bool
	buf    []byte // Scratch space for unquoting.
	off    int    // Where errSyntax was found.
}

// errSyntax is the scanner's signal of malformed input at c.off; CheckKeys
// returns encoding/json's own error for it.
var errSyntax = errors.New("malformed JSON")

// CheckKeys reads the JSON in data once and rejects it if it is malformed,
// nests arrays and objects deeper than f.MaxDepth, repeats a key within an
// object, uses a key that is not exactly one of f.Keys, or has a value
// f.Scalar rejects; the first of these it comes to is the error. Keys are
// compared as encoding/json reads them: unescaped ("\u0079ear" is "year"),
// with invalid UTF-8 and lone surrogates as U+FFFD. Malformed input is
// reported with encoding/json's own error: a [*json.SyntaxError] with its
// byte offset, or [io.ErrUnexpectedEOF] for input that ends within a token
// or an opaque value.
func (f Format) CheckKeys(data []byte) error {
	c := checker{
		f:     f,
		data:  data,
		keys:  keyIndex{keys: f.Keys, opaque: f.Opaque},
		words: (len(f.Keys) + len(f.Opaque) + 63) / 64,
	}
	err := c.check()
	if err == errSyntax {
		return syntaxError(data, c.off)
	}
	return err
}

// syntaxError returns encoding/json's error for data, which the scanner
// found malformed at byte off, by reading it again with Decoder.Token: up
// to off the two read the same tokens, so encoding/json stops at the same
// place, with the *json.SyntaxError that callers have always had. Malformed
// input is rare, and rejected: it alone pays for a second reading.
func syntaxError(data []byte, off int) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		if _, err := dec.Token(); err != nil {
			if err == io.EOF {
				break
			}
			return err
		}
	}
	// Not reached unless the scanner and encoding/json disagree; the
	// input is still refused.
	return fmt.Errorf("invalid JSON at byte offset %d", off)
}

func (c *checker) syntax(off int) error {
	c.off = off
	return errSyntax
}

// check reads c.data to its end or its first fault. It follows the old walk
// over Decoder.Token step for step (reference_test.go): a value of an
// opaque key is read for its grammar only; an array or object is a frame,
// limited to MaxDepth; a key is looked up and marked seen in its object; a
// string, number, boolean or null that is the value of a key goes to
// Scalar.
func (c *checker) check() error {
	var (
		frameBuf [8]frame
		seenBuf  [16]uint64
		kindBuf  [16]bool
	)
	// frames are the arrays and objects being read, outside opaque
	// values; seen holds a bit set of the key ids read so far in each,
	// of c.words words (unused for arrays), so that a repeated key is
	// found at once however many keys an object has; kinds are all the
	// arrays (false) and objects (true) being read, opaque values' too:
	// where the grammar goes after a ']' or '}'.
	frames, seen, kinds := frameBuf[:0], seenBuf[:0], kindBuf[:0]
	data := c.data
	state := topValue
	skipping := false // Reading the value of an opaque key,
	skipDepth := 0    // within this many of its arrays and objects.
	i := 0
	for {
		for i < len(data) && isSpace(data[i]) {
			i++
		}
		if i == len(data) {
			if skipping {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		switch b := data[i]; b {
		case '{', '[':
			if !state.valueAllowed() {
				return c.syntax(i)
			}
			i++
			object := b == '{'
			kinds = append(kinds, object)
			state = arrayStart
			if object {
				state = objectStart
			}
			if skipping {
				skipDepth++
				continue
			}
			if n := len(frames); n > 0 && !frames[n-1].object {
				frames[n-1].index++
			}
			if len(frames) == c.f.MaxDepth {
				return fmt.Errorf("nested more than %d levels deep", c.f.MaxDepth)
			}
			frames = append(frames, frame{object: object, key: -1})
			if object && c.words > 0 {
				end := len(frames) * c.words
				for len(seen) < end {
					seen = append(seen, 0)
				}
				clear(seen[end-c.words : end])
			}

		case '}', ']':
			if b == '}' && state != objectStart && state != objectComma ||
				b == ']' && state != arrayStart && state != arrayComma {
				return c.syntax(i)
			}
			i++
			kinds = kinds[:len(kinds)-1]
			state = topValue
			if n := len(kinds); n > 0 {
				state = arrayComma
				if kinds[n-1] {
					state = objectComma
				}
			}
			if skipping {
				skipDepth--
				skipping = skipDepth > 0
				continue
			}
			frames = frames[:len(frames)-1]

		case ':':
			if state != objectColon {
				return c.syntax(i)
			}
			i++
			state = objectValue

		case ',':
			switch state {
			case arrayComma:
				state = arrayValue
			case objectComma:
				state = objectKey
			default:
				return c.syntax(i)
			}
			i++

		default:
			if b == '"' && (state == objectStart || state == objectKey) {
				end, escaped, err := c.scanString(i)
				if err != nil {
					return err
				}
				start := i
				i, state = end, objectColon
				if skipping {
					continue
				}
				opaque, err := c.key(frames, seen, data[start+1:end-1], escaped)
				if err != nil {
					return err
				}
				if opaque {
					skipping, skipDepth = true, 0
				}
				continue
			}
			if !state.valueAllowed() {
				return c.syntax(i)
			}
			end, escaped, err := c.scanScalar(i)
			if err != nil {
				return err
			}
			start := i
			i, state = end, state.afterValue()
			if skipping {
				skipping = skipDepth > 0
				continue
			}
			n := len(frames)
			if n == 0 {
				continue // A value at the top level.
			}
			top := &frames[n-1]
			if !top.object {
				top.index++
				continue
			}
			if c.f.Scalar != nil {
				if err := c.f.Scalar(c.keys.name(top.key), c.token(start, end, escaped)); err != nil {
					return &PathError{Path: c.path(frames, true), Err: err}
				}
			}
		}
	}
}

// key checks the key raw (as written, between its quotes) of the innermost
// object, marks it seen, and reports whether its value is opaque.
func (c *checker) key(frames []frame, seen []uint64, raw []byte, escaped bool) (opaque bool, err error) {
	key := raw
	if escaped {
		c.buf = unquote(c.buf[:0], raw)
		key = c.buf
	}
	id, opaque, ok := c.keys.find(key)
	if !ok {
		return false, &PathError{Path: c.path(frames, false), Err: fmt.Errorf("unknown key %q (keys are lower case: %s)", textcode.Clip(string(key)), strings.Join(c.f.Keys, ", "))}
	}
	n := len(frames)
	w := &seen[(n-1)*c.words+id/64]
	bit := uint64(1) << (id % 64)
	if *w&bit != 0 {
		return false, &PathError{Path: c.path(frames, false), Err: fmt.Errorf("duplicate key %q", string(key))}
	}
	*w |= bit
	frames[n-1].key = id
	return opaque, nil
}

// path names the value being read, "charges[2].rate", for an error; with
// withKey false it names the innermost object instead, "charges[2]".
func (c *checker) path(frames []frame, withKey bool) string {
	var b strings.Builder
	for i, fr := range frames {
		switch {
		case !fr.object:
			fmt.Fprintf(&b, "[%d]", fr.index-1)
		case fr.key >= 0 && (withKey || i < len(frames)-1):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(c.keys.name(fr.key))
		}
	}
	return b.String()
}

// token is the scalar data[start:end] as Decoder.Token gives it, with
// UseNumber: a string (unquoted), a json.Number, a bool or nil.
func (c *checker) token(start, end int, escaped bool) json.Token {
	switch c.data[start] {
	case 't':
		return true
	case 'f':
		return false
	case 'n':
		return nil
	case '"':
		if escaped {
			c.buf = unquote(c.buf[:0], c.data[start+1:end-1])
			return string(c.buf)
		}
		return c.text(start+1, end-1)
	}
	return json.Number(c.text(start, end))
}

// text returns data[i:j] as a string.
func (c *checker) text(i, j int) string {
	if !c.hasSrc {
		c.src, c.hasSrc = string(c.data), true
	}
	return c.src[i:j]
}

// scanString reads the string at data[i] == '"' and returns the index
// after its closing quote, and whether it needs unquoting to be read as
// encoding/json reads it: it has an escape, or bytes that are not valid
// UTF-8.
func (c *checker) scanString(i int) (end int, escaped bool, err error) {
	data := c.data
	high := false
	j := i + 1
	for {
		for j < len(data) && data[j] >= 0x20 && data[j] < utf8.RuneSelf && data[j] != '"' && data[j] != '\\' {
			j++
		}
		if j == len(data) {
			return 0, false, io.ErrUnexpectedEOF
		}
		switch b := data[j]; {
		case b == '"':
			if high && !escaped && !utf8.Valid(data[i+1:j]) {
				escaped = true
			}
			return j + 1, escaped, nil
		case b == '\\':
			escaped = true
			j++
			if j == len(data) {
				return 0, false, io.ErrUnexpectedEOF
			}
			switch data[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j++
			case 'u':
				j++
				for k := 0; k < 4; k++ {
					if j == len(data) {
						return 0, false, io.ErrUnexpectedEOF
					}
					if !isHex(data[j]) {
						return 0, false, c.syntax(j)
					}
					j++
				}
			default:
				return 0, false, c.syntax(j)
			}
		case b < 0x20:
			return 0, false, c.syntax(j)
		default:
			high = true
			j++
		}
	}
}

// scanScalar reads the string, number, true, false or null at data[i]
// and returns the index after it; escaped is scanString's.
func (c *checker) scanScalar(i int) (end int, escaped bool, err error) {
	switch b := c.data[i]; {
	case b == '"':
		return c.scanString(i)
	case b == '-' || '0' <= b && b <= '9':
		end, err = c.scanNumber(i)
	case b == 't':
		end, err = c.scanLiteral(i, "true")
	case b == 'f':
		end, err = c.scanLiteral(i, "false")
	case b == 'n':
		end, err = c.scanLiteral(i, "null")
	default:
		err = c.syntax(i)
	}
	return end, false, err
}

// scanNumber reads the number at data[i]: the longest prefix that is a
// JSON number, as encoding/json's scanner reads it (so "01" is two
// numbers, 0 and 1, and a stream of them is not an error here).
func (c *checker) scanNumber(i int) (int, error) {
	data := c.data
	j := i
	if data[j] == '-' {
		j++
	}
	// digits reads at least one digit, then any more.
	digits := func() error {
		if j == len(data) {
			return io.ErrUnexpectedEOF
		}
		if !isDigit(data[j]) {
			return c.syntax(j)
		}
		for j < len(data) && isDigit(data[j]) {
			j++
		}
		return nil
	}
	switch {
	case j == len(data):
		return 0, io.ErrUnexpectedEOF
	case data[j] == '0':
		j++
	default:
		if err := digits(); err != nil {
			return 0, err
		}
	}
	if j < len(data) && data[j] == '.' {
		j++
		if err := digits(); err != nil {
			return 0, err
		}
	}
	if j < len(data) && (data[j] == 'e' || data[j] == 'E') {
		j++
		if j < len(data) && (data[j] == '+' || data[j] == '-') {
			j++
		}
		if err := digits(); err != nil {
			return 0, err
		}
	}
	return j, nil
}

// scanLiteral reads lit, which data[i] begins.
func (c *checker) scanLiteral(i int, lit string) (int, error) {
	for k := 1; k < len(lit); k++ {
		switch {
		case i+k == len(c.data):
			return 0, io.ErrUnexpectedEOF
		case c.data[i+k] != lit[k]:
			return 0, c.syntax(i + k)
		}
	}
	return i + len(lit), nil
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }
func isDigit(b byte) bool { return '0' <= b && b <= '9' }
func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

// unquote appends to dst the string s (a valid JSON string, without its
// quotes) as encoding/json reads it: escapes decoded, a UTF-16 surrogate
// pair as one rune, and each byte of invalid UTF-8 and each lone surrogate
// as U+FFFD.
func unquote(dst, s []byte) []byte {
	for r := 0; r < len(s); {
		switch b := s[r]; {
		case b == '\\':
			switch s[r+1] {
			case 'b':
				dst = append(dst, '\b')
			case 'f':
				dst = append(dst, '\f')
			case 'n':
				dst = append(dst, '\n')
			case 'r':
				dst = append(dst, '\r')
			case 't':
				dst = append(dst, '\t')
			case 'u':
				rr := getu4(s[r:])
				r += 6
				if utf16.IsSurrogate(rr) {
					if pair := utf16.DecodeRune(rr, getu4(s[r:])); pair != utf8.RuneError {
						r += 6
						dst = utf8.AppendRune(dst, pair)
						continue
					}
					rr = utf8.RuneError
				}
				dst = utf8.AppendRune(dst, rr)
				continue
			default: // '"', '\\', '/'
				dst = append(dst, s[r+1])
			}
			r += 2
		case b < utf8.RuneSelf:
			dst = append(dst, b)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			dst = utf8.AppendRune(dst, rr)
			r += size
		}
	}
	return dst
}

// getu4 decodes the escape \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, b := range s[2:6] {
		switch {
		case '0' <= b && b <= '9':
			b -= '0'
		case 'a' <= b && b <= 'f':
			b = b - 'a' + 10
		case 'A' <= b && b <= 'F':
			b = b - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(b)
	}
	return r
}

// keyIndex finds a key among a Format's Keys and Opaque keys. A key's id
// is the index of its first occurrence in Keys followed by Opaque, so that
// equal keys have one id. It is built on a CheckKeys call's first key, in
// a few nanoseconds a key, which spares Format a constructor or a cache:
// the formats stay plain values, shared by goroutines without locks.
type keyIndex struct {
	keys, opaque []string
	built        bool
	// byLen[n] has bit id set if the key id is n bytes long: the only
	// candidates a key is compared with. For formats of more than 64
	// keys, or a key of maxIndexedLen bytes or more, linear says to
	// compare with every key instead.
	byLen  [maxIndexedLen]uint64
	linear bool
}

const maxIndexedLen = 64

func (x *keyIndex) len() int { return len(x.keys) + len(x.opaque) }

func (x *keyIndex) name(id int) string {
	if id < len(x.keys) {
		return x.keys[id]
	}
	return x.opaque[id-len(x.keys)]
}

func (x *keyIndex) build() {
	x.built = true
	if x.len() > 64 {
		x.linear = true
		return
	}
	for id := 0; id < x.len(); id++ {
		n := len(x.name(id))
		if n >= maxIndexedLen {
			x.linear = true
			return
		}
		x.byLen[n] |= 1 << id
	}
}

// find returns key's id, and whether it is one of the opaque keys.
func (x *keyIndex) find(key []byte) (id int, opaque, ok bool) {
	if !x.built {
		x.build()
	}
	id = -1
	if x.linear {
		for i := 0; i < x.len(); i++ {
			if x.name(i) == string(key) {
				if id < 0 {
					id = i
				}
				if i >= len(x.keys) {
					return id, true, true
				}
			}
		}
		return id, false, id >= 0
	}
	if len(key) >= maxIndexedLen {
		return -1, false, false
	}
	for m := x.byLen[len(key)]; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if x.name(i) == string(key) {
			if id < 0 {
				id = i
			}
			if i >= len(x.keys) {
				return id, true, true
			}
		}
	}
	return id, false, id >= 0
}
