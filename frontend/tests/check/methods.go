// Methods: duplicates, field/method clash, receivers, pointer methods, missing and ambiguous selectors.
//
// gc:
// ./methods.go:18:12: method P.Get already declared at ./methods.go:16:12
// ./methods.go:22:12: field and method with the same name x
// 	./methods.go:20:16: other declaration of x
// ./methods.go:24:9: cannot define new methods on non-local type int
// ./methods.go:34:6: cannot call pointer method Set on P
// ./methods.go:36:4: p.Missing undefined (type P has no field or method Missing)
// ./methods.go:37:8: p.X undefined (type P has no field or method X, but does have field x)
// ./methods.go:39:8: ambiguous selector c.N
package main

type P struct{ x int }

func (p P) Get() int   { return p.x }
func (p *P) Set(x int) { p.x = x }
func (p P) Get() int   { return 0 }

type Q struct{ x int }

func (q Q) x() {}

func (i int) Bad() {}

type A struct{ N int }
type B struct{ N int }
type C struct {
	A
	B
}

func main() {
	P{}.Set(1)
	var p P
	p.Missing()
	_ = p.X
	var c C
	_ = c.N
}
