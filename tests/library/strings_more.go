// strings, the rest of the package: EqualFold, Title, the Special case mappings, CutLast,
// Map and FieldsFunc calling their function once per rune, Compare, ToValidUTF8, and
// NewReplacer with each of gc's algorithms (the results, the writes WriteString makes, short
// writes and errors, precedence among overlapping and empty old strings), compared with
// gc's package.
package main

import (
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// q spells s with its invalid UTF-8 bytes and control bytes as \xNN, so that the output is
// printable UTF-8 text.
func q(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || r < ' ' {
			b.WriteString("\\x")
			b.WriteByte(hexDigit(s[i] >> 4))
			b.WriteByte(hexDigit(s[i] & 15))
		} else {
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

func hexDigit(n byte) byte {
	if n < 10 {
		return '0' + n
	}
	return 'a' + n - 10
}

// recorder logs each call made to it; with fail > 0 the fail-th call fails, and with short
// it writes one byte less than asked.
type recorder struct {
	log   strings.Builder
	calls int
	fail  int
	short bool
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls++
	r.log.WriteString("W(" + q(string(p)) + ")")
	if r.calls == r.fail {
		return 0, errors.New("write failed")
	}
	if r.short && len(p) > 0 {
		return len(p) - 1, nil
	}
	return len(p), nil
}

// stringRecorder also has WriteString, which the Replacer prefers.
type stringRecorder struct {
	recorder
}

func (r *stringRecorder) WriteString(s string) (int, error) {
	r.calls++
	r.log.WriteString("S(" + q(s) + ")")
	if r.calls == r.fail {
		return 1, errors.New("writestring failed")
	}
	return len(s), nil
}

func showErr(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

var foldPairs = [][2]string{
	{"", ""}, {"a", ""}, {"", "a"}, {"Go", "GO"}, {"go", "Go!"}, {"abc", "abd"}, {"k", "K"},
	{"k", "\u212A"}, {"K", "\u212A"}, {"s", "ſ"}, {"S", "ſ"}, {"ß", "ẞ"}, {"ß", "ss"}, {"σ", "ς"},
	{"Σ", "ς"}, {"µ", "Μ"}, {"µ", "μ"}, {"İ", "i"}, {"ı", "I"}, {"İ", "İ"}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"},
	{"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"a\xff", "A\xff"}, {"Straße", "STRASSE"},
	{"ΣΊΣΥΦΟΣ", "σίσυφος"}, {"Ꭰ", "ꭰ"}, {"\U00010400", "\U00010428"}, {"ǈ", "Ǉ"}, {"θ", "ϑ"},
	{"ϴ", "θ"}, {"ι", "\u1FBE"}, {"ͅ", "Ι"}, {"@", "`"}, {"[", "{"}, {"é", "É"}, {"é", "E\u0301"},
	{"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, {"aé", "Aé\xff"},
}

var texts = []string{
	"", "hello world", "hello_world foo-bar baz.qux", "ǆungla ǉubav", "ñandú ünd", "\xffab c\xfe",
	"ıi İI", "don't stop", "x\u00a0y\u2003z", "123abc 4d", "ǲ ǳ", "αβγ δεζ",
}

func main() {
	println("== EqualFold")
	for _, p := range foldPairs {
		println(q(p[0]), q(p[1]), strings.EqualFold(p[0], p[1]), strings.EqualFold(p[1], p[0]))
	}

	println("== Title, Special, Map, FieldsFunc")
	for _, s := range texts {
		println(q(strings.Title(s)), "|", q(strings.ToUpperSpecial(unicode.TurkishCase, s)), "|",
			q(strings.ToLowerSpecial(unicode.TurkishCase, s)), "|", q(strings.ToTitleSpecial(unicode.AzeriCase, s)))
		calls := 0
		m := strings.Map(func(r rune) rune {
			calls++
			if r == 'o' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s)
		fcalls := 0
		f := strings.FieldsFunc(s, func(r rune) bool {
			fcalls++
			return r == ' ' || r == '_'
		})
		print(q(m), " ", calls, " ", fcalls, " ", len(f), " ", cap(f), " ", f == nil, " [")
		for _, x := range f {
			print(q(x), ";")
		}
		println("]")
		ident := strings.Map(func(r rune) rune { return r }, s)
		println(q(ident), ident == s, q(strings.ToValidUTF8(s, "?")), q(strings.ToValidUTF8(s, "")))
	}
	// A real U+FFFD maps to itself unchanged; an invalid byte becomes U+FFFD.
	println(q(strings.Map(func(r rune) rune { return r }, "a\uFFFDb\xffc")))

	println("== CutLast, Compare")
	for _, c := range [][2]string{{"a,b,c", ","}, {"abc", ""}, {"", ""}, {"abc", "x"}, {"abab", "ab"}, {"日本日本", "日"}} {
		b, a, found := strings.CutLast(c[0], c[1])
		b2, a2, found2 := strings.Cut(c[0], c[1])
		println(q(b), q(a), found, q(b2), q(a2), found2)
	}
	buf := []byte("abc")
	println(strings.Compare(string(buf), "abd"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "abc"))

	println("== Replacer")
	cases := [][]string{
		{},
		{"a", "1"},
		{"a", "1", "b", "2", "a", "3"},
		{"a", "11", "b", "", "c", "333"},
		{"a", "x", "a", "yy"},
		{"\xff", "F", "\x00", "Z"},
		{"ab", "X"},
		{"aa", "X"},
		{"abc", ""},
		{"", "-"},
		{"", ""},
		{"a", "A", "", "-"},
		{"", "-", "a", "A"},
		{"", "-", "", "+"},
		{"aaa", "3", "aa", "2", "a", "1"},
		{"a", "1", "aa", "2", "aaa", "3"},
		{"hello", "HELLO", "world", "WORLD", "hell", "HELL"},
		{"hell", "HELL", "hello", "HELLO"},
		{"ab", "1", "abc", "2", "b", "3", "bcd", "4"},
		{"é", "e", "日本", "JP", "\xff", "?"},
		{"a", "b", "b", "a"},
		{"x", "xx"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;", "\"", "&#34;"},
	}
	inputs := []string{"", "a", "aaaa", "abcab", "hello world hell", "\xff\x00xyz", "abcd bcd ab",
		"日本語 é", "<a href=\"x\">&</a>", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"}
	for i, args := range cases {
		r := strings.NewReplacer(args...)
		print(i, ":")
		for _, in := range inputs {
			print(" ", q(r.Replace(in)))
		}
		println()
		for _, in := range inputs[:5] {
			var w recorder
			n, err := r.WriteString(&w, in)
			var sw stringRecorder
			sn, serr := r.WriteString(&sw, in)
			println("  ", q(in), n, showErr(err), w.log.String(), sn, showErr(serr), sw.log.String())
		}
	}
	// Errors and short writes stop WriteString part way.
	for i, args := range cases[1:8] {
		r := strings.NewReplacer(args...)
		for fail := 1; fail <= 3; fail++ {
			w := recorder{fail: fail}
			n, err := r.WriteString(&w, "abcab\xff")
			sw := stringRecorder{recorder{fail: fail}}
			sn, serr := r.WriteString(&sw, "abcab\xff")
			println(i, fail, n, showErr(err), w.log.String(), sn, showErr(serr), sw.log.String())
		}
		w := recorder{short: true}
		n, err := r.WriteString(&w, "abcab")
		println(i, "short", n, showErr(err), w.log.String())
	}
	// The zero Replacer replaces nothing; a Replacer used both ways gives the same results.
	var z strings.Replacer
	println(z.Replace("abc"))
	n, err := z.WriteString(io.Discard, "abc")
	println(n, showErr(err))
	r := strings.NewReplacer("a", "b")
	var sb strings.Builder
	r.WriteString(&sb, "banana")
	println(sb.String(), r.Replace("banana"))
	// The arguments are copied: changing them afterwards changes nothing.
	args := []string{"x", "y"}
	r2 := strings.NewReplacer(args...)
	args[1] = "z"
	println(r2.Replace("xxx"))
	// An odd number of arguments panics.
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		strings.NewReplacer("a")
	}()
	strings.NewReplacer("a", "b", "c")
}
