// func_values.go: functions are values. A func value is one pointer: for a top-level
// function it points at the read-only word `main.add·f` that holds the function's code
// address (gc's funcval). So a func value copies, compares with nil and goes into an
// interface without allocating, and a call through it loads the code address and calls it.
package main

import (
	"runtime"
	"unsafe"
)

type Op func(a, b int) int

type Button struct {
	label   string
	onClick func() string
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func greet() string { return "hello" }

// apply calls whatever it is given: escape analysis cannot see the callee.
//
//go:noinline
func apply(op Op, a, b int) int { return op(a, b) }

func pick(name string) Op {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

var ops = [3]Op{add, sub, mul}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	f := add
	println("f(2, 3) =", f(2, 3))
	println("apply(sub, 9, 4) =", apply(sub, 9, 4))
	for i, op := range ops {
		println("ops[", i, "](6, 3) =", op(6, 3))
	}

	b := Button{label: "greet", onClick: greet}
	println(b.label, "->", b.onClick())

	if op := pick("mul"); op == nil {
		println("no mul")
	}
	println("pick(\"sub\")(1, 2) =", pick("sub")(1, 2))

	// Both values point at the same funcval, main.add·f.
	g := Op(add)
	same := *(*uintptr)(unsafe.Pointer(&f)) == *(*uintptr)(unsafe.Pointer(&g))
	println("one word:", unsafe.Sizeof(f), "same funcval:", same)

	// A func value in an interface is its data word: no allocation.
	before := mallocs()
	var x any = f
	h, ok := x.(func(int, int) int)
	println("assertion ok:", ok, "h(20, 22) =", h(20, 22))
	println("allocations:", mallocs()-before)
}
