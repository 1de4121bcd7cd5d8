package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it: a letter, mark, number,
// punctuation or symbol, or ASCII space (unicode.IsPrint). It reads its own tables
// (isprint.go) rather than package unicode's, which are far larger.
func IsPrint(r rune) bool {
	if r < utf8.RuneSelf {
		return ' ' <= r && r < 0x7F // negative runes too fall here
	}
	if r <= 0xFFFF {
		x := uint16(r)
		return countAtMost16(printEdges16[:], x)%2 == 1 && !has16(printHoles16[:], x)
	}
	if countAtMost32(printEdges32[:], uint32(r))%2 == 0 {
		return false // past MaxRune too: the last run ends below it
	}
	// The holes of the other planes all lie in plane 1.
	return r > 0x1FFFF || !has16(printHoles32[:], uint16(r-0x10000))
}

// IsGraphic is IsPrint with every space separator (Zs) (unicode.IsGraphic).
func IsGraphic(r rune) bool {
	return IsPrint(r) || 0 <= r && r <= 0xFFFF && has16(graphicOnly[:], uint16(r))
}

// countAtMost16 returns how many entries of the sorted t are <= x.
func countAtMost16(t []uint16, x uint16) int {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m] <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// countAtMost32 is countAtMost16 for 32-bit tables.
func countAtMost32(t []uint32, x uint32) int {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m] <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// has16 reports whether the sorted t holds x.
func has16(t []uint16, x uint16) bool {
	i := countAtMost16(t, x)
	return i > 0 && t[i-1] == x
}

// appendQuoted appends s in quote marks, escaped: non-printable runes (with graphicOnly, non-
// graphic ones; with ASCIIonly, every non-ASCII rune too) as \a … \v, \xNN, \uNNNN or
// \UNNNNNNNN, an invalid byte as \xNN.
func appendQuoted(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		buf = append(buf, `\x`...)
		return append(buf, lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, `\U`...)
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// Quote returns s as a double-quoted Go string literal, non-printable runes escaped.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false, false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', true, false))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote keeping every graphic rune (IsGraphic) as it is.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false, true))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go rune literal (RuneError for an invalid rune).
func QuoteRune(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3), r, '\'', false, false))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3), r, '\'', true, false))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as it is.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3), r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be a raw string literal unchanged: one line, valid
// UTF-8, no control characters but tab, no backquote, no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}
