package strings

import (
	"internal/bytealg"
	"unicode/utf8"
	"unsafe"
)

// A Builder builds a string with Write methods, copying as little as it can. Its zero value
// is ready to use; it must not be copied once written to.
type Builder struct {
	addr *Builder // the Builder's own address, to catch copies by value
	buf  []byte
}

// hide returns p with escape analysis losing track of it (gc's abi.NoEscape): a Builder
// recording its own address must not make it escape.
func hide(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = (*Builder)(hide(unsafe.Pointer(b)))
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the string built so far (no copy).
func (b *Builder) String() string {
	return unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
}

// Len returns the number of bytes built so far.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the Builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder (it may be copied again).
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// grow makes room for n more bytes: a buffer twice as large plus n, rounded up to its size
// class.
func (b *Builder) grow(n int) {
	buf := bytealg.MakeNoZero(2*cap(b.buf) + n)[:len(b.buf)]
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for at least n more bytes without another allocation; n must not be
// negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p; it never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it never fails.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r's UTF-8 encoding; it never fails.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; it never fails.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
