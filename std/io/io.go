// Package io defines the interfaces of byte streams — Reader, Writer and their companions —
// and functions that move bytes between them.
//
// gocrane's implementation.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // relative to the start
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// EOF is what Read returns when no more input is available: a graceful end, not an error.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means the input ended in the middle of a block of fixed size or a
// structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than asked, without an error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is returned by readers whose Read keeps returning no data and no error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error of an operation on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// errInvalidWrite: a Write reported more bytes than it was given, or a negative count.
var errInvalidWrite = errors.New("invalid write result")

// Reader reads up to len(p) bytes into p and returns how many it read (0 <= n <= len(p)) and
// any error; at the end of the input the error is EOF.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer writes len(p) bytes from p and returns how many it wrote; fewer than len(p) comes
// with an error.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer releases what the value holds.
type Closer interface {
	Close() error
}

// Seeker sets the offset of the next Read or Write, relative to whence.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads from r until EOF or an error; Copy uses it when the destination has it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes to w until it has nothing left or an error; Copy uses it when the source
// has it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads len(p) bytes at offset off.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes len(p) bytes at offset off.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, with w's own WriteString if it has one (no copy to a []byte).
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it has at least min bytes: ErrShortBuffer if buf is
// shorter than min, ErrUnexpectedEOF if the input ends after some but fewer bytes, EOF if it
// ends before any.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes (see ReadAtLeast for the errors).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or up to an error) from src to dst; fewer than n comes with an error
// (EOF when src ended).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

// Copy copies from src to dst until EOF (which is not an error) or an error. It lets src
// write itself (WriterTo) or dst read for itself (ReaderFrom) when they can.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy through the buffer buf (allocated if nil; it panics if empty).
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		// No bigger than what a limited source can give.
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

// LimitReader reads from r but stops with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R at most N more bytes; each Read lowers N.
type LimitedReader struct {
	R Reader // the underlying reader
	N int64  // bytes left
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// NewSectionReader reads r from offset off for n bytes (to the end of the int64 offsets if
// off+n overflows).
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	var limit int64
	const maxInt64 = 1<<63 - 1
	if off <= maxInt64-n {
		limit = n + off
	} else {
		limit = maxInt64
	}
	return &SectionReader{r, off, off, limit, n}
}

// SectionReader reads a section of a ReaderAt, with Read, Seek and ReadAt.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
	n     int64
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if max := s.limit - s.off; int64(len(p)) > max {
		p = p[0:max]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	off += s.base
	if max := s.limit - off; int64(len(p)) > max {
		p = p[0:max]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the section's size in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer returns the ReaderAt, offset and size the section was made with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) {
	return s.r, s.base, s.n
}

// NewOffsetWriter writes to w from offset off on.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w, off, off}
}

// OffsetWriter maps writes at offset 0 to writes at its base offset in a WriterAt.
type OffsetWriter struct {
	w    WriterAt
	base int64
	off  int64
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.off)
	o.off += int64(n)
	return
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errOffset
	}
	return o.w.WriteAt(p, off+o.base)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += o.base
	case SeekCurrent:
		offset += o.off
	}
	if offset < o.base {
		return 0, errOffset
	}
	o.off = offset
	return offset - o.base, nil
}

// TeeReader returns a Reader that writes to w what it reads from r; a write error is the
// read's error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom reads r to its end, keeping nothing.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		k, err := r.Read(buf)
		n += int64(k)
		if err != nil {
			if err == EOF {
				return n, nil
			}
			return n, err
		}
	}
}

// NopCloser returns r with a Close method that does nothing (and WriteTo if r has it).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// ReadAll reads r to its end (EOF is not an error) and returns the bytes read.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			// Let append choose the next capacity.
			b = append(b, 0)[:len(b)]
		}
	}
}
