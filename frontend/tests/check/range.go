// range clauses: non-rangeable operands, iteration variable counts and types.
//
// gc:
// ./range.go:20:12: cannot range over s (variable of struct type S)
// ./range.go:22:9: range over 10 (untyped int constant) permits only one iteration variable
// ./range.go:25:6: declared and not used: str
// ./range.go:27:9: cannot use i (variable of type int) as string value in assignment
// ./range.go:30:6: cannot use iteration variable of type float64
// ./range.go:33:16: cannot use c (variable of type rune) as byte value in variable declaration
// ./range.go:36:6: declared and not used: k
// ./range.go:37:6: cannot use k (value of type int) as string value in assignment
package main

type S struct{}

func n() int { return 3 }

func main() {
	var s S
	for range s {
	}
	for i, v := range 10 {
		_, _ = i, v
	}
	var str string
	for i := range n() {
		str = i
	}
	var f float64
	for f = range 3 {
	}
	for _, c := range "abc" {
		var b byte = c
		_ = b
	}
	var k string
	for k = range []int{} {
	}
	_ = f
}
