// Index and slice expressions with constant bounds.
//
// gc:
// ./indexing.go:18:10: invalid argument: index 5 out of bounds [0:3]
// ./indexing.go:19:10: invalid argument: index -1 (constant of type int) must not be negative
// ./indexing.go:20:8: 1.5 (untyped float constant) truncated to int
// ./indexing.go:21:12: invalid argument: index 4 out of bounds [0:3]
// ./indexing.go:22:12: invalid slice indices: 1 < 2
// ./indexing.go:23:12: invalid argument: index 5 out of bounds [0:4]
// ./indexing.go:24:16: invalid operation: 3-index slice of string
// ./indexing.go:26:7: cannot index x (variable of type int)
// ./indexing.go:27:12: invalid slice indices: 1 < 2
package main

func main() {
	var arr [3]int
	s := arr[:]
	_ = arr[5]
	_ = arr[-1]
	_ = s[1.5]
	_ = "abc"[4]
	_ = arr[2:1]
	_ = arr[1:5]
	_ = "abc"[1:2:3]
	x := 5
	_ = x[1]
	_ = s[x:2:1]
}
