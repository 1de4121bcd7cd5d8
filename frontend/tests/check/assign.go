// Assignment count mismatches, :=, redeclarations, untyped nil, unassignable operands.
//
// gc:
// ./assign.go:19:10: assignment mismatch: 2 variables but 1 value
// ./assign.go:20:7: assignment mismatch: 1 variable but pair returns 2 values
// ./assign.go:21:16: assignment mismatch: 3 variables but pair returns 2 values
// ./assign.go:23:4: no new variables on left side of :=
// ./assign.go:24:6: declared and not used: y
// ./assign.go:25:6: y redeclared in this block
// 	./assign.go:24:6: other declaration of y
// ./assign.go:26:10: use of untyped nil in variable declaration
// ./assign.go:27:2: cannot assign to 3 (neither addressable nor a map index expression)
// ./assign.go:28:2: declared and not used: z
package main

func pair() (int, string) { return 1, "a" }

func main() {
	a, b := 1
	c := pair()
	var d, e, f = pair()
	x := 1
	x := 2
	var y int
	var y string
	var n = nil
	3 = x
	z := 5
	_, _, _, _, _, _, _ = a, b, c, d, e, f, n
}
