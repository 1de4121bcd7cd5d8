// layout.go: how values are laid out in memory on amd64, as reported by unsafe.Sizeof,
// unsafe.Alignof and unsafe.Offsetof. Fields are aligned to their natural alignment, so the
// order of fields changes the padding and thus the size.
package main

import "unsafe"

type Padded struct {
	a bool  // offset 0
	b int64 // offset 8: 7 bytes of padding before it
	c bool  // offset 16, then padding to a multiple of 8
}

type Packed struct {
	b int64 // offset 0
	a bool  // offset 8
	c bool  // offset 9, then padding to 16
}

type Mixed struct {
	x int8
	y int16
	z int32
	s string
	f []int
}

type Empty struct{}

func main() {
	var i int
	var s string
	var sl []int
	var p *int
	var arr [3]int16
	println("int:", unsafe.Sizeof(i), "string:", unsafe.Sizeof(s), "slice:", unsafe.Sizeof(sl))
	println("pointer:", unsafe.Sizeof(p), "[3]int16:", unsafe.Sizeof(arr), "align", unsafe.Alignof(arr))

	var pd Padded
	println("Padded size", unsafe.Sizeof(pd), "align", unsafe.Alignof(pd))
	println("  offsets", unsafe.Offsetof(pd.a), unsafe.Offsetof(pd.b), unsafe.Offsetof(pd.c))

	var pk Packed
	println("Packed size", unsafe.Sizeof(pk), "align", unsafe.Alignof(pk))
	println("  offsets", unsafe.Offsetof(pk.b), unsafe.Offsetof(pk.a), unsafe.Offsetof(pk.c))

	var m Mixed
	println("Mixed size", unsafe.Sizeof(m))
	println("  offsets", unsafe.Offsetof(m.x), unsafe.Offsetof(m.y), unsafe.Offsetof(m.z),
		unsafe.Offsetof(m.s), unsafe.Offsetof(m.f))

	var e Empty
	var es [10]Empty
	println("Empty:", unsafe.Sizeof(e), "[10]Empty:", unsafe.Sizeof(es))

	// The results are constants of type uintptr: they can size arrays.
	var buf [unsafe.Sizeof(pd)]byte
	println("buf has", len(buf), "bytes")
}
