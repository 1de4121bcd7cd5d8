// bytes: the functions over nil, empty, ASCII, multi-byte and invalid UTF-8 slices (their
// results' contents, lengths, capacities and nil-ness, and whether they alias the input),
// Buffer (growth, reads and unreads, the errors and panics) and Reader, compared with gc's
// package.
package main

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func hexDigit(n byte) byte {
	if n < 10 {
		return '0' + n
	}
	return 'a' + n - 10
}

// q spells b with its invalid UTF-8 bytes and control bytes as \xNN, so that the output is
// printable UTF-8 text.
func q(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 || r < ' ' {
			sb.WriteString("\\x")
			sb.WriteByte(hexDigit(b[i] >> 4))
			sb.WriteByte(hexDigit(b[i] & 15))
		} else {
			sb.Write(b[i : i+w])
		}
		i += w
	}
	return sb.String()
}

// show prints a slice: its text, length, capacity and whether it is nil.
func show(b []byte) {
	print("'", q(b), "' ", len(b), "/", cap(b))
	if b == nil {
		print(" nil")
	}
	print("; ")
}

func showAll(a [][]byte) {
	print(len(a), "/", cap(a))
	if a == nil {
		print(" nil")
	}
	print(" [")
	for _, b := range a {
		show(b)
	}
	println("]")
}

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// input returns s as a fresh slice with 3 bytes of spare capacity (so that results cut from
// it show whether they keep it); "<nil>" stands for nil and "<empty>" for an empty non-nil
// slice.
func input(s string) []byte {
	switch s {
	case "<nil>":
		return nil
	case "<empty>":
		return []byte{}
	}
	b := make([]byte, len(s), len(s)+3)
	copy(b, s)
	return b
}

var texts = []string{
	"<nil>", "<empty>", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "日本語日本語", "  padded\t\n",
	"\xff\xfeab\xff", "aaaa", "foo bar  baz ", "\u2003x\u3000", "x\u0085y", "€uro€",
	"ǅungla ǈ Σίσυφος ﬃ İı ß", "MiXeD CaSe", "   ", "\xe6\x97", "a\uFFFDb",
}

var seps = []string{"<empty>", ",", "a", "aa", "ö", "\xff", "日本", " ", "xyz"}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouäöü", r) }

func main() {
	for i, t := range texts {
		println("== text", i, len(t))
		s := input(t)
		showAll(bytes.Fields(s))
		showAll(bytes.FieldsFunc(s, isVowel))
		show(bytes.TrimSpace(input(t)))
		show(bytes.Trim(input(t), " a\xff"))
		show(bytes.Trim(input(t), "a"))
		show(bytes.Trim(input(t), ""))
		show(bytes.TrimLeft(input(t), "ah "))
		show(bytes.TrimLeft(input(t), "日"))
		show(bytes.TrimRight(input(t), "c\n\t€"))
		show(bytes.TrimRight(input(t), "a"))
		show(bytes.TrimFunc(input(t), isVowel))
		show(bytes.TrimLeftFunc(input(t), unicode.IsLetter))
		show(bytes.TrimRightFunc(input(t), unicode.IsLetter))
		println()
		show(bytes.ToUpper(s))
		show(bytes.ToLower(s))
		show(bytes.ToTitle(s))
		show(bytes.Title(s))
		show(bytes.ToUpperSpecial(unicode.TurkishCase, s))
		show(bytes.ToLowerSpecial(unicode.TurkishCase, s))
		show(bytes.ToTitleSpecial(unicode.AzeriCase, s))
		show(bytes.ToValidUTF8(s, []byte("?")))
		show(bytes.ToValidUTF8(s, nil))
		show(bytes.Clone(s))
		show(bytes.Repeat(s, 3))
		show(bytes.Repeat(s, 0))
		calls := 0
		show(bytes.Map(func(r rune) rune {
			calls++
			if r == 'a' {
				return 'A'
			}
			if r == ' ' {
				return -1
			}
			if r == 'b' {
				return 0x10000
			}
			return r
		}, s))
		println(calls)
		rs := bytes.Runes(s)
		print(len(rs), " ", cap(rs), " ", rs == nil, ":")
		for _, r := range rs {
			print(" ", r)
		}
		println()
		println(bytes.Count(s, nil), bytes.IndexFunc(s, isVowel), bytes.LastIndexFunc(s, isVowel),
			bytes.ContainsFunc(s, isVowel), bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace))
		println(bytes.IndexRune(s, 'b'), bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, utf8.RuneError),
			bytes.IndexRune(s, -1), bytes.IndexRune(s, 0x110000), bytes.IndexByte(s, 'a'), bytes.LastIndexByte(s, 'a'),
			bytes.ContainsRune(s, '日'))
		println(bytes.IndexAny(s, "öb\xff"), bytes.LastIndexAny(s, "öb\xff"), bytes.IndexAny(s, ""),
			bytes.LastIndexAny(s, ""), bytes.IndexAny(s, "\uFFFD"), bytes.LastIndexAny(s, "\uFFFD"),
			bytes.IndexAny(s, "xyz ,"), bytes.LastIndexAny(s, "xyz ,"), bytes.ContainsAny(s, "日x"),
			bytes.IndexAny(s, "日"), bytes.LastIndexAny(s, "語本"))
		for _, st := range seps {
			sep := input(st)
			print(q(sep), ": ")
			println(bytes.Count(s, sep), bytes.Index(s, sep), bytes.LastIndex(s, sep), bytes.Contains(s, sep),
				bytes.HasPrefix(s, sep), bytes.HasSuffix(s, sep), bytes.Equal(s, sep), bytes.Compare(s, sep),
				bytes.Compare(sep, s), bytes.EqualFold(s, sep))
			showAll(bytes.Split(s, sep))
			showAll(bytes.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 3} {
				showAll(bytes.SplitN(s, sep, n))
				showAll(bytes.SplitAfterN(s, sep, n))
			}
			for _, n := range []int{-1, 0, 1, 2} {
				show(bytes.Replace(input(t), sep, []byte("<>"), n))
				show(bytes.Replace(input(t), sep, nil, n))
			}
			show(bytes.ReplaceAll(input(t), sep, []byte("-")))
			before, after, found := bytes.Cut(input(t), sep)
			show(before)
			show(after)
			println(found)
			before, after, found = bytes.CutLast(input(t), sep)
			show(before)
			show(after)
			println(found)
			after, found = bytes.CutPrefix(input(t), sep)
			show(after)
			println(found)
			before, found = bytes.CutSuffix(input(t), sep)
			show(before)
			println(found)
			show(bytes.TrimPrefix(input(t), sep))
			show(bytes.TrimSuffix(input(t), sep))
			println()
		}
	}

	println("== Join")
	for _, parts := range [][]string{{}, {"<nil>"}, {"<empty>"}, {"a"}, {"a", "b"}, {"<nil>", "<nil>"}, {"ab", "", "cd", "€"}} {
		var in [][]byte
		for _, p := range parts {
			in = append(in, input(p))
		}
		show(bytes.Join(in, nil))
		show(bytes.Join(in, []byte(", ")))
		println()
	}
	one := [][]byte{input("solo")}
	j := bytes.Join(one, []byte(","))
	j[0] = 'S'
	println(q(one[0]), q(j))

	println("== EqualFold")
	for _, p := range [][2]string{{"Go", "GO"}, {"k", "\u212A"}, {"ß", "ẞ"}, {"σ", "Σ"}, {"ς", "σ"},
		{"\xff", "\xfe"}, {"a", "ab"}, {"İ", "i"}, {"Straße", "STRASSE"}, {"ǅ", "ǆ"}, {"@", "`"}} {
		println(strconv.Quote(p[0]), strconv.Quote(p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}

	println("== aliasing")
	src := input("  Hello, World  ")
	tr := bytes.TrimSpace(src)
	tr[0] = 'J'
	println(q(src), q(tr), cap(tr))
	up := bytes.ToUpper(src)
	up[2] = 'X'
	println(q(src), q(up))
	parts := bytes.Split(src, []byte(","))
	parts[0] = append(parts[0], '!')
	println(q(src), q(parts[0]), q(parts[1]))
	last := bytes.Split(src, []byte(","))
	last[1] = append(last[1], '?')
	println(q(src), q(last[1]))

	buffers()
	readers()
	conversions()
	panics()
}

// conversions passes string-to-[]byte conversions to each function: whether gc copies the
// string or shares it (its "zero-copy" remark) depends on what each function's escape
// analysis says it does with the slice.
func conversions() {
	println("== conversions")
	println(len(bytes.Split([]byte("a,b"), []byte(","))), len(bytes.SplitN([]byte("a,b"), []byte(","), 2)),
		len(bytes.SplitAfter([]byte("a,b"), []byte(","))), len(bytes.SplitAfterN([]byte("a,b"), []byte(","), 2)))
	println(bytes.Count([]byte("a,b"), []byte(",")), bytes.Index([]byte("a,b"), []byte(",b")),
		bytes.LastIndex([]byte("a,b"), []byte("a,")), bytes.Contains([]byte("a,b"), []byte(",")))
	println(bytes.Equal([]byte("ab"), []byte("ab")), bytes.Compare([]byte("ab"), []byte("b")),
		bytes.HasPrefix([]byte("ab"), []byte("a")), bytes.HasSuffix([]byte("ab"), []byte("b")),
		bytes.EqualFold([]byte("ab"), []byte("AB")))
	println(len(bytes.TrimPrefix([]byte("ab"), []byte("a"))), len(bytes.TrimSuffix([]byte("ab"), []byte("b"))),
		len(bytes.Replace([]byte("aab"), []byte("a"), []byte("xy"), 1)), len(bytes.ReplaceAll([]byte("aab"), []byte("a"), []byte("xy"))))
	one := make([][]byte, 2)
	println(len(bytes.Join(one, []byte(", "))), len(bytes.ToValidUTF8([]byte("a\xffb"), []byte("?"))))
	a, _, _ := bytes.Cut([]byte("a,b"), []byte(","))
	b, _, _ := bytes.CutLast([]byte("a,b"), []byte(","))
	c, _ := bytes.CutPrefix([]byte("a,b"), []byte("a"))
	d, _ := bytes.CutSuffix([]byte("a,b"), []byte("b"))
	println(len(a), len(b), len(c), len(d))
	println(bytes.ContainsAny([]byte("ab"), "b"), bytes.ContainsRune([]byte("ab"), 'b'),
		bytes.ContainsFunc([]byte("a b"), unicode.IsSpace), bytes.IndexByte([]byte("ab"), 'b'),
		bytes.LastIndexByte([]byte("ab"), 'a'), bytes.IndexRune([]byte("aé"), 'é'))
	println(bytes.IndexAny([]byte("abc"), "cb"), bytes.LastIndexAny([]byte("abc"), "ab"),
		bytes.IndexFunc([]byte("a b"), unicode.IsSpace), bytes.LastIndexFunc([]byte("a b"), unicode.IsSpace))
	println(len(bytes.Fields([]byte(" a b "))), len(bytes.FieldsFunc([]byte(" a b "), unicode.IsSpace)),
		len(bytes.Map(unicode.ToUpper, []byte("ab"))), len(bytes.Repeat([]byte("ab"), 2)),
		len(bytes.ToUpper([]byte("ab"))), len(bytes.ToLower([]byte("AB"))), len(bytes.ToTitle([]byte("ab"))))
	println(len(bytes.ToUpperSpecial(unicode.TurkishCase, []byte("i"))), len(bytes.ToLowerSpecial(unicode.TurkishCase, []byte("I"))),
		len(bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i"))), len(bytes.Title([]byte("ab cd"))))
	println(len(bytes.TrimLeftFunc([]byte(" a "), unicode.IsSpace)), len(bytes.TrimRightFunc([]byte(" a "), unicode.IsSpace)),
		len(bytes.TrimFunc([]byte(" a "), unicode.IsSpace)), len(bytes.Trim([]byte("xax"), "x")),
		len(bytes.TrimLeft([]byte("xax"), "x")), len(bytes.TrimRight([]byte("xax"), "x")),
		len(bytes.TrimSpace([]byte(" a "))), len(bytes.Runes([]byte("aé"))), len(bytes.Clone([]byte("ab"))))
	var buf bytes.Buffer
	buf.Write([]byte("written"))
	p := []byte("read into")
	n, _ := buf.Read(p)
	println(n, q(p))
	r := bytes.NewReader(bytes.Repeat([]byte("r"), 3))
	p2 := []byte("xxxx")
	n, _ = r.Read(p2)
	n2, _ := r.ReadAt([]byte("yy"), 1)
	println(n, n2, q(p2))
	var sb strings.Builder
	sb.Write([]byte("builder"))
	sr := strings.NewReader("sr")
	n, _ = sr.Read([]byte("zz"))
	n2, _ = sr.ReadAt([]byte("ww"), 0)
	println(sb.String(), n, n2)
}

func showBuf(b *bytes.Buffer) {
	println("  buf:", q(b.Bytes()), b.Len(), b.Cap(), b.Available(), len(b.AvailableBuffer()), cap(b.AvailableBuffer()))
}

// oneByteReader hands out its data a byte at a time.
type oneByteReader struct{ data string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

type failingReader struct{}

func (failingReader) Read(p []byte) (int, error) {
	copy(p, "xy")
	return 2, errors.New("read failed")
}

// limitedWriter takes at most max bytes per Write.
type limitedWriter struct {
	got []byte
	max int
	err error
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, p[:n]...)
	return n, w.err
}

func buffers() {
	println("== Buffer")
	var b bytes.Buffer
	showBuf(&b)
	println(b.String(), b.Len())
	n, err := b.Write([]byte("hello"))
	println(n, errText(err))
	showBuf(&b)
	b.WriteByte(' ')
	n, _ = b.WriteRune('w')
	println(n)
	n, _ = b.WriteRune('ö')
	println(n)
	n, _ = b.WriteRune(0x1F600)
	println(n)
	n, _ = b.WriteRune(-1)
	println(n)
	b.WriteString("rld")
	showBuf(&b)
	for i := 0; i < 5; i++ {
		b.WriteString("0123456789abcdef0123456789")
		showBuf(&b)
	}
	p := make([]byte, 10)
	n, err = b.Read(p)
	println(n, errText(err), q(p[:n]))
	println(errText(b.UnreadByte()), errText(b.UnreadByte()), errText(b.UnreadRune()))
	c, err := b.ReadByte()
	println(c, errText(err))
	r, size, err := b.ReadRune()
	println(r, size, errText(err), errText(b.UnreadRune()), errText(b.UnreadRune()))
	r, size, err = b.ReadRune()
	println(r, size, errText(err))
	r, size, err = b.ReadRune()
	println(r, size, errText(err), errText(b.UnreadByte()))
	showBuf(&b)
	next := b.Next(4)
	show(next)
	println(errText(b.UnreadByte()))
	line, err := b.ReadBytes('0')
	show(line)
	println(errText(err))
	str, err := b.ReadString('f')
	println(q([]byte(str)), errText(err))
	peek, err := b.Peek(5)
	show(peek)
	println(errText(err))
	peek, err = b.Peek(1000)
	println(len(peek), errText(err))
	b.Truncate(20)
	showBuf(&b)
	b.Grow(10)
	showBuf(&b)
	b.Grow(1000)
	showBuf(&b)
	rest, err := b.ReadBytes('#')
	println(q(rest), errText(err))
	showBuf(&b)
	n, err = b.Read(p)
	println(n, errText(err))
	n, err = b.Read(nil)
	println(n, errText(err))
	c, err = b.ReadByte()
	println(c, errText(err))
	r, size, err = b.ReadRune()
	println(r, size, errText(err))
	s, err := b.ReadString('x')
	println(s, errText(err))
	show(b.Next(3))
	b.Reset()
	showBuf(&b)

	// Growth: sliding the unread bytes to the front instead of reallocating.
	var g bytes.Buffer
	g.Grow(100)
	showBuf(&g)
	g.WriteString(strings.Repeat("x", 100))
	g.Next(90)
	g.WriteString("0123456789")
	showBuf(&g)
	g.WriteString(strings.Repeat("y", 150))
	showBuf(&g)
	for _, k := range []int{0, 1, 63, 64, 65, 200, 4096} {
		var h bytes.Buffer
		h.Grow(k)
		print(h.Cap(), " ")
		var h2 bytes.Buffer
		h2.WriteString(strings.Repeat("z", k))
		print(h2.Cap(), " ")
		h2.WriteByte('!')
		println(h2.Cap())
	}

	// NewBuffer takes its slice over; NewBufferString copies.
	own := make([]byte, 3, 10)
	copy(own, "abc")
	nb := bytes.NewBuffer(own)
	nb.WriteString("de")
	println(q(own[:5]), nb.String(), nb.Cap())
	// (A constant argument would let gc's inliner size the copy exactly.)
	nbs := bytes.NewBufferString(strings.Repeat("from string ", 2))
	showBuf(nbs)
	var nilBuf *bytes.Buffer
	println(nilBuf.String())

	// ReadFrom and WriteTo.
	var rf bytes.Buffer
	m, err := rf.ReadFrom(&oneByteReader{"one byte at a time"})
	println(m, errText(err))
	showBuf(&rf)
	m, err = rf.ReadFrom(strings.NewReader(strings.Repeat("R", 700)))
	println(m, errText(err), rf.Len(), rf.Cap())
	m, err = rf.ReadFrom(failingReader{})
	println(m, errText(err), rf.Len())
	var sink strings.Builder
	m, err = rf.WriteTo(&sink)
	println(m, errText(err), sink.Len(), rf.Len())
	rf.WriteString("abcdefgh")
	lw := &limitedWriter{max: 3}
	m, err = rf.WriteTo(lw)
	println(m, errText(err), q(lw.got), rf.Len())
	lw = &limitedWriter{max: 2, err: errors.New("disk full")}
	m, err = rf.WriteTo(lw)
	println(m, errText(err), q(lw.got), rf.Len())
	m, err = rf.WriteTo(&sink)
	println(m, errText(err), rf.Len())
	m, err = rf.WriteTo(&sink)
	println(m, errText(err))
	var wb bytes.Buffer
	io.WriteString(&wb, "via io.WriteString")
	println(wb.String())
	println(bytes.MinRead, errText(bytes.ErrTooLarge))
}

func readers() {
	println("== Reader")
	r := bytes.NewReader([]byte("héllo, reader"))
	buf := make([]byte, 4)
	k, err := r.Read(buf)
	println(k, errText(err), q(buf), r.Len(), r.Size())
	c, size, err := r.ReadRune()
	println(c, size, errText(err), errText(r.UnreadRune()), errText(r.UnreadRune()))
	bb, _ := r.ReadByte()
	println(bb, errText(r.UnreadByte()))
	pos, err := r.Seek(-6, io.SeekEnd)
	println(pos, errText(err))
	rest, _ := io.ReadAll(r)
	println(q(rest), r.Len())
	k, err = r.ReadAt(buf, 9)
	println(k, errText(err), q(buf[:k]))
	k, err = r.ReadAt(buf, -1)
	println(k, errText(err))
	k, err = r.ReadAt(buf, 100)
	println(k, errText(err))
	_, err = r.Seek(0, 9)
	println(errText(err))
	_, err = r.Seek(-100, io.SeekCurrent)
	println(errText(err))
	pos, err = r.Seek(100, io.SeekStart)
	println(pos, errText(err), r.Len())
	k, err = r.Read(buf)
	println(k, errText(err))
	r.Reset([]byte("again"))
	var sb strings.Builder
	w, err := r.WriteTo(&sb)
	println(w, errText(err), sb.String())
	w, err = r.WriteTo(&sb)
	println(w, errText(err))
	r.Reset([]byte("short write"))
	lw := &limitedWriter{max: 5}
	w, err = r.WriteTo(lw)
	println(w, errText(err), q(lw.got), r.Len())
	_, _, err = r.ReadRune()
	println(errText(err), errText(bytes.NewReader(nil).UnreadByte()), errText(bytes.NewReader(nil).UnreadRune()))
	r.Reset([]byte("\xffé"))
	c, size, _ = r.ReadRune()
	println(c, size)
	c, size, _ = r.ReadRune()
	println(c, size)
	_, _, err = r.ReadRune()
	println(errText(err), errText(r.UnreadRune()))
}

func panics() {
	println("== panics")
	try := func(name string, f func()) {
		defer func() {
			v := recover()
			if err, ok := v.(error); ok {
				println(name, "error:", err.Error(), err == bytes.ErrTooLarge)
			} else if s, ok := v.(string); ok {
				println(name, "string:", s)
			} else {
				println(name, "no panic")
			}
		}()
		f()
	}
	try("truncate", func() {
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(4)
	})
	try("truncate-negative", func() {
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(-1)
	})
	try("truncate-zero", func() {
		var b bytes.Buffer
		b.Truncate(0)
	})
	try("grow", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	try("too-large", func() {
		var b bytes.Buffer
		b.Grow(1 << 60)
	})
	try("too-large-2", func() {
		var b bytes.Buffer
		b.WriteString("x")
		b.Grow(int(^uint(0) >> 1))
	})
	try("repeat", func() { bytes.Repeat([]byte("ab"), -1) })
	try("repeat-overflow", func() { bytes.Repeat([]byte("ab"), int(^uint(0)>>2)) })
	try("repeat-empty", func() { println(len(bytes.Repeat(nil, int(^uint(0)>>1)))) })
	var b bytes.Buffer
	b.WriteString("x")
	b.Truncate(5)
}
