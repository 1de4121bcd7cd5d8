// strings: searching, splitting, joining, trimming, replacing, Builder and Reader over ASCII,
// multi-byte and invalid UTF-8 inputs, compared with gc's package.
package main

import (
	"io"
	"runtime"
	"strings"
	"unicode/utf8"
)

func show(a []string) {
	print(len(a), " [")
	for i, s := range a {
		if i > 0 {
			print("|")
		}
		print(q(s))
	}
	println("]", a == nil)
}

// q spells s with its invalid UTF-8 bytes as \xNN, so that the output is UTF-8 text.
func q(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
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

var texts = []string{
	"", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "日本語日本語", "  padded\t\n", "\xff\xfeab\xff",
	"aaaa", "foo bar  baz ", "\u2003x\u3000", "a\u00a0b", "x\u0085y", "€uro€", "ǅungla ǈ Σίσυφος ﬃ İı ß", "MiXeD CaSe",
}

var seps = []string{"", ",", "a", "aa", "ö", "\xff", "日本", " ", "xyz"}

func hexDigit(n byte) byte {
	if n < 10 {
		return '0' + n
	}
	return 'a' + n - 10
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouäöü", r) }

func main() {
	for i, s := range texts {
		println("== text", i, len(s))
		show(strings.Fields(s))
		show(strings.FieldsFunc(s, isVowel))
		println(q(strings.TrimSpace(s)), "|", q(strings.Trim(s, " a\xff")), "|", q(strings.TrimLeft(s, "ah ")),
			"|", q(strings.TrimRight(s, "c\n\t€")), "|", q(strings.TrimFunc(s, isVowel)))
		println(strings.Count(s, ""), strings.IndexFunc(s, isVowel), strings.LastIndexFunc(s, isVowel),
			strings.ContainsFunc(s, isVowel))
		println(strings.IndexRune(s, 'b'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, 0xFFFD),
			strings.IndexRune(s, -1), strings.IndexByte(s, 'a'), strings.LastIndexByte(s, 'a'))
		println(strings.IndexAny(s, "öb\xff"), strings.LastIndexAny(s, "öb\xff"), strings.IndexAny(s, ""),
			strings.ContainsAny(s, "日x"))
		println(q(strings.ToUpper(s)), q(strings.ToLower(s)), q(strings.ToTitle(s)),
			q(strings.ToValidUTF8(s, "?")), q(strings.ToValidUTF8(s, "")))
		println(q(strings.Map(func(r rune) rune {
			if r == 'a' {
				return 'A'
			}
			if r == ' ' {
				return -1
			}
			return r
		}, s)))
		for _, sep := range seps {
			print(" [", q(sep), "] ", strings.Count(s, sep), " ", strings.Index(s, sep), " ",
				strings.LastIndex(s, sep), " ", strings.Contains(s, sep), " ",
				strings.HasPrefix(s, sep), " ", strings.HasSuffix(s, sep), "\n")
			show(strings.Split(s, sep))
			show(strings.SplitN(s, sep, 2))
			show(strings.SplitN(s, sep, 0))
			show(strings.SplitAfter(s, sep))
			show(strings.SplitAfterN(s, sep, 3))
			before, after, found := strings.Cut(s, sep)
			println(q(before), "|", q(after), found)
			a, ok1 := strings.CutPrefix(s, sep)
			b, ok2 := strings.CutSuffix(s, sep)
			println(q(a), ok1, q(b), ok2, q(strings.TrimPrefix(s, sep)), q(strings.TrimSuffix(s, sep)))
			println(q(strings.Replace(s, sep, "<>", 2)), q(strings.ReplaceAll(s, sep, "_")),
				q(strings.Replace(s, sep, "x", 0)))
		}
	}
	println(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), q(strings.Join(texts[:10], "--")))
	println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), strings.Repeat("日", 2))
	println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"),
		strings.Clone("") == "", strings.Clone("abc"))

	var b strings.Builder
	println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-5)
	n, err := b.Write([]byte("!!"))
	println(b.String(), b.Len(), b.Cap(), n, err == nil)
	b.Grow(100)
	println(b.Len(), b.Cap())
	b.Reset()
	b.Grow(10)
	println(b.Len(), b.Cap())
	for i := 0; i < 40; i++ {
		b.WriteString("abc")
	}
	println(b.Len(), b.Cap(), b.String()[110:])

	r := strings.NewReader("héllo, reader")
	buf := make([]byte, 4)
	k, err := r.Read(buf)
	println(k, err == nil, string(buf), r.Len(), r.Size())
	c, size, err := r.ReadRune()
	println(c, size, err == nil, errText(r.UnreadRune()), errText(r.UnreadRune()))
	bb, _ := r.ReadByte()
	println(bb, errText(r.UnreadByte()))
	pos, err := r.Seek(-6, io.SeekEnd)
	println(pos, errText(err))
	rest, _ := io.ReadAll(r)
	println(string(rest), r.Len())
	k, err = r.ReadAt(buf, 9)
	println(k, errText(err), string(buf[:k]))
	k, err = r.ReadAt(buf, -1)
	println(k, errText(err))
	_, err = r.Seek(0, 9)
	println(errText(err))
	_, err = r.Seek(-100, io.SeekCurrent)
	println(errText(err))
	r.Reset("again")
	var sb strings.Builder
	w, err := r.WriteTo(&sb)
	println(w, errText(err), sb.String())
	_, _, err = r.ReadRune()
	println(errText(err), errText(strings.NewReader("").UnreadByte()))

	// What the calls allocate, as gc's package allocates.
	parts := []string{"alpha", "beta", "gamma"}
	println("mallocs:", mallocs(func() { sink = strings.Join(parts, ", ") }),
		mallocs(func() { sink = strings.Repeat("ab", 50) }),
		mallocs(func() { sink = strings.ReplaceAll("a-b-c-d", "-", "+") }),
		mallocs(func() { sinks = strings.Split("a,b,c,d", ",") }),
		mallocs(func() { sinks = strings.Fields(" a b  c ") }),
		mallocs(func() {
			var b strings.Builder
			for i := 0; i < 20; i++ {
				b.WriteString("xyz")
			}
			sink = b.String()
		}),
		mallocs(func() { sink = strings.TrimSpace("  x  ") }),
		mallocs(func() { sink = strings.Clone("clone me") }))

	defer func() { println("recovered:", recover().(string)) }()
	strings.Repeat("x", -1)
}

var (
	sink  string
	sinks []string
)

func mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
