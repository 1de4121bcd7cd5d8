// Package strings works on UTF-8 encoded strings: searching, splitting, joining, trimming,
// replacing, and building them (Builder) or reading them (Reader).
//
// gocrane's implementation. Where a function decodes runes, an invalid byte counts as
// RuneError with width 1, as in unicode/utf8.
package strings

import (
	"internal/bytealg"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

const maxInt = int(^uint(0) >> 1)

// Clone returns a fresh copy of s ("" for an empty s, which needs no memory).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b.
func Compare(a, b string) int {
	if leak {
		// Never runs: gc's Compare hands a and b to assembly, which escape analysis takes as
		// leaking them, and callers' escape remarks follow from that.
		stringSink, stringSink = a, b
	}
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// leak is never set: the stores it guards make values escape where gc's do (through
// assembly or package sync), so that escape analysis tells callers what gc's tells them.
var (
	leak         bool
	stringSink   string
	replacerSink *Replacer
)

// Count returns how many non-overlapping instances of substr s has; for an empty substr,
// the number of runes plus one.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	if len(substr) == 1 {
		return bytealg.CountString(s, substr[0])
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return bytealg.IndexByteString(s, substr[0])
	case n > len(s):
		return -1
	}
	first := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int { return bytealg.IndexByteString(s, c) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first rune r in s, or -1. RuneError matches an invalid
// byte as well as U+FFFD itself; a rune that is not valid never matches.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s for which f is true, or -1.
func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index of the last rune of s for which f is true, or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Cut splits s around the first sep: before, after, and whether sep was found (if not,
// before is s).
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutLast slices s around the last instance of sep: the text before and after it, and
// true; or s, "" and false when sep is not in s.
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix, and whether it had it.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether it had it.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// explode splits s into its runes' encodings (an invalid byte alone), at most n pieces
// (n < 0: all), the last holding the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// split cuts s at each sep, keeping sepSave bytes of sep with each piece, into at most n
// pieces (n < 0: all).
func split(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split cuts s at every sep; an empty sep splits after each rune.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitN is Split into at most n pieces (0: nil; negative: all), the last holding the rest.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfter cuts s after every sep, keeping it.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Fields splits s around each run of white space (unicode.IsSpace); the result is never
// nil. ASCII input is split in place of asking unicode.
func Fields(s string) []string {
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
	a := make([]string, n)
	k := 0
	lo := -1 // where the current field starts
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			if lo >= 0 {
				a[k] = s[lo:i]
				k++
				lo = -1
			}
		} else if lo < 0 {
			lo = i
		}
	}
	if lo >= 0 {
		a[k] = s[lo:]
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
func FieldsFunc(s string, f func(rune) bool) []string {
	// The fields' bounds first (f may not be pure; up to 32 fields need no allocation), then
	// the result.
	spans := make([]span, 0, 32)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s; it panics if count is negative or the result too long.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	var b Builder
	b.Grow(n)
	for b.Len() < n {
		b.WriteString(s)
	}
	return b.String()
}

// Replace returns s with its first n non-overlapping instances of old replaced by new (all
// when n < 0). An empty old matches before each rune and at the end.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRuneInString(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll replaces every instance of old.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with each rune replaced by mapping's result; a negative result drops the
// rune. An invalid byte is mapped as RuneError (so it changes even when mapping keeps
// RuneError). mapping is called once per rune, in order (Title relies on that).
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	copying := false // b holds the result so far
	for i, c := range s {
		r := mapping(c)
		if !copying {
			if r == c && (c != utf8.RuneError || !invalidAt(s, i)) {
				continue
			}
			b.Grow(len(s) + utf8.UTFMax)
			b.WriteString(s[:i])
			copying = true
		}
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	if !copying {
		return s
	}
	return b.String()
}

// invalidAt reports whether s[i:] starts with a byte that is not valid UTF-8 (as opposed to
// an encoded U+FFFD).
func invalidAt(s string, i int) bool {
	_, w := utf8.DecodeRuneInString(s[i:])
	return w == 1
}

// TrimLeftFunc removes the leading runes for which f is true.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes for which f is true.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc removes the leading and trailing runes for which f is true.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft removes the leading runes that are in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimRight removes the trailing runes that are in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim removes the leading and trailing runes that are in cutset.
func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix returns s without prefix (s itself if it does not begin with it).
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix (s itself if it does not end with it).
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// ToUpper returns s with every letter mapped to upper case.
func ToUpper(s string) string {
	isASCII, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
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
		return s
	}
	b := bytealg.MakeNoZero(len(s))[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

// ToLower returns s with every letter mapped to lower case.
func ToLower(s string) string {
	isASCII, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
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
		return s
	}
	b := bytealg.MakeNoZero(len(s))[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

// ToTitle returns s with every letter mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case with c's special mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's special mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's special mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// wordSeparator reports whether r ends a word for Title: ASCII other than letters, digits
// and '_'; beyond ASCII, only white space (letters and digits are never separators).
func wordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title maps the first letter of each word to title case (words as wordSeparator splits
// them).
//
// Deprecated: the word boundaries ignore Unicode punctuation (as gc's do).
func Title(s string) string {
	prev := ' ' // the rune before the one being mapped; the start counts as after a space
	return Map(func(r rune) rune {
		sep := wordSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// EqualFold reports whether s and t are equal under simple Unicode case folding: rune by
// rune (an invalid byte reads as RuneError), each pair in the same SimpleFold orbit.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf && t[0] < utf8.RuneSelf {
			sr, tr = rune(s[0]), rune(t[0])
			s, t = s[1:], t[1:]
		} else {
			var n int
			sr, n = utf8.DecodeRuneInString(s)
			s = s[n:]
			tr, n = utf8.DecodeRuneInString(t)
			t = t[n:]
		}
		if !foldEqual(sr, tr) {
			return false
		}
	}
	return s == "" && t == ""
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
		// Two ASCII runes fold together only as a letter's two cases.
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	// Walk a's orbit upwards from a: b is in it if it comes before the orbit wraps round.
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by replacement (s
// itself when it is valid).
func ToValidUTF8(s, replacement string) string {
	start := -1 // where the first invalid byte is
	for i, c := range s {
		if c == utf8.RuneError && invalidAt(s, i) {
			start = i
			break
		}
	}
	if start < 0 {
		return s
	}
	var b Builder
	b.Grow(len(s) + len(replacement))
	b.WriteString(s[:start])
	invalid := false // the previous byte was part of an invalid run
	for i := start; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+w])
		i += w
	}
	return b.String()
}
