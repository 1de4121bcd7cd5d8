// Operator typing: mismatched types, undefined operators, comparability, shifts.
//
// gc:
// ./operators.go:22:6: invalid operation: i + f (mismatched types int and float64)
// ./operators.go:23:6: invalid operation: operator - not defined on s (variable of type string)
// ./operators.go:24:7: invalid operation: operator ! not defined on i (variable of type int)
// ./operators.go:25:6: invalid operation: t == t (struct containing []int cannot be compared)
// ./operators.go:26:11: invalid operation: shift count f (variable of type float64) must be integer
// ./operators.go:27:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
// ./operators.go:28:10: invalid operation: s < 1 (mismatched types string and untyped int)
// ./operators.go:30:6: invalid operation: p < p (operator < not defined on pointer)
// ./operators.go:31:7: invalid operation: operator - not defined on s (variable of type string)
package main

type T struct{ s []int }

func main() {
	var i int
	var f float64
	var s string
	var t T
	_ = i + f
	_ = s - s
	_ = !i
	_ = t == t
	_ = i << f
	_ = 1.5 << i
	_ = s < 1
	var p *int
	_ = p < p
	_ = -s
}
