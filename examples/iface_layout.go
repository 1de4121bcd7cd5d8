// iface_layout.go: the memory layout of interface values, seen through unsafe. Both kinds are
// two machine words: `any` holds (type descriptor, data) and a non-empty interface holds
// (itab, data). A pointer is stored in the data word as it is; other values are stored
// somewhere else and the data word points at them.
package main

import "unsafe"

type Shape interface {
	Area() int
}

type Square struct {
	side int
}

func (s *Square) Area() int { return s.side * s.side }

type Wide struct {
	a, b, c int
}

func (w Wide) Area() int { return w.a * w.b }

// words returns the two words of an interface value.
func words(x any) (uintptr, unsafe.Pointer) {
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&x))
	return uintptr(w[0]), w[1]
}

func shapeWords(s Shape) (uintptr, unsafe.Pointer) {
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&s))
	return uintptr(w[0]), w[1]
}

func main() {
	var e any
	var s Shape
	println("sizes:", unsafe.Sizeof(e), unsafe.Sizeof(s), "align", unsafe.Alignof(e))

	// A nil interface is two zero words.
	t, d := words(e)
	println("nil any:", t == 0, d == nil)
	t, d = shapeWords(s)
	println("nil Shape:", t == 0, d == nil)

	// A pointer is the data word itself.
	sq := &Square{side: 3}
	s = sq
	t, d = shapeWords(s)
	println("*Square: itab set", t != 0, "data word is the pointer", d == unsafe.Pointer(sq))

	// A struct value is copied; the data word points at the copy.
	w := Wide{1, 2, 3}
	s = w
	w.a = 100
	t, d = shapeWords(s)
	copied := (*Wide)(d)
	println("Wide copy:", copied.a, copied.b, copied.c, "original a", w.a, "same address", d == unsafe.Pointer(&w))

	// An int: the data word points at an 8-byte integer.
	e = 77
	t, d = words(e)
	println("int:", *(*int)(d))

	// A string: the data word points at a string header (pointer, length).
	e = "gopher"
	t, d = words(e)
	println("string:", *(*string)(d), len(*(*string)(d)))

	// Converting Shape to any keeps the data word and replaces the itab with the type.
	s = sq
	_, sd := shapeWords(s)
	_, ed := words(s)
	println("Shape -> any keeps the data word:", sd == ed)
}
