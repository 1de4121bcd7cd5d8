// Interface embedding, duplicate methods and fields, bare returns, constant arity, unused results.
//
// gc:
// ./declarations.go:25:2: duplicate method M
// 	./declarations.go:24:2: other declaration of method M
// ./declarations.go:28:19: a redeclared
// 	./declarations.go:28:16: other declaration of a
// ./declarations.go:41:3: result parameter r not in scope at return
// 	./declarations.go:39:3: inner declaration of var r int
// ./declarations.go:46:6: missing init expr for k2
// ./declarations.go:47:14: extra init expr 2
// ./declarations.go:51:12: cannot use S{} (value of struct type S) as B value in variable declaration: S does not implement B (method N has pointer receiver)
// ./declarations.go:53:2: cannot assign to f().x (neither addressable nor a map index expression)
// ./declarations.go:54:2: 1 + 2 (untyped int constant 3) is not used
// ./declarations.go:56:2: invalid operation: s++ (non-numeric type string)
package main

type A interface{ M() }
type B interface {
	A
	N() int
}
type C interface {
	M()
	M()
}

type T struct{ a, a int }

type S struct{ x int }

func (S) M()      {}
func (*S) N() int { return 0 }

func f() S { return S{} }

func g() (r int) {
	{
		r := 2
		_ = r
		return
	}
}

const (
	k1, k2 = 1
	k3     = 1, 2
)

func main() {
	var b B = S{}
	var p B = &S{}
	f().x = 1
	1 + 2
	var s string
	s++
	_, _ = b, p
}
