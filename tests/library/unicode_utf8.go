// unicode/utf8 over valid and invalid inputs: every function, compared with gc's package.
package main

import "unicode/utf8"

var inputs = []string{
	"", "a", "hello", "héllo", "日本語", "\U0001F600", "a\U0001F600b",
	"\xff", "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x7f", "\xc2\x80",
	"\xdf\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xe0\xa0",
	"\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xee\x80\x80", "\xef\xbf\xbd",
	"\xef\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf0\x90\x80", "\xf0\x90",
	"\xf0", "\xf0\x20", "\xf0\x90\x20", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
	"\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xfe", "ab\xffcd", "x\xe2\x82",
	"\xe2\x82\xac", "€uro", "z\xe2\x82\xac", "\xe2\x82\xacz", "\x80\x80\x80\x80\x80",
	"a\x80\x80\x80\x80", "\xf0\x9f\x98\x80\x80",
}

var runes = []rune{
	0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff,
	0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff, '日', '€',
}

func main() {
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for i, s := range inputs {
		b := []byte(s)
		r1, n1 := utf8.DecodeRune(b)
		r2, n2 := utf8.DecodeRuneInString(s)
		r3, n3 := utf8.DecodeLastRune(b)
		r4, n4 := utf8.DecodeLastRuneInString(s)
		println(i, len(s), r1, n1, r2, n2, r3, n3, r4, n4)
		println("  full", utf8.FullRune(b), utf8.FullRuneInString(s),
			"count", utf8.RuneCount(b), utf8.RuneCountInString(s),
			"valid", utf8.Valid(b), utf8.ValidString(s))
		if len(s) > 0 {
			println("  start", utf8.RuneStart(s[0]), utf8.RuneStart(s[len(s)-1]))
		}
		// Every rune, as a range loop and as a decoding loop see them.
		for j, r := range s {
			print(" ", j, ":", r)
		}
		println()
		for j := 0; j < len(s); {
			r, w := utf8.DecodeRuneInString(s[j:])
			print(" ", j, ":", r, "/", w)
			j += w
		}
		println()
		for j := len(s); j > 0; {
			r, w := utf8.DecodeLastRuneInString(s[:j])
			print(" ", j, ":", r, "/", w)
			j -= w
		}
		println()
	}
	for _, r := range runes {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		p := utf8.AppendRune([]byte("x"), r)
		println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[0], buf[1], buf[2], buf[3],
			len(p), string(p[1:]) == string(r))
	}
	// A buffer too short for the encoding panics at the index it needs.
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	short := make([]byte, 1)
	utf8.EncodeRune(short, '日')
}
