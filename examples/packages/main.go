// A program of several packages in one module. Package initialisation runs each package after
// those it imports (geom, then shapes, then registry, then main); names in type descriptors,
// itabs and symbols carry full import paths, and type hashes are computed from them.
package main

import (
	"unsafe"

	"example.com/packages/registry"
	"example.com/packages/shapes"
)

// eface is the runtime's layout of an empty interface.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// rtype is the start of the runtime's type descriptor (abi.Type).
type rtype struct {
	size, ptrdata uintptr
	hash          uint32
}

func hashOf(v any) uint32 { return (*eface)(unsafe.Pointer(&v)).typ.hash }

func init() { println("main: init") }

func main() {
	r := shapes.Rect{W: 2, H: 3}
	sq := &shapes.Square{Side: 4}
	l := shapes.Labeled{Rect: shapes.Rect{W: 1, H: 1}, Label: "x"}

	registry.Add(r)
	registry.Add(sq)
	registry.Add(l)
	registry.Add(shapes.NewRect(5, 5, "big"))
	println("total area:", registry.Total())

	var s shapes.Shape = l
	println(s.Name(), s.Area())
	switch v := s.(type) {
	case *shapes.Square:
		println("a square", v.Side)
	case shapes.Labeled:
		println("labeled", v.Label)
	}

	area := r.Area // a method value of another package's type
	println(area())

	// The hashes gc computes from the types' full names.
	println(hashOf(r), hashOf(sq), hashOf(l), hashOf([]shapes.Shape(nil)))
	println(shapes.Count)
}
