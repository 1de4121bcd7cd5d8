// Type declarations: recursive types, array lengths, non-types.
//
// gc:
// ./types.go:18:6: invalid recursive type: T refers to itself
// ./types.go:20:6: invalid recursive type A
// 	./types.go:20:6: A refers to B
// 	./types.go:21:6: B refers to A
// ./types.go:25:6: invalid recursive type X
// 	./types.go:25:6: X refers to Y
// 	./types.go:26:6: Y refers to X
// ./types.go:30:9: invalid array length v
// ./types.go:31:9: invalid array length -1 (untyped int constant)
// ./types.go:32:9: array length 1.5 (untyped float constant) must be integer
// ./types.go:35:8: undefined: undefinedType
// ./types.go:36:8: v (package-level variable) is not a type
package main

type T [2]T

type A struct{ b B }
type B struct{ a A }

type L struct{ next *L }

type X Y
type Y X

var v int

type N [v]int
type M [-1]int
type K [1.5]int

func main() {
	var u undefinedType
	var w v
	_, _ = u, w
}
