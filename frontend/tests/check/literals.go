// Composite literals: struct, array and slice literal errors.
//
// gc:
// ./literals.go:17:9: too few values in struct literal of type P
// ./literals.go:18:14: too many values in struct literal of type P
// ./literals.go:19:14: mixture of field:value and value elements in struct literal
// ./literals.go:20:8: unknown field Z in struct literal of type P
// ./literals.go:21:14: duplicate field name X in struct literal
// ./literals.go:22:19: index 2 is out of bounds (>= 2)
// ./literals.go:23:18: duplicate index 0 in array or slice literal
// ./literals.go:25:6: invalid composite literal type int
package main

type P struct{ X, Y int }

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{X: 1, 2}
	_ = P{Z: 1}
	_ = P{X: 1, X: 2}
	_ = [2]int{1, 2, 3}
	_ = []int{0: 1, 0: 2}
	_ = [...]int{1, 2}
	_ = int{1}
}
