// Package bytes works on byte slices as package strings works on strings: searching,
// splitting, joining, trimming, replacing, case mapping; Buffer is a growable buffer to
// read from and write to, Reader reads a slice.
//
// gocrane's implementation. Where a function decodes runes, an invalid byte counts as
// RuneError with width 1, as in unicode/utf8. Which results are nil, which are empty but
// not nil, and the capacities of the slices returned are gc's: the pieces Split, Fields and
// their kin return cannot be appended to without copying, and results cut from the input
// keep the input's spare capacity.
package bytes

import (
	"internal/bytealg"
	"unicode"
	"unicode/utf8"
)

// leak is never set. The store it guards makes escape analysis take a slice as written
// to: gc's IndexByte, Index, Count and Compare are assembly, which escape analysis assumes
// writes to the slices it is given, so a string converted to []byte for them (or for the
// functions built on them) is copied rather than shared; asmOperand gives gocrane's escape
// analysis the same picture, so that callers' remarks match gc's.
var leak bool

func asmOperand(b []byte) {
	if leak && len(b) > 0 {
		b[0] = 0
	}
}

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b, byte by byte (nil is
// empty).
func Compare(a, b []byte) int {
	asmOperand(a)
	asmOperand(b)
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// Count returns how many non-overlapping instances of sep s has; for an empty sep, the
// number of runes plus one.
func Count(s, sep []byte) int {
	asmOperand(s)
	asmOperand(sep)
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		n := 0
		for _, c := range s {
			if c == sep[0] {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	asmOperand(b)
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	asmOperand(s)
	asmOperand(sep)
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	first := sep[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first rune r in s, or -1. RuneError matches an invalid
// byte as well as U+FFFD itself; a rune that is not valid never matches.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
}

// inChars reports whether r is one of the runes of chars (an invalid byte of chars reads as
// RuneError).
func inChars(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if len(chars) == 1 {
		// One byte: an ASCII rune, or an invalid byte, which reads as RuneError.
		r := rune(chars[0])
		if r >= utf8.RuneSelf {
			r = utf8.RuneError
		}
		return IndexRune(s, r)
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(s[i:])
		}
		if inChars(chars, r) {
			return i
		}
		i += n
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1 (runes
// decoded backwards, as utf8.DecodeLastRune does).
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, n := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s[:i])
		}
		i -= n
		if inChars(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s for which f is true, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index of the last rune of s for which f is true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += n
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, n := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s[:i])
		}
		i -= n
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Cut slices s around the first sep: before, after, and true; or s, nil and false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast slices s around the last sep: before, after, and true; or s, nil and false.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix, and whether it had it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether it had it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a copy of b: nil for nil, empty (not nil) for empty.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// explode splits s into its runes' encodings (an invalid byte alone), at most n pieces
// (n <= 0: all), the last holding the rest with s's spare capacity.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k == n-1 {
			a[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		a[k] = s[:w:w]
		s = s[w:]
		k++
	}
	return a[:k]
}

// split cuts s at each sep, keeping sepSave bytes of sep with each piece, into at most n
// pieces (n < 0: all). Each piece but the last is capped at its length.
func split(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
	}
	a[i] = s
	return a[:i+1]
}

// Split cuts s at every sep; an empty sep splits after each rune.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitN is Split into at most n pieces (n < 0: all; n == 0: nil).
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfter cuts s after every sep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Fields splits s around each run of white space (unicode.IsSpace); the result is never
// nil. ASCII input is split in place of asking unicode.
func Fields(s []byte) [][]byte {
	// Count the fields (and see whether s is all ASCII) first, to allocate the result once.
	n := 0
	wasSpace := true
	var all byte // every byte ORed together
	for i := 0; i < len(s); i++ {
		c := s[i]
		all |= c
		space := isASCIISpace(c)
		if wasSpace && !space {
			n++
		}
		wasSpace = space
	}
	if all >= utf8.RuneSelf {
		return FieldsFunc(s, unicode.IsSpace)
	}
	a := make([][]byte, n)
	k := 0
	lo := -1 // where the current field starts
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			if lo >= 0 {
				a[k] = s[lo:i:i]
				k++
				lo = -1
			}
		} else if lo < 0 {
			lo = i
		}
	}
	if lo >= 0 {
		a[k] = s[lo:len(s):len(s)]
	}
	return a
}

// isASCIISpace reports whether c is '\t', '\n', '\v', '\f', '\r' or ' '.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// span is one field's bounds, for FieldsFunc. (A package-level type, where gc's declares
// it in the function: the library archive's summary can name only package-level types —
// see the driver's archive.rs.)
type span struct{ start, end int }

// FieldsFunc splits s around each run of runes for which f is true. f is called once per
// rune, in order; the result is never nil and has no spare capacity.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	// The fields' bounds first (f may not be pure; up to 32 fields need no allocation), then
	// the result.
	spans := make([]span, 0, 32)
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end:sp.end]
	}
	return a
}

// Join concatenates the slices of s with sep between them into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	const maxInt = int(^uint(0) >> 1)
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		n = len(sep) * (len(s) - 1)
	}
	for _, v := range s {
		if len(v) > maxInt-n {
			panic("bytes: Join output length overflow")
		}
		n += len(v)
	}
	b := bytealg.MakeNoZero(n)[:n:n]
	k := copy(b, s[0])
	for _, v := range s[1:] {
		k += copy(b[k:], sep)
		k += copy(b[k:], v)
	}
	return b
}

// Repeat returns count copies of b in a new slice; it panics if count is negative or the
// result too long.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(b) > maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	if len(b) == 0 {
		return []byte{}
	}
	out := bytealg.MakeNoZero(n)[:n:n]
	k := copy(out, b)
	for k < n {
		// Double what is there (copy clips the last round).
		k += copy(out[k:], out[:k])
	}
	return out
}

// Map returns a new slice with each rune of s replaced by mapping's result; a negative
// result drops the rune. mapping is called once per rune, in order.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if r = mapping(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	return b
}

// ToUpper returns a new slice with every letter of s in upper case.
func ToUpper(s []byte) []byte {
	isASCII, hasLower := true, false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if !isASCII {
		return Map(unicode.ToUpper, s)
	}
	if !hasLower {
		return append([]byte(""), s...)
	}
	b := bytealg.MakeNoZero(len(s))[:len(s):len(s)]
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToLower returns a new slice with every letter of s in lower case.
func ToLower(s []byte) []byte {
	isASCII, hasUpper := true, false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if !isASCII {
		return Map(unicode.ToLower, s)
	}
	if !hasUpper {
		return append([]byte(""), s...)
	}
	b := bytealg.MakeNoZero(len(s))[:len(s):len(s)]
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToTitle returns a new slice with every letter of s in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case with c's special mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's special mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's special mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a new slice: s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was part of an invalid run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+w]...)
		i += w
	}
	return b
}

// wordSeparator reports whether r ends a word for Title: ASCII other than letters, digits
// and '_'; beyond ASCII, only white space.
func wordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title maps the first letter of each word to title case, into a new slice.
//
// Deprecated: the word boundaries ignore Unicode punctuation (as gc's do).
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		sep := wordSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc removes the leading runes for which f is true (nil when nothing is left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes for which f is true.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc removes the leading and trailing runes for which f is true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix returns s without prefix (s itself if it does not begin with it).
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix (s itself if it does not end with it).
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Trim removes the leading and trailing runes that are in cutset: nil for an empty s or
// when nothing is left, s itself for an empty cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(trimRight(s, cutset), cutset)
}

// TrimLeft removes the leading runes that are in cutset: nil for an empty s or when
// nothing is left, s itself for an empty cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight removes the trailing runes that are in cutset (s[:0] when nothing is left).
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

func trimLeft(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(s)
		}
		if !inChars(cutset, r) {
			break
		}
		s = s[n:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func trimRight(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s)
		}
		if !inChars(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimSpace removes leading and trailing white space (nil when nothing is left).
func TrimSpace(s []byte) []byte {
	// ASCII from both ends; at the first non-ASCII byte, the Unicode way from there.
	lo := 0
	for ; lo < len(s); lo++ {
		c := s[lo]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[lo:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	if lo == len(s) {
		return nil
	}
	s = s[lo:]
	hi := len(s) - 1
	for ; hi >= 0; hi-- {
		c := s[hi]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[:hi+1], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	return s[:hi+1]
}

// Runes returns the runes of s (RuneError for each invalid byte).
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := range t {
		r, n := utf8.DecodeRune(s)
		t[i] = r
		s = s[n:]
	}
	return t
}

// Replace returns a new slice: s with its first n non-overlapping instances of old replaced
// by new (all when n < 0). An empty old matches before each rune and at the end. Without
// any replacement it is a copy of s (nil for an empty s).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRune(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll replaces every instance of old.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, read as UTF-8, are equal under simple Unicode case
// folding: rune by rune (an invalid byte reads as RuneError), each pair in the same
// SimpleFold orbit.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf && t[0] < utf8.RuneSelf {
			sr, tr = rune(s[0]), rune(t[0])
			s, t = s[1:], t[1:]
		} else {
			var n int
			sr, n = utf8.DecodeRune(s)
			s = s[n:]
			tr, n = utf8.DecodeRune(t)
			t = t[n:]
		}
		if !foldEqual(sr, tr) {
			return false
		}
	}
	return len(s) == len(t)
}

// foldEqual reports whether a and b are in the same case-folding orbit.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	if a > b {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	// Walk a's orbit upwards from a: b is in it if it comes before the orbit wraps round.
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}
