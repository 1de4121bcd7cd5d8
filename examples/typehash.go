// typehash.go: a peek inside interface values with unsafe. An `any` is (type, data) and a
// non-empty interface is (itab, data). The type descriptor (internal/abi.Type) starts with the
// size, the bytes that hold pointers, and a 32-bit hash of the type's name that gc computes at
// compile time; type switches use that hash. An itab copies its type's hash, so a switch on a
// non-empty interface needs no extra load. These numbers are the same in every run and in every
// compiler that lays types out as gc 1.27 does.
package main

import "unsafe"

// abiType mirrors the first fields of internal/abi.Type.
type abiType struct {
	size       uintptr
	ptrBytes   uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
}

// abiITab mirrors internal/abi.ITab (without the method table that follows it).
type abiITab struct {
	inter *abiType
	typ   *abiType
	hash  uint32
}

type eface struct {
	typ  *abiType
	data unsafe.Pointer
}

type iface struct {
	tab  *abiITab
	data unsafe.Pointer
}

type Mather interface {
	Add(a, b int32) int32
	Sub(a, b int64) int64
}

type Adder struct {
	id int32
}

func (a Adder) Add(x, y int32) int32 { return x + y + a.id }
func (a Adder) Sub(x, y int64) int64 { return x - y }

type Calculator struct {
	acc int64
}

func (c *Calculator) Add(x, y int32) int32 { return x + y }
func (c *Calculator) Sub(x, y int64) int64 { return x - y }

type Celsius float64

func typeOf(x any) *abiType {
	return (*eface)(unsafe.Pointer(&x)).typ
}

func show(name string, x any) {
	t := typeOf(x)
	println(name, "size", t.size, "ptrBytes", t.ptrBytes, "hash", t.hash,
		"tflag", t.tflag, "align", t.align, t.fieldAlign, "kind", t.kind)
}

func showItab(name string, m Mather, x any) {
	tab := (*iface)(unsafe.Pointer(&m)).tab
	println(name, "itab hash", tab.hash, "interface hash", tab.inter.hash,
		"same type as any:", tab.typ == typeOf(x), "same hash:", tab.hash == typeOf(x).hash)
}

func main() {
	show("uint32", uint32(1))
	show("uint16", uint16(1))
	show("int", 1)
	show("string", "s")
	show("bool", true)
	show("float64", 1.5)
	show("[]int", []int{1})
	show("[3]int16", [3]int16{})
	show("*int", new(int))
	show("main.Adder", Adder{})
	show("*main.Adder", &Adder{})
	show("main.Calculator", Calculator{})
	show("*main.Calculator", &Calculator{})
	show("main.Celsius", Celsius(0))
	show("struct{}", struct{}{})
	show("struct { A int; b string }", struct {
		A int
		b string
	}{})

	a := Adder{id: 3}
	c := &Calculator{}
	showItab("Adder", a, a)
	showItab("*Adder", &a, &a)
	showItab("*Calculator", c, c)

	// Two interfaces holding values of the same type share one type descriptor.
	println(typeOf(1) == typeOf(2), typeOf(1) == typeOf(int64(2)))
}
