// Package utf8 encodes and decodes UTF-8: runes to bytes and back, counting and validating.
//
// gocrane's implementation. A byte sequence that is not valid UTF-8 (a stray continuation
// byte, a truncated sequence, an overlong form, a surrogate half, a value past MaxRune)
// decodes as RuneError with width 1, so that a loop advancing by the width visits every byte.
package utf8

// The numbers that describe UTF-8.
const (
	RuneError = '\uFFFD'     // the replacement character, returned for invalid input
	RuneSelf  = 0x80         // runes below this are one byte, the same as their value
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the most bytes a rune's encoding takes
)

// Surrogate halves are not runes: UTF-8 never encodes them.
const (
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
)

// Continuation bytes are 10xxxxxx.
const (
	contMask = 0x3F
	contLo   = 0x80
	contHi   = 0xBF
)

// width returns how many bytes a sequence starting with b0 needs, and the range its second
// byte must fall in (narrower than contLo..contHi after E0, ED, F0 and F4, which is what
// excludes overlong forms, surrogates and values past MaxRune). A width of 0 means b0 cannot
// start a sequence.
func width(b0 byte) (n int, lo, hi byte) {
	switch {
	case b0 < RuneSelf:
		return 1, 0, 0
	case b0 < 0xC2: // continuation bytes, and C0/C1 (always overlong)
		return 0, 0, 0
	case b0 < 0xE0:
		return 2, contLo, contHi
	case b0 == 0xE0:
		return 3, 0xA0, contHi
	case b0 == 0xED:
		return 3, contLo, 0x9F
	case b0 < 0xF0:
		return 3, contLo, contHi
	case b0 == 0xF0:
		return 4, 0x90, contHi
	case b0 < 0xF4:
		return 4, contLo, contHi
	case b0 == 0xF4:
		return 4, contLo, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return contLo <= b && b <= contHi }

// decodeBytes decodes the rune at the start of the n bytes b0..b3 that are available (n may
// be anything; bytes past n are ignored).
func decodeBytes(b0, b1, b2, b3 byte, n int) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	w, lo, hi := width(b0)
	if w == 1 {
		return rune(b0), 1
	}
	if w == 0 || n < 2 || b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if w == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&contMask), 2
	}
	if n < 3 || !isCont(b2) {
		return RuneError, 1
	}
	if w == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&contMask)<<6 | rune(b2&contMask), 3
	}
	if n < 4 || !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&contMask)<<12 | rune(b2&contMask)<<6 | rune(b3&contMask), 4
}

// at returns p[i], or 0 past its end.
func at(p []byte, i int) byte {
	if i < len(p) {
		return p[i]
	}
	return 0
}

func atString(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// DecodeRune returns the first rune of p and its width in bytes: (RuneError, 0) for an empty
// p, (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	return decodeBytes(at(p, 0), at(p, 1), at(p, 2), at(p, 3), len(p))
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	return decodeBytes(atString(s, 0), atString(s, 1), atString(s, 2), atString(s, 3), len(s))
}

// lastStart returns where the last rune of a text of length n may start, given the text's
// byte at each index: the last rune-start byte among its final UTFMax bytes (0 if there is
// none and the text is short).
func lastStart(n int, byteAt func(int) byte) int {
	lim := n - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := n - 1
	for start >= lim && !RuneStart(byteAt(start)) {
		start--
	}
	if start < 0 {
		start = 0
	}
	return start
}

// DecodeLastRune returns the last rune of p and its width: (RuneError, 0) for an empty p,
// (RuneError, 1) when the final bytes are not a valid encoding ending at the end.
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if last := p[n-1]; last < RuneSelf {
		return rune(last), 1
	}
	start := lastStart(n, func(i int) byte { return p[i] })
	r, size = DecodeRune(p[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if last := s[n-1]; last < RuneSelf {
		return rune(last), 1
	}
	start := lastStart(n, func(i int) byte { return s[i] })
	r, size = DecodeRuneInString(s[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// fullBytes reports whether the n available bytes b0, b1, b2 begin with a whole encoding (or
// an invalid one, which decodes with width 1 however many bytes follow).
func fullBytes(b0, b1, b2 byte, n int) bool {
	if n == 0 {
		return false
	}
	w, lo, hi := width(b0)
	if w <= 1 || n >= w {
		return true
	}
	// A prefix of a longer sequence: whole if it is already invalid.
	if n == 1 {
		return false
	}
	if b1 < lo || hi < b1 {
		return true
	}
	return w == 4 && n == 3 && !isCont(b2)
}

// FullRune reports whether p begins with a whole rune's encoding; an invalid encoding is
// whole, since it decodes as RuneError with width 1.
func FullRune(p []byte) bool {
	return fullBytes(at(p, 0), at(p, 1), at(p, 2), len(p))
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	return fullBytes(atString(s, 0), atString(s, 1), atString(s, 2), len(s))
}

// RuneLen returns how many bytes encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case surrogateLo <= r && r <= surrogateHi:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the encoding of r into p (RuneError's for an invalid rune) and returns
// its length. p must be long enough: it panics with an index error otherwise.
func EncodeRune(p []byte, r rune) int {
	n := RuneLen(r)
	if n < 0 {
		r, n = RuneError, 3
	}
	// The last byte is written first, so a short p fails at the index the encoding needs.
	switch n {
	case 1:
		p[0] = byte(r)
	case 2:
		p[1] = contLo | byte(r)&contMask
		p[0] = 0xC0 | byte(r>>6)
	case 3:
		p[2] = contLo | byte(r)&contMask
		p[1] = contLo | byte(r>>6)&contMask
		p[0] = 0xE0 | byte(r>>12)
	default:
		p[3] = contLo | byte(r)&contMask
		p[2] = contLo | byte(r>>6)&contMask
		p[1] = contLo | byte(r>>12)&contMask
		p[0] = 0xF0 | byte(r>>18)
	}
	return n
}

// AppendRune appends the encoding of r (RuneError's for an invalid rune) to p.
func AppendRune(p []byte, r rune) []byte {
	if 0 <= r && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; each byte of an invalid encoding counts as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRune(p[i:])
		i += w
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRuneInString(s[i:])
		i += w
	}
	return n
}

// RuneStart reports whether b can be the first byte of an encoding (it is not a
// continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != contLo }

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRune(p[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// ValidRune reports whether r can be encoded: a code point that is not a surrogate half.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateLo || surrogateHi < r && r <= MaxRune
}
