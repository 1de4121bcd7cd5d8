// evalorder.go: Go evaluates the operands of an expression left to right, and every function
// or method call — also a dynamic call through an interface — runs in that order, before the
// variables around the calls are read. Here g.Get() reads x before bump(&x) changes it.
package main

type Getter interface{ Get() int }

type Ref struct{ p *int }

func (r Ref) Get() int { return *r.p }

//go:noinline
func bump(p *int) int {
	*p++
	return *p
}

// show calls through the interface (g's dynamic type is unknown here: no devirtualization).
//
//go:noinline
func show(g Getter, p *int) {
	println(g.Get(), bump(p)) // the interface call runs first: 7 8
}

func main() {
	x := 7
	show(Ref{&x}, &x)
	y := 1
	println(y, bump(&y)) // y is read after the call: 2 2
}
