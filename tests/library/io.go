// io: copying, reading at least / exactly, limits, sections, tees, multi readers and writers,
// ReadAll, WriteString and Discard over readers and writers of the program's own, compared
// with gc's package.
package main

import (
	"errors"
	"io"
)

// chunks reads its text a few bytes at a time, then returns end (EOF or another error).
type chunks struct {
	text string
	step int
	end  error
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.text) == 0 {
		return 0, c.end
	}
	n := c.step
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.text) {
		n = len(c.text)
	}
	copy(p, c.text[:n])
	c.text = c.text[n:]
	return n, nil
}

// sink keeps what is written; it fails once full.
type sink struct {
	got   []byte
	limit int
	calls int
}

func (s *sink) Write(p []byte) (int, error) {
	s.calls++
	room := s.limit - len(s.got)
	if len(p) > room {
		s.got = append(s.got, p[:room]...)
		return room, errors.New("sink full")
	}
	s.got = append(s.got, p...)
	return len(p), nil
}

// strSink also has WriteString.
type strSink struct{ sink }

func (s *strSink) WriteString(str string) (int, error) {
	s.calls += 100
	return s.Write([]byte(str))
}

// liar claims to write more than it was given.
type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

// at reads at offsets of a string.
type at string

func (a at) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(a)) {
		return 0, io.EOF
	}
	n := copy(p, a[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// buf is a WriterAt over a byte slice.
type buf struct{ b []byte }

func (w *buf) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(w.b)) < off+int64(len(p)) {
		w.b = append(w.b, '.')
	}
	return copy(w.b[off:], p), nil
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	println(io.SeekStart, io.SeekCurrent, io.SeekEnd, io.EOF.Error(), io.ErrUnexpectedEOF.Error(),
		io.ErrShortWrite.Error(), io.ErrShortBuffer.Error(), io.ErrNoProgress.Error(),
		io.ErrClosedPipe.Error())

	s := &sink{limit: 100}
	n, err := io.Copy(s, &chunks{"hello, world", 5, io.EOF})
	println("Copy", n, errText(err), string(s.got), s.calls)
	s = &sink{limit: 7}
	n, err = io.Copy(s, &chunks{"hello, world", 5, io.EOF})
	println("Copy full", n, errText(err), string(s.got))
	n, err = io.Copy(&sink{limit: 100}, &chunks{"abc", 2, errors.New("boom")})
	println("Copy error", n, errText(err))
	n, err = io.Copy(liar{}, &chunks{"abc", 2, io.EOF})
	println("Copy liar", n, errText(err))
	n, err = io.CopyN(&sink{limit: 100}, &chunks{"abcdefgh", 3, io.EOF}, 5)
	println("CopyN", n, errText(err))
	n, err = io.CopyN(&sink{limit: 100}, &chunks{"abc", 3, io.EOF}, 5)
	println("CopyN short", n, errText(err))
	n, err = io.CopyBuffer(&sink{limit: 100}, &chunks{"abcdefgh", 8, io.EOF}, make([]byte, 3))
	println("CopyBuffer", n, errText(err))

	p := make([]byte, 6)
	k, err := io.ReadFull(&chunks{"abcdefgh", 4, io.EOF}, p)
	println("ReadFull", k, errText(err), string(p[:k]))
	k, err = io.ReadFull(&chunks{"abc", 2, io.EOF}, p)
	println("ReadFull short", k, errText(err))
	k, err = io.ReadFull(&chunks{"", 2, io.EOF}, p)
	println("ReadFull empty", k, errText(err))
	k, err = io.ReadAtLeast(&chunks{"abcdef", 1, io.EOF}, p, 3)
	println("ReadAtLeast", k, errText(err))
	k, err = io.ReadAtLeast(&chunks{"abcdef", 1, io.EOF}, p[:2], 3)
	println("ReadAtLeast buffer", k, errText(err))

	all, err := io.ReadAll(&chunks{"the quick brown fox jumps over the lazy dog", 7, io.EOF})
	println("ReadAll", len(all), errText(err), string(all))
	big := make([]byte, 3000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	all, err = io.ReadAll(&chunks{string(big), 100, io.EOF})
	println("ReadAll big", len(all), string(all[2990:]), errText(err))
	all, err = io.ReadAll(&chunks{"part", 3, errors.New("cut")})
	println("ReadAll error", string(all), errText(err))

	lr := io.LimitReader(&chunks{"abcdefgh", 3, io.EOF}, 5)
	all, _ = io.ReadAll(lr)
	println("LimitReader", string(all), lr.(*io.LimitedReader).N)

	sr := io.NewSectionReader(at("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	println("Section", string(all), sr.Size())
	off, err := sr.Seek(1, io.SeekStart)
	q := make([]byte, 10)
	k, _ = sr.Read(q)
	println("Seek", off, errText(err), string(q[:k]))
	off, err = sr.Seek(-2, io.SeekEnd)
	println("SeekEnd", off, errText(err))
	_, err = sr.Seek(-9, io.SeekCurrent)
	println("Seek bad", errText(err))
	_, err = sr.Seek(0, 7)
	println("Seek whence", errText(err))
	k, err = sr.ReadAt(q[:3], 3)
	println("ReadAt", k, errText(err), string(q[:k]))
	k, err = sr.ReadAt(q[:3], 1)
	println("ReadAt", k, errText(err), string(q[:k]))
	k, err = sr.ReadAt(q[:3], 9)
	println("ReadAt past", k, errText(err))
	r, o, size := sr.Outer()
	println("Outer", r != nil, o, size)

	w := &buf{}
	ow := io.NewOffsetWriter(w, 3)
	io.WriteString(ow, "abc")
	ow.WriteAt([]byte("Z"), 5)
	pos, _ := ow.Seek(1, io.SeekStart)
	ow.Write([]byte("y"))
	println("OffsetWriter", string(w.b), pos)

	ts := &sink{limit: 100}
	all, _ = io.ReadAll(io.TeeReader(&chunks{"tee", 2, io.EOF}, ts))
	println("Tee", string(all), string(ts.got))

	mr := io.MultiReader(&chunks{"ab", 1, io.EOF}, &chunks{"", 1, io.EOF}, &chunks{"cd", 5, io.EOF})
	all, err = io.ReadAll(mr)
	println("MultiReader", string(all), errText(err))
	ms := &sink{limit: 100}
	n, err = io.Copy(ms, io.MultiReader(&chunks{"xy", 1, io.EOF}, io.MultiReader(&chunks{"z", 1, io.EOF})))
	println("MultiReader WriteTo", n, errText(err), string(ms.got))

	a, b := &sink{limit: 100}, &strSink{sink{limit: 4}}
	mw := io.MultiWriter(a, b)
	k, err = mw.Write([]byte("ab"))
	println("MultiWriter", k, errText(err), string(a.got), string(b.got))
	k, err = io.WriteString(mw, "cdef")
	println("MultiWriter string", k, errText(err), string(a.got), string(b.got), a.calls, b.calls)

	k, err = io.WriteString(io.Discard, "gone")
	println("Discard", k, errText(err))
	n, err = io.Copy(io.Discard, &chunks{"some text", 4, io.EOF})
	println("Discard ReadFrom", n, errText(err))

	rc := io.NopCloser(&chunks{"x", 1, io.EOF})
	println("NopCloser", errText(rc.Close()))
	_, writerTo := io.NopCloser(io.MultiReader()).(io.WriterTo)
	println("NopCloser WriterTo", writerTo)

	defer func() { println("recovered:", recover().(string)) }()
	io.CopyBuffer(io.Discard, &chunks{"x", 1, io.EOF}, []byte{})
}
