// Package fmt against gc: every verb with every flag combination over values of every
// kind, widths and precisions, argument indexes, the error forms, methods (Stringer,
// error, GoStringer, Formatter, panicking ones), Errorf with %w, and the F/S/Append forms.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	inner *Point
	Any   any
	Err   error
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

type Shout string

// Format upper-cases for %s and reports the directive otherwise.
func (s Shout) Format(f fmt.State, verb rune) {
	switch verb {
	case 's':
		io.WriteString(f, strings.ToUpper(string(s)))
	default:
		fmt.Fprintf(f, "[%s %q]", fmt.FormatString(f, verb), string(s))
	}
}

type valErr string

func (e valErr) Error() string { return "valErr " + string(e) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilBoom struct{ p *int }

func (n *NilBoom) String() string { return fmt.Sprint(*n.p) }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(errors.New("inner")) }

type Bytes [3]byte

type Matrix [2][2]float64

type Wrapper struct {
	C Celsius
	c Celsius
}

func main() {
	verbs()
	invalidUTF8()
	widths()
	composites()
	methods()
	errorForms()
	indexes()
	errorf()
	writers()
}

// values is built by a function: gc lays a package-level literal of constants out as data.
func valueList() []any {
	return []any{
	0, 7, -7, 255, int8(-128), int16(300), int32(-70000), int64(1) << 40, uint(7), uint8(200),
	uint16(65535), uint32(1) << 31, uint64(1<<64 - 1), uintptr(4096),
	true, false, "", "hi", "a\tb\"c", "héllo, 世界",
	3.0, -2.5, 1e21, 1e-7, 123456.789, float32(0.1), float32(16777216),
	complex(1, -2), complex64(complex(0.5, 3)),
	'x', rune(0x1F600), rune(-1), []byte("hey"), []byte(nil), []int{1, 2}, [2]string{"a", "b"},
	Point{1, -2}, &Point{3, 4}, []*Point{nil}, nil, []any{1, "a", nil},
	Celsius(21.5), Code(3), Shout("hey"),
	Bytes{'a', 'b', 'c'}, Matrix{{1, 2}, {3, 4}}, [0]int{}, struct{}{},
	}
}

func verbs() {
	fmt.Println("== verbs")
	for _, verb := range "vdbocqxXUeEfFgGstT" {
		for _, flags := range []string{"", "+", "#", "-", " ", "0", "+#", "# ", "+0", "-0"} {
			format := "%" + flags + string(verb)
			var b strings.Builder
			b.WriteString(format)
			b.WriteString(":")
			for _, v := range valueList() {
				b.WriteString(" ")
				b.WriteString(fmt.Sprintf(format, v))
			}
			fmt.Println(b.String())
		}
	}
}

func widths() {
	fmt.Println("== widths")
	for _, format := range []string{
		"%5d|%-5d|%05d|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|%x|%#08x|%+.2d",
		"%6s|%-6s|%.2s|%6.2s|%06s|%q|%-8q|%.1q|%x|%X|% x|%#x|%# X|%.2x",
		"%8.3f|%-8.3f|%08.3f|%+.2e|%010.2E|%.0f|%#.0f|%g|%.3g|%#.3g|%#g|%10.4g|%-10.1e",
		"%x|%X|%#x|%.2x|%b|%.3b",
		"%5t|%-6t|%05t",
		"%3c|%-3c|%U|%#U|%.6U|%#.2U|%08U",
		"%v|%10v|%-10v|%010v",
	} {
		fmt.Println(format)
		for _, v := range []any{42, -42, 0, 3.14159, -0.001, 1e6, float32(2.5), "go", "héllo", true, 'é', []byte("ab"), complex(1.5, -0.25)} {
			fmt.Println(" ", fmt.Sprintf(strings.ReplaceAll(format, "|", "| "), v, v, v, v, v, v, v, v, v, v, v, v, v, v))
		}
	}
	nan := zero() / zero()
	inf := 1 / zero()
	for _, f := range []string{"%v", "%f", "%5.2f", "%+f", "% f", "%08f", "%-8f|", "%e", "%g", "%x", "%b"} {
		fmt.Println(f, fmt.Sprintf(f, nan), fmt.Sprintf(f, inf), fmt.Sprintf(f, -inf), fmt.Sprintf(f, -zero()), fmt.Sprintf(f, float32(-1.5)))
	}
	fmt.Printf("%*d|%-*d|%.*f|%*.*f|%*d\n", 6, 1, 6, 2, 2, 3.14159, 8, 3, 2.5, -4, 9)
	fmt.Printf("%*d|%.*d|%*d\n", "x", 1, "y", 2, 10000000, 3)
	fmt.Printf("%*d|%*d|%*d\n", int8(3), 1, uint16(4), 2, int64(-3), 3)
}

func zero() float64 { return 0 }

// invalidUTF8 prints invalid UTF-8 with the verbs that escape or hex it (the others would
// write the bytes as they are).
func invalidUTF8() {
	fmt.Println("== invalid UTF-8")
	for _, f := range []string{"%q", "%+q", "%#q", "%x", "% X", "%#x", "%.1q", "%10q", "%-8x|"} {
		fmt.Println(f, fmt.Sprintf(f, "\xff\xfe"), fmt.Sprintf(f, []byte("a\xffb")), fmt.Sprintf(f, '\uFFFD'))
	}
}

func composites() {
	fmt.Println("== composites")
	n := Named{Name: "n", Tags: []string{"a", "b"}, Any: 3, Err: valErr("x")}
	for _, f := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%T"} {
		fmt.Printf("%s: ", f)
		fmt.Printf(f, n)
		fmt.Println()
		fmt.Printf(f, &n.Tags)
		fmt.Println()
		fmt.Printf(f, []any{nil, Point{}, (*Point)(nil), []int(nil), "s"})
		fmt.Println()
		fmt.Printf(f, Wrapper{1, 2})
		fmt.Println()
		fmt.Printf(f, [2][]byte{[]byte("x"), nil})
		fmt.Println()
		fmt.Printf(f, struct {
			A int
			B string
			c []byte
		}{1, "b", []byte("c")})
		fmt.Println()
	}
	var np *Point
	var ne error
	var ns fmt.Stringer
	fmt.Println(np, ne, ns, []*Point{np}, [1]error{})
	fmt.Printf("%v %+v %#v %d %s\n", np, ne, ns, np, ne)
	fmt.Printf("%#v %#v %#v %#v %#v\n", np, ne, []error{nil}, map0(), struct{ P *Point }{})
	fmt.Printf("%v %#v %v %#v\n", [3]bool{true}, [3]bool{true}, []string{}, []string{})
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 1.0, float32(2), 1e21, -0.5, complex(1, 2), "x\n")
	fmt.Printf("%#v %#v %#v %#v\n", int8(-1), uint8(255), uintptr(10), 'a')
	fmt.Printf("%v %d %s %x\n", Bytes{1, 2, 3}, Bytes{1, 2, 3}, Bytes{'a', 'b', 'c'}, Bytes{'a', 'b', 'c'})
	b := Bytes{'x', 'y', 'z'}
	fmt.Printf("%s %q %X\n", &b, b, b[:])
}

// map0 is a value whose %#v has a type with a named element, standing in for maps.
func map0() []Celsius { return []Celsius{1} }

func methods() {
	fmt.Println("== methods")
	c := Celsius(-3)
	fmt.Println(c, &c, []Celsius{1, 2}, Code(5))
	fmt.Printf("%v %s %q %x %d %.0f %#v %#v\n", c, c, c, c, c, c, c, Code(5))
	fmt.Printf("%v %s %d %+v\n", Shout("hi"), Shout("hi"), Shout("hi"), Shout("hi"))
	fmt.Printf("%-8.2x|%+#v|% 05d\n", Shout("a"), Shout("b"), Shout("c"))
	fmt.Println(Boom{})
	fmt.Printf("%s|%d|%x\n", Boom{}, Boom{}, Boom{})
	fmt.Println([]Boom{{}}, Wrapper{})
	var nb *NilBoom
	fmt.Println(nb)
	fmt.Printf("[%v] [%s]\n", nb, nb)
	fmt.Println(&NilBoom{})
	fmt.Println(ErrBoom{})
	var e error = &MyErr{"m"}
	fmt.Println(e, []error{e})
	fmt.Printf("%v %s %q %x %d\n", e, e, e, e, e)
}

func errorForms() {
	fmt.Println("== errors")
	fmt.Printf("%d %s %t %z %!\n", "s", 5, 1, 2)
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", nil, 2.5)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%5.")
	fmt.Println()
	fmt.Printf("%.d|%.s|%.f\n", 5, "abc", 2.5)
	fmt.Printf("%w\n", errors.New("not errorf"))
	fmt.Printf("%p %p\n", 5, nil)
	var np *int
	fmt.Printf("%p %v %d %x\n", np, np, np, np)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d %v\n", []any{nil}, []any{nil})
	fmt.Printf("%.d|%3.d|%-3.d|\n", 0, 0, 0)
	fmt.Printf("%c %c %q %q %U\n", -1, 0x110000, 0x110000, -5, -1)
	fmt.Printf("%e %f\n", 1, "x")
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%s %v\n", struct{}{}, struct{}{})
	fmt.Printf("%1000001d|%.1000001d|\n", 1, 2)
}

func indexes() {
	fmt.Println("== indexes")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]|%[2]*d\n", 1, 2)
	fmt.Printf("%[1]d %[1]v %[1]q\n", 'A')
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%[3]2d %[1].2d\n", 1, 2, 3)
	fmt.Printf("%.[2]d|%[1]*[2]d\n", 3, 4)
	fmt.Printf("%[1]d %[1]d\n", 1, 2)
	fmt.Printf("%[-1]d %[99999999999999999999]d %[\n", 1)
}

func errorf() {
	fmt.Println("== errorf")
	base := errors.New("base")
	other := &MyErr{"other"}
	e1 := fmt.Errorf("wrap: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	e2 := fmt.Errorf("two: %w + %w", base, other)
	fmt.Println(e2, errors.Unwrap(e2) == nil, errors.Is(e2, base), errors.Is(e2, other))
	if u, ok := e2.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == base, u.Unwrap()[1] == other)
	}
	e3 := fmt.Errorf("reordered %[2]w %[1]w %[2]w", base, other)
	if u, ok := e3.(interface{ Unwrap() []error }); ok {
		fmt.Println(e3, len(u.Unwrap()), u.Unwrap()[0] == base)
	}
	e4 := fmt.Errorf("not an error: %w", 5)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("no percent")
	e7 := fmt.Errorf("100%%")
	fmt.Println(e6, e7, errors.Unwrap(e6) == nil)
	fmt.Printf("%T %T %T %T\n", e1, e2, e6, e7)
	fmt.Println(fmt.Errorf("%v and %w", base, fmt.Errorf("deep %w", other)))
	fmt.Println(errors.Is(fmt.Errorf("deep %w", fmt.Errorf("deeper %w", base)), base))
	fmt.Println(fmt.Errorf("%w", base) == fmt.Errorf("%w", base))
}

type countWriter struct {
	n int
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

func writers() {
	fmt.Println("== writers")
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 1, "x")
	fmt.Println(n, err, sb.String())
	n, err = fmt.Fprint(&sb, 1, 2, "a", "b", 3, 'c', nil, nil)
	fmt.Println(n, err, sb.String())
	n, err = fmt.Fprintln(&sb, "end", 2)
	fmt.Println(n, err, sb.String())
	cw := &countWriter{}
	fmt.Fprintln(cw, "count me", 123)
	fmt.Println(cw.n)
	n, err = fmt.Fprintf(failWriter{}, "hello")
	fmt.Println(n, err)
	n, err = fmt.Print("print", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "printf")
	fmt.Println(n, err)
	n, err = fmt.Println("println")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%s %v\n", os.Stdout.Name(), io.EOF)
	b := fmt.Append([]byte("x:"), 1, "y", 2)
	b = fmt.Appendln(b, "z", 3)
	b = fmt.Appendf(b, "%03d|%x", 7, "hi")
	fmt.Printf("%q\n", b)
	fmt.Print(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf(""), "|\n")
	fmt.Print(fmt.Sprint("a", "b", 1, 2, 3.5, "c", 'd', true, false), "\n")
	fmt.Print(fmt.Sprintln("a", "b", 1), fmt.Sprint(nil, nil, 1, nil), "\n")
}
