// strconv: integers both ways in every base, booleans, quoting, and gc's errors, compared with
// gc's package.
package main

import (
	"errors"
	"runtime"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// q spells invalid UTF-8 bytes as \xNN, so that the output is text.
func q(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strconv.QuoteToASCII(s)
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return q(err.Error())
}

var ints = []int64{0, 1, 9, 10, 42, 99, 100, -1, -99, -100, 255, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63}

var texts = []string{
	"", "0", "-0", "+5", "42", "-42", "0x1F", "0X1f", "0b101", "0o17", "017", "08", "1_000",
	"1__0", "_1", "1_", "0x_1F", "9223372036854775807", "9223372036854775808",
	"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
	"18446744073709551616", "255", "256", "-129", "abc", "z", "Z", "1e3", " 1", "+", "-", "0x",
	"123456789012345678", "1234567890123456789", "é", "\xff",
}

func main() {
	println(strconv.IntSize, errText(strconv.ErrRange), errText(strconv.ErrSyntax))
	for _, i := range ints {
		print(strconv.Itoa(int(i)), " ", strconv.FormatInt(i, 2), " ", strconv.FormatInt(i, 16),
			" ", strconv.FormatInt(i, 36), " ", strconv.FormatUint(uint64(i), 10), " ",
			strconv.FormatUint(uint64(i), 7), " ", string(strconv.AppendInt([]byte("x="), i, 10)),
			" ", string(strconv.AppendUint(nil, uint64(i), 3)), "\n")
	}
	for _, s := range texts {
		a, err := strconv.Atoi(s)
		println("Atoi", q(s), a, errText(err))
		for _, base := range []int{0, 10, 16, 2, 36, 1, 37} {
			for _, bits := range []int{0, 8, 64, 65} {
				i, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				println(" ", base, bits, i, errText(err), u, errText(uerr))
			}
		}
	}
	_, err := strconv.Atoi("x")
	ne, ok := err.(*strconv.NumError)
	println(ok, ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)

	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false",
		"FALSE", "False", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		println("ParseBool", s, b, errText(err))
	}
	println(strconv.FormatBool(true), strconv.FormatBool(false),
		string(strconv.AppendBool([]byte("b:"), true)))

	for _, s := range []string{"", "hello", "tab\there", "quote\" and \\", "new\nline", "é日本\U0001F600",
		"\x00\x07\x7f", "\u00a0nbsp\u2028", "\xff\xfe", "bom\ufeff", "`back`", "a'b", "\u0301combining"} {
		println(q(strconv.Quote(s)), q(strconv.QuoteToASCII(s)), q(strconv.QuoteToGraphic(s)),
			strconv.CanBackquote(s), q(string(strconv.AppendQuote([]byte("->"), s))))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '\u00a0', 0xFFFD,
		0x10FFFF, 0x110000, -1, 0xD800, '\U0001F600', 0x2028} {
		println(r, q(strconv.QuoteRune(r)), q(strconv.QuoteRuneToASCII(r)), q(strconv.QuoteRuneToGraphic(r)),
			strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	// Unquote, QuotedPrefix and UnquoteChar.
	for _, s := range []string{``, `"`, `""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, `"\q"`,
		`"unterminated`, "\"new\nline\"", `'a'`, `'ab'`, `''`, `'\''`, `'"'`, `"'"`, `"\'"`, `'\"'`,
		`'\x80'`, `'\u00e9'`, `'é'`, "`raw\\n`", "`with\rcr`", "`unterminated", `"a" tail`, `"\400"`,
		`"\777"`, `"\08"`, `"\uD800"`, `"\U00110000"`, `'\uD800'`, "\"\xff\"", "'\xff'", `x`, `"é"`,
		`"\u12"`, `"\`, `'\n'`, `"a\"b"`, "`a`b"} {
		v, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		println(strconv.QuoteToASCII(s), strconv.QuoteToASCII(v), err == nil, strconv.QuoteToASCII(p), perr == nil)
	}
	for _, s := range []string{`\n`, `\x41z`, `é`, `\u00e9`, `'`, `"`, `\'`, `\"`, `\`, ``, `\8`, `\1`, `\12`, `\123`} {
		for _, q := range []byte{'\'', '"', 0} {
			r, mb, tail, err := strconv.UnquoteChar(s, q)
			println(strconv.QuoteToASCII(s), q, r, mb, tail, err == nil)
		}
	}

	checkPrintable()

	println("mallocs:", mallocs(func() { sink = strconv.Itoa(7) }), mallocs(func() { sink = strconv.Itoa(12345) }),
		mallocs(func() { n, _ = strconv.Atoi("123") }), mallocs(func() { sink = strconv.Quote("hi\n") }),
		mallocs(func() { n, _ = strconv.Atoi("nope") }))

	defer func() { println("recovered:", recover().(string)) }()
	strconv.FormatInt(1, 40)
}

// checkPrintable compares IsPrint and IsGraphic with package unicode's for every rune (and
// one past each end), printing counts and a checksum of the printable and graphic runes.
func checkPrintable() {
	var bad, nPrint, nGraphic int
	var sumP, sumG uint32
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		p, g := strconv.IsPrint(r), strconv.IsGraphic(r)
		if p != unicode.IsPrint(r) || g != unicode.IsGraphic(r) {
			bad++
			if bad <= 10 {
				println("mismatch", r, p, g)
			}
		}
		if p {
			nPrint++
			sumP = sumP*31 + uint32(r)
		}
		if g {
			nGraphic++
			sumG = sumG*31 + uint32(r)
		}
	}
	println("IsPrint/IsGraphic mismatches:", bad, "printable:", nPrint, sumP, "graphic:", nGraphic, sumG)
}

var (
	sink string
	n    int
)

func mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}
