// Interface values built by every data-word scheme, their type hashes and kinds read through
// unsafe (gc's abi.Type layout), and == on interfaces (efaceeq through the descriptors'
// Equal closures, including a generated type:.eq.M8S and the uncomparable-type panic).
package main

import "unsafe"

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

type rtype struct {
	size    uintptr
	ptrdata uintptr
	hash    uint32
	tflag   uint8
	align   uint8
	falign  uint8
	kind    uint8
}

type P struct {
	X    int
	Name string
}

type Small struct{ a, b int32 }

type Empty struct{}

func desc(x any) *rtype {
	e := (*eface)(unsafe.Pointer(&x))
	return (*rtype)(e.typ)
}

func main() {
	x := 300
	var vals = []any{42, "hello", 3.5, true, P{1, "p"}, Small{1, 2}, []int{1, 2}, int8(-3), int16(7),
		uint32(99999), x, Empty{}, &x, [2]string{"a", "b"}}
	for _, v := range vals {
		d := desc(v)
		println(d.size, d.ptrdata, d.hash, d.tflag, d.align, d.kind)
	}
	var a, a2 any = 42, 42
	var s1, s2 any = "hello", "hello"
	var p1, p2, p3 any = P{1, "p"}, P{1, "p"}, P{1, "q"}
	var f1, f2 any = 1.5, 1.5
	var e1, e2 any = Empty{}, Empty{}
	var n1 any
	println(a == a2, s1 == s2, p1 == p2, p1 == p3, f1 == f2, e1 == e2, a == s1, n1 == nil, a != nil)
	var y1, y2 any = x, x
	var i1, i2 any = int8(-3), int8(-3)
	println(y1 == y2, i1 == i2, y1 != a)
	var sl any = []int{1}
	println(sl == sl)
}
