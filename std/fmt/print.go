// Package fmt: formatted printing (Print, Println, Printf and their F, S and Append forms,
// Errorf), with gc's output for every verb, flag and kind, written over gocrane's reflect.
package fmt

import (
	"io"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// State is what a Formatter sees: the output and the verb's flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a natural string form, used by %v and %s.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with a Go-syntax form, used by %#v.
type GoStringer interface {
	GoString() string
}

// FormatString is the directive that produced state's settings: %, the flags, the width
// and precision, and the verb.
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// printer is the state of one Print call: the output, the formatter, and what the
// directives have done so far.
type printer struct {
	buf []byte
	fmt formatter
	// reordered: an explicit argument index was used (no EXTRA complaint then);
	// goodArgNum: the current directive's index is valid.
	reordered  bool
	goodArgNum bool
	// panicking: printing a String method's panic value (a second panic propagates);
	// erroring: printing a bad verb's operand (no methods then, to avoid recursion).
	panicking bool
	erroring  bool
	// wrapErrs: Errorf is printing (%w allowed); wrappedErrs: the %w operands' indexes.
	wrapErrs    bool
	wrappedErrs []int
}

// freePrinters holds printers for reuse (gc keeps them in a sync.Pool).
var freePrinters []*printer

func newPrinter() *printer {
	var p *printer
	if n := len(freePrinters); n > 0 {
		p = freePrinters[n-1]
		freePrinters = freePrinters[:n-1]
	} else {
		p = new(printer)
	}
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.fmt.out = &p.buf
	p.fmt.reset()
	return p
}

// free returns p for reuse, unless it grew big.
func (p *printer) free() {
	if cap(p.buf) > 64<<10 {
		p.buf = nil
	} else {
		p.buf = p.buf[:0]
	}
	if cap(p.wrappedErrs) > 8 {
		p.wrappedErrs = nil
	}
	p.wrappedErrs = p.wrappedErrs[:0]
	freePrinters = append(freePrinters, p)
}

// The State methods.

func (p *printer) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *printer) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

func (p *printer) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *printer) writeString(s string) { p.buf = append(p.buf, s...) }

func (p *printer) writeByte(c byte) { p.buf = append(p.buf, c) }

func (p *printer) writeRune(r rune) { p.buf = utf8.AppendRune(p.buf, r) }

// Fprintf formats according to format and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.printf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the result.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.printf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to format and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.printf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint writes the operands' default formats to w, with spaces between operands when
// neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.print(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print is Fprint to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint into a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.print(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append is Fprint appending to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.print(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln writes the operands' default formats to w, separated by spaces and followed
// by a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.println(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println is Fprintln to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln into a string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.println(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.println(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// print: operands in their default formats; a space between two operands when neither is
// a string.
func (p *printer) print(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		if i > 0 && !isString && !prevString {
			p.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// println: operands in their default formats, spaces between them, and a newline.
func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.writeByte('\n')
}
